## Un escritorio con varias comisiones en el tablero (followup --all): la
## cartera de todas las comisiones y el selector para abrir una de ellas.

desk-title = Todas las comisiones
desk-label = { $n ->
        [one] 1 comisión
       *[other] { $n } comisiones
    }{ $unreadable ->
        [0] {""}
        [one] , 1 ilegible
       *[other] , { $unreadable } ilegibles
    } · P: una comisión
col-committee = Comisión
filter-committee = comisión { $v }
key-filter-committee = filtrar por comisión
desk-unreadable = ⚠ no se puede leer { $name }: { $why }
desk-unreadable-more = ⚠ { $n ->
        [one] 1 comisión más no se puede leer
       *[other] otras { $n } comisiones no se pueden leer
    } (followup check --all indica por qué)
desk-switcher-title = Abrir una comisión
desk-switcher-typed = Comisión: { $typed }▏
desk-switcher-hint = una letra o un nombre · ↑↓ · Enter abre · Esc regresa
desk-switcher-none = ninguna comisión coincide
scope-switcher = selector de comisión
key-portfolio = la cartera de todas las comisiones (followup --all): abrir una comisión; desde ella, regresar
key-sw-type = escriba una letra o parte del nombre de la comisión
key-sw-erase = borrar una letra
key-sw-next = comisión siguiente
key-sw-prev = comisión anterior
key-sw-go = abrir el tablero de la comisión elegida
msg-no-portfolio = ninguna cartera incluye este registro de acuerdos: indique sus comisiones con [[portfolio]] en config.toml y ejecute followup --all
help-arg-all = Abrir la cartera: todas las comisiones indicadas con [[portfolio]] en config.toml, en una sola tabla.
desk-syncing-all = sincronizando { $name } ({ $at } de { $n })…
desk-synced-all = { $n ->
        [one] 1 Comisión
       *[other] { $n } Comisiones
    }: { $synced ->
        [one] 1 sincronizada
       *[other] { $synced } sincronizadas
    }, { $current } al día, { $failed } con error
desk-synced-all-failed = { $said } ({ $failures })
sum-more-committees = +{ $n } { $n ->
        [one] Comisión más
       *[other] Comisiones más
    } (t: cronograma)
