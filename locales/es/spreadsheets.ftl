# followup: hojas de cálculo (exportar e importar). Ids y variables como en en/.

## Nombres de hojas y encabezados de columnas
sheet-items = Acuerdos
sheet-notes = Notas
sheet-meetings = Reuniones
sheet-col-id = ID
sheet-col-title = Título
sheet-col-workstream = Eje de trabajo
sheet-col-owners = Responsables
sheet-col-status = Estado
sheet-col-due = Plazo
sheet-col-meeting = Reunión
sheet-col-tags = Etiquetas
sheet-col-last-note = Última nota
sheet-col-opened = Adoptado
sheet-col-updated = Actualizado
sheet-col-item = Acuerdo
sheet-col-date = Fecha
sheet-col-author = Autor
sheet-col-text = Texto
sheet-col-place = Sede

## export
exp-written = { $path }: { $n ->
        [one] 1 acuerdo exportado
       *[other] { $n } acuerdos exportados
    }
exp-err-terminal = un libro de Excel no es texto: indique el archivo con -o ARCHIVO.xlsx
exp-err-ledger = { $path } es el propio registro de acuerdos: elija otro archivo para -o
exp-err-write = { $path }: no se puede escribir: { $error }
exp-err-build = no se puede generar el libro de Excel: { $error }

## import: qué archivo es
imp-round-trip = { $file }: libro exportado el { $date }, incorporado al registro de acuerdos
imp-adoption = { $file }: bitácora de acuerdos, { $n ->
        [one] 1 fila incorporada como acuerdo nuevo
       *[other] { $n } filas incorporadas como acuerdos nuevos
    }
imp-dry-run = simulación: no se escribió nada
imp-nothing = no hay nada que cambiar
imp-written = { $path }: guardado

## import: qué cambia
imp-item-added = + { $id }  { $title }
imp-item-changed = ~ { $id }  { $title }
imp-field = { $field }: { $from } → { $to }
imp-list = { $field }: { $changes }
imp-note = nota { $date } { $author }: { $text }
imp-meeting-added = + reunión { $id }
imp-kept = { $id }: fila eliminada de la hoja; el acuerdo se conserva en el registro de acuerdos
imp-renumbered = { $old } también se agregó en el registro de acuerdos; la fila de la hoja ahora es { $new }
imp-extra-columns = columnas conservadas como campos adicionales de los acuerdos: { $columns }
imp-conflict = ! { $id } { $field }: registro de acuerdos { $ours }, libro { $theirs }
imp-none = (sin valor)
imp-conflicts = { $path }: { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } ({ $at }); ambos valores quedan registrados: resuélvalos en el tablero (M) o con `followup resolve ID CAMPO ours|theirs`
imp-skipped = filas omitidas (--skip-bad):

## import: celdas ilegibles
imp-bad-cell = { $sheet }!{ $cell }: “{ $value }”: { $problem }
problem-date = no es una fecha (escriba AAAA-MM-DD)
problem-day-first-date = la fecha no existe: en español el día va primero (DD/MM/AAAA)
problem-ambiguous-date = el día y el mes pueden leerse al revés (escriba AAAA-MM-DD)
problem-date-out-of-range = una fecha fuera del intervalo que admite el registro de acuerdos (del 1900-01-01 al 9999-12-31)
problem-status = estado desconocido
problem-empty-title = el título está vacío
problem-duplicate-id = este id ya aparece en una fila anterior

## import: por qué no se importó nada
imp-err-read = { $file }: no se puede leer la hoja de cálculo: { $error }
imp-err-format = { $file }: followup lee archivos .xlsx, .xls, .ods y .csv
imp-err-utf8 = { $file }: la línea { $line } no es texto UTF-8 (guarde el archivo como “CSV UTF-8”)
imp-err-snapshot = { $file }: la hoja oculta followup-snapshot está dañada; exporte de nuevo el registro de acuerdos
imp-err-committee = { $file } se exportó de “{ $theirs }”, no de este registro de acuerdos (“{ $ours }”)
imp-err-no-header = { $file }: ninguna hoja tiene una fila de encabezados con una columna de título (Acuerdo, Acción, Action, 과제…); indíquela con --map COLUMNA=title
imp-err-map-column = --map: no hay ninguna columna “{ $column }” en la fila de encabezados
imp-err-map = --map { $map }: se esperaba COLUMNA=CAMPO, donde CAMPO es uno de: id, title, workstream, owners, status, due, meeting, tags, notes, opened
imp-err-bad-cells = { $file }: { $n ->
        [one] 1 celda no se puede leer
       *[other] { $n } celdas no se pueden leer
    }; no se escribió nada (--skip-bad omite esas filas):
imp-err-invalid = { $file }: el resultado no sería un registro de acuerdos válido: { $path }: { $message }
exp-written-events = { $path }: { $n ->
        [one] 1 plazo escrito como evento de calendario
       *[other] { $n } plazos escritos como eventos de calendario
    }
exp-written-meetings = { $said }; también { $n ->
        [one] se escribió 1 reunión
       *[other] se escribieron { $n } reuniones
    }

## Hojas de cálculo rechazadas antes de leerlas (límites)
imp-err-directory = { $file } es una carpeta, no una hoja de cálculo
imp-err-not-regular = { $file } no es un archivo regular (es un dispositivo, una tubería o un socket); followup solo importa archivos regulares
imp-err-too-large = { $file } ocupa más de { $mib } MiB, el máximo que followup importa; divídalo en archivos más pequeños
imp-err-unpacked = { $file } se descomprime en más de { $mib } MiB (o contiene demasiadas partes); no se leyó
imp-err-too-many-cells = { $file }: la hoja “{ $sheet }” abarca más de { $limit } celdas (filas × columnas desde A1); elimine las filas y columnas sin uso o copie la tabla en un archivo nuevo
imp-err-cell-too-long = { $file }: la celda { $sheet }!{ $cell } contiene más de { $limit } caracteres, el límite de Excel para una celda
imp-err-text-too-long = { $file }: la parte { $part } contiene un texto de más de { $kib } KiB, más de lo que cabe en una celda; no se leyó
imp-err-too-many-strings = { $file } contiene más de { $limit } textos distintos, más de los que pueden usar las celdas del libro; no se leyó

## The translator's workbook (export --translate LANG); $language: language-name
tw-sheet = Por traducir al { $language }
tw-col-id = ID
tw-col-text = Texto
tw-col-written-in = Escrito en
tw-col-original = Original
tw-col-translation = Traducción registrada
tw-col-state = Estado
tw-col-new = Nueva traducción
tw-text-committee = Nombre de la Comisión
tw-text-workstream = Eje de trabajo
tw-text-meeting-title = Título de la reunión
tw-text-meeting-place = Lugar de la reunión
tw-text-title = Título
tw-text-note = Nota { $n } ({ $date }, { $author })
exp-written-to-translate = { $path }: { $n ->
        [one] 1 texto
       *[other] { $n } textos
    } por traducir al { $language }
exp-err-translate-format = --translate genera un libro de Excel: úselo con --format xlsx

## import of a translator's workbook; $text: which text (text-ref-*)
imp-translation = { $file }: libro de traducción al { $language }, exportado el { $date }, incorporado al registro de acuerdos
imp-translated = + { $text }: { $translation }
imp-outdated = ! { $text }: el original cambió después de la exportación; esta traducción no se registró: { $translation }
imp-outdated-hint = { $n ->
        [one] 1 traducción no se registró
       *[other] { $n } traducciones no se registraron
    } porque el original cambió: exporte de nuevo el libro de traducción para traducir la nueva redacción
problem-text-key = no es una clave escrita por followup (no modifique la columna oculta de claves)
problem-original-language = este texto se redactó en el idioma del libro: no hay nada que traducir
imp-err-translation-column = { $file }: el libro de traducción no tiene la columna “Nueva traducción”
