//! `followup translate`: a person's translation of one of the committee's
//! texts (an item's title or note, a meeting's title or place, a
//! workstream's name, the committee's name) into one of its working
//! languages, or the language an original is written in; and
//! `followup list --untranslated LANG`, what is left to translate.
//!
//! The language of the translation is `--into`: `--lang` stays the
//! language followup speaks, so `--lang es translate … --into ko` works.

use super::{Env, Failure, Printed, table};
use crate::base::text::visible_line;
use crate::i18n::{Catalog, Lang};
use crate::ledger::{Item, Ledger, Store, TextRef, TextSlot, TextState};
use crate::ops::Op;
use crate::tr;
use std::collections::HashMap;

/// Arguments of `followup translate`.
#[derive(Debug, clap::Args)]
#[command(
    override_usage = "followup translate ID [--note N] --into LANG TEXT\n       followup translate --meeting MEETING [--place] --into LANG TEXT\n       followup translate --workstream WORKSTREAM --into LANG TEXT\n       followup translate --committee --into LANG TEXT\n       followup translate ID --into LANG --remove\n       followup translate ID --written-in LANG",
    group = clap::ArgGroup::new("other").args(["meeting", "workstream", "committee"])
)]
pub struct TranslateArgs {
    /// The item's id; left out with --meeting, --workstream and --committee.
    id: Option<String>,
    /// The translation (an empty one removes it).
    text: Option<String>,
    /// The language of the translation.
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang)]
    into: Option<Lang>,
    /// The item's N-th note, as `followup show` numbers them.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..),
        conflicts_with = "other")]
    note: Option<u32>,
    /// A meeting's title (its place with --place).
    #[arg(long, value_name = "MEETING")]
    meeting: Option<String>,
    /// The meeting's place, not its title.
    #[arg(long, requires = "meeting")]
    place: bool,
    /// A workstream's name, as items name it.
    #[arg(long, value_name = "WORKSTREAM")]
    workstream: Option<String>,
    /// The committee's name.
    #[arg(long)]
    committee: bool,
    /// Remove the translation.
    #[arg(long)]
    remove: bool,
    /// Record the language the original is written in (no translation).
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang,
        conflicts_with_all = ["into", "remove", "author"])]
    written_in: Option<Lang>,
    /// The translator (default: config `author`, then `party`, then $USER).
    #[arg(long, short)]
    author: Option<String>,
}

/// What `followup translate` was asked to do with the text.
enum Asked {
    /// Record this translation (empty: remove it).
    Translation(Lang, String),
    /// Say which language the original is in.
    WrittenIn(Lang),
}

impl TranslateArgs {
    /// The text addressed and what to do with it, or why the arguments do
    /// not say (a translation missing, or given where none is taken).
    fn read(&self, cat: &Catalog) -> Result<(TextRef, Asked), Failure> {
        let (target, text) = if let Some(id) = &self.meeting {
            let target = match self.place {
                true => TextRef::MeetingPlace(id.clone()),
                false => TextRef::MeetingTitle(id.clone()),
            };
            (target, self.only_text(cat)?)
        } else if let Some(name) = &self.workstream {
            (TextRef::Workstream(name.clone()), self.only_text(cat)?)
        } else if self.committee {
            (TextRef::CommitteeName, self.only_text(cat)?)
        } else {
            let id = self
                .id
                .clone()
                .ok_or_else(|| Failure::usage(tr!(cat, "cli-translate-which")))?;
            let target = match self.note {
                Some(n) => TextRef::Note {
                    item: id,
                    index: n as usize - 1,
                },
                None => TextRef::ItemTitle(id),
            };
            (target, self.text.clone())
        };
        let refuse = |flag: &str, text: &str| {
            Failure::usage(tr!(
                cat,
                "cli-translate-takes-no-text",
                flag = flag,
                text = visible_line(text).into_owned()
            ))
        };
        let asked = match (self.written_in, self.into, text) {
            (Some(_), _, Some(t)) => return Err(refuse("--written-in", &t)),
            (Some(lang), _, None) => Asked::WrittenIn(lang),
            (None, None, _) => return Err(Failure::usage(tr!(cat, "cli-translate-no-language"))),
            (None, Some(_), Some(t)) if self.remove => return Err(refuse("--remove", &t)),
            (None, Some(lang), None) if self.remove => Asked::Translation(lang, String::new()),
            (None, Some(lang), Some(t)) => Asked::Translation(lang, t),
            (None, Some(_), None) => {
                return Err(Failure::usage(tr!(cat, "cli-translate-no-text")));
            }
        };
        Ok((target, asked))
    }

    /// The one positional argument of a text that is not an item's: the
    /// translation (an item id and a translation is one too many).
    fn only_text(&self, cat: &Catalog) -> Result<Option<String>, Failure> {
        match (&self.id, &self.text) {
            (Some(_), Some(text)) => Err(Failure::usage(tr!(
                cat,
                "cli-translate-no-id",
                text = visible_line(text).into_owned()
            ))),
            (id, text) => Ok(id.clone().or_else(|| text.clone())),
        }
    }
}

/// `followup translate`: records the translation (or the original's
/// language) through the same locked, atomic, checked save as every edit.
pub(super) fn translate(store: &Store, a: TranslateArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let (target, asked) = a.read(cat)?;
    let author = a
        .author
        .clone()
        .unwrap_or_else(|| env.config.author(&tr!(cat, "note-author-default")));
    super::edit::edit(store, "followup translate", env, |l| {
        Ok(match &asked {
            Asked::Translation(lang, text) => {
                working_language(l, *lang, cat)?;
                Op::Translate {
                    target: target.clone(),
                    lang: *lang,
                    text: text.clone(),
                    author: author.clone(),
                }
            }
            Asked::WrittenIn(lang) => {
                working_language(l, *lang, cat)?;
                Op::WrittenIn {
                    target: target.clone(),
                    lang: *lang,
                }
            }
        })
    })
}

/// Refuses a language the committee does not work in: a translation into
/// it would stay out of every minute and list, and with no working
/// languages named the language of the originals is unknown.
fn working_language(l: &Ledger, lang: Lang, cat: &Catalog) -> Result<(), Failure> {
    let languages = &l.committee.languages;
    if languages.contains(&lang) {
        return Ok(());
    }
    if languages.is_empty() {
        return Err(Failure::usage(tr!(
            cat,
            "cli-translate-no-languages",
            language = cat.language_name(lang)
        )));
    }
    let names: Vec<String> = languages.iter().map(|x| cat.language_name(*x)).collect();
    let codes: Vec<&str> = languages.iter().chain([&lang]).map(|x| x.code()).collect();
    Err(Failure::usage(tr!(
        cat,
        "cli-translate-not-working",
        language = cat.language_name(lang),
        languages = names.join(", "),
        codes = codes.join(",")
    )))
}

/// `followup list --untranslated LANG`: the texts of the items `shown`
/// (filtered and sorted as the list is) missing or outdated in `lang`, one
/// row each: the item, which text, its state, the original to translate.
/// With `json`, the items themselves, as `list --json` gives them.
pub(super) fn untranslated(
    l: &Ledger,
    shown: &[usize],
    lang: Lang,
    json: bool,
    wide: bool,
    env: &Env,
) -> Printed {
    let cat = env.cat();
    working_language(l, lang, cat)?;
    let mut by_item: HashMap<String, Vec<(String, TextSlot<'_>)>> = HashMap::new();
    let mut others = 0;
    for (r, slot) in l.to_translate(lang) {
        match r {
            TextRef::ItemTitle(id) => by_item
                .entry(id)
                .or_default()
                .push((tr!(cat, "cli-text-title"), slot)),
            TextRef::Note { item, index } => by_item
                .entry(item)
                .or_default()
                .push((tr!(cat, "cli-text-note", n = index + 1), slot)),
            _ => others += 1,
        }
    }
    let items: Vec<&Item> = shown
        .iter()
        .map(|&i| &l.items[i])
        .filter(|i| by_item.contains_key(&i.id))
        .collect();
    if json {
        let raw = serde_json::to_string_pretty(&items).expect("items serialize");
        println!("{raw}");
        return Ok(());
    }
    let texts: Vec<(&Item, &(String, TextSlot<'_>))> = items
        .iter()
        .flat_map(|i| by_item[&i.id].iter().map(move |t| (*i, t)))
        .collect();
    let language = cat.language_name(lang);
    if texts.is_empty() {
        eprintln!("{}", tr!(cat, "cli-untranslated-none", language = language));
    } else {
        let rows: Vec<[String; 4]> = texts
            .iter()
            .map(|(item, (which, slot))| {
                [
                    visible_line(&item.id).into_owned(),
                    which.clone(),
                    cat.text_state(slot.state(lang)),
                    visible_line(slot.original).into_owned(),
                ]
            })
            .collect();
        let head = [
            tr!(cat, "cli-col-id"),
            tr!(cat, "cli-col-text"),
            tr!(cat, "cli-col-state"),
            tr!(cat, "cli-col-original"),
        ];
        let limit = table::terminal_width(wide);
        let widths = table::last_takes_rest(table::natural_widths(&head, &rows), limit);
        table::print(&head, &rows, widths, limit);
        let outdated = texts
            .iter()
            .filter(|(_, (_, slot))| slot.state(lang) == TextState::Outdated)
            .count();
        let summary = tr!(
            cat,
            "cli-untranslated-summary",
            n = texts.len(),
            items = items.len(),
            language = language.as_str(),
            outdated = outdated
        );
        eprintln!("{summary}");
    }
    if others > 0 {
        eprintln!("{}", tr!(cat, "cli-untranslated-others", n = others));
    }
    Ok(())
}
