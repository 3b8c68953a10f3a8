## followup git-setup --ci: el archivo de integración continua del servicio de git que valida el registro de acuerdos en cada solicitud de cambios y en cada envío.
hosting-ci-written = Se escribió { $file }: { $host } ejecutará `followup check --strict` sobre { $ledger } en cada solicitud de cambios (`pull request` o `merge request`) y en cada envío que modifique el registro de acuerdos.
hosting-ci-replaced = Se reemplazó { $file }: { $host } ejecutará `followup check --strict` sobre { $ledger } en cada solicitud de cambios (`pull request` o `merge request`) y en cada envío que modifique el registro de acuerdos.
hosting-ci-unchanged = { $file } ya está al día.
hosting-ci-next = Guárdelo en git y envíelo (`git add { $file }`, `git commit`, `git push`); después haga obligatoria esta validación para poder fusionar cambios en la rama compartida.
hosting-ci-differs = { $file } ya existe y es distinto del archivo que escribe followup; se dejó sin cambios. Compare ambos y, si procede, reemplácelo con `followup git-setup --ci { $host } --install-from URL --force`.
hosting-ci-unsafe-start = `{ $value }`: un archivo de integración continua no admite un valor vacío ni uno que empiece con `-`
hosting-ci-unsafe-ledger-path = la ruta del registro de acuerdos `{ $value }` contiene `{ $char }`, que un archivo de integración continua no puede incluir de forma segura: use para el registro de acuerdos una ruta con solo letras, dígitos, espacios y . _ - / + @
hosting-ci-unsafe-install-from = --install-from `{ $value }` contiene `{ $char }`, que un archivo de integración continua no puede incluir de forma segura: indique una URL de git sencilla (https://…, ssh://… o git@servidor:ruta) sin comillas, espacios, comas, llaves ni $
hosting-ci-unsafe-install-rev = --install-rev `{ $value }` contiene `{ $char }`: indique el nombre de una etiqueta, rama o commit con solo letras, dígitos y . _ - /

## followup sync --repair, cuando las marcas de conflicto quedaron en un commit (una fusión hecha en la interfaz web del servicio, o sin el controlador de followup)
sync-repair-broken-by = el commit { $commit } dañó { $rel } y ninguna versión anterior se puede cargar, así que no hay nada que volver a fusionar: recupere el registro de acuerdos anterior a ese commit (`git checkout { $commit }~1 -- { $rel }`) y rehaga los cambios de ese commit
sync-repair-not-a-merge = el commit { $commit }, que no es una fusión, dañó { $rel }: recupere el registro de acuerdos anterior a ese commit (`git checkout { $commit }~1 -- { $rel }`) y rehaga los cambios de ese commit
sync-repair-changed-since = la fusión { $commit } dañó { $rel } y el archivo volvió a cambiar después: recupérelo del primer padre de la fusión (`git checkout { $commit }~1 -- { $rel }`) y vuelva a fusionar la otra rama con `followup sync`
sync-repaired-commit = { $rel }: se rehízo la fusión { $commit } por acuerdo y campo a partir de sus padres, y el resultado quedó en el índice de git

## Ayuda
help-git-setup-after =
    Con --ci, escribe además el archivo de integración continua de su servicio de git, que instala
    followup y ejecuta `followup check --strict` sobre el registro de acuerdos en cada solicitud de
    cambios y en cada envío que lo modifique:
      github   .github/workflows/followup.yml
      gitlab   .gitlab-ci.yml
      forgejo  .forgejo/workflows/followup.yml
      gitea    .gitea/workflows/followup.yml
    --install-from indica el repositorio git desde el que se instala followup (`cargo install --git URL`),
    --install-rev la etiqueta o el `commit` que se instala (la versión que usan ambas capitales).
    Un archivo distinto que ya exista se deja como está, salvo con --force.
      followup git-setup --ci github --install-from https://git.example.org/followup.git --install-rev v0.1.0
help-arg-git-setup-ci = Escribe además el archivo de integración continua de este servicio de git, que valida el registro de acuerdos en cada solicitud de cambios y en cada envío.
help-arg-git-setup-ci-github = Acciones de GitHub: .github/workflows/followup.yml
help-arg-git-setup-ci-gitlab = Integración continua de GitLab: .gitlab-ci.yml
help-arg-git-setup-ci-forgejo = Acciones de Forgejo: .forgejo/workflows/followup.yml
help-arg-git-setup-ci-gitea = Acciones de Gitea: .gitea/workflows/followup.yml
help-arg-git-setup-install-from = La URL de git desde la que la integración continua instala followup (`cargo install --git URL`).
help-arg-git-setup-install-rev = La etiqueta, rama o `commit` de ese repositorio que se instala (si se omite, su rama predeterminada).
help-arg-git-setup-force = Reemplaza un archivo de integración continua distinto del que escribe followup.
help-value-host = SERVICIO
help-value-url = URL
