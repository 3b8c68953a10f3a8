## 양측의 기록: 시간대, 종결 규칙, 시각.

sc-unknown-zone = 알 수 없는 시간대 `{ $value }` (관리대장에는 시간대를 IANA 이름으로 적습니다: America/Mexico_City, Asia/Seoul)
sc-unknown-choice = `{ $value }`{ PARTICLE($value, "은") } 다음 중 하나가 아닙니다: { $allowed }
sc-instant = `{ $value }`{ PARTICLE($value, "은") } 올바른 일시가 아닙니다 (RFC 3339 형식, 예: 2026-12-03T00:05:00Z)
sc-time = `{ $value }`{ PARTICLE($value, "은") } 올바른 시각이 아닙니다 (HH:MM 형식, 예: 10:00)

## 양측이 합의하는 종결.

out-confirmed = { $id }: { $party } 측이 종결을 확인했습니다
err-no-party = 이 위원회에서는 종결에 양측의 합의가 필요합니다. 사용자가 대표하는 참여 기관을 지정하십시오 (config.toml의 `party` 또는 `followup --party "…"`)
err-unknown-party = `{ $party }`{ PARTICLE($party, "은") } 이 위원회의 참여 기관이 아닙니다 (참여 기관: { $parties })
err-not-awaiting = { $id }{ PARTICLE($id, "은") } 확인 대기 중이 아닙니다
err-own-closure = { $id }{ PARTICLE($id, "은") } 사용자가 대표하는 { $party } 측이 종결한 과제입니다. 종결 확인은 상대 기관이 합니다
err-not-closed = { $id }{ PARTICLE($id, "은") } 완료 또는 취소 상태가 아니므로 다시 열 수 없습니다
out-zone-set = 이제 기한은 { $zone } 시간대를 기준으로 합니다
out-closure-both = 이제 과제를 종결하려면 상대 기관의 확인이 필요합니다
out-closure-either = 이제 어느 참여 기관이든 단독으로 과제를 종결할 수 있습니다

## 참여 기관 정보 (followup committee --party P --party-zone Z --party-language L)
# $record: 국가, party-record-zone, 언어 이름 (쉼표로 구분)
out-party-added = 위원회에 참여 기관을 추가했습니다: { $party } ({ $record })
out-party-set = { $party }: { $record }
party-record-zone = 시간대 { $zone }
party-record-empty = 국가, 시간대, 언어 정보 없음
cli-party-fields-one = --party-zone, --party-language, --party-country는 참여 기관 하나의 정보를 설정합니다. --party로 해당 참여 기관의 이름을 하나만 지정하십시오
err-zone-without-time = 회의 { $id }에 시각이 없어 시간대를 적용할 수 없습니다. --zone과 함께 --time HH:MM을 지정하십시오
err-time-without-date = 회의 { $id }에 날짜가 없어 시각을 지정할 수 없습니다. --date도 함께 지정하십시오

## 양국 시계: 머리줄과 과제 상세에 표시하는 각 참여 기관의 수도
capital-mexico-city = 멕시코시티
capital-seoul = 서울
clock-day-time = { $day } { $time }
clock-capital = { $capital } { $when }
clock-time-capital = { $capital } { $when }
detail-due-in-capitals = 수도별 기한
err-reopen-with-note = { $id }{ PARTICLE($id, "은") } 종결된 과제입니다. 이 위원회에서는 종결에 양측의 합의가 필요하므로 이유를 메모로 남겨 다시 여십시오 (`followup reopen { $id } "…"` 또는 대시보드에서 X 키)
