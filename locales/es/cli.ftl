# followup: la línea de comandos (español de México). Ids y marcadores iguales a en/ y ko/.

## --help
help-about = Dé seguimiento a los acuerdos de las comisiones mixtas bilaterales.
help-after =
    El archivo de seguimiento se elige así: PATH (o --ledger), luego $FOLLOWUP_LEDGER, luego
    ledger.json en la raíz del repositorio git en el que se encuentra, luego `ledger` en config.toml
    y, por último, ledger.json en el directorio de datos (se crea a partir de un ejemplo si falta).
    Las fechas admiten AAAA-MM-DD, DD/MM/AAAA (31/03/2027), hoy, mañana, ayer, días de la semana
    (viernes, miércoles o miercoles), +3d, -1d, +2w, +1m, 2027.3.31 y las formas en inglés
    (today, tomorrow, fri).
    $FOLLOWUP_TODAY=AAAA-MM-DD fija la fecha de hoy para obtener resultados reproducibles.
    El idioma: --lang, luego `language` en config.toml, luego LC_ALL, LC_MESSAGES, LANG.

    Códigos de salida: 0 éxito; 1 archivo no válido, error de uso o conflicto de fusión; 2 falla de
    E/S o de bloqueo; el tablero detenido por SIGHUP o SIGTERM: 129 o 143.
help-arg-path = El archivo de seguimiento que se abrirá en el tablero.
help-arg-ledger = El archivo de seguimiento, para cualquier comando.
help-arg-lang = El idioma: en, es o ko (de forma predeterminada: `language` en la configuración y luego la configuración regional).
help-init = Crea un archivo de seguimiento nuevo (de forma predeterminada: ledger.json en la raíz del repositorio git o aquí).
help-init-after =
    Sin PATH, el archivo se crea como ledger.json en la raíz del repositorio git en el que se
    encuentra o, si no hay uno, en el directorio actual. Nunca se sobrescribe un archivo existente.
    --party indica una parte de la comisión; repítalo para cada una, en orden.
help-check = Valida un archivo de seguimiento e informa lo que contiene.
help-check-after =
    --strict también falla (salida 1) cuando hay conflictos de fusión sin resolver o el archivo
    no está en forma canónica: úselo en un hook pre-commit.
help-fmt = Reescribe un archivo de seguimiento en forma canónica.
help-list = Lista los acuerdos en una tabla.
help-show = Muestra un acuerdo completo.
help-add = Agrega un acuerdo.
help-add-after =
    Sin --id, el id es el siguiente libre en el esquema de la reunión (JC3-05) o, sin --meeting,
    en el esquema de los acuerdos que no surgieron de una reunión: A-01, A-02, …
    --opened toma de forma predeterminada la fecha de la reunión o, si no hay, la de hoy.
help-set = Cambia campos: CAMPO=VALOR y, para responsables y etiquetas, también CAMPO+=VALOR, CAMPO-=VALOR.
help-set-after =
    Campos: title, status, workstream, owners, due, meeting, opened, tags (o sus nombres en
    español: título, estado, eje de trabajo, responsables, fecha límite, reunión…).
    Los estados se escriben en español o como en el archivo (bloqueado o blocked).
    Las listas llevan valores separados por comas; un valor vacío borra el campo.
    Al mover `due`, el plazo anterior se conserva en due_history.
help-meeting = Agrega o actualiza una reunión (cada acuerdo indica la reunión en la que se adoptó).
help-resolve = Resuelve un conflicto de fusión conservando una versión: `ID PATH ours|theirs` para el de un acuerdo (vea `followup show ID`), `--top PATH ours|theirs` para los del propio archivo.
help-resolve-after =
    PATH indica dónde está el conflicto, tal como lo muestra `followup show ID` (para los
    conflictos del propio archivo, tal como los informó la fusión):
      status, due, owners          un campo del acuerdo
      x_ext.a                      una clave dentro de un campo; una clave con caracteres que no
                                   sean letras, dígitos, _ y - va entre comillas: x_ext["a.b"]
      meetings[id=JC3].place       un elemento de una lista elegido por su id (con --top)
      reviews[0]                   un elemento de una lista por su posición (con --top)
      (item)                       el acuerdo mismo: una parte lo eliminó y la otra lo editó
    ours conserva el valor de esta copia (el archivo ya lo contiene); theirs, el de la otra parte.
    Ejemplos:
      followup resolve JC2-09 status theirs
      followup resolve JC2-09 'x_ext["a.b"]' ours
      followup resolve --top committee.name theirs
help-note = Agrega una nota a un acuerdo.
help-committee = Establece el nombre de la comisión y sus partes.
help-committee-after =
    --name establece el nombre. --party, repetido, reemplaza la lista de partes por las indicadas,
    en orden (para agregar una, indíquelas todas). No cambia nada más.
help-report = Minuta o agenda del periodo: Markdown, HTML, CSV o JSON.
help-export = Escribe el registro como libro de Excel, archivo CSV o calendario (ics).
help-import = Incorpora un libro exportado, o adopta una bitácora de acuerdos (.xlsx, .xls, .ods, .csv).
help-person = Agrega una persona al directorio o la actualiza: correo, idioma, alias.
help-remind = Envía un correo a cada responsable de acuerdos vencidos, por vencer o bloqueados, en su idioma.
help-diff = Qué cambió en el archivo entre revisiones de git, acuerdo por acuerdo.
help-diff-after =
    Sin REV: el último commit frente al archivo de trabajo.
    Con REV: esa revisión frente al archivo de trabajo. Con REV REV2: las dos revisiones.
help-textconv = Imprime un archivo de seguimiento con una línea por acuerdo (textconv de git para diferencias legibles).
help-merge = Controlador de fusión de git: fusiona THEIRS en OURS por acuerdo y campo (salida 1 si hay conflicto).
help-git-setup = Registra el controlador de fusión y el textconv del archivo en su repositorio git.
help-recover = Incorpora los cambios sin guardar que conservó un tablero cerrado y luego los elimina (salida 1 si hay conflicto).
help-sync = Hace commit de los cambios del archivo, fusiona los del remoto con el controlador de followup y los envía.
help-sync-after =
    Intercambia el archivo con la otra capital a través del remoto de git, en un solo paso:
      1. hace commit de los cambios pendientes del archivo (solo del archivo y de .gitattributes
         cuando `followup git-setup` acaba de agregar su línea; los demás archivos preparados se
         quedan así), con un mensaje hecho de los cambios (`JC2-03 done; JC2-01 note; JC3-05 added`)
         y su identidad de git (`git config user.name`/`user.email`: followup nunca inventa una);
      2. trae el upstream de la rama (o origin/RAMA) y lo fusiona por acuerdo y campo con el
         controlador de fusión de followup, incluso en un clon que nunca ejecutó `followup git-setup`;
      3. envía (nunca forzado; si alguien envió mientras tanto, vuelve a traer y fusionar, hasta
         3 veces) y muestra lo que llegó y lo que salió, acuerdo por acuerdo.
    Un campo cambiado de forma distinta en ambas partes detiene la sincronización antes de enviar:
    se indican los conflictos y el archivo sigue cargando; resuelva cada uno con
    `followup resolve ID FIELD ours|theirs` y luego `followup sync` concluye la fusión y envía.
    --repair rehace a partir de las etapas del índice de git una fusión que git hizo como texto
    (el archivo tiene marcas <<<<<<<); luego `followup sync` la concluye.
    Las credenciales son las de git (asistentes de credenciales, el agente ssh): git nunca pide
    datos durante una sincronización. Sus propios hooks de git se ejecutan como en cualquier
    commit, fusión o envío.

    Códigos de salida: 0 sincronizado; 1 conflictos por resolver (o un problema de configuración:
    sin identidad, sin remoto); 2 el remoto no está disponible o rechaza el envío (los commits
    locales se conservan: la próxima sincronización los envía).
help-completions = Imprime el script de autocompletado para un shell (bash, zsh, fish, powershell).
help-man = Imprime la página del manual (roff).

## Búsqueda del archivo
cli-bad-lang = `{ $lang }`: followup habla en, es y ko
cli-no-ledger-path = no se indicó un registro de acuerdos y no hay directorio personal para usar uno predeterminado
cli-created-sample = se creó un registro de acuerdos de ejemplo en { $path }
cli-not-a-command = `{ $name }` no es un comando ni un archivo (vea `followup --help`)
cli-no-such-ledger = { $path }: no se puede leer: no existe el archivo (créelo con `followup init { $path }`)
cli-no-such-configured-ledger = { $path }: no se puede leer: no existe el archivo (indicado por `ledger` en { $config })
cli-no-current-dir = no se encuentra el directorio actual: { $cause }
cli-created = se creó { $path }
cli-locked-by = bloqueado por { $holder }
cli-cannot-lock = no se puede bloquear: { $cause }
cli-none = ninguno

## check, fmt
cli-check-ok = { $path }: correcto, { $items ->
        [one] 1 acuerdo
       *[other] { $items } acuerdos
    }, { $meetings ->
        [one] 1 reunión
       *[other] { $meetings } reuniones
    }, { $reviews ->
        [one] 1 revisión
       *[other] { $reviews } revisiones
    }
cli-check-conflicts = { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } de una fusión por resolver: vea `followup show ID`
cli-check-not-canonical = no está en forma canónica: ejecute `followup fmt`
cli-check-strict-failed = { $detail }; --strict: corrija esto antes de sincronizar
cli-fmt-already = { $path }: ya está en forma canónica
cli-fmt-not-canonical = { $path }: no está en forma canónica (ejecute `followup fmt`)
cli-fmt-rewritten = { $path }: reescrito en forma canónica

## list
cli-col-id = ID
cli-col-status = ESTADO
cli-col-due = PLAZO
cli-col-owners = RESPONSABLES
cli-col-workstream = EJE DE TRABAJO
cli-col-title = TÍTULO
cli-list-summary = { $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    }, { $overdue ->
        [one] 1 vencido
       *[other] { $overdue } vencidos
    }, { $soon } por vencer en { $days ->
        [one] 1 día
       *[other] { $days } días
    }

## show
cli-show-agreed-due = plazo acordado
cli-show-slipped = reprogramado
cli-show-updated = actualizado
cli-show-conflict = CONFLICTO
cli-show-settle = resuélvalo con `followup resolve { $id } CAMPO ours|theirs`
cli-show-notes = notas

## add, set, resolve, committee
cli-bad-status = estado desconocido `{ $status }` (estados: { $labels })
cli-set-expected = se esperaba CAMPO=VALOR
cli-set-unknown-field = campo desconocido `{ $field }` (campos: title, status, workstream, owners, due, meeting, opened, tags)
cli-set-only-equals = `{ $field }` solo admite CAMPO=VALOR
cli-set-no-value = no se indicó ningún valor
cli-resolve-usage = resolve lleva ID PATH ours|theirs (o --top PATH ours|theirs para los conflictos del propio registro de acuerdos)
cli-resolve-top-usage = resolve --top lleva PATH ours|theirs (sin id de acuerdo)
cli-bad-side = `{ $side }`: se esperaba ours o theirs
cli-bad-path = `{ $path }` no es una ruta: { $reason } (vea `followup resolve --help`)
cli-committee-nothing = no hay nada que establecer: indique --name o --party

## diff, merge, git-setup
cli-diff-none = sin cambios
cli-rev-dash = `{ $rev }` no es una revisión: las revisiones nunca empiezan con `-` (por ejemplo, HEAD~1, un hash de commit, una rama)
cli-rev-empty = la revisión está vacía
cli-not-in-git-hint = indique el registro de acuerdos de su repositorio con -f PATH, $FOLLOWUP_LEDGER o `ledger` en config.toml, o ejecute followup dentro del repositorio que contiene ledger.json
cli-merge-unreadable = { $what }; no se fusionó
cli-renumbered = { $name }: { $from } se agregó en ambas versiones; la versión de la otra capital conserva ese id y el acuerdo de la versión local ({ $title }) ahora es { $to }
cli-merge-conflicts = { $name }: { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } ({ $list }); ambas versiones quedan registradas en el archivo: resuélvalos en `followup { $name }` (M) o con `followup -f { $name } resolve ID PATH ours|theirs` (`--top PATH` para los del propio archivo) y luego haga commit
cli-git-setup-done = { $rel }: git ya está configurado para followup
diff-due = plazo { $date }
diff-owners = responsables { $owners }
diff-note = nota { $note }
diff-notes-removed = { $n ->
        [one] 1 nota eliminada
       *[other] { $n } notas eliminadas
    }
diff-later = { $n ->
        [one] 1 día después
       *[other] { $n } días después
    }
diff-earlier = { $n ->
        [one] 1 día antes
       *[other] { $n } días antes
    }
diff-meeting = reunión { $id }
diff-review = revisión { $date } ({ $attendees })

## recover
cli-recover-none = { $name }: no hay cambios sin guardar que recuperar
cli-recover-not-removed = { $file }: se incorporó a { $name } pero no se puede eliminar: { $cause }; elimínelo a mano
cli-recover-merged = { $name }: se incorporaron los cambios conservados el { $when }
cli-recover-renumbered = { $name }: { $from } se agregó en ambas versiones; la del archivo conserva ese id y el acuerdo recuperado ahora es { $to }
cli-recover-conflicts = { $name }: { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } ({ $list }); ambas versiones quedan registradas en el archivo: resuélvalos en el tablero (M) o con `followup -f { $name } resolve ID PATH ours|theirs` (`resolve --top PATH ours|theirs` para los del propio archivo)
cli-recover-unreadable = { $what }; se deja como está

## sync
cli-sync-committed = commit: { $message }
cli-sync-concluded = se concluyó la fusión de { $upstream }
cli-sync-temporary-driver = se fusionó con el controlador de followup solo para esta sincronización; `followup git-setup` lo hace permanente (luego haga commit de .gitattributes)
cli-sync-notice = fusión: { $notice }
cli-sync-came-in = llegó de { $upstream }:
cli-sync-went-out = salió hacia { $upstream }: { $n ->
        [one] 1 commit
       *[other] { $n } commits
    }
cli-sync-more = … { $n } más
cli-sync-no-program = no se encuentra la ruta de este programa: { $cause }
cli-sync-up-to-date = { $rel }: al día con { $upstream }
cli-sync-synced = { $rel }: sincronizado con { $upstream }
cli-repair-done = { $rel }: fusionado de nuevo por acuerdo y campo a partir del índice de git, y preparado
cli-repair-next = ejecute `followup sync` para concluir la fusión y enviarla
cli-not-the-repository-ledger = { $top } no tiene ledger.json en su raíz: se usa { $path } (traiga el de la otra capital con `followup sync` o cree uno con `followup init`)

# El primer día de una secretaría, confianza en los archivos de recuperación (issue 18)
cli-repository-without-ledger = { $top } es un repositorio git sin ledger.json: traiga el de la otra capital con `followup sync` o cree uno con `followup init`
cli-sync-brought-in = { $rel }: se trajo de { $upstream }
cli-recover-would-change = { $name }: fusionar los cambios sin guardar ({ $n ->
        [one] un archivo de recuperación
       *[other] { $n } archivos de recuperación
    }) cambiaría lo siguiente:
cli-recover-shown-only = no se fusionó nada: ejecute `followup recover --yes` para fusionarlos
cli-recover-ask = ¿Desea fusionarlos con el registro de acuerdos? [s/N]
cli-recover-declined = no se fusionó nada
cli-recover-refused = { $file }: no es un archivo de recuperación propio (está bajo control de versiones en git, o proviene de otro usuario, otro equipo u otro archivo): se deja como está y nunca se fusiona
cli-man-written = { $n ->
        [one] se escribió 1 página de manual
       *[other] se escribieron { $n } páginas de manual
    } en { $dir }
