# followup: English catalog. Ids and placeholders must match es/ and ko/.
# Terms: see locales/GLOSSARY.md.

## Statuses (the file keeps open, in-progress, blocked, done, dropped)
status-open = open
status-in-progress = in progress
status-blocked = blocked
status-done = done
status-dropped = dropped

## Dates relative to today ($unit: day, week, month, year)
rel-today = today
rel-in = in { $n }{ $unit ->
        [day] d
        [week] w
        [month] mo
       *[year] y
    }
rel-late = { $n }{ $unit ->
        [day] d
        [week] w
        [month] mo
       *[year] y
    } late
rel-ago = { $n }{ $unit ->
        [day] d
        [week] w
        [month] mo
       *[year] y
    } ago

## Counts
count-items = { $n ->
        [one] 1 item
       *[other] { $n } items
    }
