# followup: 한국어 카탈로그. 메시지 id와 자리표시자는 en/, es/와 같아야 합니다.
# 용어: locales/GLOSSARY.md 참조.

## 상태 (파일에는 open, in-progress, blocked, done, dropped로 저장)
status-open = 미착수
status-in-progress = 진행 중
status-blocked = 보류
status-done = 완료
status-dropped = 취소

## 오늘 기준 상대 날짜
rel-today = 오늘
rel-in = { $n }{ $unit ->
        [day] 일
        [week] 주
        [month] 개월
       *[year] 년
    } 후
rel-late = { $n }{ $unit ->
        [day] 일
        [week] 주
        [month] 개월
       *[year] 년
    } 지연
rel-ago = { $n }{ $unit ->
        [day] 일
        [week] 주
        [month] 개월
       *[year] 년
    } 전

## 개수
count-items = 과제 { $n }건

## 항목 이름
field-id = ID
field-title = 과제명
field-status = 상태
field-workstream = 분야
field-owners = 담당
field-due = 기한
field-meeting = 회의
field-opened = 합의일
field-tags = 태그

## 작업 결과
out-added = { $id } 추가됨
out-status = { $id }: { $from } → { $to }
out-due-moved = { $id }: 기한 { $to } ({ $shift ->
        [later] 연기
        [earlier] 앞당김
       *[other] 변경
    }, 기한 변경 { $slips }회, 최초 합의 기한 { $first })
out-due-set = { $id }: 기한 { $to }
out-due-cleared = { $id }: 기한 삭제됨 (이전 { $from })
out-renamed = { $from } → { $to }{ PARTICLE($to, "로") } ID 변경됨
out-set = { $id }: { $field } { $to }
out-cleared = { $id }: { $field } 비움
out-note-added = { $id }: 메모 추가됨
out-deleted = { $id } “{ $title }” 삭제됨
out-review-recorded = { $n ->
        [0] { $date } 점검 기록됨
       *[other] { $date } 점검 기록됨 ({ $attendees })
    }
out-meeting-added = 회의 { $id } 추가됨
out-meeting-updated = 회의 { $id } 수정됨
out-unchanged-item = { $id }: 변경 사항 없음
out-unchanged = 변경 사항 없음

## 작업이 거부된 이유
err-no-item = `{ $id }` 과제가 없습니다
err-duplicate-id = `{ $id }` 과제가 이미 있습니다
err-unknown-meeting = `{ $id }` 회의가 없습니다. 먼저 추가하십시오: followup meeting { $id } --date YYYY-MM-DD --title "…"
err-empty-title = 과제명이 비어 있습니다
err-empty-note = 메모가 비어 있습니다
err-empty-meeting-id = 회의 ID가 비어 있습니다
err-not-in-list = { $id }의 { $field }에 `{ $value }` 값이 없습니다 (현재: { $now })

## 병합 충돌과 위원회
side-ours = 이 복제본 쪽
side-theirs = 상대국 쪽
out-resolved = { $id } { $path }: { $side } 유지
out-resolved-kept = { $id }: { $side }에 따라 유지됨
out-resolved-deleted = { $id }: { $side }에 따라 삭제됨
out-committee = 위원회: { $name } ({ $parties })
err-empty-committee-name = 위원회 이름이 비어 있습니다
err-empty-party = 참여 기관 이름이 비어 있습니다
err-no-conflict = 해당 위치에 충돌이 없습니다
err-no-conflict-there = `{ $path }`에 충돌이 없습니다 (충돌: { $open })
err-place-gone = { $path }: 해당 위치가 더 이상 없습니다
err-shape-changed = { $path }: 해당 위치의 형태가 바뀌었습니다
err-resolve-invalid = { $path }: 그 값은 유지할 수 없습니다: { $reason }
side-this-clone = { $author } (이 복제본)
side-this-clone-uncommitted = 이 복제본 (동기화 전)
side-incoming = { $author } ({ $from })
side-incoming-unknown = { $from }

## Who a note is by when nothing else says (issue 19)
note-author-default = 사무국
note-author-import = 엑셀 파일 { $file }

## 공식 문서(회의록, 알림 메일)의 날짜: $month 1–12
date-formal = { $year }년 { $month }월 { $day }일
