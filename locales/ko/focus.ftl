## 확대 보기(z): 현재 과제만 큰 글자로 표시
focus-badge = 확대 보기
focus-at = 표의 과제 { $n }건 중 { $at }번째
scope-focus = 확대 보기
key-zoom = 확대 보기: 현재 과제 하나만 큰 글자로 표시 (회의실 화면용)
key-zoom-back = 표 또는 회의 안건으로 돌아가기
key-focus-next = 다음 과제 (회의 안건 또는 표)
key-focus-prev = 이전 과제 (회의 안건 또는 표)
foot-zoom = 확대
foot-zoom-short = 확대
