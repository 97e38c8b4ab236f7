//! Labelled messages (JSON Lines) and how well the scanner finds recruitment in them.
//!
//! One line is `{"id", "text", "label": 1|0, "lang"}` with an optional `pattern` (a section of
//! recruitment-patterns.md, e.g. `P4`) and `kind` (a tag for an ordinary text). The same format
//! holds the messages the classifier learns from (`rules/scams/messages/`) and the corpora it is
//! measured on (`tests/corpus/`). A report names messages by id only: texts are never printed.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::classifier::Classifier;
use super::facts::MAX_TEXT_BYTES;
use super::model::ScamLevel;
use super::scam::Scanner;

/// Languages and scripts a message may be written in.
pub const LANGS: &[&str] = &[
    "ru", "ru-Latn", "uz", "uz-Cyrl", "tg", "ky", "kk", "en", "mixed",
];

/// One labelled message.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: String,
    pub text: String,
    /// true: recruitment; false: ordinary.
    pub recruitment: bool,
    pub lang: String,
    /// Research section id (`P4`) of a recruitment text, when known.
    pub pattern: Option<String>,
    /// Where the line is, for error messages and test failures.
    pub file: PathBuf,
    pub line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    id: String,
    text: String,
    label: u8,
    lang: String,
    pattern: Option<String>,
    #[allow(dead_code)] // Read so that it is allowed; reports do not use it.
    kind: Option<String>,
}

/// A line that could not be read: `file:line: problem`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// Parses one JSON Lines file. Blank lines are skipped. Every bad line is reported, and the
/// good ones are still returned.
pub fn parse(file: &Path, content: &str) -> (Vec<Message>, Vec<LineError>) {
    let mut messages = Vec::new();
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for (i, raw) in content.lines().enumerate() {
        let line = i + 1;
        let mut error = |message: String| {
            errors.push(LineError {
                file: file.to_path_buf(),
                line,
                message,
            })
        };
        if raw.trim().is_empty() {
            continue;
        }
        let parsed: Line = match serde_json::from_str(raw) {
            Ok(l) => l,
            Err(e) => {
                // serde_json names the field, and quotes a wrongly typed value: that value
                // could be a message text, which must never be printed or kept.
                error(format!(
                    "not a valid message line: {}",
                    without_quotes(&e.to_string())
                ));
                continue;
            }
        };
        if parsed.id.trim().is_empty() {
            error("`id` is empty".into());
            continue;
        }
        if !ids.insert(parsed.id.clone()) {
            error(format!("id `{}` is used twice in this file", parsed.id));
            continue;
        }
        if parsed.label > 1 {
            error(format!(
                "`label` must be 1 (recruitment) or 0 (ordinary), not {}",
                parsed.label
            ));
            continue;
        }
        if !LANGS.contains(&parsed.lang.as_str()) {
            error(format!(
                "unknown `lang` `{}`; use one of: {}",
                parsed.lang,
                LANGS.join(", ")
            ));
            continue;
        }
        if parsed.text.trim().is_empty() || parsed.text.len() > MAX_TEXT_BYTES {
            error("`text` must be between 1 byte and 64 KB".into());
            continue;
        }
        if let Some(p) = &parsed.pattern
            && !is_research_id(p)
        {
            error(format!(
                "`pattern` `{p}` is not a section of recruitment-patterns.md (P1, P2, ...)"
            ));
            continue;
        }
        messages.push(Message {
            id: parsed.id,
            text: parsed.text,
            recruitment: parsed.label == 1,
            lang: parsed.lang,
            pattern: parsed.pattern,
            file: file.to_path_buf(),
            line,
        });
    }
    (messages, errors)
}

/// `s` with every "double-quoted" part replaced by "…".
fn without_quotes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut inside = false;
    for c in s.chars() {
        if c == '"' {
            if !inside {
                out.push_str("\"…\"");
            }
            inside = !inside;
        } else if !inside {
            out.push(c);
        }
    }
    out
}

/// Whether `s` looks like `P12`.
pub fn is_research_id(s: &str) -> bool {
    s.strip_prefix('P')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// Reads a `.jsonl` file, or every `.jsonl` file in a directory (sorted by name).
pub fn read(path: &Path) -> Result<(Vec<Message>, Vec<LineError>), String> {
    let mut files = Vec::new();
    if path.is_dir() {
        let entries =
            std::fs::read_dir(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.extension().is_some_and(|e| e == "jsonl") {
                files.push(p);
            }
        }
        files.sort();
    } else {
        files.push(path.to_path_buf());
    }
    let mut messages = Vec::new();
    let mut errors = Vec::new();
    for f in files {
        let content = std::fs::read(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
        let content = String::from_utf8(content)
            .map_err(|_| format!("{}: the file is not valid UTF-8", f.display()))?;
        let (m, e) = parse(&f, &content);
        messages.extend(m);
        errors.extend(e);
    }
    Ok((messages, errors))
}

/// Recall and false alarms over a set of messages.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Counts {
    pub recruitment: usize,
    pub found: usize,
    pub ordinary: usize,
    pub false_alarms: usize,
}

impl Counts {
    fn add(&mut self, recruitment: bool, flagged: bool) {
        if recruitment {
            self.recruitment += 1;
            self.found += usize::from(flagged);
        } else {
            self.ordinary += 1;
            self.false_alarms += usize::from(flagged);
        }
    }

    /// Share of recruitment texts found (1 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.recruitment, 1.0)
    }

    /// Share of ordinary texts flagged (0 when there are none).
    pub fn false_alarm_rate(&self) -> f64 {
        ratio(self.false_alarms, self.ordinary, 0.0)
    }
}

fn ratio(n: usize, d: usize, empty: f64) -> f64 {
    if d == 0 { empty } else { n as f64 / d as f64 }
}

/// The result of `ogoh scan eval`.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub total: Counts,
    pub by_lang: BTreeMap<String, Counts>,
    /// By research section of the recruitment texts (`P4`), and `-` where none is given.
    pub by_research: BTreeMap<String, Counts>,
    /// How often each shipped pattern fired, on recruitment and on ordinary texts.
    pub by_flag: BTreeMap<String, Counts>,
    /// Ids of recruitment texts that were not flagged, each with why (`Scanner::why_quiet`).
    pub misses: Vec<(String, String)>,
    /// Ids of ordinary texts that were flagged, with the flags.
    pub false_alarms: Vec<(String, Vec<String>)>,
}

/// Which classifier speaks during an evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    /// The one trained on all the rules' messages (what users get).
    Trained,
    /// None: patterns only.
    Off,
    /// K-fold cross-validation: each message is scanned by a classifier trained without the
    /// fold it is in, so messages the rules learn from are measured as if unseen.
    Folds(usize),
    /// Not a report: `threshold_table` in K folds.
    Thresholds(usize),
    /// Leave one file out: each message is scanned by a classifier trained without the file it
    /// is in. Messages in one file come from one writer and resemble each other more than
    /// anyone else's, so this measures the classifier on a new writer's texts, as folds cannot.
    ByFile,
}

/// Scans every message; a message counts as flagged when its risk is above none.
pub fn evaluate(scanner: &Scanner, messages: &[Message], model: Model) -> Report {
    let folds = match model {
        Model::Folds(k) | Model::Thresholds(k) => k.max(2),
        _ => 1,
    };
    let files: Vec<&Path> = {
        let mut f: Vec<&Path> = messages.iter().map(|m| m.file.as_path()).collect();
        f.sort();
        f.dedup();
        f
    };
    let fold_of = |i: usize| match model {
        Model::ByFile => files
            .binary_search(&messages[i].file.as_path())
            .unwrap_or_default(),
        _ => i % folds,
    };
    let classifiers: Vec<Option<Classifier>> = match model {
        Model::ByFile => files
            .iter()
            .map(|f| {
                let held: HashSet<&str> = messages
                    .iter()
                    .filter(|m| m.file == *f)
                    .map(|m| m.id.as_str())
                    .collect();
                scanner.train(|id| held.contains(id))
            })
            .collect(),
        Model::Folds(_) | Model::Thresholds(_) => (0..folds)
            .map(|f| {
                let held: HashSet<&str> = messages
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| fold_of(*i) == f)
                    .map(|(_, m)| m.id.as_str())
                    .collect();
                scanner.train(|id| held.contains(id))
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut r = Report::default();
    for (i, m) in messages.iter().enumerate() {
        let classifier = match model {
            Model::Trained => scanner.model(),
            Model::Off => None,
            Model::Folds(_) | Model::Thresholds(_) | Model::ByFile => {
                classifiers[fold_of(i)].as_ref()
            }
        };
        let result = scanner.scan_with(&m.text, classifier);
        let flagged = result.risk > ScamLevel::None;
        r.total.add(m.recruitment, flagged);
        r.by_lang
            .entry(m.lang.clone())
            .or_default()
            .add(m.recruitment, flagged);
        if m.recruitment {
            let p = m.pattern.clone().unwrap_or_else(|| "-".into());
            r.by_research.entry(p).or_default().add(true, flagged);
        }
        for f in &result.flags {
            r.by_flag
                .entry(f.id.clone())
                .or_default()
                .add(m.recruitment, true);
        }
        if m.recruitment && !flagged {
            r.misses
                .push((m.id.clone(), scanner.why_quiet(&m.text, classifier)));
        } else if !m.recruitment && flagged {
            r.false_alarms.push((
                m.id.clone(),
                result.flags.iter().map(|f| f.id.clone()).collect(),
            ));
        }
    }
    r
}

/// The classifier alone, cross-validated in `folds`, at a range of `min_score` values: each
/// message is scored by a classifier trained without its fold, as if no pattern had matched
/// (on the development set the patterns catch almost everything, so the usual report cannot
/// show what the classifier adds on texts the patterns miss). Texts the `unless` condition
/// keeps from the classifier count as not flagged. Plain text, numbers only.
pub fn threshold_table(scanner: &Scanner, messages: &[Message], folds: usize) -> String {
    let folds = folds.max(2);
    let mut scored: Vec<(bool, Option<f64>)> = Vec::with_capacity(messages.len());
    for f in 0..folds {
        let held: HashSet<&str> = messages
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds == f)
            .map(|(_, m)| m.id.as_str())
            .collect();
        let Some(model) = scanner.train(|id| held.contains(id)) else {
            return "no classifier: add labelled messages (rules/README.md)\n".into();
        };
        for (_, m) in messages.iter().enumerate().filter(|(i, _)| i % folds == f) {
            scored.push((m.recruitment, scanner.model_score(&m.text, &model)));
        }
    }
    let (recruitment, ordinary) =
        scored.iter().fold(
            (0, 0),
            |(r, o), (is, _)| {
                if *is { (r + 1, o) } else { (r, o + 1) }
            },
        );
    let mut out = format!(
        "the classifier alone, {folds}-fold cross-validated ({recruitment} recruitment, {ordinary} ordinary)\nmin_score  recall  false alarms\n"
    );
    // The score is a probability: every 0.05 from 0.05 to 0.95.
    for step in 1..=19 {
        let t = f64::from(step) * 0.05;
        let flagged = |want: bool| {
            scored
                .iter()
                .filter(|(is, score)| *is == want && score.is_some_and(|s| s >= t))
                .count()
        };
        let share = |n: usize, of: usize| n as f64 * 100.0 / of.max(1) as f64;
        out.push_str(&format!(
            "{t:9.3}  {:5.1}%  {:5.1}%\n",
            share(flagged(true), recruitment),
            share(flagged(false), ordinary)
        ));
    }
    out
}

impl Report {
    /// The report as plain text for staff: numbers and ids, never a message text.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let line = |name: &str, c: &Counts| {
            format!(
                "{name:10} recall {:>5.1}% ({:>3}/{:<3})  false alarms {:>5.1}% ({:>3}/{:<3})\n",
                c.recall() * 100.0,
                c.found,
                c.recruitment,
                c.false_alarm_rate() * 100.0,
                c.false_alarms,
                c.ordinary
            )
        };
        out.push_str(&line("all", &self.total));
        out.push_str("\nby language\n");
        for (lang, c) in &self.by_lang {
            out.push_str(&line(lang, c));
        }
        out.push_str("\nby research pattern (recruitment texts)\n");
        let mut research: Vec<_> = self.by_research.iter().collect();
        research.sort_by_key(|(p, _)| (p.len(), p.to_string()));
        for (p, c) in research {
            out.push_str(&format!(
                "{p:10} recall {:>5.1}% ({}/{})\n",
                c.recall() * 100.0,
                c.found,
                c.recruitment
            ));
        }
        out.push_str("\nby flag: on recruitment texts / on ordinary texts\n");
        for (id, c) in &self.by_flag {
            out.push_str(&format!("{id:40} {:>4} / {}\n", c.found, c.false_alarms));
        }
        if !self.misses.is_empty() {
            out.push_str("\nmissed:\n");
            for (id, why) in &self.misses {
                out.push_str(&format!("  {id}: {why}\n"));
            }
        }
        if !self.false_alarms.is_empty() {
            out.push_str("\nfalse alarms:\n");
            for (id, flags) in &self.false_alarms {
                out.push_str(&format!("  {id}: {}\n", flags.join(", ")));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_named_and_good_ones_kept() {
        let content = concat!(
            r#"{"id":"a","text":"hello","label":0,"lang":"en"}"#,
            "\n\n",
            r#"{"id":"b","text":"x","label":2,"lang":"en"}"#,
            "\n",
            r#"{"id":"c","text":"x","label":1,"lang":"fr"}"#,
            "\n",
            r#"{"id":"a","text":"x","label":1,"lang":"en"}"#,
            "\n",
            r#"{"id":"d","text":"x","label":1,"lang":"en","colour":"red"}"#,
            "\n",
            "not json\n",
            r#"{"id":"e","text":"x","label":1,"lang":"ru","pattern":"P4"}"#,
            "\n",
        );
        let (ok, errors) = parse(Path::new("m.jsonl"), content);
        assert_eq!(
            ok.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            ["a", "e"]
        );
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7]);
        assert!(errors[3].message.contains("colour"), "{}", errors[3]);
        let (_, errors) = parse(
            Path::new("m.jsonl"),
            r#"{"id":"a","text":1,"label":"Подпиши контракт","lang":"ru"}"#,
        );
        assert!(!errors[0].message.contains("Подпиши"), "{}", errors[0]);
        assert_eq!(ok[1].line, 8);
    }
}
