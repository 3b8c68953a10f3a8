# followup: --help, errores de uso y páginas del manual (español de México). Ids y marcadores iguales a en/ y ko/.

## Las palabras propias de clap
help-usage = Uso:
help-usage-options = [OPCIONES]
help-heading-commands = Comandos
help-heading-arguments = Argumentos
help-heading-options = Opciones
help-command-name = COMANDO
help-man-name = Nombre
help-man-synopsis = Sinopsis
help-man-description = Descripción
help-man-extra = Notas
help-man-version = Versión
help-man-authors = Autores

## Errores de uso
help-error-invalid-value = `{ $value }` no es un valor válido para `{ $arg }`
help-error-accepted = { $error }; valores aceptados: { $values }
help-error-value-required = falta el valor de `{ $arg }`
help-error-refused-value = `{ $arg }`: { $why }
help-error-unknown-argument = argumento no previsto: `{ $arg }`
help-error-unknown-command = `{ $name }` no es un comando
help-error-missing = falta indicar: { $args }
help-error-missing-command = falta el comando: { $commands }
help-error-conflict = `{ $arg }` no puede usarse junto con { $others }
help-error-repeated = `{ $arg }` solo puede indicarse una vez
help-error-no-equals = el valor de `{ $arg }` va después de un signo igual: `{ $arg }=…`
help-error-too-many-values = valor no previsto `{ $value }` para `{ $arg }`: no admite más valores
help-error-number-of-values = `{ $arg }` lleva { $expected ->
        [one] un valor
       *[other] { $expected } valores
    }; se { $given ->
        [one] indicó uno
       *[other] indicaron { $given }
    }
help-error-utf8 = un argumento no es texto UTF-8 válido
help-error-other = no se pudo leer la línea de comandos
help-error-did-you-mean = ¿quiso decir { $meant }?
help-error-as-value = para pasar `{ $arg }` como valor, escriba `{ $how }`
help-error-no-dashes = `{ $name }` es un comando: escríbalo sin el `--` que lo precede
help-error-more = Para más información, agregue `--help` al comando.

## Los comandos
help-about = Seguimiento de los acuerdos de las comisiones mixtas bilaterales.
help-after =
    El registro de acuerdos se elige así: RUTA (o --ledger), luego $FOLLOWUP_LEDGER, luego
    ledger.json en la raíz del repositorio git en el que se encuentra, luego `ledger` en config.toml
    y, por último, ledger.json en el directorio de datos (se crea a partir de un ejemplo si falta).
    Las fechas admiten AAAA-MM-DD, DD/MM/AAAA (31/03/2027: el día primero), 2 de diciembre (de 2026),
    2 dic 2026, hoy, mañana, pasado mañana, ayer, el viernes, próximo viernes, en 3 días,
    +2 semanas, +3d, -1d, +2w, +1m, 2027.3.31 y las formas en inglés (`today`, `fri`). Una fecha sin
    año es la próxima con ese día y mes.
    $FOLLOWUP_TODAY=AAAA-MM-DD fija la fecha de hoy para obtener resultados reproducibles, y
    $FOLLOWUP_NOW=2026-12-03T09:05:00+09:00 (formato `RFC 3339`) fija la fecha y la hora exactas.
    El idioma: --lang, luego `language` en config.toml, luego LC_ALL, LC_MESSAGES, LANG.

    Códigos de salida: 0 éxito; 1 registro no válido, error de uso o conflicto de fusión; 2 falla de
    E/S o de bloqueo; el tablero detenido por SIGHUP o SIGTERM: 129 o 143.
help-arg-path = El registro de acuerdos que se abrirá en el tablero.
help-arg-ledger = El registro de acuerdos, para cualquier comando.
help-arg-lang = El idioma: en, es o ko (de forma predeterminada: `language` en config.toml y, si no, el idioma del sistema).
help-arg-original = Muestra los textos de la Comisión tal como se escribieron, sin traducirlos a su idioma.
help-arg-party = La parte en cuyo nombre actúa, indicada antes del comando (de forma predeterminada: `party` en la configuración); queda registrada con sus cambios y cierres.
help-init = Crea un registro de acuerdos nuevo (de forma predeterminada: ledger.json en la raíz del repositorio git o aquí).
help-init-after =
    Sin RUTA, el registro se crea como ledger.json en la raíz del repositorio git en el que se
    encuentra o, si no hay uno, en el directorio actual. Nunca se sobrescribe un archivo existente.
    --party indica una parte de la comisión; repítalo para cada una, en orden.
help-check = Valida un registro de acuerdos e informa lo que contiene.
help-check-after =
    --strict también falla (salida 1) cuando hay conflictos de fusión sin resolver o el archivo
    no está en forma canónica: úselo en la verificación que git hace antes de guardar cada
    cambio (`pre-commit`).
help-fmt = Reescribe un registro de acuerdos en forma canónica.
help-list = Lista los acuerdos en una tabla.
help-show = Muestra un acuerdo completo.
help-add = Agrega un acuerdo.
help-add-after =
    Sin --id, el id es el siguiente libre en el esquema de la reunión (JC3-05) o, sin --meeting,
    en el esquema de los acuerdos que no surgieron de una reunión: A-01, A-02, …
    --opened toma de forma predeterminada la fecha de la reunión o, si no hay, la de hoy.
help-set = Cambia campos: CAMPO=VALOR y, para responsables y etiquetas, también CAMPO+=VALOR, CAMPO-=VALOR.
help-set-after =
    Campos: title, status, workstream, owners, due, meeting, opened, tags (o los nombres de los
    campos en español: título, estado, eje de trabajo, responsables, plazo, reunión…).
    Los estados se escriben en español o como en el archivo (bloqueado o blocked).
    Las listas llevan valores separados por comas; un valor vacío borra el campo.
    Al cambiar `due`, el plazo anterior se conserva en due_history.
help-meeting = Agrega o actualiza una reunión (cada acuerdo indica la reunión en la que se adoptó).
help-resolve = Resuelve un conflicto de fusión conservando una versión: `ID RUTA ours|theirs` para el de un acuerdo (consulte `followup show ID`), `--top RUTA ours|theirs` para los del propio registro.
help-resolve-after =
    RUTA indica dónde está el conflicto, tal como lo muestra `followup show ID` (para los
    conflictos del propio registro, tal como los informó la fusión):
      status, due, owners          un campo del acuerdo
      x_ext.a                      una clave dentro de un campo; una clave con caracteres que no
                                   sean letras, dígitos, _ y - va entre comillas: x_ext["a.b"]
      meetings[id=JC3].place       un elemento de una lista, elegido por id (con --top)
      reviews[0]                   un elemento de una lista, por posición (con --top)
      `(item)`                     el acuerdo mismo: una capital lo eliminó y la otra lo editó
    ours conserva la versión local (el registro ya la contiene); theirs, la de la otra capital.
    Ejemplos:
      followup resolve JC2-09 status theirs
      followup resolve JC2-09 'x_ext["a.b"]' ours
      followup resolve --top committee.name theirs
help-note = Agrega una nota a un acuerdo.
help-committee = Establece el nombre de la Comisión, las partes que la integran y sus idiomas de trabajo.
help-committee-after =
    --name establece el nombre. --party, repetido, reemplaza la lista de partes por las indicadas,
    en orden (para agregar una, indíquelas todas). --languages establece los idiomas de trabajo,
    primero el de los originales (es,ko,en). Con --party-zone, --party-language o --party-country,
    un solo --party indica la parte cuyo registro modifican (se agrega al final si es nueva):
      followup committee --party "SMBA (Korea)" --party-zone Asia/Seoul --party-language ko
    No cambia nada más.
help-translate = Registra la traducción del título o de una nota de un acuerdo, del título o el lugar de una reunión, del nombre de un eje de trabajo o del de la Comisión.
help-translate-after =
    La traducción se guarda junto al original con su autor, su fecha y una huella del original:
    si el original cambia, la traducción queda desactualizada (se muestra el original, marcado)
    hasta que se traduzca de nuevo. followup nunca traduce por su cuenta.
    --into indica el idioma de la traducción (--lang sigue siendo el idioma en que followup le
    habla); debe ser uno de los idiomas de trabajo de la Comisión (`followup committee --languages`).
    --note NÚMERO es la nota que `followup show ID` muestra con ese número (la más antigua es la 1).
    Un TEXTO vacío, o --remove, elimina la traducción. --written-in IDIOMA registra el idioma en que
    está escrito el original, cuando no es el primer idioma de trabajo de la Comisión.
    `followup list --untranslated IDIOMA` lista lo que falta por traducir.
    Ejemplos:
      followup translate JC2-01 --into ko "INADEM에 SMBA 연락관 18개월 파견"
      followup translate JC2-01 --note 2 --into es "Relanzado en la sesión de 2026"
      followup translate --meeting JC2 --place --into es Seúl
      followup translate --workstream "SMBA liaison" --into ko "SMBA 연락관"
      followup translate JC2-09 --written-in ko
help-report = Minuta u orden del día del periodo: Markdown, HTML, CSV o JSON.
help-export = Escribe el registro de acuerdos como libro de Excel, archivo CSV o calendario (ics).
help-import = Incorpora un libro exportado o adopta una bitácora de acuerdos (.xlsx, .xls, .ods, .csv).
help-person = Agrega una persona al directorio o la actualiza: correo, idioma, alias.
help-remind = Envía un correo a cada responsable de acuerdos vencidos, por vencer o bloqueados, en el idioma de cada uno.
help-diff = Muestra qué cambió en el registro de acuerdos entre versiones guardadas en git, acuerdo por acuerdo.
help-diff-after =
    Sin VERSIÓN: la última versión guardada en git frente al archivo de trabajo.
    Con VERSIÓN: esa versión frente al archivo de trabajo. Con VERSIÓN VERSIÓN2: las dos versiones.
help-textconv = Imprime un registro de acuerdos con una línea por acuerdo (el textconv de git, para diferencias legibles).
help-merge = Controlador de fusión de git: fusiona THEIRS en OURS por acuerdo y campo (salida 1 si hay conflicto).
help-git-setup = Registra el controlador de fusión y el textconv del registro de acuerdos en su repositorio git.
help-recover = Incorpora los cambios sin guardar que conservó un tablero cerrado y luego los elimina (salida 1 si hay conflicto).
help-sync = Guarda en git los cambios del registro de acuerdos, los fusiona con los de la otra capital y los envía.
help-sync-after =
    Intercambia el registro con la otra capital a través del remoto de git, en un solo paso:
      1. guarda en git los cambios sin sincronizar del registro (solo los del registro y, cuando
         `followup git-setup` acaba de agregar la línea de followup, los de .gitattributes; los
         demás archivos preparados no se tocan), con un mensaje que resume los cambios
         (`JC2-03 done; JC2-01 note; JC3-05 added`) y, como autor, la identidad configurada en git
         (`git config user.name`/`user.email`: followup nunca inventa una);
      2. trae la rama remota de seguimiento (o origin/RAMA) y la fusiona por acuerdo y campo con el
         controlador de fusión de followup, incluso en un clon que nunca ejecutó `followup git-setup`;
      3. envía (nunca de forma forzada; si alguien envió mientras tanto, vuelve a traer y
         fusionar, hasta 3 veces) y muestra lo que llegó y lo que salió, acuerdo por acuerdo.
    Un campo cambiado de forma distinta en ambas capitales detiene la sincronización antes de enviar:
    se indican los conflictos y el registro se puede abrir de todos modos; resuelva cada uno con
    `followup resolve ID CAMPO ours|theirs` y luego `followup sync` concluye la fusión y envía.
    --repair rehace a partir de las etapas del índice de git una fusión que git hizo como texto
    (el registro tiene marcas <<<<<<<); luego `followup sync` la concluye.
    Las credenciales son las de git (asistentes de credenciales, el agente ssh): git nunca pide
    datos durante una sincronización. Las acciones automáticas que usted haya configurado en git
    se ejecutan como en cualquier otra operación de git.

    Códigos de salida: 0 sincronizado; 1 si quedan conflictos por resolver (o un problema de configuración:
    sin identidad, sin remoto); 2 el remoto no está disponible o rechaza el envío (los cambios
    locales se conservan: la próxima sincronización los envía).
help-completions = Imprime el código de autocompletado para un intérprete de comandos (bash, elvish, fish, powershell, zsh).
help-man = Imprime la página del manual (roff).
help-help = Muestra esta ayuda, o la de un comando.

## Argumentos (los generales y luego los de cada comando, en el orden de `--help`)
help-arg-help = Muestra la ayuda.
help-arg-version = Muestra la versión.
help-arg-help-command = El comando cuya ayuda se mostrará.
help-arg-init-path = Dónde crearlo (de forma predeterminada: ledger.json en la raíz del repositorio git en el que se encuentra o, si no hay uno, en el directorio actual).
help-arg-init-sample = Lo llena con el registro de ejemplo de la comisión Corea–México de PyMEs.
help-arg-init-committee = El nombre de la comisión.
help-arg-init-party = Una parte de la comisión (puede repetirse, en orden).
help-arg-check-path = El registro que se validará (de forma predeterminada: el que se encuentra como lo describe `followup --help`).
help-arg-check-strict = Sale con 1 si hay conflictos de fusión sin resolver o si el archivo no está en forma canónica.
help-arg-fmt-path = El registro que se reescribirá (de forma predeterminada: el que se encuentra como lo describe `followup --help`).
help-arg-fmt-check = Solo informa si el archivo está en forma canónica (sale con 1 si no lo está).
help-arg-list-status = Solo los acuerdos con este estado (puede repetirse; en español o como en el archivo).
help-arg-list-owner = Solo los acuerdos con un responsable que coincida (basta una parte del nombre; sin distinguir mayúsculas ni acentos; también las consonantes iniciales del coreano).
help-arg-list-workstream = Solo los acuerdos de un eje de trabajo que coincida (basta una parte del nombre; sin distinguir mayúsculas ni acentos).
help-arg-list-overdue = Solo los acuerdos vencidos.
help-arg-list-due-within = Solo los acuerdos abiertos que vencen dentro de este lapso (por ejemplo, 7 días, 2 semanas o 7d).
help-arg-list-sort = Orden: una columna (due, status, id, updated, workstream, o el nombre de la columna en español; de forma predeterminada: el plazo).
help-arg-list-json = Imprime JSON en lugar de una tabla: los acuerdos tal como los guarda el registro (originales y traducciones; nada se traduce a su idioma).
help-arg-list-wide = Texto completo en cada columna, sea cual sea el ancho de la terminal.
help-arg-list-untranslated = En lugar de los acuerdos, sus textos (título, notas) aún sin traducir a este idioma o traducidos antes de que cambiara el original: uno por fila, con el original.
help-arg-show-id = El id del acuerdo (JC2-09).
help-arg-show-json = Imprime JSON: el acuerdo tal como lo guarda el registro (originales y traducciones; nada se traduce a su idioma).
help-arg-add-title = El título: lo que se acordó.
help-arg-add-id = El id (de forma predeterminada: el siguiente libre en el esquema de la reunión o, si no hay, A-01, A-02, …).
help-arg-add-owner = Un responsable (puede repetirse).
help-arg-add-due = El plazo.
help-arg-add-workstream = El eje de trabajo.
help-arg-add-meeting = La reunión en la que se adoptó.
help-arg-add-opened = Cuándo se adoptó (de forma predeterminada: la fecha de la reunión o, si no hay, hoy).
help-arg-add-status = El estado, en español o como en el archivo (de forma predeterminada: pendiente).
help-arg-add-tag = Una etiqueta (puede repetirse).
help-arg-set-id = El id del acuerdo (JC2-09).
help-arg-set-changes = Un cambio: CAMPO=VALOR, o CAMPO+=VALOR y CAMPO-=VALOR para responsables y etiquetas.
help-arg-meeting-id = El id de la reunión, por ejemplo JC3.
help-arg-meeting-date = La fecha en que se celebró.
help-arg-meeting-title = El título de la reunión.
help-arg-meeting-place = El lugar donde se celebró.
help-arg-meeting-time = La hora de inicio, HH:MM (vacía: sin hora; la reunión abarca todo el día).
help-arg-meeting-zone = El huso horario de --time, con su nombre IANA (de forma predeterminada: el huso horario de referencia de la Comisión).
help-arg-resolve-top = Resuelve un conflicto del propio registro (comisión, reuniones, revisiones y otros campos generales): indique `RUTA` y `LADO`, sin `ID`.
help-arg-resolve-args = `ID RUTA LADO`, o `RUTA LADO` con --top; `LADO` es `ours` (la versión local) o `theirs` (la de la otra capital).
help-arg-note-id = El id del acuerdo (JC2-09).
help-arg-note-text = La nota.
help-arg-note-author = El autor (de forma predeterminada: `author` en la configuración, luego `party`, luego $USER y, por último, Secretaría Técnica).
help-arg-committee-name = El nombre de la Comisión.
help-arg-committee-party = Una parte (puede repetirse, en orden): las partes indicadas reemplazan la lista.
help-arg-committee-languages = Los idiomas de trabajo, separados por comas, primero el de los originales (es,ko,en).
help-arg-committee-zone = El huso horario de referencia, por el que se rigen los plazos, con su nombre IANA (`America/Mexico_City`); de forma predeterminada: el de la primera parte.
help-arg-committee-closure = Quién debe dar su conformidad para cerrar un acuerdo: `either` (una sola parte) o `both` (la otra parte confirma el cierre).
help-arg-committee-party-zone = Con un solo --party: el huso horario de esa parte, con su nombre IANA (Asia/Seoul); la parte se agrega si es nueva.
help-arg-committee-party-language = Con un solo --party: el idioma de trabajo de esa parte (en, es o ko).
help-arg-committee-party-country = Con un solo --party: el país de esa parte (vacío: ninguno).
help-arg-translate-id = El id del acuerdo (JC2-09); se omite con --meeting, --workstream y --committee.
help-arg-translate-text = La traducción (una vacía la elimina).
help-arg-translate-into = El idioma de la traducción: en, es o ko, uno de los idiomas de trabajo de la Comisión.
help-arg-translate-note = La nota del acuerdo que `followup show` muestra con este número (la más antigua es la 1), no su título.
help-arg-translate-meeting = El id de la reunión (JC2) cuyo título se traduce (o su lugar, con --place).
help-arg-translate-place = El lugar de la reunión, no su título.
help-arg-translate-workstream = El nombre de un eje de trabajo, tal como lo escriben los acuerdos.
help-arg-translate-committee = El nombre de la Comisión.
help-arg-translate-remove = Elimina la traducción al idioma de --into.
help-arg-translate-written-in = Registra el idioma en que está escrito el original (en lugar de una traducción).
help-arg-translate-author = Quien traduce (de forma predeterminada: `author` en la configuración, luego `party`, luego $USER y, por último, Secretaría Técnica).
help-arg-report-since = Inicio del periodo: una fecha (2026-11-16, -1w, …) o `last-review` (lo predeterminado: la última revisión antes de hoy).
help-arg-report-format = markdown (lo predeterminado) o html: minuta en el idioma de --lang; csv: encabezados traducidos sobre los valores del archivo; json: nunca se traduce.
help-arg-report-format-markdown = Minuta en Markdown
help-arg-report-format-csv = Una fila por acuerdo, con encabezados en el idioma de --lang
help-arg-report-format-json = Los datos del periodo, sin traducir
help-arg-report-format-html = Un solo archivo HTML autónomo (CSS y gráficas SVG incluidos, listo para imprimir)
help-arg-report-bilingual = Minuta bilingüe (html o markdown): dos idiomas lado a lado, acuerdo por acuerdo, cada encabezado en ambos (p. ej., es,ko).
help-arg-diff-rev = La versión que se comparará (de forma predeterminada: la última guardada en git).
help-arg-diff-rev2 = Una segunda versión: se comparan las dos, no el archivo de trabajo.
help-arg-textconv-file = El registro que entrega git.
help-arg-merge-base = La versión del antecesor común (%O de git).
help-arg-merge-ours = La versión local, donde se escribe el resultado (%A de git).
help-arg-merge-theirs = La versión de la otra capital (%B de git).
help-arg-merge-path = La ruta del registro en el repositorio, para los mensajes.
help-arg-recover-yes = Fusiona sin preguntar (sin esta opción, y sin una terminal donde preguntar, solo muestra lo que cambiaría).
help-arg-sync-repair = Rehace por acuerdo y campo una fusión que git hizo como texto (marcas de conflicto en el registro de acuerdos) y deja el resultado en el índice de git: a partir de las etapas del índice mientras git está fusionando y, si no, a partir de los padres de la fusión ya guardada en git que dañó el registro (una fusión hecha desde el navegador, en el sitio del servicio de git).
help-arg-completions-shell = El shell: bash, elvish, fish, powershell o zsh.
help-arg-man-dir = Escribe followup.1 y una página por comando (followup-init.1, …) en este directorio, en lugar de imprimir followup.1.
help-arg-export-format = xlsx (libro de Excel), csv o ics (calendario con los plazos de los acuerdos abiertos).
help-arg-export-format-xlsx = Un libro de Excel
help-arg-export-format-csv = Un archivo CSV
help-arg-export-format-ics = Un calendario iCalendar con los plazos de los acuerdos abiertos
help-arg-export-output = El archivo que se escribirá (de forma predeterminada, y con `-`: la salida estándar).
help-arg-export-owner = Solo los acuerdos de este responsable (ics; un nombre o alias del directorio).
help-arg-export-translate = El libro de traducción (xlsx): una fila por cada texto que falta traducir al IDIOMA (sin traducir o con traducción desactualizada), con el original y la traducción registrada.
help-arg-import-file = Un libro exportado por followup o una bitácora de acuerdos (.xlsx, .xls, .ods, .csv).
help-arg-import-dry-run = Muestra lo que cambiaría, sin escribir nada.
help-arg-import-skip-bad = Omite las filas con celdas que no pueden leerse (y las enumera).
help-arg-import-map = Lee la columna con este encabezado (o estas letras, por ejemplo C) como CAMPO: id, title, workstream, owners, status, due, meeting, tags, notes, opened.
help-arg-import-author = El autor de las notas y las traducciones que trae el archivo (de forma predeterminada: el autor configurado).
help-arg-person-name = El nombre o uno de los alias de la persona.
help-arg-person-email = La dirección de correo de la persona (si se deja vacía, se borra).
help-arg-person-language = El idioma de los recordatorios de la persona: en, es o ko (si se deja vacío, se borra).
help-arg-person-alias = Otro nombre con el que la persona figura como responsable en los acuerdos (puede repetirse).
help-arg-person-remove-alias = Quita un alias (puede repetirse).
help-arg-remind-owner = Solo este responsable (un nombre o alias del directorio, o una parte del nombre de un responsable).
help-arg-remind-out = Escribe un borrador .eml por persona en este directorio (Outlook y Thunderbird los abren).
help-arg-remind-send = Envía por el servidor SMTP de la configuración (`smtp`, `from`).
help-arg-remind-dry-run = Muestra quién recibiría qué, sin escribir ni enviar nada.

## Mensajes de la línea de comandos
cli-sync-outside-clone = `followup sync` intercambia el registro de acuerdos guardado en un clon del repositorio git que comparte con la otra capital, y { $dir } no está en uno: clónelo con `git clone URL` y luego ejecute `followup sync` dentro del clon (o indique con -f RUTA el registro de acuerdos que está en el clon)
cli-sync-not-in-clone = `followup sync` trabaja con un registro de acuerdos guardado en un clon del repositorio git que comparte con la otra capital: clónelo con `git clone URL` y ejecute `followup sync` dentro del clon
cli-bad-since = --since: { $error }, o `last-review`
git-not-at-revision = git no tiene `{ $rel }` en `{ $rev }`: esa versión no existe o el registro aún no estaba ahí (`git log --oneline -- { $rel }` enumera las versiones que lo tienen)

## Marcadores de los argumentos (`<RUTA>`)
help-value-path = RUTA
help-value-lang = IDIOMA
help-value-langs = IDIOMA,IDIOMA
help-value-language = IDIOMA
help-value-owner = RESPONSABLE
help-value-file = ARCHIVO
help-value-title = TÍTULO
help-value-name = NOMBRE
help-value-format = FORMATO
help-value-workstream = EJE
help-value-text = TEXTO
help-value-status = ESTADO
help-value-party = PARTE
help-value-zone = HUSO
help-value-rule = REGLA
help-value-field-value = CAMPO=VALOR
help-value-column-field = COLUMNA=CAMPO
help-value-dir = DIRECTORIO
help-value-args = ARGUMENTOS
help-value-tag = ETIQUETA
help-value-span = LAPSO
help-value-since = DESDE
help-value-place = SEDE
help-value-output = SALIDA
help-value-order = ORDEN
help-value-opened = FECHA
help-value-meeting = REUNIÓN
help-value-email = CORREO
help-value-due = PLAZO
help-value-date = FECHA
help-value-committee = COMISIÓN
help-value-author = AUTOR
help-value-rev = VERSIÓN
help-value-rev2 = VERSIÓN2
help-value-languages = IDIOMAS
help-value-n = NÚMERO

## Cierre acordado por ambas partes (confirm, reopen).
help-confirm = Confirma, en nombre de su parte, el cierre de un acuerdo por la otra parte (cuando la Comisión requiere la conformidad de ambas partes).
help-arg-confirm-id = El ID del acuerdo (JC2-03), concluido o cancelado por la otra parte.
help-reopen = Reabre un acuerdo concluido o cancelado, con una nota que explique el motivo.
help-arg-reopen-id = El ID del acuerdo (JC2-03).
help-arg-reopen-note = El motivo de la reapertura: se agrega al acuerdo como nota.
help-value-note = NOTA
help-value-time = HORA
help-value-country = PAÍS
