# followup: 관리대장 파일, 규칙, 날짜, 경로, 동기화, 복구 오류 (한국어).
# 파일 이름, 줄, 열, JSON 경로, ID, 값은 자리표시자입니다. 그대로 두십시오.

## 관리대장 파일 읽기와 쓰기
le-io = { $path }: { $what }: { $cause }
le-is-directory = { $path }: 관리대장 파일이 아니라 디렉터리입니다
le-symlink = { $path }: 심볼릭 링크이므로 거부했습니다 (따라가지 않았으며 아무것도 쓰지 않았습니다)
le-not-regular = { $path }: 일반 파일이 아니므로 거부했습니다
le-too-large = { $path }: { $limit }바이트보다 커서 거부했습니다
le-outside-repository = { $path }: 저장소 { $root } 밖({ $target })을 가리키므로 거부했습니다. 의도한 것이라면 --ledger로 지정하십시오
le-locked = { $path }: 다른 작업이 잠그고 있습니다 ({ $holder }). 작업이 끝난 뒤 다시 시도하십시오
le-changed-on-disk = { $path }: 불러온 뒤 디스크에서 변경되었습니다 (다른 프로그램 또는 `git pull`). 덮어쓰지 않았습니다
le-read-only = { $path }: 읽기 전용 파일입니다. 아무것도 쓰지 않았습니다
le-conflict-markers = { $path }:{ $line }: git 충돌 표시(<<<<<<<)가 있습니다. 관리대장이 followup 병합 드라이버 없이 텍스트로 병합되었습니다. `followup sync --repair`를 실행하여 과제와 항목 단위로 다시 병합하십시오
le-exists = { $path }: 이미 있습니다. 아무것도 쓰지 않았습니다
io-read = 읽을 수 없음
io-write = 쓸 수 없음
io-create-dir = 디렉터리를 만들 수 없음
io-lock = 잠글 수 없음
io-open-lock = 잠금 파일을 열 수 없음
io-remove-stale-lock = 남은 잠금 파일을 지울 수 없음
io-write-lock = 잠금 파일을 쓸 수 없음
io-open = 열 수 없음
io-create = 만들 수 없음
io-create-lock = 잠금 파일을 만들 수 없음
io-not-found = 파일 없음
io-permission-denied = 권한 없음

## 올바른 관리대장이 아닌 이유
pe-bom = 파일이 바이트 순서 표시(BOM)로 시작합니다. BOM 없는 UTF-8로 저장하십시오
pe-not-utf8 = 파일이 올바른 UTF-8이 아닙니다
pe-json = 잘못된 JSON: { $detail }
pe-place-item = { $path } (과제 { $id })

## 관리대장 규칙
rule-bad-id = ID가 { $problem }
rule-bad-meeting-id = 회의 ID가 { $problem }
rule-bad-party = 참여 기관 이름이 { $problem }
rule-duplicate-id = 중복된 ID `{ $id }`
rule-duplicate-meeting-id = 중복된 회의 ID `{ $id }`
rule-empty-title = 과제명이 비어 있습니다
rule-empty-translation = 번역문이 비어 있습니다 (번역을 삭제하거나 번역문을 입력하십시오)
rule-unknown-meeting = 회의 `{ $id }`{ PARTICLE($id, "이") } `meetings`에 없습니다
rule-empty-owner = 비어 있는 담당이 있습니다
rule-empty-tag = 비어 있는 태그가 있습니다
rule-date-out-of-range = 날짜 `{ $date }`{ PARTICLE($date, "이") } 범위를 벗어났습니다 (날짜 범위: { $min } ~ { $max })
idp-empty = 비어 있습니다
idp-line-break = 여러 줄입니다
idp-control = 제어 문자를 포함합니다
idp-bidi = 양방향 텍스트 제어 문자를 포함합니다
idp-padded = 공백으로 시작하거나 끝납니다

## 날짜
date-shape = 잘못된 날짜 `{ $input }` (YYYY-MM-DD 형식이어야 합니다)
date-impossible = 있을 수 없는 날짜 `{ $input }` (달력에 없는 날입니다)
date-out-of-range = 날짜 `{ $input }`{ PARTICLE($input, "이") } 범위를 벗어났습니다 (날짜 범위: { $min } ~ { $max })
date-unrecognised = 잘못된 날짜 `{ $input }` (YYYY-MM-DD, 2026. 12. 2., 12월 2일, 오늘, 내일, 모레, 금요일, 다음 주 금요일, 3일 후 또는 +2주 형식으로 입력하십시오)
date-day-first = 잘못된 날짜 `{ $input }`: 스페인어에서는 날짜를 일/월/연도 순으로 씁니다(DD/MM/YYYY, 예: 31/12/2026)
date-ambiguous = 모호한 날짜 `{ $input }` (일과 월이 바뀔 수 있습니다): YYYY-MM-DD를 사용하십시오
# The weekday named in date-wrong-weekday.
date-weekday-mon = 월요일
date-weekday-tue = 화요일
date-weekday-wed = 수요일
date-weekday-thu = 목요일
date-weekday-fri = 금요일
date-weekday-sat = 토요일
date-weekday-sun = 일요일
date-wrong-weekday = 날짜와 요일이 맞지 않음 `{ $input }`: { $date }{ PARTICLE($date, "은") } { $written }{ PARTICLE($written, "이") } 아니라 { $actual }입니다
date-span = 잘못된 기간 `{ $input }` (예: 7일, 2주, 7d 또는 2w)

## 항목 경로 (followup resolve)
path-error = { $column }번째 글자에 다음이 와야 합니다: { $expected }
path-key = 키(문자, 숫자, `_`, `-`) 또는 `[`
path-step = `.` 또는 `[`
path-bracket = `[` 뒤의 숫자, 따옴표로 묶은 키 또는 `id=`
path-id = `id=` 뒤의 ID 또는 따옴표로 묶은 ID
path-quote = 닫는 `"`
path-close = `]`
path-index = 처리할 수 있는 크기의 번호

## followup sync
sync-kept = ; 이 복제본의 변경 기록 { $n }건은 보존되며 다음 `followup sync` 때 상대국에 보냅니다
sync-detached = 브랜치에 있지 않습니다 (분리된 HEAD). 동기화할 브랜치를 체크아웃하십시오
sync-rebasing = 리베이스가 진행 중입니다. git으로 마치거나(`git rebase --continue`, 관리대장에 충돌 표시가 있으면 먼저 `followup sync --repair`) `git rebase --abort`로 취소한 뒤 동기화하십시오
sync-no-identity = git에 사용자 정보가 없으며 followup은 작성자를 지어내지 않습니다. `git config user.name "INADEM, Mexico"`와 `git config user.email secretariat@example.org`로 설정하십시오 (모든 저장소에 적용하려면 --global 추가)
sync-no-remote = 브랜치 `{ $branch }`에 연결된 원격 브랜치(upstream)가 없고 저장소에 원격 `origin`도 없습니다. `git remote add origin URL`로 추가하십시오
sync-foreign-merge = { $rel }: git 속성이 `merge: { $value }`이므로 git이 followup 드라이버로 병합하지 않습니다. `followup git-setup`을 실행하거나 그 속성을 지운 뒤 동기화하십시오
sync-unreachable = 원격 `{ $remote }`에 연결할 수 없거나 접근이 거부되었습니다: { $detail }{ $kept }
sync-refused = 원격 `{ $remote }`에서 전송(push)을 거부했습니다: { $detail }{ $kept }
sync-kept-moving = 전송(push)을 { $attempts }번 시도하는 동안 원격 `{ $remote }`의 상태가 매번 다시 바뀌었습니다 (마지막: { $detail }){ $kept }
sync-conflicts = 충돌 { $n }건 ({ $list }). 아무것도 보내지 않았습니다. 각각 `followup resolve ID 항목 ours|theirs`(또는 대시보드에서 M)로 정리한 뒤 `followup sync`를 다시 실행하십시오
sync-other-conflicts = 다른 파일에 git 충돌이 있습니다: { $list }. git으로 해결하고(각각 `git add`) `followup sync`를 다시 실행하십시오
sync-driver-failed = { $rel }: 병합 드라이버가 병합하지 못해 병합을 되돌렸습니다: { $detail }
sync-nothing-to-repair = { $rel }: git이 병합 중이 아니므로(색인 단계 없음) 복구할 것이 없습니다. 충돌 표시가 git에 저장되었다면 그 이전 판의 관리대장을 가져오십시오 (`git checkout COMMIT -- { $rel }`)
sync-program-not-utf8 = git merge: { $program }: 프로그램 경로가 UTF-8이 아닙니다
sync-temporary-attributes = git merge: 임시 속성 파일을 쓸 수 없습니다: { $cause }

## git과 관리대장 저장소
git-not-started = git { $args }: git을 실행할 수 없습니다: { $cause }
git-not-in-repository = { $path }: git 저장소 안에 있지 않습니다
git-outside-repository = { $path }: 저장소 { $root } 밖에 있습니다

## config.toml
cfg-cannot-read = { $path }: 읽을 수 없음: { $cause }
cfg-unknown-language = 설정: language = "{ $value }": 사용할 수 있는 언어는 en, es, ko입니다

## 저장하지 않은 변경의 복구
rec-cannot-read = { $path }: 읽을 수 없음: { $cause }
rec-not-kept = 관리대장 옆: { $beside }; 상태 디렉터리: { $state }
rec-no-state-dir = 없음

## 관리대장 파일을 읽지 못한 이유: JSON 문법 (줄과 열이 위치를 가리킵니다)
pe-json-eof = 잘못된 JSON: 값이 끝나기 전에 파일이 끝납니다 (파일이 잘렸거나 닫는 중괄호(`{ "}" }`)나 대괄호(`]`)가 없습니다)
pe-json-colon = 잘못된 JSON: 키 다음에 콜론(`:`)이 있어야 합니다
pe-json-comma-brace = 잘못된 JSON: 쉼표(`,`) 또는 닫는 중괄호(`{ "}" }`)가 있어야 합니다 (이 위치 앞에 쉼표가 빠진 것으로 보입니다)
pe-json-comma-bracket = 잘못된 JSON: 쉼표(`,`) 또는 닫는 대괄호(`]`)가 있어야 합니다 (이 위치 앞에 쉼표가 빠진 것으로 보입니다)
pe-json-value = 잘못된 JSON: 값이 있어야 합니다 (큰따옴표로 묶은 문자열, 숫자, true, false, null, 목록 또는 객체)
pe-json-trailing-comma = 잘못된 JSON: `{ "}" }` 또는 `]` 앞에 불필요한 쉼표가 있습니다 (삭제하십시오)
pe-json-key = 잘못된 JSON: 키는 큰따옴표로 묶은 문자열이어야 합니다
pe-json-control = 잘못된 JSON: 문자열 안에 제어 문자(탭, 줄바꿈)가 있습니다. 이스케이프(\t, \n)로 쓰십시오
pe-json-escape = 잘못된 JSON: 문자열 안의 `\` 다음 이스케이프가 올바르지 않습니다
pe-json-number = 잘못된 JSON: 올바르지 않은 숫자입니다
pe-json-trailing = 잘못된 JSON: 문서가 끝난 뒤에 다른 내용이 있습니다
pe-json-too-deep = 잘못된 JSON: 중첩이 너무 깊습니다

## 관리대장 파일을 읽지 못한 이유: 구조
sc-unknown-status = 알 수 없는 상태 `{ $value }`: 파일에는 open, in-progress, blocked, done, dropped만 쓸 수 있습니다 (명령에서는 { $labels }도 쓸 수 있습니다)
sc-duplicate-field = `{ $field }` 항목이 두 번 있습니다
sc-missing-field = `{ $field }` 항목이 없습니다
sc-unknown-language = 알 수 없는 언어 `{ $value }` (관리대장에는 언어를 en, es, ko로 적습니다)
sc-unsupported-format = 지원하지 않는 형식 `{ $format }` (이 버전은 `{ $supported }`{ PARTICLE($supported, "을") } 읽습니다)
sc-invalid-type = 값의 종류가 맞지 않습니다: { $found } (필요한 값: { $expected })
sc-other = 구조가 올바르지 않습니다: { $detail }
found-null = null
found-boolean = 논리값 { $value }
found-number = 숫자 { $value }
found-text = 문자열 { $value }
found-list = 목록
found-object = 객체
expected-text = 큰따옴표로 묶은 문자열
expected-date = YYYY-MM-DD 형식의 날짜
expected-list = 목록
expected-date-list = YYYY-MM-DD 날짜의 목록
expected-object = 객체

# 동기화 안전 (issue 18)
sync-timed-out = 원격 `{ $remote }`에서 { $seconds }초 안에 응답이 없어 git을 중지했습니다 (더 기다리려면 FOLLOWUP_NETWORK_TIMEOUT을 설정하십시오){ $kept }
sync-no-ledger-anywhere = { $rel }: 이 복제본에도 { $upstream }에도 아직 없습니다. `followup init`으로 만든 뒤 동기화하거나, 상대국이 관리대장을 보낸 뒤 다시 동기화하십시오
sync-ledger-not-regular = { $rel }: 저장소 안의 일반 파일이 아니므로(저장소 밖을 가리키는 심볼릭 링크이거나 파일이 아님) 거부했습니다. `git checkout HEAD~1 -- { $rel }` 명령으로 git에 저장된 이전 관리대장을 되살리거나 상대국에 문의하십시오
sync-remote-ledger-not-regular = { $rel }: 원격에 심볼릭 링크 등 일반 파일이 아닌 형태로 들어 있어 거부했으며, 아무것도 병합하지 않았습니다. 상대국에 관리대장 파일 자체를 git에 저장해 다시 보내 달라고 요청하십시오
git-timed-out = git { $args }: { $seconds }초가 지나도 끝나지 않아 중지했습니다

lock-holder-process = { $command } ({ $host }의 프로세스 { $pid })
lock-holder-unknown = 다른 프로그램
io-storage-full = 디스크 공간 부족
io-quota-exceeded = 디스크 할당량 초과
io-read-only-filesystem = 읽기 전용 디스크
io-file-too-large = 이 디스크에 쓰기에는 파일이 너무 큼
io-is-a-directory = 폴더임
io-not-a-directory = 경로의 일부가 폴더가 아님
io-directory-not-empty = 폴더가 비어 있지 않음
io-already-exists = 이미 있음
io-busy = 다른 프로그램이 사용 중
io-timed-out = 작업 시간 초과
io-invalid-data = 내용을 읽을 수 없음
io-interrupted = 작업이 중단됨
io-other = 시스템 오류 { $code }
merge-driver-refused = { $what }: 아무것도 병합하거나 기록하지 않았습니다. git은 { $name } 파일을 이 복제본 쪽 내용 그대로 충돌 상태로 둡니다
