# followup: the command line (English). Ids and placeholders must match es/ and ko/.

## Finding the ledger
cli-bad-lang = `{ $lang }`: followup speaks en, es and ko
cli-no-ledger-path = no ledger path given and no home directory to default to
cli-created-sample = created a sample ledger at { $path }
cli-not-a-command = `{ $name }` is neither a command nor a file (see `followup --help`)
cli-no-such-ledger = { $path }: cannot read: no such file (create it with `followup init { $path }`)
cli-no-such-configured-ledger = { $path }: cannot read: no such file (named by `ledger` in { $config })
cli-no-current-dir = cannot find the current directory: { $cause }
cli-created = created { $path }
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
cli-set-unknown-field = unknown field `{ $field }` (fields: { $fields })
cli-bad-sort = unknown order `{ $sort }` (orders: { $keys })
cli-set-only-equals = `{ $field }` takes FIELD=VALUE only
cli-set-no-value = no value given
cli-resolve-usage = resolve takes ID PATH ours|theirs (or --top PATH ours|theirs for the ledger's own conflicts)
cli-resolve-top-usage = resolve --top takes PATH ours|theirs (no item id)
cli-bad-side = `{ $side }`: expected ours or theirs
cli-bad-path = `{ $path }` is not a path: { $reason } (see `followup resolve --help`)
cli-committee-nothing = nothing to set: give --name, --party and/or --languages

## translate, list --untranslated
cli-col-text = TEXT
cli-col-state = TRANSLATION
cli-col-original = ORIGINAL
cli-text-title = title
cli-text-note = note { $n }
cli-untranslated-summary = { $n ->
        [one] 1 text
       *[other] { $n } texts
    } of { $items ->
        [one] 1 item
       *[other] { $items } items
    } to translate into { $language } ({ $outdated } outdated)
cli-untranslated-none = nothing to translate into { $language }
cli-untranslated-others = also { $n ->
        [one] 1 text
       *[other] { $n } texts
    } of the committee, its workstreams or meetings: `followup translate --committee`, `--workstream NAME`, `--meeting ID`
cli-translate-which = say which text to translate: an item's ID (its title, or a note with --note N), or --meeting ID, --workstream NAME or --committee
cli-translate-no-id = `{ $text }`: --meeting, --workstream and --committee name the text themselves; give only the translation
cli-translate-takes-no-text = `{ $flag }` takes no translation: `{ $text }`
cli-translate-no-text = give the translation (to remove one: --remove)
cli-translate-no-language = say the language of the translation with --into LANG (or the original's with --written-in LANG)
cli-translate-no-languages = the committee names no working languages yet, so { $language } is not one of them: name them, the originals' language first, with `followup committee --languages es,ko`
cli-translate-not-working = { $language } is not one of the committee's working languages ({ $languages }): add it with `followup committee --languages { $codes }`

## diff, merge, git-setup
cli-diff-none = no changes
cli-rev-dash = `{ $rev }` is not a revision: revisions never start with `-` (e.g. HEAD~1, a commit hash, a branch)
cli-rev-empty = the revision is empty
cli-not-in-git-hint = name the ledger in your repository with -f PATH, $FOLLOWUP_LEDGER or `ledger` in config.toml, or run followup from inside the repository that holds ledger.json
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
