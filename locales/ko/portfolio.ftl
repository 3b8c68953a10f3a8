## 담당 위원회 전체([[portfolio]], config.toml)
portfolio-err-entry = { $config }: [[portfolio]]의 { $index }번째 항목에는 `path`(관리대장 또는 ledger.json이 있는 저장소)와 `folder`(그러한 저장소들이 있는 폴더) 중 하나만 지정해야 합니다
portfolio-err-folder = { $path }: 이 [[portfolio]] 폴더를 읽을 수 없습니다: { $cause }
portfolio-err-same-name = 담당 위원회 중 두 곳의 이름이 모두 “{ $name }”입니다. 그중 한 곳의 [[portfolio]] 항목에 별도의 `name`을 지정하십시오({ $config })
portfolio-err-same-ledger = 담당 위원회 “{ $first }” 항목과 “{ $second }” 항목은 같은 관리대장({ $path })을 가리킵니다. [[portfolio]]에는 둘 중 하나만 남기십시오({ $config })
portfolio-err-empty = --all을 사용하려면 { $config }에 담당 위원회를 등록해야 합니다. 위원회마다 `folder = "…"`(저장소 폴더) 또는 `path = "…"`(관리대장 하나)를 지정한 [[portfolio]] 항목을 추가하십시오
portfolio-none-found = config.toml의 [[portfolio]] 폴더에 ledger.json이 있는 저장소가 없습니다
portfolio-all-with-ledger = --all은 담당 위원회 전체([[portfolio]], config.toml)를 읽습니다. --all과 관리대장 { $path } 중 하나를 빼십시오

## 명령의 --all
portfolio-col-committee = 위원회
portfolio-list-summary = 위원회 { $committees }곳의 과제 { $n }건, 기한 경과 { $overdue }건, { $days }일 내 기한 임박 { $soon }건
portfolio-check-failed = 위원회 { $n }곳 중 { $failed }곳의 관리대장이 검사를 통과하지 못했습니다
portfolio-sync-up-to-date = { $upstream } 기준 최신 상태입니다
portfolio-sync-synced = { $upstream } 브랜치와 동기화했습니다: { $incoming ->
        [0] 받은 변경 없음
       *[other] 상대국에서 바뀐 과제 { $incoming }건
    }, { $outgoing ->
        [0] 보낸 변경 없음
       *[other] 보낸 변경 기록 { $outgoing }건
    }
portfolio-sync-failed = 저장소 { $n }곳 중 { $failed }곳을 동기화하지 못했습니다
portfolio-export-ics-only = export --all은 캘린더 하나(--format ics)로만 내보냅니다. 엑셀 파일은 위원회별로 내보내십시오(-f 관리대장)
portfolio-written = { $said }(위원회 { $n }곳)
portfolio-html-committees = 위원회 { $n }곳
portfolio-html-contents = 목차
ics-portfolio-name = 위원회 { $n }곳의 과제

## 여러 위원회를 한 번에 알리는 메일
mail-all-subject = 위원회 { $committees }곳 과제 { $n }건 진행 상황 확인 요청
mail-all-intro = 안녕하십니까. 아래 { $committees ->
        [1] 위원회의
       *[other] 각 위원회의
    } 사무국입니다. { $today } 기준으로 담당하고 계신 다음 과제 { $n }건의 진행 상황을 확인하고자 연락드립니다.
mail-all-committee = ■ { $committee }(과제 { $n }건)
mail-all-closing = 감사합니다.
    위 위원회 사무국 드림

## 인수인계서(report --brief)
brief-document = 인수인계서
brief-title = 인수인계서: { $committee }
brief-prepared = { $date } 작성 · 이 위원회 업무를 맡는 후임 담당자용
brief-parties = 참여 기관: { $parties }
brief-open = 미완료 과제
brief-open-none = 미완료 과제가 없습니다.
brief-item-owners = 담당: { $owners }
brief-item-deadline = 기한: { $date }({ $relative }) · { $status }
brief-item-no-deadline = 기한 없음 · { $status }
brief-item-slips = 기한 변경 { $n }회: { $dates }
brief-item-note = 최근 메모({ $date }): { $text }
brief-awaiting = 상대 기관 확인 대기
brief-awaiting-none = 확인 대기 중인 종결이 없습니다.
brief-counterparts = 관계자 연락처
brief-counterparts-none = 명부에 등록된 사람이 없습니다. `followup person 이름 --email …`으로 추가하십시오.
brief-person-language = 언어: { $language }
brief-person-aliases = 다른 표기: { $aliases }
brief-reviews = 최근 점검
brief-reviews-none = 기록된 점검이 없습니다.
brief-review-attendees = 참석자: { $attendees }

## --all과 --brief 도움말
help-arg-check-all = 담당 위원회 전체([[portfolio]], config.toml)의 관리대장을 검사하여 위원회마다 결과를 한 줄로 보여 줍니다.
help-arg-list-all = 담당 위원회 전체([[portfolio]], config.toml)를 위원회 열이 맨 앞에 있는 표 하나로 보여 줍니다. 필터는 위원회마다 적용됩니다.
help-arg-report-all = 담당 위원회 전체([[portfolio]], config.toml)를 위원회별 절로 나누어 작성합니다(Markdown, 목차가 있는 HTML, CSV, JSON).
help-arg-export-all = 담당 위원회 전체([[portfolio]], config.toml)의 일정을 캘린더 하나로 내보냅니다. --format ics만 가능합니다.
help-arg-remind-all = 담당 위원회 전체([[portfolio]], config.toml)에 대해 사람마다 메일 한 통을 보내며, 과제는 위원회별로 묶습니다.
help-arg-sync-all = 담당 위원회 전체([[portfolio]], config.toml)의 저장소를 동기화하고 저장소마다 결과를 한 줄로 보여 줍니다. 한 곳이 실패해도 나머지는 계속 동기화합니다.
help-arg-report-brief = 회의록 대신 인수인계서를 작성합니다: 미완료 과제와 기한 변경 이력, 상대 기관 확인 대기 사항, 관계자 연락처, 최근 점검 3회.
brief-format = 인수인계서는 Markdown(기본값), HTML(--format html) 또는 JSON(--format json)으로 작성합니다
portfolio-read-failed = 위원회 { $n }곳 중 { $failed }곳의 관리대장을 읽을 수 없어 제외했습니다
portfolio-remind-not-sent = 아무것도 보내지 않았습니다. 위원회 { $n }곳 중 { $failed }곳의 관리대장을 읽을 수 없어, 지금 보내면 해당 위원회의 과제가 메일에서 빠집니다. 먼저 문제를 해결하거나(followup check --all) 위원회별로 보내십시오(-f 관리대장)
