## Calendario (descripción de los eventos)
ics-owners = Responsables: { $owners }
ics-status = Estado: { $status }
ics-slipped = Plazo reprogramado { $n ->
    [one] una vez{ $shift ->
        [later] , pospuesto
        [earlier] , adelantado
       *[other] {""}
    }
   *[other] { $n } veces
} (plazo inicial: { $first })
ics-last-note = Última nota ({ $date }): { $text }

## Recordatorios por correo
mail-subject = { $committee }: solicitud de actualización de { $n ->
    [one] un acuerdo
   *[other] { $n } acuerdos
}
mail-greeting = Apreciable { $addressee ->
    [person] { $name }:
   *[organisation] { $name }:
}
mail-intro = La Secretaría Técnica de «{ $committee }» le solicita atentamente información actualizada, con corte al { $today }, sobre { $n ->
    [one] el siguiente acuerdo a su cargo:
   *[other] los siguientes acuerdos a su cargo:
}
mail-item = • [{ $id }] { $title } ({ $reason })
mail-reason-overdue = vencido
mail-reason-blocked = bloqueado
mail-reason-due-soon = por vencer
mail-item-due = Estado: { $status } · Plazo: { $date } ({ $relative })
mail-item-no-due = Estado: { $status } · Sin plazo
mail-item-slipped = plazo reprogramado { $n ->
    [one] una vez{ $shift ->
        [later] , pospuesto
        [earlier] , adelantado
       *[other] {""}
    }
   *[other] { $n } veces
} (plazo inicial: { $first })
mail-item-note = Última nota ({ $date }): { $text }
mail-ask = Mucho le agradeceremos dar respuesta a este mensaje con el estado que { $n ->
    [one] guarda el acuerdo
   *[other] guardan los acuerdos
}, el nuevo plazo, en su caso, y los obstáculos que impidan su avance.
mail-closing = Atentamente,
    Secretaría Técnica
    { $committee }

## El directorio
out-person-added = se agregó a { $name } al directorio
out-person-updated = se actualizó a { $name } en el directorio
err-not-an-alias = `{ $alias }` no es un alias de { $name }
err-person-name = el nombre debe ocupar una sola línea, no estar vacío y no contener caracteres de control
err-person-alias = un alias debe ocupar una sola línea, no estar vacío y no contener caracteres de control
err-person-email = la dirección de correo { $problem }
email-control = contiene un salto de línea o un carácter de control
email-space = contiene un espacio o un carácter invisible
email-at = debe contener exactamente una @
email-forbidden = contiene un carácter no permitido en una dirección
email-invalid = no es una dirección válida
err-person-language = el idioma `{ $language }` no es en, es ni ko
err-person-shared = `{ $name }` ya designa a otra persona del directorio

## followup remind
remind-nothing = no hay a quién enviar recordatorios: ningún acuerdo vencido, por vencer ni bloqueado
remind-no-address = { $name }: sin dirección de correo: agréguela con `followup person "{ $name }" --email …`
remind-plan = { $name } <{ $email }> ({ $lang }), { $n ->
    [one] 1 acuerdo
   *[other] { $n } acuerdos
}: { $ids } — { $subject }
remind-written = { $path }: borrador para { $name } ({ $n ->
    [one] 1 acuerdo
   *[other] { $n } acuerdos
})
remind-sent = enviado a { $name } <{ $email }> ({ $n ->
    [one] 1 acuerdo
   *[other] { $n } acuerdos
})
remind-failed = no se entregó a { $name } <{ $email }>: { $error }
remind-summary = { $mode ->
        [written] { $done ->
            [one] 1 borrador generado
           *[other] { $done } borradores generados
        }
       *[sent] { $done ->
            [one] 1 recordatorio enviado
           *[other] { $done } recordatorios enviados
        }
    }, { $failed ->
        [one] 1 fallido
       *[other] { $failed } fallidos
    }, { $missing } sin dirección
remind-err-no-from = falta el remitente: defina `from` en config.toml, p. ej. from = "Secretaría Técnica <secretaria@example.org>"
remind-err-bad-from = configuración: from = "{ $from }" no es un buzón como "Secretaría Técnica <secretaria@example.org>"
remind-err-no-smtp = --send requiere `smtp` en config.toml, p. ej. smtp = "smtp://correo.example.org:587"
remind-err-tls = configuración: smtp_tls = "{ $value }": se esperaba "starttls" o "none"
remind-err-no-password = smtp_user está definido pero falta la contraseña: defina $FOLLOWUP_SMTP_PASSWORD o smtp_password_command
remind-err-password = falló smtp_password_command: { $error }
remind-err-smtp = SMTP: { $error }
remind-err-dir = { $dir }: no se pueden escribir borradores ahí: { $error }

## Por qué no se envió un recordatorio y qué hacer
send-unreachable = no es posible conectarse con el servidor SMTP { $server }: verifique la dirección y el puerto de `smtp` en config.toml, y que el servidor esté en funcionamiento
send-timed-out = el servidor SMTP { $server } no respondió a tiempo: verifique `smtp` en config.toml y la conexión de red, y vuelva a intentarlo
send-tls = falló la conexión segura (TLS) con { $server }: verifique `smtp` en config.toml (smtps:// para TLS desde el inicio, puerto 465; smtp:// para STARTTLS, puerto 587)
send-starttls-unsupported = el servidor SMTP { $server } no admite STARTTLS: si se trata de un servidor de retransmisión local sin cifrado, defina smtp_tls = "none" en config.toml; de lo contrario, solicite al administrador del servidor la configuración de TLS que debe usarse
send-auth-unavailable = el servidor SMTP { $server } no ofrece autenticación en esta conexión: si el servidor no la requiere, elimine smtp_user de config.toml; de lo contrario, use TLS (smtps:// o STARTTLS)
send-auth-refused = el servidor SMTP rechazó la autenticación (código { $code }): verifique smtp_user en config.toml y la contraseña ($FOLLOWUP_SMTP_PASSWORD o smtp_password_command)
send-recipient-refused = el servidor rechazó esta dirección (código { $code }): revísela en el directorio y corríjala con `followup person "{ $name }" --email …`
send-deferred = el servidor no aceptó el mensaje por el momento (código { $code }): vuelva a intentarlo más tarde
send-rejected = el servidor rechazó el mensaje (código { $code }): lea la respuesta del servidor y, de ser necesario, consulte al administrador del servidor
send-other = falló la comunicación con el servidor SMTP { $server }: verifique `smtp` en config.toml y vuelva a intentarlo
send-server-said = { $said } (respuesta del servidor: «{ $reply }»)
send-detail = { $said } (detalle: «{ $detail }»)
