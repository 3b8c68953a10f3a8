## Sus propias teclas: [keys] en config.toml, rechazado al abrir el tablero
## (cada mensaje sigue a "ARCHIVO:LÍNEA: "). $action y $other son los nombres
## de acción de [keys] (move-down, status); $scope, una parte del tablero.

keys-unknown-scope = [keys.{ $scope }] no corresponde a ninguna parte del tablero (las partes y las acciones se listan en el README, en «Your own keys»)
keys-unknown-action = «{ $action }» no es una acción del tablero (las acciones se listan en el README, en «Your own keys»)
keys-not-in-scope = «{ $action }» no hace nada en «{ $scope }»
keys-bad-key = «{ $key }» no es una tecla: escriba un carácter, F1 a F12, Enter, Esc, Tab, Up, Ctrl-x, Alt-x…
keys-taken = { $key } para «{ $action }» ya es la tecla de «{ $other }» en «{ $scope }»
keys-typed = con { $key } para «{ $action }», ya no se podría escribir { $key } en «{ $scope }»

## La paleta de comandos (: o Ctrl-p)

scope-palette = paleta de comandos
key-palette = paleta de comandos: buscar cualquier acción o acuerdo por su nombre y ejecutarla
key-palette-run = ejecutar la acción elegida o ir al acuerdo elegido
key-palette-next = siguiente de la lista
key-palette-prev = anterior de la lista
foot-run = ejecutar
foot-run-short = ejec.
palette-title = Comandos
palette-hint = escriba para buscar una acción · #JC2-03 o parte de un título encuentra un acuerdo
palette-nothing = sin resultados
