## Sus propias teclas: [keys] en config.toml, que se rechaza al abrir el tablero
## (cada mensaje sigue a "ARCHIVO:LÍNEA: "). $action y $other son los nombres
## de acción de [keys] (move-down, status); $scope, el nombre de una sección
## del tablero (el mismo que en la ayuda ?). «Sección», no «parte»: la parte
## es la de la Comisión.

keys-unknown-scope = [keys.{ $scope }] no corresponde a ninguna sección del tablero (las secciones y las acciones figuran en el apartado «Your own keys» del README)
keys-unknown-action = «{ $action }» no es una acción del tablero (las acciones figuran en el apartado «Your own keys» del README)
keys-not-in-scope = la acción «{ $action }» no tiene efecto en «{ $scope }»
keys-bad-key = «{ $key }» no es una tecla: escriba un carácter, de F1 a F12, Enter, Esc, Tab, Up, Ctrl-x, Alt-x…
keys-taken = la tecla { $key } no puede asignarse a «{ $action }»: ya es la tecla de «{ $other }» en «{ $scope }»
keys-typed = la tecla { $key } no puede asignarse a «{ $action }»: impediría escribir ese carácter en «{ $scope }»

## La paleta de comandos (: o Ctrl-p)

scope-palette = paleta de comandos
key-palette = paleta de comandos: buscar una acción o un acuerdo por su nombre y ejecutarla o ir a él
key-palette-run = ejecutar la acción elegida o ir al acuerdo elegido
key-palette-next = siguiente de la lista
key-palette-prev = anterior de la lista
foot-run = ejecutar
foot-run-short = ejec.
palette-title = Comandos
palette-hint = busque una acción, o un acuerdo por #JC2-03 o parte de su título
palette-nothing = sin resultados

## Los mensajes de la línea de estado que nombran una tecla la dicen como
## el usuario la eligió ($key); si el usuario dejó la acción sin tecla,
## estos dicen lo mismo sin nombrar ninguna.

msg-moved-hidden-keyless = { $what }; ahora el filtro lo oculta
msg-review-not-recorded-keyless = la revisión aún no se registra: regístrela al terminar la reunión
msg-reading-originals-keyless = se muestran los textos originales del registro
msg-reading-translated-keyless = se muestran en { $language } los textos del registro que estén traducidos

## Más rechazos de [keys] (cada uno tras "ARCHIVO:LÍNEA: "). $code es el
## punto de código de un carácter (U+200B); $key y $sent son teclas
## (Ctrl-i, Tab).

keys-invisible = el carácter { $code } no se ve en la pantalla y no puede ser una tecla
keys-sent-as = { $key } no puede ser una tecla: la terminal la envía como { $sent }
keys-too-many = «{ $action }» tiene demasiadas teclas (como máximo { $max } por acción)
keys-no-way-out = «quit-anywhere» necesita una tecla: es la salida desde cualquier sección del tablero
