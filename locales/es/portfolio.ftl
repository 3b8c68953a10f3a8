## La cartera de un área: todas las Comisiones a las que da seguimiento ([[portfolio]] en config.toml)
portfolio-err-entry = { $config }: la entrada { $index } de [[portfolio]] requiere `path` (un registro de acuerdos, o un repositorio que contenga ledger.json) o bien `folder` (una carpeta de esos repositorios), pero no ambos
portfolio-err-folder = { $path }: no se puede leer esta carpeta de [[portfolio]]: { $cause }
portfolio-err-same-name = dos Comisiones de la cartera se llaman «{ $name }»: asigne a una de ellas su propio `name` en su entrada de [[portfolio]] ({ $config })
portfolio-err-same-ledger = «{ $first }» y «{ $second }» de la cartera usan el mismo registro de acuerdos ({ $path }): conserve solo una de las dos entradas en [[portfolio]] ({ $config })
portfolio-err-empty = --all requiere que { $config } indique las Comisiones a las que usted da seguimiento: una entrada [[portfolio]] con `folder = "…"` (una carpeta de repositorios) o `path = "…"` (un registro de acuerdos) por cada una
portfolio-none-found = las carpetas de [[portfolio]] en config.toml no contienen ningún repositorio con un ledger.json
portfolio-all-with-ledger = --all lee todas las Comisiones de la cartera ([[portfolio]] en config.toml): omita --all o el registro de acuerdos { $path }

## --all en los comandos
portfolio-col-committee = COMISIÓN
portfolio-list-summary = { $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    } en { $committees ->
        [one] 1 Comisión
       *[other] { $committees } Comisiones
    }: { $overdue ->
        [one] 1 vencido
       *[other] { $overdue } vencidos
    }, { $soon } por vencer en { $days ->
        [one] 1 día
       *[other] { $days } días
    }
portfolio-check-failed = { $failed ->
        [one] 1 registro de acuerdos
       *[other] { $failed } registros de acuerdos
    } de { $n } no { $failed ->
        [one] pasó
       *[other] pasaron
    } la validación
portfolio-sync-up-to-date = al día con { $upstream }
portfolio-sync-synced = sincronizado con { $upstream }: { $incoming ->
        [0] no llegó nada
        [one] llegó 1 acuerdo modificado
       *[other] llegaron { $incoming } acuerdos modificados
    }; { $outgoing ->
        [0] no se envió nada
        [one] se envió 1 commit
       *[other] se enviaron { $outgoing } commits
    }
portfolio-sync-failed = { $failed ->
        [one] 1 repositorio
       *[other] { $failed } repositorios
    } de { $n } sin sincronizar
portfolio-export-ics-only = export --all escribe un solo calendario (--format ics); exporte las hojas de cálculo de una Comisión a la vez (-f REGISTRO)
portfolio-written = { $said } ({ $n ->
        [one] 1 Comisión
       *[other] { $n } Comisiones
    })
portfolio-html-committees = { $n ->
        [one] 1 Comisión
       *[other] { $n } Comisiones
    }
portfolio-html-contents = Contenido
ics-portfolio-name = Acuerdos de { $n ->
        [one] 1 Comisión
       *[other] { $n } Comisiones
    }

## Un solo recordatorio para varias Comisiones
mail-all-subject = Solicitud de actualización de { $n ->
        [one] un acuerdo
       *[other] { $n } acuerdos
    } de { $committees ->
        [one] una Comisión
       *[other] { $committees } Comisiones
    }
mail-all-intro = { $committees ->
        [one] La Secretaría Técnica de la Comisión indicada a continuación le solicita
       *[other] A nombre de las Secretarías Técnicas de las Comisiones indicadas a continuación, le solicitamos
    } atentamente información actualizada, con corte al { $today }, sobre { $n ->
        [one] el siguiente acuerdo a su cargo:
       *[other] los siguientes acuerdos a su cargo:
    }
mail-all-committee = ■ { $committee } ({ $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    })
mail-all-closing = Atentamente,
    Secretaría Técnica

## El informe de traspaso (report --brief)
brief-document = Informe de traspaso
brief-title = Informe de traspaso: { $committee }
brief-prepared = Elaborado el { $date } para quien asume el seguimiento de esta Comisión
brief-parties = Partes: { $parties }
brief-open = Acuerdos abiertos
brief-open-none = No hay acuerdos abiertos.
brief-item-owners = Responsables: { $owners }
brief-item-deadline = Plazo: { $date } ({ $relative }) · { $status }
brief-item-no-deadline = Sin plazo · { $status }
brief-item-slips = Plazo reprogramado { $n ->
        [one] una vez
       *[other] { $n } veces
    }: { $dates }
brief-item-note = Última nota ({ $date }): { $text }
brief-awaiting = Cierres pendientes de confirmación
brief-awaiting-none = Ningún cierre está pendiente de confirmación.
brief-counterparts = Contrapartes
brief-counterparts-none = El directorio aún no registra a nadie: agregue personas con `followup person NOMBRE --email …`.
brief-person-language = idioma: { $language }
brief-person-aliases = también figura como { $aliases }
brief-reviews = Últimas revisiones
brief-reviews-none = Aún no hay ninguna revisión registrada.
brief-review-attendees = Asistentes: { $attendees }

## --help de --all y --brief
help-arg-check-all = Valida el registro de acuerdos de cada Comisión de la cartera ([[portfolio]] en config.toml), con una línea por Comisión.
help-arg-list-all = Todas las Comisiones de la cartera ([[portfolio]] en config.toml) en una sola tabla, con una columna de Comisión al inicio; los filtros se aplican en cada Comisión.
help-arg-report-all = Todas las Comisiones de la cartera ([[portfolio]] en config.toml), una sección por Comisión (Markdown, HTML con índice, CSV, JSON).
help-arg-export-all = Un solo calendario de todas las Comisiones de la cartera ([[portfolio]] en config.toml); solo --format ics.
help-arg-remind-all = Un correo por persona para todas las Comisiones de la cartera ([[portfolio]] en config.toml), con sus acuerdos agrupados por Comisión.
help-arg-sync-all = Sincroniza cada repositorio de la cartera ([[portfolio]] en config.toml), con una línea por repositorio; si uno falla, los demás continúan.
help-arg-report-brief = Un informe de traspaso en lugar de la minuta: los acuerdos abiertos con las reprogramaciones de sus plazos, los cierres pendientes de confirmación por la otra parte, las contrapartes y las tres últimas revisiones.
brief-format = el informe de traspaso solo se escribe en Markdown (lo predeterminado), HTML (--format html) o JSON (--format json)
portfolio-read-failed = { $failed ->
        [one] 1 Comisión
       *[other] { $failed } Comisiones
    } de { $n } no se { $failed ->
        [one] pudo leer y se omitió
       *[other] pudieron leer y se omitieron
    }
portfolio-remind-not-sent = no se envió nada: { $failed ->
        [one] 1 Comisión
       *[other] { $failed } Comisiones
    } de { $n } no se { $failed ->
        [one] pudo
       *[other] pudieron
    } leer, y los correos omitirían sus acuerdos; corrija primero { $failed ->
        [one] el problema
       *[other] los problemas
    } (followup check --all) o envíe los recordatorios Comisión por Comisión (-f REGISTRO)
