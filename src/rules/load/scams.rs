//! Loading `rules/scams/`: concepts, patterns over them, the classifier's settings and the
//! labelled messages it learns from. Patterns may name concepts from any file, so their
//! conditions are compiled once every file is read (`build_scanner`).

use std::collections::{BTreeSet, HashMap};

use cel::common::ast::{Expr, IdedExpr, operators};
use rayon::prelude::*;
use regex::Regex;
use toml::Spanned;

use super::{IdKind, Loader, REQUIRED_SIGNAL_LANGS, SIGNAL_LANGS};
use crate::rules::diag::did_you_mean;
use crate::rules::model::{self, ScamLevel};
use crate::rules::scam::{self, Scanner, When};
use crate::rules::{ExampleTest, MessageUse, Place, corpus, fold};

/// Languages every concept must have terms in. Uzbek Cyrillic and Latin-typed Russian fold to
/// the same match key as Uzbek Latin and Russian, so they list only spellings that differ.
const REQUIRED_CONCEPT_LANGS: &[&str] = &["ru", "uz", "tg", "ky", "kk", "en"];

/// A pattern read from a file, waiting for every concept to be known.
pub(super) struct PendingPattern {
    file: usize,
    id: String,
    severity: ScamLevel,
    message: String,
    research: Vec<String>,
    when: Spanned<String>,
}

/// What the scams files gathered while being read.
#[derive(Default)]
pub(super) struct ScamParts {
    concepts: Vec<scam::Concept>,
    concept_index: HashMap<String, usize>,
    patterns: Vec<PendingPattern>,
    classifier: Option<(usize, model::ClassifierSettings)>,
    /// Folded example texts for training: (key, recruitment, pattern id).
    examples: Vec<(String, bool, Option<String>)>,
}

impl Loader {
    pub(super) fn add_scams(&mut self, file: usize, parsed: model::ScamsFile) {
        for (name, terms) in parsed.concept {
            self.add_concept(file, name, terms);
        }
        for p in parsed.pattern {
            self.add_pattern(file, p);
        }
        if let Some(c) = parsed.classifier {
            let at = c.span().start;
            if self.scams.classifier.is_some() {
                self.error(file, at, "a second `[classifier]` table: keep one");
                return;
            }
            let c = c.into_inner();
            if c.severity == ScamLevel::None {
                self.error(file, at, "classifier: severity must be low, medium or high");
            }
            if !(0.0..=1.0).contains(&c.min_score) {
                self.error(
                    file,
                    at,
                    "classifier: min_score must be a number from 0 to 1",
                );
            }
            if let Some(o) = c.overrule_below
                && !(0.0..=c.min_score).contains(&o)
            {
                self.error(
                    file,
                    at,
                    "classifier: overrule_below must be a number from 0 to min_score",
                );
            }
            if let Some(u) = c.unless_below
                && !(c.min_score..=1.0).contains(&u)
            {
                self.error(
                    file,
                    at,
                    "classifier: unless_below must be a number from min_score to 1",
                );
            }
            if let Some(u) = c.unless_overrule_below
                && !(c.overrule_below.unwrap_or(0.0)..=1.0).contains(&u)
            {
                self.error(
                    file,
                    at,
                    "classifier: unless_overrule_below must be a number from overrule_below to 1",
                );
            }
            let at_msg = self.src(file).at(c.message.span().start, "");
            self.messages.push(MessageUse {
                id: c.message.get_ref().clone(),
                attributes: &[],
                variables: BTreeSet::new(),
                at: at_msg,
            });
            self.scams.classifier = Some((file, c));
        }
    }

    fn add_concept(&mut self, file: usize, name: String, terms: Spanned<model::Signals>) {
        let at = terms.span().start;
        if self.scams.concept_index.contains_key(&name) {
            self.error(file, at, format!("concept `{name}` is defined twice"));
            return;
        }
        let s = terms.into_inner();
        let not_after = self.not_after(file, at, s.not_after.as_deref());
        let mut phrases = Vec::new();
        let mut langs: BTreeSet<&str> = BTreeSet::new();
        for (lang, text) in s.phrases() {
            langs.insert(lang);
            match scam::phrase(text.get_ref()) {
                Ok(mut ph) => {
                    // Uzbek Cyrillic and Latin-typed Russian fold to the key of Uzbek and
                    // Russian, so their terms also take those languages' words.
                    let base = match lang {
                        "ru-Latn" => "ru",
                        "uz-Cyrl" => "uz",
                        other => other,
                    };
                    ph.not_after = not_after
                        .iter()
                        .filter(|(l, _)| *l == lang || *l == base)
                        .map(|(_, w)| w.clone())
                        .collect();
                    phrases.push(ph);
                }
                Err(msg) => self.error(file, text.span().start, format!("term {msg}")),
            }
        }
        phrases.sort();
        phrases.dedup();
        let mut alts = Vec::new();
        for re in &s.regex {
            match Regex::new(re.get_ref()) {
                Ok(_) => alts.push(format!("(?:{})", re.get_ref())),
                Err(e) => self.error(
                    file,
                    re.span().start,
                    format!("this regex does not compile: {e}"),
                ),
            }
        }
        if phrases.is_empty() && alts.is_empty() && s.min_amount.is_none() {
            self.error(file, at, format!("concept `{name}` has no terms"));
        } else if !phrases.is_empty() {
            let missing: Vec<&str> = REQUIRED_CONCEPT_LANGS
                .iter()
                .copied()
                .filter(|l| !langs.contains(l))
                .collect();
            if !missing.is_empty() {
                self.error(
                    file,
                    at,
                    format!("concept `{name}` has no terms in {}", missing.join(", ")),
                );
            }
        }
        let regex = if alts.is_empty() {
            None
        } else {
            match Regex::new(&alts.join("|")) {
                Ok(r) => Some(r),
                Err(e) => {
                    self.error(file, at, format!("concept `{name}` is too large: {e}"));
                    None
                }
            }
        };
        self.scams
            .concept_index
            .insert(name.clone(), self.scams.concepts.len());
        self.scams.concepts.push(scam::Concept {
            name,
            terms: phrases,
            regex,
            min_amount: s.min_amount,
        });
    }

    /// A concept's `not_after` words, each with its language; one word each (a stem with `*`).
    fn not_after(
        &mut self,
        file: usize,
        at: usize,
        s: Option<&model::Signals>,
    ) -> Vec<(&'static str, (String, bool))> {
        let Some(s) = s else {
            return Vec::new();
        };
        if !s.regex.is_empty() || s.min_amount.is_some() || s.not_after.is_some() {
            self.error(
                file,
                at,
                "not_after takes lists of words per language only (no regex, min_amount or not_after)",
            );
        }
        let mut words = Vec::new();
        for (lang, text) in s.phrases() {
            match scam::phrase(text.get_ref()) {
                Ok(ph) if ph.words.len() == 1 => words.push((lang, ph.words[0].clone())),
                Ok(_) => self.error(
                    file,
                    text.span().start,
                    "not_after: write one word per entry (the words before a term are checked one by one)",
                ),
                Err(msg) => self.error(file, text.span().start, format!("not_after: {msg}")),
            }
        }
        words
    }

    fn add_pattern(&mut self, file: usize, p: Spanned<model::Pattern>) {
        let at = p.span().start;
        let p = p.into_inner();
        if !self.claim_id(file, &p.id, IdKind::Pattern) {
            return;
        }
        let id = p.id.get_ref().clone();
        if p.severity == ScamLevel::None {
            self.error(
                file,
                at,
                format!("pattern `{id}`: severity must be low, medium or high"),
            );
        }
        for r in &p.research {
            if !corpus::is_research_id(r.get_ref()) {
                self.error(
                    file,
                    r.span().start,
                    format!(
                        "`{}` is not a section id of recruitment-patterns.md (P1, P2, ...)",
                        r.get_ref()
                    ),
                );
            }
        }
        if p.research.is_empty() {
            self.error(
                file,
                at,
                format!("pattern `{id}` has no source: add `research = [\"P..\"]`"),
            );
        }
        self.check_not_future(file, &p.checked_on, "checked_on");
        self.add_examples(file, at, &id, p.example);
        let at_msg = self.src(file).at(p.message.span().start, "");
        self.messages.push(MessageUse {
            id: p.message.get_ref().clone(),
            attributes: &[],
            variables: BTreeSet::new(),
            at: at_msg,
        });
        self.scams.patterns.push(PendingPattern {
            file,
            id,
            severity: p.severity,
            message: p.message.into_inner(),
            research: p.research.into_iter().map(Spanned::into_inner).collect(),
            when: p.when,
        });
    }

    fn add_examples(
        &mut self,
        file: usize,
        at: usize,
        id: &str,
        examples: Vec<Spanned<model::Example>>,
    ) {
        let mut positive_langs = BTreeSet::new();
        let mut negatives = 0;
        for ex in examples {
            let line = self.src(file).at(ex.span().start, "").line;
            let ex = ex.into_inner();
            let lang = ex.lang.get_ref().clone();
            if !SIGNAL_LANGS.contains(&lang.as_str()) {
                let hint = did_you_mean(&lang, SIGNAL_LANGS.iter().copied());
                self.error_hint(
                    file,
                    ex.lang.span().start,
                    format!("unknown language `{lang}`"),
                    hint,
                );
            }
            if ex.matches {
                positive_langs.insert(lang.clone());
            } else {
                negatives += 1;
            }
            self.scams.examples.push((
                fold::fold(&ex.text).key,
                ex.matches,
                ex.matches.then(|| id.to_string()),
            ));
            self.tests.examples.push(ExampleTest {
                place: Place {
                    file: self.files[file].path.clone(),
                    line,
                },
                pattern: id.to_string(),
                lang,
                text: ex.text,
                matches: ex.matches,
            });
        }
        let missing: Vec<&str> = REQUIRED_SIGNAL_LANGS
            .iter()
            .copied()
            .filter(|l| !positive_langs.contains(*l))
            .collect();
        if !missing.is_empty() {
            self.error(
                file,
                at,
                format!(
                    "pattern `{id}` has no matching example in {}",
                    missing.join(", ")
                ),
            );
        }
        if negatives < 2 {
            self.error(
                file,
                at,
                format!("pattern `{id}` needs at least two examples with `match = false`"),
            );
        }
    }

    /// Reads one `rules/scams/messages/*.jsonl` file of labelled messages.
    pub(super) fn add_messages(&mut self, file: usize) {
        let path = self.files[file].path.clone();
        let (messages, errors) = corpus::parse(&path, &self.files[file].text);
        for e in errors {
            let offset = self.files[file].lines.get(e.line - 1).copied().unwrap_or(0);
            let mut d = self.src(file).at(offset, e.message);
            // The line is a message someone received: never shown, nor kept in the audit.
            d.source_line.clear();
            self.diags.push(d);
        }
        self.tests.messages.extend(messages);
    }

    /// Compiles the patterns' conditions and trains the classifier.
    pub(super) fn build_scanner(&mut self) -> Option<Scanner> {
        let pending = std::mem::take(&mut self.scams.patterns);
        let mut patterns = Vec::new();
        let mut used = vec![false; self.scams.concepts.len()];
        for p in pending {
            if let Some(when) = self.compile_when(p.file, &p.when, &mut used) {
                patterns.push(scam::Pattern {
                    id: p.id,
                    severity: p.severity,
                    message: p.message,
                    research: p.research,
                    when,
                });
            }
        }
        let training = self.training(&patterns);
        let model_flag = match self.scams.classifier.take() {
            Some((file, c)) => {
                let unless = match &c.unless {
                    Some(u) => Some(self.compile_when(file, u, &mut used)?),
                    None => None,
                };
                Some(scam::ModelFlag {
                    severity: c.severity,
                    message: c.message.into_inner(),
                    min_score: c.min_score,
                    overrule_below: c.overrule_below,
                    unless,
                    unless_below: c.unless_below,
                    unless_overrule_below: c.unless_overrule_below,
                })
            }
            None => None,
        };
        for (c, used) in self.scams.concepts.iter().zip(&used) {
            if !used {
                let msg = format!("concept `{}` is used by no pattern", c.name);
                self.diags.push(crate::rules::diag::whole_file(
                    std::path::Path::new("scams"),
                    msg,
                ));
            }
        }
        let concepts = std::mem::take(&mut self.scams.concepts);
        match Scanner::new(concepts, patterns, training, model_flag) {
            Ok(s) => Some(s),
            Err(e) => {
                self.diags.push(crate::rules::diag::whole_file(
                    std::path::Path::new("scams"),
                    format!("the concepts cannot be combined: {e}"),
                ));
                None
            }
        }
    }

    /// The patterns' examples and the labelled messages, for the classifier.
    fn training(&mut self, patterns: &[scam::Pattern]) -> Vec<scam::Training> {
        let mut out: Vec<scam::Training> = std::mem::take(&mut self.scams.examples)
            .into_iter()
            .map(|(key, recruitment, pattern)| scam::Training {
                key,
                recruitment,
                pattern,
                message: None,
            })
            .collect();
        // Folding thousands of messages is a pure, per-text step: on every core.
        let messages: Vec<scam::Training> = self
            .tests
            .messages
            .par_iter()
            .map(|m| scam::Training {
                key: fold::fold(&m.text).key,
                recruitment: m.recruitment,
                pattern: m
                    .pattern
                    .as_deref()
                    .and_then(|r| pattern_for_research(patterns, r)),
                message: Some(m.id.clone()),
            })
            .collect();
        out.extend(messages);
        out
    }

    /// Compiles `when`: concept names with `&&`, `||`, `!` and parentheses, parsed as CEL.
    fn compile_when(
        &mut self,
        file: usize,
        when: &Spanned<String>,
        used: &mut [bool],
    ) -> Option<When> {
        let (program, base) = self.compile_cel(file, when)?;
        let mut problems = Vec::new();
        let compiled = self.when_expr(program.expression(), used, &mut problems);
        self.report_at_nodes(file, &program, base, problems);
        compiled
    }

    fn when_expr(
        &self,
        e: &IdedExpr,
        used: &mut [bool],
        problems: &mut Vec<(u64, String, Option<String>)>,
    ) -> Option<When> {
        let index = &self.scams.concept_index;
        match &e.expr {
            Expr::Ident(name) => match index.get(name) {
                Some(&i) => {
                    used[i] = true;
                    Some(When::Concept(i))
                }
                None => {
                    problems.push((
                        e.id,
                        format!("unknown concept `{name}`"),
                        did_you_mean(name, index.keys().map(String::as_str)),
                    ));
                    None
                }
            },
            Expr::Call(c) if c.target.is_none() => {
                let mut arg = |i: usize| {
                    c.args
                        .get(i)
                        .and_then(|a| self.when_expr(a, used, problems))
                        .map(Box::new)
                };
                match (c.func_name.as_str(), c.args.len()) {
                    (operators::LOGICAL_NOT, 1) => Some(When::Not(arg(0)?)),
                    (operators::LOGICAL_AND, 2) => {
                        let (a, b) = (arg(0), arg(1));
                        Some(When::And(a?, b?))
                    }
                    (operators::LOGICAL_OR, 2) => {
                        let (a, b) = (arg(0), arg(1));
                        Some(When::Or(a?, b?))
                    }
                    _ => {
                        problems.push((e.id, ONLY.into(), None));
                        None
                    }
                }
            }
            _ => {
                problems.push((e.id, ONLY.into(), None));
                None
            }
        }
    }
}

const ONLY: &str = "a pattern's `when` may only join concept names with &&, || and !";

/// The pattern a research section belongs to: the first that names it first, else the first
/// that names it at all.
fn pattern_for_research(patterns: &[scam::Pattern], research: &str) -> Option<String> {
    patterns
        .iter()
        .find(|p| p.research.first().is_some_and(|r| r == research))
        .or_else(|| {
            patterns
                .iter()
                .find(|p| p.research.iter().any(|r| r == research))
        })
        .map(|p| p.id.clone())
}
