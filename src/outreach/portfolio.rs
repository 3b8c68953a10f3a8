//! Reminders across a desk's portfolio: one mail per person, listing their
//! items of every committee, grouped by committee, in their language.
//!
//! Owners are matched through each ledger's directory as `remind` matches
//! them; the same address in two directories is one person. An owner a
//! ledger's directory does not know (or knows without an address) is looked
//! up by name and alias in the other ledgers' directories, and taken as the
//! person found there when every entry by that name has one address.

use super::mail::{Draft, greeting, item_lines, language_of};
use super::one_line;
use super::remind::{Recipient, recipients};
use crate::base::fold::fold;
use crate::i18n::{Lang, catalog};
use crate::ledger::{Audience, Ledger, Person, Reading};
use crate::report::Reader;
use crate::tr;
use chrono::NaiveDate;
use std::collections::HashMap;

/// A committee of the portfolio, as reminders read it.
#[derive(Debug, Clone, Copy)]
pub struct Committee<'a> {
    /// Its name in the portfolio.
    pub name: &'a str,
    pub ledger: &'a Ledger,
    /// Today in its reference zone.
    pub today: NaiveDate,
}

/// One person to remind across the portfolio: who, and their items in each
/// committee (a committee's index in the portfolio, and what `remind`
/// would ask them there), in the portfolio's order.
#[derive(Debug, Clone)]
pub struct PortfolioRecipient<'a> {
    pub recipient: Recipient<'a>,
    pub parts: Vec<(usize, Recipient<'a>)>,
}

/// Every person to remind across `committees` (with `owner`, only that
/// owner, matched in each ledger as `remind --owner` matches), in the order
/// they first appear; the same address is one person.
pub fn recipients_across<'a>(
    committees: &[Committee<'a>],
    owner: Option<&str>,
    window_days: u32,
) -> Vec<PortfolioRecipient<'a>> {
    let known = addresses(committees);
    let mut out: Vec<PortfolioRecipient<'a>> = Vec::new();
    let mut slots: HashMap<String, usize> = HashMap::new();
    for (i, c) in committees.iter().enumerate() {
        for mut r in recipients(c.ledger, owner, c.today, window_days) {
            if r.email().is_none()
                && let Some(p) = known.get(&fold(&r.name)).copied().flatten()
            {
                r.person = Some(p);
                r.name = p.name.clone();
            }
            let key = match r.email() {
                Some(email) => email.to_lowercase(),
                None => format!("\u{0}{}", fold(&r.name)),
            };
            let slot = *slots.entry(key).or_insert_with(|| {
                out.push(PortfolioRecipient {
                    recipient: Recipient {
                        name: r.name.clone(),
                        person: r.person,
                        items: Vec::new(),
                    },
                    parts: Vec::new(),
                });
                out.len() - 1
            });
            out[slot].parts.push((i, r));
        }
    }
    out
}

/// Every name and alias of the portfolio's directories (folded) → the
/// person with an address it names, or `None` when it names people with
/// different addresses.
fn addresses<'a>(committees: &[Committee<'a>]) -> HashMap<String, Option<&'a Person>> {
    let mut known: HashMap<String, Option<&'a Person>> = HashMap::new();
    let people = committees
        .iter()
        .flat_map(|c| &c.ledger.directory)
        .filter(|p| !p.email.is_empty());
    for p in people {
        for name in std::iter::once(&p.name).chain(&p.aliases) {
            known
                .entry(fold(name))
                .and_modify(|seen| {
                    if seen.is_some_and(|s| !s.email.eq_ignore_ascii_case(&p.email)) {
                        *seen = None;
                    }
                })
                .or_insert(Some(p));
        }
    }
    known
}

/// The reminder for `p`, in their language (`fallback` when no directory
/// says it): their items grouped by committee, each committee headed by its
/// name as the reader reads it, each item as a committee's own reminder
/// lists it. The ids it lists are `committee:ID`.
pub fn compose_across(p: &PortfolioRecipient, committees: &[Committee], fallback: Lang) -> Draft {
    let lang = language_of(&p.recipient, fallback);
    let cat = catalog(lang);
    let name = one_line(&p.recipient.name);
    let n: usize = p.parts.iter().map(|(_, r)| r.items.len()).sum();
    let today = p
        .parts
        .first()
        .map_or(NaiveDate::MIN, |(i, _)| committees[*i].today);
    let mut body = vec![
        greeting(cat, &name),
        String::new(),
        tr!(
            cat,
            "mail-all-intro",
            today = cat.formal_date(today),
            n = n,
            committees = p.parts.len()
        ),
        String::new(),
    ];
    let mut ids = Vec::new();
    for (i, r) in &p.parts {
        let c = &committees[*i];
        let audience = Audience::new(lang, Reading::Translated, &c.ledger.committee.languages);
        let committee = one_line(c.ledger.committee.name_text().shown(&audience).text);
        let reader = Reader::new(cat, audience);
        body.push(tr!(
            cat,
            "mail-all-committee",
            committee = committee.as_str(),
            n = r.items.len()
        ));
        body.push(String::new());
        for asked in &r.items {
            body.extend(item_lines(&reader, c.ledger, asked, c.today));
            body.push(String::new());
            ids.push(format!("{}:{}", one_line(c.name), one_line(&asked.item.id)));
        }
    }
    body.push(tr!(cat, "mail-ask", n = n));
    body.push(String::new());
    body.push(tr!(cat, "mail-all-closing"));
    Draft {
        name,
        email: p.recipient.email().map(str::to_owned),
        lang,
        subject: tr!(cat, "mail-all-subject", n = n, committees = p.parts.len()),
        body: body.join("\n") + "\n",
        ids,
    }
}
