# followup: errors of the ledger file, its rules, dates, paths, sync and recovery (English).
# File names, lines, columns, JSON paths, ids and values are placeholders: keep them.

## Reading and writing the ledger file
le-io = { $path }: { $what }: { $cause }
le-is-directory = { $path }: is a directory, not a ledger file
le-symlink = { $path }: is a symbolic link; refused (not followed, nothing written)
le-not-regular = { $path }: is not a regular file; refused
le-too-large = { $path }: larger than { $limit } bytes; refused
le-outside-repository = { $path }: leads outside the repository { $root } (to { $target }); refused: name it with --ledger if you mean it
le-locked = { $path }: locked by { $holder }; try again once it has finished
le-changed-on-disk = { $path }: changed on disk since it was loaded (another program or `git pull`); not overwritten
le-read-only = { $path }: the file is read-only; nothing was written
le-conflict-markers = { $path }:{ $line }: git conflict markers (<<<<<<<): the ledger was merged as text, without followup's merge driver; run `followup sync --repair` to redo the merge by item and field
le-exists = { $path }: already exists; nothing was written
io-read = cannot read
io-write = cannot write
io-create-dir = cannot create directory
io-lock = cannot lock
io-open-lock = cannot open the lock file
io-remove-stale-lock = cannot remove the stale lock file
io-write-lock = cannot write the lock file
io-open = cannot open
io-create = cannot create
io-create-lock = cannot create the lock file
io-not-found = no such file
io-permission-denied = permission denied

## Why a text is not a valid ledger
pe-bom = the file starts with a byte-order mark (BOM); save it as UTF-8 without one
pe-not-utf8 = the file is not valid UTF-8
pe-json = invalid JSON: { $detail }
pe-place-item = { $path } (item { $id })

## Rules of the ledger
rule-bad-id = the id { $problem }
rule-bad-meeting-id = the meeting id { $problem }
rule-bad-party = the party's name { $problem }
rule-duplicate-id = duplicate id `{ $id }`
rule-duplicate-meeting-id = duplicate meeting id `{ $id }`
rule-empty-title = the title is empty
rule-empty-translation = a translation has no text (remove it, or write the translation)
rule-unknown-meeting = meeting `{ $id }` is not in `meetings`
rule-empty-owner = an owner is empty
rule-empty-tag = a tag is empty
rule-date-out-of-range = date `{ $date }` is out of range (dates run from { $min } to { $max })
idp-empty = is empty
idp-line-break = spans more than one line
idp-control = contains a control character
idp-bidi = contains a bidirectional override
idp-padded = starts or ends with a space

## Dates
date-shape = invalid date `{ $input }` (expected YYYY-MM-DD)
date-impossible = impossible date `{ $input }` (no such day on the calendar)
date-out-of-range = date `{ $input }` is out of range (dates run from { $min } to { $max })
date-unrecognised = invalid date `{ $input }` (use YYYY-MM-DD, Dec 2, today, tomorrow, fri, next fri, in 3 days, +3d, -1d, +2w or +1m)
date-day-first = no such date `{ $input }`: in Spanish the day comes first (DD/MM/YYYY, e.g. 31/12/2026)
date-ambiguous = ambiguous date `{ $input }` (day and month could be swapped): use YYYY-MM-DD
# The weekday named in date-wrong-weekday.
date-weekday-mon = Monday
date-weekday-tue = Tuesday
date-weekday-wed = Wednesday
date-weekday-thu = Thursday
date-weekday-fri = Friday
date-weekday-sat = Saturday
date-weekday-sun = Sunday
date-wrong-weekday = date and weekday disagree in `{ $input }`: { $date } is a { $actual }, not a { $written }
date-span = invalid span `{ $input }` (use e.g. 7d, 2w, 7 days or 2 weeks)

## Field paths (followup resolve)
path-error = column { $column }: expected { $expected }
path-key = a key (letters, digits, `_`, `-`) or `[`
path-step = `.` or `[`
path-bracket = a number, a quoted key or `id=` after `[`
path-id = an id or a quoted id after `id=`
path-quote = a closing `"`
path-close = `]`
path-index = an index that fits in memory

## followup sync
sync-kept = { $n ->
        [one] ; the local commit is kept and the next `followup sync` pushes it
       *[other] ; the { $n } local commits are kept and the next `followup sync` pushes them
    }
sync-detached = not on a branch (detached HEAD): check out the branch to sync
sync-rebasing = a rebase is in progress: finish it with git (`git rebase --continue`, after `followup sync --repair` if the ledger has conflict markers) or `git rebase --abort`, then sync
sync-no-identity = git does not know who you are, and followup never invents an author: set it with `git config user.name "INADEM, Mexico"` and `git config user.email secretariat@example.org` (add --global for every repository)
sync-no-remote = branch `{ $branch }` has no upstream and the repository has no remote `origin`: add one with `git remote add origin URL`
sync-foreign-merge = { $rel }: its git attributes say `merge: { $value }`, so git would not merge it through followup's driver; run `followup git-setup` (or remove that attribute), then sync
sync-unreachable = remote `{ $remote }` unreachable or refused access: { $detail }{ $kept }
sync-refused = remote `{ $remote }` refused the push: { $detail }{ $kept }
sync-kept-moving = remote `{ $remote }` moved again during each of { $attempts } attempts to push (last: { $detail }){ $kept }
sync-conflicts = { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } ({ $list }); nothing was pushed: settle each with `followup resolve ID FIELD ours|theirs` (or in the dashboard, M), then run `followup sync` again
sync-other-conflicts = git conflicts in other files: { $list }; resolve them with git (`git add` each), then run `followup sync` again
sync-driver-failed = { $rel }: the merge driver could not merge it, so the merge was undone: { $detail }
sync-nothing-to-repair = { $rel }: git is not merging it (no index stages), so there is nothing to repair; if the conflict markers were committed, take the ledger from before that commit (`git checkout COMMIT -- { $rel }`)
sync-program-not-utf8 = git merge: { $program }: the program's path is not UTF-8
sync-temporary-attributes = git merge: cannot write a temporary attributes file: { $cause }

## git and the ledger's repository
git-not-started = git { $args }: cannot run git: { $cause }
git-not-in-repository = { $path }: not inside a git repository
git-outside-repository = { $path }: outside the repository { $root }

## config.toml
cfg-cannot-read = { $path }: cannot read: { $cause }
cfg-unknown-language = config: language = "{ $value }": followup speaks en, es and ko

## Recovery of unsaved edits
rec-cannot-read = { $path }: cannot read: { $cause }
rec-not-kept = beside the ledger: { $beside }; in the state directory: { $state }
rec-no-state-dir = none

## Why a ledger file does not load: JSON syntax (the line and column say where)
pe-json-eof = invalid JSON: the file ends in the middle of a value (truncated, or a closing `{ "}" }` or `]` is missing)
pe-json-colon = invalid JSON: expected `:` after the key
pe-json-comma-brace = invalid JSON: expected `,` or `{ "}" }` (a comma is probably missing before this point)
pe-json-comma-bracket = invalid JSON: expected `,` or `]` (a comma is probably missing before this point)
pe-json-value = invalid JSON: expected a value (a string in double quotes, a number, true, false, null, a list or an object)
pe-json-trailing-comma = invalid JSON: trailing comma before `{ "}" }` or `]` (remove it)
pe-json-key = invalid JSON: a key must be a string in double quotes
pe-json-control = invalid JSON: a control character (tab, line break) inside a string; write it as an escape (\t, \n)
pe-json-escape = invalid JSON: invalid escape after `\` in a string
pe-json-number = invalid JSON: invalid number
pe-json-trailing = invalid JSON: more text after the end of the document
pe-json-too-deep = invalid JSON: nested too deeply

## Why a ledger file does not load: its shape
# $labels: the statuses in the reader's language, which commands accept (the file takes only the canonical values).
sc-unknown-status = unknown status `{ $value }` (the file takes only open, in-progress, blocked, done or dropped; commands also accept { $labels })
sc-duplicate-field = duplicate field `{ $field }`
sc-missing-field = missing field `{ $field }`
sc-unknown-language = unknown language `{ $value }` (the ledger names languages as en, es or ko)
sc-unsupported-format = unsupported format `{ $format }` (this version reads `{ $supported }`)
sc-invalid-type = invalid type: { $found }, expected { $expected }
sc-other = { $detail }
found-null = null
found-boolean = boolean { $value }
found-number = number { $value }
found-text = string { $value }
found-list = a list
found-object = an object
expected-text = a string
expected-date = a YYYY-MM-DD date
expected-list = a list
expected-date-list = a list of YYYY-MM-DD dates
expected-object = an object

# Sync's safety (issue 18)
sync-timed-out = remote `{ $remote }` did not answer within { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }, so git was stopped (set FOLLOWUP_NETWORK_TIMEOUT to wait longer){ $kept }
sync-no-ledger-anywhere = { $rel }: neither this clone nor { $upstream } has it yet: create it with `followup init` and sync, or sync again once the other capital has pushed it
sync-ledger-not-regular = { $rel }: not a regular file inside the repository (a symbolic link leading out of it, or not a file): refused; take the committed ledger back with `git checkout HEAD~1 -- { $rel }` or ask the other capital
sync-remote-ledger-not-regular = { $rel }: the remote holds it as a symbolic link or something else than a regular file: refused, nothing was merged; ask the other capital to commit the ledger itself
git-timed-out = git { $args }: stopped after { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } without finishing

lock-holder-process = { $command } (process { $pid } on { $host })
lock-holder-unknown = another program
io-storage-full = the disk is full
io-quota-exceeded = the disk quota is used up
io-read-only-filesystem = the disk is read-only
io-file-too-large = the file is too large for this disk
io-is-a-directory = it is a folder
io-not-a-directory = a part of the path is not a folder
io-directory-not-empty = the folder is not empty
io-already-exists = it already exists
io-busy = it is in use by another program
io-timed-out = the operation took too long
io-invalid-data = its contents cannot be read
io-interrupted = the operation was interrupted
io-other = system error { $code }
merge-driver-refused = { $what }: nothing was merged or written; git leaves { $name } in conflict, as it was on this side
