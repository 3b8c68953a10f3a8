## A desk's portfolio: every committee it follows ([[portfolio]] in config.toml)
portfolio-err-entry = { $config }: entry { $index } of [[portfolio]] needs either `path` (a ledger, or a repository holding ledger.json) or `folder` (a folder of such repositories), not both
portfolio-err-folder = { $path }: this [[portfolio]] folder cannot be read: { $cause }
portfolio-err-same-name = two committees of the portfolio are called “{ $name }”: give one of them its own `name` in its [[portfolio]] entry ({ $config })
portfolio-err-same-ledger = “{ $first }” and “{ $second }” of the portfolio are the same ledger ({ $path }): keep only one of them in [[portfolio]] ({ $config })
portfolio-err-empty = --all needs the committees you follow, listed in { $config }: a [[portfolio]] entry with `folder = "…"` (a folder of repositories) or `path = "…"` (one ledger) for each
portfolio-none-found = the folders of [[portfolio]] in config.toml hold no repository with a ledger.json
portfolio-all-with-ledger = --all reads every committee of the portfolio ([[portfolio]] in config.toml): leave out either --all or the ledger { $path }

## The commands' --all
portfolio-col-committee = COMMITTEE
portfolio-list-summary = { $n ->
        [one] 1 item
       *[other] { $n } items
    } in { $committees ->
        [one] 1 committee
       *[other] { $committees } committees
    }, { $overdue } overdue, { $soon } due within { $days ->
        [one] 1 day
       *[other] { $days } days
    }
portfolio-check-failed = { $failed ->
        [one] 1 ledger
       *[other] { $failed } ledgers
    } of { $n } did not pass the check
portfolio-sync-up-to-date = up to date with { $upstream }
portfolio-sync-synced = synced with { $upstream }: { $incoming ->
        [0] nothing came in
        [one] 1 item changed there
       *[other] { $incoming } items changed there
    }, { $outgoing ->
        [0] nothing went out
        [one] 1 commit went out
       *[other] { $outgoing } commits went out
    }
portfolio-sync-failed = { $failed ->
        [one] 1 repository
       *[other] { $failed } repositories
    } of { $n } not synced
portfolio-export-ics-only = export --all writes one calendar (--format ics); export workbooks one committee at a time (-f LEDGER)
portfolio-written = { $said } ({ $n ->
        [one] 1 committee
       *[other] { $n } committees
    })
portfolio-html-committees = { $n ->
        [one] 1 committee
       *[other] { $n } committees
    }
portfolio-html-contents = Contents
ics-portfolio-name = Action items of { $n ->
        [one] 1 committee
       *[other] { $n } committees
    }

## One reminder for several committees
mail-all-subject = Update requested on { $n ->
        [one] one action item
       *[other] { $n } action items
    } of { $committees ->
        [one] one committee
       *[other] { $committees } committees
    }
mail-all-intro = On behalf of the secretariats of the { $committees ->
        [one] committee
       *[other] committees
    } below, we would be grateful for an update on the following { $n ->
        [one] action item
       *[other] action items
    } under your responsibility, as of { $today }:
mail-all-committee = ■ { $committee } ({ $n ->
        [one] 1 action item
       *[other] { $n } action items
    })
mail-all-closing = Kind regards,
    The secretariats of the committees above

## The handover brief (report --brief)
brief-document = Handover brief
brief-title = Handover brief: { $committee }
brief-prepared = Prepared on { $date } for the officer taking over this committee
brief-parties = Parties: { $parties }
brief-open = Open action items
brief-open-none = No action item is open.
brief-item-owners = Owners: { $owners }
brief-item-deadline = Deadline: { $date } ({ $relative }) · { $status }
brief-item-no-deadline = No deadline · { $status }
brief-item-slips = Deadline changed { $n ->
        [one] once
       *[other] { $n } times
    }: { $dates }
brief-item-note = Last note ({ $date }): { $text }
brief-awaiting = Awaiting the other party
brief-awaiting-none = No closure is awaiting confirmation.
brief-counterparts = Counterparts
brief-counterparts-none = The directory lists nobody yet: add people with `followup person NAME --email …`.
brief-person-language = reads { $language }
brief-person-aliases = also written { $aliases }
brief-reviews = Last reviews
brief-reviews-none = No review recorded yet.
brief-review-attendees = Attendees: { $attendees }

## --help of --all and --brief
help-arg-check-all = Check every committee's ledger of the portfolio ([[portfolio]] in config.toml), one line each.
help-arg-list-all = Every committee of the portfolio ([[portfolio]] in config.toml) in one table, a committee column first; the filters apply in each committee.
help-arg-report-all = Every committee of the portfolio ([[portfolio]] in config.toml), a section each (Markdown, HTML with a table of contents, CSV, JSON).
help-arg-export-all = One calendar of every committee of the portfolio ([[portfolio]] in config.toml); --format ics only.
help-arg-remind-all = One mail per person for every committee of the portfolio ([[portfolio]] in config.toml), their items grouped by committee.
help-arg-sync-all = Sync every repository of the portfolio ([[portfolio]] in config.toml), one line each; one that fails does not stop the others.
help-arg-report-brief = A handover brief instead of minutes: the open action items with their changed deadlines, what awaits the other party, the counterparts, the last three reviews.
brief-format = the handover brief is written in Markdown (the default), HTML (--format html) or JSON (--format json)
portfolio-read-failed = { $failed ->
        [one] 1 committee
       *[other] { $failed } committees
    } of { $n } could not be read and { $failed ->
        [one] is
       *[other] are
    } left out
portfolio-remind-not-sent = nothing was sent: { $failed ->
        [one] 1 committee
       *[other] { $failed } committees
    } of { $n } could not be read, and the mails would leave out their items; fix { $failed ->
        [one] it
       *[other] them
    } first (followup check --all), or send committee by committee (-f LEDGER)
