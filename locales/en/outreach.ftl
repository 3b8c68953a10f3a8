## Calendar feed (descriptions of events)
ics-owners = Owners: { $owners }
ics-status = Status: { $status }
ics-slipped = Rescheduled { $n ->
    [one] once{ $shift ->
        [later] , postponed
        [earlier] , brought forward
       *[other] {""}
    }
   *[other] { $n } times
} (first deadline { $first })
ics-last-note = Last note ({ $date }): { $text }

## Reminder e-mails
mail-subject = { $committee }: update requested on { $n ->
    [one] one action item
   *[other] { $n } action items
}
# $addressee: person or organisation (Korean greets them differently; English does not).
mail-greeting = Dear { $addressee ->
    [person] { $name },
   *[organisation] { $name },
}
mail-intro = On behalf of the secretariat of the { $committee }, we would be grateful for an update on the following { $n ->
    [one] action item
   *[other] action items
} under your responsibility, as of { $today }:
mail-item = • [{ $id }] { $title } ({ $reason })
mail-reason-overdue = overdue
mail-reason-blocked = blocked
mail-reason-due-soon = due soon
mail-item-due = Status: { $status } · Deadline: { $date } ({ $relative })
mail-item-no-due = Status: { $status } · No deadline
mail-item-slipped = rescheduled { $n ->
    [one] once{ $shift ->
        [later] , postponed
        [earlier] , brought forward
       *[other] {""}
    }
   *[other] { $n } times
} (first deadline { $first })
mail-item-note = Last note ({ $date }): { $text }
mail-ask = We would appreciate it if you could reply to this message with the current status of { $n ->
    [one] this item
   *[other] these items
}, any new deadline, and anything that stands in the way.
mail-closing = Kind regards,
    The secretariat of the { $committee }

## The directory
out-person-added = { $name } added to the directory
out-person-updated = { $name } updated in the directory
err-not-an-alias = `{ $alias }` is not an alias of { $name }
err-person-name = the name must be one line, not empty, without control characters
err-person-alias = an alias must be one line, not empty, without control characters
err-person-email = the e-mail address { $problem }
email-control = contains a line break or a control character
email-space = contains a space or an invisible character
email-at = must contain exactly one @
email-forbidden = contains a character not allowed in an address
email-invalid = is not a valid address
err-person-language = language `{ $language }` is not one of en, es, ko
err-person-shared = `{ $name }` already names another person of the directory

## followup remind
remind-nothing = nobody to remind: no overdue, due-soon or blocked items
remind-no-address = { $name }: no address: add one with `followup person "{ $name }" --email …`
remind-plan = { $name } <{ $email }> ({ $lang }), { $n ->
    [one] 1 item
   *[other] { $n } items
}: { $ids } — { $subject }
remind-written = { $path }: draft for { $name } ({ $n ->
    [one] 1 item
   *[other] { $n } items
})
remind-sent = sent to { $name } <{ $email }> ({ $n ->
    [one] 1 item
   *[other] { $n } items
})
remind-failed = not delivered to { $name } <{ $email }>: { $error }
remind-summary = { $mode ->
        [written] { $done ->
            [one] 1 draft written
           *[other] { $done } drafts written
        }
       *[sent] { $done } sent
    }, { $failed } failed, { $missing } without an address
remind-err-no-from = the sender is missing: set `from` in config.toml, e.g. from = "Secretariat <secretariat@example.org>"
remind-err-bad-from = config: from = "{ $from }" is not a mailbox such as "Secretariat <secretariat@example.org>"
remind-err-no-smtp = --send needs `smtp` in config.toml, e.g. smtp = "smtp://mail.example.org:587"
remind-err-tls = config: smtp_tls = "{ $value }": expected "starttls" or "none"
remind-err-no-password = smtp_user is set but there is no password: set $FOLLOWUP_SMTP_PASSWORD or smtp_password_command
remind-err-password = smtp_password_command failed: { $error }
remind-err-smtp = SMTP: { $error }
remind-err-dir = { $dir }: cannot write drafts there: { $error }

## Why a reminder was not sent, and what to do
send-unreachable = the SMTP server { $server } cannot be reached: check the host and port of `smtp` in config.toml, and that the server is running
send-timed-out = the SMTP server { $server } did not answer in time: check `smtp` in config.toml and the network connection, then try again
send-tls = the secure connection (TLS) with { $server } failed: check `smtp` in config.toml (smtps:// for TLS from the start, port 465; smtp:// for STARTTLS, port 587)
send-starttls-unsupported = the SMTP server { $server } does not support STARTTLS: for a local relay without encryption, set smtp_tls = "none" in config.toml; otherwise ask its administrator for its TLS settings
send-auth-unavailable = the SMTP server { $server } offers no sign-in on this connection: if it needs none, remove smtp_user from config.toml; otherwise use TLS (smtps:// or STARTTLS)
send-auth-refused = the SMTP server refused the sign-in (reply { $code }): check smtp_user in config.toml and the password ($FOLLOWUP_SMTP_PASSWORD or smtp_password_command)
send-recipient-refused = the server refused this address (reply { $code }): check it in the directory and correct it with `followup person "{ $name }" --email …`
send-deferred = the server did not accept the message for now (reply { $code }): try again later
send-rejected = the server refused the message (reply { $code }): read its reply and, if needed, ask its administrator
send-other = the exchange with the SMTP server { $server } failed: check `smtp` in config.toml and try again
send-server-said = { $said } (server's reply: "{ $reply }")
send-detail = { $said } (detail: "{ $detail }")
