//! `ogoh rules check|diff|test`: what staff run on the rule files before a change goes live.

use std::path::Path;

use crate::i18n::{self, Locales};
use crate::rules::{self, Date};

use super::{Dirs, Failure, problems};

pub(super) fn check(dirs: &Dirs) -> Result<String, Failure> {
    // On two cores, as `Engine::load` does.
    let (rules, locales) =
        rayon::join(|| rules::load(&dirs.rules), || Locales::load(&dirs.locales));
    let mut out = String::new();
    let mut diags = Vec::new();
    match &rules {
        Ok(rs) => out.push_str(&format!(
            "rules: ruleset {}: {} laws, {} findings, {} advice, {} patterns, {} contacts ({} verified), {} tests\n",
            rs.version,
            rs.laws.len(),
            rs.findings.len(),
            rs.advice.len(),
            rs.scanner.patterns.len(),
            rs.contacts.len(),
            rs.contacts.iter().filter(|c| c.verified_on.is_some()).count(),
            rs.tests.scenarios.len()
                + rs.tests.scans.len()
                + rs.tests.examples.len()
                + rs.tests.messages.len(),
        )),
        Err(d) => diags.extend(d.iter().cloned()),
    }
    // A warning for staff, not a failure: such contacts are shown with who published them.
    if let Ok(rs) = &rules {
        let unverified: Vec<&str> = rs
            .contacts
            .iter()
            .filter(|c| c.verified_on.is_none())
            .map(|c| c.id.as_str())
            .collect();
        if !unverified.is_empty() {
            out.push_str(&format!(
                "warning: {} contacts have not been verified by staff (call or open each, then set verified_on): {}\n",
                unverified.len(),
                unverified.join(", ")
            ));
        }
    }
    match &locales {
        Ok(l) => {
            out.push_str(&coverage(l));
            diags.extend(i18n::check_locales(l));
            if let Ok(rs) = &rules {
                diags.extend(i18n::check_rules_messages(rs, l));
            }
        }
        Err(d) => diags.extend(d.iter().cloned()),
    }
    if diags.is_empty() {
        out.push_str("ok\n");
        Ok(out)
    } else {
        let mut f = problems(&diags);
        f.message = format!("{out}{}", f.message);
        Err(f)
    }
}

/// One line per locale: messages translated, and who reviewed it.
pub(super) fn coverage(locales: &Locales) -> String {
    let total = locales
        .locales
        .get(i18n::REFERENCE)
        .map_or(0, |l| l.messages.len());
    let mut out = String::new();
    for (lang, l) in &locales.locales {
        let have = l.messages.len().min(total);
        let percent = (have * 100).checked_div(total).unwrap_or(100);
        let review = match (&l.status, lang.as_str()) {
            (_, i18n::UZ_CYRL) => "transliterated from uz".to_string(),
            (Some(s), _) if s.status == i18n::Review::Reviewed => format!(
                "reviewed by {} on {}",
                s.reviewed_by.as_deref().unwrap_or("?"),
                s.reviewed_on.map(|d| d.to_string()).unwrap_or_default()
            ),
            (Some(_), _) => "DRAFT, not reviewed by a native speaker".to_string(),
            (None, _) => "no status.toml".to_string(),
        };
        out.push_str(&format!(
            "locale {lang:8} {have:4}/{total} messages ({percent:3}%)  {review}\n"
        ));
    }
    out
}

pub(super) fn diff(old: &Path, new: &Path) -> Result<String, Failure> {
    let old = rules::load(old).map_err(|d| problems(&d))?;
    let new = rules::load(new).map_err(|d| problems(&d))?;
    let lines = rules::diff::diff(&old, &new);
    if lines.is_empty() {
        return Ok("no changes\n".to_string());
    }
    Ok(lines.iter().map(|l| format!("{l}\n")).collect())
}

pub(super) fn test(rules_dir: &Path) -> Result<String, Failure> {
    let rs = rules::load(rules_dir).map_err(|d| problems(&d))?;
    let report = rules::verify::run(&rs, Date::today());
    let summary = format!(
        "{} passed, {} failed\n",
        report.passed,
        report.failures.len()
    );
    if report.failures.is_empty() {
        Ok(summary)
    } else {
        let mut message: String = report
            .failures
            .iter()
            .map(|f| format!("FAIL {f}\n"))
            .collect();
        message.push_str(&summary);
        Err(Failure { code: 1, message })
    }
}
