# followup: --help, 사용법 오류, 매뉴얼 페이지 (한국어). ID와 자리표시자는 en/, es/와 같아야 합니다.

## clap 자체의 말
help-usage = 사용법:
help-usage-options = [옵션]
help-heading-commands = 명령
help-heading-arguments = 인수
help-heading-options = 옵션
help-command-name = 명령
help-man-name = 이름
help-man-synopsis = 개요
help-man-description = 설명
help-man-extra = 참고
help-man-version = 버전
help-man-authors = 작성자

## 사용법 오류
help-error-invalid-value = `{ $arg }`에 쓸 수 없는 값: `{ $value }`
help-error-accepted = { $error } (쓸 수 있는 값: { $values })
help-error-value-required = `{ $arg }`에 값이 필요합니다
help-error-refused-value = `{ $arg }`: { $why }
help-error-unknown-argument = 알 수 없는 인수: `{ $arg }`
help-error-unknown-command = 없는 명령: `{ $name }`
help-error-missing = 빠진 인수: { $args }
help-error-missing-command = 명령이 필요합니다: { $commands }
help-error-conflict = 함께 쓸 수 없는 옵션: `{ $arg }`, { $others }
help-error-repeated = 한 번만 쓸 수 있는 옵션: `{ $arg }`
help-error-no-equals = `{ $arg }`의 값은 등호 뒤에 씁니다: `{ $arg }=…`
help-error-too-many-values = `{ $arg }`에 더 쓸 수 없는 값: `{ $value }`
help-error-number-of-values = `{ $arg }`에는 값이 { $expected }개 필요합니다 (입력: { $given }개)
help-error-utf8 = UTF-8 텍스트가 아닌 인수가 있습니다
help-error-other = 명령줄을 읽을 수 없습니다
help-error-did-you-mean = 다음을 입력하려고 하셨습니까? { $meant }
help-error-as-value = `{ $arg }` 자체를 값으로 넘기려면 다음과 같이 입력하십시오: `{ $how }`
help-error-no-dashes = `{ $name }`: 명령이므로 앞의 `--` 없이 입력하십시오
help-error-more = 자세한 내용은 `--help`를 붙여 실행하십시오.

## 명령
help-about = 양자 공동위원회의 합의 과제를 추적합니다.
help-after =
    관리대장 선택 순서: 경로(또는 --ledger), $FOLLOWUP_LEDGER, 현재 git 저장소 최상위의 ledger.json,
    config.toml의 `ledger`, 데이터 디렉터리의 ledger.json(없으면 예시로 생성).
    날짜 입력: YYYY-MM-DD, 2027. 3. 31., 2026년 12월 2일, 12월 2일, 오늘, 내일, 모레, 어제,
    요일(금요일 또는 금), 이번 주·다음 주 금요일, 3일 후, +2주, +3d, -1d, +2w, +1m, 영어 표현(`today`,
    `fri`). 연도 없이 쓴 날짜는 앞으로 다가올 그날입니다. 일과 월이 바뀔 수 있는 날짜는 받지 않습니다.
    $FOLLOWUP_TODAY=YYYY-MM-DD를 지정하면 오늘 날짜가 고정되어 같은 결과를 재현할 수 있습니다.
    $FOLLOWUP_NOW=2026-12-03T09:05:00+09:00(RFC 3339 형식)을 지정하면 날짜와 시각이 모두 고정됩니다.
    언어: --lang, config.toml의 `language`, LC_ALL, LC_MESSAGES, LANG 순입니다.

    종료 코드: 0 성공, 1 잘못된 관리대장·사용법 오류·병합 충돌, 2 입출력 또는 잠금 실패,
    SIGHUP 또는 SIGTERM으로 중단된 대시보드: 129 또는 143.
help-arg-path = 대시보드에서 열 관리대장 파일.
help-arg-ledger = 모든 명령에 쓸 관리대장 파일.
help-arg-lang = 사용할 언어: en, es, ko (기본값: 설정 파일의 `language`, 없으면 시스템 로캘).
help-arg-original = 위원회가 작성한 텍스트를 번역문 대신 원문 그대로 표시합니다.
help-arg-party = 사용자가 대표하는 참여 기관입니다. 명령 앞에 적습니다 (기본값: 설정의 `party`). 변경 사항과 종결에 함께 기록됩니다.
help-init = 새 관리대장 파일을 만듭니다 (기본값: git 저장소 최상위, 없으면 현재 위치의 ledger.json).
help-init-after =
    경로가 없으면 현재 git 작업 트리 최상위에, 없으면 현재 디렉터리에 ledger.json을 만듭니다.
    기존 파일은 절대 덮어쓰지 않습니다.
    --party는 위원회 참여 기관을 지정하며, 참여 기관마다 순서대로 반복합니다.
help-check = 관리대장을 검사하고 내용을 요약합니다.
help-check-after =
    --strict를 주면 정리되지 않은 병합 충돌이 있거나 파일이 표준 형식이 아닐 때도
    실패합니다(종료 코드 1). git의 pre-commit 훅에서 사용하십시오.
help-fmt = 관리대장을 표준 형식으로 다시 씁니다.
help-list = 과제를 표로 나열합니다.
help-show = 과제 하나를 자세히 보여 줍니다.
help-add = 과제를 추가합니다.
help-add-after =
    --id가 없으면 회의의 ID 체계에서 다음 빈 번호(JC3-05)를, --meeting도 없으면 회의와 무관한
    과제의 체계 A-01, A-02, …에서 다음 번호를 씁니다.
    --opened의 기본값은 회의 날짜이며, 회의가 없으면 오늘입니다.
help-set = 항목 변경: 항목=값, 담당과 태그는 항목+=값, 항목-=값도 가능합니다.
help-set-after =
    항목: title, status, workstream, owners, due, meeting, opened, tags (한국어 이름도 가능: 과제명,
    상태, 분야, 담당, 기한, 회의…).
    상태는 한국어 또는 파일의 값으로 씁니다(보류 또는 blocked).
    목록은 쉼표로 구분하며, 빈 값은 항목을 지웁니다.
    `due`를 옮기면 이전 기한은 due_history에 남습니다.
help-meeting = 회의를 추가하거나 수정합니다 (과제는 합의된 회의를 가리킵니다).
help-resolve = 한쪽을 택하여 병합 충돌을 정리합니다: 과제의 충돌은 `ID 경로 ours|theirs`(`followup show ID` 참조), 관리대장 자체의 충돌은 `--top 경로 ours|theirs`.
help-resolve-after =
    경로는 충돌 위치로, `followup show ID`가 보여 주는 대로 씁니다(관리대장 자체의 충돌은
    병합이 알려 준 대로):
      status, due, owners          과제의 항목
      x_ext.a                      항목 안의 키. 문자, 숫자, _, - 이외의 문자가 있는 키는
                                   따옴표로 묶습니다: x_ext["a.b"]
      meetings[id=JC3].place       ID로 고른 목록 요소(--top과 함께)
      reviews[0]                   위치로 고른 목록 요소(--top과 함께)
      `(item)`                     과제 자체: 한쪽은 삭제하고 다른 쪽은 수정한 경우
    ours는 이 복제본의 값(파일에 이미 있음)을, theirs는 상대국 쪽 값을 택합니다.
    예:
      followup resolve JC2-09 status theirs
      followup resolve JC2-09 'x_ext["a.b"]' ours
      followup resolve --top committee.name theirs
help-note = 과제에 메모를 추가합니다.
help-committee = 위원회 이름, 참여 기관, 사용 언어를 설정합니다.
help-committee-after =
    --name은 이름을 설정합니다. --party를 반복하면 참여 기관 목록을 주어진 순서대로 바꿉니다
    (하나를 추가하려면 전부 다시 지정하십시오). --languages는 사용 언어를 설정하며 원문 언어를
    맨 앞에 둡니다(es,ko,en). --party-zone, --party-language, --party-country를 쓰면 --party
    하나로 정보를 설정할 참여 기관을 지정합니다(새 기관이면 맨 뒤에 추가합니다):
      followup committee --party "SMBA (Korea)" --party-zone Asia/Seoul --party-language ko
    다른 것은 바뀌지 않습니다.
help-translate = 과제명, 메모, 회의 명칭과 장소, 분야 이름, 위원회 이름의 번역을 기록합니다.
help-translate-after =
    번역은 원문 옆에 작성자, 날짜, 원문의 지문(해시)과 함께 저장됩니다. 원문이 바뀌면 그 번역은
    번역 갱신 필요 상태가 되며, 다시 번역할 때까지 번역 대신 원문에 표시를 붙여 보여 줍니다.
    followup이 직접 번역하는 일은 없습니다.
    --into는 번역 언어를 지정합니다(--lang은 followup의 표시 언어). 위원회의 사용 언어
    (`followup committee --languages`) 중 하나여야 합니다.
    --note 번호는 `followup show ID`에서 그 번호로 표시되는 메모입니다(가장 오래된 메모가 1번).
    내용을 비우거나 --remove를 지정하면 번역을 삭제합니다. --written-in 언어는 원문이 위원회의
    첫 번째 언어가 아닐 때 원문 언어를 기록합니다.
    남은 번역 대상은 `followup list --untranslated 언어`로 확인합니다.
    예:
      followup translate JC2-01 --into ko "INADEM에 SMBA 연락관 18개월 파견"
      followup translate JC2-01 --note 2 --into es "Relanzado en la sesión de 2026"
      followup translate --meeting JC2 --place --into es Seúl
      followup translate --workstream "SMBA liaison" --into ko "SMBA 연락관"
      followup translate JC2-09 --written-in ko
help-report = 기간의 회의록 또는 안건: Markdown, HTML, CSV, JSON.
help-export = 관리대장을 엑셀 파일, CSV 파일 또는 캘린더 피드(ics)로 내보냅니다.
help-import = 내보낸 엑셀 파일을 다시 병합하거나 기존 조치 목록을 가져옵니다 (.xlsx, .xls, .ods, .csv).
help-person = 명부에 사람을 추가하거나 수정합니다: 이메일, 언어, 별칭.
help-remind = 기한 경과·기한 임박·보류 과제의 담당자에게 각자의 언어로 이메일을 보냅니다.
help-diff = git에 저장된 판 사이에 관리대장에서 바뀐 내용을 과제별로 보여 줍니다.
help-diff-after =
    REV가 없으면 git에 마지막으로 저장된 판과 작업 파일을 비교합니다.
    REV가 있으면 그 판과 작업 파일을, REV REV2가 있으면 두 판을 비교합니다.
help-textconv = 관리대장을 과제당 한 줄로 출력합니다 (읽기 쉬운 비교를 위한 git의 textconv).
help-merge = git 병합 드라이버: THEIRS를 OURS에 과제와 항목 단위로 병합합니다 (충돌 시 종료 코드 1).
help-git-setup = 관리대장의 git 저장소에 병합 드라이버와 textconv를 등록합니다.
help-recover = 닫힌 대시보드가 보존한 저장하지 않은 변경을 병합한 뒤 지웁니다 (충돌 시 종료 코드 1).
help-sync = 관리대장의 변경을 git에 저장하고, 상대국의 변경과 병합한 뒤 보냅니다.
help-sync-after =
    git 원격 저장소를 통해 상대국과 관리대장을 한 번에 주고받습니다:
      1. 관리대장의 동기화 전 변경을 git에 저장(커밋)합니다(관리대장과, `followup git-setup`이
         방금 줄을 추가한 경우의 .gitattributes만. 스테이징된 다른 파일은 그대로 둡니다).
         메시지는 변경 내용(`JC2-03 done; JC2-01 note; JC3-05 added`)으로 만들고 작성자는 git
         사용자 정보(`git config user.name`/`user.email`)를 씁니다. followup은 작성자를 지어내지
         않습니다.
      2. 브랜치의 추적 원격 브랜치(없으면 origin/BRANCH)를 가져와 followup 병합 드라이버로 과제와
         항목 단위로 병합합니다. `followup git-setup`을 실행한 적 없는 복제본에서도 마찬가지입니다.
      3. 보냅니다(강제로 덮어쓰지 않으며, 그사이 누가 보냈으면 최대 3번까지 다시 가져와
         병합합니다). 들어온 것과 나간 것을 과제별로 보여 줍니다.
    양쪽에서 한 항목을 다르게 바꾸었으면 보내기 전에 동기화를 멈춥니다. 충돌을 알려 주며 관리대장은
    계속 열립니다. 각각 `followup resolve ID 항목 ours|theirs`로 정리한 뒤 `followup sync`를
    다시 실행하면 병합을 마치고 보냅니다.
    --repair는 git이 텍스트로 병합한 경우(관리대장에 <<<<<<< 표시) git 색인 단계에서 병합을 다시
    하며, 이어서 `followup sync`가 마무리합니다.
    인증은 git의 것(자격 증명 도우미, ssh 에이전트)을 쓰며, 동기화 중 git은 입력을 요구하지
    않습니다. 사용자의 git 훅은 다른 git 작업 때와 같이 실행됩니다.

    종료 코드: 0 동기화 완료, 1 정리할 충돌(또는 사용자 정보·원격 저장소 없음 같은 설정 문제),
    2 원격 저장소 연결 불가 또는 거부(이 복제본의 변경은 보존되며 다음 동기화 때 보내집니다).
help-completions = 셸 자동 완성 스크립트를 출력합니다 (bash, elvish, fish, powershell, zsh).
help-man = 매뉴얼 페이지(roff)를 출력합니다.
help-help = 이 도움말 또는 명령의 도움말을 출력합니다.

## 인수 (최상위 인수, 이어서 명령별 인수를 `--help`의 순서로)
help-arg-help = 도움말을 출력합니다.
help-arg-version = 버전을 출력합니다.
help-arg-help-command = 도움말을 볼 명령.
help-arg-init-path = 만들 위치 (기본값: 현재 git 저장소 최상위의 ledger.json, 저장소 밖이면 현재 디렉터리).
help-arg-init-sample = 한-멕시코 중소기업 공동위원회 예시 관리대장으로 채웁니다.
help-arg-init-committee = 위원회 이름.
help-arg-init-party = 위원회 참여 기관 (순서대로 반복 가능).
help-arg-check-path = 검사할 관리대장 (기본값: `followup --help`에서 설명하는 순서로 찾은 것).
help-arg-check-strict = 정리되지 않은 병합 충돌이 있거나 파일이 표준 형식이 아니면 종료 코드 1.
help-arg-fmt-path = 다시 쓸 관리대장 (기본값: `followup --help`에서 설명하는 순서로 찾은 것).
help-arg-fmt-check = 표준 형식인지 알리기만 합니다 (아니면 종료 코드 1).
help-arg-list-status = 이 상태의 과제만 (반복 가능, 한국어 또는 파일의 값).
help-arg-list-owner = 이 이름의 담당이 있는 과제만 (이름 일부나 초성으로도 찾음, 대소문자·악센트 무시).
help-arg-list-workstream = 이 분야의 과제만 (분야명 일부로도 찾음, 대소문자·악센트 무시).
help-arg-list-overdue = 기한 경과 과제만.
help-arg-list-due-within = 이 기간 안에 기한이 돌아오는 미완료 과제만 (예: 7일, 2주, 7d, 2w).
help-arg-list-sort = 정렬 기준: 열 (due, status, id, updated, workstream 또는 한국어 열 이름, 기본값: 기한).
help-arg-list-json = 표 대신 JSON을 출력합니다: 관리대장에 저장된 그대로의 과제(원문과 번역, 표시 언어로 바꾸지 않음).
help-arg-list-wide = 터미널 너비와 관계없이 모든 열을 잘리지 않게 출력합니다.
help-arg-list-untranslated = 과제 대신, 이 언어로 아직 번역되지 않았거나 원문이 바뀌기 전에 번역된 과제의 텍스트(과제명, 메모)를 원문과 함께 한 줄에 하나씩 출력합니다.
help-arg-show-id = 과제 ID (JC2-09).
help-arg-show-json = JSON을 출력합니다: 관리대장에 저장된 그대로의 과제(원문과 번역, 표시 언어로 바꾸지 않음).
help-arg-add-title = 과제명: 합의한 내용.
help-arg-add-id = ID (기본값: 회의의 ID 체계에서 다음 빈 번호, 회의가 없으면 A-01, A-02, …).
help-arg-add-owner = 담당 (반복 가능).
help-arg-add-due = 기한.
help-arg-add-workstream = 분야.
help-arg-add-meeting = 합의한 회의.
help-arg-add-opened = 합의일 (기본값: 회의 날짜, 회의가 없으면 오늘).
help-arg-add-status = 상태, 한국어 또는 파일의 값 (기본값: 미착수).
help-arg-add-tag = 태그 (반복 가능).
help-arg-set-id = 과제 ID (JC2-09).
help-arg-set-changes = 변경: 항목=값, 담당과 태그는 항목+=값, 항목-=값도 가능.
help-arg-meeting-id = 회의 ID (예: JC3).
help-arg-meeting-date = 개최일.
help-arg-meeting-title = 회의 명칭.
help-arg-meeting-place = 개최 장소.
help-arg-meeting-time = 시작 시각, HH:MM (비우면 시각 없음: 종일 회의).
help-arg-meeting-zone = --time의 시간대 (IANA 이름, 기본값: 위원회의 기준 시간대).
help-arg-resolve-top = 관리대장 자체의 충돌(위원회, 회의, 점검 등 최상위 항목)을 정리합니다: `ID` 없이 `경로`와 `쪽`을 지정합니다.
help-arg-resolve-args = `ID 경로 쪽`, 또는 --top과 함께 `경로 쪽`. `쪽`은 `ours`(이 복제본의 값) 또는 `theirs`(상대국 쪽 값).
help-arg-note-id = 과제 ID (JC2-09).
help-arg-note-text = 메모 내용.
help-arg-note-author = 작성자 (기본값: 설정의 `author`, 없으면 `party`, 그다음 $USER, 모두 없으면 사무국).
help-arg-committee-name = 위원회 이름.
help-arg-committee-party = 참여 기관 (순서대로 반복 가능): 주어진 참여 기관으로 목록을 바꿉니다.
help-arg-committee-languages = 사용 언어 (쉼표로 구분, 원문 언어를 맨 앞에: es,ko,en).
help-arg-committee-zone = 기한의 기준 시간대 (IANA 이름: `America/Mexico_City`). 기본값: 첫 번째 참여 기관의 시간대.
help-arg-committee-closure = 과제 종결에 필요한 합의: `either` (한 기관 단독) 또는 `both` (상대 기관이 종결 확인).
help-arg-committee-party-zone = --party를 하나만 지정할 때: 그 참여 기관의 시간대 (IANA 이름: Asia/Seoul). 새 기관이면 추가합니다.
help-arg-committee-party-language = --party를 하나만 지정할 때: 그 참여 기관의 사용 언어 (en, es, ko).
help-arg-committee-party-country = --party를 하나만 지정할 때: 그 참여 기관의 국가 (비우면 삭제).
help-arg-translate-id = 과제 ID (JC2-09). --meeting, --workstream, --committee와 함께 쓸 때는 생략합니다.
help-arg-translate-text = 번역문 (비우면 번역을 삭제합니다).
help-arg-translate-into = 번역 언어: en, es, ko 중 위원회의 사용 언어.
help-arg-translate-note = 과제명 대신 `followup show`에서 이 번호로 표시되는 메모 (가장 오래된 메모가 1번).
help-arg-translate-meeting = 명칭을 번역할 회의의 ID (JC2). --place와 함께 쓰면 장소를 번역합니다.
help-arg-translate-place = 회의 명칭 대신 장소.
help-arg-translate-workstream = 과제에 적힌 분야 이름.
help-arg-translate-committee = 위원회 이름.
help-arg-translate-remove = --into 언어의 번역을 삭제합니다.
help-arg-translate-written-in = 번역 대신 원문 언어를 기록합니다.
help-arg-translate-author = 번역자 (기본값: 설정의 `author`, 없으면 `party`, 그다음 $USER, 모두 없으면 사무국).
help-arg-report-since = 기간의 시작: 날짜(2026-11-16, 1주 전, -1w, …) 또는 `last-review`(기본값: 오늘 이전의 마지막 점검).
help-arg-report-format = markdown(기본값) 또는 html: --lang 언어의 회의록, csv: 파일의 값 위에 번역된 머리글, json: 번역하지 않음.
help-arg-report-format-markdown = Markdown 회의록
help-arg-report-format-csv = 과제당 한 행, 머리글은 사용자의 언어
help-arg-report-format-json = 기간의 데이터, 번역하지 않음
help-arg-report-format-html = 단독 HTML 파일 (CSS와 SVG 도표 포함, 인쇄 가능)
help-arg-report-bilingual = 2개 언어 회의록(html 또는 markdown): 두 언어를 과제별로 나란히 표시하고 모든 표제를 두 언어로 표기(예: es,ko).
help-arg-diff-rev = 비교할 판 (기본값: git에 마지막으로 저장된 판).
help-arg-diff-rev2 = 두 번째 판: 작업 파일 대신 두 판을 비교합니다.
help-arg-textconv-file = git이 넘겨주는 관리대장 파일.
help-arg-merge-base = 공통 조상의 판 (git의 %O).
help-arg-merge-ours = 이 복제본의 판, 결과를 쓰는 곳 (git의 %A).
help-arg-merge-theirs = 상대국 쪽 판 (git의 %B).
help-arg-merge-path = 저장소 안의 관리대장 경로 (메시지용).
help-arg-recover-yes = 묻지 않고 병합합니다 (이 옵션이 없고 물어볼 터미널도 없으면 바뀔 내용만 보여 줍니다).
help-arg-sync-repair = git이 텍스트로 병합한 결과(관리대장의 충돌 표시)를 과제와 항목 단위로 다시 병합하고 스테이징합니다. git이 병합 중이면 git 색인 단계에서, 아니면 관리대장을 손상시킨 병합 커밋(호스팅 서비스의 웹 화면에서 한 병합 등)의 부모 커밋에서 다시 병합합니다.
help-arg-completions-shell = 셸: bash, elvish, fish, powershell, zsh.
help-arg-man-dir = followup.1을 출력하는 대신 이 디렉터리에 followup.1과 명령별 페이지(followup-init.1, …)를 씁니다.
help-arg-export-format = xlsx(엑셀 파일), csv 또는 ics(미완료 과제 기한의 캘린더 피드).
help-arg-export-format-xlsx = 엑셀 파일
help-arg-export-format-csv = CSV 파일
help-arg-export-format-ics = 미완료 과제 기한의 iCalendar 피드
help-arg-export-output = 쓸 파일 (기본값 및 `-`: 표준 출력).
help-arg-export-owner = 이 담당의 과제만 (ics, 명부의 이름 또는 별칭).
help-arg-export-translate = 번역용 엑셀 파일(xlsx): 이 언어로 번역할 텍스트(미번역 또는 번역 갱신 필요)마다 한 행씩, 원문과 기존 번역을 함께 씁니다.
help-arg-import-file = followup이 내보낸 엑셀 파일 또는 기존 조치 목록 (.xlsx, .xls, .ods, .csv).
help-arg-import-dry-run = 바뀔 내용만 보여 주고 아무것도 쓰지 않습니다.
help-arg-import-skip-bad = 읽을 수 없는 셀이 있는 행은 빼고 가져옵니다 (빠진 행은 알려 줍니다).
help-arg-import-map = 이 머리글(또는 C 같은 열 문자)의 열을 다음 항목으로 읽습니다: id, title, workstream, owners, status, due, meeting, tags, notes, opened.
help-arg-import-author = 파일에 담긴 메모와 번역의 작성자(기본값: 설정된 작성자).
help-arg-person-name = 사람의 이름 또는 별칭.
help-arg-person-email = 이메일 주소 (빈 값이면 지움).
help-arg-person-language = 알림 메일의 언어: en, es, ko (빈 값이면 지움).
help-arg-person-alias = 과제의 담당란에 쓰이는 다른 이름 (반복 가능).
help-arg-person-remove-alias = 별칭 삭제 (반복 가능).
help-arg-remind-owner = 이 담당만 (명부의 이름 또는 별칭, 또는 담당 이름의 일부).
help-arg-remind-out = 이 디렉터리에 사람마다 .eml 초안을 하나씩 씁니다 (Outlook, Thunderbird에서 열림).
help-arg-remind-send = 설정의 SMTP 서버(`smtp`, `from`)로 보냅니다.
help-arg-remind-dry-run = 누가 무엇을 받을지 보여 주기만 하고 쓰거나 보내지 않습니다.

## 명령줄 메시지
cli-sync-outside-clone = `followup sync`는 상대국과 함께 쓰는 git 저장소의 복제본에 있는 관리대장을 주고받는데, 현재 위치({ $dir })는 복제본 안이 아닙니다. `git clone URL`로 복제한 뒤 복제본 안에서 `followup sync`를 실행하십시오(또는 -f 경로로 그 관리대장을 지정하십시오)
cli-sync-not-in-clone = `followup sync`는 상대국과 함께 쓰는 git 저장소의 복제본에 있는 관리대장으로 동작합니다. `git clone URL`로 복제한 뒤 복제본 안에서 `followup sync`를 실행하십시오
cli-bad-since = --since: { $error } (또는 `last-review`)
git-not-at-revision = git의 `{ $rev }` 판에 `{ $rel }` 파일이 없습니다. 그런 판이 없거나 그때는 관리대장이 아직 없었습니다 (`git log --oneline -- { $rel }`로 관리대장이 있는 판을 볼 수 있습니다)

## 인수 자리 표시(`<경로>`)
help-value-path = 경로
help-value-lang = 언어
help-value-langs = 언어,언어
help-value-language = 언어
help-value-owner = 담당
help-value-file = 파일
help-value-title = 과제명
help-value-name = 이름
help-value-format = 형식
help-value-workstream = 분야
help-value-text = 내용
help-value-status = 상태
help-value-party = 참여기관
help-value-zone = 시간대
help-value-rule = 규칙
help-value-field-value = 항목=값
help-value-column-field = 열=항목
help-value-dir = 디렉터리
help-value-args = 인수
help-value-tag = 태그
help-value-span = 기간
help-value-since = 시작일
help-value-place = 장소
help-value-output = 출력
help-value-order = 정렬
help-value-opened = 합의일
help-value-meeting = 회의
help-value-email = 이메일
help-value-due = 기한
help-value-date = 날짜
help-value-committee = 위원회
help-value-author = 작성자
help-value-rev = 판
help-value-rev2 = 판2
help-value-languages = 언어목록
help-value-n = 번호

## 양측이 합의하는 종결 (confirm, reopen).
help-confirm = 상대 기관이 종결한 과제를 사용자가 대표하는 참여 기관 명의로 종결 확인합니다 (위원회가 양측의 합의를 요구하는 경우).
help-arg-confirm-id = 상대 기관이 완료 또는 취소한 과제의 ID (JC2-03).
help-reopen = 완료 또는 취소된 과제를 다시 열고, 그 이유를 메모로 남깁니다.
help-arg-reopen-id = 과제 ID (JC2-03).
help-arg-reopen-note = 다시 여는 이유: 과제에 메모로 추가됩니다.
help-value-note = 메모
help-value-time = 시각
help-value-country = 국가
