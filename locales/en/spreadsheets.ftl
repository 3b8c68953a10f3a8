# followup: spreadsheets (export and import). Ids and placeholders must match es/ and ko/.

## Sheet names and column headers of exported workbooks and CSV files
sheet-items = Items
sheet-notes = Notes
sheet-meetings = Meetings
sheet-col-id = ID
sheet-col-title = Title
sheet-col-workstream = Workstream
sheet-col-owners = Owners
sheet-col-status = Status
sheet-col-due = Due
sheet-col-meeting = Meeting
sheet-col-tags = Tags
sheet-col-last-note = Last note
sheet-col-opened = Opened
sheet-col-updated = Updated
sheet-col-item = Item
sheet-col-date = Date
sheet-col-author = Author
sheet-col-text = Text
sheet-col-place = Place

## export
exp-written = { $path }: { $n ->
        [one] 1 item exported
       *[other] { $n } items exported
    }
exp-err-terminal = a workbook is not text: name the file with -o FILE.xlsx
exp-err-ledger = { $path } is the ledger itself: choose another file for -o
exp-err-write = { $path }: cannot write: { $error }
exp-err-build = cannot build the workbook: { $error }

## import: what the file is
imp-round-trip = { $file }: workbook exported on { $date }, merged with the ledger
imp-adoption = { $file }: action log, { $n ->
        [one] 1 row adopted as a new item
       *[other] { $n } rows adopted as new items
    }
imp-dry-run = dry run: nothing was written
imp-nothing = nothing to change
imp-written = { $path }: saved

## import: what changes
imp-item-added = + { $id }  { $title }
imp-item-changed = ~ { $id }  { $title }
imp-field = { $field }: { $from } → { $to }
imp-list = { $field }: { $changes }
imp-note = note { $date } { $author }: { $text }
imp-meeting-added = + meeting { $id }
imp-kept = { $id }: row deleted from the sheet; the item stays in the ledger
imp-renumbered = { $old } was also added in the ledger; the sheet's row is now { $new }
imp-extra-columns = columns kept as extra fields on the items: { $columns }
imp-conflict = ! { $id } { $field }: ledger { $ours }, workbook { $theirs }
imp-none = (none)
imp-conflicts = { $path }: { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } ({ $at }); both values are recorded in the ledger: settle them in the dashboard (M) or with `followup resolve ID FIELD ours|theirs`
imp-skipped = rows left out (--skip-bad):

## import: cells that cannot be read
imp-bad-cell = { $sheet }!{ $cell }: “{ $value }”: { $problem }
problem-date = not a date (write YYYY-MM-DD)
problem-day-first-date = no such date: in Spanish the day comes first (DD/MM/YYYY)
problem-ambiguous-date = day and month could be either way round (write YYYY-MM-DD)
problem-date-out-of-range = a date outside 1900-01-01 to 9999-12-31, the days a ledger holds
problem-status = unknown status
problem-empty-title = the title is empty
problem-duplicate-id = this id is already on an earlier row

## import: why nothing was imported
imp-err-read = { $file }: cannot read the spreadsheet: { $error }
imp-err-format = { $file }: followup reads .xlsx, .xls, .ods and .csv files
imp-err-utf8 = { $file }: line { $line } is not UTF-8 text (save the file as “CSV UTF-8”)
imp-err-snapshot = { $file }: the hidden followup-snapshot sheet is damaged; export the ledger again
imp-err-committee = { $file } was exported from “{ $theirs }”, not from this ledger (“{ $ours }”)
imp-err-no-header = { $file }: no sheet has a header row with a title column (Action, Acuerdo, 과제…); name it with --map COLUMN=title
imp-err-map-column = --map: no column “{ $column }” in the header row
imp-err-map = --map { $map }: expected COLUMN=FIELD, FIELD one of id, title, workstream, owners, status, due, meeting, tags, notes, opened
imp-err-bad-cells = { $file }: { $n ->
        [one] 1 cell cannot be read
       *[other] { $n } cells cannot be read
    }; nothing was written (--skip-bad leaves their rows out):
imp-err-invalid = { $file }: the result would not be a valid ledger: { $path }: { $message }
exp-written-events = { $path }: { $n ->
        [one] 1 deadline written as a calendar event
       *[other] { $n } deadlines written as calendar events
    }
exp-written-meetings = { $said }, and { $n ->
        [one] 1 meeting
       *[other] { $n } meetings
    }

## Spreadsheets refused before they are read (limits)
imp-err-directory = { $file } is a directory, not a spreadsheet
imp-err-not-regular = { $file } is not a regular file (a device, a pipe or a socket); followup imports only regular files
imp-err-too-large = { $file } is larger than { $mib } MiB, the most followup imports; split the log into smaller files
imp-err-unpacked = { $file } unpacks to more than { $mib } MiB (or holds too many parts); it was not read
imp-err-too-many-cells = { $file }: sheet “{ $sheet }” spans more than { $limit } cells (rows × columns from A1); delete the unused rows and columns, or copy the table into a new file
imp-err-cell-too-long = { $file }: cell { $sheet }!{ $cell } holds more than { $limit } characters, Excel's own limit for a cell
imp-err-text-too-long = { $file }: part { $part } holds a text longer than { $kib } KiB, more than any cell can hold; it was not read
imp-err-too-many-strings = { $file } holds more than { $limit } distinct texts, more than its cells can use; it was not read

## The translator's workbook (export --translate LANG); $language: language-name
tw-sheet = To translate into { $language }
tw-col-id = ID
tw-col-text = Text
tw-col-written-in = Written in
tw-col-original = Original
tw-col-translation = Translation on record
tw-col-state = State
tw-col-new = New translation
tw-text-committee = Committee name
tw-text-workstream = Workstream
tw-text-meeting-title = Meeting title
tw-text-meeting-place = Meeting place
tw-text-title = Title
tw-text-note = Note { $n } ({ $date }, { $author })
exp-written-to-translate = { $path }: { $n ->
        [one] 1 text
       *[other] { $n } texts
    } to translate into { $language }
exp-err-translate-format = --translate writes an Excel workbook: use it with --format xlsx

## import of a translator's workbook; $text: which text (text-ref-*)
imp-translation = { $file }: translator's workbook into { $language }, exported on { $date }, merged with the ledger
imp-translated = + { $text }: { $translation }
imp-outdated = ! { $text }: the original changed after the export; this translation was not recorded: { $translation }
imp-outdated-hint = { $n ->
        [one] 1 translation was
       *[other] { $n } translations were
    } not recorded because the original changed: export the workbook again to translate the new wording
problem-text-key = not a key followup wrote (leave the hidden key column as it is)
problem-original-language = this text was written in the workbook's language: there is nothing to translate
imp-err-translation-column = { $file }: the translator's workbook has no “New translation” column
