# The dashboard's themes: their names, the key that switches them, the
# --theme option, and the user's theme file. Paths, lines, keys and values
# are placeholders: keep them. The words dark, light, high-contrast and auto
# after --theme, and the keys of the theme file, are typed as written.

theme-dark = dark
theme-light = light
theme-high-contrast = high contrast
msg-theme = theme: { $theme } ({ $key }: next theme)
msg-theme-keyless = theme: { $theme }
msg-theme-no-color = theme: { $theme }; NO_COLOR is set, so the screen stays without colour
key-theme = switch the theme: dark, light, high contrast
help-arg-theme = The dashboard's theme: `dark`, `light`, `high-contrast` or `auto` (asks the terminal for its background); default: config `theme`, else `dark`.
help-value-theme = THEME
theme-file-unreadable = theme file { $path }: cannot read: { $cause }
theme-file-syntax = theme file { $path }, line { $line }: not valid TOML: { $detail }
theme-file-unknown-key = theme file { $path }, line { $line }: `{ $key }` is not a colour of a theme; the colours are { $keys }, alone or in a [dark], [light] or [high-contrast] table
theme-file-bad-colour = theme file { $path }, line { $line }: { $key } = { $value } is not a colour; write "#rrggbb", a name such as "red" or "light-blue", or "default"
theme-file-directory = theme file { $path }: is a directory, not a theme file
theme-file-not-regular = theme file { $path }: is not a regular file (a pipe, a device or a socket); refused
theme-file-too-large = theme file { $path }: larger than { $kib } KiB, more than a theme file needs; refused
theme-file-not-text = theme file { $path }, line { $line }: not UTF-8 text; save the file as UTF-8
theme-unknown = { $path }:{ $line }: theme = "{ $word }" is no theme; write dark, light, high-contrast or auto
