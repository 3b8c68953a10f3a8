# followup: errores del archivo, sus reglas, fechas, rutas, sincronización y recuperación (español de México).
# Los nombres de archivo, líneas, columnas, rutas JSON, ids y valores son marcadores: consérvelos.

## Lectura y escritura del archivo
le-io = { $path }: { $what }: { $cause }
le-is-directory = { $path }: es un directorio, no un registro de acuerdos
le-symlink = { $path }: es un enlace simbólico; se rechaza (no se sigue, no se escribió nada)
le-not-regular = { $path }: no es un archivo regular; se rechaza
le-too-large = { $path }: supera { $limit } bytes; se rechaza
le-outside-repository = { $path }: conduce fuera del repositorio { $root } (a { $target }); se rechaza: indíquelo con --ledger si es su intención
le-locked = { $path }: en uso por { $holder }; vuelva a intentarlo cuando termine
le-changed-on-disk = { $path }: cambió en el disco después de cargarse (otro programa o `git pull`); no se sobrescribió
le-read-only = { $path }: el archivo es de solo lectura; no se escribió nada
le-conflict-markers = { $path }:{ $line }: marcas de conflicto de git (<<<<<<<): el registro de acuerdos se fusionó como texto, sin el controlador de fusión de followup; ejecute `followup sync --repair` para rehacer la fusión por acuerdo y campo
le-exists = { $path }: ya existe; no se escribió nada
io-read = no se puede leer
io-write = no se puede escribir
io-create-dir = no se puede crear el directorio
io-lock = no se puede bloquear
io-open-lock = no se puede abrir el archivo de bloqueo
io-remove-stale-lock = no se puede eliminar el archivo de bloqueo abandonado
io-write-lock = no se puede escribir el archivo de bloqueo
io-open = no se puede abrir
io-create = no se puede crear
io-create-lock = no se puede crear el archivo de bloqueo
io-not-found = no existe el archivo
io-permission-denied = permiso denegado

## Por qué un texto no es un archivo válido
pe-bom = el archivo empieza con una marca de orden de bytes (BOM); guárdelo como UTF-8 sin ella
pe-not-utf8 = el archivo no es UTF-8 válido
pe-json = JSON no válido: { $detail }
pe-place-item = { $path } (acuerdo { $id })

## Reglas del archivo
rule-bad-id = el id { $problem }
rule-bad-meeting-id = el id de la reunión { $problem }
rule-bad-party = el nombre de la parte { $problem }
rule-duplicate-id = id duplicado `{ $id }`
rule-duplicate-meeting-id = id de reunión duplicado `{ $id }`
rule-empty-title = el título está vacío
rule-empty-translation = una traducción no tiene texto (elimínela o escriba la traducción)
rule-unknown-meeting = la reunión `{ $id }` no está en `meetings`
rule-empty-owner = un responsable está vacío
rule-empty-tag = una etiqueta está vacía
rule-date-out-of-range = la fecha `{ $date }` está fuera de rango (las fechas van de { $min } a { $max })
idp-empty = está vacío
idp-line-break = ocupa más de una línea
idp-control = contiene un carácter de control
idp-bidi = contiene un control de dirección del texto
idp-padded = empieza o termina con un espacio

## Fechas
date-shape = fecha no válida `{ $input }` (se espera AAAA-MM-DD)
date-impossible = fecha imposible `{ $input }` (ese día no existe en el calendario)
date-out-of-range = la fecha `{ $input }` está fuera de rango (las fechas van de { $min } a { $max })
date-unrecognised = fecha no válida `{ $input }` (use AAAA-MM-DD, DD/MM/AAAA, 2 de diciembre, hoy, mañana, pasado mañana, el viernes, en 3 días o +2 semanas)
date-day-first = fecha imposible `{ $input }`: en español las fechas se escriben con el día primero (DD/MM/AAAA, por ejemplo 31/12/2026)
date-ambiguous = fecha ambigua `{ $input }` (el día y el mes podrían confundirse): use AAAA-MM-DD
# The weekday named in date-wrong-weekday.
date-weekday-mon = lunes
date-weekday-tue = martes
date-weekday-wed = miércoles
date-weekday-thu = jueves
date-weekday-fri = viernes
date-weekday-sat = sábado
date-weekday-sun = domingo
date-wrong-weekday = la fecha y el día de la semana no coinciden en `{ $input }`: el { $date } es { $actual }, no { $written }
date-span = intervalo no válido `{ $input }` (use, por ejemplo, 7 días, 2 semanas, 7d o 2w)

## Rutas de campo (followup resolve)
path-error = columna { $column }: se esperaba { $expected }
path-key = una clave (letras, dígitos, `_`, `-`) o `[`
path-step = `.` o `[`
path-bracket = un número, una clave entre comillas o `id=` después de `[`
path-id = un id o un id entre comillas después de `id=`
path-quote = unas comillas de cierre `"`
path-close = `]`
path-index = un índice que quepa en memoria

## followup sync
sync-kept = { $n ->
        [one] ; el commit local se conserva y el próximo `followup sync` lo enviará
       *[other] ; los { $n } commits locales se conservan y el próximo `followup sync` los enviará
    }
sync-detached = no está en una rama (HEAD desprendido): cambie a la rama que desea sincronizar
sync-rebasing = hay un rebase en curso: termínelo con git (`git rebase --continue`, después de `followup sync --repair` si el registro de acuerdos tiene marcas de conflicto) o `git rebase --abort`, y luego sincronice
sync-no-identity = git no sabe quién es usted y followup nunca inventa un autor: configúrelo con `git config user.name "INADEM, Mexico"` y `git config user.email secretariat@example.org` (agregue --global para todos los repositorios)
sync-no-remote = la rama `{ $branch }` no tiene upstream y el repositorio no tiene remoto `origin`: agregue uno con `git remote add origin URL`
sync-foreign-merge = { $rel }: los atributos de git del archivo indican `merge: { $value }`, así que git no lo fusionaría con el controlador de followup; ejecute `followup git-setup` (o quite ese atributo) y luego sincronice
sync-unreachable = el remoto `{ $remote }` no está disponible o negó el acceso: { $detail }{ $kept }
sync-refused = el remoto `{ $remote }` rechazó el envío: { $detail }{ $kept }
sync-kept-moving = el remoto `{ $remote }` volvió a cambiar en cada uno de los { $attempts } intentos de envío (último: { $detail }){ $kept }
sync-conflicts = { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } ({ $list }); no se envió nada: resuelva cada uno con `followup resolve ID CAMPO ours|theirs` (o en el tablero, M) y ejecute `followup sync` de nuevo
sync-other-conflicts = conflictos de git en otros archivos: { $list }; resuélvalos con git (`git add` en cada uno) y ejecute `followup sync` de nuevo
sync-driver-failed = { $rel }: el controlador de fusión no pudo fusionarlo, así que la fusión se deshizo: { $detail }
sync-nothing-to-repair = { $rel }: git no lo está fusionando (no hay etapas en el índice), así que no hay nada que reparar; si las marcas de conflicto quedaron en un commit, recupere el registro de acuerdos anterior a ese commit (`git checkout COMMIT -- { $rel }`)
sync-program-not-utf8 = git merge: { $program }: la ruta del programa no es UTF-8
sync-temporary-attributes = git merge: no se puede escribir el archivo temporal de atributos: { $cause }

## git y el repositorio del archivo
git-not-started = git { $args }: no se puede ejecutar git: { $cause }
git-not-in-repository = { $path }: no está dentro de un repositorio git
git-outside-repository = { $path }: está fuera del repositorio { $root }

## config.toml
cfg-cannot-read = { $path }: no se puede leer: { $cause }
cfg-unknown-language = configuración: language = "{ $value }": los idiomas disponibles son en, es y ko

## Recuperación de cambios sin guardar
rec-cannot-read = { $path }: no se puede leer: { $cause }
rec-not-kept = junto al registro de acuerdos: { $beside }; en el directorio de estado: { $state }
rec-no-state-dir = no hay

## Por qué no se carga un archivo: sintaxis JSON (la línea y la columna indican dónde)
pe-json-eof = JSON no válido: el archivo termina a mitad de un valor (está truncado o falta un `{ "}" }` o `]` de cierre)
pe-json-colon = JSON no válido: se esperaba `:` después de la clave
pe-json-comma-brace = JSON no válido: se esperaba `,` o `{ "}" }` (probablemente falta una coma antes de este punto)
pe-json-comma-bracket = JSON no válido: se esperaba `,` o `]` (probablemente falta una coma antes de este punto)
pe-json-value = JSON no válido: se esperaba un valor (un texto entre comillas dobles, un número, true, false, null, una lista o un objeto)
pe-json-trailing-comma = JSON no válido: sobra una coma antes de `{ "}" }` o `]` (elimínela)
pe-json-key = JSON no válido: las claves deben ser textos entre comillas dobles
pe-json-control = JSON no válido: hay un carácter de control (tabulador, salto de línea) dentro de un texto; escríbalo como secuencia de escape (\t, \n)
pe-json-escape = JSON no válido: secuencia de escape no válida después de `\` en un texto
pe-json-number = JSON no válido: número no válido
pe-json-trailing = JSON no válido: hay más texto después del final del documento
pe-json-too-deep = JSON no válido: demasiados niveles de anidación

## Por qué no se carga un archivo: su estructura
sc-unknown-status = estado desconocido `{ $value }`: en el archivo solo valen open, in-progress, blocked, done o dropped (los comandos aceptan además { $labels })
sc-duplicate-field = el campo `{ $field }` aparece dos veces
sc-missing-field = falta el campo `{ $field }`
sc-unknown-language = idioma desconocido `{ $value }` (el registro indica los idiomas como en, es o ko)
sc-unsupported-format = formato no admitido `{ $format }` (esta versión lee `{ $supported }`)
sc-invalid-type = tipo de valor incorrecto: se encontró { $found } donde se esperaba { $expected }
sc-other = estructura no válida: { $detail }
found-null = null
found-boolean = el booleano { $value }
found-number = el número { $value }
found-text = el texto { $value }
found-list = una lista
found-object = un objeto
expected-text = un texto entre comillas
expected-date = una fecha AAAA-MM-DD
expected-list = una lista
expected-date-list = una lista de fechas AAAA-MM-DD
expected-object = un objeto

# Seguridad de la sincronización (issue 18)
sync-timed-out = el remoto `{ $remote }` no respondió en { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }, por lo que se detuvo git (defina FOLLOWUP_NETWORK_TIMEOUT para esperar más){ $kept }
sync-no-ledger-anywhere = { $rel }: ni la versión local ni { $upstream } lo tienen todavía: créelo con `followup init` y sincronice, o sincronice de nuevo cuando la otra capital lo haya enviado
sync-ledger-not-regular = { $rel }: no es un archivo regular dentro del repositorio (es un enlace simbólico que sale de él, o no es un archivo): se rechaza; recupere el registro de acuerdos de la versión anterior con `git checkout HEAD~1 -- { $rel }` o consulte a la otra capital
sync-remote-ledger-not-regular = { $rel }: el remoto lo guarda como enlace simbólico u otra cosa que no es un archivo regular: se rechaza y no se fusionó nada; pida a la otra capital que sincronice el registro de acuerdos propiamente dicho
git-timed-out = git { $args }: se detuvo tras { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    } sin terminar

lock-holder-process = { $command } (proceso { $pid } en { $host })
lock-holder-unknown = otro programa
io-storage-full = el disco está lleno
io-quota-exceeded = se agotó la cuota de disco
io-read-only-filesystem = el disco es de solo lectura
io-file-too-large = el archivo es demasiado grande para este disco
io-is-a-directory = es una carpeta
io-not-a-directory = una parte de la ruta no es una carpeta
io-directory-not-empty = la carpeta no está vacía
io-already-exists = ya existe
io-busy = otro programa lo está usando
io-timed-out = la operación tardó demasiado
io-invalid-data = el contenido no se puede leer
io-interrupted = la operación se interrumpió
io-other = error del sistema { $code }
merge-driver-refused = { $what }: no se fusionó ni se escribió nada; git deja { $name } en conflicto, tal como estaba en la versión local
