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
    /// The risk in words, over the verdict: "High risk", "Urgent: act now".
    pub badge: String,
    /// One line that leads the answer: the biggest consequence, with its number where the law
    /// gives one ("In Uzbekistan: 5 to 10 years in prison if you join the war for money").
    pub verdict: String,
    pub findings: Vec<Finding>,
    pub scam: Scan,
    pub advice: Vec<Advice>,
    pub contacts: Vec<Contact>,
    /// Information, not a lawyer; where to get one.
    pub disclaimer: String,
}

impl Assessment {
    /// How many steps lead the answer; the rest are one tap away.
    pub const STEPS: usize = 3;
}

/// Where a text answer puts the findings' details: in the text (a terminal), or behind one
/// button per finding (Telegram).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Details {
    Inline,
    Buttons,
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
        let findings: Vec<Finding> = ev
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
        // The first finding is the biggest risk (rules sort by staff's priority): its verdict
        // line, or its title where staff wrote none.
        let verdict = match (ev.findings.first(), findings.first()) {
            (Some(f), Some(shown)) => {
                let mut args = FluentArgs::new();
                for (k, v) in &f.values {
                    args.set(k.as_str(), FluentValue::from(*v));
                }
                let id = f.message.replacen("finding-", "verdict-", 1);
                super::text_in(&chain, &id, None, Some(&args))
                    .unwrap_or_else(|| shown.title.clone())
            }
            _ => t(&chain, "dialogue-result-none", None, None),
        };
        let mut badge = t(
            &chain,
            &format!("answer-risk-{}", ev.risk.as_str()),
            None,
            None,
        );
        if ev.about_relative {
            badge = format!(
                "{badge} · {}",
                t(&chain, "answer-risk-relative", None, None)
            );
        }
        Assessment {
            ruleset: ev.ruleset.clone(),
            lang: lang.to_string(),
            on: ev.on,
            risk: ev.risk,
            badge,
            verdict,
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
            contacts: ev
                .contacts
                .iter()
                .map(|c| contact(&chain, lang, c))
                .collect(),
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
        contacts.iter().map(|c| contact(&chain, lang, c)).collect()
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

    /// A citation on one line in `lang`: the act's title in that language, the article in its
    /// word order ("статья 154, часть 1", "154-modda 1-qism"), and the date it was checked (or
    /// who reported it), as dates are written there.
    pub fn citation(&self, lang: &str, c: &Citation) -> String {
        let mut line = act_title(lang, c);
        let a = &c.article;
        if a.article.is_some() {
            let pieces: Vec<String> = [
                ("label-article", "article", &a.article),
                ("label-part", "part", &a.part),
                ("label-paragraph", "paragraph", &a.paragraph),
                ("label-subparagraph", "subparagraph", &a.subparagraph),
            ]
            .into_iter()
            .filter_map(|(id, var, value)| {
                let value = value.as_deref()?;
                let mut args = FluentArgs::new();
                args.set(var, FluentValue::from(value));
                Some(
                    self.text(lang, id, None, Some(&args))
                        .unwrap_or_else(|| value.to_string()),
                )
            })
            .collect();
            line.push_str(&format!(
                ", {}",
                pieces.join(&self.label(lang, "citation-join"))
            ));
        }
        // Only a law text we read is "checked"; a value reported by the press says who reported it.
        let note = match (c.status, &c.publisher) {
            (crate::rules::Status::Official, _) | (_, None) => {
                let mut args = FluentArgs::new();
                args.set(
                    "date",
                    FluentValue::from(local_date(lang, &c.checked_on.to_string())),
                );
                self.text(lang, "citation-checked", None, Some(&args))
                    .unwrap_or_default()
            }
            (_, Some(publisher)) => {
                let mut args = FluentArgs::new();
                args.set(
                    "publisher",
                    FluentValue::from(in_language(lang, &c.publishers, publisher)),
                );
                match &c.published {
                    Some(date) => {
                        args.set("date", FluentValue::from(local_date(lang, date)));
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

    /// An assessment as plain text for a terminal (details inline).
    pub fn assessment_text(&self, a: &Assessment) -> String {
        self.answer_text(a, Details::Inline)
    }

    /// The answer as text, in the shape every channel shares: the risk and the verdict line,
    /// the offer's verdict if one was checked, the first steps, who can help, then the other
    /// steps and the details (inline, or a hint to the buttons that show them).
    pub fn answer_text(&self, a: &Assessment, details: Details) -> String {
        let l = |id: &str| self.label(&a.lang, id);
        let mut out = format!("{}\n{}\n", a.badge, a.verdict);
        if a.scam.risk != ScamLevel::None {
            out.push_str(&format!(
                "\n{}: {}\n",
                l("label-offer-risk"),
                a.scam.verdict
            ));
        }
        let lead = a.advice.len().min(Assessment::STEPS);
        if lead > 0 {
            out.push_str(&format!("\n{}:\n", l("label-advice")));
            for (i, adv) in a.advice[..lead].iter().enumerate() {
                out.push_str(&format!("{}. {}\n", i + 1, adv.text));
            }
        }
        if !a.contacts.is_empty() {
            out.push_str(&format!("\n{}:\n", l("label-contacts")));
            for c in &a.contacts {
                out.push_str(&format!("• {}\n", Self::contact_line(c)));
            }
        }
        if a.advice.len() > lead {
            out.push_str(&format!("\n{}:\n", l("answer-more-steps")));
            for (i, adv) in a.advice[lead..].iter().enumerate() {
                out.push_str(&format!("{}. {}\n", lead + i + 1, adv.text));
            }
        }
        match details {
            Details::Buttons if !a.findings.is_empty() => {
                out.push_str(&format!("\n{}\n", l("answer-details")));
                for (i, f) in a.findings.iter().enumerate() {
                    out.push_str(&format!("{}. {}\n", i + 1, f.title));
                }
                out.push_str(&format!("{}\n", l("answer-details-hint")));
            }
            Details::Buttons => {}
            Details::Inline => {
                if !a.findings.is_empty() {
                    out.push_str(&format!("\n{}:\n", l("answer-details")));
                }
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

/// The act's title as people read it in `lang`: its own title there, else (uz-Cyrl) the
/// Uzbek one transliterated, else the Russian one, which readers of every supported language
/// know; English only for English.
fn act_title(lang: &str, c: &Citation) -> String {
    in_language(lang, &c.titles, &c.title)
}

/// A name that staff gave per language in `rules/` (acts, contacts, publishers), in `lang`.
fn in_language(lang: &str, titles: &BTreeMap<String, String>, english: &str) -> String {
    if lang == "en" {
        return english.to_string();
    }
    if let Some(t) = titles.get(lang) {
        return t.clone();
    }
    if lang == super::UZ_CYRL
        && let Some(t) = titles.get("uz")
    {
        return super::uz_cyrl::transliterate(t).into_owned();
    }
    titles.get("ru").map_or(english, String::as_str).to_string()
}

/// An ISO date ("2026-11-21", "2022-09") as written in `lang`: unchanged in English, day first
/// with dots elsewhere ("21.11.2026", "09.2022"), as in Russia and Central Asia.
pub fn local_date(lang: &str, iso: &str) -> String {
    if lang == "en" {
        return iso.to_string();
    }
    iso.split('-').rev().collect::<Vec<_>>().join(".")
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
fn contact(chain: &[&super::Locale], lang: &str, c: &ContactResult) -> Contact {
    let mut args = FluentArgs::new();
    args.set(
        "publisher",
        FluentValue::from(in_language(lang, &c.published_by_title, &c.published_by)),
    );
    let mut note = match (c.verified_on, c.published_on) {
        (Some(d), _) => {
            args.set("date", FluentValue::from(local_date(lang, &d.to_string())));
            t(chain, "contact-verified", None, Some(&args))
        }
        (None, Some(d)) => {
            args.set("date", FluentValue::from(local_date(lang, &d.to_string())));
            t(chain, "contact-published", None, Some(&args))
        }
        (None, None) => t(chain, "contact-published-undated", None, Some(&args)),
    };
    if c.safety == Some(crate::rules::model::ContactSafety::ForeignAgent) {
        note = format!("{note} {}", t(chain, "contact-foreign-agent", None, None));
    }
    Contact {
        id: c.id.clone(),
        name: in_language(lang, &c.name_title, &c.name),
        url: c.url.clone(),
        phone: c.phone.clone(),
        note,
    }
}
