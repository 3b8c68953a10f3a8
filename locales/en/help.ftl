# followup: --help, usage errors and the manual pages (English). Ids and placeholders must match es/ and ko/.
# An argument's help is `help-arg-COMMAND-ARG` (`help-arg-ARG` at the top level), a value's
# description `help-arg-COMMAND-ARG-VALUE`: src/cli/help/localize.rs finds them by these names.

## clap's own words
help-usage = Usage:
help-usage-options = [OPTIONS]
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-command-name = COMMAND
help-man-name = Name
help-man-synopsis = Synopsis
help-man-description = Description
help-man-extra = Notes
help-man-version = Version
help-man-authors = Authors

## Usage errors
help-error-invalid-value = `{ $value }` is not a valid value for `{ $arg }`
help-error-accepted = { $error }; accepted values: { $values }
help-error-value-required = `{ $arg }` needs a value
help-error-refused-value = `{ $arg }`: { $why }
help-error-unknown-argument = unexpected argument `{ $arg }`
help-error-unknown-command = `{ $name }` is not a command
help-error-missing = missing: { $args }
help-error-missing-command = a command is needed: { $commands }
help-error-conflict = `{ $arg }` cannot be used with { $others }
help-error-repeated = `{ $arg }` can be given only once
help-error-no-equals = `{ $arg }` takes its value after an equals sign: `{ $arg }=…`
help-error-too-many-values = unexpected value `{ $value }` for `{ $arg }`: it takes no more
help-error-number-of-values = `{ $arg }` takes { $expected ->
        [one] one value
       *[other] { $expected } values
    }; { $given } given
help-error-utf8 = an argument is not valid UTF-8 text
help-error-other = the command line could not be read
help-error-did-you-mean = did you mean { $meant }?
help-error-as-value = to pass `{ $arg }` as a value, write `{ $how }`
help-error-no-dashes = `{ $name }` is a command: write it without the `--` before it
help-error-more = For more information, add `--help`.

help-about = Follow up the action items of bilateral joint committees.
help-after =
    The ledger is chosen by: PATH (or --ledger), then $FOLLOWUP_LEDGER, then ledger.json at the
    top of the git repository you are in, then `ledger` in config.toml, then ledger.json in the
    data directory (created from a sample if missing).
    Dates accept YYYY-MM-DD, 2027.3.31, today, tomorrow, yesterday, next fri, Dec 2 (2026),
    in 3 days, 2 weeks ago, +3d, -1d, +2w, +1m, and in Spanish and Korean the forms of those
    languages (day first in Spanish: 31/03/2027). A date without a year is the next such day; one
    whose day and month could be swapped is refused.
    $FOLLOWUP_TODAY=YYYY-MM-DD fixes today's date for reproducible runs, and
    $FOLLOWUP_NOW=2026-12-03T09:05:00+09:00 (RFC 3339) the instant itself.
    The language: --lang, then `language` in config.toml, then LC_ALL, LC_MESSAGES, LANG.

    Exit codes: 0 success, 1 invalid ledger, usage error or merge conflict, 2 I/O or lock failure;
    the dashboard stopped by SIGHUP or SIGTERM: 129 or 143.
help-arg-path = The ledger file to open in the dashboard.
help-arg-ledger = The ledger file, for any command.
help-arg-lang = The language to speak: en, es or ko (default: `language` in the config, then the locale).
help-arg-original = Show what the committee wrote as written, not in your language.
help-arg-party = The party you speak for, written before the command (default: config `party`): recorded with your changes and closures.
help-init = Create a new ledger file (default: ledger.json at the top of the git repository, else here).
help-init-after =
    Without PATH, the ledger is created as ledger.json at the top of the git work tree you are in,
    else in the current directory. An existing file is never overwritten.
    --party names a party of the committee; repeat it for each, in order.
help-check = Validate a ledger and report what it holds.
help-check-after =
    --strict also fails (exit 1) when merge conflicts are unsettled or the file is not in
    canonical form: use it in a pre-commit hook.
help-fmt = Rewrite a ledger in canonical form.
help-list = List items as a table.
help-show = Show one item in full.
help-add = Add an item.
help-add-after =
    Without --id, the id is the next free one of the meeting's scheme (JC3-05), or, with no
    --meeting, of the scheme for items agreed at no meeting: A-01, A-02, …
    --opened defaults to the meeting's date, else today.
help-set = Change fields: FIELD=VALUE, and for owners/tags also FIELD+=VALUE, FIELD-=VALUE.
help-set-after =
    Fields: title, status, workstream, owners, due, meeting, opened, tags.
    Lists take comma-separated values; an empty value clears a field.
    Moving `due` keeps the old deadline in due_history.
help-meeting = Add or update a meeting (items name the meeting where they were agreed).
help-resolve = Settle a merge conflict by keeping one side: `ID PATH ours|theirs` for an item's (see `followup show ID`), `--top PATH ours|theirs` for the ledger's own.
help-resolve-after =
    PATH is where the conflict is, as `followup show ID` prints it (for the ledger's own
    conflicts, as the merge reported it):
      status, due, owners          a field of the item
      x_ext.a                      a key inside a field; a key with other characters than
                                   letters, digits, _ and - is quoted: x_ext["a.b"]
      meetings[id=JC3].place       an element of a list picked by its id (with --top)
      reviews[0]                   an element of a list by position (with --top)
      (item)                       the item itself: one side deleted it, the other edited it
    ours keeps this clone's value (the file already holds it), theirs the other side's.
    Examples:
      followup resolve JC2-09 status theirs
      followup resolve JC2-09 'x_ext["a.b"]' ours
      followup resolve --top committee.name theirs
help-note = Add a note to an item.
help-committee = Set the committee's name, parties and working languages.
help-committee-after =
    --name sets the name. --party, repeated, replaces the list of parties with the ones given,
    in order (to add one, give them all). --languages sets the working languages, the language
    of the originals first (es,ko,en). With --party-zone, --party-language or --party-country,
    one --party names the party whose record they set (added at the end when new):
      followup committee --party "SMBA (Korea)" --party-zone Asia/Seoul --party-language ko
    Nothing else changes.
help-translate = Record a translation of an item's title or note, a meeting's title or place, a workstream's name or the committee's name.
help-translate-after =
    The translation is kept beside the original with its author, its date and a fingerprint of the
    original: once the original changes, the translation is outdated (the original is shown,
    marked) until it is translated again. Nothing is ever translated by followup itself.
    --into names the language of the translation (--lang stays the language followup speaks to
    you); it must be one of the committee's working languages (`followup committee --languages`).
    --note N is the note `followup show ID` numbers N (the oldest is 1).
    An empty TEXT, or --remove, removes the translation. --written-in LANG records the language
    the original is written in, when it is not the committee's first.
    `followup list --untranslated LANG` lists what is left to translate.
    Examples:
      followup translate JC2-01 --into ko "INADEM에 SMBA 연락관 18개월 파견"
      followup translate JC2-01 --note 2 --into es "Relanzado en la sesión de 2026"
      followup translate --meeting JC2 --place --into es Seúl
      followup translate --workstream "SMBA liaison" --into ko "SMBA 연락관"
      followup translate JC2-09 --written-in ko
help-report = Minutes or agenda of the period: Markdown, HTML, CSV or JSON.
help-export = Write the ledger as an Excel workbook, a CSV file or a calendar feed (ics).
help-import = Merge an exported workbook back, or adopt an action log (.xlsx, .xls, .ods, .csv).
help-person = Add a person to the directory, or update one: e-mail, language, aliases.
help-remind = E-mail each owner of overdue, due-soon or blocked items, in their language.
help-diff = What changed in the ledger between git revisions, item by item.
help-diff-after =
    Without REV: the last commit against the working file.
    With REV: that revision against the working file. With REV REV2: the two revisions.
help-textconv = Print a ledger one line per item (git's textconv for readable diffs).
help-merge = Git merge driver: merge THEIRS into OURS by item and field (exit 1 on conflict).
help-git-setup = Register the merge driver and textconv for the ledger in its git repository.
help-recover = Merge in the unsaved edits a closed dashboard kept, then delete them (exit 1 on conflict).
help-sync = Commit the ledger's changes, merge the remote's through followup's driver, push.
help-sync-after =
    Exchanges the ledger with the other capital through the git remote, in one step:
      1. commits the ledger's uncommitted changes (only the ledger, and .gitattributes when
         `followup git-setup` has just added its line; other staged files stay staged), with a
         message made of the changes (`JC2-03 done; JC2-01 note; JC3-05 added`) and your git
         identity (`git config user.name`/`user.email`: followup never invents one);
      2. fetches the branch's upstream (else origin/BRANCH) and merges it by item and field
         through followup's merge driver, even in a clone that never ran `followup git-setup`;
      3. pushes (never forced; if someone pushed meanwhile, fetches and merges again, up to 3 times),
         and shows what came in and what went out, item by item.
    A field changed differently on both sides stops the sync before pushing: the conflicts are
    named, the ledger still loads; settle each with `followup resolve ID FIELD ours|theirs`,
    then `followup sync` again concludes the merge and pushes.
    --repair redoes a merge that git did as text (the ledger has <<<<<<< markers) from git's
    index stages, then `followup sync` concludes it.
    Credentials are git's (credential helpers, the ssh agent): git never prompts during a sync.
    Your own git hooks run as they would for any commit, merge or push.

    Exit codes: 0 synced; 1 when conflicts remain to settle (or a setup problem: no identity, no remote),
    2 the remote unreachable or refusing (local commits are kept: the next sync pushes them).
help-completions = Print the completion script for a shell (bash, elvish, fish, powershell, zsh).
help-man = Print the manual page (roff).
help-help = Print this help, or the help of a command.

## Arguments (the top level's, then each command's in the order of `--help`)
help-arg-help = Print help.
help-arg-version = Print the version.
help-arg-help-command = The command whose help to print.
help-arg-init-path = Where to create it (default: ledger.json at the top of the git repository you are in, else in the current directory).
help-arg-init-sample = Fill it with the sample Korea–Mexico SME committee ledger.
help-arg-init-committee = The committee's name.
help-arg-init-party = A party to the committee (repeatable, in order).
help-arg-check-path = The ledger to check (default: the one found as `followup --help` describes).
help-arg-check-strict = Exit 1 on unsettled merge conflicts and on a file not in canonical form.
help-arg-fmt-path = The ledger to rewrite (default: the one found as `followup --help` describes).
help-arg-fmt-check = Only report whether the file is canonical (exit 1 if not).
help-arg-list-status = Only items with this status (repeatable; the file's name or your language's label).
help-arg-list-owner = Only items with an owner this finds (a part of the name is enough; case and accents ignored; Korean initial consonants too).
help-arg-list-workstream = Only items whose workstream this finds (a part of the name is enough; case and accents ignored).
help-arg-list-overdue = Only overdue items.
help-arg-list-due-within = Only open items due within this span (e.g. 7d, 2w).
help-arg-list-sort = Sort order: a column (due, status, id, updated, workstream, or its name in your language; default: due).
help-arg-list-json = Print JSON instead of a table: the items as the ledger holds them (originals and translations, never translated for you).
help-arg-list-wide = Full text in every column, whatever the terminal's width.
help-arg-list-untranslated = Instead of the items, their texts (title, notes) not yet translated into this language, or translated before the original changed: one row each, with the original.
help-arg-show-id = The item's id (JC2-09).
help-arg-show-json = Print JSON: the item as the ledger holds it (originals and translations, never translated for you).
help-arg-add-title = The title: what was agreed.
help-arg-add-id = The id (default: the next free one in the meeting's scheme, else A-01, A-02, …).
help-arg-add-owner = An owner (repeatable).
help-arg-add-due = The deadline.
help-arg-add-workstream = The workstream.
help-arg-add-meeting = The meeting where it was agreed.
help-arg-add-opened = When it was agreed (default: the meeting's date, else today).
help-arg-add-status = The status, the file's name or your language's label (default: open).
help-arg-add-tag = A tag (repeatable).
help-arg-set-id = The item's id (JC2-09).
help-arg-set-changes = A change: FIELD=VALUE, or FIELD+=VALUE and FIELD-=VALUE for owners and tags.
help-arg-meeting-id = The meeting's id, e.g. JC3.
help-arg-meeting-date = The date it was held.
help-arg-meeting-title = The meeting's title.
help-arg-meeting-place = Where it was held.
help-arg-meeting-time = The hour it starts, HH:MM (empty: none, the meeting lasts its whole day).
help-arg-meeting-zone = The time zone of --time, an IANA name (default: the committee's reference zone).
help-arg-resolve-top = Settle a conflict of the ledger itself (committee, meetings, reviews, other top-level fields): give PATH and SIDE, no ID.
help-arg-resolve-args = ID PATH SIDE, or PATH SIDE with --top; SIDE is `ours` or `theirs`.
help-arg-note-id = The item's id (JC2-09).
help-arg-note-text = The note.
help-arg-note-author = The author (default: config `author`, then `party`, then $USER, then Secretariat).
help-arg-committee-name = The committee's name.
help-arg-committee-party = A party (repeatable, in order): the parties given replace the list.
help-arg-committee-languages = The working languages, comma-separated, the language of the originals first (es,ko,en).
help-arg-committee-zone = The time zone deadlines are kept in, by its IANA name (`America/Mexico_City`); default: the first party's.
help-arg-committee-closure = Who must agree to close an item: `either` (one party alone) or `both` (the other party confirms).
help-arg-committee-party-zone = With exactly one --party: that party's time zone, an IANA name (Asia/Seoul); the party is added when new.
help-arg-committee-party-language = With exactly one --party: that party's working language (en, es or ko).
help-arg-committee-party-country = With exactly one --party: that party's country (empty: none).
help-arg-translate-id = The item's id (JC2-09); left out with --meeting, --workstream and --committee.
help-arg-translate-text = The translation (an empty one removes it).
help-arg-translate-into = The language of the translation: en, es or ko, one of the committee's working languages.
help-arg-translate-note = The item's note numbered N by `followup show` (the oldest is 1), not its title.
help-arg-translate-meeting = The meeting, by its id (JC2), whose title to translate (its place with --place).
help-arg-translate-place = The meeting's place, not its title.
help-arg-translate-workstream = A workstream's name, as the items name it.
help-arg-translate-committee = The committee's name.
help-arg-translate-remove = Remove the translation into the language of --into.
help-arg-translate-written-in = Record the language the original is written in (instead of a translation).
help-arg-translate-author = The translator (default: config `author`, then `party`, then $USER, then Secretariat).
help-arg-report-since = Start of the period: a date (2026-11-16, -1w, …) or `last-review` (the default: the latest review before today).
help-arg-report-format = markdown (the default) or html: minutes in the language of --lang; csv: translated headers over the file's values; json: never translated.
help-arg-report-format-markdown = Minutes in Markdown
help-arg-report-format-csv = One row per item, headers in your language
help-arg-report-format-json = The period's data, never translated
help-arg-report-format-html = One self-contained HTML file (inline CSS and SVG charts, printable)
help-arg-report-bilingual = Bilingual minutes (html or markdown): two languages side by side, item by item, each heading in both (e.g. es,ko).
help-arg-diff-rev = The revision to compare (default: the last commit).
help-arg-diff-rev2 = A second revision: compare the two, not the working file.
help-arg-textconv-file = The ledger file git hands over.
help-arg-merge-base = The common ancestor's version (git's %O).
help-arg-merge-ours = This clone's version, where the result is written (git's %A).
help-arg-merge-theirs = The other side's version (git's %B).
help-arg-merge-path = The ledger's path in the repository, for messages.
help-arg-recover-yes = Merge without asking (without it, and without a terminal to ask on, recover only shows what it would change).
help-arg-sync-repair = Redo a merge that git did as text (conflict markers in the ledger) by item and field, and stage the result: from git's index stages while git is merging, else from the parents of the committed merge that broke the ledger (a merge made in the host's web interface).
help-arg-completions-shell = The shell: bash, elvish, fish, powershell or zsh.
help-arg-man-dir = Write followup.1 and one page per command (followup-init.1, …) in this directory, instead of printing followup.1.
help-arg-export-format = xlsx (an Excel workbook), csv or ics (a calendar feed of open deadlines).
help-arg-export-format-xlsx = An Excel workbook
help-arg-export-format-csv = A CSV file
help-arg-export-format-ics = An iCalendar feed of open deadlines
help-arg-export-output = The file to write (default, and `-`: standard output).
help-arg-export-owner = Only this owner's items (ics; a name or alias of the directory).
help-arg-export-translate = The translator's workbook (xlsx): one row per text to translate into LANG (missing or outdated there), with the original and the translation on record.
help-arg-import-file = A workbook exported by followup, or an action log (.xlsx, .xls, .ods, .csv).
help-arg-import-dry-run = Print what would change; write nothing.
help-arg-import-skip-bad = Leave out rows with cells that cannot be read (and list them).
help-arg-import-map = Read the column with this header (or these letters, e.g. C) as FIELD: id, title, workstream, owners, status, due, meeting, tags, notes, opened.
help-arg-import-author = Who the notes and translations the file brings are by (default: the configured author).
help-arg-person-name = The person's name, or one of their aliases.
help-arg-person-email = Their e-mail address (empty clears it).
help-arg-person-language = The language of their reminders: en, es or ko (empty clears it).
help-arg-person-alias = Another name the items' owners use for them (repeatable).
help-arg-person-remove-alias = Remove an alias (repeatable).
help-arg-remind-owner = Only this owner (a name or an alias of the directory, or a part of an owner's name).
help-arg-remind-out = Write one .eml draft per person in this directory (Outlook and Thunderbird open them).
help-arg-remind-send = Send through the SMTP server of the config (`smtp`, `from`).
help-arg-remind-dry-run = Print who would get what; write and send nothing.

## Messages of the command line
cli-sync-outside-clone = `followup sync` exchanges the ledger kept in a clone of the git repository you share with the other capital, and { $dir } is not in one: clone it with `git clone URL`, then run `followup sync` inside the clone (or name its ledger with -f PATH)
cli-sync-not-in-clone = `followup sync` works on a ledger kept in a clone of the git repository you share with the other capital: clone it with `git clone URL` and run `followup sync` inside the clone
cli-bad-since = --since: { $error }, or `last-review`
git-not-at-revision = git has no `{ $rel }` at `{ $rev }`: no such revision, or the ledger was not there yet (`git log --oneline -- { $rel }` lists the revisions that have it)

## Placeholders of the arguments (`<PATH>`): help-value-NAME, the name lower-cased, `=` as `-`
help-value-path = PATH
help-value-lang = LANG
help-value-langs = LANG,LANG
help-value-language = LANGUAGE
help-value-owner = OWNER
help-value-file = FILE
help-value-title = TITLE
help-value-name = NAME
help-value-format = FORMAT
help-value-workstream = WORKSTREAM
help-value-text = TEXT
help-value-status = STATUS
help-value-party = PARTY
help-value-zone = ZONE
help-value-rule = RULE
help-value-field-value = FIELD=VALUE
help-value-column-field = COLUMN=FIELD
help-value-dir = DIR
help-value-args = ARGS
help-value-tag = TAG
help-value-span = SPAN
help-value-since = SINCE
help-value-place = PLACE
help-value-output = OUTPUT
help-value-order = ORDER
help-value-opened = OPENED
help-value-meeting = MEETING
help-value-email = EMAIL
help-value-due = DUE
help-value-date = DATE
help-value-committee = COMMITTEE
help-value-author = AUTHOR
help-value-rev = REV
help-value-rev2 = REV2
help-value-languages = LANGUAGES
help-value-n = N

## Closure both parties agree to (confirm, reopen).
help-confirm = Confirm, for your party, the other party's closure of an item (when the committee asks for both parties' word).
help-arg-confirm-id = The item's id (JC2-03), done or dropped by the other party.
help-reopen = Reopen a done or dropped item, with a note saying why.
help-arg-reopen-id = The item's id (JC2-03).
help-arg-reopen-note = Why it is reopened: added to the item as a note.
help-value-note = NOTE
help-value-time = HH:MM
help-value-country = COUNTRY
