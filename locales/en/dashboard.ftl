# followup dashboard: English. Ids and placeholders must match es/ and ko/.
# Terms: see locales/GLOSSARY.md. Keep labels short: every screen must fit 80×24.

## Dates
day-mon = Mon
day-tue = Tue
day-wed = Wed
day-thu = Thu
day-fri = Fri
day-sat = Sat
day-sun = Sun
day-date = { $day } { $date }
day-month = { $day } { $d } { $month }
month-short = { $m ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
month-year = { $month } { $year }

## Header
head-filter = filter: { $f }
head-sort = sort: { $sort }
head-sort-grouped = sort: { $sort } · by workstream
head-disk = ⚠ changed on disk
head-disk-short = ⚠ disk
head-conflicts = ⚠ { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } (M)
head-uncommitted = ✎ { $n } uncommitted
head-read-only = ◌ read-only
head-saved = ✔ saved
head-unsaved = ● unsaved
sort-due = due
sort-status = status
sort-id = id
sort-updated = updated
sort-workstream = workstream

## Filters
filter-status = status { $v }
filter-owner = owner { $v }
filter-workstream = workstream { $v }
filter-overdue = overdue
filter-due-within = due within { $n }d
filter-title = Filter
filter-none = none
filter-now = now: { $f }
pick-hint-status = Enter/Space toggle · Esc done
pick-hint = Enter choose · Esc back
pick-any = (any)
ws-none = (none)

## Summary strip
sum-overdue = ▲ { $n } overdue
sum-due-soon = ◆ { $n } due within { $days }d
sum-showing = showing { $n } of { $of }
sum-more-workstreams = +{ $n } more { $n ->
        [one] workstream
       *[other] workstreams
    } (t: timeline)

## Table
col-id = ID
col-title = Title
col-workstream = Workstream
col-owners = Owners
col-status = Status
col-due = Due
table-empty = The ledger has no items yet.
table-none-shown = No item matches the filter — press f then c to clear it.
table-group = ▾ { $name }  ({ $total ->
        [0] all dropped
       *[other] { $done }/{ $total } done
    })

## Detail pane
detail-title = detail
detail-dated = { $date } ({ $rel })
detail-agreed-due = agreed due
detail-slipped = moved
detail-slips = { $n ->
        [one] once{ $shift ->
            [later] , postponed
            [earlier] , brought forward
           *[other] {""}
        }
       *[other] { $n } times
    }: { $chain }
detail-no-deadline = none
detail-updated = updated
detail-none = (none)
detail-note-head = { $date } · { $author } ({ $ago })
detail-last-note = Last note · { $head }
detail-no-notes = No notes yet — c adds what the meeting says
detail-deleted = { $id } was deleted — u undoes
detail-conflicts = ⚠ { $n ->
        [one] 1 merge conflict
       *[other] { $n } merge conflicts
    } — M chooses a side
detail-conflict-item = the item: { $ours_name } { $ours } | { $theirs_name } { $theirs }
detail-conflict = { $path }: { $base } → { $ours_name } { $ours } | { $theirs_name } { $theirs }
detail-notes = notes ({ $n }, newest first)
detail-earlier-notes = earlier notes ({ $n }, newest first)

## Timeline
timeline-due = due { $date }
timeline-no-due = no deadline
legend-marks = ○ open  ◐ in progress  ⊘ blocked  ● done  × dropped  ▲ overdue
legend-today = today ({ $day })
legend-today-short = today
legend-arrows = ◂ ▸ off the axis
legend-undated = { $n } undated

## Search
search-no-match = no match
search-match-at = { $at }/{ $n } { $n ->
        [one] match
       *[other] matches
    }
search-matches = { $n ->
        [one] 1 match
       *[other] { $n } matches
    }

## Too small
small-title = Terminal too small
small-size = { $w }×{ $h }: followup needs at least { $minw }×{ $minh }.
small-hint = Enlarge the window, or press q to quit.

## Review mode
review-badge = REVIEW
review-empty = nothing on the agenda — R records the review
review-at = item { $at } of { $n }
review-section-at = { $section } ({ $at } of { $n })
review-last = last review { $date } ({ $ago })
review-first = first review
review-nothing = Nothing is late, due soon, blocked, changed or without an owner.
review-deleted = { $id }  (deleted)
section-overdue = Overdue
section-due-soon = Due within { $n ->
        [one] 1 day
       *[other] { $n } days
    }
section-blocked = Blocked
section-changed = Changed since the last review
section-unassigned = No owner or no deadline

## Forms
form-new-title = New item
form-edit-title = Edit { $id }
form-suggestions = { $at }/{ $n } { $n ->
        [one] suggestion
       *[other] suggestions
    } (Ctrl-n/p, → accepts): { $list }
form-due-none = → no deadline
form-due-slip = { " " }(was { $was }{ $shift ->
        [later] , postponed
        [earlier] , brought forward
       *[other] {""}
    }; ↻{ $n }, first agreed { $first })
hint-id = proposed from the meeting; may be changed
hint-title = what was agreed
hint-workstream = → accepts the suggestion
hint-owners = comma-separated; → accepts the suggestion
hint-status = ←/→, Space or { $keys }; or type it (done, in progress)
hint-due = 2026-12-01, today, +3d, +2w, fri; empty for none
hint-meeting = a meeting id, or empty
hint-tags = comma-separated
review-form-title = Record the review
review-date = date
review-attendees = attendees
review-summary = summary
hint-review-date = 2026-11-23, today, -1d, wed
hint-attendees = comma-separated; remembered from the last review
hint-summary = optional: one line for the minutes
review-form-about = { $items ->
        [one] 1 item
       *[other] { $items } items
    } on the agenda; { $edits ->
        [one] 1 edit
       *[other] { $edits } edits
    } this session. Enter records the review in the ledger and saves.
note-title = Note on { $id } — { $title }
note-placeholder = What was said or decided…
problem-taken = `{ $id }` is already taken
problem-empty-entry = an entry is empty (two commas in a row?)
problem-unknown-meeting = no meeting `{ $id }` in the ledger

## Prompts
delete-title = Delete?
delete-question = Delete { $id } “{ $title }”?
delete-notes = With its { $n ->
        [one] 1 note
       *[other] { $n } notes
    }. u undoes it until you quit.
quit-title = Unsaved edits
quit-edits = The ledger has { $n ->
        [one] 1 unsaved edit
       *[other] { $n } unsaved edits
    } since it was last saved.
quit-items = The ledger has unsaved edits to { $n ->
        [one] 1 item
       *[other] { $n } items
    } since it was last saved.
quit-question = Save them before quitting?
disk-title = Changed on disk
disk-changed = { $path } changed on disk ({ $n ->
        [one] 1 item
       *[other] { $n } items
    }) while you have unsaved edits.
disk-merge-keeps = Merging keeps your edits and theirs; nothing is saved until Ctrl-s.
disk-later = Esc: later (Ctrl-s merges first, never overwrites).
conflicts-title = Merge conflicts
conflicts-intro = Both sides changed these; the file holds ours until you choose.
conflicts-ledger = the ledger itself (committee, meetings, reviews)

## The status line
done-merge = merge of the changes on disk
done-reload = reload from disk
msg-moved-row = { $what } — moved to row { $row }
msg-moved-hidden = { $what } — now hidden by the filter ({ $keys }: clear the filter)
msg-added-hidden = added { $id } (hidden by the filter: f c clears it)
msg-undone = undone: { $what }
msg-redone = redone: { $what }
msg-nothing-to-undo = nothing to undo
msg-nothing-to-redo = nothing to redo
msg-editing-off = editing is off — read-only: { $why }
msg-read-only = read-only: { $why } — you can look, not edit
msg-no-selection = no item selected
msg-already-done = { $id } is already done
msg-form-invalid = cannot save yet: { $n ->
        [one] 1 field
       *[other] { $n } fields
    } to fix ({ $fields })
msg-no-change = { $id }: no change
msg-note-empty = the note is empty: type it, or Esc to cancel
msg-cancelled = cancelled: nothing changed
msg-note-cancelled = note cancelled
msg-kept = kept
msg-review-not-recorded = the review is not recorded yet: { $key } when the meeting ends
msg-review-date-invalid = cannot record yet: { $why }
msg-saving = saving…
msg-save-after-sync = saved once the sync ends (q quits now and keeps your edits)
msg-saved = saved { $path }
msg-nothing-to-save = nothing to save: the file is up to date
msg-save-failed = not saved: { $why } — your edits are kept; Ctrl-s retries
msg-did-saving = { $what } — saving…
msg-did-saved = { $what } and saved
msg-created-sample = created a sample ledger at { $path }: example items to try the keys on (? lists them)
msg-recovered = recovered edits of a closed session: merge steps on quit
msg-disk-unreadable = the file changed on disk but cannot be read: { $why } — your copy is kept and will not overwrite it
msg-disk-changed-later = the file changed on disk — Ctrl-s will merge its changes into yours first
msg-reloaded = reloaded: { $n ->
        [one] 1 item
       *[other] { $n } items
    } changed on disk
msg-reloaded-dropped = reloaded: { $n ->
        [one] 1 item
       *[other] { $n } items
    } changed on disk; your unsaved edits were dropped — u brings them back
msg-merged = merged: { $n ->
        [one] 1 item
       *[other] { $n } items
    } changed on disk into your edits
msg-merged-renumbered = ; renumbered { $list }
msg-merged-conflicts = ; { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } ({ $ids }) — not saved: check, then Ctrl-s
msg-merged-saving = ; saving…
msg-merged-unsaved = { " " }(unsaved; u undoes the merge)
msg-review-started = review: { $n ->
        [one] 1 item
       *[other] { $n } items
    } on the agenda — n/p step, R records the review, Esc leaves
msg-agenda-empty = nothing on the agenda: nothing late, due soon, blocked, changed or unassigned — R records the review
msg-no-conflicts = no merge conflicts in the ledger
msg-conflicts-hidden = this item has no conflicts (the conflicted ones are hidden by the filter or not on the agenda)
msg-conflicts-left = { $what }; { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } left elsewhere — M goes to the next

msg-disk-gone = the file is gone from the disk — your copy is kept; Ctrl-s writes it anew
save-read-only = editing is off ({ $why })
save-invalid = { $path }: { $why } (it could not be read back)
save-changed-unreadable = the file changed on disk and cannot be read ({ $why }); it was not overwritten

## Help
help-title = Keys
help-bottom = j/k scroll · ? or Esc close
keyname-space = Space
keyname-text = text
keyname-keys = keys
keyname-backspace = Bksp
keyname-home = Home
keyname-end = End
keyname-page-up = PgUp
keyname-page-down = PgDn
# The answer keys as the delete prompt shows them; every letter shown must be
# one of the keys the prompt accepts (y, s, ㅛ for yes; n, ㅜ for no).
keyname-yes = y
keyname-no = n
scope-everywhere = everywhere
scope-browsing = browsing
scope-table = table
scope-detail = detail
scope-timeline = timeline
scope-search = search
scope-filter-menu = filter menu
scope-pick = pick list
scope-help = help
scope-form = form
scope-note = note
scope-confirm = delete prompt
scope-quit-prompt = quit prompt
scope-disk-prompt = disk prompt
scope-review = review
scope-review-form = review form
scope-conflicts = conflicts

## What each key does (the help)
key-move-down = move down
key-move-up = move up
key-agenda-next = next item on the agenda
key-agenda-prev = previous item on the agenda
key-top = go to the top
key-bottom = go to the bottom
key-page-down = page down (in review: the detail pane)
key-page-up = page up
key-detail = focus the detail pane / back to the table
key-search = search id, title, owners, workstream, notes
key-next-match = next search match
key-prev-match = previous search match
key-filter = filter by status, owner, workstream, overdue
key-sort = cycle the sort: due, status, id, updated, workstream
key-group = group by workstream
key-timeline = timeline of deadlines by workstream
key-back = back: close, cancel, clear the search, leave the pane
key-type-search = type to search (matches as you type)
key-backspace = delete a character
key-keep-search = keep the search, n/N to step
key-filter-status = filter by status
key-filter-owner = filter by owner
key-filter-workstream = filter by workstream
key-filter-overdue = only overdue items (toggle)
key-filter-clear = clear every filter
key-pick = choose (statuses toggle)
key-review = review mode: the meeting's agenda, item by item
key-record-review = record the review (date, attendees, summary) and save
key-add = add an item (form)
key-edit = edit the selected item (form)
key-status = change the status: the status picker shows a key per status
key-status-back = status one step back
key-done = mark done
key-note = add a note (today, by you)
key-delete = delete the selected item (asks first)
key-undo = undo the last edit
key-redo = redo
key-conflicts = settle merge conflicts (⚠): keep ours or theirs
key-keep-ours = keep ours (this copy's value)
key-keep-theirs = keep theirs (the merged-in value)
key-save = save the ledger
key-next-field = next field
key-prev-field = previous field
key-complete = accept the dimmed suggestion, else move right
key-next-suggestion = next suggestion
key-prev-suggestion = previous suggestion
key-confirm-form = confirm the form (refused while a field is invalid)
key-confirm-review = record the review and save
key-confirm-note = add the note
key-new-line = new line in the note
key-clear-line = clear the field (in a note: the line)
key-edit-text = edit text: ←→ Home End, Ctrl-←→ words, Bksp Del, paste
key-yes-delete = yes, delete it
key-no-delete = no, keep it
key-quit-save = save, then quit
key-quit-discard = quit, discarding the unsaved edits
key-quit-cancel = cancel: keep editing
key-merge = merge the changes on disk into your unsaved edits
key-reload = reload the file, dropping your unsaved edits (u undoes)
key-help = this help
key-quit = quit
key-quit-anywhere = quit from anywhere (asks when there are unsaved edits)
key-suspend = suspend to the shell (`fg` comes back)

## Footer labels: long, and -short when room is short
foot-move = move
foot-move-short = move
foot-next = next
foot-next-short = next
foot-prev = prev
foot-prev-short = prev
foot-detail = detail
foot-detail-short = detail
foot-search = search
foot-search-short = search
foot-filter = filter
foot-filter-short = filter
foot-timeline = timeline
foot-timeline-short = timeline
foot-back = back
foot-back-short = back
foot-keep = keep
foot-keep-short = keep
foot-status = status
foot-status-short = status
foot-owner = owner
foot-owner-short = owner
foot-workstream = workstream
foot-workstream-short = workstream
foot-overdue = overdue
foot-overdue-short = overdue
foot-clear = clear
foot-clear-short = clear
foot-choose = choose
foot-choose-short = choose
foot-review = review
foot-review-short = review
foot-record = record
foot-record-short = record
foot-add = add
foot-add-short = add
foot-edit = edit
foot-edit-short = edit
foot-done = done
foot-done-short = done
foot-note = note
foot-note-short = note
foot-undo = undo
foot-undo-short = undo
foot-ours = ours
foot-ours-short = ours
foot-theirs = theirs
foot-theirs-short = theirs
foot-save = save
foot-save-short = save
foot-confirm = confirm
foot-confirm-short = confirm
foot-add-note = add note
foot-add-note-short = add note
foot-new-line = new line
foot-new-line-short = new line
foot-yes = yes
foot-yes-short = yes
foot-no = no
foot-no-short = no
foot-discard = discard
foot-discard-short = discard
foot-cancel = cancel
foot-cancel-short = cancel
foot-merge = merge
foot-merge-short = merge
foot-reload = reload
foot-reload-short = reload
foot-help = help
foot-help-short = help
foot-quit = quit
foot-quit-short = quit

## On leaving the dashboard
exit-kept = stopped with unsaved edits; they are in { $file }
    {"  "}merge them in with: { $command }
exit-kept-elsewhere = stopped with unsaved edits; they are in { $file } (they could not be written beside the ledger: { $why })
    {"  "}merge them in with: { $command }
exit-not-kept = stopped with unsaved edits that could not be kept: { $why }
exit-terminal = terminal: { $why }
exit-panicked = the dashboard stopped on an internal error (a bug; please report it): { $why }
exit-panicked-silently = (no message)
exit-signal = stopped by { $signal }
recovery-notice = unsaved edits from a closed session are in { $file }{ $older ->
        [0] {""}
       *[other] {" "}(and { $older } older)
    }
    {"  "}merge them in (once no dashboard has the ledger open):
    {"    "}{ $command }

## The deadline prompt (d) and the status picker (s)
due-title = Deadline of { $id } — { $title }
due-now = now { $date } ({ $rel }){ $n ->
        [0] {""}
        [one] , moved once{ $shift ->
            [later] {" "}(postponed)
            [earlier] {" "}(brought forward)
           *[other] {""}
        }
       *[other] , moved { $n } times
    }
due-now-none = no deadline yet
due-new = new:
due-preview = { $date } ({ $rel })
due-preview-slips = { " " }— { $shift ->
        [later] postponed
        [earlier] brought forward
       *[other] moved
    }, moved { $n ->
        [one] once
       *[other] { $n } times
    } in all
due-hint = +2w, +1m, fri, 2026-12-04, today, tomorrow
msg-due-needed = type the new deadline (+2w, fri, 2026-12-04), or Esc
msg-due-invalid = not moved: { $why }
status-pick-title = Status of { $id }
scope-due = deadline prompt
scope-status-pick = status picker
key-due = move the deadline (+2w, fri, a date)
key-confirm-due = move the deadline to the date shown
key-pick-open = status: open
key-pick-in-progress = status: in progress
key-pick-blocked = status: blocked
key-pick-done = status: done
key-pick-dropped = status: dropped
foot-due = deadline
foot-due-short = due

## Review mode: what changed since the last review
since-heading = Since the review of { $date }
since-change = { $field }: { $from } → { $to }
since-list = { $field }: { $changes }
since-note = new note { $date } · { $author }: { $text }
since-updated = updated { $date }
since-added = new item since then

## The summary strip: a count and its status, in agreement
sum-status-open = { $n } open
sum-status-in-progress = { $n } in progress
sum-status-blocked = { $n } blocked
sum-status-done = { $n } done
sum-status-dropped = { $n } dropped

# The table's deadline column on a narrow screen: short relative forms.
table-due-in = in { $n }{ $unit ->
        [day] d
        [week] w
        [month] mo
       *[year] y
    }
table-due-late = { $n }{ $unit ->
        [day] d
        [week] w
        [month] mo
       *[year] y
    } late

## Both languages of the record: the reading, the detail pane's lines per
## language, the agenda's section and the translation form.
## $code: en, es or ko; $state: text-state-*; $language: language-name
scope-translate = translation form
key-originals = the record's texts as written or translated (toggle)
key-translate = translate the title and notes, beside the originals
key-confirm-translation = save every translation changed
key-next-language = translate into the next working language
key-new-line-translation = new line in the translation
foot-language = language
foot-language-short = lang.
section-to-translate = To translate
msg-reading-originals = showing the record's texts as written ({ $key }: translations)
msg-reading-translated = showing the record's texts in { $language } where translated ({ $key }: as written)
msg-no-language-to-translate = the committee names no second working language to translate into (`languages` in the ledger)
detail-in-language = { $code } · { $state }: { $text }
detail-in-language-missing = { $code } · { $state }
translate-title = Translate { $id } into { $language }
translate-original = Original
translate-column = Translation into { $language }
translate-note = Note { $n } · { $date } · { $author }
translate-is-original = written in this language: nothing to translate
translate-hint-missing = Type the translation · Enter saves every change · Esc writes nothing
translate-hint-outdated = Outdated: the original changed since. Correct it; any edit makes it current
translate-hint-current = Correct the translation, or empty it to remove it
