//! The rules engine: rule files in, assessments (ids, values, citations, traces) out.
//! Pure: no network, no database, no prose (prose lives in `locales/`, see `i18n`).

pub mod classifier;
pub mod corpus;
pub mod date;
pub mod diag;
pub mod diff;
pub mod eval;
pub mod facts;
pub mod fast;
pub mod fold;
pub mod load;
pub mod model;
pub mod scam;
pub mod verify;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

pub use date::Date;
pub use diag::Diagnostic;
pub use eval::{Evaluation, evaluate};
pub use facts::{Citizenship, Facts, FactsError, RussianCitizenship, Situation};
pub use load::load;
pub use model::{LawKind, LegalValues, ScamLevel, Severity, Status};
pub use scam::{ScanResult, Scanner};

/// A validated, compiled rule set. Immutable; a reload builds a new one.
pub struct RuleSet {
    /// Content hash of every rule file: the version shown to users and staff.
    pub version: String,
    pub sources: BTreeMap<String, model::Source>,
    pub laws: Vec<Law>,
    pub contacts: Vec<Contact>,
    /// Every distinct condition; rules refer to them by index.
    pub conditions: Vec<Condition>,
    pub findings: Vec<Rule>,
    pub advice: Vec<Rule>,
    pub scanner: Scanner,
    /// Periods in which the same laws are in force, sorted by start date.
    epochs: Vec<Epoch>,
    pub tests: Tests,
    /// Every message id the rules use, for the locale checks.
    pub messages: Vec<MessageUse>,
    env: Arc<cel::Env>,
}

/// One version of a law (an id can have several, for different periods).
#[derive(Debug, Clone)]
pub struct Law {
    pub id: String,
    /// Country code of the file it is in.
    pub country: String,
    pub about: String,
    pub kind: LawKind,
    pub status: Status,
    pub act: String,
    pub article: Option<String>,
    /// `None`: the research gives no start date; the value applies on every date.
    pub valid_from: Option<Date>,
    pub valid_to: Option<Date>,
    pub values: LegalValues,
    /// Source ids, the most official first.
    pub sources: Vec<String>,
    pub checked_on: Date,
    pub note: Option<String>,
    /// How answers cite it, and name it in a trace (built once at load: answers share them).
    pub citation: Arc<eval::Citation>,
    pub trace_label: Arc<str>,
}

impl Law {
    /// Whether this version is in force on `on`.
    pub fn in_force(&self, on: Date) -> bool {
        self.valid_from.is_none_or(|from| from <= on) && self.valid_to.is_none_or(|to| on <= to)
    }
}

/// An official body to contact.
#[derive(Debug, Clone)]
pub struct Contact {
    pub id: String,
    pub country: String,
    pub name: String,
    pub name_title: BTreeMap<String, String>,
    pub url: Option<String>,
    pub phone: Option<String>,
    pub checked_on: Date,
    pub verified_on: Option<Date>,
    pub published_by: String,
    pub published_by_title: BTreeMap<String, String>,
    pub published_on: Option<Date>,
    pub safety: Option<model::ContactSafety>,
    /// Indices into `RuleSet::conditions`; all must hold.
    pub conditions: Vec<usize>,
}

/// A finding or an advice: conditions, laws and a message.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    /// Advice has `Info`.
    pub severity: Severity,
    /// Indices into `RuleSet::conditions`.
    pub conditions: Vec<usize>,
    pub laws: Vec<String>,
    pub message: String,
    /// Findings: `priority`; advice: `order`. Lower comes first.
    pub order: i32,
    /// Finding ids this one must never appear with.
    pub conflicts_with: Vec<String>,
}

/// One compiled condition, with its text for the trace.
#[derive(Debug)]
pub struct Condition {
    pub text: Arc<str>,
    program: cel::Program,
    /// The same condition evaluated natively, when it has one of the common shapes.
    fast: Option<fast::Fast>,
}

/// The laws in force during one period.
pub(crate) struct Epoch {
    from: Date,
    /// Law id -> index into `RuleSet::laws`.
    in_force: HashMap<String, usize>,
    /// The same, as the CEL variable `law`.
    cel: cel::Value,
}

/// The staff-written tests carried by the rules: scenarios, scan texts, pattern examples.
#[derive(Debug, Default)]
pub struct Tests {
    pub scenarios: Vec<ScenarioTest>,
    pub scans: Vec<ScanTest>,
    pub examples: Vec<ExampleTest>,
    /// Labelled messages (`scams/messages/`): each must be flagged, or not, as labelled.
    pub messages: Vec<corpus::Message>,
}

/// Where a test is written, for its failure message.
#[derive(Debug, Clone)]
pub struct Place {
    pub file: PathBuf,
    pub line: usize,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

#[derive(Debug)]
pub struct ScenarioTest {
    pub place: Place,
    pub name: String,
    pub facts: Facts,
    pub expect: model::Expect,
}

#[derive(Debug)]
pub struct ScanTest {
    pub place: Place,
    pub name: String,
    pub text: String,
    pub risk: ScamLevel,
    pub flags: Vec<String>,
}

#[derive(Debug)]
pub struct ExampleTest {
    pub place: Place,
    pub pattern: String,
    pub lang: String,
    pub text: String,
    pub matches: bool,
}

/// A message id used by a rule, where it is used, and what it needs.
#[derive(Debug, Clone)]
pub struct MessageUse {
    pub id: String,
    /// Attributes the message must have (empty: it must have a value).
    pub attributes: &'static [&'static str],
    /// Variables the rule provides; `None` when it provides none.
    pub variables: BTreeSet<String>,
    /// Where the id is written.
    pub at: Diagnostic,
}

impl RuleSet {
    fn epoch(&self, on: Date) -> Option<&Epoch> {
        let i = self.epochs.partition_point(|e| e.from <= on);
        i.checked_sub(1).map(|i| &self.epochs[i])
    }

    /// The version of law `id` in force on `on`.
    pub fn law_on(&self, id: &str, on: Date) -> Option<&Law> {
        self.epoch(on)
            .and_then(|e| e.in_force.get(id))
            .map(|&i| &self.laws[i])
    }

    /// Every pattern id.
    pub fn pattern_ids(&self) -> impl Iterator<Item = &str> {
        self.scanner.patterns.iter().map(|p| p.id.as_str())
    }
}
