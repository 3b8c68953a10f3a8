# followup: la línea de comandos (español de México). Ids y marcadores iguales a en/ y ko/.

## Búsqueda del archivo
cli-bad-lang = `{ $lang }`: followup habla en, es y ko
cli-no-ledger-path = no se indicó la ruta del registro de acuerdos y no hay un directorio personal donde usar el predeterminado
cli-created-sample = se creó un registro de acuerdos de ejemplo en { $path }
cli-not-a-command = `{ $name }` no es un comando ni un archivo (consulte `followup --help`)
cli-no-such-ledger = { $path }: no se puede leer: no existe el archivo (créelo con `followup init { $path }`)
cli-no-such-configured-ledger = { $path }: no se puede leer: no existe el archivo (indicado por `ledger` en { $config })
cli-no-current-dir = no se encuentra el directorio actual: { $cause }
cli-created = se creó { $path }
cli-none = (sin valor)

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
cli-check-strict-failed = { $detail }; --strict: corrija esto antes de guardar los cambios en git
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
cli-show-agreed-due = plazo inicial
cli-show-slipped = reprogramado
cli-show-updated = actualizado
cli-show-conflict = CONFLICTO
cli-show-settle = resuélvalo con `followup resolve { $id } CAMPO ours|theirs`
cli-show-notes = notas

## add, set, resolve, committee
cli-bad-status = estado desconocido `{ $status }` (estados: { $labels })
cli-set-expected = se esperaba CAMPO=VALOR
cli-set-unknown-field = campo desconocido `{ $field }` (campos: { $fields })
cli-bad-sort = orden desconocido `{ $sort }` (opciones: { $keys })
cli-set-only-equals = `{ $field }` solo admite CAMPO=VALOR
cli-set-no-value = no se indicó ningún valor
cli-resolve-usage = resolve requiere ID RUTA ours|theirs (o --top RUTA ours|theirs para los conflictos del propio registro de acuerdos)
cli-resolve-top-usage = resolve --top requiere RUTA ours|theirs (sin id de acuerdo)
cli-bad-side = `{ $side }`: se esperaba ours o theirs
cli-bad-path = `{ $path }` no es una ruta: { $reason } (vea `followup resolve --help`)
cli-committee-nothing = no hay nada que modificar: indique --name, --party o --languages

## translate, list --untranslated
cli-col-text = TEXTO
cli-col-state = TRADUCCIÓN
cli-col-original = ORIGINAL
cli-text-title = título
cli-text-note = nota { $n }
cli-untranslated-summary = { $n ->
        [one] 1 texto
       *[other] { $n } textos
    } de { $items ->
        [one] 1 acuerdo
       *[other] { $items } acuerdos
    } por traducir al { $language } ({ $outdated } con traducción desactualizada)
cli-untranslated-none = no hay nada por traducir al { $language }
cli-untranslated-others = además, hay { $n ->
        [one] 1 texto
       *[other] { $n } textos
    } por traducir de la Comisión, sus ejes de trabajo o sus reuniones: `followup translate --committee`, `--workstream NOMBRE`, `--meeting ID`
cli-translate-which = indique qué texto traducir: el id de un acuerdo (su título, o una nota con --note NÚMERO), o bien --meeting ID, --workstream NOMBRE o --committee
cli-translate-no-id = `{ $text }`: --meeting, --workstream y --committee ya indican el texto; escriba solo la traducción
cli-translate-takes-no-text = `{ $flag }` no lleva traducción: `{ $text }`
cli-translate-no-text = escriba la traducción (para eliminar una: --remove)
cli-translate-no-language = indique el idioma de la traducción con --into IDIOMA (o el del original con --written-in IDIOMA)
cli-translate-not-working = el { $language } no es uno de los idiomas de trabajo de la Comisión ({ $languages }): agréguelo con `followup committee --languages { $codes }`
cli-translate-no-languages = la Comisión aún no tiene idiomas de trabajo, por lo que el { $language } no es uno de ellos: indíquelos, primero el de los originales, con `followup committee --languages es,ko`

## diff, merge, git-setup
cli-diff-none = sin cambios
cli-rev-dash = `{ $rev }` no es una revisión: las revisiones nunca empiezan con `-` (por ejemplo, HEAD~1, un hash de commit, una rama)
cli-rev-empty = la revisión está vacía
cli-not-in-git-hint = indique el registro de acuerdos de su repositorio con -f RUTA, $FOLLOWUP_LEDGER o `ledger` en config.toml, o ejecute followup dentro del repositorio que contiene ledger.json
cli-renumbered = { $name }: { $from } se agregó en ambas versiones; la versión de la otra capital conserva ese id y el acuerdo de la versión local ({ $title }) ahora es { $to }
cli-merge-conflicts = { $name }: { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } ({ $list }); ambas versiones se conservan en el registro de acuerdos: resuélvalos en `followup { $name }` (M) o con `followup -f { $name } resolve ID RUTA ours|theirs` (`--top RUTA` para los del propio registro de acuerdos) y luego guarde el resultado en git (`git commit`)
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
cli-recover-renumbered = { $name }: { $from } se agregó en ambas versiones; la del registro de acuerdos conserva ese id y el acuerdo recuperado ahora es { $to }
cli-recover-conflicts = { $name }: { $n ->
        [one] 1 conflicto
       *[other] { $n } conflictos
    } ({ $list }); ambas versiones se conservan en el registro de acuerdos: resuélvalos en el tablero (M) o con `followup -f { $name } resolve ID RUTA ours|theirs` (`resolve --top RUTA ours|theirs` para los del propio registro de acuerdos)
cli-recover-unreadable = { $what }; se deja como está

## sync
cli-sync-committed = se guardó en git: { $message }
cli-sync-concluded = se concluyó la fusión de { $upstream }
cli-sync-temporary-driver = se fusionó con el controlador de followup solo para esta sincronización; `followup git-setup` lo hace permanente (luego guarde .gitattributes en git con `git commit`)
cli-sync-notice = fusión: { $notice }
cli-sync-came-in = se recibió de { $upstream }:
cli-sync-went-out = se envió a { $upstream }: { $n ->
        [one] 1 commit
       *[other] { $n } commits
    }
cli-sync-more = … { $n } más
cli-sync-no-program = no se encuentra la ruta de este programa: { $cause }
cli-sync-up-to-date = { $rel }: al día con { $upstream }
cli-sync-synced = { $rel }: sincronizado con { $upstream }
cli-repair-done = { $rel }: se volvió a fusionar por acuerdo y campo a partir del índice de git, y el resultado quedó en el índice
cli-repair-next = ejecute `followup sync` para concluir la fusión y enviarla
cli-not-the-repository-ledger = { $top } no tiene ledger.json en la raíz: se usa { $path } (traiga el de la otra capital con `followup sync` o cree uno con `followup init`)

# El primer día de una secretaría, confianza en los archivos de recuperación (issue 18)
cli-repository-without-ledger = { $top } es un repositorio git sin ledger.json: traiga el de la otra capital con `followup sync` o cree uno con `followup init`
cli-sync-brought-in = { $rel }: se recibió de { $upstream }
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
