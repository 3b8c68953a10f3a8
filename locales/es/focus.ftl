## La vista ampliada (z): solo el acuerdo seleccionado, en letras grandes para que toda la sala lo lea.
focus-badge = VISTA AMPLIADA
focus-at = acuerdo { $at } de { $n } en la tabla
scope-focus = vista ampliada
key-zoom = vista ampliada: solo el acuerdo seleccionado, en letras grandes para que toda la sala lo lea
key-zoom-back = volver a la tabla o al orden del día
key-focus-next = siguiente acuerdo (del orden del día o de la tabla)
key-focus-prev = acuerdo anterior (del orden del día o de la tabla)
foot-zoom = ampliar
foot-zoom-short = ampl.
