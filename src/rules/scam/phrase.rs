//! A concept's term ("контракт*", "паспорт* у бригадир*") and where it matches in a folded
//! text: each word whole or, with `*`, as a stem with any ending.

use crate::rules::fold;

/// A term: folded words, each whole or a stem (`word*`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Phrase {
    pub words: Vec<(String, bool)>,
    /// Words (each whole or a stem) that keep the term from counting when one of them comes
    /// shortly before it in the same clause: "dont sign" is advice, "if he dont sign" a threat
    /// (the concept's `not_after`). As in NegEx, which looks a few words back for a trigger.
    pub not_after: Vec<(String, bool)>,
}

/// How many words before a term `not_after` looks at: "то контрактро имзо накунед" (until you
/// sign the contract), "if he dont sign".
const NOT_AFTER_WINDOW: usize = 3;

/// Compiles one term. `word*` matches any word starting with `word`. Returns an error message
/// for staff when the term cannot work.
pub fn phrase(text: &str) -> Result<Phrase, String> {
    let mut words = Vec::new();
    let single_word = text.split_whitespace().count() == 1;
    for token in text.split_whitespace() {
        let (stem, prefix) = match token.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (token, false),
        };
        if stem.contains('*') {
            return Err(format!(
                "`{token}`: `*` may only end a word (it means \"any ending\")"
            ));
        }
        let key = fold::fold(stem).key;
        if key.is_empty() {
            return Err(format!("`{token}` has no letters or digits to match"));
        }
        // Alone, a short stem matches far too much; inside a phrase the other words narrow it.
        let shortest = if single_word { 3 } else { 2 };
        if prefix && key.len() < shortest {
            return Err(format!(
                "`{token}`: a word ending in `*` needs at least {shortest} letters here, or it matches too much"
            ));
        }
        // Folding can split a token ("o'zbek-ona"): all but the last part are whole words.
        let parts: Vec<&str> = key.split(' ').collect();
        for (i, part) in parts.iter().enumerate() {
            words.push((part.to_string(), prefix && i + 1 == parts.len()));
        }
    }
    if words.is_empty() {
        return Err("the term is empty".to_string());
    }
    Ok(Phrase {
        words,
        not_after: Vec::new(),
    })
}

/// Turkic stems end in k/q that turns into g before a vowel suffix: fuqarolik -> fuqaroligi,
/// азаматтық -> азаматтығы, жарандык -> жарандыгы. No crate covers this; it is one rule.
pub(super) fn softened(stem: &str) -> Option<String> {
    let last = stem.as_bytes().last()?;
    (stem.len() >= 4 && matches!(last, b'k')).then(|| format!("{}g", &stem[..stem.len() - 1]))
}

/// Whether word `word` (a stem if `prefix`) is at `key[pos..]`; returns its end.
fn word_at(key: &[u8], pos: usize, word: &str, prefix: bool) -> Option<usize> {
    let w = word.as_bytes();
    let rest = key.get(pos..)?;
    let ok = rest.starts_with(w)
        || (prefix
            && w.last() == Some(&b'k')
            && w.len() >= 4
            && rest.len() >= w.len()
            && rest[..w.len() - 1] == w[..w.len() - 1]
            && rest[w.len() - 1] == b'g');
    if !ok {
        return None;
    }
    let mut end = pos + w.len();
    if prefix {
        while end < key.len() && key[end] != b' ' {
            end += 1;
        }
    } else if end < key.len() && key[end] != b' ' {
        return None;
    }
    Some(end)
}

impl Phrase {
    /// Whether the term matches `key` where its first word starts at `start`; returns the end.
    pub(super) fn matches_at(&self, key: &[u8], start: usize) -> Option<usize> {
        if start > 0 && key[start - 1] != b' ' {
            return None;
        }
        let mut pos = start;
        for (i, (word, prefix)) in self.words.iter().enumerate() {
            if i > 0 {
                if key.get(pos) != Some(&b' ') {
                    return None;
                }
                pos += 1;
            }
            pos = word_at(key, pos, word, *prefix)?;
        }
        Some(pos)
    }

    /// Whether one of the `not_after` words comes shortly before `start` (where the term was
    /// found), so that this occurrence does not count.
    pub(super) fn after_stop_word(&self, folded: &fold::Folded, text: &str, start: usize) -> bool {
        if self.not_after.is_empty() {
            return false;
        }
        let key = folded.key.as_bytes();
        folded
            .words_before(text, start, NOT_AFTER_WINDOW)
            .into_iter()
            .any(|(s, e)| {
                self.not_after
                    .iter()
                    .any(|(w, prefix)| word_at(key, s, w, *prefix) == Some(e))
            })
    }

    /// The term as staff write it (folded).
    pub fn describe(&self) -> String {
        self.words
            .iter()
            .map(|(w, prefix)| if *prefix { format!("{w}*") } else { w.clone() })
            .collect::<Vec<_>>()
            .join(" ")
    }
}
