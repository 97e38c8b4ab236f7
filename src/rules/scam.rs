//! Recruitment-pattern matching over folded text (see `fold.rs`).
//!
//! Each pattern has named groups of signals; a group matches if any of its signals does, and a
//! pattern matches when enough groups do. One `RegexSet` pass finds the matching groups; only
//! those are searched again, to quote evidence from the original text.

use regex::{Regex, RegexSet};
use serde::Serialize;

use super::fold::{self, Folded};
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
    /// Alternation of the group's phrases and regexes; `None` if it only has `min_amount`.
    pub regex: Option<Regex>,
    pub min_amount: Option<u64>,
}

/// All patterns, ready to scan.
#[derive(Debug)]
pub struct Scanner {
    pub patterns: Vec<Pattern>,
    set: RegexSet,
    /// For each regex in `set`: (pattern index, group index).
    owners: Vec<(usize, usize)>,
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

/// Turns one signal phrase into a regex over the match key. `word*` matches any word starting
/// with `word`. Returns an error message for staff when the phrase cannot work.
pub fn phrase_regex(phrase: &str) -> Result<String, String> {
    let mut parts = Vec::new();
    let single_word = phrase.split_whitespace().count() == 1;
    for token in phrase.split_whitespace() {
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
        parts.push(regex::escape(&key) + if prefix { "[a-z0-9]*" } else { "" });
    }
    if parts.is_empty() {
        return Err("the signal is empty".to_string());
    }
    Ok(format!("(?-u:\\b){}(?-u:\\b)", parts.join(" ")))
}

impl Scanner {
    /// Builds the scanner. Every group regex was validated while loading; a failure here means
    /// the combined set is too large, reported as a message.
    pub fn new(patterns: Vec<Pattern>) -> Result<Self, String> {
        let mut sources = Vec::new();
        let mut owners = Vec::new();
        for (pi, p) in patterns.iter().enumerate() {
            for (gi, g) in p.groups.iter().enumerate() {
                if let Some(re) = &g.regex {
                    sources.push(re.as_str().to_string());
                    owners.push((pi, gi));
                }
            }
        }
        let set = RegexSet::new(&sources).map_err(|e| e.to_string())?;
        Ok(Scanner {
            patterns,
            set,
            owners,
        })
    }

    /// Scans a text. The text is only read, never kept.
    pub fn scan(&self, text: &str) -> ScanResult {
        let folded = fold::fold(text);
        let amounts = fold::amounts(text);
        let mut hits: Vec<Vec<bool>> = self
            .patterns
            .iter()
            .map(|p| vec![false; p.groups.len()])
            .collect();
        for i in self.set.matches(&folded.key).iter() {
            let (pi, gi) = self.owners[i];
            hits[pi][gi] = true;
        }
        let mut flags = Vec::new();
        for (pi, p) in self.patterns.iter().enumerate() {
            let mut evidence = Vec::new();
            let mut matched = 0;
            for (gi, g) in p.groups.iter().enumerate() {
                if let Some(e) = group_evidence(g, hits[pi][gi], text, &folded, &amounts) {
                    matched += 1;
                    evidence.push(e);
                }
            }
            if matched >= p.min_groups {
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

/// Evidence for a group that matched, with its position in the match key, or `None`.
fn group_evidence(
    g: &Group,
    regex_hit: bool,
    text: &str,
    folded: &Folded,
    amounts: &[fold::Amount],
) -> Option<(usize, String)> {
    if regex_hit
        && let Some(re) = &g.regex
        && let Some(m) = re.find(&folded.key)
    {
        return Some((
            m.start(),
            shorten(folded.original(text, m.start(), m.end())),
        ));
    }
    let min = g.min_amount?;
    amounts
        .iter()
        .find(|a| a.value >= min)
        .map(|a| (usize::MAX, shorten(&a.written)))
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
        let alts: Vec<String> = phrases.iter().map(|p| phrase_regex(p).unwrap()).collect();
        Group {
            name: name.into(),
            regex: Some(Regex::new(&alts.join("|")).unwrap()),
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
        assert!(phrase_regex("ко*нтракт").is_err());
        assert!(phrase_regex("к*").is_err());
        assert!(phrase_regex("ол*").is_err());
        assert!(phrase_regex("тортиб ол*").is_ok());
        assert!(phrase_regex("!!!").is_err());
        assert!(phrase_regex("подпиш* контракт*").is_ok());
    }
}
