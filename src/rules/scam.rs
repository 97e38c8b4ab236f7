//! Recruitment-pattern matching over folded text (see `fold.rs`).
//!
//! Two layers, both written by staff in `rules/scams/`:
//! - **concepts** (`concepts.toml`): a shared vocabulary such as `contract`, `citizenship` or
//!   `threat`, each a list of terms per language and script. A concept is present
//!   when any of its terms is found (or, for money, an amount at least as large as its minimum);
//! - **patterns**: combinations of concepts, `contract && (citizenship || big_money)`, each with a
//!   severity and an explanation.
//!
//! A term is a phrase of words, each matched whole or, with `*`, as a stem with any ending, so
//! Russian cases and Turkic suffixes need no list. One Aho-Corasick pass finds every first word
//! of every term in the folded text; the rest of each term is then checked in place.
//! (Hand-written on top of aho-corasick because a RegexSet of ~1,500 phrases with word
//! boundaries was 3x over the scan budget; see BENCHMARKS.md. A Russian stemmer such as
//! rust-stemmers was not used: it needs Cyrillic, and the match key is one ASCII form for
//! Cyrillic, Latin-typed Russian and the Turkic languages, where stems with `*` work the same.)
//!
//! When no pattern matches, a trained classifier (`classifier.rs`) gives a second opinion.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::Serialize;

use super::classifier::Classifier;
use super::fold;
use super::model::ScamLevel;
use phrase::softened;
pub use phrase::{Phrase, phrase};

/// One concept of the shared vocabulary.
#[derive(Debug)]
pub struct Concept {
    pub name: String,
    pub terms: Vec<Phrase>,
    /// Staff-written regular expressions over the match key, if any.
    pub regex: Option<Regex>,
    /// The concept is also present when the text names an amount of money at least this large.
    pub min_amount: Option<u64>,
}

/// A pattern's condition over concepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// Index into `Scanner::concepts`.
    Concept(usize),
    Not(Box<When>),
    And(Box<When>, Box<When>),
    Or(Box<When>, Box<When>),
}

impl When {
    fn eval(&self, present: &mut impl FnMut(usize) -> bool) -> bool {
        match self {
            When::Concept(c) => present(*c),
            When::Not(a) => !a.eval(present),
            When::And(a, b) => a.eval(present) && b.eval(present),
            When::Or(a, b) => a.eval(present) || b.eval(present),
        }
    }

    /// Concepts named without `!`: the ones whose words are quoted as evidence.
    fn positive(&self, out: &mut Vec<usize>) {
        match self {
            When::Concept(c) => out.push(*c),
            When::Not(_) => {}
            When::And(a, b) | When::Or(a, b) => {
                a.positive(out);
                b.positive(out);
            }
        }
    }

    /// The condition as staff write it, with concept names.
    pub fn describe(&self, concepts: &[Concept]) -> String {
        match self {
            When::Concept(c) => concepts[*c].name.clone(),
            When::Not(a) => format!("!{}", a.describe_inner(concepts)),
            When::And(a, b) => format!(
                "{} && {}",
                a.describe_inner(concepts),
                b.describe_inner(concepts)
            ),
            When::Or(a, b) => format!("{} || {}", a.describe(concepts), b.describe(concepts)),
        }
    }

    fn describe_inner(&self, concepts: &[Concept]) -> String {
        match self {
            When::Or(..) => format!("({})", self.describe(concepts)),
            _ => self.describe(concepts),
        }
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Pattern {
    pub id: String,
    pub severity: ScamLevel,
    /// Fluent message id of the explanation.
    pub message: String,
    /// Sections of recruitment-patterns.md (`P4`), the first the closest.
    pub research: Vec<String>,
    pub when: When,
}

/// What the classifier says when it fires alone (from the `[classifier]` table).
#[derive(Debug, Clone)]
pub struct ModelFlag {
    pub severity: ScamLevel,
    pub message: String,
    /// Scores at or above this fire when no pattern matched (a probability; see
    /// `classifier.rs`).
    pub min_score: f64,
    /// Below this score, the flags of the patterns that matched are dropped.
    pub overrule_below: Option<f64>,
    /// When this holds (a text about recruitment, not an offer), it stays quiet...
    pub unless: Option<When>,
    /// ...unless it scores at least this: a retold offer that ends "be careful" is still the
    /// offer. `None`: `unless` always keeps it quiet.
    pub unless_below: Option<f64>,
    /// Where `unless` holds, the patterns' flags are dropped below this score instead of
    /// `overrule_below`: news and warnings quote the recruiters' words.
    pub unless_overrule_below: Option<f64>,
}

/// Texts of fewer words are too short for the classifier to judge alone ("Здравствуйте"
/// begins many recruitment messages, and a greeting must not be flagged).
const MIN_WORDS: usize = 3;

/// The last classifier trained by `Scanner::model`, with the version of the texts it learned from.
static LAST_TRAINED: Mutex<Option<(String, Arc<Classifier>)>> = Mutex::new(None);

/// Forgets the last trained classifier, so that the next load trains as at start-up (for
/// measuring that).
pub fn forget_trained_model() {
    *LAST_TRAINED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
}

/// Each labelled message's pattern half from the last `pending_all` (whether patterns matched,
/// and the classifier's bar), by a hash of its text, with the version of the concepts, patterns
/// and thresholds it was found with. Not the texts or their folded forms: the server keeps
/// this while it runs, and its idle memory has a budget (60 MB); folding again is cheap.
static LAST_PENDING: Mutex<Option<(String, Arc<PendingByText>)>> = Mutex::new(None);

type PendingByText = HashMap<u64, (bool, Option<f64>)>;

/// A text's key in `LAST_PENDING`. 64 bits: two of the few thousand labelled messages share
/// one with a chance of about 1 in 10^12.
fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    // `DefaultHasher::new()` has fixed keys: the same text hashes the same in every load.
    let mut h = std::hash::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// Forgets the last messages' pattern halves, so that the next reload finds patterns in every
/// message, as the first one after a start without `Engine::prepare` does (for measuring that).
pub fn forget_pending() {
    *LAST_PENDING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
}

/// The id of the flag raised by the classifier alone.
pub const RESEMBLES: &str = "resembles_recruitment";

/// A labelled text the classifier learns from: a pattern's example or a message in
/// `rules/scams/messages/`.
#[derive(Debug)]
pub struct Training {
    /// The folded text.
    pub key: String,
    pub recruitment: bool,
    /// The pattern a recruitment text belongs to, if known.
    pub pattern: Option<String>,
    /// The message's id, for leaving it out in cross-validation.
    pub message: Option<String>,
}

/// All concepts and patterns, ready to scan.
#[derive(Debug)]
pub struct Scanner {
    pub concepts: Vec<Concept>,
    pub patterns: Vec<Pattern>,
    pub training: Vec<Training>,
    /// The classifier, trained on first use (`model()`), so that a reload's tests can look for
    /// patterns in every message while it trains (`verify.rs`). Shared with the scanner of the
    /// previous load when it learned from the same texts.
    classifier: OnceLock<Option<Arc<Classifier>>>,
    pub model_flag: Option<ModelFlag>,
    /// A hash of the concepts, patterns and thresholds: all a text's `Pending` depends on.
    matching_version: String,
    /// First words of every term (deduplicated), with Turkic stem-final k/q -> g variants.
    firsts: AhoCorasick,
    /// For each first word: the terms starting with it, as (concept, term) indices.
    owners: Vec<Vec<(usize, usize)>>,
}

/// A text's verdict short of the classifier's score (`Scanner::pending`).
pub struct Pending {
    /// The folded text, to score.
    key: String,
    /// Whether patterns matched.
    matched: bool,
    /// The score that flags the text, where the classifier decides.
    bar: Option<f64>,
}

impl Pending {
    /// Whether `scan` flags the text, with the scanner's classifier.
    pub fn flagged(&self, model: Option<&Classifier>) -> bool {
        match (model, self.bar) {
            (Some(model), Some(bar)) => model.score(&self.key) >= bar,
            _ => self.matched,
        }
    }
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
    /// For the classifier's flag: the pattern the text most resembles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub like: Option<String>,
    /// That pattern's explanation (a Fluent message id).
    #[serde(skip)]
    pub like_message: Option<String>,
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

/// Why a text scans as it does (see `Scanner::explain`).
#[derive(Debug, Serialize)]
pub struct Explanation {
    /// Each concept found, with the words that matched, quoted from the text, in the order
    /// they appear.
    pub concepts: Vec<(String, String)>,
    /// Whether the classifier's `unless` condition holds.
    pub unless: bool,
    /// The classifier's score, if there is a classifier.
    pub score: Option<f64>,
}

/// Where each concept was first found in one text.
struct Hits<'a> {
    text: &'a str,
    folded: fold::Folded,
    /// Per concept: not looked for yet (amounts are parsed only when a pattern asks), or the
    /// first place found (`usize::MAX` start for an amount), or absent.
    found: Vec<Option<Option<(usize, String)>>>,
    amounts: Option<Vec<fold::Amount>>,
}

impl Scanner {
    /// Builds the scanner.
    pub fn new(
        concepts: Vec<Concept>,
        patterns: Vec<Pattern>,
        training: Vec<Training>,
        model_flag: Option<ModelFlag>,
    ) -> Result<Self, String> {
        let mut firsts: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut index = HashMap::new();
        let mut add = |first: String, owner: (usize, usize)| {
            let slot = *index.entry(first.clone()).or_insert_with(|| {
                firsts.push(first);
                owners.push(Vec::new());
                owners.len() - 1
            });
            owners[slot].push(owner);
        };
        for (ci, c) in concepts.iter().enumerate() {
            for (ti, t) in c.terms.iter().enumerate() {
                let (first, prefix) = &t.words[0];
                add(first.clone(), (ci, ti));
                if *prefix && let Some(soft) = softened(first) {
                    add(soft, (ci, ti));
                }
            }
        }
        let firsts = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&firsts)
            .map_err(|e| e.to_string())?;
        // Their debug form holds every field, so any change to how texts match changes it.
        let matching_version = crate::content_hash::short_hash([(
            "scanner",
            format!("{concepts:?}{patterns:?}{model_flag:?}"),
        )]);
        let scanner = Scanner {
            concepts,
            patterns,
            training,
            classifier: OnceLock::new(),
            model_flag,
            matching_version,
            firsts,
            owners,
        };
        Ok(scanner)
    }

    /// The classifier for all the training texts, trained on the first call; `None` without
    /// labelled texts of both kinds.
    pub fn model(&self) -> Option<&Classifier> {
        self.classifier
            .get_or_init(|| self.train_or_reuse())
            .as_deref()
    }

    /// The classifier for all the training texts: the last one trained if it learned from the
    /// same texts, as the same texts always train the same weights (the shuffle is fixed). A
    /// reload that changed no labelled message or example then skips training, most of a
    /// reload's time. One model is kept: the last one built by any load.
    fn train_or_reuse(&self) -> Option<Arc<Classifier>> {
        let version = crate::content_hash::short_hash(self.training.iter().map(|t| {
            let label = match (t.recruitment, &t.pattern) {
                (false, _) => "0".to_string(),
                (true, pattern) => format!("1{}", pattern.as_deref().unwrap_or_default()),
            };
            (label, t.key.as_str())
        }));
        let mut last = LAST_TRAINED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((seen, model)) = last.as_ref()
            && *seen == version
        {
            return Some(Arc::clone(model));
        }
        let model = Arc::new(self.train(|_| false)?);
        *last = Some((version, Arc::clone(&model)));
        Some(model)
    }

    /// Trains a classifier on the training texts, leaving out the messages `skip` names.
    pub fn train(&self, skip: impl Fn(&str) -> bool) -> Option<Classifier> {
        let examples: Vec<super::classifier::Example> = self
            .training
            .iter()
            .filter(|t| !t.message.as_deref().is_some_and(&skip))
            .map(|t| super::classifier::Example {
                key: &t.key,
                recruitment: t.recruitment,
                pattern: t.pattern.as_deref(),
            })
            .collect();
        Classifier::train(&examples)
    }

    fn hits<'a>(&self, text: &'a str) -> Hits<'a> {
        let folded = fold::fold(text);
        let key = folded.key.as_bytes();
        let mut spans: Vec<Option<(usize, usize)>> = vec![None; self.concepts.len()];
        for m in self.firsts.find_overlapping_iter(key) {
            for &(ci, ti) in &self.owners[m.pattern().as_usize()] {
                if spans[ci].is_some() {
                    continue;
                }
                let term = &self.concepts[ci].terms[ti];
                if let Some(end) = term.matches_at(key, m.start())
                    && !term.after_stop_word(&folded, text, m.start())
                {
                    spans[ci] = Some((m.start(), end));
                }
            }
        }
        let mut found = Vec::with_capacity(self.concepts.len());
        for (c, span) in self.concepts.iter().zip(spans) {
            let span = span.or_else(|| {
                let m = c.regex.as_ref()?.find(&folded.key)?;
                Some((m.start(), m.end()))
            });
            found.push(match span {
                Some((s, e)) => Some(Some((s, shorten(folded.original(text, s, e))))),
                // Amounts are parsed only if a pattern needs this concept.
                None if c.min_amount.is_some() => None,
                None => Some(None),
            });
        }
        Hits {
            text,
            folded,
            found,
            amounts: None,
        }
    }

    /// Scans a text. The text is only read, never kept.
    pub fn scan(&self, text: &str) -> ScanResult {
        self.scan_with(text, self.model())
    }

    /// Scans with another classifier (or none): for cross-validation.
    pub fn scan_with(&self, text: &str, classifier: Option<&Classifier>) -> ScanResult {
        let mut hits = self.hits(text);
        let mut flags = Vec::new();
        for p in &self.patterns {
            if !p.when.eval(&mut |c| self.present(&mut hits, c)) {
                continue;
            }
            let mut used = Vec::new();
            p.when.positive(&mut used);
            let mut evidence: Vec<(usize, String)> = used
                .into_iter()
                .filter_map(|c| hits.found[c].clone().flatten())
                .collect();
            // Quote in the order the words appear in the text.
            evidence.sort();
            let mut evidence: Vec<String> = evidence.into_iter().map(|(_, e)| e).collect();
            evidence.dedup();
            // "контракт" adds nothing beside "контракт с Минобороны".
            let all = evidence.clone();
            evidence.retain(|e| !all.iter().any(|o| o != e && o.contains(e.as_str())));
            flags.push(Flag {
                id: p.id.clone(),
                message: p.message.clone(),
                severity: p.severity,
                evidence,
                like: None,
                like_message: None,
            });
        }
        if let (Some(model), Some(settings)) = (classifier, &self.model_flag) {
            self.second_opinion(&mut hits, &mut flags, model, settings);
        }
        flags.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.id.cmp(&b.id)));
        ScanResult {
            risk: combined_risk(&flags),
            flags,
        }
    }

    /// The classifier's part, as in a spam filter that pairs rules with a Bayes score. Where
    /// patterns matched, it may overrule them when it is sure the text is ordinary (`overrule_below`):
    /// their words are there, but the text reads like the news, a warning or a job ad it learned
    /// from. Where none matched, it flags a text of a few words or more that resembles known
    /// recruitment messages (`min_score`), unless the text is about recruitment (`unless`) and
    /// it is not sure enough to say otherwise (`unless_below`).
    fn second_opinion(
        &self,
        hits: &mut Hits,
        flags: &mut Vec<Flag>,
        model: &Classifier,
        settings: &ModelFlag,
    ) {
        let Some(bar) = self.model_bar(hits, !flags.is_empty(), settings) else {
            return;
        };
        let sure = model.score(&hits.folded.key) >= bar;
        if !flags.is_empty() {
            if !sure {
                flags.clear();
            }
        } else if sure {
            let like = model.closest(&hits.folded.key).map(str::to_string);
            flags.push(Flag {
                id: RESEMBLES.to_string(),
                message: settings.message.clone(),
                severity: settings.severity,
                evidence: Vec::new(),
                like_message: like.as_deref().and_then(|id| self.message_of(id)),
                like,
            });
        }
    }

    /// The score a text must reach to be flagged, given whether patterns matched: the
    /// overrule bar where they did, else the classifier's own bar; `None` where the classifier
    /// is not asked (patterns that always stand, a text too short to judge).
    fn model_bar(&self, hits: &mut Hits, matched: bool, settings: &ModelFlag) -> Option<f64> {
        if matched {
            self.overrule_bar(hits, settings)
        } else if too_short(&hits.folded.key) {
            None
        } else {
            self.bar(hits, settings)
        }
    }

    /// Whether a text will be flagged, decided as far as it can be without the classifier:
    /// `scan` in two halves, for a reload's tests, which look for patterns in every message
    /// while the classifier trains, then only score.
    pub fn pending(&self, text: &str) -> Pending {
        let mut hits = self.hits(text);
        let matched = self
            .patterns
            .iter()
            .any(|p| p.when.eval(&mut |c| self.present(&mut hits, c)));
        let bar = match &self.model_flag {
            Some(settings) => self.model_bar(&mut hits, matched, settings),
            None => None,
        };
        Pending {
            key: hits.folded.key,
            matched,
            bar,
        }
    }

    /// `pending` for many texts, on every core. While the concepts, patterns and thresholds
    /// stay the same, the answers of the last call are reused: after an edit to labelled
    /// messages alone, a reload's tests look for patterns in the edited messages only, as the
    /// model is reused after an edit to anything else (`model`).
    pub fn pending_all(&self, texts: &[&str]) -> Vec<Pending> {
        use rayon::prelude::*;
        let last = LAST_PENDING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_ref()
            .filter(|(version, _)| *version == self.matching_version)
            .map(|(_, known)| Arc::clone(known));
        let all: Vec<Pending> = texts
            .par_iter()
            .map(
                |t| match last.as_ref().and_then(|known| known.get(&text_hash(t))) {
                    Some(&(matched, bar)) => Pending {
                        key: fold::fold(t).key,
                        matched,
                        bar,
                    },
                    None => self.pending(t),
                },
            )
            .collect();
        let known = texts
            .iter()
            .zip(&all)
            .map(|(t, p)| (text_hash(t), (p.matched, p.bar)))
            .collect();
        *LAST_PENDING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some((self.matching_version.clone(), Arc::new(known)));
        all
    }

    /// The score below which the patterns' flags are dropped: `unless_overrule_below` where
    /// `unless` holds, else `overrule_below`; `None` where they always stand.
    fn overrule_bar(&self, hits: &mut Hits, settings: &ModelFlag) -> Option<f64> {
        match settings.unless_overrule_below {
            Some(u) if self.about_recruitment(hits, settings) => Some(u),
            _ => settings.overrule_below,
        }
    }

    /// The score the classifier alone needs to flag this text: `min_score`, or `unless_below`
    /// where `unless` holds; `None` where `unless` holds and keeps it quiet whatever the score.
    fn bar(&self, hits: &mut Hits, settings: &ModelFlag) -> Option<f64> {
        if !self.about_recruitment(hits, settings) {
            return Some(settings.min_score);
        }
        settings.unless_below
    }

    /// Whether the `unless` condition holds: the text is about recruitment (the news, a
    /// warning) or sport, not an offer.
    fn about_recruitment(&self, hits: &mut Hits, settings: &ModelFlag) -> bool {
        settings
            .unless
            .as_ref()
            .is_some_and(|u| u.eval(&mut |c| self.present(hits, c)))
    }

    /// The classifier's score for a text as if no pattern had matched; `None` where the
    /// `unless` condition keeps the classifier silent at this score. For choosing `min_score`.
    pub fn model_score(&self, text: &str, model: &Classifier) -> Option<f64> {
        let settings = self.model_flag.as_ref()?;
        let mut hits = self.hits(text);
        let bar = self.bar(&mut hits, settings)?;
        let score = model.score(&hits.folded.key);
        // Where `unless` holds, the bar is `unless_below`, whatever `min_score` is chosen: such
        // a text counts only if it clears it.
        (bar <= settings.min_score || score >= bar).then_some(score)
    }

    /// Why a text came back unflagged, for the misses `ogoh scan eval` lists: concept names and
    /// scores only, never the text's words.
    pub fn why_quiet(&self, text: &str, classifier: Option<&Classifier>) -> String {
        let mut hits = self.hits(text);
        let matched: Vec<&str> = self
            .patterns
            .iter()
            .filter(|p| p.when.eval(&mut |c| self.present(&mut hits, c)))
            .map(|p| p.id.as_str())
            .collect();
        let (Some(model), Some(settings)) = (classifier, &self.model_flag) else {
            return if matched.is_empty() {
                "no pattern".to_string()
            } else {
                "flagged".to_string()
            };
        };
        // Cut, not rounded, to three places: a score just under its bar must not read as
        // equal to it ("0.950 < 0.950").
        let score = (model.score(&hits.folded.key) * 1000.0).floor() / 1000.0;
        let about = self.about_recruitment(&mut hits, settings);
        // The bar `scan` held the score to (`None`: the model was not asked).
        let bar = self.model_bar(&mut hits, !matched.is_empty(), settings);
        // The `unless` concepts found: what made the text read as about recruitment.
        let why_about = || {
            let mut used = Vec::new();
            if let Some(u) = &settings.unless {
                u.positive(&mut used);
            }
            used.dedup();
            let names: Vec<&str> = used
                .into_iter()
                .filter(|&c| hits.found[c].as_ref().is_some_and(Option::is_some))
                .map(|c| self.concepts[c].name.as_str())
                .collect();
            names.join("+")
        };
        if !matched.is_empty() {
            let unless = if about {
                format!(", about recruitment ({})", why_about())
            } else {
                String::new()
            };
            return format!(
                "overruled: {} matched, score {score:.3} < {:.3}{unless}",
                matched.join("+"),
                bar.unwrap_or(0.0)
            );
        }
        if too_short(&hits.folded.key) {
            return "no pattern, too short for the classifier".to_string();
        }
        match (about, bar) {
            (false, Some(bar)) => format!("no pattern, score {score:.3} < {bar:.3}"),
            (true, Some(bar)) => format!(
                "no pattern, about recruitment ({}), score {score:.3} < {bar:.3}",
                why_about()
            ),
            (_, None) => format!("no pattern, about recruitment ({})", why_about()),
        }
    }

    /// Why a text scans as it does, for staff editing the rules (`ogoh scan --explain`).
    pub fn explain(&self, text: &str) -> Explanation {
        let mut hits = self.hits(text);
        let mut found = Vec::new();
        for (c, concept) in self.concepts.iter().enumerate() {
            if self.present(&mut hits, c)
                && let Some((at, words)) = hits.found[c].clone().flatten()
            {
                found.push((at, concept.name.clone(), words));
            }
        }
        // In the order the words appear in the text (amounts last).
        found.sort();
        let concepts = found.into_iter().map(|(_, c, w)| (c, w)).collect();
        let unless = self
            .model_flag
            .as_ref()
            .is_some_and(|s| self.about_recruitment(&mut hits, s));
        let score = self.model().map(|m| m.score(&hits.folded.key));
        Explanation {
            concepts,
            unless,
            score,
        }
    }

    fn present(&self, hits: &mut Hits, c: usize) -> bool {
        if let Some(known) = &hits.found[c] {
            return known.is_some();
        }
        let min = self.concepts[c].min_amount.unwrap_or(u64::MAX);
        let text = hits.text;
        let amounts = hits.amounts.get_or_insert_with(|| fold::amounts(text));
        let found = amounts
            .iter()
            .find(|a| a.value >= min)
            .map(|a| (usize::MAX, shorten(&a.written)));
        let present = found.is_some();
        hits.found[c] = Some(found);
        present
    }

    /// The explanation message id of pattern `id`.
    pub fn message_of(&self, id: &str) -> Option<String> {
        self.patterns
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.message.clone())
    }

    /// Whether one pattern matches a text (for its examples).
    pub fn pattern_matches(&self, id: &str, text: &str) -> bool {
        self.scan_with(text, None).flags.iter().any(|f| f.id == id)
    }
}

/// Whether a folded text has too few words for the classifier to judge alone (`MIN_WORDS`).
fn too_short(key: &str) -> bool {
    key.split(' ').filter(|w| !w.is_empty()).count() < MIN_WORDS
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

mod phrase;
#[cfg(test)]
mod tests;
