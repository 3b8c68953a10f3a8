//! A real SMTP server (Python's aiosmtpd, `tests/data/smtp_sink.py`) on
//! 127.0.0.1 for the tests of `remind --send`.

use super::sandbox::Sandbox;
use super::tools::{Tool, require};
use std::path::{Path, PathBuf};

/// A real SMTP server (Python's aiosmtpd) on 127.0.0.1, writing what it
/// receives to a directory; `None` when it is not installed (see
/// [`require`]).
pub struct SmtpSink {
    child: std::process::Child,
    pub port: u16,
    /// Where each message received is written (`N.eml`, headed by `X-Rcpt-To`).
    pub dir: PathBuf,
}

impl SmtpSink {
    /// The config that sends through this sink, in plain SMTP.
    pub fn plain_config(&self) -> String {
        format!(
            "smtp = \"smtp://127.0.0.1:{}\"\nsmtp_tls = \"none\"\n",
            self.port
        )
    }

    pub fn start(s: &Sandbox) -> Option<SmtpSink> {
        use std::io::BufRead;
        if !require(Tool::Smtp) {
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = s.path("inbox");
        std::fs::create_dir(&dir).unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/smtp_sink.py");
        let mut child = std::process::Command::new("python3")
            .arg(script)
            .arg(port.to_string())
            .arg(&dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready");
        Some(SmtpSink { child, port, dir })
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}
