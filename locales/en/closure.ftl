## Closure both parties agree to: where an item's closure stands, and its history.

closure-awaiting = awaiting confirmation by { $parties }
closure-confirmed = confirmed by { $party }
closure-status = { $status } — { $closure }
closure-act-closed = closed
closure-act-confirmed = confirmed
closure-act-reopened = reopened
closure-who = { $author } for { $party }
closure-event-closed = { $status } · { $who } · { $at }
closure-event = { $who } · { $at }
detail-closure = closure

## The dashboard: the keys, the reopening's note box, the summary's count.

key-confirm-closure = confirm, for your party, the other party's closure of the item
key-reopen = reopen the done or dropped item, with a note saying why
reopen-title = Reopen { $id } — { $title }
reopen-placeholder = Why the item is reopened…
sum-awaiting = { $n ->
    [one] { $n } awaiting confirmation
   *[other] { $n } awaiting confirmation
}

## The review's agenda.

section-awaiting-you = Awaiting your confirmation
section-awaiting = Awaiting confirmation

## The minutes.

report-closures-confirmed = Closures confirmed in the period
report-closures-awaiting = Awaiting confirmation
report-closure-confirmed = { $status } for { $closer } on { $closed }, confirmed by { $party } on { $confirmed }
report-closure-awaiting = { $status } for { $closer } on { $closed }, awaiting confirmation by { $parties }

## Reminders: asking the other party to confirm.

mail-reason-confirm = awaiting your confirmation of its closure
mail-item-closed-by = Closed by { $party } on { $date }.
mail-item-how-to-confirm = To confirm the closure: `followup confirm { $id }` (or the key C in the dashboard); to reopen it, with a note saying why: `followup reopen { $id } "…"` (or X).
