## El registro de las dos partes: husos horarios, reglas de cierre, instantes.

sc-unknown-zone = huso horario desconocido `{ $value }` (el registro de acuerdos designa los husos horarios con los nombres de la IANA: America/Mexico_City, Asia/Seoul)
sc-unknown-choice = `{ $value }` no es ninguno de los valores admitidos: { $allowed }
sc-instant = `{ $value }` no es un instante (RFC 3339, por ejemplo 2026-12-03T00:05:00Z)
sc-time = `{ $value }` no es una hora del día (HH:MM, por ejemplo 10:00)

## Cierre acordado por ambas partes.

out-confirmed = { $id }: cierre confirmado por { $party }
err-no-party = esta Comisión requiere la conformidad de ambas partes para cada cierre: indique en nombre de qué parte actúa (`party` en config.toml o `followup --party "…"`)
err-unknown-party = `{ $party }` no es parte de esta Comisión (sus partes: { $parties })
err-not-awaiting = { $id } no está pendiente de confirmación
err-own-closure = { $id } fue cerrado por { $party }, la parte en cuyo nombre actúa: la confirmación corresponde a la otra parte
err-not-closed = { $id } no está concluido ni cancelado: no hay nada que reabrir
out-zone-set = los plazos se rigen ahora por el huso horario { $zone }
out-closure-both = cerrar un acuerdo requiere ahora la confirmación de la otra parte
out-closure-either = ahora cualquiera de las partes puede cerrar los acuerdos por sí sola

## El registro de una parte (followup committee --party P --party-zone Z --party-language L)
# $record: su país, party-record-zone y el nombre de su idioma, separados por comas
out-party-added = se agregó { $party } a las partes de la Comisión ({ $record })
out-party-set = { $party }: { $record }
party-record-zone = huso horario { $zone }
party-record-empty = sin país, huso horario ni idioma registrados
cli-party-fields-one = --party-zone, --party-language y --party-country modifican el registro de una sola parte: indique exactamente un --party, con su nombre
err-zone-without-time = la reunión { $id } no tiene una hora a la cual aplicar un huso horario: indique --time HH:MM junto con --zone
err-time-without-date = la reunión { $id } no tiene fecha para su hora: indique también --date

## Ambos relojes: la capital de cada parte, en el encabezado y en el detalle de un acuerdo
capital-mexico-city = CDMX
capital-seoul = Seúl
clock-day-time = { $day } { $time }
clock-capital = { $capital } { $when }
clock-time-capital = { $when } { $capital }
detail-due-in-capitals = hora límite
err-reopen-with-note = { $id } está cerrado y se requiere la conformidad de ambas partes: reábralo con una nota que explique el motivo (`followup reopen { $id } "…"`, o la tecla X en el tablero)
