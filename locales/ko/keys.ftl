## 사용자 지정 키: config.toml의 [keys]. 잘못된 설정은 대시보드를 시작할 때
## 거부합니다 (각 메시지는 "파일:줄: " 뒤에 붙음). $action과 $other는 [keys]의
## 동작 이름(move-down, status), $scope는 대시보드의 각 화면 이름.

keys-unknown-scope = [keys.{ $scope }]에 해당하는 대시보드 화면이 없습니다 (화면과 동작 목록은 README의 "Your own keys" 참조)
keys-unknown-action = "{ $action }" 동작은 대시보드에 없습니다 (동작 목록은 README의 "Your own keys" 참조)
keys-not-in-scope = "{ $action }" 동작은 { $scope } 화면에서 쓸 수 없습니다
keys-bad-key = "{ $key }" 값은 키로 인식할 수 없습니다. 키는 문자 하나, F1~F12, Enter, Esc, Tab, Up, Ctrl-x, Alt-x 등으로 쓰십시오
keys-taken = "{ $action }"에 지정한 { $key } 키는 { $scope } 화면에서 이미 "{ $other }"의 키입니다
keys-typed = "{ $action }"에 { $key } 키를 지정하면 { $scope } 화면에서 그 문자를 입력할 수 없습니다

## 명령 팔레트 (: 또는 Ctrl-p)

scope-palette = 명령 팔레트
key-palette = 명령 팔레트: 동작이나 과제를 이름으로 찾아 실행 또는 이동
key-palette-run = 선택한 동작 실행 또는 선택한 과제로 이동
key-palette-next = 다음 결과
key-palette-prev = 이전 결과
foot-run = 실행
foot-run-short = 실행
palette-title = 명령
palette-hint = 입력하여 동작 찾기 · #JC2-03 또는 과제명 일부로 과제 찾기
palette-nothing = 결과 없음

## 키를 안내하는 상태 표시줄 메시지는 사용자가 지정한 키($key)로 표시합니다.
## 사용자가 동작에 키를 지정하지 않은 경우에는 키 안내 없이 아래 메시지를
## 표시합니다.

msg-moved-hidden-keyless = { $what } — 필터로 숨겨짐
msg-review-not-recorded-keyless = 점검이 아직 기록되지 않았습니다. 회의가 끝나면 기록하십시오
msg-reading-originals-keyless = 관리대장 내용을 원문으로 표시합니다
msg-reading-translated-keyless = 번역이 있는 내용은 { $language }{ PARTICLE($language, "로") } 표시합니다

## [keys]의 추가 거부 메시지(각 메시지는 "파일:줄: " 뒤에 붙음). $code는
## 문자의 코드 포인트(U+200B), $key와 $sent는 키(Ctrl-i, Tab).

keys-invisible = { $code } 문자는 화면에 표시되지 않으므로 키로 지정할 수 없습니다
keys-sent-as = { $key } 키는 지정할 수 없습니다. 터미널이 { $sent } 키로 보냅니다
keys-too-many = "{ $action }"에 지정한 키가 너무 많습니다. 동작 하나에 키는 최대 { $max }개까지 지정할 수 있습니다
keys-no-way-out = "quit-anywhere" 동작에는 키를 지정해야 합니다. 대시보드의 어느 화면에서든 종료할 수 있는 키입니다
