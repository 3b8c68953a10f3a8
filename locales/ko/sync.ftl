# 다른 작성자와 함께 쓰는 대시보드, 그리고 동기화 키.

sync-read-only-file = 이 파일에 쓸 권한이 없습니다
sync-read-only-folder = 파일이 있는 폴더에 쓸 권한이 없습니다
head-read-only-why = ◌ 읽기 전용: { $why }
save-busy = { $holder }이(가) 원장을 쓰는 중입니다. 편집 내용은 유지되며 잠시 후 다시 저장합니다
