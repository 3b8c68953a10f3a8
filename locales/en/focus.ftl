## The focus view (z): the current item alone, in big letters for the room.
focus-badge = FOCUS
focus-at = item { $at } of { $n } in the table
scope-focus = focus view
key-zoom = focus view: the current item alone, in big letters for the room
key-zoom-back = back to the table or the agenda
key-focus-next = next item (on the agenda, or in the table)
key-focus-prev = previous item (on the agenda, or in the table)
foot-zoom = focus
foot-zoom-short = focus
