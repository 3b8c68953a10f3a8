## followup log y la vista de historial del tablero: cada cambio de un acuerdo, leído de git.
log-none = { $id }: este acuerdo aún no tiene cambios en git
log-party = en nombre de { $party }
log-signed-trusted = firmado, clave de confianza
log-signed-untrusted = firmado, clave que no es de confianza
log-signed-unverified = firmado, no verificable
log-signed-bad = firma no válida
log-added = alta: { $title }
log-removed = baja
log-note-added = nota { $note }
log-notes-removed = { $n ->
        [one] se eliminó una nota
       *[other] se eliminaron { $n } notas
    }
log-settled-ours = { $field }: conflicto resuelto; se conservó el valor de quien integró los cambios
log-settled-theirs = { $field }: conflicto resuelto; se conservó el valor recibido
log-settled-edited = { $field }: conflicto resuelto manualmente

## followup report --review
report-review-none = no hay en git ninguna revisión del { $date } (cada revisión registrada en el tablero con `r` se guarda en git por separado)
report-review-not-in-git = la minuta de una revisión pasada se genera de nuevo a partir de git, y este registro de acuerdos no está en un repositorio git

## Ayuda
help-log = Muestra, a partir de git, cada cambio de un acuerdo, del más reciente al más antiguo: fecha, autoría, parte, firma y, por campo, valor anterior → nuevo.
help-arg-log-id = El ID del acuerdo (JC2-03).
help-arg-report-review = Genera de nuevo, tal cual, la minuta de la revisión de esa fecha (AAAA-MM-DD), a partir de la versión que la registró en git.

## The commits followup makes: in English in every language, on purpose
## (both capitals read them in git), so these stay as in locales/en/history.ftl.
commit-settled-by = Settled by { $who } for { $party }.
commit-settled-by-alone = Settled by { $who }.
commit-review-subject = Review { $date }: { $attendees }
commit-review-subject-alone = Review { $date }

## La vista de historial del tablero (L)
key-item-log = historial del acuerdo en git (muestra/oculta)
item-log-heading = Historial (git)
item-log-loading = leyendo el historial en git…
item-log-failed = no se pudo leer el historial en git (¿está el registro de acuerdos en un repositorio git?)
item-log-empty = este acuerdo aún no tiene cambios en git
