//! Facts + date -> Evaluation: which findings apply, with their values, citations and trace.
//! No prose here: `i18n` turns an Evaluation into text.

use std::collections::BTreeMap;

use serde::Serialize;

use super::date::Date;
use super::facts::Facts;
use super::model::{ScamLevel, Severity};
use super::scam::ScanResult;
use super::{Law, Rule, RuleSet};

/// The engine's answer, in ids and numbers.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub ruleset: String,
    pub on: Date,
    pub risk: Risk,
    pub findings: Vec<FindingResult>,
    pub scam: ScanResult,
    pub advice: Vec<AdviceResult>,
    pub contacts: Vec<ContactResult>,
}

/// Overall risk of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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

    fn of_severity(s: Severity) -> Risk {
        match s {
            Severity::Info => Risk::None,
            Severity::Low => Risk::Low,
            Severity::Medium => Risk::Medium,
            Severity::High => Risk::High,
            Severity::Urgent => Risk::Urgent,
        }
    }

    fn of_scam(s: ScamLevel) -> Risk {
        match s {
            ScamLevel::None => Risk::None,
            ScamLevel::Low => Risk::Low,
            ScamLevel::Medium => Risk::Medium,
            ScamLevel::High => Risk::High,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingResult {
    pub id: String,
    pub severity: Severity,
    #[serde(skip)]
    pub message: String,
    pub trace: Trace,
    pub values: BTreeMap<String, i64>,
    pub citations: Vec<Citation>,
}

/// Why a finding applies: its rule and the conditions that held.
#[derive(Debug, Clone, Serialize)]
pub struct Trace {
    pub rule: String,
    pub matched: Vec<String>,
    /// The laws (id and the date each version took effect) the finding used.
    pub laws: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The page the value was read from.
    pub source: String,
    pub checked_on: Date,
    /// `official`, `reported` or `unconfirmed`.
    pub status: super::Status,
}

#[derive(Debug, Clone, Serialize)]
pub struct AdviceResult {
    pub id: String,
    #[serde(skip)]
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactResult {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// Evaluates the facts on a date (`facts.on`, else `on`).
pub fn evaluate(rs: &RuleSet, facts: &Facts, on: Date) -> Evaluation {
    let on = facts.on.unwrap_or(on);
    let scam = match &facts.offer_text {
        Some(text) if !text.trim().is_empty() => rs.scanner.scan(text),
        _ => ScanResult::none(),
    };
    let epoch = rs.epoch(on);
    let mut ctx = cel::Context::with_env(rs.env.clone());
    ctx.add_variable_from_value("citizenship", facts.citizenship.as_str());
    ctx.add_variable_from_value("russian_citizenship", facts.russian_citizenship.as_str());
    ctx.add_variable_from_value("in_russia", facts.in_russia);
    ctx.add_variable_from_value(
        "age",
        facts
            .age
            .map_or(cel::Value::Null, |a| cel::Value::Int(i64::from(a))),
    );
    ctx.add_variable_from_value(
        "situations",
        facts
            .situations
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>(),
    );
    ctx.add_variable_from_value("scam", scam.risk.as_str());
    ctx.add_variable_from_value(
        "law",
        epoch.map_or_else(
            || cel::Value::from(std::collections::HashMap::<String, cel::Value>::new()),
            |e| e.cel.clone(),
        ),
    );

    // Each distinct condition is computed at most once.
    let mut memo: Vec<Option<bool>> = vec![None; rs.conditions.len()];
    let mut applies = |rule: &Rule| -> Option<Vec<&Law>> {
        let laws: Option<Vec<&Law>> = rule
            .laws
            .iter()
            .map(|id| epoch.and_then(|e| e.in_force.get(id)).map(|&i| &rs.laws[i]))
            .collect();
        let laws = laws?;
        rule.conditions
            .iter()
            .all(|&i| {
                *memo[i].get_or_insert_with(|| {
                    // An error (e.g. comparing an unknown age) means the condition does not hold.
                    matches!(
                        rs.conditions[i].program.execute(&ctx),
                        Ok(cel::Value::Bool(true))
                    )
                })
            })
            .then_some(laws)
    };

    let mut findings = Vec::new();
    for rule in &rs.findings {
        let Some(laws) = applies(rule) else { continue };
        let mut values = BTreeMap::new();
        for law in &laws {
            for (k, v) in law.values.numbers() {
                values.insert(k.to_string(), v);
            }
        }
        findings.push(FindingResult {
            id: rule.id.clone(),
            severity: rule.severity,
            message: rule.message.clone(),
            trace: Trace {
                rule: rule.id.clone(),
                matched: rule
                    .conditions
                    .iter()
                    .map(|&i| rs.conditions[i].text.clone())
                    .collect(),
                laws: laws
                    .iter()
                    .map(|l| match l.valid_from {
                        Some(from) => format!("{} (from {from})", l.id),
                        None => l.id.clone(),
                    })
                    .collect(),
            },
            values,
            citations: laws.iter().map(|l| l.citation.clone()).collect(),
        });
    }
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));

    let advice = rs
        .advice
        .iter()
        .filter(|r| applies(r).is_some())
        .map(|r| AdviceResult {
            id: r.id.clone(),
            message: r.message.clone(),
        })
        .collect();

    let contacts = rs
        .contacts
        .iter()
        .filter(|c| c.country == facts.citizenship.as_str() && c.verified_on.is_some())
        .map(|c| ContactResult {
            id: c.id.clone(),
            name: c.name.clone(),
            url: c.url.clone(),
            phone: c.phone.clone(),
        })
        .collect();

    let risk = findings
        .iter()
        .map(|f| Risk::of_severity(f.severity))
        .chain(std::iter::once(Risk::of_scam(scam.risk)))
        .max()
        .unwrap_or(Risk::None);

    Evaluation {
        ruleset: rs.version.clone(),
        on,
        risk,
        findings,
        scam,
        advice,
        contacts,
    }
}

/// How answers cite a law: its act and article, and its first (most official) source.
pub fn citation(
    sources: &BTreeMap<String, super::model::Source>,
    act: String,
    article: Option<String>,
    first_source: Option<&str>,
    checked_on: Date,
    status: super::Status,
) -> Citation {
    let source = first_source.and_then(|id| sources.get(id));
    Citation {
        title: act,
        article,
        url: source.and_then(|s| s.url.as_ref().map(|u| u.get_ref().clone())),
        source: source
            .map(|s| match &s.publisher {
                Some(p) => format!("{p}: {}", s.title),
                None => s.title.clone(),
            })
            .unwrap_or_default(),
        checked_on,
        status,
    }
}
