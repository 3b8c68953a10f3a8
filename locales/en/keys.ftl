## Your own keys: [keys] in config.toml, refused when the dashboard starts
## (each after "FILE:LINE: "). $action and $other are the action names of
## [keys] (move-down, status), $scope the name of a part of the dashboard.

keys-unknown-scope = [keys.{ $scope }] names no part of the dashboard (the parts and the actions are listed in the README under "Your own keys")
keys-unknown-action = "{ $action }" is no action of the dashboard (the actions are listed in the README under "Your own keys")
keys-not-in-scope = "{ $action }" does nothing in the { $scope }
keys-bad-key = "{ $key }" is not a key: write a character, F1 to F12, Enter, Esc, Tab, Up, Ctrl-x, Alt-x…
keys-taken = { $key } for "{ $action }" is already the key of "{ $other }" in the { $scope }
keys-typed = { $key } for "{ $action }" could no longer be typed in the { $scope }

## The command palette (: or Ctrl-p)

scope-palette = command palette
key-palette = command palette: find any action or item by its name and run it
key-palette-run = run the chosen action, or go to the chosen item
key-palette-next = next in the list
key-palette-prev = previous in the list
foot-run = run
foot-run-short = run
palette-title = Commands
palette-hint = type to find an action · #JC2-03 or part of a title finds an item
palette-nothing = nothing found

## Status line messages that name a key say it as the user chose it
## ($key); when the user left the action without a key, these say the same
## without naming one.

msg-moved-hidden-keyless = { $what } — now hidden by the filter
msg-review-not-recorded-keyless = the review is not recorded yet: record it when the meeting ends
msg-reading-originals-keyless = showing the record's texts as written
msg-reading-translated-keyless = showing the record's texts in { $language } where translated

## More refusals of [keys] (each after "FILE:LINE: "). $code is a character's
## code point (U+200B); $key and $sent are keys (Ctrl-i, Tab).

keys-invisible = the character { $code } does not show on the screen and cannot be a key
keys-sent-as = { $key } cannot be a key: the terminal sends it as { $sent }
keys-too-many = "{ $action }" is given too many keys (at most { $max } per action)
keys-no-way-out = "quit-anywhere" needs a key: it is the way out of every part of the dashboard
