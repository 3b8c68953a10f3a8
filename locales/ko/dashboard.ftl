# followup 대시보드: 한국어. id와 자리표시자는 en/, es/와 같아야 합니다.
# 용어: locales/GLOSSARY.md 참조. 모든 화면이 80×24에 들어가도록 짧게 씁니다.

## 날짜
day-mon = 월
day-tue = 화
day-wed = 수
day-thu = 목
day-fri = 금
day-sat = 토
day-sun = 일
day-date = { $date }({ $day })
day-month = { $month } { $d }일({ $day })
month-short = { $m }월
month-year = { $year }년 { $month }

## 머리줄
head-filter = 필터: { $f }
head-sort = 정렬: { $sort }
head-sort-grouped = 정렬: { $sort } · 분야별
head-disk = ⚠ 파일 변경됨
head-disk-short = ⚠ 파일
head-conflicts = ⚠ 충돌 { $n }건 (M)
head-uncommitted = ✎ 동기화 전 { $n }건
head-read-only = ◌ 읽기 전용
head-saved = ✔ 저장됨
head-unsaved = ● 저장 안 됨
sort-due = 기한
sort-status = 상태
sort-id = ID
sort-updated = 수정일
sort-workstream = 분야

## 필터
filter-status = 상태 { $v }
filter-owner = 담당 { $v }
filter-workstream = 분야 { $v }
filter-overdue = 기한 경과
filter-due-within = { $n }일 내 기한
filter-title = 필터
filter-none = 없음
filter-now = 현재: { $f }
pick-hint-status = Enter/Space 선택 · Esc 닫기
pick-hint = Enter 선택 · Esc 뒤로
pick-any = (전체)
ws-none = (분야 없음)

## 요약줄
sum-overdue = ▲ 기한 경과 { $n }
sum-due-soon = ◆ { $days }일 내 기한 임박 { $n }
sum-showing = { $of }건 중 { $n }건 표시
sum-more-workstreams = 분야 { $n }개 더 (t: 일정표)

## 표
col-id = ID
col-title = 과제명
col-workstream = 분야
col-owners = 담당
col-status = 상태
col-due = 기한
table-empty = 아직 등록된 과제가 없습니다.
table-none-shown = 필터에 맞는 과제가 없습니다. f, c를 누르면 필터가 해제됩니다.
table-group = ▾ { $name }  ({ $total ->
        [0] 모두 취소
       *[other] 완료 { $done }/{ $total }
    })

## 상세
detail-title = 상세
detail-dated = { $date } ({ $rel })
detail-agreed-due = 최초 합의 기한
detail-slipped = 기한 변경
detail-slips = { $n }회{ $n ->
        [1] { $shift ->
            [later] (연기)
            [earlier] (앞당김)
           *[other] {""}
        }
       *[other] {""}
    }: { $chain }
detail-no-deadline = 기한 없음
detail-updated = 수정일
detail-none = (없음)
detail-note-head = { $date } · { $author } ({ $ago })
detail-last-note = 최근 메모 · { $head }
detail-no-notes = 메모가 없습니다. c를 눌러 회의 내용을 추가하십시오.
detail-deleted = { $id } 삭제됨 (u로 되돌리기)
detail-conflicts = ⚠ 병합 충돌 { $n }건: M으로 한쪽을 선택합니다
detail-conflict-item = 과제 전체: { $ours_name } { $ours } | { $theirs_name } { $theirs }
detail-conflict = { $path }: { $base } → { $ours_name } { $ours } | { $theirs_name } { $theirs }
detail-notes = 메모 ({ $n }건, 최신순)
detail-earlier-notes = 이전 메모 ({ $n }건, 최신순)

## 일정표
timeline-due = 기한 { $date }
timeline-no-due = 기한 없음
legend-marks = ○ 미착수  ◐ 진행 중  ⊘ 보류  ● 완료  × 취소  ▲ 기한 경과
legend-today = 오늘 ({ $day })
legend-today-short = 오늘
legend-arrows = ◂ ▸ 범위 밖
legend-undated = 기한 없음 { $n }건

## 검색
search-no-match = 결과 없음
search-match-at = { $n }건 중 { $at }번째
search-matches = { $n }건 일치

## 작은 터미널
small-title = 터미널이 너무 작습니다
small-size = { $w }×{ $h }: followup은 최소 { $minw }×{ $minh }{ PARTICLE($minh, "가") } 필요합니다.
small-hint = 창을 키우거나 q를 눌러 종료하십시오.

## 점검 모드
review-badge = 점검
review-empty = 회의 안건이 없습니다. R을 누르면 점검을 기록합니다
review-at = { $n }건 중 { $at }번째
review-section-at = { $section } ({ $n }건 중 { $at }번째)
review-last = 지난 점검 { $date } ({ $ago })
review-first = 첫 점검
review-nothing = 기한 경과, 기한 임박, 보류, 변경, 담당 미지정 과제가 없습니다.
review-deleted = { $id }  (삭제됨)
section-overdue = 기한 경과
section-due-soon = { $n }일 내 기한 임박
section-blocked = 보류
section-changed = 지난 점검 이후 변경
section-unassigned = 담당 또는 기한 미지정

## 입력 양식
form-new-title = 새 과제
form-edit-title = { $id } 편집
form-suggestions = 제안 { $n }건 중 { $at } (Ctrl-n/p, →로 수락): { $list }
form-due-none = → 기한 없음
form-due-slip = { " " }(이전 { $was }{ $shift ->
        [later] , 연기
        [earlier] , 앞당김
       *[other] {""}
    }; ↻{ $n }, 최초 합의 기한 { $first })
hint-id = 회의에 맞춰 제안된 ID, 변경 가능
hint-title = 합의 내용
hint-workstream = →로 제안 수락
hint-owners = 쉼표로 구분, →로 제안 수락
hint-status = ←/→, Space, { $keys } 키로 선택 또는 직접 입력(완료, 진행 중 등)
hint-due = 12월 2일, 금요일, 다음 주 금요일, 3일 후, +2주 (비우면 기한 없음)
hint-meeting = 회의 ID 또는 빈칸
hint-tags = 쉼표로 구분
review-form-title = 점검 기록
review-date = 날짜
review-attendees = 참석자
review-summary = 요약
hint-review-date = 2026. 11. 23., 오늘, 어제, 수요일
hint-attendees = 쉼표로 구분, 지난 점검의 참석자를 불러옵니다
hint-summary = 선택: 회의록에 들어갈 한 줄
review-form-about = 회의 안건 { $items }건, 이번 세션 변경 { $edits }건. Enter를 누르면 점검이 기록되고 저장됩니다.
note-title = { $id } 메모 — { $title }
note-placeholder = 논의 또는 결정 사항…
problem-taken = 이미 사용 중인 ID입니다: `{ $id }`
problem-empty-entry = 빈 값이 있습니다 (쉼표를 연달아 입력하지 않았는지 확인)
problem-unknown-meeting = 관리대장에 `{ $id }` 회의가 없습니다

## 확인 창
delete-title = 삭제하시겠습니까?
delete-question = { $id } “{ $title }” 과제를 삭제하시겠습니까?
delete-notes = 메모 { $n }건도 함께 삭제됩니다. 종료 전까지 u로 되돌릴 수 있습니다.
quit-title = 저장하지 않은 변경
quit-edits = 마지막 저장 이후 저장하지 않은 변경이 { $n }건 있습니다.
quit-items = 과제 { $n }건에 저장하지 않은 변경이 있습니다.
quit-question = 종료하기 전에 저장하시겠습니까?
disk-title = 파일 변경됨
disk-changed = 저장하지 않은 변경이 있는 동안 { $path } 파일이 변경되었습니다 (과제 { $n }건).
disk-merge-keeps = 병합하면 현재 편집 내용과 파일의 변경이 모두 유지되며, Ctrl-s를 누르기 전에는 저장되지 않습니다.
disk-later = Esc: 나중에 (Ctrl-s를 누르면 먼저 병합하며, 파일을 덮어쓰지 않습니다).
conflicts-title = 병합 충돌
conflicts-intro = 양쪽에서 모두 변경한 항목입니다. 선택하기 전까지 파일에는 이 복제본 쪽 값이 남습니다.
conflicts-ledger = 관리대장 자체 (위원회, 회의, 점검)

## 상태줄
done-merge = 파일 변경 병합
done-reload = 파일 다시 불러오기
msg-moved-row = { $what } — { $row }행으로 이동
msg-moved-hidden = { $what } — 필터로 숨겨짐 ({ $keys }: 필터 해제)
msg-added-hidden = { $id } 추가됨 (필터로 숨겨짐: f c로 해제)
msg-undone = 되돌림: { $what }
msg-redone = 다시 실행: { $what }
msg-nothing-to-undo = 되돌릴 변경이 없습니다
msg-nothing-to-redo = 다시 실행할 변경이 없습니다
msg-editing-off = 편집할 수 없습니다 (읽기 전용: { $why })
msg-read-only = 읽기 전용: { $why } — 조회만 가능합니다
msg-no-selection = 선택된 과제가 없습니다
msg-already-done = { $id }{ PARTICLE($id, "은") } 이미 완료되었습니다
msg-form-invalid = 저장할 수 없습니다: 수정할 항목 { $n }개 ({ $fields })
msg-no-change = { $id }: 변경 없음
msg-note-empty = 메모가 비어 있습니다. 내용을 입력하거나 Esc로 취소하십시오
msg-cancelled = 취소됨: 변경 없음
msg-note-cancelled = 메모 취소됨
msg-kept = 유지됨
msg-review-not-recorded = 점검이 아직 기록되지 않았습니다. 회의가 끝나면 { $key } 키를 눌러 기록하십시오
msg-review-date-invalid = 기록할 수 없습니다: { $why }
msg-saving = 저장 중…
msg-save-after-sync = 동기화가 끝나면 저장합니다 (q: 변경을 보관하고 바로 종료)
msg-saved = { $path } 저장됨
msg-nothing-to-save = 저장할 변경이 없습니다: 파일이 최신입니다
msg-save-failed = 저장되지 않았습니다: { $why } — 변경은 유지되며, Ctrl-s를 누르면 다시 시도합니다
msg-did-saving = { $what } — 저장 중…
msg-did-saved = { $what }, 저장됨
msg-created-sample = { $path }에 예시 관리대장을 만들었습니다: 예시 과제로 키를 익혀 보십시오 (?: 키 목록)
msg-recovered = 이전 세션에서 저장하지 않은 변경이 보관되어 있습니다. 병합 방법은 종료할 때 안내합니다
msg-disk-unreadable = 파일이 변경되었으나 읽을 수 없습니다: { $why } — 현재 내용은 유지되며 파일을 덮어쓰지 않습니다
msg-disk-changed-later = 파일이 변경되었습니다 — Ctrl-s를 누르면 파일의 변경을 먼저 현재 편집 내용에 병합합니다
msg-reloaded = 다시 불러옴: 파일에서 과제 { $n }건 변경
msg-reloaded-dropped = 다시 불러옴: 파일에서 과제 { $n }건 변경, 저장하지 않은 변경은 버렸습니다 (u로 복구)
msg-merged = 병합됨: 파일에서 변경된 과제 { $n }건을 반영했습니다
msg-merged-renumbered = ; ID 변경 { $list }
msg-merged-conflicts = ; 충돌 { $n }건 ({ $ids }) — 저장되지 않음: 확인 후 Ctrl-s
msg-merged-saving = ; 저장 중…
msg-merged-unsaved = { " " }(저장 안 됨; u로 병합 취소)
msg-review-started = 점검: 회의 안건 { $n }건 — n/p 이동, R 점검 기록, Esc 점검 종료
msg-agenda-empty = 회의 안건이 없습니다: 기한 경과, 기한 임박, 보류, 변경, 담당·기한 미지정 과제 없음 — R로 점검 기록
msg-no-conflicts = 관리대장에 병합 충돌이 없습니다
msg-conflicts-hidden = 이 과제에는 충돌이 없습니다 (충돌 과제는 필터로 숨겨졌거나 회의 안건에 없습니다)
msg-conflicts-left = { $what }; 다른 곳에 충돌 { $n }건 남음 — M: 다음 충돌로 이동

msg-disk-gone = 파일이 디스크에서 사라졌습니다 — 현재 내용은 유지되며 Ctrl-s로 새로 씁니다
save-read-only = 편집할 수 없습니다 ({ $why })
save-invalid = { $path }: { $why } (다시 읽을 수 없는 내용입니다)
save-changed-unreadable = 파일이 변경되었으나 읽을 수 없습니다 ({ $why }); 덮어쓰지 않았습니다

## 도움말
help-title = 키
help-bottom = j/k 스크롤 · ? 또는 Esc 닫기
keyname-space = Space
keyname-text = 문자
keyname-keys = 키
# 한국 키보드의 키캡 표기(영문)를 따름
keyname-backspace = Backspace
keyname-home = Home
keyname-end = End
keyname-page-up = PgUp
keyname-page-down = PgDn
# 한글 입력 상태의 ㅛ/ㅜ도 예/아니요로 받음
keyname-yes = y
keyname-no = n
scope-everywhere = 어디서나
scope-browsing = 탐색
scope-table = 표
scope-detail = 상세
scope-timeline = 일정표
scope-search = 검색
scope-filter-menu = 필터 메뉴
scope-pick = 선택 목록
scope-help = 도움말
scope-form = 입력 양식
scope-note = 메모
scope-confirm = 삭제 확인
scope-quit-prompt = 종료 확인
scope-disk-prompt = 파일 변경 알림
scope-review = 점검
scope-review-form = 점검 기록
scope-conflicts = 충돌

## 키 설명 (도움말)
key-move-down = 아래로
key-move-up = 위로
key-agenda-next = 다음 회의 안건
key-agenda-prev = 이전 회의 안건
key-top = 맨 위로
key-bottom = 맨 아래로
key-page-down = 다음 페이지 (점검 중: 상세 창)
key-page-up = 이전 페이지
key-detail = 상세 창으로 이동 / 표로 돌아가기
key-search = ID, 과제명, 담당, 분야, 메모 검색
key-next-match = 다음 검색 결과
key-prev-match = 이전 검색 결과
key-filter = 상태, 담당, 분야, 기한 경과로 필터
key-sort = 정렬 변경: 기한, 상태, ID, 수정일, 분야
key-group = 분야별 묶기
key-timeline = 분야별 기한 일정표
key-back = 뒤로: 닫기, 취소, 검색 지우기, 창 나가기
key-type-search = 입력하면 바로 검색
key-backspace = 한 글자 지우기
key-keep-search = 검색 유지, n/N으로 이동
key-filter-status = 상태로 필터
key-filter-owner = 담당으로 필터
key-filter-workstream = 분야로 필터
key-filter-overdue = 기한 경과 과제만 (켜기/끄기)
key-filter-clear = 모든 필터 해제
key-pick = 선택 (상태는 여러 개 선택)
key-review = 점검 모드: 회의 안건을 과제별로 진행
key-record-review = 점검 기록 (날짜, 참석자, 요약) 후 저장
key-add = 과제 추가 (입력 양식)
key-edit = 선택한 과제 편집 (입력 양식)
key-status = 상태 변경: 상태 선택 창에 상태별 키 표시
key-status-back = 상태 한 단계 뒤로
key-done = 완료로 표시
key-note = 메모 추가 (오늘, 작성자 본인)
key-delete = 선택한 과제 삭제 (확인 후)
key-undo = 마지막 변경 되돌리기
key-redo = 다시 실행
key-conflicts = 병합 충돌(⚠) 해결: 이 복제본 쪽 또는 상대국 쪽 유지
key-keep-ours = 이 복제본 쪽 값 유지
key-keep-theirs = 상대국 쪽 값 유지 (받아 온 값)
key-save = 관리대장 저장
key-next-field = 다음 항목
key-prev-field = 이전 항목
key-complete = 흐린 제안 수락, 없으면 오른쪽으로
key-next-suggestion = 다음 제안
key-prev-suggestion = 이전 제안
key-confirm-form = 입력 확정 (잘못된 항목이 있으면 거부)
key-confirm-review = 점검 기록 후 저장
key-confirm-note = 메모 추가
key-new-line = 메모 줄바꿈
key-clear-line = 항목 비우기 (메모는 현재 줄)
key-edit-text = 입력 편집: ←→ Home End, Ctrl-←→ 단어 단위, Backspace Del, 붙여넣기
key-yes-delete = 예, 삭제
key-no-delete = 아니요, 유지
key-quit-save = 저장 후 종료
key-quit-discard = 저장하지 않은 변경을 버리고 종료
key-quit-cancel = 취소: 계속 편집
key-merge = 파일 변경을 저장하지 않은 변경에 병합
key-reload = 파일 다시 불러오기, 저장하지 않은 변경 버림 (u로 복구)
key-help = 이 도움말
key-quit = 종료
key-quit-anywhere = 어디서나 종료 (저장하지 않은 변경이 있으면 확인)
key-suspend = 셸로 일시 중단 (`fg`로 복귀)

## 아래줄 표시: 긴 형태, 공간이 부족하면 -short
foot-move = 이동
foot-move-short = 이동
foot-next = 다음
foot-next-short = 다음
foot-prev = 이전
foot-prev-short = 이전
foot-detail = 상세
foot-detail-short = 상세
foot-search = 검색
foot-search-short = 검색
foot-filter = 필터
foot-filter-short = 필터
foot-timeline = 일정표
foot-timeline-short = 일정
foot-back = 뒤로
foot-back-short = 뒤로
foot-keep = 유지
foot-keep-short = 유지
foot-status = 상태
foot-status-short = 상태
foot-owner = 담당
foot-owner-short = 담당
foot-workstream = 분야
foot-workstream-short = 분야
foot-overdue = 기한 경과
foot-overdue-short = 경과
foot-clear = 해제
foot-clear-short = 해제
foot-choose = 선택
foot-choose-short = 선택
foot-review = 점검
foot-review-short = 점검
foot-record = 기록
foot-record-short = 기록
foot-add = 추가
foot-add-short = 추가
foot-edit = 편집
foot-edit-short = 편집
foot-done = 완료
foot-done-short = 완료
foot-note = 메모
foot-note-short = 메모
foot-undo = 되돌리기
foot-undo-short = 되돌림
foot-ours = 이 복제본 쪽
foot-ours-short = 이쪽
foot-theirs = 상대국 쪽
foot-theirs-short = 상대국
foot-save = 저장
foot-save-short = 저장
foot-confirm = 확정
foot-confirm-short = 확정
foot-add-note = 메모 추가
foot-add-note-short = 추가
foot-new-line = 줄바꿈
foot-new-line-short = 줄
foot-yes = 예
foot-yes-short = 예
foot-no = 아니요
foot-no-short = 아니요
foot-discard = 버리기
foot-discard-short = 버림
foot-cancel = 취소
foot-cancel-short = 취소
foot-merge = 병합
foot-merge-short = 병합
foot-reload = 다시 불러오기
foot-reload-short = 불러오기
foot-help = 도움말
foot-help-short = 도움
foot-quit = 종료
foot-quit-short = 종료

## 대시보드 종료 시
exit-kept = 저장하지 않은 변경이 있는 채로 종료되었습니다. 변경 내용은 { $file }에 보관되어 있습니다
    {"  "}병합 명령: { $command }
exit-kept-elsewhere = 저장하지 않은 변경이 있는 채로 종료되었습니다. 변경 내용은 { $file }에 보관되어 있습니다 (관리대장 옆에 쓸 수 없었습니다: { $why })
    {"  "}병합 명령: { $command }
exit-not-kept = 저장하지 않은 변경이 있는 채로 종료되었으며, 변경을 보관하지 못했습니다: { $why }
exit-terminal = 터미널 오류: { $why }
exit-panicked = 내부 오류로 대시보드가 중지되었습니다(프로그램 결함이므로 신고해 주시기 바랍니다): { $why }
exit-panicked-silently = (메시지 없음)
exit-signal = { $signal } 신호로 중지되었습니다
recovery-notice = 종료된 세션에서 저장하지 않은 변경이 { $file }에 있습니다{ $older ->
        [0] {""}
       *[other] {" "}(이전 파일 { $older }개 더 있음)
    }
    {"  "}관리대장을 연 대시보드가 없을 때 다음 명령으로 병합하십시오:
    {"    "}{ $command }

## 기한 변경(d)과 상태 선택(s)
due-title = { $id } 기한 — { $title }
due-now = 현재 { $date }, { $rel }{ $n ->
        [0] {""}
        [1] , 기한 변경 1회{ $shift ->
            [later] (연기)
            [earlier] (앞당김)
           *[other] {""}
        }
       *[other] , 기한 변경 { $n }회
    }
due-now-none = 기한 없음
due-new = 새 기한:
due-preview = { $date }, { $rel }
due-preview-slips = { " " }— { $shift ->
        [later] 연기
        [earlier] 앞당김
       *[other] 변경
    }, 총 기한 변경 { $n }회
due-hint = +2주, 금요일, 다음 주 금요일, 12월 4일, 오늘, 내일
msg-due-needed = 새 기한을 입력하십시오(금요일, +2주, 12월 4일). Esc로 취소
msg-due-invalid = 변경되지 않았습니다: { $why }
status-pick-title = { $id } 상태
scope-due = 기한 변경
scope-status-pick = 상태 선택
key-due = 기한 변경(+2주, 금요일, 날짜)
key-confirm-due = 표시된 날짜로 기한 변경
key-pick-open = 상태: 미착수
key-pick-in-progress = 상태: 진행 중
key-pick-blocked = 상태: 보류
key-pick-done = 상태: 완료
key-pick-dropped = 상태: 취소
foot-due = 기한
foot-due-short = 기한

## 점검 모드: 지난 점검 이후 변경
since-heading = { $date } 점검 이후
since-change = { $field }: { $from } → { $to }
since-list = { $field }: { $changes }
since-note = 새 메모 { $date } · { $author }: { $text }
since-updated = 수정일 { $date }
since-added = 이후 새로 등록된 과제

## 요약 줄: 상태별 개수
sum-status-open = 미착수 { $n }
sum-status-in-progress = 진행 중 { $n }
sum-status-blocked = 보류 { $n }
sum-status-done = 완료 { $n }
sum-status-dropped = 취소 { $n }

# 좁은 화면의 기한 열: 짧은 상대 표기
table-due-in = { $n }{ $unit ->
        [day] 일
        [week] 주
        [month] 개월
       *[year] 년
    } 후
table-due-late = { $n }{ $unit ->
        [day] 일
        [week] 주
        [month] 개월
       *[year] 년
    } 지연

## Both languages of the record: the reading, the detail pane's lines per
## language, the agenda's section and the translation form.
## $code: en, es or ko; $state: text-state-*; $language: language-name
scope-translate = 번역 입력
key-originals = 원문 / 번역문 보기 전환
key-translate = 과제명과 메모 번역 (원문과 나란히 표시)
key-confirm-translation = 변경한 번역 모두 저장
key-next-language = 다음 사용 언어로 번역
key-new-line-translation = 번역 줄바꿈
foot-language = 언어
foot-language-short = 언어
section-to-translate = 번역 필요
msg-reading-originals = 관리대장 내용을 원문으로 표시합니다 ({ $key }: 번역문)
msg-reading-translated = 번역이 있는 내용은 { $language }{ PARTICLE($language, "로") } 표시합니다 ({ $key }: 원문)
msg-no-language-to-translate = 위원회에 번역할 다른 사용 언어가 지정되어 있지 않습니다 (관리대장의 `languages`)
detail-in-language = { $code } · { $state }: { $text }
detail-in-language-missing = { $code } · { $state }
translate-title = { $id } { $language } 번역
translate-original = 원문
translate-column = { $language } 번역
translate-note = 메모 { $n } · { $date } · { $author }
translate-is-original = 이 언어로 작성된 원문: 번역 불필요
translate-hint-missing = 번역을 입력하십시오 · Enter: 변경 사항 모두 저장 · Esc: 저장하지 않고 닫기
translate-hint-outdated = 번역 갱신 필요: 원문이 바뀌었습니다. 고치면 최신 번역으로 기록됩니다
translate-hint-current = 번역을 고치십시오. 삭제하려면 내용을 비우십시오
