## A desk of several committees in the dashboard (followup --all): the
## portfolio of every committee, the switcher to one committee's dashboard.

desk-title = All committees
desk-label = { $n ->
        [one] 1 committee
       *[other] { $n } committees
    }{ $unreadable ->
        [0] {""}
       *[other] , { $unreadable } unreadable
    } · P: one committee
col-committee = Committee
filter-committee = committee { $v }
key-filter-committee = filter by committee
desk-unreadable = ⚠ { $name } cannot be read: { $why }
desk-unreadable-more = ⚠ { $n ->
        [one] 1 more committee cannot be read
       *[other] { $n } more committees cannot be read
    } (followup check --all says why)
desk-switcher-title = Open one committee
desk-switcher-typed = Committee: { $typed }▏
desk-switcher-hint = a letter or a name · ↑↓ · Enter opens · Esc back
desk-switcher-none = no committee matches
scope-switcher = committee switcher
key-portfolio = the portfolio of every committee (followup --all): open one committee; from it, back
key-sw-type = type a letter or a few letters of the committee's name
key-sw-erase = delete a letter
key-sw-next = next committee
key-sw-prev = previous committee
key-sw-go = open the chosen committee's dashboard
msg-no-portfolio = no portfolio holds this ledger: list your committees with [[portfolio]] in config.toml, then run followup --all
help-arg-all = Open the portfolio: every committee listed with [[portfolio]] in config.toml, in one table.
desk-syncing-all = syncing { $name } ({ $at } of { $n })…
desk-synced-all = { $n ->
        [one] 1 committee
       *[other] { $n } committees
    }: { $synced } synced, { $current } up to date, { $failed } failed
desk-synced-all-failed = { $said } ({ $failures })
sum-more-committees = +{ $n } more { $n ->
        [one] committee
       *[other] committees
    } (t: timeline)
