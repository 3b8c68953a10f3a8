## followup log and the dashboard's history view: every change to one item, read from git.
log-none = { $id }: no change to this item in git yet
log-party = for { $party }
log-signed-trusted = signed, trusted key
log-signed-untrusted = signed, key not trusted
log-signed-unverified = signed, not verifiable
log-signed-bad = bad signature
log-added = added: { $title }
log-removed = removed
log-note-added = note { $note }
log-notes-removed = { $n ->
        [one] a note removed
       *[other] { $n } notes removed
    }
log-settled-ours = { $field }: conflict settled, the merging side's value kept
log-settled-theirs = { $field }: conflict settled, the incoming value kept
log-settled-edited = { $field }: conflict settled by hand

## followup report --review
report-review-none = no review of { $date } was committed to git (a review recorded in the dashboard with `r` is committed on its own)
report-review-not-in-git = the minutes of a past review are regenerated from git, and this ledger is not in a git repository

## Help
help-log = Every change to one item read from git, newest first: the date, the author, the party, the signature and each field's old → new.
help-arg-log-id = The item's id (JC2-03).
help-arg-report-review = Regenerate the minutes of the review of that date (YYYY-MM-DD) exactly, from the commit that recorded it.

## The commits followup makes: in English in every language, on purpose
## (both capitals read them in git), so these stay as here in es and ko.
commit-settled-by = Settled by { $who } for { $party }.
commit-settled-by-alone = Settled by { $who }.
commit-review-subject = Review { $date }: { $attendees }
commit-review-subject-alone = Review { $date }

## The dashboard's history view (L)
key-item-log = the item's history from git (toggle)
item-log-heading = History (git)
item-log-loading = reading the history from git…
item-log-failed = the history could not be read from git (is the ledger in a git repository?)
item-log-empty = no change to this item in git yet
