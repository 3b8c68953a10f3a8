//! Reminder e-mails: composed in the recipient's language (the committee's
//! texts too, where a current translation exists, else the original,
//! marked), formatted as RFC 5322 messages by `lettre`, written as `.eml`
//! drafts or sent by SMTP.

use super::failure::SendFailure;
use super::remind::{Asked, Reason, Recipient};
use super::{Addressee, one_line, paragraph};
use crate::base::relative::Relative;
use crate::i18n::{Catalog, Lang, When, catalog, shift_selector};
use crate::ledger::{Audience, Ledger, Reading, TextSlot};
use crate::report::Reader;
use crate::tr;
use chrono::NaiveDate;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, SinglePart};
use lettre::{Address, Message, SmtpTransport, Transport};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A reminder, composed: who it is for, in which language, and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The person's name (one line).
    pub name: String,
    /// Their address; `None` when the directory has none.
    pub email: Option<String>,
    pub lang: Lang,
    pub subject: String,
    pub body: String,
    /// The ids of the items asked about.
    pub ids: Vec<String>,
}

/// Why a reminder could not be formatted, written or sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// An address lettre refuses.
    #[error("invalid address `{0}`")]
    Address(String),
    /// The message could not be built.
    #[error("{0}")]
    Build(#[from] lettre::error::Error),
    /// Writing a draft failed.
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The SMTP server refused or could not be reached.
    #[error("{0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    /// A send failed, typed: see [`SendFailure`].
    #[error("{:?}", .0.cause)]
    Send(SendFailure),
    /// The `smtp` setting is not `smtp://host[:port]` or `smtps://host[:port]`.
    #[error("`{0}` is not smtp://host[:port] or smtps://host[:port]")]
    Url(String),
}

/// The language a recipient reads: the directory's `language`, else `fallback`.
pub fn language_of(r: &Recipient, fallback: Lang) -> Lang {
    r.person
        .and_then(|p| p.language.parse().ok())
        .unwrap_or(fallback)
}

fn reason_word(cat: &Catalog, r: Reason) -> String {
    match r {
        Reason::Overdue => tr!(cat, "mail-reason-overdue"),
        Reason::Blocked => tr!(cat, "mail-reason-blocked"),
        Reason::DueSoon => tr!(cat, "mail-reason-due-soon"),
        Reason::Confirm => tr!(cat, "mail-reason-confirm"),
    }
}

/// For an item awaiting the reader's confirmation: who closed it and when
/// (in the committee's reference zone), and how to confirm or reopen it.
fn confirm_lines(cat: &Catalog, ledger: &Ledger, item: &crate::ledger::Item) -> Vec<String> {
    let crate::query::ClosureState::Awaiting { closed, .. } =
        crate::query::closure_state(&ledger.committee, item)
    else {
        return Vec::new();
    };
    let day = crate::base::clock::day_in(closed.at, ledger.committee.reference_zone());
    let id = one_line(&item.id);
    vec![
        tr!(
            cat,
            "mail-item-closed-by",
            party = one_line(&closed.party),
            date = cat.formal_date(day)
        ),
        tr!(cat, "mail-item-how-to-confirm", id = id.as_str()),
    ]
}

/// The mail's first line: the person or institution greeted by name.
pub(super) fn greeting(cat: &Catalog, name: &str) -> String {
    tr!(
        cat,
        "mail-greeting",
        name = name,
        addressee = Addressee::of(name).selector()
    )
}

/// The reminder for `r` about items of `ledger`, in their language, as a
/// courteous secretariat writes it: each item with its deadline (relative
/// and absolute), how often it was rescheduled, and its last note; a request
/// for an update. Titles and notes are in the recipient's language when a
/// current translation exists, else the original with its mark; the
/// committee's name, a proper name, is translated when it can be and never marked.
pub fn compose(r: &Recipient, ledger: &Ledger, fallback: Lang, today: NaiveDate) -> Draft {
    let lang = language_of(r, fallback);
    let cat = catalog(lang);
    let audience = Audience::new(lang, Reading::Translated, &ledger.committee.languages);
    let committee = one_line(ledger.committee.name_text().shown(&audience).text);
    let reader = Reader::new(cat, audience);
    let name = one_line(&r.name);
    let n = r.items.len();
    let mut body = vec![
        greeting(cat, &name),
        String::new(),
        tr!(
            cat,
            "mail-intro",
            committee = committee.as_str(),
            today = cat.formal_date(today),
            n = n
        ),
        String::new(),
    ];
    for asked in &r.items {
        body.extend(item_lines(&reader, ledger, asked, today));
        body.push(String::new());
    }
    body.push(tr!(cat, "mail-ask", n = n));
    body.push(String::new());
    body.push(tr!(cat, "mail-closing", committee = committee.as_str()));
    let headed = header_text(&committee);
    Draft {
        name,
        email: r.email().map(str::to_owned),
        lang,
        subject: tr!(cat, "mail-subject", committee = headed.as_str(), n = n),
        body: body.join("\n") + "\n",
        ids: r.items.iter().map(|a| one_line(&a.item.id)).collect(),
    }
}

/// The lines of one item of a reminder, as `reader` reads them: its id,
/// title and why it is asked about; its status and deadline; who closed it
/// and how to confirm (for a confirmation); how often it was rescheduled;
/// its last note.
pub(super) fn item_lines(
    reader: &Reader,
    ledger: &Ledger,
    asked: &Asked,
    today: NaiveDate,
) -> Vec<String> {
    let cat = reader.cat;
    let shown = |slot: TextSlot| reader.text(slot).joined();
    let default = ledger.original_language();
    let item = asked.item;
    let mut body = vec![tr!(
        cat,
        "mail-item",
        id = one_line(&item.id),
        title = one_line(&shown(item.title_text(default))),
        reason = reason_word(cat, asked.reason)
    )];
    let due = match item.due {
        Some(d) => tr!(
            cat,
            "mail-item-due",
            status = cat.status(item.status),
            date = cat.formal_date(d),
            relative = cat.relative(Relative::between(d, today), When::Deadline)
        ),
        None => tr!(cat, "mail-item-no-due", status = cat.status(item.status)),
    };
    body.push(format!("   {due}"));
    if asked.reason == Reason::Confirm {
        body.extend(
            confirm_lines(cat, ledger, item)
                .into_iter()
                .map(|l| format!("   {l}")),
        );
    }
    if let Some(first) = item.due_history.first() {
        let slipped = tr!(
            cat,
            "mail-item-slipped",
            n = item.due_history.len(),
            shift = shift_selector(item.last_shift()),
            first = cat.formal_date(*first)
        );
        body.push(format!("   ↻ {slipped}"));
    }
    if let Some(note) = item.notes.last() {
        let text = paragraph(&shown(note.text_slot(default))).replace('\n', "\n     ");
        let note = tr!(
            cat,
            "mail-item-note",
            date = cat.formal_date(note.date),
            text = text
        );
        body.push(format!("   {note}"));
    }
    body
}

/// A mailbox from a name and an address; the name is made one line first.
pub fn mailbox(name: &str, email: &str) -> Result<Mailbox, MailError> {
    let address: Address = email
        .parse()
        .map_err(|_| MailError::Address(one_line(email)))?;
    let name = one_line(name);
    Ok(Mailbox::new((!name.is_empty()).then_some(name), address))
}

/// The most characters of ledger text (a name, a committee) a header
/// holds. lettre folds a header only between words and encodes only
/// non-ASCII words, so one long ASCII word would make a line longer than
/// RFC 5322's 998 octets; cut to this, no word comes near it. The body
/// keeps the text whole.
pub const HEADER_TEXT_CHARS: usize = 200;

/// Ledger text for a header: one line, at most [`HEADER_TEXT_CHARS`]
/// characters (a longer text is cut and ends with `…`).
///
/// ```
/// use followup::outreach::mail::header_text;
/// assert_eq!(header_text("Kia\r\nMotors"), "Kia Motors");
/// assert_eq!(header_text(&"a".repeat(5_000)).chars().count(), 200);
/// ```
pub fn header_text(s: &str) -> String {
    let line = one_line(s);
    match line.char_indices().nth(HEADER_TEXT_CHARS - 1) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}

/// Noon UTC of `day`: the `Date` of messages when the day is fixed
/// (`FOLLOWUP_TODAY`), so that runs are reproducible.
pub fn noon_utc(day: NaiveDate) -> SystemTime {
    let noon = day.and_hms_opt(12, 0, 0).expect("a valid time").and_utc();
    let secs = noon.timestamp();
    match u64::try_from(secs) {
        Ok(s) => SystemTime::UNIX_EPOCH + Duration::from_secs(s),
        Err(_) => SystemTime::UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs()),
    }
}

/// A new `Message-ID` in `domain` (the sender's): random, never the same
/// twice, as every mail client makes them.
fn message_id(domain: &str) -> String {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static SENT: AtomicU64 = AtomicU64::new(0);
    let n = SENT.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    // Each RandomState is seeded afresh from the system's randomness.
    let part = || {
        let mut h = RandomState::new().build_hasher();
        h.write_u64(n);
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.finish()
    };
    format!("<{:016x}{:016x}.followup@{domain}>", part(), part())
}

/// What a message is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Written to a file for the user to send: marked `X-Unsent: 1`, so
    /// that Outlook opens it as a draft to send.
    Draft,
    /// Sent now.
    Send,
}

/// The RFC 5322 message of a draft, from `from`, made for `delivery`,
/// dated `date`, with a new `Message-ID` in the sender's domain. No header
/// line is longer than 998 octets, whatever the ledger holds.
pub fn message(
    d: &Draft,
    from: &Mailbox,
    delivery: Delivery,
    date: SystemTime,
) -> Result<Message, MailError> {
    let email = d
        .email
        .as_deref()
        .ok_or_else(|| MailError::Address(String::new()))?;
    let mut m = Message::builder()
        .from(from.clone())
        .to(mailbox(&header_text(&d.name), email)?)
        .subject(one_line(&d.subject))
        .date(date)
        .message_id(Some(message_id(from.email.domain())))
        .singlepart(SinglePart::plain(d.body.clone()))?;
    if delivery == Delivery::Draft {
        m.headers_mut().insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Unsent"),
            "1".into(),
        ));
    }
    Ok(m)
}

/// The most bytes of a name kept in a draft's file name (ext4 and most
/// file systems allow 255 per name; this keeps well under, whatever the script).
const SLUG_BYTES: usize = 60;

/// A file name for the `index`th draft, from a name: its letters and digits
/// in any script, accents and Hangul kept (NFC), lower-cased, every other
/// run (spaces, `/ \ : * ? " < > |`, dots, control and bidi characters) as
/// one `-`, at most [`SLUG_BYTES`] bytes cut on a character. Safe on every
/// file system: never a path, never hidden (it starts with the index, which
/// also keeps it from being a reserved Windows name such as `CON`), and
/// `01.eml` when nothing of the name is left.
///
/// ```
/// use followup::outreach::mail::file_name;
/// assert_eq!(file_name(1, "María José Núñez"), "01-maría-josé-núñez.eml");
/// assert_eq!(file_name(2, "조강래"), "02-조강래.eml");
/// assert_eq!(file_name(3, "../../중소기업청"), "03-중소기업청.eml");
/// assert_eq!(file_name(4, "CON"), "04-con.eml");
/// assert_eq!(file_name(5, "***"), "05.eml");
/// ```
pub fn file_name(index: usize, name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut slug = String::new();
    let lower: String = name.chars().flat_map(char::to_lowercase).nfc().collect();
    for c in lower.chars() {
        let keep = c.is_alphanumeric() || (is_combining_mark(c) && !slug.is_empty());
        let piece = if keep {
            c
        } else if slug.is_empty() || slug.ends_with('-') {
            continue;
        } else {
            '-'
        };
        if slug.len() + piece.len_utf8() > SLUG_BYTES {
            break;
        }
        slug.push(piece);
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("{index:02}.eml")
    } else {
        format!("{index:02}-{slug}.eml")
    }
}

/// Writes `message` as a new file `name` in `dir`: created exclusively
/// (an existing file or a symbolic link by that name is refused, nothing
/// is followed), never outside `dir`.
pub fn write_draft(dir: &Path, name: &str, message: &Message) -> Result<PathBuf, MailError> {
    debug_assert!(!name.contains(['/', '\\']) && name != ".." && name != ".");
    let path = dir.join(name);
    let io = |source| MailError::Io {
        path: path.clone(),
        source,
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW).mode(0o644);
    }
    let mut file = options.open(&path).map_err(io)?;
    let written = file
        .write_all(&message.formatted())
        .and_then(|_| file.sync_all());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&path);
        return Err(io(e));
    }
    Ok(path)
}

/// How to reach the SMTP server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    /// `smtp://host[:port]` (STARTTLS, port 587) or `smtps://host[:port]` (TLS, port 465).
    pub url: String,
    /// Plain SMTP without TLS (`smtp_tls = "none"`, for a local relay).
    pub plain: bool,
    /// User name and password, when the server wants them.
    pub credentials: Option<(String, String)>,
}

/// A blocking SMTP transport for `settings`.
pub fn transport(settings: &SmtpSettings) -> Result<SmtpTransport, MailError> {
    let bad = || MailError::Url(one_line(&settings.url));
    let (tls, rest) = if let Some(r) = settings.url.strip_prefix("smtps://") {
        (true, r)
    } else if let Some(r) = settings.url.strip_prefix("smtp://") {
        (false, r)
    } else {
        return Err(bad());
    };
    let rest = rest.trim_end_matches('/');
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (h, Some(p.parse::<u16>().map_err(|_| bad())?)),
        None => (rest, None),
    };
    if host.is_empty() || host.contains(['/', '@', '?', '#']) {
        return Err(bad());
    }
    let mut builder = if tls {
        SmtpTransport::relay(host)?.port(port.unwrap_or(465))
    } else if settings.plain {
        SmtpTransport::builder_dangerous(host).port(port.unwrap_or(25))
    } else {
        SmtpTransport::starttls_relay(host)?.port(port.unwrap_or(587))
    };
    if let Some((user, password)) = &settings.credentials {
        builder = builder.credentials(lettre::transport::smtp::authentication::Credentials::new(
            user.clone(),
            password.clone(),
        ));
    }
    Ok(builder
        .timeout(Some(std::time::Duration::from_secs(30)))
        .build())
}

/// Sends one message through `transport`; a failure is typed ([`SendFailure`]).
pub fn send(transport: &SmtpTransport, message: &Message) -> Result<(), MailError> {
    transport
        .send(message)
        .map(drop)
        .map_err(|e| MailError::Send(SendFailure::from(&e)))
}
