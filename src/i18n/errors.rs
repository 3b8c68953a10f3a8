//! Sentences for the library's typed errors: the ledger file, its rules,
//! dates, field paths, sync and recovery. File names, lines, columns, JSON
//! paths, ids and offending values stay in every language.

use super::Catalog;
use crate::base::dates::{MAX_DATE, MIN_DATE, format_date};
use crate::config::ConfigError;
use crate::git::GitError;
use crate::ledger::recovery::{NotKept, ReadError};
use crate::ledger::{
    Error, Expected, FORMAT, Field, Found, IdProblem, IoStep, JsonCause, LockHolder, ParseError,
    ParseProblem, PathError, PathExpected, Rule, ShapeCause, Status,
};
use crate::sync::{ConflictAt, SyncError};
use crate::tr;
use std::io;

impl Catalog {
    /// Why a ledger file could not be read or written; names the file.
    pub fn ledger_error(&self, e: &Error) -> String {
        match e {
            Error::Invalid { path, source } => {
                format!("{}:{}", path.display(), self.parse_error(source))
            }
            Error::Io { path, what, source } => tr!(
                self,
                "le-io",
                path = path.display().to_string(),
                what = self.io_what(*what),
                cause = self.io_error(source)
            ),
            Error::IsDirectory { path } => {
                tr!(self, "le-is-directory", path = path.display().to_string())
            }
            Error::Symlink { path } => tr!(self, "le-symlink", path = path.display().to_string()),
            Error::NotRegular { path } => {
                tr!(self, "le-not-regular", path = path.display().to_string())
            }
            Error::TooLarge { path, limit } => tr!(
                self,
                "le-too-large",
                path = path.display().to_string(),
                limit = limit.to_string()
            ),
            Error::OutsideRepository { path, target, root } => tr!(
                self,
                "le-outside-repository",
                path = path.display().to_string(),
                target = target.display().to_string(),
                root = root.display().to_string()
            ),
            Error::Locked { path, holder } => tr!(
                self,
                "le-locked",
                path = path.display().to_string(),
                holder = self.lock_holder(holder)
            ),
            Error::ChangedOnDisk { path } => {
                tr!(
                    self,
                    "le-changed-on-disk",
                    path = path.display().to_string()
                )
            }
            Error::ReadOnly { path } => {
                tr!(self, "le-read-only", path = path.display().to_string())
            }
            Error::ConflictMarkers { path, line } => tr!(
                self,
                "le-conflict-markers",
                path = path.display().to_string(),
                line = line.to_string()
            ),
            Error::Exists { path } => tr!(self, "le-exists", path = path.display().to_string()),
        }
    }

    /// What the library was doing when I/O failed (`cannot read`).
    fn io_what(&self, what: IoStep) -> String {
        match what {
            IoStep::Read => tr!(self, "io-read"),
            IoStep::Write => tr!(self, "io-write"),
            IoStep::Open => tr!(self, "io-open"),
            IoStep::Create => tr!(self, "io-create"),
            IoStep::CreateDir => tr!(self, "io-create-dir"),
            IoStep::Lock => tr!(self, "io-lock"),
            IoStep::OpenLock => tr!(self, "io-open-lock"),
            IoStep::CreateLock => tr!(self, "io-create-lock"),
            IoStep::RemoveStaleLock => tr!(self, "io-remove-stale-lock"),
            IoStep::WriteLock => tr!(self, "io-write-lock"),
        }
    }

    /// Who holds a ledger's lock: `followup set (pid 42 on seoul-desk)`.
    pub fn lock_holder(&self, h: &LockHolder) -> String {
        match h {
            LockHolder::Process { command, pid, host } => tr!(
                self,
                "lock-holder-process",
                command = command.as_str(),
                pid = pid.to_string(),
                host = host.as_str()
            ),
            LockHolder::Other(line) => line.clone(),
            LockHolder::Unknown => tr!(self, "lock-holder-unknown"),
        }
    }

    /// The cause of an I/O failure: the ones a secretariat meets in words,
    /// others as the system says.
    pub fn io_error(&self, e: &io::Error) -> String {
        match e.kind() {
            io::ErrorKind::NotFound => tr!(self, "io-not-found"),
            io::ErrorKind::PermissionDenied => tr!(self, "io-permission-denied"),
            io::ErrorKind::StorageFull => tr!(self, "io-storage-full"),
            io::ErrorKind::QuotaExceeded => tr!(self, "io-quota-exceeded"),
            io::ErrorKind::ReadOnlyFilesystem => tr!(self, "io-read-only-filesystem"),
            io::ErrorKind::FileTooLarge => tr!(self, "io-file-too-large"),
            io::ErrorKind::IsADirectory => tr!(self, "io-is-a-directory"),
            io::ErrorKind::NotADirectory => tr!(self, "io-not-a-directory"),
            io::ErrorKind::DirectoryNotEmpty => tr!(self, "io-directory-not-empty"),
            io::ErrorKind::AlreadyExists => tr!(self, "io-already-exists"),
            io::ErrorKind::ResourceBusy | io::ErrorKind::WouldBlock => tr!(self, "io-busy"),
            io::ErrorKind::TimedOut => tr!(self, "io-timed-out"),
            io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => {
                tr!(self, "io-invalid-data")
            }
            io::ErrorKind::Interrupted => tr!(self, "io-interrupted"),
            // The system's own words are English: its error number (or
            // kind) is what a technician looks up.
            kind => {
                let code = e
                    .raw_os_error()
                    .map_or_else(|| format!("{kind:?}"), |n| n.to_string());
                tr!(self, "io-other", code = code)
            }
        }
    }

    /// Why a text is not a valid ledger: `LINE:COL: …` (the file is named by the caller).
    pub fn parse_error(&self, e: &ParseError) -> String {
        let what = match &e.problem {
            ParseProblem::Bom => tr!(self, "pe-bom"),
            ParseProblem::NotUtf8 => tr!(self, "pe-not-utf8"),
            ParseProblem::Json(cause) => self.json_cause(cause),
            ParseProblem::Shape { path, cause, .. } if path.0.is_empty() => self.shape_cause(cause),
            ParseProblem::Shape { path, item, cause } => {
                format!(
                    "{}: {}",
                    self.place(&path.to_string(), item),
                    self.shape_cause(cause)
                )
            }
            ParseProblem::Broken { path, item, rule } => {
                format!(
                    "{}: {}",
                    self.place(&path.to_string(), item),
                    self.rule(rule)
                )
            }
        };
        format!("{}:{}: {what}", e.line, e.column)
    }

    /// Why a text is not JSON.
    pub fn json_cause(&self, c: &JsonCause) -> String {
        match c {
            JsonCause::Eof => tr!(self, "pe-json-eof"),
            JsonCause::ExpectedColon => tr!(self, "pe-json-colon"),
            JsonCause::ExpectedCommaOrBrace => tr!(self, "pe-json-comma-brace"),
            JsonCause::ExpectedCommaOrBracket => tr!(self, "pe-json-comma-bracket"),
            JsonCause::ExpectedValue => tr!(self, "pe-json-value"),
            JsonCause::TrailingComma => tr!(self, "pe-json-trailing-comma"),
            JsonCause::KeyMustBeString => tr!(self, "pe-json-key"),
            JsonCause::ControlCharacter => tr!(self, "pe-json-control"),
            JsonCause::InvalidEscape => tr!(self, "pe-json-escape"),
            JsonCause::InvalidNumber => tr!(self, "pe-json-number"),
            JsonCause::TrailingCharacters => tr!(self, "pe-json-trailing"),
            JsonCause::TooDeep => tr!(self, "pe-json-too-deep"),
            JsonCause::Other(detail) => tr!(self, "pe-json", detail = detail.as_str()),
        }
    }

    /// Why JSON does not have the shape of a ledger.
    pub fn shape_cause(&self, c: &ShapeCause) -> String {
        match c {
            ShapeCause::UnknownStatus(value) => {
                let labels: Vec<String> = Status::ALL.into_iter().map(|s| self.status(s)).collect();
                tr!(
                    self,
                    "sc-unknown-status",
                    value = value.as_str(),
                    labels = labels.join(", ")
                )
            }
            ShapeCause::Date(e) => self.date_error(e),
            ShapeCause::DuplicateField(f) => tr!(self, "sc-duplicate-field", field = f.as_str()),
            ShapeCause::MissingField(f) => tr!(self, "sc-missing-field", field = f.as_str()),
            ShapeCause::UnknownLanguage(v) => tr!(self, "sc-unknown-language", value = v.as_str()),
            ShapeCause::UnsupportedFormat(f) => tr!(
                self,
                "sc-unsupported-format",
                format = f.as_str(),
                supported = FORMAT
            ),
            ShapeCause::InvalidType { found, expected } => tr!(
                self,
                "sc-invalid-type",
                found = self.found(found),
                expected = self.expected(expected)
            ),
            ShapeCause::Other(detail) => tr!(self, "sc-other", detail = detail.as_str()),
            c => self.record_shape_cause(c),
        }
    }

    /// A JSON value found in the wrong place.
    fn found(&self, f: &Found) -> String {
        match f {
            Found::Null => tr!(self, "found-null"),
            Found::Boolean(v) => tr!(self, "found-boolean", value = v.as_str()),
            Found::Number(v) => tr!(self, "found-number", value = v.as_str()),
            Found::Text(v) => tr!(self, "found-text", value = v.as_str()),
            Found::List => tr!(self, "found-list"),
            Found::Object => tr!(self, "found-object"),
            Found::Other(v) => v.clone(),
        }
    }

    /// The JSON type a place of the ledger holds.
    fn expected(&self, e: &Expected) -> String {
        match e {
            Expected::Text => tr!(self, "expected-text"),
            Expected::Date => tr!(self, "expected-date"),
            Expected::List => tr!(self, "expected-list"),
            Expected::DateList => tr!(self, "expected-date-list"),
            Expected::Object => tr!(self, "expected-object"),
            Expected::Other(v) => v.clone(),
        }
    }

    /// A JSON path, with the item's id when known: `items[3].title (item JC2-01)`.
    fn place(&self, path: &str, item: &Option<String>) -> String {
        match item {
            Some(id) => tr!(self, "pe-place-item", path = path, id = id.as_str()),
            None => path.to_owned(),
        }
    }

    /// A rule of the ledger, broken.
    pub fn rule(&self, r: &Rule) -> String {
        match r {
            Rule::BadId(p) => tr!(self, "rule-bad-id", problem = self.id_problem(*p)),
            Rule::BadMeetingId(p) => {
                tr!(self, "rule-bad-meeting-id", problem = self.id_problem(*p))
            }
            Rule::BadParty(p) => tr!(self, "rule-bad-party", problem = self.id_problem(*p)),
            Rule::DuplicateId(id) => tr!(self, "rule-duplicate-id", id = id.as_str()),
            Rule::DuplicateMeetingId(id) => {
                tr!(self, "rule-duplicate-meeting-id", id = id.as_str())
            }
            Rule::EmptyTitle => tr!(self, "rule-empty-title"),
            Rule::EmptyTranslation => tr!(self, "rule-empty-translation"),
            Rule::UnknownMeeting(id) => tr!(self, "rule-unknown-meeting", id = id.as_str()),
            Rule::EmptyOwner(_) => tr!(self, "rule-empty-owner"),
            Rule::EmptyTag(_) => tr!(self, "rule-empty-tag"),
            Rule::DateOutOfRange(d) => tr!(
                self,
                "rule-date-out-of-range",
                date = format_date(*d),
                min = format_date(MIN_DATE),
                max = format_date(MAX_DATE)
            ),
            Rule::Directory(p) => self.person_problem(p),
        }
    }

    /// Why a text cannot be an id.
    pub fn id_problem(&self, p: IdProblem) -> String {
        match p {
            IdProblem::Empty => tr!(self, "idp-empty"),
            IdProblem::LineBreak => tr!(self, "idp-line-break"),
            IdProblem::Control => tr!(self, "idp-control"),
            IdProblem::Bidi => tr!(self, "idp-bidi"),
            IdProblem::Padded => tr!(self, "idp-padded"),
        }
    }

    /// Why a written field path could not be read.
    pub fn path_error(&self, e: &PathError) -> String {
        let expected = match e.expected {
            PathExpected::Key => tr!(self, "path-key"),
            PathExpected::Step => tr!(self, "path-step"),
            PathExpected::Bracket => tr!(self, "path-bracket"),
            PathExpected::Id => tr!(self, "path-id"),
            PathExpected::Quote => tr!(self, "path-quote"),
            PathExpected::Close => tr!(self, "path-close"),
            PathExpected::Index => tr!(self, "path-index"),
        };
        tr!(
            self,
            "path-error",
            column = (e.at + 1).to_string(),
            expected = expected
        )
    }

    /// Why `followup sync` stopped.
    pub fn sync_error(&self, e: &SyncError) -> String {
        let kept = |n: usize| match n {
            0 => String::new(),
            n => tr!(self, "sync-kept", n = n),
        };
        let list = |v: Vec<String>| v.join(", ");
        match e {
            SyncError::NotInGit(e) | SyncError::Git(e) => self.git_error(e),
            SyncError::Detached => tr!(self, "sync-detached"),
            SyncError::Rebasing => tr!(self, "sync-rebasing"),
            SyncError::NoIdentity => tr!(self, "sync-no-identity"),
            SyncError::NoRemote { branch } => tr!(self, "sync-no-remote", branch = branch.as_str()),
            SyncError::ForeignMergeAttribute { rel, value } => tr!(
                self,
                "sync-foreign-merge",
                rel = rel.as_str(),
                value = value.as_str()
            ),
            SyncError::Unreachable {
                remote,
                detail,
                unpushed,
            } => tr!(
                self,
                "sync-unreachable",
                remote = remote.as_str(),
                detail = detail.as_str(),
                kept = kept(*unpushed)
            ),
            SyncError::Refused {
                remote,
                detail,
                unpushed,
            } => tr!(
                self,
                "sync-refused",
                remote = remote.as_str(),
                detail = detail.as_str(),
                kept = kept(*unpushed)
            ),
            SyncError::KeptMoving {
                remote,
                attempts,
                detail,
                unpushed,
            } => tr!(
                self,
                "sync-kept-moving",
                remote = remote.as_str(),
                attempts = *attempts,
                detail = detail.as_str(),
                kept = kept(*unpushed)
            ),
            SyncError::Conflicts(at) => tr!(
                self,
                "sync-conflicts",
                n = at.len(),
                list = list(at.iter().map(|c| self.conflict_at(c)).collect())
            ),
            SyncError::OtherConflicts(files) => {
                tr!(self, "sync-other-conflicts", list = list(files.clone()))
            }
            SyncError::DriverFailed { rel, detail } => tr!(
                self,
                "sync-driver-failed",
                rel = rel.as_str(),
                detail = detail.as_str()
            ),
            SyncError::NothingToRepair { rel } => {
                tr!(self, "sync-nothing-to-repair", rel = rel.as_str())
            }
            SyncError::Broken { rel, commit, how } => self.broken_ledger(rel, commit, *how),
            SyncError::ProgramNotUtf8 { program } => tr!(
                self,
                "sync-program-not-utf8",
                program = program.display().to_string()
            ),
            SyncError::TemporaryAttributes(cause) => tr!(
                self,
                "sync-temporary-attributes",
                cause = self.io_error(cause)
            ),
            SyncError::Ledger(e) => self.ledger_error(e),
            e @ (SyncError::TimedOut { .. }
            | SyncError::NoLedger { .. }
            | SyncError::NotARegularLedger { .. }
            | SyncError::RemoteLedgerRefused { .. }) => self.sync_safety_error(e),
        }
    }

    /// Why a sync stopped to stay safe: a silent remote, no ledger anywhere,
    /// a ledger that is not a regular file of the repository.
    fn sync_safety_error(&self, e: &SyncError) -> String {
        match e {
            SyncError::TimedOut {
                remote,
                seconds,
                unpushed,
            } => {
                let kept = match unpushed {
                    0 => String::new(),
                    n => tr!(self, "sync-kept", n = *n),
                };
                tr!(
                    self,
                    "sync-timed-out",
                    remote = remote.as_str(),
                    seconds = *seconds,
                    kept = kept
                )
            }
            SyncError::NoLedger { rel, upstream } => tr!(
                self,
                "sync-no-ledger-anywhere",
                rel = rel.as_str(),
                upstream = upstream.as_str()
            ),
            SyncError::NotARegularLedger { rel, rev } if rev.is_empty() => {
                tr!(self, "sync-ledger-not-regular", rel = rel.as_str())
            }
            SyncError::NotARegularLedger { rel, .. } => {
                tr!(self, "sync-remote-ledger-not-regular", rel = rel.as_str())
            }
            SyncError::RemoteLedgerRefused {
                rel,
                upstream,
                cause,
            } => tr!(
                self,
                "sync-remote-ledger-refused",
                rel = rel.as_str(),
                upstream = upstream.as_str(),
                cause = self.ledger_error(cause)
            ),
            _ => String::new(),
        }
    }

    /// Why a git step failed, or the ledger's repository is not found.
    /// Where a conflict is, as `resolve` takes it: `JC2-09 estado` (an
    /// item's own field by its label), or the path as it is.
    fn conflict_at(&self, c: &ConflictAt) -> String {
        let field =
            Field::from_key(&c.field).map_or_else(|| c.field.clone(), |f| self.field_label(f));
        match &c.id {
            Some(id) => format!("{id} {field}"),
            None => field,
        }
    }

    pub fn git_error(&self, e: &GitError) -> String {
        match e {
            GitError::NotStarted { args, cause } => tr!(
                self,
                "git-not-started",
                args = args.as_str(),
                cause = self.io_error(cause)
            ),
            GitError::Failed { args, stderr } => format!("git {args}: {stderr}"),
            GitError::NotInRepository { file } => tr!(
                self,
                "git-not-in-repository",
                path = file.display().to_string()
            ),
            GitError::NotAtRevision { rev, rel } => tr!(
                self,
                "git-not-at-revision",
                rev = rev.as_str(),
                rel = rel.as_str()
            ),
            GitError::OutsideRepository { file, root } => tr!(
                self,
                "git-outside-repository",
                path = file.display().to_string(),
                root = root.display().to_string()
            ),
            GitError::Io { path, cause } => {
                format!("{}: {}", path.display(), self.io_error(cause))
            }
            GitError::File(e) => self.ledger_error(e),
            GitError::TimedOut { args, after } => tr!(
                self,
                "git-timed-out",
                args = args.as_str(),
                seconds = after.as_secs()
            ),
        }
    }

    /// Why `config.toml` cannot be used.
    pub fn config_error(&self, e: &ConfigError) -> String {
        match e {
            ConfigError::Unreadable { path, cause } => tr!(
                self,
                "cfg-cannot-read",
                path = path.display().to_string(),
                cause = self.io_error(cause)
            ),
            ConfigError::Invalid {
                path,
                line,
                column,
                detail,
            } => format!("{}:{line}:{column}: {detail}", path.display()),
            ConfigError::UnknownLanguage { value } => {
                tr!(self, "cfg-unknown-language", value = value.as_str())
            }
            ConfigError::Refused(e) => self.ledger_error(e),
        }
    }

    /// Why a kept recovery file could not be read.
    pub fn recovery_read_error(&self, e: &ReadError) -> String {
        match e {
            ReadError::Io { path, source } => tr!(
                self,
                "rec-cannot-read",
                path = path.display().to_string(),
                cause = self.io_error(source)
            ),
            ReadError::Invalid { path, source } => {
                format!("{}:{}", path.display(), self.parse_error(source))
            }
        }
    }

    /// Why unsaved edits could be kept nowhere.
    pub fn not_kept(&self, e: &NotKept) -> String {
        tr!(
            self,
            "rec-not-kept",
            beside = self.io_error(&e.beside),
            state = e
                .state
                .as_ref()
                .map_or_else(|| tr!(self, "rec-no-state-dir"), |s| self.io_error(s))
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, catalog};
    use std::io;

    #[test]
    fn every_system_error_is_said_in_the_users_language() {
        let es = catalog(Lang::Es);
        // EMFILE has no kind of its own: its number, not the system's English.
        let too_many = io::Error::from_raw_os_error(24);
        assert_eq!(es.io_error(&too_many), "error del sistema 24");
        let exists = io::Error::from(io::ErrorKind::AlreadyExists);
        assert_eq!(es.io_error(&exists), "ya existe");
        let busy = io::Error::from(io::ErrorKind::ResourceBusy);
        assert_eq!(catalog(Lang::Ko).io_error(&busy), "다른 프로그램이 사용 중");
    }
}
