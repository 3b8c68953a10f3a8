# 다른 작성자와 함께 쓰는 대시보드, 그리고 동기화 키.

sync-read-only-file = 이 파일에 쓸 권한이 없습니다
sync-read-only-folder = 파일이 있는 폴더에 쓸 권한이 없습니다
head-read-only-why = ◌ 읽기 전용: { $why }
save-busy = 다른 작업이 관리대장을 쓰는 중입니다 ({ $holder }). 편집 내용은 유지되며 잠시 후 다시 저장합니다
key-sync = 상대국과 동기화(followup sync)
foot-sync = 동기화
foot-sync-short = 동기화
head-syncing = ⟳ 동기화 중…
head-offline = ⚡ 오프라인
msg-syncing = 원격 저장소와 동기화하는 중입니다…
msg-synced = { $upstream } 브랜치와 동기화했습니다: 변경 기록 { $pushed }건 보냄, 과제 { $received }건 받음
msg-sync-offline = 오프라인: { $remote }에 연결할 수 없습니다. 변경 기록은 보존되며 다음 동기화 때 보냅니다
msg-sync-conflicts = 동기화 중단: 해결할 충돌 { $n }건(M). 아무것도 보내지 않았습니다
msg-sync-not-saved = 동기화를 시작하지 않았습니다: 편집 내용을 먼저 저장하지 못했습니다
msg-sync-failed = 동기화 실패: { $why }
head-distance = ↑{ $ahead } 전송 대기 · ↓{ $behind } 수신 대기

## The commits followup sync makes: in English in every language, on purpose
## (both capitals read them in git), so these stay as in locales/en/sync.ftl.
commit-added = { $id } added
commit-removed = { $id } removed
commit-due = due { $date }
commit-no-due = no due date
commit-translated = translation ({ $lang })
commit-notes = { $n ->
        [1] note
       *[other] { $n } notes
    }
commit-notes-removed = notes removed
commit-meeting-added = meeting { $id } added
commit-meeting-removed = meeting { $id } removed
commit-review = review { $date }
commit-more = ; +{ $n } more
commit-canonical = { $rel }: canonical form
commit-merge = Merge remote-tracking branch '{ $upstream }'
commit-settled = { $n ->
        [1] Conflict settled:
       *[other] Conflicts settled ({ $n }):
    }
commit-settled-ours = kept ours
commit-settled-theirs = kept theirs ({ $upstream })
commit-settled-edited = settled by hand

# A remote ledger refused before anything moves (shown to the user: translated).
sync-remote-ledger-refused = 상대국 관리대장({ $upstream })을 거부했습니다: { $cause }. 아무것도 병합하지 않았으며, 이 복제본의 관리대장과 이력은 그대로입니다. 상대국에 { $rel } 파일을 바로잡아 다시 보내 달라고 요청한 뒤 다시 동기화하십시오.
