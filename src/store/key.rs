//! Conversation keys: HMAC-SHA256(secret, channel + chat id), so the database never holds a raw
//! chat id, and the secret that derives keys lives outside the database.

use std::io::Write;
use std::path::Path;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The stored key of one conversation (hex HMAC). Its `Debug` shows only a prefix.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ConversationKey(String);

impl std::fmt::Debug for ConversationKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ConversationKey({}…)", &self.0[..8.min(self.0.len())])
    }
}

impl ConversationKey {
    /// The key as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The secret keys are derived from. Never printed.
#[derive(Clone)]
pub struct Secret(Vec<u8>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Secret {
    /// A secret from configuration (`OGOH_SECRET`).
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Secret(bytes.into())
    }

    /// The key for a chat on a channel. The channel is part of the key, so the same number on
    /// two channels gives two keys; a separator keeps "a"+"bc" apart from "ab"+"c".
    pub fn key(&self, channel: &str, chat_id: &str) -> ConversationKey {
        // HMAC accepts keys of any length, so this cannot fail.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any size"));
        mac.update(channel.as_bytes());
        mac.update(&[0]);
        mac.update(chat_id.as_bytes());
        let bytes = mac.finalize().into_bytes();
        ConversationKey(hex::encode(bytes))
    }

    /// `OGOH_SECRET` if given; otherwise the secret in `<data_dir>/secret`, created once with
    /// 32 random bytes and mode 0600. Returns whether it was generated, for the caller to warn.
    pub fn load_or_create(
        configured: Option<&str>,
        data_dir: &Path,
    ) -> std::io::Result<(Secret, bool)> {
        if let Some(s) = configured.filter(|s| !s.is_empty()) {
            return Ok((Secret::new(s.as_bytes()), false));
        }
        let path = data_dir.join("secret");
        if let Ok(existing) = std::fs::read_to_string(&path)
            && !existing.trim().is_empty()
        {
            return Ok((Secret::new(existing.trim().as_bytes()), false));
        }
        if !data_dir.exists() {
            super::create_private_dir(data_dir)?;
        }
        let bytes: [u8; 32] = rand::random();
        let hex = hex::encode(bytes);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut f) => {
                f.write_all(hex.as_bytes())?;
                Ok((Secret::new(hex.into_bytes()), true))
            }
            // Another process created it first: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let existing = std::fs::read_to_string(&path)?;
                Ok((Secret::new(existing.trim().as_bytes()), false))
            }
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_secret_channel_and_chat() {
        let a = Secret::new("s1");
        assert_eq!(a.key("telegram", "42"), a.key("telegram", "42"));
        assert_ne!(a.key("telegram", "42"), a.key("web", "42"));
        assert_ne!(
            a.key("telegram", "42"),
            Secret::new("s2").key("telegram", "42")
        );
        assert_ne!(a.key("ab", "c"), a.key("a", "bc"));
        let k = a.key("telegram", "123456789");
        assert_eq!(k.as_str().len(), 64);
        assert!(!k.as_str().contains("123456789"));
        assert!(!format!("{k:?}").contains(k.as_str()));
    }

    #[test]
    fn generated_secret_is_private_and_stable() {
        let dir = tempfile::tempdir().unwrap();
        let (s1, created) = Secret::load_or_create(None, dir.path()).unwrap();
        assert!(created);
        let (s2, created_again) = Secret::load_or_create(None, dir.path()).unwrap();
        assert!(!created_again);
        assert_eq!(s1.key("t", "1"), s2.key("t", "1"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("secret"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (s3, _) = Secret::load_or_create(Some("configured"), dir.path()).unwrap();
        assert_ne!(s3.key("t", "1"), s1.key("t", "1"));
        assert_eq!(format!("{s3:?}"), "Secret(***)");
    }
}
