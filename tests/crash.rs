//! `kill -9` in the middle of a conversation: after a restart it continues from the last answer
//! given. Runs the real `ogoh chat` process on a SQLite file.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

struct Chat {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Chat {
    fn start(dir: &std::path::Path) -> Chat {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ogoh"))
            .args(["chat"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env(
                "DATABASE_URL",
                format!("sqlite://{}/ogoh.db", dir.display()),
            )
            .env("OGOH_DATA_DIR", dir)
            .env_remove("OGOH_SECRET")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn ogoh chat");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Chat { child, lines }
    }

    /// Reads output until a line contains `marker`; returns everything read.
    fn until(&self, marker: &str) -> String {
        let mut seen = String::new();
        loop {
            match self.lines.recv_timeout(Duration::from_secs(20)) {
                Ok(line) => {
                    seen.push_str(&line);
                    seen.push('\n');
                    if line.contains(marker) {
                        return seen;
                    }
                }
                Err(_) => panic!("no {marker:?} in:\n{seen}"),
            }
        }
    }

    fn send(&mut self, line: &str) {
        let stdin = self.child.stdin.as_mut().expect("stdin");
        writeln!(stdin, "{line}").expect("write");
        stdin.flush().expect("flush");
    }
}

#[test]
fn kill_9_mid_conversation_then_continue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut chat = Chat::start(dir.path());
    chat.until("English");
    chat.send("7"); // English
    chat.until("Which country are you a citizen of?");
    chat.send("3"); // Kyrgyzstan
    chat.until("Do you have Russian citizenship?");
    chat.send("3"); // Yes, I received it
    chat.until("What is happening to you?");
    chat.send("4"); // Held by the police: the last answer given
    chat.until("Chosen: 1.");

    // SIGKILL: no chance to flush or clean up.
    chat.child.kill().expect("kill -9");
    chat.child.wait().expect("wait");

    let mut again = Chat::start(dir.path());
    let resumed = again.until("] Done");
    assert!(resumed.contains("What is happening to you?"), "{resumed}");
    assert!(resumed.contains("Chosen: 1."), "{resumed}");
    assert!(resumed.contains("✓ Held by the police"), "{resumed}");
    // And it goes on from there.
    again.send("11"); // Done
    again.until("How old are you?");
    again.send("/quit");
    let _ = again.child.wait();
}
