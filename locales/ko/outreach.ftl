## 일정 피드 (일정 설명)
ics-owners = 담당: { $owners }
ics-status = 상태: { $status }
ics-slipped = 기한 변경 { $n }회{ $n ->
    [1] { $shift ->
        [later] (연기)
        [earlier] (앞당김)
       *[other] {""}
    }
   *[other] {""}
} (최초 합의 기한: { $first })
ics-last-note = 최근 메모 ({ $date }): { $text }

## 알림 메일
mail-subject = [{ $committee }] 과제 { $n }건 진행 상황 확인 요청
mail-greeting = { $addressee ->
    [person] { $name } 님께
   *[organisation] { $name } 담당자님께
}
mail-intro = 안녕하십니까. { $committee } 사무국입니다. { $today } 기준으로 담당하고 계신 다음 과제 { $n }건의 진행 상황을 확인하고자 연락드립니다.
mail-item = • [{ $id }] { $title } ({ $reason })
mail-reason-overdue = 기한 경과
mail-reason-blocked = 보류
mail-reason-due-soon = 기한 임박
mail-item-due = 상태: { $status } · 기한: { $date } ({ $relative })
mail-item-no-due = 상태: { $status } · 기한 없음
mail-item-slipped = 기한 변경 { $n }회{ $n ->
    [1] { $shift ->
        [later] (연기)
        [earlier] (앞당김)
       *[other] {""}
    }
   *[other] {""}
} (최초 합의 기한: { $first })
mail-item-note = 최근 메모 ({ $date }): { $text }
mail-ask = 각 과제의 현재 진행 상황과 변경된 기한, 애로 사항(있는 경우)을 이 메일로 회신해 주시기 바랍니다.
mail-closing = 감사합니다.
    { $committee } 사무국 드림

## 명부
out-person-added = 명부에 추가했습니다: { $name }
out-person-updated = 명부의 { $name } 정보를 수정했습니다
err-not-an-alias = { $name }의 별칭이 아닙니다: `{ $alias }`
err-person-name = 이름은 비어 있지 않은 한 줄이어야 하며 제어 문자를 포함할 수 없습니다
err-person-alias = 별칭은 비어 있지 않은 한 줄이어야 하며 제어 문자를 포함할 수 없습니다
err-person-email = 이메일 주소가 { $problem }
email-control = 줄바꿈이나 제어 문자를 포함합니다
email-space = 공백이나 보이지 않는 문자를 포함합니다
email-at = @를 정확히 하나 포함해야 합니다
email-forbidden = 주소에 쓸 수 없는 문자를 포함합니다
email-invalid = 올바른 주소가 아닙니다
err-person-language = 언어 `{ $language }`: en, es, ko 중 하나여야 합니다
err-person-shared = 이미 명부의 다른 사람을 가리키는 이름입니다: `{ $name }`

## followup remind
remind-nothing = 알림을 보낼 대상이 없습니다: 기한 경과, 기한 임박, 보류 과제가 없습니다
remind-no-address = { $name }: 이메일 주소 없음. `followup person "{ $name }" --email …` 명령으로 추가하십시오
remind-plan = { $name } <{ $email }> ({ $lang }), 과제 { $n }건: { $ids } — { $subject }
remind-written = { $path }: { $name } 앞 초안 (과제 { $n }건)
remind-sent = { $name } <{ $email }>에게 발송했습니다 (과제 { $n }건)
remind-failed = { $name } <{ $email }>에게 전달하지 못했습니다: { $error }
remind-summary = { $mode ->
        [written] 초안 작성 { $done }건
       *[sent] 발송 { $done }건
    }, 실패 { $failed }건, 주소 없음 { $missing }건
remind-err-no-from = 발신자가 없습니다: config.toml에 `from`을 설정하십시오 (예: from = "사무국 <secretariat@example.org>")
remind-err-bad-from = 설정: from = "{ $from }": "사무국 <secretariat@example.org>" 형식의 주소가 아닙니다
remind-err-no-smtp = --send를 쓰려면 config.toml에 `smtp`가 필요합니다 (예: smtp = "smtp://mail.example.org:587")
remind-err-tls = 설정: smtp_tls = "{ $value }": "starttls" 또는 "none"이어야 합니다
remind-err-no-password = smtp_user는 설정되었지만 비밀번호가 없습니다: $FOLLOWUP_SMTP_PASSWORD 또는 smtp_password_command를 설정하십시오
remind-err-password = smtp_password_command 실행에 실패했습니다: { $error }
remind-err-smtp = SMTP: { $error }
remind-err-dir = { $dir }: 초안을 쓸 수 없습니다: { $error }

## 알림 발송 실패 사유와 조치
send-unreachable = SMTP 서버에 연결할 수 없습니다 ({ $server }): config.toml의 `smtp` 설정에서 호스트와 포트를 확인하고, 서버가 실행 중인지 확인하십시오
send-timed-out = SMTP 서버가 제시간에 응답하지 않았습니다 ({ $server }): config.toml의 `smtp` 설정과 네트워크 연결을 확인한 뒤 다시 시도하십시오
send-tls = 보안 연결(TLS)을 맺지 못했습니다 ({ $server }): config.toml의 `smtp` 설정을 확인하십시오 (처음부터 TLS로 연결: smtps://, 포트 465 / STARTTLS: smtp://, 포트 587)
send-starttls-unsupported = SMTP 서버가 STARTTLS를 지원하지 않습니다 ({ $server }): 암호화 없는 로컬 릴레이라면 config.toml에 smtp_tls = "none"을 설정하십시오. 그렇지 않으면 서버 관리자에게 TLS 설정을 문의하십시오
send-auth-unavailable = SMTP 서버가 이 연결에서 인증 방식을 제공하지 않습니다 ({ $server }): 인증이 필요 없는 서버라면 config.toml에서 smtp_user를 삭제하고, 그렇지 않으면 TLS(smtps:// 또는 STARTTLS)를 사용하십시오
send-auth-refused = SMTP 서버가 인증을 거부했습니다 (응답 코드 { $code }): config.toml의 smtp_user와 비밀번호($FOLLOWUP_SMTP_PASSWORD 또는 smtp_password_command)를 확인하십시오
send-recipient-refused = 서버가 이 주소를 거부했습니다 (응답 코드 { $code }): 명부에서 주소를 확인하고 `followup person "{ $name }" --email …` 명령으로 수정하십시오
send-deferred = 서버가 메시지를 일시적으로 받지 않았습니다 (응답 코드 { $code }): 잠시 후 다시 시도하십시오
send-rejected = 서버가 메시지를 거부했습니다 (응답 코드 { $code }): 서버 응답을 확인하고, 필요하면 서버 관리자에게 문의하십시오
send-other = SMTP 서버와 통신하지 못했습니다 ({ $server }): config.toml의 `smtp` 설정을 확인한 뒤 다시 시도하십시오
send-server-said = { $said } (서버 응답: "{ $reply }")
send-detail = { $said } (상세: "{ $detail }")
