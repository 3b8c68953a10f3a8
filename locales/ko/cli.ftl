# followup: 명령줄 (한국어). ID와 자리표시자는 en/, es/와 같아야 합니다.

## --help
help-about = 양자 공동위원회의 합의 과제를 추적합니다.
help-after =
    원장 선택 순서: PATH(또는 --ledger), $FOLLOWUP_LEDGER, 현재 git 저장소 최상위의 ledger.json,
    config.toml의 `ledger`, 데이터 디렉터리의 ledger.json(없으면 예시로 생성).
    날짜 입력: YYYY-MM-DD, 2027. 3. 31., 2027.3.31, 오늘, 내일, 어제, 요일(금요일 또는 금),
    +3d, -1d, +2w, +1m, 영어 표현(today, tomorrow, fri). 일과 월이 바뀔 수 있는 날짜는 거부합니다.
    $FOLLOWUP_TODAY=YYYY-MM-DD로 오늘 날짜를 고정하여 같은 결과를 재현할 수 있습니다.
    언어: --lang, config.toml의 `language`, LC_ALL, LC_MESSAGES, LANG 순입니다.

    종료 코드: 0 성공, 1 잘못된 원장·사용법 오류·병합 충돌, 2 입출력 또는 잠금 실패,
    SIGHUP 또는 SIGTERM으로 중단된 대시보드: 129 또는 143.
help-arg-path = 대시보드에서 열 원장 파일.
help-arg-ledger = 모든 명령에 쓸 원장 파일.
help-arg-lang = 사용할 언어: en, es, ko (기본값: 설정의 `language`, 다음은 로캘).
help-init = 새 원장 파일을 만듭니다 (기본값: git 저장소 최상위, 없으면 현재 위치의 ledger.json).
help-init-after =
    PATH가 없으면 현재 git 작업 트리 최상위에, 없으면 현재 디렉터리에 ledger.json을 만듭니다.
    기존 파일은 절대 덮어쓰지 않습니다.
    --party는 위원회 당사자를 지정하며, 당사자마다 순서대로 반복합니다.
help-check = 원장을 검사하고 내용을 요약합니다.
help-check-after =
    --strict를 주면 해결되지 않은 병합 충돌이 있거나 파일이 표준 형식이 아닐 때도
    실패합니다(종료 코드 1). pre-commit 훅에서 사용하십시오.
help-fmt = 원장을 표준 형식으로 다시 씁니다.
help-list = 과제를 표로 나열합니다.
help-show = 과제 하나를 자세히 보여 줍니다.
help-add = 과제를 추가합니다.
help-add-after =
    --id가 없으면 회의의 ID 체계에서 다음 빈 번호(JC3-05)를, --meeting도 없으면 회의와 무관한
    과제의 체계 A-01, A-02, …에서 다음 번호를 씁니다.
    --opened의 기본값은 회의 날짜이며, 회의가 없으면 오늘입니다.
help-set = 필드 변경: FIELD=VALUE, 담당과 태그는 FIELD+=VALUE, FIELD-=VALUE도 가능합니다.
help-set-after =
    필드: title, status, workstream, owners, due, meeting, opened, tags (한국어 이름도 가능: 제목,
    상태, 분야, 담당, 기한, 회의…).
    상태는 한국어 또는 파일의 값으로 씁니다(보류 또는 blocked).
    목록은 쉼표로 구분하며, 빈 값은 필드를 지웁니다.
    `due`를 옮기면 이전 기한은 due_history에 남습니다.
help-meeting = 회의를 추가하거나 수정합니다 (과제는 합의된 회의를 가리킵니다).
help-resolve = 한쪽을 택하여 병합 충돌을 정리합니다: 과제의 충돌은 `ID PATH ours|theirs`(`followup show ID` 참조), 원장 자체의 충돌은 `--top PATH ours|theirs`.
help-resolve-after =
    PATH는 충돌 위치로, `followup show ID`가 보여 주는 대로 씁니다(원장 자체의 충돌은
    병합이 알려 준 대로):
      status, due, owners          과제의 필드
      x_ext.a                      필드 안의 키. 문자, 숫자, _, - 이외의 문자가 있는 키는
                                   따옴표로 묶습니다: x_ext["a.b"]
      meetings[id=JC3].place       ID로 고른 목록 요소(--top과 함께)
      reviews[0]                   위치로 고른 목록 요소(--top과 함께)
      (item)                       과제 자체: 한쪽은 삭제하고 다른 쪽은 수정한 경우
    ours는 이 복제본의 값(파일에 이미 있음)을, theirs는 상대편의 값을 택합니다.
    예:
      followup resolve JC2-09 status theirs
      followup resolve JC2-09 'x_ext["a.b"]' ours
      followup resolve --top committee.name theirs
help-note = 과제에 메모를 추가합니다.
help-committee = 위원회 이름과 당사자를 설정합니다.
help-committee-after =
    --name은 이름을 설정합니다. --party를 반복하면 당사자 목록을 주어진 순서대로 바꿉니다
    (하나를 추가하려면 전부 다시 지정하십시오). 다른 것은 바뀌지 않습니다.
help-report = 기간의 회의록 또는 안건: Markdown, HTML, CSV, JSON.
help-export = 원장을 Excel 통합 문서, CSV 파일 또는 캘린더 피드(ics)로 내보냅니다.
help-import = 내보낸 통합 문서를 다시 병합하거나 기존 조치 대장을 가져옵니다 (.xlsx, .xls, .ods, .csv).
help-person = 명부에 사람을 추가하거나 수정합니다: 이메일, 언어, 별칭.
help-remind = 기한 경과·기한 임박·보류 과제의 담당자에게 각자의 언어로 이메일을 보냅니다.
help-diff = git 리비전 사이에 원장에서 바뀐 내용을 과제별로 보여 줍니다.
help-diff-after =
    REV가 없으면 마지막 커밋과 작업 파일을 비교합니다.
    REV가 있으면 그 리비전과 작업 파일을, REV REV2가 있으면 두 리비전을 비교합니다.
help-textconv = 원장을 과제당 한 줄로 출력합니다 (읽기 쉬운 diff를 위한 git textconv).
help-merge = git 병합 드라이버: THEIRS를 OURS에 과제와 필드 단위로 병합합니다 (충돌 시 종료 코드 1).
help-git-setup = 원장의 git 저장소에 병합 드라이버와 textconv를 등록합니다.
help-recover = 닫힌 대시보드가 보존한 저장하지 않은 변경을 병합한 뒤 지웁니다 (충돌 시 종료 코드 1).
help-sync = 원장의 변경을 커밋하고, 원격의 변경을 followup 드라이버로 병합한 뒤 푸시합니다.
help-sync-after =
    git 원격을 통해 상대 수도와 원장을 한 번에 주고받습니다:
      1. 원장의 커밋되지 않은 변경을 커밋합니다(원장과, `followup git-setup`이 방금 줄을 추가한
         경우의 .gitattributes만. 스테이징된 다른 파일은 그대로 둡니다). 메시지는 변경 내용
         (`JC2-03 done; JC2-01 note; JC3-05 added`)으로 만들고 작성자는 git 사용자 정보
         (`git config user.name`/`user.email`)를 씁니다. followup은 작성자를 지어내지 않습니다.
      2. 브랜치의 업스트림(없으면 origin/BRANCH)을 가져와 followup 병합 드라이버로 과제와 필드
         단위로 병합합니다. `followup git-setup`을 실행한 적 없는 복제본에서도 마찬가지입니다.
      3. 푸시합니다(강제 푸시는 하지 않으며, 그사이 누가 푸시했으면 최대 3번까지 다시 가져와
         병합합니다). 들어온 것과 나간 것을 과제별로 보여 줍니다.
    양쪽에서 한 필드를 다르게 바꾸었으면 푸시 전에 동기화를 멈춥니다. 충돌을 알려 주며 원장은
    계속 열립니다. 각각 `followup resolve ID FIELD ours|theirs`로 정리한 뒤 `followup sync`를
    다시 실행하면 병합을 마치고 푸시합니다.
    --repair는 git이 텍스트로 병합한 경우(원장에 <<<<<<< 표시) git 색인 단계에서 병합을 다시
    하며, 이어서 `followup sync`가 마무리합니다.
    인증은 git의 것(자격 증명 도우미, ssh 에이전트)을 쓰며, 동기화 중 git은 입력을 요구하지
    않습니다. 사용자의 git 훅은 일반 커밋, 병합, 푸시 때와 같이 실행됩니다.

    종료 코드: 0 동기화 완료, 1 정리할 충돌(또는 사용자 정보·원격 없음 같은 설정 문제),
    2 원격 연결 불가 또는 거부(로컬 커밋은 보존되며 다음 동기화 때 푸시됩니다).
help-completions = 셸 자동 완성 스크립트를 출력합니다 (bash, zsh, fish, powershell).
help-man = 매뉴얼 페이지(roff)를 출력합니다.

## 원장 찾기
cli-bad-lang = `{ $lang }`: followup은 en, es, ko를 지원합니다
cli-no-ledger-path = 관리대장 경로가 없고 기본값으로 쓸 홈 디렉터리도 없습니다
cli-created-sample = { $path }에 예시 관리대장을 만들었습니다
cli-not-a-command = `{ $name }`{ PARTICLE($name, "은") } 명령도 파일도 아닙니다 (`followup --help` 참조)
cli-no-such-ledger = { $path }: 읽을 수 없음: 파일 없음 (`followup init { $path }` 명령으로 만드십시오)
cli-no-such-configured-ledger = { $path }: 읽을 수 없음: 파일 없음 ({ $config }의 `ledger`가 지정)
cli-no-current-dir = 현재 디렉터리를 찾을 수 없습니다: { $cause }
cli-created = { $path }{ PARTICLE($path, "을") } 만들었습니다
cli-locked-by = { $holder }{ PARTICLE($holder, "이") } 잠금
cli-cannot-lock = 잠글 수 없음: { $cause }
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
cli-show-settle = `followup resolve { $id } 필드 ours|theirs`로 정리하십시오
cli-show-notes = 메모

## add, set, resolve, committee
cli-bad-status = 알 수 없는 상태 `{ $status }` (상태: { $labels })
cli-set-expected = FIELD=VALUE 형식이어야 합니다
cli-set-unknown-field = 알 수 없는 필드 `{ $field }` (필드: title, status, workstream, owners, due, meeting, opened, tags)
cli-set-only-equals = `{ $field }`{ PARTICLE($field, "은") } FIELD=VALUE만 가능합니다
cli-set-no-value = 값이 없습니다
cli-resolve-usage = resolve에는 ID PATH ours|theirs가 필요합니다 (관리대장 자체의 충돌은 --top PATH ours|theirs)
cli-resolve-top-usage = resolve --top에는 PATH ours|theirs가 필요합니다 (과제 ID 없이)
cli-bad-side = `{ $side }`: ours 또는 theirs여야 합니다
cli-bad-path = `{ $path }`{ PARTICLE($path, "은") } 경로가 아닙니다: { $reason } (`followup resolve --help` 참조)
cli-committee-nothing = 설정할 것이 없습니다: --name 또는 --party를 지정하십시오

## diff, merge, git-setup
cli-diff-none = 변경 없음
cli-rev-dash = `{ $rev }`{ PARTICLE($rev, "은") } 리비전이 아닙니다: 리비전은 `-`로 시작하지 않습니다 (예: HEAD~1, 커밋 해시, 브랜치)
cli-rev-empty = 리비전이 비어 있습니다
cli-not-in-git-hint = -f PATH, $FOLLOWUP_LEDGER 또는 config.toml의 `ledger`로 저장소 안의 관리대장을 지정하거나, ledger.json이 있는 저장소 안에서 followup을 실행하십시오
cli-merge-unreadable = { $what }; 병합하지 않았습니다
cli-renumbered = { $name }: { $from }{ PARTICLE($from, "이") } 양쪽에서 추가되었습니다. 상대국 쪽 과제가 그 ID를 유지하고 이 복제본 쪽 과제({ $title })는 { $to }{ PARTICLE($to, "로") } 바뀌었습니다
cli-merge-conflicts = { $name }: 충돌 { $n }건 ({ $list }). 양쪽 값이 파일에 기록되었습니다. `followup { $name }`(M) 또는 `followup -f { $name } resolve ID PATH ours|theirs`(관리대장 자체는 `--top PATH`)로 정리한 뒤 커밋하십시오
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
cli-recover-conflicts = { $name }: 충돌 { $n }건 ({ $list }). 양쪽 값이 파일에 기록되었습니다. 대시보드(M) 또는 `followup -f { $name } resolve ID PATH ours|theirs`(관리대장 자체는 `resolve --top PATH ours|theirs`)로 정리하십시오
cli-recover-unreadable = { $what }; 그대로 두었습니다

## sync
cli-sync-committed = 커밋: { $message }
cli-sync-concluded = { $upstream } 병합을 마쳤습니다
cli-sync-temporary-driver = 이번 동기화에만 followup 드라이버로 병합했습니다. `followup git-setup`으로 영구 설정하십시오 (그 후 .gitattributes 커밋)
cli-sync-notice = 병합: { $notice }
cli-sync-came-in = { $upstream }에서 들어온 변경:
cli-sync-went-out = { $upstream }{ PARTICLE($upstream, "로") } 나간 커밋 { $n }개
cli-sync-more = … 외 { $n }개
cli-sync-no-program = 이 프로그램의 경로를 찾을 수 없습니다: { $cause }
cli-sync-up-to-date = { $rel }: { $upstream }{ PARTICLE($upstream, "과") } 같은 최신 상태입니다
cli-sync-synced = { $rel }: { $upstream }{ PARTICLE($upstream, "과") } 동기화했습니다
cli-repair-done = { $rel }: git 색인에서 과제와 필드 단위로 다시 병합하고 스테이징했습니다
cli-repair-next = `followup sync`를 실행하여 병합을 마치고 푸시하십시오
cli-not-the-repository-ledger = { $top } 최상위에 ledger.json이 없어 { $path }{ PARTICLE($path, "을") } 사용합니다 (`followup sync`로 상대국의 관리대장을 받아 오거나 `followup init`으로 만드십시오)

# 새 사무국의 첫날, 복구 파일의 신뢰 (issue 18)
cli-repository-without-ledger = { $top }{ PARTICLE($top, "은") } ledger.json이 없는 git 저장소입니다: `followup sync`로 상대국의 관리대장을 받아 오거나 `followup init`으로 새로 만드십시오
cli-sync-brought-in = { $rel }: { $upstream }에서 받아 왔습니다
cli-recover-would-change = { $name }: 복구 파일 { $n }개의 저장하지 않은 변경을 병합하면 다음이 바뀝니다:
cli-recover-shown-only = 병합하지 않았습니다: 병합하려면 `followup recover --yes`를 실행하십시오
cli-recover-ask = 관리대장에 병합하시겠습니까? [y/N]
cli-recover-declined = 병합하지 않았습니다
cli-recover-refused = { $file }: 본인의 복구 파일이 아닙니다 (git이 추적하는 파일이거나, 다른 사용자·다른 컴퓨터·다른 파일에서 보관된 파일): 그대로 두며 병합하지 않습니다
cli-man-written = { $dir }에 매뉴얼 페이지 { $n }개를 저장했습니다
