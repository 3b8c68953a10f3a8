### The committee's own texts in its languages: translations, their
### states and marks, the words of translating.

## Field labels
field-language = original language
field-translations = translations

## $code: en, es or ko
language-name = { $code ->
        [en] English
        [es] Spanish
       *[ko] Korean
    }

## Which text of the record
text-ref-committee = the committee's name
text-ref-workstream = the workstream “{ $name }”
text-ref-meeting-title = the title of meeting { $id }
text-ref-meeting-place = the place of meeting { $id }
text-ref-item-title = the title of { $id }
text-ref-note = note { $n } of { $id }

## Where a text stands in one language
text-state-original = original
text-state-current = translated
text-state-outdated = outdated
text-state-missing = missing

## The mark after a text shown in its original; $code: en, es or ko
mark-untranslated = [{ $code }]
mark-outdated = [{ $code }, outdated]

## What translating did; $text: which text (text-ref-*), $language: language-name
out-translated = { $text }: translation into { $language } recorded
out-translation-removed = { $text }: translation into { $language } removed
out-written-in = { $text }: the original is now marked as written in { $language }
out-languages-set = working languages: { $languages }
err-no-text = { $text } does not exist
err-into-original = { $text } is written in { $language }: there is nothing to translate into it
err-no-translation = { $text } has no translation into { $language }
err-originals-language = the committee's texts are written in { $language }, its first working language: keep `{ $code }` first (the others may change order)
err-no-language-of-its-own = { $text } is in the committee's first language (`languages` in the ledger)

## A translation changed (diffs, the dry run of an import, the detail pane)
change-translated = { $text }, { $language } translation: { $to }
change-translation-removed = { $text }, { $language } translation removed
