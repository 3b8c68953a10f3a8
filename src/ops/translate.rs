//! Recording a person's translation of a text of the record, and saying
//! which language an original is in. Nothing is translated here: the text
//! is the translator's, stamped with their name, the day and a fingerprint
//! of the original it translates.

use super::outside::outside;
use super::{Applied, Edit, OpError, Outcome};
use crate::base::lang::Lang;
use crate::ledger::{Ledger, TextMut, TextRef, TextState, Translation};
use chrono::NaiveDate;

/// Records `text` as the translation of `target` into `lang` (an empty
/// text removes the translation).
pub(super) fn translate(
    ledger: &mut Ledger,
    target: TextRef,
    lang: Lang,
    text: String,
    author: String,
    today: NaiveDate,
) -> Result<Applied, OpError> {
    let state = text_of(ledger, &target)?.state(lang);
    if state == TextState::Original {
        return Err(OpError::IntoOriginalLanguage { target, lang });
    }
    let text = text.trim().to_owned();
    let outcome_target = target.clone();
    edit_text(ledger, &target, move |t| {
        if text.is_empty() {
            return match t.translations.remove(t.key, lang) {
                Some(_) => Ok(Outcome::TranslationRemoved {
                    target: outcome_target,
                    lang,
                }),
                None => Err(OpError::NoTranslation {
                    target: outcome_target,
                    lang,
                }),
            };
        }
        if state == TextState::Current
            && t.translations
                .get(t.key, lang)
                .is_some_and(|x| x.text == text)
        {
            return Ok(Outcome::Unchanged {
                id: outcome_target.item().map(str::to_owned),
            });
        }
        let new = Translation::of(t.original, text, author, today);
        t.translations.set(t.key, lang, new);
        Ok(Outcome::Translated {
            target: outcome_target,
            lang,
        })
    })
}

/// Records that the original of `target` is written in `lang`.
pub(super) fn written_in(
    ledger: &mut Ledger,
    target: TextRef,
    lang: Lang,
) -> Result<Applied, OpError> {
    text_of(ledger, &target)?;
    let default = ledger.original_language();
    let outcome_target = target.clone();
    edit_text(ledger, &target, move |t| {
        let Some(slot) = t.language else {
            return Err(OpError::NoLanguageOfItsOwn {
                target: outcome_target,
            });
        };
        let new = (default != Some(lang)).then_some(lang);
        if *slot == new {
            return Ok(Outcome::Unchanged {
                id: outcome_target.item().map(str::to_owned),
            });
        }
        *slot = new;
        Ok(Outcome::WrittenIn {
            target: outcome_target,
            lang,
        })
    })
}

/// Sets the committee's working languages (each once, in the order given).
pub(super) fn languages(ledger: &mut Ledger, languages: Vec<Lang>) -> Result<Applied, OpError> {
    let mut unique = Vec::with_capacity(languages.len());
    for l in languages {
        if !unique.contains(&l) {
            unique.push(l);
        }
    }
    if unique == ledger.committee.languages {
        return Ok(Applied {
            outcomes: vec![Outcome::Unchanged { id: None }],
            undo: None,
        });
    }
    // The first language is the one of every original that names none:
    // another first would relabel what the committee wrote.
    if let Some(first) = ledger.original_language()
        && unique.first() != Some(&first)
        && !ledger.texts().is_empty()
    {
        return Err(OpError::OriginalsLanguage { lang: first });
    }
    let outcome = Outcome::LanguagesSet {
        languages: unique.clone(),
    };
    Ok(outside(ledger, vec![outcome], |l| {
        l.committee.languages = unique
    }))
}

/// The text `target`, or why there is none: no such item or meeting, or no
/// such text (an empty one, like a meeting without a place, has nothing to
/// translate).
fn text_of<'a>(
    ledger: &'a Ledger,
    target: &'a TextRef,
) -> Result<crate::ledger::TextSlot<'a>, OpError> {
    if let Some(id) = target.item().filter(|id| ledger.item(id).is_none()) {
        return Err(OpError::NoItem { id: id.to_owned() });
    }
    if let TextRef::MeetingTitle(id) | TextRef::MeetingPlace(id) = target
        && ledger.meeting(id).is_none()
    {
        return Err(OpError::UnknownMeeting { id: id.clone() });
    }
    ledger
        .text(target)
        .filter(|t| !t.original.is_empty())
        .ok_or_else(|| OpError::NoText {
            target: target.clone(),
        })
}

/// Applies `f` to the text `target` undoably: on a copy of its item, or of
/// what lies outside the items. An unchanged outcome changes nothing.
fn edit_text(
    ledger: &mut Ledger,
    target: &TextRef,
    f: impl FnOnce(TextMut<'_>) -> Result<Outcome, OpError>,
) -> Result<Applied, OpError> {
    let no_text = || OpError::NoText {
        target: target.clone(),
    };
    let unchanged = |o: &Outcome| matches!(o, Outcome::Unchanged { .. });
    match target.item() {
        Some(id) => {
            let index = ledger
                .items
                .iter()
                .position(|i| i.id == id)
                .ok_or_else(|| OpError::NoItem { id: id.to_owned() })?;
            let mut scratch = Ledger {
                items: vec![ledger.items[index].clone()],
                ..Ledger::default()
            };
            let outcome = f(scratch.text_mut(target).ok_or_else(no_text)?)?;
            if unchanged(&outcome) {
                return Ok(Applied {
                    outcomes: vec![outcome],
                    undo: None,
                });
            }
            let item = scratch.items.pop().expect("one item");
            let mut undo = Edit::Swap {
                index,
                item: Box::new(item),
            };
            undo.toggle(ledger);
            Ok(Applied {
                outcomes: vec![outcome],
                undo: Some(undo),
            })
        }
        None => {
            let mut next = ledger.without_items();
            let outcome = f(next.text_mut(target).ok_or_else(no_text)?)?;
            if unchanged(&outcome) {
                return Ok(Applied {
                    outcomes: vec![outcome],
                    undo: None,
                });
            }
            Ok(outside(ledger, vec![outcome], |l| *l = next))
        }
    }
}
