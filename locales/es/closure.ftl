## Cierre acordado por ambas partes: en qué punto está el cierre de un acuerdo, y su historial.

closure-awaiting = pendiente de confirmación por { $parties }
closure-confirmed = cierre confirmado por { $party }
closure-status = { $status } — { $closure }
closure-act-closed = cerrado
closure-act-confirmed = confirmado
closure-act-reopened = reabierto
closure-who = { $author } en nombre de { $party }
closure-event-closed = { $status } · { $who } · { $at }
closure-event = { $who } · { $at }
detail-closure = cierre
