# followup: the minutes (`followup report`), in English. Ids and placeholders match es/ and ko/.

## Title and period
report-title = Follow-up report: { $committee }
report-document = Follow-up minutes
report-unnamed = the committee
report-period = Since { $since } · as of { $today }
report-period-last-review = Since { $since } (the last review) · as of { $today }
report-period-window = Since { $since } (no earlier review: { $days ->
        [one] the last day
       *[other] the last { $days } days
    }) · as of { $today }
report-first-commit = Changes are counted from the ledger's first commit, on { $date }.
report-no-history = The ledger has no git history here: status and deadline changes are not shown, only new notes.
report-parties = Parties
report-attendees = Attendees at the last review ({ $date })
report-prepared = Prepared with followup on { $date }.

## Summary
report-items = { $n ->
        [one] 1 item
       *[other] { $n } items
    }
report-overdue-count = { $n } overdue
report-due-soon-count = { $n } due within { $days ->
        [one] 1 day
       *[other] { $days } days
    }
report-tile-overdue = Overdue
report-tile-due-soon = Due within { $days ->
        [one] 1 day
       *[other] { $days } days
    }
report-tile-blocked = Blocked
report-tile-done = Done in the period

## Sections
report-no-workstream = No workstream
report-workstream-done = { $total ->
        [0] all dropped
       *[other] { $done }/{ $total } done
    }
report-changes = Changes and notes
report-overdue = Overdue
report-due-soon = Due within { $days ->
        [one] 1 day
       *[other] { $days } days
    }
report-blocked = Blocked
report-reviews = Reviews
report-note = note { $date }
report-new-item = new item
report-no-owner = no owner
report-no-deadline = no deadline
report-due = due { $date }
report-due-relative = due { $date } ({ $relative })
report-col-id = ID
report-col-title = Title
report-col-owners = Owners
report-col-deadline = Deadline
report-col-status = Status
report-col-what = What changed

## Changes from the git history
report-change = { $field }: { $from } → { $to }
report-change-later = { $field }: { $from } → { $to } ({ $days ->
        [one] 1 day later
       *[other] { $days } days later
    })
report-change-earlier = { $field }: { $from } → { $to } ({ $days ->
        [one] 1 day earlier
       *[other] { $days } days earlier
    })
report-change-list = { $field }: { $changes }
report-none = none

## Charts (HTML minutes)
report-chart-status = Status by workstream
report-chart-slipped = Deadlines postponed in the period
report-chart-slipped-none = No deadline was moved later in the period.
report-chart-open = Open items week by week
report-chart-no-history = No git history: the week-by-week count needs the ledger's commits.
report-chart-days-later = { $days ->
        [one] +1 day
       *[other] +{ $days } days
    }
report-chart-more = and { $n } more

## Spreadsheet headers (CSV); values stay as the file writes them
report-csv-id = id
report-csv-title = title
report-csv-workstream = workstream
report-csv-status = status
report-csv-owners = owners
report-csv-due = due
report-csv-relative = vs_deadline
report-csv-slips = deadline_changes
report-csv-meeting = meeting
report-csv-updated = updated
report-csv-changes = changes
report-csv-new-notes = new_notes

## Summary line of the Markdown minutes
report-status-count = { $symbol } { $n } { $status }
report-summary = { $items }: { $by } — { $overdue }, { $soon }.

## Errors
report-write-failed = cannot write the report to standard output: { $error }

# Minutes' tables and charts (issue 18)
report-col-date = Date
report-col-attendees = Attendees
report-col-summary = Summary
report-chart-open-daily = Open items day by day
report-chart-little-history = Too little history for a course yet: { $n } open today.

## The committee's meetings held in the period (the minutes' heading)
report-meetings = Meetings in the period

## Bilingual minutes (`--bilingual es,ko`); the language of each column in itself
report-language = English
report-bilingual-two = --bilingual takes exactly two languages separated by a comma (e.g. --bilingual es,ko): { $n ->
        [one] one was given
       *[other] { $n } were given
    }
report-bilingual-unknown = `{ $lang }` is not a language followup speaks: --bilingual takes two of en, es and ko (e.g. --bilingual es,ko)
report-bilingual-twice = --bilingual names { $language } twice: give two different languages (e.g. --bilingual es,ko)
report-bilingual-format = bilingual minutes are written in html or markdown, not { $format }: use --format html or --format markdown
report-bilingual-original = --bilingual shows each text in the language of its column: leave out --original
