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
