//! Answers rendered in each of the seven languages, as people read them (insta snapshots in
//! tests/snapshots/): one full assessment as the terminal prints it, and three people's answers
//! as the web page and the Telegram chat show them. A changed text shows up as a reviewable
//! diff.

mod common;

use std::path::Path;

use axum::body::Body;
use axum::http::Request;
use ogoh::i18n::render::Details;
use tower::ServiceExt;

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

/// The three people the answer's shape was designed for (issue 14): an Uzbek man offered a
/// contract at the Sakharovo migration centre, a Tajik man with new Russian citizenship and a
/// summons, a Kyrgyz woman whose brother signed. As facts, and as the web form posts them.
const PEOPLE: &[(&str, &str, &str)] = &[
    (
        "uz_offered_contract",
        r#"{"citizenship":"UZ","russian_citizenship":"none","age":31,
            "situations":["offered_contract","applying_documents"],
            "offer_text":"В Сахарово: подпиши контракт с Минобороны, получишь вид на жительство и 2 млн"}"#,
        "citizenship=UZ&russian_citizenship=none&age=31&situations=offered_contract&situations=applying_documents&offer_text=%D0%92+%D0%A1%D0%B0%D1%85%D0%B0%D1%80%D0%BE%D0%B2%D0%BE%3A+%D0%BF%D0%BE%D0%B4%D0%BF%D0%B8%D1%88%D0%B8+%D0%BA%D0%BE%D0%BD%D1%82%D1%80%D0%B0%D0%BA%D1%82+%D1%81+%D0%9C%D0%B8%D0%BD%D0%BE%D0%B1%D0%BE%D1%80%D0%BE%D0%BD%D1%8B%2C+%D0%BF%D0%BE%D0%BB%D1%83%D1%87%D0%B8%D1%88%D1%8C+%D0%B2%D0%B8%D0%B4+%D0%BD%D0%B0+%D0%B6%D0%B8%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE+%D0%B8+2+%D0%BC%D0%BB%D0%BD",
    ),
    (
        "tj_new_citizen_summons",
        r#"{"citizenship":"TJ","russian_citizenship":"naturalized","age":27,"situations":["summons"]}"#,
        "citizenship=TJ&russian_citizenship=naturalized&age=27&situations=summons&offer_text=",
    ),
    (
        "kg_brother_signed",
        r#"{"citizenship":"KG","russian_citizenship":"none","age":35,"situations":["relative_recruited"]}"#,
        "citizenship=KG&russian_citizenship=none&age=35&situations=relative_recruited&offer_text=",
    ),
];

/// The chat's result message (the details sit behind its buttons).
#[test]
fn three_people_in_the_chat() {
    let (rs, locales) = shipped();
    let on = Date::parse("2026-11-30").unwrap_or_else(|e| panic!("{e}"));
    for (who, facts, _) in PEOPLE {
        let facts = Facts::from_json(facts.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let ev = rules::evaluate(&rs, &facts, on);
        for lang in LANGS {
            let a = locales.assessment(lang, &ev);
            insta::assert_snapshot!(
                format!("chat_{who}_{lang}"),
                locales.answer_text(&a, Details::Buttons)
            );
        }
    }
}

/// The web result page's main part, one element per line, as a reviewer reads it.
#[tokio::test]
async fn three_people_on_the_web() {
    let db = common::TestDb::new(common::Backend::Sqlite).await;
    let state = common::shipped_state(
        &db,
        ogoh::web::RateLimit {
            per_second: 0,
            ..Default::default()
        },
    )
    .await;
    let app = ogoh::web::app(state);
    for (who, _, form) in PEOPLE {
        for lang in LANGS {
            let req = Request::post(format!("/{lang}/result"))
                .header("content-type", "application/x-www-form-urlencoded")
                .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
                    [127, 0, 0, 1],
                    1,
                ))))
                .body(Body::from(form.to_string()))
                .unwrap_or_else(|e| panic!("{e}"));
            let res = app
                .clone()
                .oneshot(req)
                .await
                .unwrap_or_else(|e| match e {});
            assert!(res.status().is_success(), "{who} {lang}: {}", res.status());
            let body = axum::body::to_bytes(res.into_body(), 1 << 20)
                .await
                .unwrap_or_default();
            let html = String::from_utf8_lossy(&body);
            assert!(
                html.len() <= 30 * 1024,
                "{who} {lang}: {} bytes",
                html.len()
            );
            let main = html
                .split_once("<main>")
                .and_then(|(_, rest)| rest.split_once("</main>"))
                .map(|(main, _)| main)
                .unwrap_or_else(|| panic!("{who} {lang}: no <main>"));
            insta::assert_snapshot!(format!("web_{who}_{lang}"), main.replace("><", ">\n<"));
        }
    }
}
