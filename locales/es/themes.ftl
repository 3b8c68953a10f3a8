# Los temas del tablero: sus nombres, la tecla que los cambia, la opción
# --theme y el archivo de tema del usuario. Las rutas, líneas, claves y
# valores son marcadores: consérvelos. Las palabras dark, light,
# high-contrast y auto tras --theme, y las claves del archivo de tema, se
# escriben tal cual.

theme-dark = oscuro
theme-light = claro
theme-high-contrast = alto contraste
msg-theme = tema: { $theme } ({ $key }: siguiente tema)
msg-theme-keyless = tema: { $theme }
msg-theme-no-color = tema: { $theme }; con NO_COLOR definida, la pantalla sigue sin color
key-theme = cambiar el tema: oscuro, claro, alto contraste
help-arg-theme = El tema del tablero: `dark` (oscuro), `light` (claro), `high-contrast` (alto contraste) o `auto` (consulta a la terminal su color de fondo); de forma predeterminada: `theme` en la configuración y, si no, `dark`.
help-value-theme = TEMA
theme-file-unreadable = archivo de tema { $path }: no se puede leer: { $cause }
theme-file-syntax = archivo de tema { $path }, línea { $line }: no es TOML válido: { $detail }
theme-file-unknown-key = archivo de tema { $path }, línea { $line }: `{ $key }` no es un color de un tema; los colores son { $keys }, fuera de toda tabla (para todos los temas) o dentro de una tabla [dark], [light] o [high-contrast]
theme-file-bad-colour = archivo de tema { $path }, línea { $line }: { $key } = { $value } no es un color; escriba "#rrggbb", un nombre en inglés como "red" o "light-blue", o "default"
theme-file-directory = archivo de tema { $path }: es un directorio, no un archivo de tema
theme-file-not-regular = archivo de tema { $path }: no es un archivo regular (es una canalización, un dispositivo o un socket); se rechaza
theme-file-too-large = archivo de tema { $path }: supera { $kib } KiB, más de lo que necesita un archivo de tema; se rechaza
theme-file-not-text = archivo de tema { $path }, línea { $line }: no es texto UTF-8; guarde el archivo como UTF-8
theme-unknown = { $path }:{ $line }: theme = "{ $word }" no es un tema; escriba dark, light, high-contrast o auto
