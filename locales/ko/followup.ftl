# followup: 한국어 카탈로그. 메시지 id와 자리표시자는 en/, es/와 같아야 합니다.
# 용어: locales/GLOSSARY.md 참조.

## 상태 (파일에는 open, in-progress, blocked, done, dropped로 저장)
status-open = 미착수
status-in-progress = 진행 중
status-blocked = 보류
status-done = 완료
status-dropped = 취소

## 오늘 기준 상대 날짜
rel-today = 오늘
rel-in = { $n }{ $unit ->
        [day] 일
        [week] 주
        [month] 개월
       *[year] 년
    } 후
rel-late = { $n }{ $unit ->
        [day] 일
        [week] 주
        [month] 개월
       *[year] 년
    } 지연
rel-ago = { $n }{ $unit ->
        [day] 일
        [week] 주
        [month] 개월
       *[year] 년
    } 전

## 개수
count-items = 과제 { $n }건
