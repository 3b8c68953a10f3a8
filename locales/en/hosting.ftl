## followup git-setup --ci: the git host's CI file that checks the ledger on every pull request and push.
hosting-ci-written = { $file } written: { $host } will run `followup check --strict` on { $ledger } for every pull or merge request and for every push that changes the ledger.
hosting-ci-replaced = { $file } replaced: { $host } will run `followup check --strict` on { $ledger } for every pull or merge request and for every push that changes the ledger.
hosting-ci-unchanged = { $file } is already up to date.
hosting-ci-next = Commit it (`git add { $file }`, `git commit`, `git push`), then make the check required for merging into the shared branch.
hosting-ci-differs = { $file } already exists and differs from the file followup writes; it was left as it is. Compare the two, then replace it with `followup git-setup --ci { $host } --install-from URL --force`.
hosting-ci-unsafe-start = `{ $value }`: a CI file cannot carry an empty value or one that starts with `-`
hosting-ci-unsafe-ledger-path = the ledger's path `{ $value }` holds `{ $char }`, which a CI file cannot carry safely: give the ledger a path of letters, digits, spaces and . _ - / + @
hosting-ci-unsafe-install-from = --install-from `{ $value }` holds `{ $char }`, which a CI file cannot carry safely: give a plain git URL (https://…, ssh://… or git@host:path) without quotes, spaces, commas, braces or $
hosting-ci-unsafe-install-rev = --install-rev `{ $value }` holds `{ $char }`: give a tag, branch or commit name of letters, digits and . _ - /

## followup sync --repair, when the markers were committed (a merge made in a host's web interface, or without followup's driver)
sync-repair-broken-by = { $rel } was broken by commit { $commit }; no earlier version of it loads, so there is nothing to merge again: take it from before that commit (`git checkout { $commit }~1 -- { $rel }`) and make that commit's changes again
sync-repair-not-a-merge = { $rel } was broken by commit { $commit }, which is not a merge: take the ledger from before it (`git checkout { $commit }~1 -- { $rel }`) and make that commit's changes again
sync-repair-changed-since = { $rel } was broken by the merge { $commit } and changed again after it: take it from the merge's first parent (`git checkout { $commit }~1 -- { $rel }`), then merge the other parent again with `followup sync`
sync-repaired-commit = { $rel }: the merge { $commit } redone by item and field from its parents, and staged

## Help
help-git-setup-after =
    With --ci, also writes the file of your git host's CI that installs followup and runs
    `followup check --strict` on the ledger for every pull or merge request and every push that
    changes it:
      github   .github/workflows/followup.yml
      gitlab   .gitlab-ci.yml
      forgejo  .forgejo/workflows/followup.yml
      gitea    .gitea/workflows/followup.yml
    --install-from names the git repository followup is installed from (`cargo install --git URL`),
    --install-rev the tag or commit to install (the version both capitals use).
    A different file already there is left as it is unless you give --force.
      followup git-setup --ci github --install-from https://git.example.org/followup.git --install-rev v0.1.0
help-arg-git-setup-ci = Also write the CI file of this git host, which checks the ledger on every pull or merge request and push.
help-arg-git-setup-ci-github = GitHub Actions: .github/workflows/followup.yml
help-arg-git-setup-ci-gitlab = GitLab CI/CD: .gitlab-ci.yml
help-arg-git-setup-ci-forgejo = Forgejo Actions: .forgejo/workflows/followup.yml
help-arg-git-setup-ci-gitea = Gitea Actions: .gitea/workflows/followup.yml
help-arg-git-setup-install-from = The git URL the CI installs followup from (`cargo install --git URL`).
help-arg-git-setup-install-rev = The tag, branch or commit of that repository to install (default: its default branch).
help-arg-git-setup-force = Replace a CI file that differs from the one followup writes.
help-value-host = HOST
help-value-url = URL
