# followup: catálogo en español (México). Ids y marcadores iguales a en/ y ko/.
# Términos: ver locales/GLOSSARY.md.

## Estados (el archivo guarda open, in-progress, blocked, done, dropped)
status-open = pendiente
status-in-progress = en curso
status-blocked = bloqueado
status-done = concluido
status-dropped = cancelado

## Fechas relativas a hoy
rel-today = hoy
rel-in = en { $n } { $unit ->
        [day] { $n ->
            [one] día
           *[other] días
        }
        [week] { $n ->
            [one] semana
           *[other] semanas
        }
        [month] { $n ->
            [one] mes
           *[other] meses
        }
       *[year] { $n ->
            [one] año
           *[other] años
        }
    }
rel-late = { $n } { $unit ->
        [day] { $n ->
            [one] día
           *[other] días
        }
        [week] { $n ->
            [one] semana
           *[other] semanas
        }
        [month] { $n ->
            [one] mes
           *[other] meses
        }
       *[year] { $n ->
            [one] año
           *[other] años
        }
    } de atraso
rel-ago = hace { $n } { $unit ->
        [day] { $n ->
            [one] día
           *[other] días
        }
        [week] { $n ->
            [one] semana
           *[other] semanas
        }
        [month] { $n ->
            [one] mes
           *[other] meses
        }
       *[year] { $n ->
            [one] año
           *[other] años
        }
    }

## Conteos
count-items = { $n ->
        [one] 1 acuerdo
       *[other] { $n } acuerdos
    }
