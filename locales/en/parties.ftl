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
