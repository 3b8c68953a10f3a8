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

## Field labels
field-id = id
field-title = title
field-status = status
field-workstream = workstream
field-owners = owners
field-due = due
field-meeting = meeting
field-opened = opened
field-tags = tags

## What an operation did
out-added = added { $id }
out-status = { $id }: { $from } → { $to }
out-due-moved = { $id }: due { $to } ({ $shift ->
        [later] postponed
        [earlier] brought forward
       *[other] changed
    }; moved { $slips ->
        [one] once
       *[other] { $slips } times
    }, first agreed { $first })
out-due-set = { $id }: due { $to }
out-due-cleared = { $id }: deadline cleared (was { $from })
out-renamed = { $from } is now { $to }
out-set = { $id }: { $field } { $to }
out-cleared = { $id }: { $field } cleared
out-note-added = { $id }: note added
out-deleted = deleted { $id } “{ $title }”
out-review-recorded = { $n ->
        [0] review of { $date } recorded
       *[other] review of { $date } recorded ({ $attendees })
    }
out-meeting-added = meeting { $id } added
out-meeting-updated = meeting { $id } updated
out-unchanged-item = { $id }: nothing changed
out-unchanged = nothing changed

## Why an operation was refused
err-no-item = no item `{ $id }`
err-duplicate-id = an item `{ $id }` already exists
err-unknown-meeting = there is no meeting `{ $id }`; add it first: followup meeting { $id } --date YYYY-MM-DD --title "…"
err-empty-title = the title is empty
err-empty-note = the note is empty
err-empty-meeting-id = the meeting id is empty
err-not-in-list = { $id } has no { $field } value `{ $value }` (now: { $now })

## Merge conflicts and the committee
side-ours = ours
side-theirs = theirs
out-resolved = { $id } { $path }: kept { $side }
out-resolved-kept = { $id }: kept, as { $side } had it
out-resolved-deleted = { $id }: deleted, as { $side } had it
out-committee = committee: { $name } ({ $parties })
err-empty-committee-name = the committee's name is empty
err-empty-party = a party's name is empty
err-no-conflict = there is no conflict there
err-no-conflict-there = no conflict on `{ $path }` (conflicts: { $open })
err-place-gone = { $path }: the place is gone
err-shape-changed = { $path }: the place has another shape now
err-resolve-invalid = { $path }: that value cannot be kept: { $reason }
side-this-clone = { $author } (this clone)
side-this-clone-uncommitted = this clone (not yet committed)
side-incoming = { $author } ({ $from })
side-incoming-unknown = { $from }

## Who a note is by when nothing else says (issue 19)
note-author-default = Secretariat
note-author-import = workbook { $file }

## Dates in formal documents (the minutes, the reminders): $month 1–12
date-formal = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }
