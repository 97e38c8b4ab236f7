//! Facts + date -> Evaluation: which findings apply, with their values, citations and trace.
//! No prose here: `i18n` turns an Evaluation into text.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use super::date::Date;
use super::facts::Facts;
use super::fast;
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
    /// The person asks about a family member, not about themselves.
    pub about_relative: bool,
}

/// Written in rule tests too, so it lives with the rule files' types.
pub use super::model::Risk;

#[derive(Debug, Clone, Serialize)]
pub struct FindingResult {
    pub id: String,
    pub severity: Severity,
    /// Where it stands in the answer (lower first); set by staff.
    #[serde(skip)]
    pub priority: i32,
    #[serde(skip)]
    pub message: String,
    pub trace: Trace,
    pub values: BTreeMap<String, i64>,
    pub citations: Vec<Arc<Citation>>,
}

/// Why a finding applies: its rule and the conditions that held.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Trace {
    pub rule: String,
    #[schema(value_type = Vec<String>)]
    pub matched: Vec<Arc<str>>,
    /// The laws (id and the date each version took effect) the finding used.
    #[schema(value_type = Vec<String>)]
    pub laws: Vec<Arc<str>>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Citation {
    /// The act's title in English.
    pub title: String,
    /// The act's title per language (see `rules::model::Law::act_title`).
    #[serde(skip)]
    pub titles: BTreeMap<String, String>,
    #[serde(flatten)]
    pub article: Article,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The page the value was read from.
    pub source: String,
    #[schema(value_type = String, format = Date)]
    pub checked_on: Date,
    /// `official`, `reported` or `unconfirmed`.
    pub status: super::Status,
    /// Who published the source, and when (as the source shows it), for "reported by ...".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The publisher's name per language.
    #[serde(skip)]
    pub publishers: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AdviceResult {
    pub id: String,
    #[serde(skip)]
    pub message: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ContactResult {
    pub id: String,
    pub name: String,
    /// The name per language (see `rules::model::Contact::name_title`).
    #[serde(skip)]
    pub name_title: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Who published it and when (for contacts nobody here has verified).
    #[serde(skip)]
    pub published_by: String,
    #[serde(skip)]
    pub published_by_title: BTreeMap<String, String>,
    #[serde(skip)]
    pub published_on: Option<Date>,
    #[serde(skip)]
    pub verified_on: Option<Date>,
    #[serde(skip)]
    pub safety: Option<super::model::ContactSafety>,
}

impl ContactResult {
    fn of(c: &super::Contact) -> Self {
        ContactResult {
            id: c.id.clone(),
            name: c.name.clone(),
            name_title: c.name_title.clone(),
            url: c.url.clone(),
            phone: c.phone.clone(),
            published_by: c.published_by.clone(),
            published_by_title: c.published_by_title.clone(),
            published_on: c.published_on,
            verified_on: c.verified_on,
            safety: c.safety,
        }
    }
}

/// Evaluates the facts on a date (`facts.on`, else `on`), scanning `facts.offer_text`.
pub fn evaluate(rs: &RuleSet, facts: &Facts, on: Date) -> Evaluation {
    let scam = match &facts.offer_text {
        Some(text) if !text.trim().is_empty() => rs.scanner.scan(text),
        _ => ScanResult::none(),
    };
    evaluate_scanned(rs, facts, scam, on)
}

/// Evaluates with an offer already scanned (the dialogue keeps only the scan's result).
pub fn evaluate_scanned(rs: &RuleSet, facts: &Facts, scam: ScanResult, on: Date) -> Evaluation {
    let on = facts.on.unwrap_or(on);
    let epoch = rs.epoch(on);
    let situations: Vec<&str> = facts.situations.iter().map(|s| s.as_str()).collect();
    let input = fast::Input {
        citizenship: facts.citizenship.as_str(),
        russian_citizenship: facts.russian_citizenship.as_str(),
        scam: scam.risk.as_str(),
        in_russia: facts.in_russia,
        situations: &situations,
    };
    // Built only if a condition needs the interpreter.
    let ctx: std::cell::OnceCell<cel::Context> = std::cell::OnceCell::new();
    let cel_context = || cel_context(rs, facts, &situations, scam.risk, epoch);

    // Each distinct condition is computed at most once.
    let mut memo: Vec<Option<bool>> = vec![None; rs.conditions.len()];
    let mut holds = |i: usize| -> bool {
        *memo[i].get_or_insert_with(|| {
            let c = &rs.conditions[i];
            match &c.fast {
                Some(f) => f.eval(&input),
                // An error (e.g. comparing an unknown age) means the condition does not hold.
                None => matches!(
                    c.program.execute(ctx.get_or_init(cel_context)),
                    Ok(cel::Value::Bool(true))
                ),
            }
        })
    };
    let mut applies = |rule: &Rule| -> Option<Vec<&Law>> {
        let laws: Option<Vec<&Law>> = rule
            .laws
            .iter()
            .map(|id| epoch.and_then(|e| e.in_force.get(id)).map(|&i| &rs.laws[i]))
            .collect();
        let laws = laws?;
        rule.conditions.iter().all(|&i| holds(i)).then_some(laws)
    };

    let mut findings: Vec<FindingResult> = rs
        .findings
        .iter()
        .filter_map(|rule| Some(finding_result(rs, rule, &applies(rule)?)))
        .collect();
    // Staff's priority first (the biggest risk leads), then the more severe.
    findings.sort_by_key(|f| (f.priority, std::cmp::Reverse(f.severity)));

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
        // Home-country help for its citizens; help inside Russia for everyone it fits.
        .filter(|c| c.country == facts.citizenship.as_str() || c.country == "RU")
        .filter(|c| c.conditions.iter().all(|&i| holds(i)))
        .map(ContactResult::of)
        .collect();

    Evaluation {
        ruleset: rs.version.clone(),
        on,
        risk: overall_risk(&findings, &scam),
        findings,
        scam,
        advice,
        contacts,
        about_relative: about_relative(facts),
    }
}

/// Whether the person asks only about a relative who was recruited, not about themselves.
fn about_relative(facts: &Facts) -> bool {
    !facts.situations.is_empty()
        && facts
            .situations
            .iter()
            .all(|s| *s == super::Situation::RelativeRecruited)
}

/// The answer's risk: the most severe finding's, or the offer's if that is higher.
fn overall_risk(findings: &[FindingResult], scam: &ScanResult) -> Risk {
    findings
        .iter()
        .map(|f| Risk::of_severity(f.severity))
        .chain(std::iter::once(Risk::of_scam(scam.risk)))
        .max()
        .unwrap_or(Risk::None)
}

/// A finding that applies, with the values and citations of the laws it rests on.
fn finding_result(rs: &RuleSet, rule: &Rule, laws: &[&Law]) -> FindingResult {
    let mut values = BTreeMap::new();
    for law in laws {
        for (k, v) in law.values.numbers() {
            values.insert(k.to_string(), v);
        }
    }
    FindingResult {
        id: rule.id.clone(),
        severity: rule.severity,
        priority: rule.order,
        message: rule.message.clone(),
        trace: Trace {
            rule: rule.id.clone(),
            matched: rule
                .conditions
                .iter()
                .map(|&i| Arc::clone(&rs.conditions[i].text))
                .collect(),
            laws: laws.iter().map(|l| Arc::clone(&l.trace_label)).collect(),
        },
        values,
        citations: laws.iter().map(|l| Arc::clone(&l.citation)).collect(),
    }
}

/// The facts as CEL variables.
fn cel_context<'a>(
    rs: &RuleSet,
    facts: &Facts,
    situations: &[&str],
    scam: ScamLevel,
    epoch: Option<&super::Epoch>,
) -> cel::Context<'a, 'a> {
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
    ctx.add_variable_from_value("situations", situations.to_vec());
    ctx.add_variable_from_value("scam", scam.as_str());
    ctx.add_variable_from_value(
        "law",
        epoch.map_or_else(
            || cel::Value::from(std::collections::HashMap::<String, cel::Value>::new()),
            |e| e.cel.clone(),
        ),
    );
    ctx
}

/// Where in an act: article, part, paragraph, sub-paragraph, each as the act numbers it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Article {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subparagraph: Option<String>,
}

impl Article {
    /// For staff, in English: "art. 22 part 1 para 2 sub-para v".
    pub fn staff_text(&self) -> Option<String> {
        let mut s = format!("art. {}", self.article.as_deref()?);
        for (label, v) in [
            ("part", &self.part),
            ("para", &self.paragraph),
            ("sub-para", &self.subparagraph),
        ] {
            if let Some(v) = v {
                s.push_str(&format!(" {label} {v}"));
            }
        }
        Some(s)
    }
}

/// How answers cite a law: its act and article, and its first (most official) source.
pub fn citation(
    sources: &BTreeMap<String, super::model::Source>,
    act: String,
    titles: BTreeMap<String, String>,
    article: Article,
    first_source: Option<&str>,
    checked_on: Date,
    status: super::Status,
) -> Citation {
    let source = first_source.and_then(|id| sources.get(id));
    Citation {
        title: act,
        titles,
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
        publisher: source.and_then(|s| s.publisher.clone()),
        publishers: source
            .map(|s| s.publisher_title.clone())
            .unwrap_or_default(),
        published: source.and_then(|s| s.date.as_deref()).and_then(loose_date),
    }
}

/// The first date in a source's free-text date ("Content Sept 2022; header shows 21 Sep 2024",
/// "21 Sep 2022 (date of the decree)"), written as digits (2022-09, 2022-09-21) so that no
/// English month name reaches a reader; `None` for "n.d." and the like.
fn loose_date(text: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Ok(year) = w.parse::<u16>() else { continue };
        if !(1990..=2100).contains(&year) {
            continue;
        }
        let month = i.checked_sub(1).and_then(|j| words.get(j)).and_then(|m| {
            let m = m.to_ascii_lowercase();
            MONTHS.iter().position(|name| m.starts_with(name))
        });
        let Some(month) = month else {
            return Some(year.to_string());
        };
        let day = i
            .checked_sub(2)
            .and_then(|j| words.get(j))
            .and_then(|d| d.parse::<u8>().ok())
            .filter(|d| (1..=31).contains(d));
        return Some(match day {
            Some(d) => format!("{year}-{:02}-{d:02}", month + 1),
            None => format!("{year}-{:02}", month + 1),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_dates_become_digits() {
        assert_eq!(
            loose_date("Content Sept 2022; header shows 21 Sep 2024").as_deref(),
            Some("2022-09")
        );
        assert_eq!(
            loose_date("21 Sep 2022 (date of the decree)").as_deref(),
            Some("2022-09-21")
        );
        assert_eq!(loose_date("~2015").as_deref(), Some("2015"));
        assert_eq!(loose_date("n.d."), None);
        assert_eq!(loose_date("4 Oct (year not shown)"), None);
    }
    use crate::rules::facts::Situation;
    use strum::VariantNames;

    /// The native shapes must answer exactly as CEL does, for every shipped condition.
    #[test]
    fn native_conditions_agree_with_cel() {
        let rs =
            crate::rules::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
                .unwrap_or_else(|d| panic!("{d:?}"));
        let native = rs.conditions.iter().filter(|c| c.fast.is_some()).count();
        assert!(
            native * 2 > rs.conditions.len(),
            "only {native} of {} conditions are native",
            rs.conditions.len()
        );
        let on = Date::parse("2026-11-21").unwrap_or_else(|e| panic!("{e}"));
        let all = Situation::VARIANTS;
        let mut checked = 0;
        for (ci, c) in ["UZ", "TJ", "KG", "KZ", "TM", "OTHER"].iter().enumerate() {
            for rc in ["none", "applying", "naturalized", "by_birth"] {
                // Every subset of situations for one country, a spread of subsets for the others.
                for mask in (0u32..1 << all.len()).filter(|m| ci == 0 || m % 7 == ci as u32) {
                    let situations: Vec<&str> = all
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, s)| *s)
                        .collect();
                    for (scam, in_russia) in [(ScamLevel::None, true), (ScamLevel::High, false)] {
                        let json = serde_json::json!({"citizenship": c, "russian_citizenship": rc, "in_russia": in_russia, "situations": situations, "age": 30});
                        let facts = Facts::from_json(json.to_string().as_bytes())
                            .unwrap_or_else(|e| panic!("{e}"));
                        let input = fast::Input {
                            citizenship: c,
                            russian_citizenship: rc,
                            scam: scam.as_str(),
                            in_russia,
                            situations: &situations,
                        };
                        let ctx = cel_context(&rs, &facts, &situations, scam, rs.epoch(on));
                        for cond in rs.conditions.iter() {
                            if let Some(f) = &cond.fast {
                                let by_cel = matches!(
                                    cond.program.execute(&ctx),
                                    Ok(cel::Value::Bool(true))
                                );
                                assert_eq!(f.eval(&input), by_cel, "{} for {json}", cond.text);
                                checked += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
    }
}
