//! The OpenID provider peer (`tests/peers/oidc-provider`): installed if needed, started on a free
//! loopback port, stopped when dropped, also when the test fails.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub struct OidcPeer {
    /// `http://127.0.0.1:PORT`
    pub issuer: String,
    child: Child,
    log: PathBuf,
}

fn peer_dir() -> PathBuf {
    crate::root().join("tests/peers/oidc-provider")
}

impl OidcPeer {
    pub fn start() -> OidcPeer {
        let dir = peer_dir();
        if !dir.join("node_modules").is_dir() {
            let status = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&dir)
                .status();
            assert!(
                matches!(status, Ok(s) if s.success()),
                "`npm ci` in {} failed: {status:?}",
                dir.display()
            );
        }
        let log = tempfile::Builder::new()
            .prefix("oidc-peer-")
            .suffix(".log")
            .tempfile()
            .expect("log file");
        let (file, log) = log.keep().expect("keep log file");
        let mut child = Command::new("node")
            .args(["server.mjs", "--port", "0"])
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(file))
            .spawn()
            .expect("start node (is Node.js installed?)");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let mut peer = OidcPeer {
            issuer: String::new(),
            child,
            log,
        };
        let line = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(line) if !line.trim().is_empty() => line,
            _ => panic!("the OIDC peer did not get ready:\n{}", peer.log_text()),
        };
        let ready: serde_json::Value = serde_json::from_str(&line).expect("readiness line is JSON");
        peer.issuer = ready["issuer"]
            .as_str()
            .expect("issuer in readiness line")
            .to_string();
        peer
    }

    /// What the peer wrote to stderr so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for OidcPeer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}
