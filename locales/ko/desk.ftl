## 대시보드에서 여러 위원회를 담당하는 경우(followup --all): 전체 위원회
## 목록과 위원회 전환.

desk-title = 전체 위원회
desk-label = 위원회 { $n }개{ $unreadable ->
        [0] {""}
       *[other] (읽을 수 없음 { $unreadable }개)
    } · P: 위원회 선택
col-committee = 위원회
filter-committee = 위원회 { $v }
key-filter-committee = 위원회별 필터
desk-unreadable = ⚠ { $name }: 읽을 수 없습니다 — { $why }
desk-unreadable-more = ⚠ 그 밖에 위원회 { $n }개를 읽을 수 없습니다(원인은 followup check --all로 확인)
desk-switcher-title = 위원회 열기
desk-switcher-typed = 위원회: { $typed }▏
desk-switcher-hint = 글자 또는 이름 · ↑↓ · Enter 열기 · Esc 돌아가기
desk-switcher-none = 일치하는 위원회 없음
scope-switcher = 위원회 전환
key-portfolio = 전체 위원회 목록(followup --all): 위원회 하나 열기, 해당 위원회에서 돌아가기
key-sw-type = 위원회 이름의 글자 입력
key-sw-erase = 한 글자 삭제
key-sw-next = 다음 위원회
key-sw-prev = 이전 위원회
key-sw-go = 선택한 위원회의 대시보드 열기
key-sw-close = 전체 위원회 목록으로 돌아가기
msg-no-portfolio = 이 관리대장이 포함된 위원회 목록이 없습니다. config.toml의 [[portfolio]]에 담당 위원회를 지정한 후 followup --all을 실행하십시오
help-arg-all = 위원회 목록 열기: config.toml의 [[portfolio]]에 지정한 모든 위원회를 한 표로 표시합니다.
