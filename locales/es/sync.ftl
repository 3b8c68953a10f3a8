# El tablero junto a otros editores, y su tecla de sincronización.

sync-read-only-file = usted no puede escribir en este archivo
sync-read-only-folder = usted no puede escribir en la carpeta del archivo
head-read-only-why = ◌ solo lectura: { $why }
save-busy = { $holder } está escribiendo en el registro de acuerdos; los cambios que usted hizo se conservan y se intentará guardarlos de nuevo en un momento
key-sync = sincronizar con la otra capital (followup sync)
foot-sync = sincronizar
foot-sync-short = sinc.
head-syncing = ⟳ sincronizando…
head-offline = ⚡ sin conexión
msg-syncing = sincronizando con el repositorio remoto…
msg-synced = sincronizado con { $upstream }: { $pushed ->
        [one] 1 commit enviado
       *[other] { $pushed } commits enviados
    }, { $received ->
        [one] 1 acuerdo recibido
       *[other] { $received } acuerdos recibidos
    }
msg-sync-offline = sin conexión: no hay comunicación con { $remote }; los cambios ya registrados se conservan y se enviarán con la próxima sincronización
msg-sync-conflicts = sincronización detenida: { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } por resolver (M); no se envió nada
msg-sync-not-saved = no se inició la sincronización: no se pudieron guardar antes los cambios
msg-sync-failed = la sincronización falló: { $why }
head-distance = ↑{ $ahead } por enviar · ↓{ $behind } por recibir

## The commits followup sync makes: in English in every language, on purpose
## (both capitals read them in git), so these stay as in locales/en/sync.ftl.
commit-added = { $id } added
commit-removed = { $id } removed
commit-due = due { $date }
commit-no-due = no due date
commit-translated = translation ({ $lang })
commit-notes = { $n ->
        [one] note
       *[other] { $n } notes
    }
commit-notes-removed = notes removed
commit-meeting-added = meeting { $id } added
commit-meeting-removed = meeting { $id } removed
commit-review = review { $date }
commit-more = ; +{ $n } more
commit-canonical = { $rel }: canonical form
commit-merge = Merge remote-tracking branch '{ $upstream }'
commit-settled = { $n ->
        [one] Conflict settled:
       *[other] Conflicts settled ({ $n }):
    }
commit-settled-ours = kept ours
commit-settled-theirs = kept theirs ({ $upstream })
commit-settled-edited = settled by hand

# A remote ledger refused before anything moves (shown to the user: translated).
sync-remote-ledger-refused = se rechazó el registro de acuerdos de la otra capital en { $upstream }: { $cause }. No se fusionó nada: el registro de acuerdos y el historial de la versión local quedan como estaban. Pida a la otra capital que corrija { $rel } y lo vuelva a enviar; después sincronice de nuevo.
