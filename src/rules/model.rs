//! Serde types of the rule files in `rules/`.
//!
//! Every struct denies unknown fields, so a typo in a key is a load error with its position
//! (and toml's "expected one of" list) instead of a silently ignored value. Spans are kept on
//! the values that later, semantic checks need to point at.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::date::Date;

/// A country file: `rules/countries/<code>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryFile {
    /// ISO code in upper case: UZ, TJ, KG, KZ, TM, RU.
    pub country: Spanned<String>,
    #[serde(default)]
    pub law: Vec<Spanned<Law>>,
    #[serde(default)]
    pub contact: Vec<Spanned<Contact>>,
}

/// A dated, sourced legal fact: an article and its penalty, a treaty, a decree, a practice.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Law {
    /// Stable id, snake_case; several entries may share an id if their validity does not overlap.
    pub id: Spanned<String>,
    /// One line for staff (English): what this is. Never shown to users.
    pub about: String,
    /// `statute` for law text, `practice` for reported cases and official statements.
    pub kind: LawKind,
    /// How sure we are: `official` (official text or body), `reported` (press reports of
    /// official statements), `unconfirmed` (single secondary source or conflicting sources).
    pub status: Status,
    /// The first day this value applies. Leave it out only when the research gives no date for
    /// a long-standing rule; say so in `note`. Without it the value applies on every date.
    pub valid_from: Option<Spanned<Date>>,
    pub valid_to: Option<Spanned<Date>>,
    /// Title of the act (English), e.g. "Criminal Code of the Republic of Uzbekistan".
    pub act: String,
    /// The act's title per language (`ru`, `uz`, `tg`, `ky`, `kk`), as people read it there.
    /// A language without one falls back to Russian (uz-Cyrl: the Uzbek title, transliterated).
    #[serde(default)]
    pub act_title: BTreeMap<String, String>,
    /// Article number as the act writes it ("154", "154-1"); then, where cited, its part,
    /// paragraph and sub-paragraph ("1", "2", "в"). Each is rendered in the reader's language
    /// ("статья 154, часть 1", "154-modda 1-qism"), so none may carry words.
    pub article: Option<String>,
    pub part: Option<String>,
    pub paragraph: Option<String>,
    pub subparagraph: Option<String>,
    #[serde(default)]
    pub values: LegalValues,
    /// Ids from `rules/sources.toml`, at least one; the first is the most official.
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    pub checked_on: Spanned<Date>,
    /// Why this value was chosen where sources conflict, and anything staff must know.
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LawKind {
    Statute,
    Practice,
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Official,
    Reported,
    Unconfirmed,
}

/// The numbers a law carries. Only these keys exist, so `max_yaers` is caught at load.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalValues {
    pub min_years: Option<u32>,
    pub max_years: Option<u32>,
    /// The maximum is life imprisonment.
    pub life: Option<bool>,
    pub max_fine: Option<u32>,
    /// The unit of `max_fine`, a machine code such as `BCU` or `MRP` (not translated).
    pub fine_unit: Option<String>,
    pub min_age: Option<u32>,
    pub max_age: Option<u32>,
    pub days: Option<u32>,
    pub months: Option<u32>,
}

impl LegalValues {
    /// The values as (name, number) pairs, in a fixed order. Booleans become 0/1.
    pub fn numbers(&self) -> Vec<(&'static str, i64)> {
        let mut out = Vec::new();
        let mut push = |name, v: Option<u32>| {
            if let Some(v) = v {
                out.push((name, i64::from(v)));
            }
        };
        push("min_years", self.min_years);
        push("max_years", self.max_years);
        push("max_fine", self.max_fine);
        push("min_age", self.min_age);
        push("max_age", self.max_age);
        push("days", self.days);
        push("months", self.months);
        if let Some(life) = self.life {
            out.push(("life", i64::from(life)));
        }
        out
    }

    /// Names of every numeric key, for checking `law.<id>.<key>` in conditions.
    pub const KEYS: &'static [&'static str] = &[
        "min_years",
        "max_years",
        "life",
        "max_fine",
        "min_age",
        "max_age",
        "days",
        "months",
    ];
}

/// `rules/sources.toml`: every source the rules cite, once.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Vec<Spanned<Source>>,
}

/// A page or document a legal value was read from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The id used in `shared/research/legal-facts.md`, e.g. `U4`.
    pub id: Spanned<String>,
    /// The page's title as the source gives it.
    pub title: String,
    /// Outlet or body that published it.
    pub publisher: Option<String>,
    /// The publisher's name per language, as `Law::act_title` (shown where a law cites this
    /// source: "reported by …").
    #[serde(default)]
    pub publisher_title: BTreeMap<String, String>,
    pub url: Option<Spanned<String>>,
    /// Publication date as the research gives it (free text: "Sept 2022", "n.d.").
    pub date: Option<String>,
}

/// An official body people can contact.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: Spanned<String>,
    /// The body's name in English.
    pub name: String,
    /// The name as people read it in each language (`ru`, `uz`, `tg`, `ky`, `kk`); a language
    /// without one falls back as `Law::act_title` does.
    #[serde(default)]
    pub name_title: BTreeMap<String, String>,
    pub url: Option<Spanned<String>>,
    pub phone: Option<Spanned<String>>,
    /// Ids from `rules/sources.toml` where the address or number was found.
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    pub checked_on: Spanned<Date>,
    /// Set only by a person who called the number or opened the address and found it works.
    /// Without it the contact is shown with who published it and when, and `rules check` lists it
    /// for staff to verify.
    pub verified_on: Option<Spanned<Date>>,
    /// Who published the address or number (an outlet or body), in English.
    pub published_by: Spanned<String>,
    /// The same per language, as `name_title`.
    #[serde(default)]
    pub published_by_title: BTreeMap<String, String>,
    /// When they published it, if the page shows a date.
    pub published_on: Option<Spanned<Date>>,
    /// `foreign_agent`: Russia lists the organisation as a "foreign agent"; a short safety note is
    /// shown. Organisations Russia lists as "undesirable" are never added.
    pub safety: Option<ContactSafety>,
    /// Conditions over the facts, as for findings; a contact in `ru.toml` (help inside Russia)
    /// is shown to everyone they hold for, a home-country contact to its citizens.
    #[serde(default)]
    pub when: Vec<Spanned<String>>,
    pub note: Option<String>,
}

/// A safety note shown beside a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactSafety {
    ForeignAgent,
}

/// A findings file: `rules/findings/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingsFile {
    #[serde(default)]
    pub finding: Vec<Spanned<Finding>>,
    #[serde(default)]
    pub advice: Vec<Spanned<Advice>>,
}

/// When a risk applies to a person, and which laws it rests on.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: Spanned<String>,
    pub severity: Severity,
    /// Conditions over the facts; all must hold. One condition per line reads best.
    pub when: Vec<Spanned<String>>,
    /// Law ids this finding rests on. A finding applies only on dates when each of them is in
    /// force; their numbers become the finding's values and their sources its citations.
    #[serde(default)]
    pub laws: Vec<Spanned<String>>,
    /// Fluent message id; the message has attributes `.title`, `.text` and `.why`.
    pub message: Spanned<String>,
    /// Where the finding stands in an answer: lower comes first (the biggest risk leads), then
    /// the more severe. Staff set it; the file a finding is in does not matter.
    #[serde(default = "default_order")]
    pub priority: i32,
    /// Findings that must never appear in one answer with this one (they would contradict it);
    /// the persona test fails if they do.
    #[serde(default)]
    pub conflicts_with: Vec<Spanned<String>>,
}

/// What to do now. Shown when all its conditions hold.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: Spanned<String>,
    #[serde(default)]
    pub when: Vec<Spanned<String>>,
    #[serde(default)]
    pub laws: Vec<Spanned<String>>,
    /// Fluent message id of the advice text.
    pub message: Spanned<String>,
    /// Lower comes first.
    #[serde(default = "default_order")]
    pub order: i32,
}

fn default_order() -> i32 {
    100
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    serde::Serialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Urgent,
}

/// A scams file: `rules/scams/*.toml`. Concepts, patterns and the classifier's settings may
/// sit in any of them; patterns may name concepts from any file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScamsFile {
    /// The shared vocabulary: `[concept.contract]` with terms per language.
    #[serde(default)]
    pub concept: BTreeMap<String, Spanned<Signals>>,
    #[serde(default)]
    pub pattern: Vec<Spanned<Pattern>>,
    pub classifier: Option<Spanned<ClassifierSettings>>,
}

/// A known recruitment pattern: a combination of concepts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    pub id: Spanned<String>,
    pub severity: ScamLevel,
    /// Fluent message id explaining the danger.
    pub message: Spanned<String>,
    /// Ids in `shared/research/recruitment-patterns.md`, e.g. `P16`.
    pub research: Vec<Spanned<String>>,
    pub checked_on: Spanned<Date>,
    /// Which concepts must be present: names joined by `&&`, `||`, `!` and parentheses.
    pub when: Spanned<String>,
    #[serde(default)]
    pub example: Vec<Spanned<Example>>,
    pub note: Option<String>,
}

/// When the trained classifier may speak, and what it says (`[classifier]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassifierSettings {
    /// Scores at or above this raise a flag when no pattern matched.
    pub min_score: f64,
    /// Scores below this drop the flags of matched patterns: the text reads as ordinary.
    pub overrule_below: Option<f64>,
    pub severity: ScamLevel,
    /// Fluent message id: "this text resembles known recruitment messages".
    pub message: Spanned<String>,
    /// Concepts that keep it quiet, written like a pattern's `when`: `warning || sport`.
    pub unless: Option<Spanned<String>>,
    /// Where `unless` holds, only scores below this stay quiet (without it, all do).
    pub unless_below: Option<f64>,
    /// Where `unless` holds, scores below this (instead of `overrule_below`) drop the flags of
    /// matched patterns: a warning that quotes a recruiter's words reads as the warning.
    pub unless_overrule_below: Option<f64>,
}

/// A concept's terms, written per language and script.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signals {
    #[serde(default)]
    pub ru: Vec<Spanned<String>>,
    #[serde(default, rename = "ru-Latn")]
    pub ru_latn: Vec<Spanned<String>>,
    #[serde(default)]
    pub uz: Vec<Spanned<String>>,
    #[serde(default, rename = "uz-Cyrl")]
    pub uz_cyrl: Vec<Spanned<String>>,
    #[serde(default)]
    pub tg: Vec<Spanned<String>>,
    #[serde(default)]
    pub ky: Vec<Spanned<String>>,
    #[serde(default)]
    pub kk: Vec<Spanned<String>>,
    #[serde(default)]
    pub en: Vec<Spanned<String>>,
    /// Regular expressions over the normalised text (see rules/README.md).
    #[serde(default)]
    pub regex: Vec<Spanned<String>>,
    /// The concept is also present when the text names an amount of money at least this large.
    pub min_amount: Option<u64>,
    /// Per language, words after which a term of that language does not count (see
    /// `scam::Phrase::not_after`); only the language lists are allowed here.
    pub not_after: Option<Box<Signals>>,
}

impl Signals {
    /// Every phrase with its language tag.
    pub fn phrases(&self) -> impl Iterator<Item = (&'static str, &Spanned<String>)> {
        [
            ("ru", &self.ru),
            ("ru-Latn", &self.ru_latn),
            ("uz", &self.uz),
            ("uz-Cyrl", &self.uz_cyrl),
            ("tg", &self.tg),
            ("ky", &self.ky),
            ("kk", &self.kk),
            ("en", &self.en),
        ]
        .into_iter()
        .flat_map(|(lang, list)| list.iter().map(move |p| (lang, p)))
    }
}

/// A text that must (or must not) trigger its pattern. Examples are tests.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub lang: Spanned<String>,
    pub text: String,
    /// true: the pattern must match; false: it must not.
    #[serde(rename = "match")]
    pub matches: bool,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    serde::Serialize,
    strum::IntoStaticStr,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ScamLevel {
    None,
    Low,
    Medium,
    High,
}

impl ScamLevel {
    /// As written in rule files and JSON.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A test file: `rules/tests/*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestsFile {
    #[serde(default)]
    pub scenario: Vec<Spanned<Scenario>>,
    #[serde(default)]
    pub scan: Vec<Spanned<ScanTest>>,
}

/// A person's situation and what the answer must contain.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    /// The facts, with the same keys as the Facts JSON.
    pub facts: toml::Table,
    pub expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// An unknown value is a parse error at its place, naming the known ones.
    pub risk: Option<Risk>,
    /// Finding ids that must be in the answer.
    #[serde(default)]
    pub findings: Vec<Spanned<String>>,
    /// Finding ids that must not be in the answer.
    #[serde(default)]
    pub absent: Vec<Spanned<String>>,
    /// The finding that must lead the answer (the biggest risk).
    pub first: Option<Spanned<String>>,
    /// Advice ids that must be in the answer.
    #[serde(default)]
    pub advice: Vec<Spanned<String>>,
    /// Advice ids that must not be in the answer (advice that does not fit this person).
    #[serde(default)]
    pub absent_advice: Vec<Spanned<String>>,
    /// Values a finding must carry: `{ finding = "uz_mercenarism", key = "max_years", value = 10 }`.
    #[serde(default)]
    pub values: Vec<ExpectValue>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectValue {
    pub finding: String,
    pub key: String,
    pub value: i64,
}

/// A text and the scan result it must give.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanTest {
    pub name: String,
    pub text: String,
    pub risk: ScamLevel,
    /// Pattern ids that must be flagged.
    #[serde(default)]
    pub flags: Vec<Spanned<String>>,
}

/// Overall risk of an answer.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    serde::Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    None,
    Low,
    Medium,
    High,
    Urgent,
}

impl Risk {
    /// As written in JSON and rule tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::None => "none",
            Risk::Low => "low",
            Risk::Medium => "medium",
            Risk::High => "high",
            Risk::Urgent => "urgent",
        }
    }

    pub(crate) fn of_severity(s: Severity) -> Risk {
        match s {
            Severity::Info => Risk::None,
            Severity::Low => Risk::Low,
            Severity::Medium => Risk::Medium,
            Severity::High => Risk::High,
            Severity::Urgent => Risk::Urgent,
        }
    }

    pub(crate) fn of_scam(s: ScamLevel) -> Risk {
        match s {
            ScamLevel::None => Risk::None,
            ScamLevel::Low => Risk::Low,
            ScamLevel::Medium => Risk::Medium,
            ScamLevel::High => Risk::High,
        }
    }
}
