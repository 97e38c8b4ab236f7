//! What changed between two rule sets, in plain language for the people who review it:
//! "Uzbekistan, Criminal Code of the Republic of Uzbekistan, art. 154 part 1, maximum penalty:
//! 10 → 12 years (source: …, checked 2026-12-01)". Used by `ogoh rules diff` and the audit.

use std::collections::{BTreeMap, BTreeSet};

use super::scam::Phrase;
use super::{Law, LegalValues, RuleSet};

/// Every change from `old` to `new`, one line each; empty when nothing that matters changed.
pub fn diff(old: &RuleSet, new: &RuleSet) -> Vec<String> {
    let mut out = Vec::new();
    laws(old, new, &mut out);
    rules(
        "finding",
        &old.findings,
        &new.findings,
        &old.conditions,
        &new.conditions,
        &mut out,
    );
    rules(
        "advice",
        &old.advice,
        &new.advice,
        &old.conditions,
        &new.conditions,
        &mut out,
    );
    patterns(old, new, &mut out);
    out
}

fn country(code: &str) -> &str {
    match code {
        "UZ" => "Uzbekistan",
        "TJ" => "Tajikistan",
        "KG" => "Kyrgyzstan",
        "KZ" => "Kazakhstan",
        "TM" => "Turkmenistan",
        "RU" => "Russia",
        other => other,
    }
}

fn name(law: &Law) -> String {
    let mut s = format!("{}, {}", country(&law.country), law.act);
    if let Some(a) = law.citation.article.staff_text() {
        s.push_str(&format!(", {a}"));
    }
    s
}

fn source(rs: &RuleSet, law: &Law) -> String {
    let title = law
        .sources
        .first()
        .and_then(|id| rs.sources.get(id))
        .map(|s| s.title.clone())
        .unwrap_or_default();
    format!("(source: {title}, checked {})", law.checked_on)
}

/// The values as labelled lines.
fn values(v: &LegalValues) -> BTreeMap<&'static str, String> {
    let mut m = BTreeMap::new();
    let mut put = |label: &'static str, value: Option<String>| {
        if let Some(value) = value {
            m.insert(label, value);
        }
    };
    put("minimum penalty", v.min_years.map(|y| format!("{y} years")));
    put("maximum penalty", v.max_years.map(|y| format!("{y} years")));
    put(
        "maximum is life",
        v.life.map(|l| if l { "yes" } else { "no" }.to_string()),
    );
    put(
        "maximum fine",
        v.max_fine
            .map(|f| format!("{f} {}", v.fine_unit.as_deref().unwrap_or_default())),
    );
    put("minimum age", v.min_age.map(|a| a.to_string()));
    put("age limit", v.max_age.map(|a| a.to_string()));
    put("days", v.days.map(|d| d.to_string()));
    put("months", v.months.map(|m| m.to_string()));
    m
}

fn laws(old: &RuleSet, new: &RuleSet, out: &mut Vec<String>) {
    let key = |l: &Law| (l.id.clone(), l.valid_from);
    let old_by: BTreeMap<_, &Law> = old.laws.iter().map(|l| (key(l), l)).collect();
    let new_by: BTreeMap<_, &Law> = new.laws.iter().map(|l| (key(l), l)).collect();
    for (k, n) in &new_by {
        let since = n
            .valid_from
            .map_or(String::new(), |d| format!(" (in force from {d})"));
        match old_by.get(k) {
            None => out.push(format!(
                "{}{since}: new entry: {} {}",
                name(n),
                describe(&values(&n.values)),
                source(new, n)
            )),
            Some(o) => {
                let (ov, nv) = (values(&o.values), values(&n.values));
                for label in ov.keys().chain(nv.keys()).collect::<BTreeSet<_>>() {
                    let (a, b) = (ov.get(label), nv.get(label));
                    if a != b {
                        out.push(format!(
                            "{}{since}, {label}: {} → {} {}",
                            name(n),
                            a.map_or("none", String::as_str),
                            b.map_or("none", String::as_str),
                            source(new, n)
                        ));
                    }
                }
                if o.valid_to != n.valid_to {
                    let show =
                        |d: Option<super::Date>| d.map_or("no end".to_string(), |d| d.to_string());
                    out.push(format!(
                        "{}{since}, in force until: {} → {}",
                        name(n),
                        show(o.valid_to),
                        show(n.valid_to)
                    ));
                }
                if o.status != n.status {
                    out.push(format!(
                        "{}{since}, certainty: {:?} → {:?} {}",
                        name(n),
                        o.status,
                        n.status,
                        source(new, n)
                    ));
                }
                if o.sources != n.sources {
                    out.push(format!(
                        "{}{since}, sources: {} → {}",
                        name(n),
                        o.sources.join(", "),
                        n.sources.join(", ")
                    ));
                }
            }
        }
    }
    for (k, o) in &old_by {
        if !new_by.contains_key(k) {
            out.push(format!(
                "{}: entry removed (was: {})",
                name(o),
                describe(&values(&o.values))
            ));
        }
    }
}

fn describe(v: &BTreeMap<&'static str, String>) -> String {
    if v.is_empty() {
        "no numbers".to_string()
    } else {
        v.iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn rules(
    kind: &str,
    old: &[super::Rule],
    new: &[super::Rule],
    old_conditions: &[super::Condition],
    new_conditions: &[super::Condition],
    out: &mut Vec<String>,
) {
    let texts = |r: &super::Rule, all: &[super::Condition]| -> Vec<String> {
        r.conditions
            .iter()
            .map(|&i| all[i].text.to_string())
            .collect()
    };
    let old_by: BTreeMap<&str, &super::Rule> = old.iter().map(|r| (r.id.as_str(), r)).collect();
    for n in new {
        match old_by.get(n.id.as_str()) {
            None => out.push(format!("new {kind} `{}`", n.id)),
            Some(o) => {
                if o.severity != n.severity {
                    out.push(format!(
                        "{kind} `{}`: severity {:?} → {:?}",
                        n.id, o.severity, n.severity
                    ));
                }
                let (a, b) = (texts(o, old_conditions), texts(n, new_conditions));
                if a != b {
                    out.push(format!(
                        "{kind} `{}`: applies when {} (was: {})",
                        n.id,
                        b.join(" and "),
                        a.join(" and ")
                    ));
                }
                if o.laws != n.laws {
                    out.push(format!(
                        "{kind} `{}`: rests on {} (was: {})",
                        n.id,
                        n.laws.join(", "),
                        o.laws.join(", ")
                    ));
                }
            }
        }
    }
    let new_ids: BTreeSet<&str> = new.iter().map(|r| r.id.as_str()).collect();
    for o in old {
        if !new_ids.contains(o.id.as_str()) {
            out.push(format!("{kind} `{}` removed", o.id));
        }
    }
}

fn patterns(old: &RuleSet, new: &RuleSet, out: &mut Vec<String>) {
    let (oc, nc) = (&old.scanner.concepts, &new.scanner.concepts);
    let old_by: BTreeMap<&str, &super::scam::Pattern> = old
        .scanner
        .patterns
        .iter()
        .map(|p| (p.id.as_str(), p))
        .collect();
    for n in &new.scanner.patterns {
        let Some(o) = old_by.get(n.id.as_str()) else {
            out.push(format!(
                "new recruitment pattern `{}`: {}",
                n.id,
                n.when.describe(nc)
            ));
            continue;
        };
        if o.severity != n.severity {
            out.push(format!(
                "pattern `{}`: severity {:?} → {:?}",
                n.id, o.severity, n.severity
            ));
        }
        let (before, after) = (o.when.describe(oc), n.when.describe(nc));
        if before != after {
            out.push(format!("pattern `{}`: when {before} → {after}", n.id));
        }
    }
    let new_ids: BTreeSet<&str> = new.scanner.patterns.iter().map(|p| p.id.as_str()).collect();
    for o in &old.scanner.patterns {
        if !new_ids.contains(o.id.as_str()) {
            out.push(format!("recruitment pattern `{}` removed", o.id));
        }
    }
    for c in nc {
        let before: BTreeSet<String> = oc
            .iter()
            .find(|o| o.name == c.name)
            .map(|o| o.terms.iter().map(Phrase::describe).collect())
            .unwrap_or_default();
        let after: BTreeSet<String> = c.terms.iter().map(Phrase::describe).collect();
        for added in after.difference(&before) {
            out.push(format!("concept `{}`: new term \"{added}\"", c.name));
        }
        for removed in before.difference(&after) {
            out.push(format!("concept `{}`: term \"{removed}\" removed", c.name));
        }
    }
}
