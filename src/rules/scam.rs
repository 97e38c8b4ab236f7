//! Recruitment-pattern matching over folded text (see `fold.rs`).
//!
//! Each pattern has named groups of signals; a group matches if any of its signals does, and a
//! pattern matches when enough groups do. A signal is a phrase of words, each matched whole or,
//! with `*`, as a prefix. One Aho-Corasick pass finds every first word of every phrase in the
//! folded text; the rest of each phrase is then checked in place. (Hand-written on top of
//! aho-corasick because a RegexSet of ~1,500 phrases with word boundaries was 3x over the scan
//! budget; see BENCHMARKS.md.)

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::Serialize;

use super::fold;
use super::model::ScamLevel;

/// A compiled pattern.
#[derive(Debug)]
pub struct Pattern {
    pub id: String,
    pub severity: ScamLevel,
    pub message: String,
    pub min_groups: usize,
    pub groups: Vec<Group>,
}

/// A compiled group of signals.
#[derive(Debug)]
pub struct Group {
    pub name: String,
    pub phrases: Vec<Phrase>,
    /// Staff-written regular expressions over the match key, if any.
    pub regex: Option<Regex>,
    pub min_amount: Option<u64>,
}

/// A signal phrase: folded words, each whole or a prefix (`word*`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Phrase {
    pub words: Vec<(String, bool)>,
}

/// All patterns, ready to scan.
#[derive(Debug)]
pub struct Scanner {
    pub patterns: Vec<Pattern>,
    /// First words of every phrase (deduplicated).
    firsts: AhoCorasick,
    /// For each first word: the phrases starting with it, as (pattern, group, phrase) indices.
    owners: Vec<Vec<(usize, usize, usize)>>,
}

/// The result of scanning one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScanResult {
    pub risk: ScamLevel,
    pub flags: Vec<Flag>,
}

/// A matched pattern, with the words that matched, quoted from the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub id: String,
    /// Fluent message id of the explanation.
    #[serde(skip)]
    pub message: String,
    pub severity: ScamLevel,
    pub evidence: Vec<String>,
}

impl ScanResult {
    /// Nothing found.
    pub fn none() -> Self {
        ScanResult {
            risk: ScamLevel::None,
            flags: Vec::new(),
        }
    }
}

/// Compiles one signal phrase. `word*` matches any word starting with `word`. Returns an error
/// message for staff when the phrase cannot work.
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
        return Err("the signal is empty".to_string());
    }
    Ok(Phrase { words })
}

impl Phrase {
    /// Whether the phrase matches `key` where its first word was found at `start..end`;
    /// returns the end of the match.
    fn matches_at(&self, key: &[u8], start: usize, end: usize) -> Option<usize> {
        if start > 0 && key[start - 1] != b' ' {
            return None;
        }
        let mut pos = end;
        for (i, (word, prefix)) in self.words.iter().enumerate() {
            if i > 0 {
                if key.get(pos) != Some(&b' ') {
                    return None;
                }
                pos += 1;
                if !key[pos..].starts_with(word.as_bytes()) {
                    return None;
                }
                pos += word.len();
            }
            if *prefix {
                while pos < key.len() && key[pos] != b' ' {
                    pos += 1;
                }
            } else if pos < key.len() && key[pos] != b' ' {
                return None;
            }
        }
        Some(pos)
    }
}

impl Scanner {
    /// Builds the scanner.
    pub fn new(patterns: Vec<Pattern>) -> Result<Self, String> {
        let mut firsts: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(usize, usize, usize)>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (pi, p) in patterns.iter().enumerate() {
            for (gi, g) in p.groups.iter().enumerate() {
                for (fi, ph) in g.phrases.iter().enumerate() {
                    let first = ph.words[0].0.clone();
                    let slot = *index.entry(first.clone()).or_insert_with(|| {
                        firsts.push(first);
                        owners.push(Vec::new());
                        owners.len() - 1
                    });
                    owners[slot].push((pi, gi, fi));
                }
            }
        }
        let firsts = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&firsts)
            .map_err(|e| e.to_string())?;
        Ok(Scanner {
            patterns,
            firsts,
            owners,
        })
    }

    /// Scans a text. The text is only read, never kept.
    pub fn scan(&self, text: &str) -> ScanResult {
        let folded = fold::fold(text);
        let key = folded.key.as_bytes();
        // For each pattern and group: the first match in the key, if any.
        let mut hits: Vec<Vec<Option<(usize, usize)>>> = self
            .patterns
            .iter()
            .map(|p| vec![None; p.groups.len()])
            .collect();
        for m in self.firsts.find_overlapping_iter(key) {
            for &(pi, gi, fi) in &self.owners[m.pattern().as_usize()] {
                if hits[pi][gi].is_some() {
                    continue;
                }
                let phrase = &self.patterns[pi].groups[gi].phrases[fi];
                if let Some(end) = phrase.matches_at(key, m.start(), m.end()) {
                    hits[pi][gi] = Some((m.start(), end));
                }
            }
        }
        let mut amounts: Option<Vec<fold::Amount>> = None;
        let mut flags = Vec::new();
        for (pi, p) in self.patterns.iter().enumerate() {
            for (gi, g) in p.groups.iter().enumerate() {
                if hits[pi][gi].is_none()
                    && let Some(re) = &g.regex
                    && let Some(m) = re.find(&folded.key)
                {
                    hits[pi][gi] = Some((m.start(), m.end()));
                }
            }
            let matched = hits[pi].iter().filter(|h| h.is_some()).count();
            let by_amount = p
                .groups
                .iter()
                .zip(&hits[pi])
                .filter(|(g, h)| h.is_none() && g.min_amount.is_some())
                .count();
            // Amounts are parsed only when they could decide the pattern.
            if matched + by_amount < p.min_groups {
                continue;
            }
            let mut evidence: Vec<(usize, String)> = Vec::new();
            for (g, hit) in p.groups.iter().zip(&hits[pi]) {
                if let Some((start, end)) = hit {
                    evidence.push((*start, shorten(folded.original(text, *start, *end))));
                } else if let Some(min) = g.min_amount {
                    let found = amounts.get_or_insert_with(|| fold::amounts(text));
                    if let Some(a) = found.iter().find(|a| a.value >= min) {
                        evidence.push((usize::MAX, shorten(&a.written)));
                    }
                }
            }
            if evidence.len() >= p.min_groups {
                // Quote in the order the words appear in the text.
                evidence.sort();
                let mut evidence: Vec<String> = evidence.into_iter().map(|(_, e)| e).collect();
                evidence.dedup();
                flags.push(Flag {
                    id: p.id.clone(),
                    message: p.message.clone(),
                    severity: p.severity,
                    evidence,
                });
            }
        }
        flags.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.id.cmp(&b.id)));
        ScanResult {
            risk: combined_risk(&flags),
            flags,
        }
    }

    /// Whether one pattern matches a text (for its examples).
    pub fn pattern_matches(&self, id: &str, text: &str) -> bool {
        self.scan(text).flags.iter().any(|f| f.id == id)
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        s.chars().take(MAX).chain(std::iter::once('…')).collect()
    }
}

/// The text's risk: the most severe flag; two or more different patterns together raise a
/// medium or low risk by one level, since recruiters' texts combine several baits.
fn combined_risk(flags: &[Flag]) -> ScamLevel {
    let top = flags
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or(ScamLevel::None);
    if flags.len() >= 2 {
        match top {
            ScamLevel::Low => ScamLevel::Medium,
            ScamLevel::Medium => ScamLevel::High,
            other => other,
        }
    } else {
        top
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(name: &str, phrases: &[&str]) -> Group {
        Group {
            name: name.into(),
            phrases: phrases.iter().map(|p| phrase(p).unwrap()).collect(),
            regex: None,
            min_amount: None,
        }
    }

    fn scanner() -> Scanner {
        Scanner::new(vec![Pattern {
            id: "citizenship_for_contract".into(),
            severity: ScamLevel::High,
            message: "scam-x".into(),
            min_groups: 2,
            groups: vec![
                group("contract", &["контракт*", "shartnoma*"]),
                group("citizenship", &["гражданств*", "fuqarolik*"]),
            ],
        }])
        .unwrap()
    }

    #[test]
    fn survives_inflection_and_scripts() {
        let s = scanner();
        for text in [
            "Подпиши контракт и получи гражданство",
            "Контрактники получают гражданства быстрее",
            "По контракту — с гражданством РФ",
            "kontrakt podpishi, grazhdanstvo za 3 mesyatsa",
            "Shartnoma imzolang, fuqarolik beramiz",
            "Шартнома имзоланг, фуқаролик берамиз",
        ] {
            let r = s.scan(text);
            assert_eq!(r.risk, ScamLevel::High, "{text}");
        }
    }

    #[test]
    fn one_group_is_not_enough() {
        assert_eq!(
            scanner().scan("Как получить гражданство РФ?").risk,
            ScamLevel::None
        );
    }

    #[test]
    fn evidence_quotes_the_original() {
        let r = scanner().scan("ПОДПИШИ КОНТРАКТ — получишь ГРАЖДАНСТВО");
        assert_eq!(r.flags[0].evidence, vec!["КОНТРАКТ", "ГРАЖДАНСТВО"]);
        let r = scanner().scan("ГРАЖДАНСТВО за КОНТРАКТ");
        assert_eq!(r.flags[0].evidence, vec!["ГРАЖДАНСТВО", "КОНТРАКТ"]);
    }

    #[test]
    fn phrase_errors() {
        assert!(phrase("ко*нтракт").is_err());
        assert!(phrase("к*").is_err());
        assert!(phrase("ол*").is_err());
        assert!(phrase("тортиб ол*").is_ok());
        assert!(phrase("!!!").is_err());
        assert!(phrase("подпиш* контракт*").is_ok());
    }

    #[test]
    fn phrases_match_whole_words_in_order() {
        let s = Scanner::new(vec![Pattern {
            id: "p".into(),
            severity: ScamLevel::Low,
            message: "m".into(),
            min_groups: 1,
            groups: vec![group("g", &["подпиш* контракт*", "сво"])],
        }])
        .unwrap();
        assert!(s.pattern_matches("p", "ну подпишите контракты"));
        assert!(!s.pattern_matches("p", "контракт подпишите"));
        assert!(!s.pattern_matches("p", "переподпишите контракт"));
        assert!(!s.pattern_matches("p", "подпишите этот контракт"));
        assert!(s.pattern_matches("p", "едем на СВО"));
        assert!(!s.pattern_matches("p", "своя работа"));
    }
}
