//! The persona matrix: every home country × Russian-citizenship status × situation (alone and in
//! the common pairs), on several dates, assessed with the shipped rules. A person acts on the whole
//! answer, so the whole answer is checked:
//! - no two findings that staff declared contradictory (`conflicts_with`) appear together;
//! - for anyone offered, pressed into or holding a contract, the home-country criminal risk leads;
//! - a home country that punishes joining never answers "no known risk" to a contract offer.

mod common;

use std::collections::HashMap;
use std::path::Path;

use ogoh::rules::{self, Date, Facts, RuleSet};

use common::{COUNTRIES, RUSSIAN, SITUATIONS};
/// The pairs people most often are in.
const PAIRS: &[[&str; 2]] = &[
    ["offered_contract", "pressured"],
    ["detained", "offered_contract"],
    ["detained", "pressured"],
    ["signed_contract", "served"],
    ["summons", "applying_documents"],
    ["applying_documents", "pressured"],
    ["job_offer_war_zone", "offered_contract"],
];
const DATES: &[&str] = &["2022-08-01", "2023-11-21", "2024-06-01", "2026-11-30"];
const AGES: &[Option<u8>] = &[None, Some(22), Some(29), Some(45)];

/// Home-country findings that state the criminal risk, per country.
fn criminal(country: &str) -> &'static [&'static str] {
    match country {
        "UZ" => &["uz_mercenarism", "uz_signed"],
        "TJ" => &["tj_mercenarism", "tj_signed", "tj_signed_russian_citizen"],
        "KG" => &["kg_mercenarism", "kg_signed"],
        "KZ" => &["kz_mercenarism", "kz_signed"],
        "TM" => &["tm_mercenarism"],
        _ => &[],
    }
}

fn shipped() -> RuleSet {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    rules::load(&root.join("rules"))
        .unwrap_or_else(|d| panic!("{}", d.iter().map(ToString::to_string).collect::<String>()))
}

fn personas() -> Vec<(String, Facts)> {
    let mut situation_sets: Vec<Vec<&str>> = vec![Vec::new()];
    situation_sets.extend(SITUATIONS.iter().map(|s| vec![*s]));
    situation_sets.extend(PAIRS.iter().map(|p| p.to_vec()));
    let mut out = Vec::new();
    for country in COUNTRIES {
        for russian in RUSSIAN {
            for set in &situation_sets {
                for on in DATES {
                    for age in AGES {
                        let json = serde_json::json!({
                            "citizenship": country,
                            "russian_citizenship": russian,
                            "age": age,
                            "situations": set,
                            "on": on,
                        });
                        let facts = Facts::from_json(json.to_string().as_bytes())
                            .unwrap_or_else(|e| panic!("{json}: {e}"));
                        out.push((json.to_string(), facts));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn whole_answers_never_contradict_themselves_and_lead_with_the_biggest_risk() {
    let rs = shipped();
    let conflicts: HashMap<&str, &[String]> = rs
        .findings
        .iter()
        .map(|f| (f.id.as_str(), f.conflicts_with.as_slice()))
        .collect();
    assert!(
        conflicts.values().any(|c| !c.is_empty()),
        "the shipped rules declare contradictions; the test must see them"
    );
    let today = Date::parse("2026-11-30").unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    let all = personas();
    for (who, facts) in &all {
        let ev = rules::evaluate(&rs, facts, today);
        let ids: Vec<&str> = ev.findings.iter().map(|f| f.id.as_str()).collect();
        for id in &ids {
            for other in conflicts.get(id).copied().unwrap_or_default() {
                if ids.contains(&other.as_str()) {
                    problems.push(format!("{who}: `{id}` and `{other}` contradict each other"));
                }
            }
        }
        let country = facts.citizenship.as_str();
        // Where the research has a number, there is someone to call.
        if matches!(country, "UZ" | "TJ" | "KG")
            && !facts.situations.is_empty()
            && ev.contacts.is_empty()
        {
            problems.push(format!("{who}: no contact is shown"));
        }
        let contract = facts.situations.iter().any(|s| {
            matches!(
                s.as_str(),
                "offered_contract" | "signed_contract" | "served" | "pressured"
            )
        });
        if contract && !criminal(country).is_empty() {
            match ids.first() {
                Some(first) if criminal(country).contains(first) => {}
                _ => problems.push(format!(
                    "{who}: the home-country criminal risk must lead, got: {}",
                    ids.join(", ")
                )),
            }
        }
    }
    assert!(all.len() > 5_000, "{} personas", all.len());
    assert!(
        problems.is_empty(),
        "{} problems, first ones:\n{}",
        problems.len(),
        problems[..problems.len().min(20)].join("\n")
    );
}
