# followup, tablero: español (México). Ids y marcadores iguales a en/ y ko/.
# Términos: ver locales/GLOSSARY.md. Etiquetas breves: toda pantalla cabe en 80×24.

## Fechas
day-mon = lun
day-tue = mar
day-wed = mié
day-thu = jue
day-fri = vie
day-sat = sáb
day-sun = dom
day-date = { $day } { $date }
day-month = { $day } { $d } { $month }
month-short = { $m ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sep
        [10] oct
        [11] nov
       *[12] dic
    }
month-year = { $month } { $year }

## Encabezado
head-filter = filtro: { $f }
head-sort = orden: { $sort }
head-sort-grouped = orden: { $sort } · por eje
head-disk = ⚠ cambió en disco
head-disk-short = ⚠ disco
head-conflicts = ⚠ { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } (M)
head-uncommitted = ✎ { $n } sin sincronizar
head-read-only = ◌ solo lectura
head-saved = ✔ guardado
head-unsaved = ● sin guardar
sort-due = plazo
sort-status = estado
sort-id = id
sort-updated = actualización
sort-workstream = eje

## Filtros
filter-status = estado { $v }
filter-owner = responsable { $v }
filter-workstream = eje { $v }
filter-overdue = vencidos
filter-due-within = por vencer en { $n } d
filter-title = Filtro
filter-none = ninguno
filter-now = ahora: { $f }
pick-hint-status = Enter/Espacio marca · Esc listo
pick-hint = Enter elige · Esc regresa
pick-any = (cualquiera)
ws-none = (sin eje)

## Franja de resumen
sum-overdue = ▲ { $n } { $n ->
        [one] vencido
       *[other] vencidos
    }
sum-due-soon = ◆ { $n } por vencer en { $days } d
sum-showing = { $n ->
    [one] se muestra 1
   *[other] se muestran { $n }
} de { $of }
sum-more-workstreams = +{ $n } { $n ->
        [one] eje más
       *[other] ejes más
    } (t: cronograma)

## Tabla
col-id = ID
col-title = Título
col-workstream = Eje
col-owners = Responsable
col-status = Estado
col-due = Plazo
table-empty = El registro de acuerdos aún no tiene acuerdos.
table-none-shown = Ningún acuerdo coincide con el filtro: pulse f y luego c para quitarlo.
table-group = ▾ { $name }  ({ $total ->
        [0] todos cancelados
        [one] { $done }/{ $total } concluido
       *[other] { $done }/{ $total } concluidos
    })

## Panel de detalle
detail-title = detalle
detail-dated = { $date } ({ $rel })
detail-agreed-due = plazo inicial
detail-slipped = reprogramado
detail-slips = { $n ->
        [one] una vez{ $shift ->
            [later] , pospuesto
            [earlier] , adelantado
           *[other] {""}
        }
       *[other] { $n } veces
    }: { $chain }
detail-no-deadline = sin plazo
detail-updated = actualizado
detail-none = (sin valor)
detail-note-head = { $date } · { $author } ({ $ago })
detail-last-note = Última nota · { $head }
detail-no-notes = Aún no hay notas: c agrega lo que se diga en la reunión
detail-deleted = { $id } se eliminó; u lo deshace
detail-conflicts = ⚠ { $n ->
        [one] 1 conflicto de fusión
       *[other] { $n } conflictos de fusión
    }: M elige una versión
detail-conflict-item = el acuerdo: { $ours_name } { $ours } | { $theirs_name } { $theirs }
detail-conflict = { $path }: { $base } → { $ours_name } { $ours } | { $theirs_name } { $theirs }
detail-notes = notas ({ $n }, la más reciente primero)
detail-earlier-notes = notas anteriores ({ $n }, la más reciente primero)

## Cronograma
timeline-due = plazo { $date }
timeline-no-due = sin plazo
legend-marks = ○ pendiente  ◐ en curso  ⊘ bloqueado  ● concluido  × cancelado  ▲ vencido
legend-today = hoy ({ $day })
legend-today-short = hoy
legend-arrows = ◂ ▸ fuera del eje
legend-undated = { $n } sin plazo

## Búsqueda
search-no-match = sin resultados
search-match-at = { $at }/{ $n } { $n ->
        [one] resultado
       *[other] resultados
    }
search-matches = { $n ->
        [one] 1 resultado
       *[other] { $n } resultados
    }

## Terminal pequeña
small-title = Terminal demasiado pequeña
small-size = { $w }×{ $h }: followup necesita al menos { $minw }×{ $minh }.
small-hint = Agrande la ventana o pulse q para salir.

## Modo revisión
review-badge = REVISIÓN
review-empty = nada en el orden del día: R registra la revisión
review-at = acuerdo { $at } de { $n }
review-section-at = { $section } ({ $at } de { $n })
review-last = última revisión { $date } ({ $ago })
review-first = primera revisión
review-nothing = Nada vencido, por vencer, bloqueado, modificado ni sin responsable.
review-deleted = { $id }  (eliminado)
section-overdue = Vencidos
section-due-soon = Por vencer en { $n ->
        [one] 1 día
       *[other] { $n } días
    }
section-blocked = Bloqueados
section-changed = Modificados desde la última revisión
section-unassigned = Sin responsable o sin plazo

## Formularios
form-new-title = Nuevo acuerdo
form-edit-title = Editar { $id }
form-suggestions = { $at }/{ $n } { $n ->
        [one] sugerencia
       *[other] sugerencias
    } (Ctrl-n/p, → acepta): { $list }
form-due-none = → sin plazo
form-due-slip = { " " }(era el { $was }{ $shift ->
        [later] , pospuesto
        [earlier] , adelantado
       *[other] {""}
    }; ↻{ $n }, plazo inicial: { $first })
hint-id = propuesto a partir de la reunión; puede cambiarlo
hint-title = lo que se acordó
hint-workstream = → acepta la sugerencia
hint-owners = separados por comas; → acepta la sugerencia
hint-status = ←/→, Espacio o { $keys }; o escriba el estado (concluido, en curso)
hint-due = 31/12/2026, 2 de dic, viernes, en 3 días, +2 semanas; vacío: sin plazo
hint-meeting = id de una reunión, o vacío
hint-tags = separadas por comas
review-form-title = Registrar la revisión
review-date = fecha
review-attendees = asistentes
review-summary = resumen
hint-review-date = 23/11/2026, hoy, ayer, miércoles
hint-attendees = separados por comas; se recuerdan de la última revisión
hint-summary = opcional: una línea para la minuta
review-form-about = { $items ->
        [one] 1 acuerdo
       *[other] { $items } acuerdos
    } en el orden del día; { $edits ->
        [one] 1 cambio
       *[other] { $edits } cambios
    } en esta sesión. Enter registra la revisión en el registro de acuerdos y guarda.
note-title = Nota sobre { $id }: { $title }
note-placeholder = Lo que se dijo o se acordó…
problem-taken = `{ $id }` ya está en uso
problem-empty-entry = hay una entrada vacía (¿dos comas seguidas?)
problem-unknown-meeting = no hay una reunión `{ $id }` en el registro de acuerdos

## Avisos
delete-title = ¿Eliminar?
delete-question = ¿Eliminar { $id } «{ $title }»?
delete-notes = Incluye { $n ->
        [one] 1 nota
       *[other] { $n } notas
    }. u lo deshace mientras no salga.
quit-title = Cambios sin guardar
quit-edits = El registro de acuerdos tiene { $n ->
        [one] 1 cambio sin guardar
       *[other] { $n } cambios sin guardar
    } desde que se guardó por última vez.
quit-items = El registro de acuerdos tiene cambios sin guardar en { $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    }.
quit-question = ¿Guardarlos antes de salir?
disk-title = Cambió en disco
disk-changed = { $path } cambió en disco ({ $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    }) mientras usted tiene cambios sin guardar.
disk-merge-keeps = Fusionar conserva tanto los cambios de usted como los del disco; nada se guarda hasta Ctrl-s.
disk-later = Esc: después (Ctrl-s fusiona primero; nunca sobrescribe).
conflicts-title = Conflictos de fusión
conflicts-intro = Ambas capitales cambiaron estos datos; el registro de acuerdos conserva la versión local hasta que usted elija.
conflicts-ledger = el propio registro de acuerdos (comisión, reuniones, revisiones)

## Línea de estado
done-merge = fusión de los cambios en disco
done-reload = recarga desde el disco
msg-moved-row = { $what }; pasó a la fila { $row }
msg-moved-hidden = { $what }; ahora el filtro lo oculta ({ $keys }: quitar el filtro)
msg-added-hidden = se agregó { $id } (el filtro lo oculta: f c quita el filtro)
msg-undone = deshecho: { $what }
msg-redone = rehecho: { $what }
msg-nothing-to-undo = nada que deshacer
msg-nothing-to-redo = nada que rehacer
msg-editing-off = edición desactivada; solo lectura: { $why }
msg-read-only = solo lectura: { $why }; puede consultar, no editar
msg-no-selection = no hay un acuerdo seleccionado
msg-already-done = { $id } ya está concluido
msg-form-invalid = aún no se puede guardar: { $n ->
        [one] 1 campo
       *[other] { $n } campos
    } por corregir ({ $fields })
msg-no-change = { $id }: sin cambios
msg-note-empty = la nota está vacía: escríbala o pulse Esc para cancelar
msg-cancelled = cancelado: no cambió nada
msg-note-cancelled = nota cancelada
msg-kept = se conservó
msg-review-not-recorded = la revisión aún no se registra: pulse { $key } al terminar la reunión
msg-review-date-invalid = aún no se puede registrar: { $why }
msg-saving = guardando…
msg-save-after-sync = se guardará al terminar la sincronización (q sale ahora sin perder los cambios)
msg-saved = se guardó { $path }
msg-nothing-to-save = nada que guardar: el registro de acuerdos está al día
msg-save-failed = no se guardó: { $why }; los cambios se conservan; Ctrl-s reintenta
msg-did-saving = { $what }; guardando…
msg-did-saved = { $what }; guardado
msg-created-sample = se creó un registro de acuerdos de ejemplo en { $path }: acuerdos para probar las teclas (? las enumera)
msg-recovered = se recuperaron cambios de una sesión cerrada: al salir verá cómo fusionarlos
msg-disk-unreadable = el registro de acuerdos cambió en disco pero no se puede leer: { $why }; la copia abierta se conserva y no lo sobrescribirá
msg-disk-changed-later = el registro de acuerdos cambió en disco; Ctrl-s fusionará primero esos cambios con los no guardados
msg-reloaded = recargado: { $n ->
        [one] 1 acuerdo cambió
       *[other] { $n } acuerdos cambiaron
    } en disco
msg-reloaded-dropped = recargado: { $n ->
        [one] 1 acuerdo cambió
       *[other] { $n } acuerdos cambiaron
    } en disco; se descartaron los cambios sin guardar; u los recupera
msg-merged = fusionado: { $n ->
        [one] 1 acuerdo cambiado
       *[other] { $n } acuerdos cambiados
    } en disco, sin perder los cambios de usted
msg-merged-renumbered = ; renumerados { $list }
msg-merged-conflicts = ; { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } ({ $ids }); no se guardó: revise y luego Ctrl-s
msg-merged-saving = ; guardando…
msg-merged-unsaved = { " " }(sin guardar; u deshace la fusión)
msg-review-started = revisión: { $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    } en el orden del día; n/p avanzan, R registra la revisión, Esc sale
msg-agenda-empty = nada en el orden del día: nada vencido, por vencer, bloqueado, modificado ni sin responsable; R registra la revisión
msg-no-conflicts = el registro de acuerdos no tiene conflictos de fusión
msg-conflicts-hidden = este acuerdo no tiene conflictos (los acuerdos con conflictos están ocultos por el filtro o fuera del orden del día)
msg-conflicts-left = { $what }; { $n ->
        [one] queda 1 conflicto
       *[other] quedan { $n } conflictos
    } en otros acuerdos; M va al siguiente

msg-disk-gone = el archivo del registro de acuerdos ya no está en el disco; la copia abierta se conserva; Ctrl-s lo escribe de nuevo
save-read-only = la edición está desactivada ({ $why })
save-invalid = { $path }: { $why } (no se podría volver a leer)
save-changed-unreadable = el registro de acuerdos cambió en disco y no se puede leer ({ $why }); no se sobrescribió

## Ayuda
help-title = Teclas
help-bottom = j/k desplazan · ? o Esc cierran
keyname-space = Espacio
keyname-text = texto
keyname-keys = teclas
# As a Mexican (Latin American) keyboard labels them.
keyname-backspace = Retroceso
keyname-home = Inicio
keyname-end = Fin
keyname-page-up = RePág
keyname-page-down = AvPág
# s de «sí»; y también responde.
keyname-yes = s
keyname-no = n
scope-everywhere = en todas partes
scope-browsing = navegación
scope-table = tabla
scope-detail = detalle
scope-timeline = cronograma
scope-search = búsqueda
scope-filter-menu = menú de filtro
scope-pick = lista
scope-help = ayuda
scope-form = formulario
scope-note = nota
scope-confirm = confirmar eliminación
scope-quit-prompt = confirmar salida
scope-disk-prompt = aviso de disco
scope-review = revisión
scope-review-form = registro de revisión
scope-conflicts = conflictos

## Lo que hace cada tecla (la ayuda)
key-move-down = bajar
key-move-up = subir
key-agenda-next = siguiente acuerdo del orden del día
key-agenda-prev = acuerdo anterior del orden del día
key-top = ir al principio
key-bottom = ir al final
key-page-down = avanzar página (en revisión: el panel de detalle)
key-page-up = retroceder página
key-detail = enfocar el panel de detalle / volver a la tabla
key-search = buscar en id, título, responsables, eje, notas
key-next-match = siguiente resultado
key-prev-match = resultado anterior
key-filter = filtrar por estado, responsable, eje, vencidos
key-sort = cambiar el orden: plazo, estado, id, actualización, eje
key-group = agrupar por eje
key-timeline = cronograma de plazos por eje
key-back = regresar: cerrar, cancelar, borrar la búsqueda, salir del panel
key-type-search = escriba para buscar (resultados al instante)
key-backspace = borrar un carácter
key-keep-search = conservar la búsqueda; n/N avanzan
key-filter-status = filtrar por estado
key-filter-owner = filtrar por responsable
key-filter-workstream = filtrar por eje
key-filter-overdue = solo vencidos (activa/desactiva)
key-filter-clear = quitar todos los filtros
key-pick = elegir (los estados se marcan)
key-review = modo revisión: el orden del día de la reunión, acuerdo por acuerdo
key-record-review = registrar la revisión (fecha, asistentes, resumen) y guardar
key-add = agregar un acuerdo (formulario)
key-edit = editar el acuerdo seleccionado (formulario)
key-status = cambiar el estado: el selector de estado muestra una tecla por estado
key-status-back = regresar el estado un paso
key-done = marcar concluido
key-note = agregar una nota (con fecha de hoy, a su nombre)
key-delete = eliminar el acuerdo seleccionado (pregunta antes)
key-undo = deshacer el último cambio
key-redo = rehacer
key-conflicts = resolver conflictos de fusión (⚠): conservar la versión local o la de la otra capital
key-keep-ours = conservar la versión local (el valor de esta copia)
key-keep-theirs = conservar la versión de la otra capital (el valor recibido)
key-save = guardar el registro de acuerdos
key-next-field = siguiente campo
key-prev-field = campo anterior
key-complete = aceptar la sugerencia atenuada; si no hay, mover el cursor a la derecha
key-next-suggestion = siguiente sugerencia
key-prev-suggestion = sugerencia anterior
key-confirm-form = confirmar el formulario (no se acepta si un campo no es válido)
key-confirm-review = registrar la revisión y guardar
key-confirm-note = agregar la nota
key-new-line = nueva línea en la nota
key-clear-line = vaciar el campo (en una nota: la línea)
key-edit-text = editar texto: ←→ Inicio Fin, Ctrl-←→ palabras, Retroceso Supr, pegar
key-yes-delete = sí, eliminarlo
key-no-delete = no, conservarlo
key-quit-save = guardar y salir
key-quit-discard = salir descartando los cambios sin guardar
key-quit-cancel = cancelar: seguir editando
key-merge = fusionar los cambios en disco con los que usted no ha guardado
key-reload = recargar el registro, descartando los cambios sin guardar (u deshace)
key-help = esta ayuda
key-quit = salir
key-quit-anywhere = salir desde cualquier lugar (pregunta si hay cambios sin guardar)
key-suspend = suspender y volver al shell (`fg` regresa al tablero)

## Etiquetas del pie: larga, y -short cuando falta espacio
foot-move = mover
foot-move-short = mover
foot-next = sig.
foot-next-short = sig.
foot-prev = ant.
foot-prev-short = ant.
foot-detail = detalle
foot-detail-short = det.
foot-search = buscar
foot-search-short = busc.
foot-filter = filtrar
foot-filter-short = filtro
foot-timeline = cronograma
foot-timeline-short = cron.
foot-back = regresar
foot-back-short = atrás
foot-keep = conservar
foot-keep-short = conservar
foot-status = estado
foot-status-short = estado
foot-owner = responsable
foot-owner-short = resp.
foot-workstream = eje
foot-workstream-short = eje
foot-overdue = vencidos
foot-overdue-short = venc.
foot-clear = quitar
foot-clear-short = quitar
foot-choose = elegir
foot-choose-short = elegir
foot-review = revisión
foot-review-short = rev.
foot-record = registrar
foot-record-short = reg.
foot-add = agregar
foot-add-short = agr.
foot-edit = editar
foot-edit-short = ed.
foot-done = concluir
foot-done-short = concl.
foot-note = nota
foot-note-short = nota
foot-undo = deshacer
foot-undo-short = desh.
foot-ours = versión local
foot-ours-short = local
foot-theirs = otra capital
foot-theirs-short = otra capital
foot-save = guardar
foot-save-short = guard.
foot-confirm = confirmar
foot-confirm-short = conf.
foot-add-note = agregar nota
foot-add-note-short = agregar
foot-new-line = nueva línea
foot-new-line-short = línea
foot-yes = sí
foot-yes-short = sí
foot-no = no
foot-no-short = no
foot-discard = descartar
foot-discard-short = descartar
foot-cancel = cancelar
foot-cancel-short = canc.
foot-merge = fusionar
foot-merge-short = fusionar
foot-reload = recargar
foot-reload-short = recargar
foot-help = ayuda
foot-help-short = ayuda
foot-quit = salir
foot-quit-short = salir

## Al salir del tablero
exit-kept = se detuvo con cambios sin guardar; están en { $file }
    {"  "}para fusionarlos: { $command }
exit-kept-elsewhere = se detuvo con cambios sin guardar; están en { $file } (no se pudieron escribir junto al registro de acuerdos: { $why })
    {"  "}para fusionarlos: { $command }
exit-not-kept = se detuvo con cambios sin guardar que no se pudieron conservar: { $why }
exit-terminal = terminal: { $why }
exit-panicked = el tablero se detuvo por un error interno (una falla del programa; por favor, repórtela): { $why }
exit-panicked-silently = (sin mensaje)
exit-signal = se detuvo por la señal { $signal }
recovery-notice = hay cambios sin guardar de una sesión cerrada en { $file }{ $older ->
        [0] {""}
        [one] {" "}(y un archivo más antiguo)
       *[other] {" "}(y { $older } archivos más antiguos)
    }
    {"  "}fusiónelos (cuando ningún tablero tenga abierto el registro de acuerdos):
    {"    "}{ $command }

## El plazo (d) y el selector de estado (s)
due-title = Plazo de { $id }: { $title }
due-now = ahora { $date } ({ $rel }){ $n ->
        [0] {""}
        [one] , reprogramado una vez{ $shift ->
            [later] {" "}(pospuesto)
            [earlier] {" "}(adelantado)
           *[other] {""}
        }
       *[other] , reprogramado { $n } veces
    }
due-now-none = aún sin plazo
due-new = nuevo:
due-preview = { $date } ({ $rel })
due-preview-slips = { " " }— { $shift ->
        [later] pospuesto
        [earlier] adelantado
       *[other] modificado
    }; reprogramado { $n ->
        [one] una vez
       *[other] { $n } veces
    } en total
due-hint = +2 semanas, viernes, 4 de dic, 04/12/2026, hoy, mañana
msg-due-needed = escriba el nuevo plazo (viernes, +2 semanas, 4 de dic) o pulse Esc
msg-due-invalid = no se cambió el plazo: { $why }
status-pick-title = Estado de { $id }
scope-due = cambio de plazo
scope-status-pick = selector de estado
key-due = cambiar el plazo (+2 semanas, viernes, una fecha)
key-confirm-due = fijar el plazo en la fecha indicada
key-pick-open = estado: pendiente
key-pick-in-progress = estado: en curso
key-pick-blocked = estado: bloqueado
key-pick-done = estado: concluido
key-pick-dropped = estado: cancelado
foot-due = plazo
foot-due-short = plazo

## Modo revisión: lo que cambió desde la última revisión
since-heading = Desde la revisión del { $date }
since-change = { $field }: { $from } → { $to }
since-list = { $field }: { $changes }
since-note = nota nueva { $date } · { $author }: { $text }
since-updated = actualizado { $date }
since-added = acuerdo nuevo desde entonces

## La franja de resumen: cada número con su estado, en concordancia
sum-status-open = { $n ->
        [one] 1 pendiente
       *[other] { $n } pendientes
    }
sum-status-in-progress = { $n } en curso
sum-status-blocked = { $n ->
        [one] 1 bloqueado
       *[other] { $n } bloqueados
    }
sum-status-done = { $n ->
        [one] 1 concluido
       *[other] { $n } concluidos
    }
sum-status-dropped = { $n ->
        [one] 1 cancelado
       *[other] { $n } cancelados
    }

# La columna de plazo en una pantalla angosta: formas relativas cortas.
table-due-in = en { $n } { $unit ->
        [day] d
        [week] sem.
        [month] { $n ->
            [one] mes
           *[other] meses
        }
       *[year] { $n ->
            [one] año
           *[other] años
        }
    }
table-due-late = { $n } { $unit ->
        [day] d
        [week] sem.
        [month] { $n ->
            [one] mes
           *[other] meses
        }
       *[year] { $n ->
            [one] año
           *[other] años
        }
    } de atraso

## Both languages of the record: the reading, the detail pane's lines per
## language, the agenda's section and the translation form.
## $code: en, es or ko; $state: text-state-*; $language: language-name
scope-translate = formulario de traducción
key-originals = textos del registro: originales o traducciones
key-translate = traducir el título y las notas, junto a los originales
key-confirm-translation = guardar todas las traducciones modificadas
key-next-language = traducir al siguiente idioma de trabajo
key-new-line-translation = nueva línea en la traducción
foot-language = idioma
foot-language-short = idioma
section-to-translate = Por traducir
msg-reading-originals = se muestran los textos originales del registro ({ $key }: traducciones)
msg-reading-translated = se muestran en { $language } los textos del registro que estén traducidos ({ $key }: originales)
msg-no-language-to-translate = la Comisión no tiene un segundo idioma de trabajo al cual traducir (`languages` en el registro de acuerdos)
detail-in-language = { $code } · { $state }: { $text }
detail-in-language-missing = { $code } · { $state }
translate-title = Traducir { $id } al { $language }
translate-original = Original
translate-column = Traducción al { $language }
translate-note = nota { $n } · { $date } · { $author }
translate-is-original = el original está en este idioma: no hay nada que traducir
translate-hint-missing = Escriba la traducción · Enter guarda los cambios · Esc sale sin guardar
translate-hint-outdated = Traducción desactualizada: el original cambió. Corríjala y quedará al día
translate-hint-current = Corrija la traducción o vacíela para eliminarla
