# followup: 회의록(`followup report`), 한국어. 메시지 ID와 자리표시자는 en/, es/와 같습니다.

## 제목과 기간
report-title = { $committee } 후속 조치 점검 회의록
report-document = 후속 조치 점검 회의록
report-unnamed = 위원회
report-period = 기간: { $since } ~ { $today }
report-period-last-review = 기간: { $since }(직전 점검) ~ { $today }
report-period-window = 기간: { $since }(직전 점검 없음: 최근 { $days }일) ~ { $today }
report-first-commit = 변경 사항은 관리대장 파일이 git에 처음 저장된 날({ $date })부터 집계했습니다.
report-no-history = 이 관리대장에는 git 이력이 없어 상태 및 기한 변경은 표시되지 않으며, 새 메모만 표시됩니다.
report-parties = 참여 기관
report-attendees = 직전 점검 참석자({ $date })
report-prepared = { $date } followup으로 작성했습니다.

## 요약
report-items = 과제 { $n }건
report-overdue-count = 기한 경과 { $n }건
report-due-soon-count = { $days }일 내 기한 임박 { $n }건
report-tile-overdue = 기한 경과
report-tile-due-soon = { $days }일 내 기한 임박
report-tile-blocked = 보류
report-tile-done = 기간 중 완료

## 항목
report-no-workstream = 분야 미지정
report-workstream-done = { $total ->
        [0] 모두 취소
       *[other] { $total }건 중 { $done }건 완료
    }
report-changes = 변경 사항 및 메모
report-overdue = 기한 경과
report-due-soon = { $days }일 내 기한 임박
report-blocked = 보류
report-reviews = 점검
report-note = 메모 { $date }
report-new-item = 신규 과제
report-no-owner = 담당 미지정
report-no-deadline = 기한 없음
report-due = 기한 { $date }
report-due-relative = 기한 { $date }({ $relative })
report-col-id = ID
report-col-title = 과제명
report-col-owners = 담당
report-col-deadline = 기한
report-col-status = 상태
report-col-what = 변경 사항

## git 이력상의 변경
report-change = { $field }: { $from } → { $to }
report-change-later = { $field }: { $from } → { $to }({ $days }일 연기)
report-change-earlier = { $field }: { $from } → { $to }({ $days }일 앞당김)
report-change-list = { $field }: { $changes }
report-none = 없음

## 도표(HTML 회의록)
report-chart-status = 분야별 상태
report-chart-slipped = 기간 중 연기된 기한
report-chart-slipped-none = 기간 중 기한이 연기된 과제는 없습니다.
report-chart-open = 주별 미완료 과제
report-chart-no-history = git 이력이 없어 주별 추이를 표시할 수 없습니다 (관리대장의 저장 이력이 필요합니다).
report-chart-days-later = +{ $days }일
report-chart-more = 외 { $n }건

## 스프레드시트(CSV) 머리글; 값은 파일에 기록된 그대로입니다
report-csv-id = ID
report-csv-title = 과제명
report-csv-workstream = 분야
report-csv-status = 상태
report-csv-owners = 담당
report-csv-due = 기한
report-csv-relative = 기한 대비
report-csv-slips = 기한 변경 횟수
report-csv-meeting = 회의
report-csv-updated = 수정일
report-csv-changes = 변경 사항
report-csv-new-notes = 새 메모

## Markdown 회의록의 요약 줄
report-status-count = { $symbol } { $status } { $n }건
report-summary = { $items }: { $by } — { $overdue }, { $soon }.

## 오류
report-write-failed = 보고서를 표준 출력에 쓸 수 없습니다: { $error }

# 회의록 표와 차트 (issue 18)
report-col-date = 일자
report-col-attendees = 참석자
report-col-summary = 요약
report-chart-open-daily = 일별 미완료 과제
report-chart-little-history = 아직 추이를 그릴 만큼 이력이 없습니다: 오늘 미완료 { $n }건.

## The committee's meetings held in the period (the minutes' heading)
report-meetings = 기간 중 회의

## Bilingual minutes (`--bilingual es,ko`); the language of each column in itself
report-language = 한국어
report-bilingual-two = --bilingual에는 언어 두 가지를 쉼표로 구분하여 지정하십시오(예: --bilingual es,ko). 지정된 언어: { $n }개
report-bilingual-unknown = `{ $lang }`: followup이 지원하지 않는 언어입니다. --bilingual에는 en, es, ko 중 두 가지를 지정하십시오(예: --bilingual es,ko)
report-bilingual-twice = --bilingual에 { $language }{ PARTICLE($language, "이") } 두 번 지정되었습니다. 서로 다른 두 언어를 지정하십시오(예: --bilingual es,ko)
report-bilingual-format = 2개 언어 회의록은 html 또는 markdown으로만 작성할 수 있습니다({ $format } 불가). --format html 또는 --format markdown을 사용하십시오
report-bilingual-original = --bilingual은 각 열에 해당 언어의 텍스트를 표시하므로 --original과 함께 사용할 수 없습니다
