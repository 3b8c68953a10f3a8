# followup: 스프레드시트(내보내기·가져오기). ID와 변수는 en/과 같아야 함.

## 시트 이름과 열 제목
sheet-items = 과제
sheet-notes = 메모
sheet-meetings = 회의
sheet-col-id = ID
sheet-col-title = 과제명
sheet-col-workstream = 분야
sheet-col-owners = 담당
sheet-col-status = 상태
sheet-col-due = 기한
sheet-col-meeting = 회의
sheet-col-tags = 태그
sheet-col-last-note = 최근 메모
sheet-col-opened = 합의일
sheet-col-updated = 수정일
sheet-col-item = 과제
sheet-col-date = 일자
sheet-col-author = 작성자
sheet-col-text = 내용
sheet-col-place = 장소

## export
exp-written = { $path }: 과제 { $n }건 내보내기 완료
exp-err-terminal = 엑셀 파일은 터미널에 출력할 수 없습니다: -o 파일.xlsx로 파일을 지정하십시오
exp-err-ledger = { $path }: 관리대장 파일 자체입니다. -o에 다른 파일을 지정하십시오
exp-err-write = { $path }: 쓸 수 없음: { $error }
exp-err-build = 엑셀 파일을 만들 수 없음: { $error }

## import: 파일 종류
imp-round-trip = { $file }: { $date }에 내보낸 엑셀 파일을 관리대장과 병합
imp-adoption = { $file }: 기존 조치 목록에서 { $n }개 행을 새 과제로 등록
imp-dry-run = 시험 실행: 아무것도 쓰지 않았습니다
imp-nothing = 변경 사항 없음
imp-written = { $path }: 저장했습니다

## import: 변경 내용
imp-item-added = + { $id }  { $title }
imp-item-changed = ~ { $id }  { $title }
imp-field = { $field }: { $from } → { $to }
imp-list = { $field }: { $changes }
imp-note = 메모 { $date } { $author }: { $text }
imp-meeting-added = + 회의 { $id }
imp-kept = { $id }: 시트에서 행이 삭제되었으나 과제는 관리대장에 그대로 둡니다
imp-renumbered = { $old }{ PARTICLE($old, "이") } 관리대장에도 추가되어 있어 시트의 행은 { $new }{ PARTICLE($new, "로") } 바꾸었습니다
imp-extra-columns = 과제의 추가 항목으로 보존한 열: { $columns }
imp-conflict = ! { $id } { $field }: 관리대장 { $ours }, 엑셀 파일 { $theirs }
imp-none = (없음)
imp-conflicts = { $path }: 충돌 { $n }건({ $at }). 양쪽 값이 모두 관리대장에 기록되었습니다. 대시보드(M) 또는 `followup resolve ID 항목 ours|theirs`로 정리하십시오
imp-skipped = 제외한 행(--skip-bad):

## import: 읽을 수 없는 셀
imp-bad-cell = { $sheet }!{ $cell }: “{ $value }”: { $problem }
problem-date = 날짜가 아님(YYYY-MM-DD로 입력)
problem-day-first-date = 없는 날짜(스페인어 날짜는 일/월/연도 순으로 읽음)
problem-ambiguous-date = 일과 월의 순서를 알 수 없음(YYYY-MM-DD로 입력)
problem-date-out-of-range = 관리대장에 기록할 수 있는 기간(1900-01-01~9999-12-31)을 벗어난 날짜
problem-status = 알 수 없는 상태
problem-empty-title = 과제명이 비어 있음
problem-duplicate-id = 앞의 행에 이미 있는 ID

## import: 가져오지 못한 이유
imp-err-read = { $file }: 스프레드시트를 읽을 수 없습니다: { $error }
imp-err-format = { $file }: followup은 .xlsx, .xls, .ods, .csv 파일을 읽습니다
imp-err-utf8 = { $file }: { $line }행이 UTF-8 텍스트가 아닙니다 (“CSV UTF-8” 형식으로 저장하십시오)
imp-err-snapshot = { $file }: 숨겨진 followup-snapshot 시트가 손상되었습니다. 관리대장을 다시 내보내십시오
imp-err-committee = { $file }: “{ $theirs }”에서 내보낸 파일이며, 이 관리대장(“{ $ours }”)의 파일이 아닙니다
imp-err-no-header = { $file }: 과제명 열(과제, 조치, Action, Acuerdo…)이 있는 머리글 행을 찾을 수 없습니다. --map 열=title로 지정하십시오
imp-err-map-column = --map: 머리글 행에 “{ $column }” 열이 없습니다
imp-err-map = --map { $map }: 열=항목 형식이어야 합니다. 항목은 id, title, workstream, owners, status, due, meeting, tags, notes, opened 중 하나입니다
imp-err-bad-cells = { $file }: 읽을 수 없는 셀이 { $n }개 있어 아무것도 쓰지 않았습니다 (--skip-bad를 주면 해당 행을 빼고 가져옵니다):
imp-err-invalid = { $file }: 가져오면 올바른 관리대장이 되지 않습니다: { $path }: { $message }
exp-written-events = { $path }: 기한 { $n }건을 캘린더 일정으로 저장했습니다
exp-written-meetings = { $said }. 회의 { $n }건도 함께 저장했습니다

## 읽기 전에 거부된 스프레드시트(한도)
imp-err-directory = { $file }: 스프레드시트가 아니라 디렉터리입니다
imp-err-not-regular = { $file }: 일반 파일이 아닙니다(장치, 파이프 또는 소켓). followup은 일반 파일만 가져옵니다
imp-err-too-large = { $file }의 크기가 followup이 가져올 수 있는 최대 크기({ $mib } MiB)를 넘습니다. 조치 목록을 더 작은 파일로 나누십시오
imp-err-unpacked = { $file }: 압축을 풀면 { $mib } MiB를 넘거나 구성 요소가 너무 많아 파일을 읽지 않았습니다
imp-err-too-many-cells = { $file }: “{ $sheet }” 시트가 A1부터 { $limit }개 셀(행 × 열)을 넘습니다. 사용하지 않는 행과 열을 삭제하거나 표를 새 파일에 복사하십시오
imp-err-cell-too-long = { $file }: { $sheet }!{ $cell } 셀의 글자 수가 Excel의 셀당 한도인 { $limit }자를 넘습니다
imp-err-text-too-long = { $file }: 구성 요소 { $part }에 { $kib } KiB를 넘는 텍스트가 있어(셀 하나에 담을 수 있는 양보다 많음) 파일을 읽지 않았습니다
imp-err-too-many-strings = { $file }에 서로 다른 텍스트가 { $limit }개를 넘게 있어(셀에서 쓸 수 있는 수보다 많음) 파일을 읽지 않았습니다

## The translator's workbook (export --translate LANG); $language: language-name
tw-sheet = { $language } 번역 대상
tw-col-id = ID
tw-col-text = 구분
tw-col-written-in = 원문 언어
tw-col-original = 원문
tw-col-translation = 기존 번역
tw-col-state = 상태
tw-col-new = 새 번역
tw-text-committee = 위원회 이름
tw-text-workstream = 분야
tw-text-meeting-title = 회의 명칭
tw-text-meeting-place = 회의 장소
tw-text-title = 과제명
tw-text-note = 메모 { $n } ({ $date }, { $author })
exp-written-to-translate = { $path }: { $language } 번역 대상 { $n }건
exp-err-translate-format = --translate는 엑셀 파일을 만듭니다. --format xlsx와 함께 사용하십시오

## import of a translator's workbook; $text: which text (text-ref-*)
imp-translation = { $file }: { $date }에 내보낸 { $language } 번역용 엑셀 파일을 관리대장과 병합
imp-translated = + { $text }: { $translation }
imp-outdated = ! { $text }: 내보낸 후 원문이 바뀌어 이 번역은 기록하지 않았습니다: { $translation }
imp-outdated-hint = 원문이 바뀌어 번역 { $n }건을 기록하지 않았습니다. 번역용 엑셀 파일을 다시 내보내 바뀐 원문을 번역하십시오
problem-text-key = followup이 기록한 키가 아님(숨겨진 키 열은 그대로 유지)
problem-original-language = 이 파일의 번역 언어로 작성된 원문: 번역 불필요
imp-err-translation-column = { $file }: 번역용 엑셀 파일에 “새 번역” 열이 없습니다
