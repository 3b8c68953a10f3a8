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
