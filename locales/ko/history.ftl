## followup log 및 대시보드의 변경 이력: git에서 읽은 과제별 변경 사항.
log-none = { $id }: git에 기록된 이 과제의 변경 사항이 아직 없습니다
log-party = { $party } 측
log-signed-trusted = 서명됨, 신뢰하는 키
log-signed-untrusted = 서명됨, 신뢰하지 않는 키
log-signed-unverified = 서명됨, 검증 불가
log-signed-bad = 잘못된 서명
log-added = 추가: { $title }
log-removed = 삭제
log-note-added = 메모 { $note }
log-notes-removed = { $n ->
        [one] 메모 1건 삭제
       *[other] 메모 { $n }건 삭제
    }
log-settled-ours = { $field }: 충돌 정리, 병합한 쪽 값 유지
log-settled-theirs = { $field }: 충돌 정리, 받아 온 값 유지
log-settled-edited = { $field }: 충돌 직접 정리

## followup report --review
report-review-none = { $date } 점검은 git에 기록되어 있지 않습니다 (대시보드에서 `r`로 기록한 점검은 별도의 커밋으로 기록됩니다)
report-review-not-in-git = 지난 점검의 회의록은 git에서 다시 만들지만, 이 관리대장은 git 저장소에 있지 않습니다

## 도움말
help-log = 과제 하나의 모든 변경 사항을 git에서 읽어 최신순으로 보여 줍니다: 날짜, 작성자, 참여 기관, 서명, 항목별 이전 값 → 새 값.
help-arg-log-id = 과제 ID (JC2-03).
help-arg-report-review = 해당 날짜(YYYY-MM-DD) 점검의 회의록을 그 점검을 기록한 커밋에서 그대로 다시 만듭니다.

## The commits followup makes: in English in every language, on purpose
## (both capitals read them in git), so these stay as in locales/en/history.ftl.
commit-settled-by = Settled by { $who } for { $party }.
commit-settled-by-alone = Settled by { $who }.
commit-review-subject = Review { $date }: { $attendees }
commit-review-subject-alone = Review { $date }

## 대시보드의 변경 이력 (L)
key-item-log = git에서 읽은 과제의 변경 이력 (켜기/끄기)
item-log-heading = 변경 이력 (git)
item-log-loading = git에서 변경 이력을 읽는 중…
item-log-failed = git에서 변경 이력을 읽을 수 없습니다 (관리대장이 git 저장소에 있는지 확인하십시오)
item-log-empty = git에 기록된 이 과제의 변경 사항이 아직 없습니다
