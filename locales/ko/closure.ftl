## 양측이 합의하는 종결: 과제의 종결 상태와 그 이력.

closure-awaiting = { $parties } 측 확인 대기
closure-confirmed = { $party } 측 종결 확인
closure-status = { $status } — { $closure }
closure-act-closed = 종결
closure-act-confirmed = 종결 확인
closure-act-reopened = 다시 열기
closure-who = { $author } ({ $party } 측)
closure-event-closed = { $status } · { $who } · { $at }
closure-event = { $who } · { $at }
detail-closure = 종결 상태

## 대시보드: 키, 다시 열기 메모 창, 요약의 개수.

key-confirm-closure = 상대 기관이 종결한 과제를 사용자 기관 명의로 종결 확인
key-reopen = 완료 또는 취소된 과제 다시 열기 (이유를 메모로 남김)
reopen-title = { $id } 다시 열기 — { $title }
reopen-placeholder = 과제를 다시 여는 이유…
sum-awaiting = { $n ->
   *[other] 확인 대기 { $n }건
}

## 점검 회의 안건.

section-awaiting-you = 우리 측 확인 대기
section-awaiting = 확인 대기

## 회의록.

report-closures-confirmed = 기간 중 종결 확인된 과제
report-closures-awaiting = 종결 확인 대기 과제
report-closure-confirmed = { $closed } { $closer } 측 { $status }, { $confirmed } { $party } 측 종결 확인
report-closure-awaiting = { $closed } { $closer } 측 { $status }, { $parties } 측 확인 대기

## 알림: 상대 기관에 종결 확인 요청.

mail-reason-confirm = 종결 확인 대기
mail-item-closed-by = { $date } { $party } 측이 종결했습니다.
mail-item-how-to-confirm = 종결 확인: `followup confirm { $id }` (대시보드에서는 C 키). 이유를 메모로 남기고 다시 열기: `followup reopen { $id } "…"` (X 키).
