//! One full assessment rendered in each of the seven languages, as people read it (insta
//! snapshots in tests/snapshots/). A changed text shows up as a reviewable diff.

use std::path::Path;

use ogoh::i18n::Locales;
use ogoh::rules::{self, Date, Facts};

const LANGS: &[&str] = &["en", "ru", "uz", "uz-Cyrl", "tg", "ky", "kk"];

fn shipped() -> (rules::RuleSet, Locales) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rs = rules::load(&root.join("rules")).unwrap_or_else(|d| panic!("{d:?}"));
    let locales = Locales::load(&root.join("locales")).unwrap_or_else(|d| panic!("{d:?}"));
    (rs, locales)
}

fn evaluation(rs: &rules::RuleSet) -> rules::Evaluation {
    let facts = Facts::from_json(
        r#"{"citizenship":"UZ","russian_citizenship":"naturalized","age":29,
            "situations":["offered_contract","pressured"],
            "offer_text":"Подпиши контракт с Минобороны: гражданство за 3 месяца и 1,9 млн сразу"}"#
            .as_bytes(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    rules::evaluate(
        rs,
        &facts,
        Date::parse("2026-11-21").unwrap_or_else(|e| panic!("{e}")),
    )
}

#[test]
fn full_assessment_in_every_language() {
    let (rs, locales) = shipped();
    let ev = evaluation(&rs);
    for lang in LANGS {
        let a = locales.assessment(lang, &ev);
        insta::assert_snapshot!(format!("assessment_{lang}"), locales.assessment_text(&a));
    }
}

#[test]
fn every_rendering_is_complete() {
    let (rs, locales) = shipped();
    let ev = evaluation(&rs);
    for lang in LANGS {
        let a = locales.assessment(lang, &ev);
        assert!(!a.findings.is_empty());
        for f in &a.findings {
            for (what, text) in [("title", &f.title), ("text", &f.text), ("why", &f.why)] {
                assert!(!text.trim().is_empty(), "{lang} {}: empty {what}", f.id);
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "{lang} {}: {text}",
                    f.id
                );
                assert!(!text.contains("finding-"), "{lang} {}: raw id", f.id);
            }
        }
        for flag in &a.scam.flags {
            assert!(!flag.text.trim().is_empty(), "{lang} {}", flag.id);
        }
        for adv in &a.advice {
            assert!(!adv.text.trim().is_empty(), "{lang} {}", adv.id);
        }
        assert!(!a.disclaimer.is_empty(), "{lang}");
        let text = locales.assessment_text(&a);
        assert!(!text.contains('\u{2068}'), "{lang}: isolation marks");
        if *lang == "uz-Cyrl" {
            // Only the Uzbek texts are transliterated; citations stay as written.
            assert!(
                a.findings
                    .iter()
                    .all(|f| !f.title.chars().any(|c| c.is_ascii_alphabetic())),
                "{lang}"
            );
        }
    }
}
