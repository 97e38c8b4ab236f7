//! The short content hash that names a version of a set of files: the ruleset's and the
//! locales' versions shown to staff, and the reloader's "did anything change". One function,
//! so that the three agree on what a version is.

use sha2::{Digest, Sha256};

/// 12 hex digits of SHA-256 over each file's name and contents, in the order given (callers
/// sort by name). Names and contents are each ended by a zero byte, so that moving bytes from
/// one to the next changes the hash.
pub fn short_hash<N: AsRef<[u8]>, C: AsRef<[u8]>>(
    files: impl IntoIterator<Item = (N, C)>,
) -> String {
    let mut hasher = Sha256::new();
    for (name, contents) in files {
        hasher.update(name.as_ref());
        hasher.update([0]);
        hasher.update(contents.as_ref());
        hasher.update([0]);
    }
    hex::encode(&hasher.finalize()[..6])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_contents_both_count() {
        let a = short_hash([("a.toml", "x = 1")]);
        assert_eq!(a.len(), 12);
        assert_eq!(a, short_hash([("a.toml", "x = 1")]));
        assert_ne!(a, short_hash([("b.toml", "x = 1")]));
        assert_ne!(a, short_hash([("a.toml", "x = 2")]));
        assert_ne!(short_hash([("ab", "c")]), short_hash([("a", "bc")]));
    }
}
