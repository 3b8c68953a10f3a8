# followup: the command line (English). Ids and placeholders must match es/ and ko/.

## --help
help-about = Follow up the action items of bilateral joint committees.
help-after =
    The ledger is chosen by: PATH (or --ledger), then $FOLLOWUP_LEDGER, then ledger.json at the
    top of the git repository you are in, then `ledger` in config.toml, then ledger.json in the
    data directory (created from a sample if missing).
    Dates accept YYYY-MM-DD, today, tomorrow, yesterday, +3d, -1d, +2w, +1m, weekday names,
    2027.3.31 and, in Spanish, 31/03/2027 (hoy, mañana, viernes…) or, in Korean, 2027. 3. 31.
    (오늘, 내일, 금요일…). A date whose day and month could be swapped is refused.
    $FOLLOWUP_TODAY=YYYY-MM-DD fixes today's date for reproducible runs.
    The language: --lang, then `language` in config.toml, then LC_ALL, LC_MESSAGES, LANG.

    Exit codes: 0 success, 1 invalid ledger, usage error or merge conflict, 2 I/O or lock failure;
    the dashboard stopped by SIGHUP or SIGTERM: 129 or 143.
help-arg-path = The ledger file to open in the dashboard.
help-arg-ledger = The ledger file, for any command.
help-arg-lang = The language to speak: en, es or ko (default: `language` in the config, then the locale).
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
help-committee = Set the committee's name and parties.
help-committee-after =
    --name sets the name. --party, repeated, replaces the list of parties with the ones given,
    in order (to add one, give them all). Nothing else changes.
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

    Exit codes: 0 synced, 1 conflicts to settle (or a setup problem: no identity, no remote),
    2 the remote unreachable or refusing (local commits are kept: the next sync pushes them).
help-completions = Print the completion script for a shell (bash, zsh, fish, powershell).
help-man = Print the manual page (roff).

## Finding the ledger
cli-bad-lang = `{ $lang }`: followup speaks en, es and ko
cli-no-ledger-path = no ledger path given and no home directory to default to
cli-created-sample = created a sample ledger at { $path }
cli-not-a-command = `{ $name }` is neither a command nor a file (see `followup --help`)
cli-no-such-ledger = { $path }: cannot read: no such file (create it with `followup init { $path }`)
cli-no-such-configured-ledger = { $path }: cannot read: no such file (named by `ledger` in { $config })
cli-no-current-dir = cannot find the current directory: { $cause }
cli-created = created { $path }
cli-locked-by = locked by { $holder }
cli-cannot-lock = cannot lock: { $cause }
cli-none = none

## check, fmt
cli-check-ok = { $path }: ok, { $items ->
        [one] 1 item
       *[other] { $items } items
    }, { $meetings ->
        [one] 1 meeting
       *[other] { $meetings } meetings
    }, { $reviews ->
        [one] 1 review
       *[other] { $reviews } reviews
    }
cli-check-conflicts = { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } from a merge to settle: see `followup show ID`
cli-check-not-canonical = not in canonical form: run `followup fmt`
cli-check-strict-failed = { $detail }; --strict: fix these before committing
cli-fmt-already = { $path }: already canonical
cli-fmt-not-canonical = { $path }: not in canonical form (run `followup fmt`)
cli-fmt-rewritten = { $path }: rewritten in canonical form

## list
cli-col-id = ID
cli-col-status = STATUS
cli-col-due = DUE
cli-col-owners = OWNERS
cli-col-workstream = WORKSTREAM
cli-col-title = TITLE
cli-list-summary = { $n ->
        [one] 1 item
       *[other] { $n } items
    }, { $overdue } overdue, { $soon } due within { $days ->
        [one] 1 day
       *[other] { $days } days
    }

## show
cli-show-agreed-due = agreed due
cli-show-slipped = moved
cli-show-updated = updated
cli-show-conflict = CONFLICT
cli-show-settle = settle with `followup resolve { $id } FIELD ours|theirs`
cli-show-notes = notes

## add, set, resolve, committee
cli-bad-status = unknown status `{ $status }` (statuses: { $labels })
cli-set-expected = expected FIELD=VALUE
cli-set-unknown-field = unknown field `{ $field }` (fields: title, status, workstream, owners, due, meeting, opened, tags)
cli-set-only-equals = `{ $field }` takes FIELD=VALUE only
cli-set-no-value = no value given
cli-resolve-usage = resolve takes ID PATH ours|theirs (or --top PATH ours|theirs for the ledger's own conflicts)
cli-resolve-top-usage = resolve --top takes PATH ours|theirs (no item id)
cli-bad-side = `{ $side }`: expected ours or theirs
cli-bad-path = `{ $path }` is not a path: { $reason } (see `followup resolve --help`)
cli-committee-nothing = nothing to set: give --name and/or --party

## diff, merge, git-setup
cli-diff-none = no changes
cli-rev-dash = `{ $rev }` is not a revision: revisions never start with `-` (e.g. HEAD~1, a commit hash, a branch)
cli-rev-empty = the revision is empty
cli-not-in-git-hint = name the ledger in your repository with -f PATH, $FOLLOWUP_LEDGER or `ledger` in config.toml, or run followup from inside the repository that holds ledger.json
cli-merge-unreadable = { $what }; not merged
cli-renumbered = { $name }: { $from } was added on both sides; theirs keeps it, ours ({ $title }) is now { $to }
cli-merge-conflicts = { $name }: { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } ({ $list }); both sides are recorded in the file: settle them in `followup { $name }` (M) or with `followup -f { $name } resolve ID PATH ours|theirs` (`--top PATH` for the ledger's own), then commit
cli-git-setup-done = { $rel }: git is already set up for followup
diff-due = due { $date }
diff-owners = owners { $owners }
diff-note = note { $note }
diff-notes-removed = { $n ->
        [one] 1 note removed
       *[other] { $n } notes removed
    }
diff-later = { $n ->
        [one] 1 day later
       *[other] { $n } days later
    }
diff-earlier = { $n ->
        [one] 1 day earlier
       *[other] { $n } days earlier
    }
diff-meeting = meeting { $id }
diff-review = review { $date } ({ $attendees })

## recover
cli-recover-none = { $name }: no unsaved edits to recover
cli-recover-not-removed = { $file }: merged into { $name } but cannot be removed: { $cause }; delete it by hand
cli-recover-merged = { $name }: merged the edits kept at { $when }
cli-recover-renumbered = { $name }: { $from } was added on both sides; the other keeps it, the recovered one is now { $to }
cli-recover-conflicts = { $name }: { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } ({ $list }); both sides are recorded in the file: settle them in the dashboard (M) or with `followup -f { $name } resolve ID PATH ours|theirs` (`resolve --top PATH ours|theirs` for the ledger's own)
cli-recover-unreadable = { $what }; left as it is

## sync
cli-sync-committed = committed: { $message }
cli-sync-concluded = concluded the merge of { $upstream }
cli-sync-temporary-driver = merged through followup's driver for this sync only; `followup git-setup` makes it permanent (then commit .gitattributes)
cli-sync-notice = merge: { $notice }
cli-sync-came-in = came in from { $upstream }:
cli-sync-went-out = went out to { $upstream }: { $n ->
        [one] 1 commit
       *[other] { $n } commits
    }
cli-sync-more = … { $n } more
cli-sync-no-program = cannot find this program's path: { $cause }
cli-sync-up-to-date = { $rel }: up to date with { $upstream }
cli-sync-synced = { $rel }: synced with { $upstream }
cli-repair-done = { $rel }: merged again by item and field from git's index, and staged
cli-repair-next = run `followup sync` to conclude the merge and push it
cli-not-the-repository-ledger = { $top } has no ledger.json at its top: using { $path } (bring the other capital's with `followup sync`, or create one with `followup init`)

# A new secretariat's first day, recovery files' trust (issue 18)
cli-repository-without-ledger = { $top } is a git repository without ledger.json: bring the other capital's with `followup sync`, or create one with `followup init`
cli-sync-brought-in = { $rel }: brought in from { $upstream }
cli-recover-would-change = { $name }: merging the unsaved edits ({ $n ->
        [one] one keeping
       *[other] { $n } keepings
    }) would change:
cli-recover-shown-only = nothing merged: run `followup recover --yes` to merge them
cli-recover-ask = Merge them into the ledger? [y/N]
cli-recover-declined = nothing merged
cli-recover-refused = { $file }: not a recovery file of yours (tracked by git, or kept by another user, machine or file): left alone, never merged
cli-man-written = { $n ->
        [one] 1 manual page
       *[other] { $n } manual pages
    } written to { $dir }
