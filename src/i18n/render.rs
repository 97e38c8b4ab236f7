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
    /// "Your risk", or "Your relative's risk" for someone asking about a family member.
    #[serde(skip)]
    pub risk_label: String,
    pub findings: Vec<Finding>,
    pub scam: Scan,
    pub advice: Vec<Advice>,
    pub contacts: Vec<Contact>,
    /// Information, not a lawyer; where to get one.
    pub disclaimer: String,
}

/// Somewhere to get help, with where its number comes from.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Contact {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Who published it and when, or when our team checked it; a safety note where needed.
    pub note: String,
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
    /// One plain sentence that leads the answer: what this text looks like.
    pub verdict: String,
    /// The reasons, most severe first; channels show the first `Scan::LEAD` and keep the rest
    /// one tap away.
    pub flags: Vec<Flag>,
    /// When nothing was found: the questions to ask of any offer, after `ask`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ask: String,
}

impl Scan {
    /// How many reasons lead the answer.
    pub const LEAD: usize = 3;
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
            risk_label: t(
                &chain,
                if ev.about_relative {
                    "label-risk-relative"
                } else {
                    "label-risk"
                },
                None,
                None,
            ),
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
            contacts: ev.contacts.iter().map(|c| contact(&chain, c)).collect(),
            disclaimer: t(&chain, "disclaimer", None, None),
        }
    }

    /// A contact on one line for text channels: name, address, number, then where it comes from.
    pub fn contact_line(c: &Contact) -> String {
        let mut line = c.name.clone();
        for extra in [&c.url, &c.phone].into_iter().flatten() {
            line.push_str(&format!(" {extra}"));
        }
        format!("{line}\n    {}", c.note)
    }

    /// Renders the contacts of an evaluation in `lang`.
    pub fn contacts(&self, lang: &str, contacts: &[ContactResult]) -> Vec<Contact> {
        let chain = self.chain(lang);
        contacts.iter().map(|c| contact(&chain, c)).collect()
    }

    /// Renders a scan result in `lang`.
    pub fn scan(&self, lang: &str, r: &ScanResult) -> Scan {
        let chain = self.chain(lang);
        let nothing = r.flags.is_empty();
        let verdict = match r.risk {
            ScamLevel::High => "scan-verdict-high",
            ScamLevel::Medium => "scan-verdict-medium",
            ScamLevel::Low => "scan-verdict-low",
            ScamLevel::None => "scan-nothing-found",
        };
        let questions = [
            "scan-question-contract",
            "scan-question-lure",
            "scan-question-pressure",
        ];
        Scan {
            risk: r.risk,
            verdict: t(&chain, verdict, None, None),
            flags: merged_flags(&chain, &r.flags),
            questions: if nothing {
                questions.iter().map(|q| t(&chain, q, None, None)).collect()
            } else {
                Vec::new()
            },
            ask: if nothing {
                t(&chain, "scan-ask-yourself", None, None)
            } else {
                String::new()
            },
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
        // Only a law text we read is "checked"; a value reported by the press says who reported it.
        let note = match (c.status, &c.publisher) {
            (crate::rules::Status::Official, _) | (_, None) => {
                format!("{} {}", self.label(lang, "label-checked-on"), c.checked_on)
            }
            (_, Some(publisher)) => {
                let mut args = FluentArgs::new();
                args.set("publisher", FluentValue::from(publisher.as_str()));
                match &c.published {
                    Some(date) => {
                        args.set("date", FluentValue::from(date.as_str()));
                        self.text(lang, "label-reported-by", None, Some(&args))
                    }
                    None => self.text(lang, "label-reported-by-undated", None, Some(&args)),
                }
                .unwrap_or_else(|| publisher.clone())
            }
        };
        line.push_str(&format!(" ({note})"));
        line
    }

    /// An assessment as plain text for a terminal.
    pub fn assessment_text(&self, a: &Assessment) -> String {
        let l = |id: &str| self.label(&a.lang, id);
        let mut out = format!(
            "{}: {}\n",
            a.risk_label,
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
                out.push_str(&format!("  • {}\n", Self::contact_line(c)));
            }
        }
        out.push_str(&format!("\n{}\n", a.disclaimer));
        out
    }

    /// A scan result as plain text: the verdict, then at most three reasons; further reasons
    /// follow under their own heading, so nothing is lost where nothing can be folded away.
    pub fn scan_text(&self, lang: &str, s: &Scan) -> String {
        let l = |id: &str| self.label(lang, id);
        let mut out = format!("{}\n", s.verdict);
        if !s.questions.is_empty() {
            out.push_str(&format!("\n{}\n", s.ask));
            for q in &s.questions {
                out.push_str(&format!("• {q}\n"));
            }
        }
        for (i, f) in s.flags.iter().enumerate() {
            if i == Scan::LEAD {
                out.push_str(&format!("\n{}:\n", l("scan-more-reasons")));
            }
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

/// The flags with their texts; patterns that share an explanation are shown once, with the
/// words that matched either.
fn merged_flags(chain: &[&super::Locale], flags: &[crate::rules::scam::Flag]) -> Vec<Flag> {
    let mut out: Vec<Flag> = Vec::new();
    let mut messages: Vec<&str> = Vec::new();
    for f in flags {
        if let Some(i) = messages
            .iter()
            .position(|m| *m == f.message && f.like.is_none())
        {
            let evidence = &mut out[i].evidence;
            evidence.extend(f.evidence.iter().cloned());
            let all = evidence.clone();
            evidence.dedup();
            evidence.retain(|e| !all.iter().any(|o| o != e && o.contains(e.as_str())));
            let mut seen = std::collections::HashSet::new();
            evidence.retain(|e| seen.insert(e.clone()));
            continue;
        }
        let mut text = t(chain, &f.message, None, None);
        // The classifier's flag explains itself, then the pattern it resembles.
        if let Some(like) = &f.like_message {
            text = format!("{text} {}", t(chain, like, None, None));
        }
        messages.push(&f.message);
        out.push(Flag {
            id: f.id.clone(),
            text,
            evidence: f.evidence.clone(),
        });
    }
    out
}

/// A contact with its note: checked by our team, or published by whom and when (it may have
/// changed); and Russia's "foreign agent" label, said plainly.
fn contact(chain: &[&super::Locale], c: &ContactResult) -> Contact {
    let mut args = FluentArgs::new();
    args.set("publisher", FluentValue::from(c.published_by.as_str()));
    let mut note = match (c.verified_on, c.published_on) {
        (Some(d), _) => {
            args.set("date", FluentValue::from(d.to_string()));
            t(chain, "contact-verified", None, Some(&args))
        }
        (None, Some(d)) => {
            args.set("date", FluentValue::from(d.to_string()));
            t(chain, "contact-published", None, Some(&args))
        }
        (None, None) => t(chain, "contact-published-undated", None, Some(&args)),
    };
    if c.safety == Some(crate::rules::model::ContactSafety::ForeignAgent) {
        note = format!("{note} {}", t(chain, "contact-foreign-agent", None, None));
    }
    Contact {
        id: c.id.clone(),
        name: c.name.clone(),
        url: c.url.clone(),
        phone: c.phone.clone(),
        note,
    }
}
