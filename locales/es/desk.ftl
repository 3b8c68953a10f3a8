## Un área con varias Comisiones en el tablero (followup --all): la
## cartera de todas las Comisiones y el selector para abrir una de ellas.
## «Comisión» con mayúscula, como en portfolio.ftl.

desk-title = Todas las Comisiones
desk-label = { $n ->
        [one] 1 Comisión
       *[other] { $n } Comisiones
    }{ $unreadable ->
        [0] {""}
        [one] , 1 ilegible
       *[other] , { $unreadable } ilegibles
    } · P: una Comisión
col-committee = Comisión
filter-committee = Comisión { $v }
key-filter-committee = filtrar por Comisión
desk-unreadable = ⚠ no se puede leer { $name }: { $why }
desk-unreadable-more = ⚠ { $n ->
        [one] otra Comisión no se puede leer
       *[other] otras { $n } Comisiones no se pueden leer
    } (followup check --all indica por qué)
desk-switcher-title = Abrir una Comisión
desk-switcher-typed = Comisión: { $typed }▏
desk-switcher-hint = una letra o nombre · ↑↓ · Enter abre · Esc regresa
desk-switcher-none = ninguna Comisión coincide
scope-switcher = selector de Comisión
key-portfolio = cartera de todas las Comisiones (followup --all): abrir una Comisión y, desde ella, regresar a la cartera
key-sw-type = escriba una o varias letras del nombre de la Comisión
key-sw-erase = borrar una letra
key-sw-next = siguiente Comisión
key-sw-prev = Comisión anterior
key-sw-go = abrir el tablero de la Comisión elegida
msg-no-portfolio = ninguna cartera incluye este registro de acuerdos: indique sus Comisiones con [[portfolio]] en config.toml y ejecute followup --all
help-arg-all = Abre la cartera: todas las Comisiones indicadas con [[portfolio]] en config.toml, en una sola tabla.
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
