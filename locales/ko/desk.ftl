## 대시보드에서 여러 위원회를 담당하는 경우(followup --all): 담당 위원회
## 전체를 한 표로 보는 화면과, 위원회 하나의 대시보드로 가는 전환 창.

desk-title = 담당 위원회 전체
desk-label = 위원회 { $n }곳{ $unreadable ->
        [0] {""}
       *[other] ({ $unreadable }곳 읽을 수 없음)
    } · P: 위원회 선택
col-committee = 위원회
filter-committee = 위원회 { $v }
key-filter-committee = 위원회로 필터
desk-unreadable = ⚠ { $name } 관리대장을 읽을 수 없습니다: { $why }
desk-unreadable-more = ⚠ 그 밖에 관리대장을 읽을 수 없는 위원회 { $n }곳(원인 확인: followup check --all)
desk-switcher-title = 위원회 열기
desk-switcher-typed = 위원회: { $typed }▏
desk-switcher-hint = 이름 또는 글자 입력 · ↑↓ · Enter 열기 · Esc 뒤로
desk-switcher-none = 일치하는 위원회 없음
scope-switcher = 위원회 전환
key-portfolio = 담당 위원회 전체(followup --all)에서 위원회 하나 열기 / 위원회 대시보드에서 돌아가기
key-sw-type = 위원회 이름 또는 이름의 일부 글자 입력
key-sw-erase = 한 글자 지우기
key-sw-next = 다음 위원회
key-sw-prev = 이전 위원회
key-sw-go = 선택한 위원회의 대시보드 열기
msg-no-portfolio = 담당 위원회 전체로 연 대시보드가 아닙니다. config.toml의 [[portfolio]]에 담당 위원회를 등록한 후 followup --all을 실행하십시오
help-arg-all = 담당 위원회 전체([[portfolio]], config.toml)를 표 하나로 모아 대시보드에서 엽니다.
desk-syncing-all = { $name } 동기화 중({ $n }곳 중 { $at }번째)…
desk-synced-all = 위원회 { $n }곳: 동기화 완료 { $synced }곳, 이미 최신 상태 { $current }곳, 실패 { $failed }곳
desk-synced-all-failed = { $said }({ $failures })
sum-more-committees = 위원회 { $n }곳 더 (t: 일정표)
