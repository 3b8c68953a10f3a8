# El tablero junto a otros editores, y su tecla de sincronización.

sync-read-only-file = usted no puede escribir en este archivo
sync-read-only-folder = usted no puede escribir en la carpeta del archivo
head-read-only-why = ◌ solo lectura: { $why }
save-busy = { $holder } está escribiendo el registro; sus cambios se conservan y se volverá a guardar en un momento
