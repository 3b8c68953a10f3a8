//! The messages of the commits `followup sync` makes, in English on purpose
//! (both capitals read them in git), from the catalog's English words: a
//! subject naming each change (`JC2-03 done; JC2-01 note; JC3-05 added`,
//! shortened to `…; +5 more` within 72 characters) and a body listing every
//! change as `followup diff` prints it.

use super::render_diff_en as render_diff;
use super::{Catalog, Lang, catalog};
use crate::base::dates::format_date;
use crate::base::text::{visible, visible_line};
use crate::git::item_log::{
    PARTY_TRAILER, REVIEW_TRAILER, SETTLED_TRAILER, SettledHow, settled_trailer,
};
use crate::ledger::{FieldChange, ItemChange, LedgerDiff};
use crate::sync::{CommitWording, Settled, Settlement};
use crate::tr;
use chrono::NaiveDate;

/// The longest subject line.
pub const SUBJECT_MAX: usize = 72;

/// The wording of sync's commits, for [`crate::sync::sync`], for the user
/// who syncs: the author of their notes (config `author`) and the party they
/// speak for (config `party`, `--party`), recorded in a `Followup-Party`
/// trailer of every commit.
#[derive(Debug, Clone, Default)]
pub struct CommitMessages {
    pub author: Option<String>,
    pub party: Option<String>,
}

impl CommitMessages {
    /// For the user named `author` speaking for `party` (blank ones are unknown).
    pub fn new(author: Option<String>, party: Option<String>) -> CommitMessages {
        let set = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
        CommitMessages {
            author: set(author),
            party: set(party),
        }
    }

    /// `message` with the party's trailer, when the party is known.
    fn with_party(&self, message: String) -> String {
        match &self.party {
            Some(p) => format!(
                "{}\n\n{PARTY_TRAILER}: {}\n",
                message.trim_end(),
                visible_line(p)
            ),
            None => message,
        }
    }
}

impl CommitWording for CommitMessages {
    fn local_changes(&self, diff: &LedgerDiff, rel: &str) -> String {
        self.with_party(message(diff, rel))
    }

    fn merge(&self, upstream: &str) -> String {
        self.with_party(tr!(english(), "commit-merge", upstream = upstream))
    }

    fn concluded(
        &self,
        upstream: &str,
        incoming: &LedgerDiff,
        settled: &[Settled],
        committer: &str,
    ) -> String {
        let who = self.author.as_deref().unwrap_or(committer);
        concluded(upstream, incoming, settled, who, self.party.as_deref())
    }
}

/// The message of a merge concluded after its conflicts were settled: the
/// merge's subject, what came in (as the commits of local changes say it),
/// how each conflict was settled, by whom and for which party, and the
/// trailers `followup log` reads (`Followup-Party`, a `Followup-Settled` per
/// conflict).
pub fn concluded(
    upstream: &str,
    incoming: &LedgerDiff,
    settled: &[Settled],
    who: &str,
    party: Option<&str>,
) -> String {
    let cat = english();
    let mut out = visible_line(&tr!(cat, "commit-merge", upstream = upstream)).into_owned();
    out.push_str("\n\n");
    let what = phrases(incoming);
    if !what.is_empty() {
        out.push_str(&what.join("; "));
        out.push_str("\n\n");
        out.push_str(&visible(&render_diff(incoming)));
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
    }
    if !settled.is_empty() {
        out.push_str(&tr!(cat, "commit-settled", n = settled.len()));
        out.push('\n');
        for s in settled {
            let how = match s.how {
                Settlement::Ours => tr!(cat, "commit-settled-ours"),
                Settlement::Theirs => tr!(cat, "commit-settled-theirs", upstream = upstream),
                Settlement::Edited => tr!(cat, "commit-settled-edited"),
            };
            out.push_str(&visible_line(&format!("  {}: {how}", s.at)));
            out.push('\n');
        }
        let by = match party {
            Some(p) => tr!(cat, "commit-settled-by", who = who, party = p),
            None => tr!(cat, "commit-settled-by-alone", who = who),
        };
        out.push_str(&visible_line(&by));
        out.push('\n');
    }
    let mut trailers: Vec<String> = party
        .map(|p| format!("{PARTY_TRAILER}: {p}"))
        .into_iter()
        .collect();
    trailers.extend(settled.iter().map(|s| {
        let how = match s.how {
            Settlement::Ours => SettledHow::Ours,
            Settlement::Theirs => SettledHow::Theirs,
            Settlement::Edited => SettledHow::Edited,
        };
        let trailer = settled_trailer(how, s.at.id.as_deref(), &s.at.field);
        format!("{SETTLED_TRAILER}: {trailer}")
    }));
    if !trailers.is_empty() {
        out = out.trim_end().to_owned() + "\n\n";
        for t in trailers {
            out.push_str(&visible_line(&t));
            out.push('\n');
        }
    }
    out.trim_end().to_owned() + "\n"
}

/// The message of a review's own commit: `Review 2026-12-02: INADEM, SMBA`,
/// then the trailers that find it again (`Followup-Review`) and name the
/// user's party.
pub fn review_message(date: NaiveDate, attendees: &[String], party: Option<&str>) -> String {
    let cat = english();
    let date = format_date(date);
    let subject = if attendees.is_empty() {
        tr!(cat, "commit-review-subject-alone", date = date.as_str())
    } else {
        let attendees = attendees.join(", ");
        tr!(
            cat,
            "commit-review-subject",
            date = date.as_str(),
            attendees = attendees
        )
    };
    let mut out = visible_line(&subject).into_owned();
    out.push_str(&format!("\n\n{REVIEW_TRAILER}: {date}\n"));
    if let Some(p) = party.filter(|p| !p.trim().is_empty()) {
        out.push_str(&visible_line(&format!("{PARTY_TRAILER}: {p}")));
        out.push('\n');
    }
    out
}

/// Commit messages are English in every language.
fn english() -> &'static Catalog {
    catalog(Lang::En)
}

/// The short phrase of one field change.
fn field_phrase(cat: &Catalog, f: &FieldChange) -> String {
    match f {
        FieldChange::Status { to, .. } => to.to_string(),
        FieldChange::Due { to: Some(d), .. } => tr!(cat, "commit-due", date = format_date(*d)),
        FieldChange::Due { to: None, .. } => tr!(cat, "commit-no-due"),
        FieldChange::List { field, .. } => field.key().to_owned(),
        FieldChange::Other { field, .. } => field.as_str().to_owned(),
        FieldChange::Closure { added } => added
            .last()
            .map(|e| e.act.as_str().to_owned())
            .unwrap_or_default(),
        FieldChange::Translation { lang, .. } => tr!(cat, "commit-translated", lang = lang.code()),
    }
}

/// One short phrase per change, in the diff's order.
fn phrases(d: &LedgerDiff) -> Vec<String> {
    let cat = english();
    let mut out: Vec<String> = d
        .items
        .iter()
        .map(|c| match c {
            ItemChange::Added(i) => tr!(cat, "commit-added", id = i.id.as_str()),
            ItemChange::Removed(i) => tr!(cat, "commit-removed", id = i.id.as_str()),
            ItemChange::Changed {
                id,
                fields,
                notes_added,
                notes_removed,
                ..
            } => {
                let mut what: Vec<String> = fields.iter().map(|f| field_phrase(cat, f)).collect();
                if !notes_added.is_empty() {
                    what.push(tr!(cat, "commit-notes", n = notes_added.len()));
                }
                if *notes_removed > 0 {
                    what.push(tr!(cat, "commit-notes-removed"));
                }
                format!("{id} {}", what.join(", "))
            }
        })
        .collect();
    out.extend(
        d.meetings_added
            .iter()
            .map(|m| tr!(cat, "commit-meeting-added", id = m.as_str())),
    );
    out.extend(
        d.meetings_removed
            .iter()
            .map(|m| tr!(cat, "commit-meeting-removed", id = m.as_str())),
    );
    out.extend(
        d.reviews_added
            .iter()
            .map(|r| tr!(cat, "commit-review", date = format_date(r.date))),
    );
    out.into_iter()
        .map(|p| visible_line(&p).into_owned())
        .collect()
}

fn more(n: usize) -> String {
    if n == 0 {
        String::new()
    } else {
        tr!(english(), "commit-more", n = n)
    }
}

/// The subject line: every change while they fit in 72 characters, then `+N more`.
pub fn subject(d: &LedgerDiff, rel: &str) -> String {
    let all = phrases(d);
    if all.is_empty() {
        return visible_line(&tr!(english(), "commit-canonical", rel = rel)).into_owned();
    }
    let len = |s: &str| s.chars().count();
    let mut out = String::new();
    for (k, p) in all.iter().enumerate() {
        let sep = if out.is_empty() { "" } else { "; " };
        let candidate = format!("{out}{sep}{p}");
        if len(&candidate) + len(&more(all.len() - k - 1)) > SUBJECT_MAX {
            if out.is_empty() {
                // The first change alone is too long: cut it.
                let room = SUBJECT_MAX - len(&more(all.len() - 1));
                out = p.chars().take(room - 1).collect::<String>() + "…";
                return out + &more(all.len() - 1);
            }
            return out + &more(all.len() - k);
        }
        out = candidate;
    }
    out
}

/// The whole message: the subject, a blank line, and every change.
pub fn message(d: &LedgerDiff, rel: &str) -> String {
    let body = render_diff(d);
    let subject = subject(d, rel);
    if body.is_empty() {
        format!("{subject}\n")
    } else {
        format!("{subject}\n\n{}", visible(&body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Item, Ledger, Note, Status, diff};
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn base() -> Ledger {
        Ledger {
            items: (1..=9)
                .map(|n| Item::new(format!("JC2-0{n}"), "Post a liaison officer"))
                .collect(),
            ..Ledger::default()
        }
    }

    #[test]
    fn the_subject_names_each_change() {
        let old = base();
        let mut new = old.clone();
        new.items[2].status = Status::Done;
        new.items[0]
            .notes
            .push(Note::new(day(23), "INADEM", "Kia sent the supplier list."));
        new.items.push(Item::new("JC3-05", "Invite Kia suppliers"));
        let d = diff(&old, &new);
        assert_eq!(
            subject(&d, "ledger.json"),
            "JC2-01 note; JC2-03 done; JC3-05 added"
        );
        let m = message(&d, "ledger.json");
        assert!(
            m.starts_with("JC2-01 note; JC2-03 done; JC3-05 added\n\n~ JC2-01"),
            "{m}"
        );
        assert!(
            m.contains("    note 2026-11-23 INADEM: Kia sent the supplier list."),
            "{m}"
        );
        assert!(m.contains("+ JC3-05  Invite Kia suppliers"), "{m}");
    }

    #[test]
    fn a_long_subject_ends_with_how_many_more() {
        let old = base();
        let mut new = old.clone();
        for (i, item) in new.items.iter_mut().enumerate() {
            item.status = Status::Blocked;
            item.due = Some(day(i as u32 + 1));
        }
        let s = subject(&diff(&old, &new), "ledger.json");
        assert!(s.chars().count() <= SUBJECT_MAX, "{s}");
        assert!(s.starts_with("JC2-01 blocked, due 2026-11-01; "), "{s}");
        assert!(s.ends_with("; +7 more"), "{s}");
    }

    #[test]
    fn a_single_long_change_is_cut_and_control_characters_are_shown_visibly() {
        let old = base();
        let mut new = old.clone();
        new.items[0].id = format!("X\u{1b}[2J{}", "Y".repeat(100));
        let s = subject(&diff(&old, &new), "ledger.json");
        assert_eq!(s.chars().count(), SUBJECT_MAX, "{s}");
        assert!(s.starts_with(r"X\e[2JYYY"), "{s}");
        assert!(s.ends_with("…; +1 more"), "{s}");
        assert_eq!(
            subject(&diff(&old, &old), "ledger.json"),
            "ledger.json: canonical form"
        );
    }
}
