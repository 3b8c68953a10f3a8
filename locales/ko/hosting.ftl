## followup git-setup --ci: 풀 리퀘스트마다, 그리고 커밋이 올라올 때마다 관리대장을 검사하는 git 호스팅 서비스의 CI 파일.
hosting-ci-written = { $file } 파일을 작성했습니다. 앞으로 { $host }에서 풀 리퀘스트(병합 요청)마다, 그리고 관리대장을 바꾸는 커밋이 저장소에 올라올 때마다 { $ledger }에 대해 `followup check --strict`를 실행합니다.
hosting-ci-replaced = { $file } 파일을 교체했습니다. 앞으로 { $host }에서 풀 리퀘스트(병합 요청)마다, 그리고 관리대장을 바꾸는 커밋이 저장소에 올라올 때마다 { $ledger }에 대해 `followup check --strict`를 실행합니다.
hosting-ci-unchanged = { $file } 파일은 이미 최신 상태입니다.
hosting-ci-next = 이 파일을 커밋하여 올린 뒤(`git add { $file }`, `git commit`, `git push`), 이 검사를 통과해야만 공유 브랜치에 병합할 수 있도록 설정하십시오.
hosting-ci-differs = { $file } 파일이 이미 있으며 followup이 작성하는 파일과 다르므로 그대로 두었습니다. 두 파일을 비교한 뒤 `followup git-setup --ci { $host } --install-from URL --force`로 교체하십시오.
hosting-ci-unsafe-start = `{ $value }`: CI 파일에는 빈 값이나 `-`로 시작하는 값을 넣을 수 없습니다
hosting-ci-unsafe-ledger-path = 관리대장 경로 `{ $value }`에 CI 파일에서 안전하게 쓸 수 없는 문자(`{ $char }`)가 있습니다. 관리대장 경로는 글자, 숫자, 공백과 . _ - / + @로만 구성하십시오
hosting-ci-unsafe-install-from = --install-from `{ $value }`에 CI 파일에서 안전하게 쓸 수 없는 문자(`{ $char }`)가 있습니다. 따옴표, 공백, 쉼표, 중괄호, $가 없는 git URL(https://…, ssh://… 또는 git@호스트:경로)을 지정하십시오
hosting-ci-unsafe-install-rev = --install-rev `{ $value }`에 허용되지 않는 문자(`{ $char }`)가 있습니다. 영문자, 숫자와 . _ - /로 된 태그, 브랜치 또는 커밋 이름을 지정하십시오

## followup sync --repair: 충돌 표시가 커밋된 경우(호스팅 서비스의 웹 화면에서 병합했거나 followup 병합 드라이버 없이 병합한 경우)
sync-repair-broken-by = 커밋 { $commit }에서 { $rel } 파일이 손상되었고 그 이전 판 중 불러올 수 있는 것이 없어 다시 병합할 대상이 없습니다. 그 커밋 이전의 관리대장을 가져온 뒤(`git checkout { $commit }~1 -- { $rel }`) 그 커밋의 변경 사항을 다시 입력하십시오
sync-repair-not-a-merge = 병합 커밋이 아닌 커밋 { $commit }에서 { $rel } 파일이 손상되었습니다. 그 커밋 이전의 관리대장을 가져온 뒤(`git checkout { $commit }~1 -- { $rel }`) 그 커밋의 변경 사항을 다시 입력하십시오
sync-repair-changed-since = 병합 커밋 { $commit }에서 { $rel } 파일이 손상되었고 그 뒤에도 변경되었습니다. 그 병합 커밋의 첫 번째 부모 커밋에서 관리대장을 가져온 뒤(`git checkout { $commit }~1 -- { $rel }`) `followup sync`로 다른 부모 커밋을 다시 병합하십시오
sync-repaired-commit = { $rel }: 병합 커밋 { $commit }의 부모 커밋에서 과제와 항목 단위로 다시 병합하고 스테이징했습니다

## 도움말
help-git-setup-after =
    --ci를 지정하면 git 호스팅 서비스의 CI 파일도 작성합니다. 이 파일은 followup을 설치하고,
    풀 리퀘스트(병합 요청)마다, 그리고 관리대장을 바꾸는 커밋이 저장소에 올라올 때마다 관리대장에 대해
    `followup check --strict`를 실행합니다.
      github   .github/workflows/followup.yml
      gitlab   .gitlab-ci.yml
      forgejo  .forgejo/workflows/followup.yml
      gitea    .gitea/workflows/followup.yml
    --install-from은 followup을 설치할 git 저장소(`cargo install --git URL`),
    --install-rev는 설치할 태그나 커밋(양국 사무국이 함께 쓰는 버전)을 지정합니다.
    이미 있는 다른 파일은 --force를 지정하지 않으면 그대로 둡니다.
      followup git-setup --ci github --install-from https://git.example.org/followup.git --install-rev v0.1.0
help-arg-git-setup-ci = 풀 리퀘스트(병합 요청)마다, 그리고 커밋이 올라올 때마다 관리대장을 검사하는 이 git 호스팅 서비스의 CI 파일도 작성.
help-arg-git-setup-ci-github = GitHub 액션: .github/workflows/followup.yml
help-arg-git-setup-ci-gitlab = GitLab 지속적 통합: .gitlab-ci.yml
help-arg-git-setup-ci-forgejo = Forgejo 액션: .forgejo/workflows/followup.yml
help-arg-git-setup-ci-gitea = Gitea 액션: .gitea/workflows/followup.yml
help-arg-git-setup-install-from = CI가 followup을 설치할 git URL(`cargo install --git URL`).
help-arg-git-setup-install-rev = 그 저장소에서 설치할 태그, 브랜치 또는 커밋(기본값: 기본 브랜치).
help-arg-git-setup-force = followup이 작성하는 파일과 다른 CI 파일이 있으면 교체.
help-value-host = 서비스
help-value-url = URL
