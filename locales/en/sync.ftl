# The dashboard beside other writers, and its sync key.

sync-read-only-file = you cannot write to this file
sync-read-only-folder = you cannot write to the file's folder
head-read-only-why = ◌ read-only: { $why }
save-busy = { $holder } is writing the ledger; your edits are kept and the save is tried again in a moment
key-sync = sync with the other capital (followup sync)
foot-sync = sync
foot-sync-short = sync
head-syncing = ⟳ sync…
head-offline = ⚡ offline
msg-syncing = syncing with the remote…
msg-synced = synced with { $upstream }: { $pushed ->
        [one] 1 commit
       *[other] { $pushed } commits
    } pushed, { $received ->
        [one] 1 item
       *[other] { $received } items
    } received
msg-sync-offline = offline: { $remote } cannot be reached; your commit is kept and goes out with the next sync
msg-sync-conflicts = sync stopped: { $n ->
        [one] 1 conflict
       *[other] { $n } conflicts
    } to settle (M); nothing was pushed
msg-sync-not-saved = sync not started: the edits could not be saved first
msg-sync-failed = sync failed: { $why }
head-distance = ↑{ $ahead } to send · ↓{ $behind } to receive

## The commits followup sync makes. English in every language, on purpose:
## both capitals read them in git.
commit-added = { $id } added
commit-removed = { $id } removed
commit-due = due { $date }
commit-no-due = no due date
commit-translated = translation ({ $lang })
commit-notes = { $n ->
        [one] note
       *[other] { $n } notes
    }
commit-notes-removed = notes removed
commit-meeting-added = meeting { $id } added
commit-meeting-removed = meeting { $id } removed
commit-review = review { $date }
commit-more = ; +{ $n } more
commit-canonical = { $rel }: canonical form
commit-merge = Merge remote-tracking branch '{ $upstream }'
commit-settled = { $n ->
        [one] Conflict settled:
       *[other] Conflicts settled ({ $n }):
    }
commit-settled-ours = kept ours
commit-settled-theirs = kept theirs ({ $upstream })
commit-settled-edited = settled by hand

# A remote ledger refused before anything moves (shown to the user: translated).
sync-remote-ledger-refused = the other capital's ledger on { $upstream } was refused: { $cause }. Nothing was merged: this clone's ledger and history are as they were. Ask the other capital to correct { $rel } and push it again, then sync.
