# 대시보드 테마: 테마 이름, 테마를 바꾸는 키, --theme 옵션, 사용자 테마
# 파일. 경로, 줄, 키, 값은 자리표시자이므로 그대로 두십시오. --theme 뒤의
# dark, light, high-contrast, auto와 테마 파일의 키는 그대로 입력합니다.

theme-dark = 어두운 테마
theme-light = 밝은 테마
theme-high-contrast = 고대비 테마
msg-theme = 테마: { $theme } ({ $key }: 다음 테마)
msg-theme-keyless = 테마: { $theme }
msg-theme-no-color = 테마: { $theme } — NO_COLOR 환경 변수가 설정되어 있어 화면을 색 없이 표시합니다
key-theme = 테마 전환: 어두운 테마, 밝은 테마, 고대비 테마
help-arg-theme = 대시보드 테마: `dark`(어두운 테마), `light`(밝은 테마), `high-contrast`(고대비 테마) 또는 `auto`(터미널 배경색을 조회하여 선택). 기본값: 설정 파일의 `theme`, 없으면 `dark`.
help-value-theme = 테마
theme-file-unreadable = 테마 파일 { $path }: 읽을 수 없음: { $cause }
theme-file-syntax = 테마 파일 { $path }, { $line }번째 줄: TOML 형식이 올바르지 않습니다: { $detail }
theme-file-unknown-key = 테마 파일 { $path }, { $line }번째 줄: { $key }{ PARTICLE($key, "은") } 테마의 색 이름이 아닙니다. 사용할 수 있는 색 이름: { $keys } (표 밖에 쓰면 모든 테마에, [dark]·[light]·[high-contrast] 표 안에 쓰면 그 테마에만 적용)
theme-file-bad-colour = 테마 파일 { $path }, { $line }번째 줄: { $key } = { $value }: 색이 아닙니다. 값은 "#rrggbb", "red"·"light-blue" 같은 영문 색 이름 또는 "default"로 쓰십시오
theme-file-directory = 테마 파일 { $path }: 테마 파일이 아니라 디렉터리입니다
theme-file-not-regular = 테마 파일 { $path }: 일반 파일이 아니므로(파이프, 장치 또는 소켓) 거부했습니다
theme-file-too-large = 테마 파일 { $path }: 테마 파일로는 너무 큰 파일({ $kib }KiB 초과)이므로 거부했습니다
theme-file-not-text = 테마 파일 { $path }, { $line }번째 줄: UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장하십시오
theme-unknown = { $path }:{ $line }: theme = "{ $word }": 알 수 없는 테마입니다. dark, light, high-contrast, auto 중 하나로 쓰십시오
