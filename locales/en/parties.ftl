## The two parties' record: time zones, closure rules, instants.

sc-unknown-zone = unknown time zone `{ $value }` (the ledger names zones as IANA does: America/Mexico_City, Asia/Seoul)
sc-unknown-choice = `{ $value }` is not one of: { $allowed }
sc-instant = `{ $value }` is not an instant (RFC 3339, such as 2026-12-03T00:05:00Z)
sc-time = `{ $value }` is not a time of day (HH:MM, such as 10:00)

## Closure both parties agree to.

out-confirmed = { $id }: closure confirmed for { $party }
err-no-party = this committee asks both parties to agree to closures: say which party you speak for (`party` in config.toml, or `followup --party "…"`)
err-unknown-party = `{ $party }` is not a party of this committee (its parties: { $parties })
err-not-awaiting = { $id } awaits no confirmation
err-own-closure = { $id } was closed by { $party }, the party you speak for: the other party confirms it
err-not-closed = { $id } is not done or dropped: there is nothing to reopen
out-zone-set = deadlines are now kept in the time zone { $zone }
out-closure-both = closing an item now needs the other party's confirmation
out-closure-either = either party now closes items on its own

## One party's record (followup committee --party P --party-zone Z --party-language L)
# $record: its country, party-record-zone and its language's name, comma-separated
out-party-added = { $party } added to the committee's parties ({ $record })
out-party-set = { $party }: { $record }
party-record-zone = time zone { $zone }
party-record-empty = no country, time zone or language known
cli-party-fields-one = --party-zone, --party-language and --party-country set one party's record: give exactly one --party, its name
err-zone-without-time = meeting { $id } has no time for a time zone to apply to: give --time HH:MM with --zone
err-time-without-date = meeting { $id } has no date for its time: give --date as well

## Both clocks: each party's capital, as the header and an item's detail show it
capital-mexico-city = Mexico City
capital-seoul = Seoul
# $day: day-month (Wed 2 Dec); $time: HH:MM
clock-day-time = { $day } { $time }
# $when: clock-day-time, or HH:MM alone when the header is short
clock-capital = { $capital } { $when }
# the detail's line: when the deadline falls in each capital
clock-time-capital = { $when } { $capital }
detail-due-in-capitals = local due
err-reopen-with-note = { $id } is closed and both parties must agree: reopen it with a note saying why (`followup reopen { $id } "…"`, or X in the dashboard)
