# followup: catálogo en español (México). Ids y marcadores iguales a en/ y ko/.
# Términos: ver locales/GLOSSARY.md.

## Estados (el archivo guarda open, in-progress, blocked, done, dropped)
status-open = pendiente
status-in-progress = en curso
status-blocked = bloqueado
status-done = concluido
status-dropped = cancelado

## Fechas relativas a hoy
rel-today = hoy
rel-in = en { $n } { $unit ->
        [day] { $n ->
            [one] día
           *[other] días
        }
        [week] { $n ->
            [one] semana
           *[other] semanas
        }
        [month] { $n ->
            [one] mes
           *[other] meses
        }
       *[year] { $n ->
            [one] año
           *[other] años
        }
    }
rel-late = { $n } { $unit ->
        [day] { $n ->
            [one] día
           *[other] días
        }
        [week] { $n ->
            [one] semana
           *[other] semanas
        }
        [month] { $n ->
            [one] mes
           *[other] meses
        }
       *[year] { $n ->
            [one] año
           *[other] años
        }
    } de atraso
rel-ago = hace { $n } { $unit ->
        [day] { $n ->
            [one] día
           *[other] días
        }
        [week] { $n ->
            [one] semana
           *[other] semanas
        }
        [month] { $n ->
            [one] mes
           *[other] meses
        }
       *[year] { $n ->
            [one] año
           *[other] años
        }
    }

## Conteos
count-items = { $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    }

## Nombres de campos
field-id = id
field-title = título
field-status = estado
field-workstream = eje de trabajo
field-owners = responsables
field-due = plazo
field-meeting = reunión
field-opened = adoptado
field-tags = etiquetas

## Lo que hizo una operación
out-added = se agregó { $id }
out-status = { $id }: { $from } → { $to }
out-due-moved = { $id }: plazo al { $to } ({ $shift ->
        [later] pospuesto
        [earlier] adelantado
       *[other] modificado
    }; reprogramado { $slips ->
        [one] una vez
       *[other] { $slips } veces
    }; plazo inicial: { $first })
out-due-set = { $id }: plazo al { $to }
out-due-cleared = { $id }: se quitó el plazo (era el { $from })
out-renamed = { $from } ahora es { $to }
out-set = { $id }: { $field } { $to }
out-cleared = { $id }: { $field } sin valor
out-note-added = { $id }: nota agregada
out-deleted = se eliminó { $id } «{ $title }»
out-review-recorded = { $n ->
        [0] se registró la revisión del { $date }
       *[other] se registró la revisión del { $date } ({ $attendees })
    }
out-meeting-added = se agregó la reunión { $id }
out-meeting-updated = se actualizó la reunión { $id }
out-unchanged-item = { $id }: sin cambios
out-unchanged = sin cambios

## Por qué se rechazó una operación
err-no-item = no existe el acuerdo `{ $id }`
err-duplicate-id = ya existe un acuerdo `{ $id }`
err-unknown-meeting = no existe la reunión `{ $id }`; agréguela primero: followup meeting { $id } --date AAAA-MM-DD --title "…"
err-empty-title = el título está vacío
err-empty-note = la nota está vacía
err-empty-meeting-id = falta el id de la reunión
err-not-in-list = { $id } no tiene `{ $value }` en { $field } (ahora: { $now })

## Conflictos de fusión y la comisión
side-ours = la versión local
side-theirs = la versión de la otra capital
out-resolved = { $id } { $path }: se conservó { $side }
out-resolved-kept = { $id }: se conservó, como en { $side }
out-resolved-deleted = { $id }: se eliminó, como en { $side }
out-committee = comisión: { $name } ({ $parties })
err-empty-committee-name = el nombre de la comisión está vacío
err-empty-party = el nombre de una parte está vacío
err-no-conflict = ahí no hay ningún conflicto
err-no-conflict-there = no hay conflicto en `{ $path }` (conflictos: { $open })
err-place-gone = { $path }: ese elemento ya no existe
err-shape-changed = { $path }: ese elemento ahora tiene otra estructura
err-resolve-invalid = { $path }: ese valor no se puede conservar: { $reason }
side-this-clone = { $author } (versión local)
side-this-clone-uncommitted = versión local (sin sincronizar)
side-incoming = { $author } ({ $from })
side-incoming-unknown = { $from }

## Who a note is by when nothing else says (issue 19)
note-author-default = Secretaría Técnica
note-author-import = hoja de cálculo { $file }

## Fechas en documentos formales (la minuta, los recordatorios): $month 1–12
date-formal = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
