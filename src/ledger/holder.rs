//! Who holds a ledger's write lock, as the lock file says.

/// Who holds a ledger's write lock, as its lock file says. Another
/// program (or another version) may have written anything there: what is
/// not followup's own `COMMAND (pid N on HOST)` is kept as its first line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockHolder {
    /// A followup process: the command it runs, its process id and host.
    Process {
        command: String,
        pid: u32,
        host: String,
    },
    /// Something else: the first line of the lock file.
    Other(String),
    /// The lock file says nothing.
    Unknown,
}

impl LockHolder {
    /// Reads what a lock file says.
    pub fn parse(text: &str) -> LockHolder {
        let line = text.lines().next().unwrap_or("").trim();
        if line.is_empty() {
            return LockHolder::Unknown;
        }
        let process = line
            .strip_suffix(')')
            .and_then(|l| l.rsplit_once(" (pid "))
            .and_then(|(command, rest)| {
                let (pid, host) = rest.split_once(" on ")?;
                Some(LockHolder::Process {
                    command: command.to_owned(),
                    pid: pid.parse().ok()?,
                    host: host.to_owned(),
                })
            });
        process.unwrap_or_else(|| LockHolder::Other(line.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::LockHolder;

    #[test]
    fn a_lock_file_says_who_holds_it() {
        assert_eq!(
            LockHolder::parse("followup set (pid 42 on seoul-desk)\n"),
            LockHolder::Process {
                command: "followup set".into(),
                pid: 42,
                host: "seoul-desk".into()
            }
        );
        assert_eq!(
            LockHolder::parse("an editor\nsecond line"),
            LockHolder::Other("an editor".into())
        );
        assert_eq!(LockHolder::parse(" \n"), LockHolder::Unknown);
        assert_eq!(
            LockHolder::parse("x (pid many on h)"),
            LockHolder::Other("x (pid many on h)".into())
        );
    }
}
