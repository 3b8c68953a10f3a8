# followup: 명령줄 (한국어). ID와 자리표시자는 en/, es/와 같아야 합니다.

## 원장 찾기
cli-bad-lang = `{ $lang }`: followup은 en, es, ko를 지원합니다
cli-no-ledger-path = 관리대장 경로가 없고 기본값으로 쓸 홈 디렉터리도 없습니다
cli-created-sample = { $path }에 예시 관리대장을 만들었습니다
cli-not-a-command = 알 수 없는 명령 또는 파일: `{ $name }` (`followup --help` 참조)
cli-no-such-ledger = { $path }: 읽을 수 없음: 파일 없음 (`followup init { $path }` 명령으로 만드십시오)
cli-no-such-configured-ledger = { $path }: 읽을 수 없음: 파일 없음 ({ $config }의 `ledger`에 지정된 파일)
cli-no-current-dir = 현재 디렉터리를 찾을 수 없습니다: { $cause }
cli-created = { $path }: 새로 만들었습니다
cli-none = 없음

## check, fmt
cli-check-ok = { $path }: 정상, 과제 { $items }건, 회의 { $meetings }건, 점검 { $reviews }건
cli-check-conflicts = 정리할 병합 충돌 { $n }건: `followup show ID` 참조
cli-check-not-canonical = 표준 형식이 아님: `followup fmt`를 실행하십시오
cli-check-strict-failed = { $detail }; --strict: 동기화 전에 정리하십시오
cli-fmt-already = { $path }: 이미 표준 형식입니다
cli-fmt-not-canonical = { $path }: 표준 형식이 아닙니다 (`followup fmt`를 실행하십시오)
cli-fmt-rewritten = { $path }: 표준 형식으로 다시 썼습니다

## list
cli-col-id = ID
cli-col-status = 상태
cli-col-due = 기한
cli-col-owners = 담당
cli-col-workstream = 분야
cli-col-title = 과제명
cli-list-summary = 과제 { $n }건, 기한 경과 { $overdue }건, { $days }일 내 기한 임박 { $soon }건

## show
cli-show-agreed-due = 최초 합의 기한
cli-show-slipped = 기한 변경
cli-show-updated = 수정일
cli-show-conflict = 충돌
cli-show-settle = `followup resolve { $id } 항목 ours|theirs` 명령으로 정리하십시오
cli-show-notes = 메모

## add, set, resolve, committee
cli-bad-status = 알 수 없는 상태 `{ $status }` (상태: { $labels })
cli-set-expected = 항목=값 형식으로 입력하십시오
cli-set-unknown-field = 알 수 없는 항목 `{ $field }` (사용할 수 있는 항목: { $fields })
cli-bad-sort = 알 수 없는 정렬 기준 `{ $sort }` (정렬 기준: { $keys })
cli-set-only-equals = `{ $field }`에는 항목=값 형식만 쓸 수 있습니다
cli-set-no-value = 값이 없습니다
cli-resolve-usage = resolve에는 ID 경로 ours|theirs가 필요합니다 (관리대장 자체의 충돌은 --top 경로 ours|theirs)
cli-resolve-top-usage = resolve --top에는 경로 ours|theirs가 필요합니다 (과제 ID 없이)
cli-bad-side = `{ $side }`: ours 또는 theirs여야 합니다
cli-bad-path = 잘못된 경로 `{ $path }`: { $reason } (`followup resolve --help` 참조)
cli-committee-nothing = 설정할 내용이 없습니다: --name, --party, --languages 중 하나 이상을 지정하십시오

## translate, list --untranslated
cli-col-text = 구분
cli-col-state = 번역
cli-col-original = 원문
cli-text-title = 과제명
cli-text-note = 메모 { $n }
cli-untranslated-summary = 과제 { $items }건의 { $language } 번역 대상 { $n }건 (번역 갱신 필요 { $outdated }건)
cli-untranslated-none = { $language } 번역 대상이 없습니다
cli-untranslated-others = 이 밖에 위원회 이름, 분야, 회의의 번역 대상 { $n }건: `followup translate --committee`, `--workstream 분야`, `--meeting ID`
cli-translate-which = 번역할 대상을 지정하십시오: 과제 ID(과제명, 메모는 --note 번호) 또는 --meeting ID, --workstream 분야, --committee
cli-translate-no-id = `{ $text }`: --meeting, --workstream, --committee로 대상을 지정할 때는 번역문만 입력하십시오
cli-translate-takes-no-text = `{ $flag }`에는 번역문을 입력하지 않습니다: `{ $text }`
cli-translate-no-text = 번역문을 입력하십시오(번역 삭제는 --remove)
cli-translate-no-language = --into 언어로 번역 언어를 지정하십시오(원문 언어는 --written-in 언어)
cli-translate-not-working = { $language }{ PARTICLE($language, "는") } 위원회의 사용 언어({ $languages })가 아닙니다: `followup committee --languages { $codes }`로 추가하십시오
cli-translate-no-languages = 위원회의 사용 언어가 아직 지정되지 않아 { $language }{ PARTICLE($language, "로") } 번역할 수 없습니다: `followup committee --languages es,ko`처럼 원문 언어부터 차례로 지정하십시오

## diff, merge, git-setup
cli-diff-none = 변경 없음
cli-rev-dash = `{ $rev }`: git 판이 아닙니다. 판 이름은 `-`로 시작하지 않습니다 (예: HEAD~1, 커밋 해시, 브랜치)
cli-rev-empty = 판 이름이 비어 있습니다
cli-not-in-git-hint = -f 경로, $FOLLOWUP_LEDGER 또는 config.toml의 `ledger`로 저장소 안의 관리대장을 지정하거나, ledger.json이 있는 저장소 안에서 followup을 실행하십시오
cli-renumbered = { $name }: { $from }{ PARTICLE($from, "이") } 양쪽에서 추가되었습니다. 상대국 쪽 과제가 그 ID를 유지하고 이 복제본 쪽 과제({ $title })는 { $to }{ PARTICLE($to, "로") } 바뀌었습니다
cli-merge-conflicts = { $name }: 충돌 { $n }건 ({ $list }). 양쪽 값이 모두 관리대장에 기록되었습니다. `followup { $name }`(M) 또는 `followup -f { $name } resolve ID 경로 ours|theirs`(관리대장 자체는 `--top 경로`)로 정리한 뒤 결과를 git에 저장하십시오(`git commit`)
cli-git-setup-done = { $rel }: git에 followup 설정이 이미 되어 있습니다
diff-due = 기한 { $date }
diff-owners = 담당 { $owners }
diff-note = 메모 { $note }
diff-notes-removed = 메모 { $n }건 삭제
diff-later = { $n }일 연기
diff-earlier = { $n }일 앞당김
diff-meeting = 회의 { $id }
diff-review = 점검 { $date } ({ $attendees })

## recover
cli-recover-none = { $name }: 복구할 저장하지 않은 변경이 없습니다
cli-recover-not-removed = { $file }: { $name }에 병합했지만 지울 수 없습니다: { $cause }. 직접 지우십시오
cli-recover-merged = { $name }: { $when }에 보존된 변경을 병합했습니다
cli-recover-renumbered = { $name }: { $from }{ PARTICLE($from, "이") } 양쪽에서 추가되었습니다. 파일 쪽 과제가 그 ID를 유지하고 복구된 과제는 { $to }{ PARTICLE($to, "로") } 바뀌었습니다
cli-recover-conflicts = { $name }: 충돌 { $n }건 ({ $list }). 양쪽 값이 모두 관리대장에 기록되었습니다. 대시보드(M) 또는 `followup -f { $name } resolve ID 경로 ours|theirs`(관리대장 자체는 `resolve --top 경로 ours|theirs`)로 정리하십시오
cli-recover-unreadable = { $what }; 그대로 두었습니다

## sync
cli-sync-committed = git에 저장: { $message }
cli-sync-concluded = { $upstream } 병합을 마쳤습니다
cli-sync-temporary-driver = 이번 동기화에만 followup 병합 드라이버를 사용했습니다. `followup git-setup`으로 영구 설정하십시오 (이후 .gitattributes도 git에 저장)
cli-sync-notice = 병합: { $notice }
cli-sync-came-in = { $upstream }에서 들어온 변경:
cli-sync-went-out = { $upstream }에 보낸 변경 기록 { $n }건
cli-sync-more = … 외 { $n }건
cli-sync-no-program = 이 프로그램의 경로를 찾을 수 없습니다: { $cause }
cli-sync-up-to-date = { $rel }: { $upstream } 기준 최신 상태입니다
cli-sync-synced = { $rel }: { $upstream } 브랜치와 동기화했습니다
cli-repair-done = { $rel }: git 색인에서 과제와 항목 단위로 다시 병합하고 스테이징했습니다
cli-repair-next = `followup sync`를 실행하여 병합을 마치고 상대국에 보내십시오
cli-not-the-repository-ledger = { $top } 최상위에 ledger.json이 없어 { $path } 파일을 사용합니다 (`followup sync`로 상대국의 관리대장을 받아 오거나 `followup init`으로 만드십시오)

# 새 사무국의 첫날, 복구 파일의 신뢰 (issue 18)
cli-repository-without-ledger = { $top }: ledger.json이 없는 git 저장소입니다. `followup sync`로 상대국의 관리대장을 받아 오거나 `followup init`으로 새로 만드십시오
cli-sync-brought-in = { $rel }: { $upstream }에서 받아 왔습니다
cli-recover-would-change = { $name }: 복구 파일 { $n }개의 저장하지 않은 변경을 병합하면 다음이 바뀝니다:
cli-recover-shown-only = 병합하지 않았습니다: 병합하려면 `followup recover --yes`를 실행하십시오
cli-recover-ask = 저장하지 않은 변경을 관리대장에 병합하시겠습니까? [y/N]
cli-recover-declined = 병합하지 않았습니다
cli-recover-refused = { $file }: 본인의 복구 파일이 아닙니다 (git이 추적하는 파일이거나, 다른 사용자·다른 컴퓨터·다른 파일에서 보관된 파일): 그대로 두며 병합하지 않습니다
cli-man-written = { $dir }에 매뉴얼 페이지 { $n }개를 저장했습니다
