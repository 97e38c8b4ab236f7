//! `rules/` -> a validated `RuleSet`. Every problem in every file is collected, each with
//! `file:line:col`, before giving up, so staff fix them all in one go.
//!
//! By stage, as the files are read: this module reads the tree, parses each file and finishes
//! the ruleset (cross-references, the version); `laws.rs` takes sources and country files,
//! `findings.rs` findings and advice, `conditions.rs` compiles and checks CEL conditions,
//! `scams.rs` the checker's concepts, patterns and messages, `rule_tests.rs` the scenario and
//! scan tests.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use regex::Regex;
use serde::de::DeserializeOwned;
use toml::Spanned;

use super::date::Date;
use super::diag::{Diagnostic, SourceText, did_you_mean, whole_file};
use super::model::{self, LegalValues};
use super::{Condition, Contact, Epoch, Law, MessageUse, Rule, RuleSet, Tests};

mod conditions;
mod findings;
mod laws;
mod rule_tests;
mod scams;

/// Names a condition may use.
pub const FACT_NAMES: &[&str] = &[
    "citizenship",
    "russian_citizenship",
    "in_russia",
    "age",
    "situations",
    "scam",
    "law",
];

/// Languages a pattern's signals and examples are written in.
pub const SIGNAL_LANGS: &[&str] = &["ru", "ru-Latn", "uz", "uz-Cyrl", "tg", "ky", "kk", "en"];
/// Languages every pattern must have signals and a positive example in.
pub const REQUIRED_SIGNAL_LANGS: &[&str] = &["ru", "ru-Latn", "uz", "uz-Cyrl", "tg", "ky", "kk"];

const COUNTRY_CODES: &[&str] = &["UZ", "TJ", "KG", "KZ", "TM", "RU"];

/// Loads and validates the rule files under `dir`.
pub fn load(dir: &Path) -> Result<RuleSet, Vec<Diagnostic>> {
    let mut l = Loader::default();
    l.read_dir(dir);
    l.finish()
}

struct File {
    path: PathBuf,
    text: String,
    lines: Vec<usize>,
}

#[derive(Default)]
struct Loader {
    files: Vec<File>,
    diags: Vec<Diagnostic>,
    sources: BTreeMap<String, model::Source>,
    laws: Vec<Law>,
    /// Law id -> where first defined, for positions.
    law_keys: HashMap<String, BTreeSet<&'static str>>,
    contacts: Vec<Contact>,
    findings: Vec<Rule>,
    advice: Vec<Rule>,
    scams: scams::ScamParts,
    tests: Tests,
    messages: Vec<MessageUse>,
    /// Every distinct condition, compiled once.
    conditions: Vec<Condition>,
    condition_index: HashMap<String, usize>,
    /// Law ids that conditions read (`law.<id>...`): only these go into the CEL variable.
    condition_laws: BTreeSet<String>,
    /// Deferred: law references to check once every law is read (file, span, reference).
    law_refs: Vec<(usize, std::ops::Range<usize>, LawRef)>,
    /// Deferred: the laws each rule's message rests on (index into `messages`): its variables
    /// are their value keys, known once every law is read.
    message_laws: Vec<(usize, Vec<String>)>,
    /// Deferred: test expectations naming findings, advice or patterns.
    id_refs: Vec<(usize, std::ops::Range<usize>, String, IdKind)>,
    seen_ids: HashMap<(IdKind, String), (usize, usize)>,
}

/// A reference to a law, or to one of its values (`law.<id>.<key>` in a condition).
struct LawRef {
    id: String,
    key: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum IdKind {
    Source,
    Contact,
    Finding,
    Advice,
    Pattern,
}

impl IdKind {
    fn name(self) -> &'static str {
        match self {
            IdKind::Source => "source",
            IdKind::Contact => "contact",
            IdKind::Finding => "finding",
            IdKind::Advice => "advice",
            IdKind::Pattern => "pattern",
        }
    }
}

impl Loader {
    fn src(&self, file: usize) -> SourceText<'_> {
        SourceText {
            path: &self.files[file].path,
            text: &self.files[file].text,
            lines: &self.files[file].lines,
        }
    }

    fn error(&mut self, file: usize, offset: usize, msg: impl Into<String>) {
        let d = self.src(file).at(offset, msg);
        self.diags.push(d);
    }

    fn error_hint(
        &mut self,
        file: usize,
        offset: usize,
        msg: impl Into<String>,
        hint: Option<String>,
    ) {
        let d = self.src(file).at(offset, msg).with_hint(hint);
        self.diags.push(d);
    }

    fn read_dir(&mut self, dir: &Path) {
        if !dir.is_dir() {
            self.diags.push(whole_file(
                dir,
                "the rules directory does not exist or is not a directory",
            ));
            return;
        }
        // sources.toml first: laws and contacts refer to it.
        let sources = dir.join("sources.toml");
        if let Some(f) = self.read_file(&sources)
            && let Some(parsed) = self.parse::<model::SourcesFile>(f)
        {
            self.add_sources(f, parsed);
        }
        for (sub, kind) in [
            ("countries", Kind::Country),
            ("findings", Kind::Findings),
            ("scams", Kind::Scams),
            ("tests", Kind::Tests),
        ] {
            let sub = dir.join(sub);
            let mut paths: Vec<PathBuf> = match std::fs::read_dir(&sub) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                    .collect(),
                Err(_) => {
                    self.diags
                        .push(whole_file(&sub, "this directory is missing from the rules"));
                    continue;
                }
            };
            paths.sort();
            if matches!(kind, Kind::Scams) {
                self.read_messages(&sub.join("messages"));
            }
            for path in paths {
                let Some(f) = self.read_file(&path) else {
                    continue;
                };
                match kind {
                    Kind::Country => {
                        if let Some(p) = self.parse::<model::CountryFile>(f) {
                            self.add_country(f, p);
                        }
                    }
                    Kind::Findings => {
                        if let Some(p) = self.parse::<model::FindingsFile>(f) {
                            self.add_findings(f, p);
                        }
                    }
                    Kind::Scams => {
                        if let Some(p) = self.parse::<model::ScamsFile>(f) {
                            self.add_scams(f, p);
                        }
                    }
                    Kind::Tests => {
                        if let Some(p) = self.parse::<model::TestsFile>(f) {
                            self.add_tests(f, p);
                        }
                    }
                }
            }
        }
    }

    /// `scams/messages/*.jsonl`: labelled messages the classifier learns from (optional).
    fn read_messages(&mut self, dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        paths.sort();
        for path in paths {
            if let Some(f) = self.read_file(&path) {
                self.add_messages(f);
            }
        }
    }

    fn read_file(&mut self, path: &Path) -> Option<usize> {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => {
                    self.files.push(File {
                        path: path.to_path_buf(),
                        lines: super::diag::line_starts(&text),
                        text,
                    });
                    Some(self.files.len() - 1)
                }
                Err(_) => {
                    self.diags
                        .push(whole_file(path, "the file is not valid UTF-8 text"));
                    None
                }
            },
            Err(e) => {
                self.diags
                    .push(whole_file(path, format!("cannot read the file: {e}")));
                None
            }
        }
    }

    fn parse<T: DeserializeOwned>(&mut self, file: usize) -> Option<T> {
        match toml::from_str::<T>(&self.files[file].text) {
            Ok(v) => Some(v),
            Err(e) => {
                let offset = e.span().map_or(0, |s| s.start);
                let msg = e.message().trim().to_string();
                let hint = unknown_name_hint(&msg);
                self.error_hint(file, offset, msg, hint);
                None
            }
        }
    }

    /// Records an id; reports a duplicate.
    fn claim_id(&mut self, file: usize, id: &Spanned<String>, kind: IdKind) -> bool {
        let name = id.get_ref().clone();
        if !is_snake_id(&name) && kind != IdKind::Source {
            self.error(
                file,
                id.span().start,
                format!(
                    "{} id `{name}` must be lowercase letters, digits and `_`",
                    kind.name()
                ),
            );
        }
        let here = (file, id.span().start);
        if let Some(&(f, off)) = self.seen_ids.get(&(kind, name.clone())) {
            let first = self.src(f).at(off, "");
            self.error(
                file,
                id.span().start,
                format!(
                    "duplicate {} id `{name}` (first defined at {}:{}:{})",
                    kind.name(),
                    first.file.display(),
                    first.line,
                    first.col
                ),
            );
            return false;
        }
        self.seen_ids.insert((kind, name), here);
        true
    }

    /// Cross-file checks, then the RuleSet.
    /// Every law reference names a law, and every value reference a value that law gives.
    fn resolve_law_refs(&mut self) {
        let law_ids: BTreeSet<String> = self.laws.iter().map(|l| l.id.clone()).collect();
        for (file, span, LawRef { id, key }) in std::mem::take(&mut self.law_refs) {
            if !law_ids.contains(&id) {
                let hint = did_you_mean(&id, law_ids.iter().map(String::as_str));
                self.error_hint(file, span.start, format!("unknown law `{id}`"), hint);
                continue;
            }
            if let Some(key) = key {
                let keys = self.law_keys.get(&id).cloned().unwrap_or_default();
                if !keys.contains(key.as_str()) {
                    let hint = did_you_mean(&key, LegalValues::KEYS.iter().copied());
                    let have = keys.iter().copied().collect::<Vec<_>>().join(", ");
                    self.error_hint(
                        file,
                        span.start,
                        format!("law `{id}` has no value `{key}` (it has: {have})"),
                        hint,
                    );
                }
            }
        }
    }

    /// Test expectations name findings, advice and patterns that exist.
    fn resolve_id_refs(&mut self) {
        for (file, span, id, kind) in std::mem::take(&mut self.id_refs) {
            if !self.seen_ids.contains_key(&(kind, id.clone())) {
                let candidates: Vec<&str> = self
                    .seen_ids
                    .keys()
                    .filter(|(k, _)| *k == kind)
                    .map(|(_, i)| i.as_str())
                    .collect();
                let hint = did_you_mean(&id, candidates);
                self.error_hint(
                    file,
                    span.start,
                    format!("unknown {} `{id}`", kind.name()),
                    hint,
                );
            }
        }
    }

    /// A rule's message gets the value keys of the laws it rests on as its variables. Two
    /// laws of one rule giving the same key would make its value ambiguous: an error.
    fn resolve_message_variables(&mut self) {
        for (index, laws) in std::mem::take(&mut self.message_laws) {
            let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
            let mut variables = BTreeSet::new();
            for law in &laws {
                for key in self.law_keys.get(law).into_iter().flatten() {
                    variables.insert(key.to_string());
                    if let Some(first) = owner.insert(key, law) {
                        let mut d = self.messages[index].at.clone();
                        d.message = format!(
                            "laws `{first}` and `{law}` both give `{key}`: the value would be ambiguous; split the rule in two"
                        );
                        self.diags.push(d);
                    }
                }
            }
            self.messages[index].variables = variables;
        }
    }

    /// The ruleset's version: a hash of every file's name and text.
    fn version(&self) -> String {
        let mut files: Vec<&File> = self.files.iter().collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        crate::content_hash::short_hash(files.iter().map(|f| {
            let name = f
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, f.text.as_bytes())
        }))
    }

    fn finish(mut self) -> Result<RuleSet, Vec<Diagnostic>> {
        self.resolve_law_refs();
        self.resolve_id_refs();
        self.resolve_message_variables();
        if self.sources.is_empty() && self.diags.is_empty() {
            self.diags.push(whole_file(
                Path::new("sources.toml"),
                "no sources: rules/sources.toml is missing or empty",
            ));
        }
        let scanner = self.build_scanner();
        if !self.diags.is_empty() {
            return Err(self.diags);
        }
        let Some(scanner) = scanner else {
            return Err(self.diags);
        };
        let version = self.version();
        let epochs = epochs(&self.laws, &self.condition_laws);
        self.advice
            .sort_by(|a, b| a.order.cmp(&b.order).then(a.id.cmp(&b.id)));
        Ok(RuleSet {
            version,
            sources: self.sources,
            laws: self.laws,
            contacts: self.contacts,
            conditions: self.conditions,
            findings: self.findings,
            advice: self.advice,
            scanner,
            epochs,
            tests: self.tests,
            messages: self.messages,
            env: Arc::new(cel::Env::stdlib()),
        })
    }
}

enum Kind {
    Country,
    Findings,
    Scams,
    Tests,
}

/// Periods between every change of any law, each with the laws in force. The CEL variable
/// `law` holds only the laws conditions read: CEL copies it into every evaluation.
fn epochs(laws: &[Law], condition_laws: &BTreeSet<String>) -> Vec<Epoch> {
    let mut starts: BTreeSet<Date> = BTreeSet::new();
    starts.insert(Date(chrono::NaiveDate::MIN));
    for l in laws {
        if let Some(from) = l.valid_from {
            starts.insert(from);
        }
        if let Some(to) = l.valid_to
            && let Some(next) = to.0.succ_opt()
        {
            starts.insert(Date(next));
        }
    }
    starts
        .into_iter()
        .map(|from| {
            let in_force: HashMap<String, usize> = laws
                .iter()
                .enumerate()
                .filter(|(_, l)| l.in_force(from))
                .map(|(i, l)| (l.id.clone(), i))
                .collect();
            let map: HashMap<String, cel::Value> = in_force
                .iter()
                .filter(|(id, _)| condition_laws.contains(*id))
                .map(|(id, &i)| {
                    let values: HashMap<String, cel::Value> = laws[i]
                        .values
                        .numbers()
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), cel::Value::Int(v)))
                        .collect();
                    (id.clone(), cel::Value::from(values))
                })
                .collect();
            Epoch {
                from,
                in_force,
                cel: cel::Value::from(map),
            }
        })
        .collect()
}

fn is_snake_id(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// "did you mean" for serde's "unknown field `x`, expected one of `a`, `b`" messages.
fn unknown_name_hint(msg: &str) -> Option<String> {
    static RE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"unknown (?:field|variant) `([^`]*)`, expected (.*)").expect("constant regex")
    });
    static NAME: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"`([^`]*)`").expect("constant regex"));
    let cap = RE.captures(msg)?;
    let candidates: Vec<&str> = NAME
        .captures_iter(cap.get(2)?.as_str())
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .collect();
    did_you_mean(&cap[1], candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_for_unknown_fields() {
        assert_eq!(
            unknown_name_hint("unknown field `severty`, expected one of `id`, `severity`, `when`"),
            Some("did you mean `severity`?".into())
        );
    }
}
