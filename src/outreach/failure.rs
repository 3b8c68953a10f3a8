//! Why an SMTP send failed, typed from lettre's error: what the user can do
//! about it depends on which step failed (reaching the server, TLS, the
//! sign-in, the recipient, the message), not on lettre's English text.

use lettre::transport::smtp::Error as SmtpError;
use std::error::Error as _;
use std::io::ErrorKind;

/// Which step of a send failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendCause {
    /// No connection: the host does not resolve, or nothing listens on the port.
    Unreachable,
    /// The server did not answer in time.
    TimedOut,
    /// The TLS handshake or certificate check failed.
    Tls,
    /// STARTTLS is required but the server does not offer it.
    StartTlsUnsupported,
    /// A user is configured but the server offers no sign-in method.
    AuthUnavailable,
    /// The server refused the sign-in (or requires one): its reply code.
    AuthRefused(u16),
    /// The server refused the recipient's address: its reply code.
    RecipientRefused(u16),
    /// The server refused for now (a 4xx reply): its reply code.
    Deferred(u16),
    /// The server refused the message for good: its reply code.
    Rejected(u16),
    /// Anything else.
    Other,
}

/// A failed send: its cause, and the server's reply or the technical
/// detail (raw text, to be shown quoted and escaped), if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    pub cause: SendCause,
    pub detail: Option<String>,
    /// True when `detail` is the server's own reply.
    pub from_server: bool,
}

/// The text lettre gives when the server does not announce STARTTLS.
const NO_STARTTLS: &str = "STARTTLS is not supported";
/// The text lettre gives when no sign-in method is shared with the server.
const NO_AUTH_MECHANISM: &str = "No compatible authentication mechanism";

/// The io error kinds of a connection that could not be made.
fn unreachable_kind(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::ConnectionRefused
            | ErrorKind::HostUnreachable
            | ErrorKind::NetworkUnreachable
            | ErrorKind::AddrNotAvailable
            | ErrorKind::NotFound
    )
}

/// The first io error in the chain of `e`'s sources.
fn io_kind(e: &SmtpError) -> Option<ErrorKind> {
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        source = s.source();
    }
    None
}

/// The cause of a reply with `code` (and its text `reply`): a sign-in code
/// (530, 534, 535, 538), a recipient refused (550, 551, 553, or an enhanced
/// status 5.1.x other than the sender's 5.1.7 and 5.1.8), a 4xx deferral,
/// else a refusal of the message.
fn by_code(code: u16, reply: &str) -> SendCause {
    let enhanced = reply.split_whitespace().next().unwrap_or("");
    let addressing = enhanced.starts_with("5.1.") && !matches!(enhanced, "5.1.7" | "5.1.8");
    let policy = enhanced.starts_with("5.7.") || matches!(enhanced, "5.1.7" | "5.1.8");
    match code {
        530 | 534 | 535 | 538 => SendCause::AuthRefused(code),
        400..=499 => SendCause::Deferred(code),
        _ if addressing => SendCause::RecipientRefused(code),
        550 | 551 | 553 if !policy => SendCause::RecipientRefused(code),
        _ => SendCause::Rejected(code),
    }
}

impl From<&SmtpError> for SendFailure {
    fn from(e: &SmtpError) -> SendFailure {
        let source = e.source().map(|s| s.to_string());
        let failure = |cause, detail: Option<String>, from_server| SendFailure {
            cause,
            detail,
            from_server,
        };
        if let Some(code) = e.status() {
            let reply = source.unwrap_or_default();
            return failure(by_code(code.into(), &reply), Some(reply), true);
        }
        let kind = io_kind(e);
        if e.is_timeout() || matches!(kind, Some(ErrorKind::TimedOut | ErrorKind::WouldBlock)) {
            return failure(SendCause::TimedOut, None, false);
        }
        let text = source.clone().unwrap_or_default();
        if e.is_client() && text.contains(NO_STARTTLS) {
            return failure(SendCause::StartTlsUnsupported, None, false);
        }
        if e.is_client() && text.contains(NO_AUTH_MECHANISM) {
            return failure(SendCause::AuthUnavailable, None, false);
        }
        // rustls reports a failed handshake as invalid data on the stream.
        if e.is_tls() || kind == Some(ErrorKind::InvalidData) {
            return failure(SendCause::Tls, source, false);
        }
        // lettre's `Connection` kind has no predicate: it is the one that
        // is none of the others and holds no io error of a session.
        let connecting = format!("{e:?}").contains("kind: Connection");
        if kind.is_some_and(unreachable_kind) || connecting {
            return failure(SendCause::Unreachable, None, false);
        }
        failure(SendCause::Other, Some(e.to_string()), false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_codes_name_the_step_that_failed() {
        assert_eq!(
            by_code(535, "5.7.8 bad credentials"),
            SendCause::AuthRefused(535)
        );
        assert_eq!(
            by_code(550, "5.1.1 mailbox unavailable"),
            SendCause::RecipientRefused(550)
        );
        assert_eq!(
            by_code(553, "mailbox name not allowed"),
            SendCause::RecipientRefused(553)
        );
        assert_eq!(
            by_code(550, "5.7.1 relaying denied"),
            SendCause::Rejected(550)
        );
        assert_eq!(by_code(550, "5.1.7 bad sender"), SendCause::Rejected(550));
        assert_eq!(
            by_code(554, "5.6.0 content rejected"),
            SendCause::Rejected(554)
        );
        assert_eq!(by_code(451, "4.3.0 try later"), SendCause::Deferred(451));
        assert_eq!(
            by_code(552, "5.1.2 no such domain"),
            SendCause::RecipientRefused(552)
        );
    }
}
