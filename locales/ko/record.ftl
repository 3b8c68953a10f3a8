### 위원회가 작성한 텍스트의 언어별 번역: 번역, 번역 상태와 표시, 번역 관련 용어.

## Field labels
field-language = 원문 언어
field-translations = 번역

## $code: en, es or ko
language-name = { $code ->
        [en] 영어
        [es] 스페인어
       *[ko] 한국어
    }

## Which text of the record
text-ref-committee = 위원회 이름
text-ref-workstream = 분야 “{ $name }”
text-ref-meeting-title = 회의 { $id }의 명칭
text-ref-meeting-place = 회의 { $id }의 장소
text-ref-item-title = { $id }의 과제명
text-ref-note = { $id }의 메모 { $n }

## Where a text stands in one language
text-state-original = 원문
text-state-current = 번역됨
text-state-outdated = 번역 갱신 필요
text-state-missing = 미번역

## The mark after a text shown in its original; $code: en, es or ko
mark-untranslated = [{ $code }]
mark-outdated = [{ $code }, 갱신 필요]

## What translating did; $text: which text (text-ref-*), $language: language-name
out-translated = { $text }: { $language } 번역을 기록했습니다
out-translation-removed = { $text }: { $language } 번역을 삭제했습니다
out-written-in = { $text }: 원문 언어를 { $language }{ PARTICLE($language, "로") } 기록했습니다
out-languages-set = 사용 언어: { $languages }
err-no-text = { $text }{ PARTICLE($text, "이") } 없습니다
err-into-original = { $text }{ PARTICLE($text, "은") } { $language }{ PARTICLE($language, "로") } 작성된 원문이므로 같은 언어로 번역할 수 없습니다
err-no-translation = { $text }의 { $language } 번역이 없습니다
err-originals-language = 위원회의 원문은 첫 번째 사용 언어인 { $language }{ PARTICLE($language, "로") } 작성되어 있습니다. `{ $code }`{ PARTICLE($code, "을") } 첫 번째로 유지하십시오(나머지 언어는 순서를 바꿀 수 있습니다)
err-no-language-of-its-own = { $text }의 원문 언어는 위원회의 첫 번째 언어로 정해져 있습니다(관리대장의 `languages`)

## A translation changed (diffs, the dry run of an import, the detail pane)
change-translated = { $text }, { $language } 번역: { $to }
change-translation-removed = { $text }, { $language } 번역 삭제
