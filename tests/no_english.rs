//! No English in a non-English answer: every finding, verdict, advice, contact and citation the
//! shipped rules can show, rendered in every language, has no Latin word in a Cyrillic-script
//! language and no English word in Uzbek, outside addresses, codes and a short list of proper
//! names that are written in Latin letters everywhere.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use ogoh::i18n::Locales;
use ogoh::i18n::render::Assessment;
use ogoh::rules::{self, Date, Facts};

const CYRILLIC: &[&str] = &["ru", "uz-Cyrl", "tg", "ky", "kk"];
use common::{COUNTRIES, RUSSIAN, SITUATIONS};

/// Written in Latin letters in every language: outlets named by their web address or brand,
/// and law codes. Each entry is a whole word.
const ALLOWED: &[&str] = &["V"];

/// Every text of an answer a person reads, one per line.
fn texts(l: &Locales, a: &Assessment) -> Vec<String> {
    let mut out = vec![a.badge.clone(), a.verdict.clone()];
    for f in &a.findings {
        out.extend([f.title.clone(), f.text.clone(), f.why.clone()]);
        out.extend(f.citations.iter().map(|c| l.citation(&a.lang, c)));
    }
    out.extend(a.advice.iter().map(|adv| adv.text.clone()));
    for c in &a.contacts {
        out.extend([c.name.clone(), c.note.clone()]);
    }
    out
}

/// The words of a text without addresses (`https://…`, `24.kg`, `yuz.uz`) and phone numbers.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|w| !w.contains("://") && !w.starts_with("www."))
        // A dotted name with letters on both sides is a web address (24.kg, Kun.uz).
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.split_once('.')
                .is_some_and(|(a, b)| !a.is_empty() && b.chars().any(char::is_alphabetic))
        })
        .flat_map(|w| {
            w.split(|c: char| !c.is_alphanumeric() && c != 'ʻ' && c != 'ʼ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// Every answer the persona matrix gives, once per distinct set of findings, advice and
/// contacts.
fn evaluations() -> Vec<rules::Evaluation> {
    let (rs, _) = common::shipped();
    let on = Date::parse("2026-11-30").unwrap_or_else(|e| panic!("{e}"));
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for country in COUNTRIES {
        for russian in RUSSIAN {
            for situation in SITUATIONS {
                for offer in [None, Some("Контракт с Минобороны, гражданство за 3 месяца")]
                {
                    let json = serde_json::json!({
                        "citizenship": country,
                        "russian_citizenship": russian,
                        "age": 25,
                        "situations": [situation],
                        "offer_text": offer,
                    });
                    let facts = Facts::from_json(json.to_string().as_bytes())
                        .unwrap_or_else(|e| panic!("{e}"));
                    let ev = rules::evaluate(rs, &facts, on);
                    let key = format!(
                        "{:?}|{:?}|{:?}",
                        ev.findings.iter().map(|f| &f.id).collect::<Vec<_>>(),
                        ev.advice.iter().map(|a| &a.id).collect::<Vec<_>>(),
                        ev.contacts.iter().map(|c| &c.id).collect::<Vec<_>>()
                    );
                    if seen.insert(key) {
                        out.push(ev);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn no_latin_word_in_a_cyrillic_answer() {
    let (_, l) = common::shipped();
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for ev in evaluations() {
        for lang in CYRILLIC {
            let a = l.assessment(lang, &ev);
            for text in texts(l, &a) {
                for w in words(&text) {
                    if w.chars().any(|c| c.is_ascii_alphabetic()) && !ALLOWED.contains(&w.as_str())
                    {
                        found
                            .entry(format!("{lang}: {w}"))
                            .or_default()
                            .insert(text.clone());
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} Latin words in Cyrillic answers:\n{}",
        found.len(),
        found
            .iter()
            .map(|(w, texts)| format!("{w}  in  {}", texts.iter().next().unwrap_or(&String::new())))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn no_english_word_in_an_uzbek_answer() {
    let (_, l) = common::shipped();
    // Uzbek is written in Latin letters too, so an English word is one that the English answer
    // uses and no Uzbek text of ours does: the Uzbek messages, and the Uzbek names staff gave
    // acts, contacts and outlets in rules/ (`*_title.uz`), where proper names are spelt.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut uzbek_texts: Vec<String> = std::fs::read_dir(root.join("locales/uz"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .filter_map(|f| std::fs::read_to_string(f.path()).ok())
        .collect();
    let messages = uzbek_texts.len();
    uzbek_titles(&root.join("rules"), &mut uzbek_texts);
    assert!(
        uzbek_texts.len() > messages + 50,
        "the rules' Uzbek titles were not read"
    );
    let uzbek: BTreeSet<String> = uzbek_texts
        .iter()
        .flat_map(|t| words(t))
        .map(|w| w.to_lowercase())
        .collect();
    let mut found: BTreeMap<String, String> = BTreeMap::new();
    for ev in evaluations() {
        let english: BTreeSet<String> = texts(l, &l.assessment("en", &ev))
            .iter()
            .flat_map(|t| words(t))
            .map(|w| w.to_lowercase())
            .collect();
        for text in texts(l, &l.assessment("uz", &ev)) {
            for w in words(&text) {
                let lower = w.to_lowercase();
                if lower.chars().count() > 2
                    && english.contains(&lower)
                    && !uzbek.contains(&lower)
                    && !ALLOWED.contains(&w.as_str())
                {
                    found.entry(w).or_insert(text.clone());
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} English words in Uzbek answers:\n{}",
        found.len(),
        found
            .iter()
            .map(|(w, t)| format!("{w}  in  {t}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The `uz` values of every `*_title` table in the rule files under `dir`.
fn uzbek_titles(dir: &std::path::Path, out: &mut Vec<String>) {
    fn walk(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::Table(t) => {
                for (k, v) in t {
                    if k.ends_with("_title")
                        && let Some(uz) = v.get("uz").and_then(toml::Value::as_str)
                    {
                        out.push(uz.to_string());
                    }
                    walk(v, out);
                }
            }
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    for entry in std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            uzbek_titles(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml")
            && let Ok(table) =
                toml::from_str::<toml::Table>(&std::fs::read_to_string(&path).unwrap_or_default())
        {
            walk(&toml::Value::Table(table), out);
        }
    }
}
