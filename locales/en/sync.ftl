# The dashboard beside other writers, and its sync key.

sync-read-only-file = you cannot write to this file
sync-read-only-folder = you cannot write to the file's folder
head-read-only-why = ◌ read-only: { $why }
save-busy = { $holder } is writing the ledger; your edits are kept and the save is tried again in a moment
