//! Evaluation -> Assessment: the same answer with its texts in one language. The one rendering
//! path for every channel (CLI, web, Telegram).

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use super::Locales;
use crate::rules::eval::{Citation, ContactResult, Evaluation, Risk, Trace};
use crate::rules::{Date, ScamLevel, ScanResult, Severity};

/// The Assessment contract of DESIGN.md.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Assessment {
    pub ruleset: String,
    pub lang: String,
    #[schema(value_type = String, format = Date)]
    pub on: Date,
    pub risk: Risk,
    pub findings: Vec<Finding>,
    pub scam: Scan,
    pub advice: Vec<Advice>,
    pub contacts: Vec<ContactResult>,
    /// Information, not a lawyer; where to get one.
    pub disclaimer: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Finding {
    pub id: String,
    pub severity: Severity,
    pub title: String,
    pub text: String,
    pub why: String,
    pub trace: Trace,
    pub values: BTreeMap<String, i64>,
    #[schema(value_type = Vec<Citation>)]
    pub citations: Vec<std::sync::Arc<Citation>>,
}

/// A scan result with texts (`ogoh scan --json` prints it with `ruleset` and `lang`).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Scan {
    pub risk: ScamLevel,
    pub flags: Vec<Flag>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Flag {
    pub id: String,
    pub text: String,
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Advice {
    pub id: String,
    pub text: String,
}

fn t(chain: &[&super::Locale], id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
    super::text_in(chain, id, attr, args).unwrap_or_default()
}

impl Locales {
    /// A message without variables (labels, risk names, the disclaimer).
    pub fn label(&self, lang: &str, id: &str) -> String {
        t(&self.chain(lang), id, None, None)
    }

    /// Renders an evaluation in `lang`.
    pub fn assessment(&self, lang: &str, ev: &Evaluation) -> Assessment {
        let chain = self.chain(lang);
        let findings = ev
            .findings
            .iter()
            .map(|f| {
                let mut args = FluentArgs::new();
                for (k, v) in &f.values {
                    args.set(k.as_str(), FluentValue::from(*v));
                }
                Finding {
                    id: f.id.clone(),
                    severity: f.severity,
                    title: t(&chain, &f.message, Some("title"), Some(&args)),
                    text: t(&chain, &f.message, Some("text"), Some(&args)),
                    why: t(&chain, &f.message, Some("why"), Some(&args)),
                    trace: f.trace.clone(),
                    values: f.values.clone(),
                    citations: f.citations.clone(),
                }
            })
            .collect();
        Assessment {
            ruleset: ev.ruleset.clone(),
            lang: lang.to_string(),
            on: ev.on,
            risk: ev.risk,
            findings,
            scam: self.scan(lang, &ev.scam),
            advice: ev
                .advice
                .iter()
                .map(|a| Advice {
                    id: a.id.clone(),
                    text: t(&chain, &a.message, None, None),
                })
                .collect(),
            contacts: ev.contacts.clone(),
            disclaimer: t(&chain, "disclaimer", None, None),
        }
    }

    /// Renders a scan result in `lang`.
    pub fn scan(&self, lang: &str, r: &ScanResult) -> Scan {
        let chain = self.chain(lang);
        Scan {
            risk: r.risk,
            flags: r
                .flags
                .iter()
                .map(|f| Flag {
                    id: f.id.clone(),
                    text: t(&chain, &f.message, None, None),
                    evidence: f.evidence.clone(),
                })
                .collect(),
        }
    }

    /// A citation on one line: "act, article 154 (checked 2026-11-21)", in `lang`'s word order
    /// ("154-modda", "моддаи 154").
    pub fn citation(&self, lang: &str, c: &Citation) -> String {
        let mut line = c.title.clone();
        if let Some(article) = &c.article {
            let mut args = FluentArgs::new();
            args.set("article", FluentValue::from(article.as_str()));
            let label = self.text(lang, "label-article", None, Some(&args));
            line.push_str(&format!(", {}", label.unwrap_or_else(|| article.clone())));
        }
        line.push_str(&format!(
            " ({} {})",
            self.label(lang, "label-checked-on"),
            c.checked_on
        ));
        line
    }

    /// An assessment as plain text for a terminal.
    pub fn assessment_text(&self, a: &Assessment) -> String {
        let l = |id: &str| self.label(&a.lang, id);
        let mut out = format!(
            "{}: {}\n",
            l("label-risk"),
            l(&format!("risk-{}", a.risk.as_str()))
        );
        for f in &a.findings {
            out.push_str(&format!(
                "\n■ {}\n{}\n{}: {}\n",
                f.title,
                f.text,
                l("label-why"),
                f.why
            ));
            for c in &f.citations {
                out.push_str(&format!("  – {}", self.citation(&a.lang, c)));
                if let Some(url) = &c.url {
                    out.push_str(&format!("\n    {url}"));
                }
                out.push('\n');
            }
        }
        if !a.scam.flags.is_empty() {
            out.push('\n');
            out.push_str(&self.scan_text(&a.lang, &a.scam));
        }
        if !a.advice.is_empty() {
            out.push_str(&format!("\n{}:\n", l("label-advice")));
            for adv in &a.advice {
                out.push_str(&format!("  • {}\n", adv.text));
            }
        }
        if !a.contacts.is_empty() {
            out.push_str(&format!("\n{}:\n", l("label-contacts")));
            for c in &a.contacts {
                out.push_str(&format!("  • {}", c.name));
                for extra in [&c.url, &c.phone].into_iter().flatten() {
                    out.push_str(&format!(" {extra}"));
                }
                out.push('\n');
            }
        }
        out.push_str(&format!("\n{}\n", a.disclaimer));
        out
    }

    /// A scan result as plain text.
    pub fn scan_text(&self, lang: &str, s: &Scan) -> String {
        let l = |id: &str| self.label(lang, id);
        let risk = s.risk.as_str();
        let mut out = format!(
            "{}: {}\n",
            l("label-offer-risk"),
            l(&format!("risk-{risk}"))
        );
        if s.flags.is_empty() {
            out.push_str(&format!("{}\n", l("scan-nothing-found")));
        }
        for f in &s.flags {
            out.push_str(&format!("\n⚠ {}\n", f.text));
            if !f.evidence.is_empty() {
                out.push_str(&format!(
                    "  {}: «{}»\n",
                    l("label-evidence"),
                    f.evidence.join("», «")
                ));
            }
        }
        out
    }
}
