# followup: la minuta (`followup report`), en español de México. Ids y marcadores iguales a en/ y ko/.

## Título y periodo
report-title = Minuta de seguimiento de acuerdos: { $committee }
report-document = Minuta de seguimiento de acuerdos
report-unnamed = la comisión
report-period = Del { $since } al { $today }
report-period-last-review = Del { $since } (última revisión) al { $today }
report-period-window = Del { $since } (sin revisión anterior: { $days ->
        [one] el último día
       *[other] los últimos { $days } días
    }) al { $today }
report-first-commit = Los cambios se cuentan desde la primera versión del registro de acuerdos guardada en git, el { $date }.
report-no-history = El registro de acuerdos no tiene historial de git aquí: no se muestran los cambios de estado ni de plazo, solo las notas nuevas.
report-parties = Partes
report-attendees = Asistentes a la última revisión ({ $date })
report-prepared = Elaborada con followup el { $date }.

## Resumen
report-items = { $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    }
report-overdue-count = { $n ->
        [one] 1 vencido
       *[other] { $n } vencidos
    }
report-due-soon-count = { $n } por vencer en { $days ->
        [one] 1 día
       *[other] { $days } días
    }
report-tile-overdue = Vencidos
report-tile-due-soon = Por vencer en { $days ->
        [one] 1 día
       *[other] { $days } días
    }
report-tile-blocked = Bloqueados
report-tile-done = Concluidos en el periodo

## Secciones
report-no-workstream = Sin eje de trabajo
report-workstream-done = { $total ->
        [0] todos cancelados
        [one] { $done } de { $total } concluido
       *[other] { $done } de { $total } concluidos
    }
report-changes = Cambios y notas
report-overdue = Vencidos
report-due-soon = Por vencer en { $days ->
        [one] el próximo día
       *[other] los próximos { $days } días
    }
report-blocked = Bloqueados
report-reviews = Revisiones
report-note = nota del { $date }
report-new-item = acuerdo nuevo
report-no-owner = sin responsable
report-no-deadline = sin plazo
report-due = plazo: { $date }
report-due-relative = plazo: { $date } ({ $relative })
report-col-id = ID
report-col-title = Título
report-col-owners = Responsables
report-col-deadline = Plazo
report-col-status = Estado
report-col-what = Cambios

## Cambios según el historial de git
report-change = { $field }: { $from } → { $to }
report-change-later = { $field }: { $from } → { $to } ({ $days ->
        [one] 1 día después
       *[other] { $days } días después
    })
report-change-earlier = { $field }: { $from } → { $to } ({ $days ->
        [one] 1 día antes
       *[other] { $days } días antes
    })
report-change-list = { $field }: { $changes }
report-none = (sin valor)

## Gráficas (minuta en HTML)
report-chart-status = Estado por eje de trabajo
report-chart-slipped = Plazos pospuestos en el periodo
report-chart-slipped-none = Ningún plazo se pospuso en el periodo.
report-chart-open = Acuerdos abiertos semana a semana
report-chart-no-history = Sin historial de git: el conteo semanal requiere el historial del registro de acuerdos.
report-chart-days-later = { $days ->
        [one] +1 día
       *[other] +{ $days } días
    }
report-chart-more = y { $n } más

## Encabezados de hoja de cálculo (CSV); los valores quedan como los escribe el archivo
report-csv-id = ID
report-csv-title = Título
report-csv-workstream = Eje de trabajo
report-csv-status = Estado
report-csv-owners = Responsables
report-csv-due = Plazo
report-csv-relative = Frente al plazo
report-csv-slips = Reprogramaciones del plazo
report-csv-meeting = Reunión
report-csv-updated = Actualizado
report-csv-changes = Cambios
report-csv-new-notes = Notas nuevas

## Línea de resumen de la minuta en Markdown
report-status-count = { $symbol } { $status }: { $n }
report-summary = { $items }: { $by } — { $overdue }, { $soon }.

## Errores
report-write-failed = no se pudo escribir el resultado en la salida estándar: { $error }

# Tablas y gráficas de la minuta (issue 18)
report-col-date = Fecha
report-col-attendees = Asistentes
report-col-summary = Resumen
report-chart-open-daily = Acuerdos abiertos día a día
report-chart-little-history = Aún no hay historial suficiente para mostrar una evolución: { $n ->
        [one] hoy hay 1 acuerdo abierto.
       *[other] hoy hay { $n } acuerdos abiertos.
    }

## The committee's meetings held in the period (the minutes' heading)
report-meetings = Reuniones del periodo

## Bilingual minutes (`--bilingual es,ko`); the language of each column in itself
report-language = Español
report-bilingual-two = --bilingual requiere exactamente dos idiomas separados por una coma (p. ej., --bilingual es,ko): { $n ->
        [one] se indicó uno
       *[other] se indicaron { $n }
    }
report-bilingual-unknown = `{ $lang }` no es un idioma que maneje followup: --bilingual admite dos de en, es y ko (p. ej., --bilingual es,ko)
report-bilingual-twice = --bilingual repite el { $language }: indique dos idiomas distintos (p. ej., --bilingual es,ko)
report-bilingual-format = la minuta bilingüe se genera en html o markdown, no en { $format }: use --format html o --format markdown
report-bilingual-original = --bilingual muestra cada texto en el idioma de su columna: omita --original
