### Los textos de la propia Comisión en sus idiomas: traducciones, su estado
### y sus marcas, las palabras de la traducción.

## Field labels
field-language = idioma original
field-translations = traducciones

## $code: en, es or ko
language-name = { $code ->
        [en] inglés
        [es] español
       *[ko] coreano
    }

## Which text of the record
text-ref-committee = el nombre de la Comisión
text-ref-workstream = el eje de trabajo «{ $name }»
text-ref-meeting-title = el título de la reunión { $id }
text-ref-meeting-place = el lugar de la reunión { $id }
text-ref-item-title = el título de { $id }
text-ref-note = la nota { $n } de { $id }

## Where a text stands in one language
text-state-original = original
text-state-current = traducido
text-state-outdated = desactualizado
text-state-missing = sin traducir

## The mark after a text shown in its original; $code: en, es or ko
mark-untranslated = [{ $code }]
mark-outdated = [{ $code }, trad. desactualizada]

## What translating did; $text: which text (text-ref-*), $language: language-name
out-translated = { $text }: traducción al { $language } registrada
out-translation-removed = { $text }: traducción al { $language } eliminada
out-written-in = { $text }: el original consta ahora como escrito en { $language }
out-languages-set = idiomas de trabajo: { $languages }
err-no-text = no existe { $text }
err-into-original = { $text } se escribió en { $language }: no hay nada que traducir a ese idioma
err-no-translation = { $text } no tiene traducción al { $language }
err-originals-language = los textos de la Comisión están escritos en { $language }, su primer idioma de trabajo: `{ $code }` debe permanecer en primer lugar (los demás pueden cambiar de orden)
err-no-language-of-its-own = { $text } está en el primer idioma de trabajo de la Comisión (`languages` en el registro de acuerdos)

## A translation changed (diffs, the dry run of an import, the detail pane)
change-translated = { $text }, traducción al { $language }: { $to }
change-translation-removed = { $text }, traducción al { $language } eliminada
