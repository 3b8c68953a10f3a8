## Cierre acordado por ambas partes: en qué punto está el cierre de un acuerdo, y su historial.

closure-awaiting = pendiente de confirmación por { $parties }
closure-confirmed = confirmado por { $party }
closure-status = { $status } — { $closure }
closure-act-closed = cerrado
closure-act-confirmed = confirmado
closure-act-reopened = reabierto
closure-who = { $author } en nombre de { $party }
closure-event-closed = { $status } · { $who } · { $at }
closure-event = { $who } · { $at }
detail-closure = cierre

## El tablero: las teclas, la nota de reapertura, el recuento del resumen.

key-confirm-closure = confirmar, en nombre de su parte, el cierre del acuerdo por la otra parte
key-reopen = reabrir el acuerdo concluido o cancelado, con una nota que explique el motivo
reopen-title = Reabrir { $id }: { $title }
reopen-placeholder = Motivo por el que se reabre el acuerdo…
sum-awaiting = { $n ->
    [one] { $n } pendiente de confirmación
   *[other] { $n } pendientes de confirmación
}

## El orden del día de la revisión.

section-awaiting-you = Pendientes de su confirmación
section-awaiting = Pendientes de confirmación

## La minuta.

report-closures-confirmed = Cierres confirmados en el periodo
report-closures-awaiting = Pendientes de confirmación
report-closure-confirmed = { $status } por { $closer } el { $closed }; cierre confirmado por { $party } el { $confirmed }
report-closure-awaiting = { $status } por { $closer } el { $closed }; pendiente de confirmación por { $parties }

## Recordatorios: pedir a la otra parte que confirme.

mail-reason-confirm = cierre pendiente de su confirmación
mail-item-closed-by = Cerrado por { $party } el { $date }.
mail-item-how-to-confirm = Para confirmar el cierre: `followup confirm { $id }` (o la tecla C en el tablero); para reabrirlo, con una nota que explique el motivo: `followup reopen { $id } "…"` (o X).
