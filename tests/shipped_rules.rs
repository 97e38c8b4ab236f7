//! The rules that ship: they load, their own tests pass, and per country and date the answers a
//! migrant gets are the sourced ones. If staff change a penalty, the matching line here shows
//! what changed for users.

mod common;

use std::path::Path;
use std::sync::LazyLock;

use ogoh::i18n::{self, Locales};
use ogoh::rules::{self, Date, Facts, RuleSet, ScamLevel};

static SHIPPED: LazyLock<(RuleSet, Locales)> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rs = rules::load(&root.join("rules"))
        .unwrap_or_else(|d| panic!("{}", d.iter().map(ToString::to_string).collect::<String>()));
    let locales = Locales::load(&root.join("locales")).unwrap_or_else(|d| panic!("{d:?}"));
    (rs, locales)
});

fn rs() -> &'static RuleSet {
    &SHIPPED.0
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

fn eval(json: &str, on: &str) -> rules::Evaluation {
    let facts = Facts::from_json(json.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    rules::evaluate(rs(), &facts, date(on))
}

fn ids(ev: &rules::Evaluation) -> Vec<&str> {
    ev.findings.iter().map(|f| f.id.as_str()).collect()
}

fn value(ev: &rules::Evaluation, finding: &str, key: &str) -> Option<i64> {
    ev.findings
        .iter()
        .find(|f| f.id == finding)?
        .values
        .get(key)
        .copied()
}

#[test]
fn shipped_rules_pass_check_and_their_own_tests() {
    let (rs, locales) = &*SHIPPED;
    let diags = i18n::check_rules_messages(rs, locales);
    assert!(
        diags.is_empty(),
        "{}",
        diags.iter().map(ToString::to_string).collect::<String>()
    );
    let report = rules::verify::run(rs, date("2026-11-21"));
    let failures: Vec<String> = report.failures.iter().map(ToString::to_string).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(report.passed > 300, "only {} tests ran", report.passed);
    assert!(rs.scanner.patterns.len() >= 15);
}

#[test]
fn an_uzbek_offered_a_contract() {
    let ev = eval(
        r#"{"citizenship":"UZ","situations":["offered_contract"]}"#,
        "2026-11-21",
    );
    assert_eq!(ev.risk.as_str(), "high");
    assert!(ids(&ev).contains(&"uz_mercenarism"), "{:?}", ids(&ev));
    assert_eq!(value(&ev, "uz_mercenarism", "min_years"), Some(5));
    assert_eq!(value(&ev, "uz_mercenarism", "max_years"), Some(10));
    let f = ev
        .findings
        .iter()
        .find(|f| f.id == "uz_mercenarism")
        .unwrap_or_else(|| panic!());
    assert!(f.citations.iter().any(|c| {
        c.article
            .article
            .as_deref()
            .is_some_and(|a| a.starts_with("154"))
    }));
    assert!(f.citations.iter().all(|c| c.checked_on <= Date::today()));
    assert!(
        !ids(&ev)
            .iter()
            .any(|id| id.starts_with("tj_") || id.starts_with("kz_") || id.starts_with("kg_"))
    );
}

#[test]
fn penalties_per_country() {
    for (country, finding, min, max) in [
        ("UZ", "uz_mercenarism", 5, 10),
        ("TJ", "tj_mercenarism", 12, 20),
        ("KZ", "kz_mercenarism", 5, 9),
        ("KG", "kg_embassy_warning", 5, 10),
    ] {
        let ev = eval(
            &format!(r#"{{"citizenship":"{country}","situations":["offered_contract"]}}"#),
            "2026-11-21",
        );
        assert_eq!(
            value(&ev, finding, "min_years"),
            Some(min),
            "{country}: {:?}",
            ids(&ev)
        );
        assert_eq!(value(&ev, finding, "max_years"), Some(max), "{country}");
    }
}

#[test]
fn having_signed_is_urgent_in_every_country_with_a_known_law() {
    for (country, finding) in [
        ("UZ", "uz_signed"),
        ("TJ", "tj_signed"),
        ("KG", "kg_signed"),
        ("KZ", "kz_signed"),
    ] {
        let ev = eval(
            &format!(r#"{{"citizenship":"{country}","situations":["signed_contract"]}}"#),
            "2026-11-21",
        );
        assert_eq!(ev.risk.as_str(), "urgent", "{country}");
        assert!(ids(&ev).contains(&finding), "{country}: {:?}", ids(&ev));
    }
    let tm = eval(
        r#"{"citizenship":"TM","situations":["signed_contract"]}"#,
        "2026-11-21",
    );
    assert!(ids(&tm).contains(&"tm_mercenarism"), "{:?}", ids(&tm));
}

#[test]
fn conscription_age_depends_on_the_date() {
    let facts = r#"{"citizenship":"UZ","russian_citizenship":"naturalized","age":29}"#;
    assert!(ids(&eval(facts, "2026-11-21")).contains(&"ru_conscription"));
    assert!(!ids(&eval(facts, "2023-06-01")).contains(&"ru_conscription"));
    let young = r#"{"citizenship":"UZ","russian_citizenship":"naturalized","age":25}"#;
    assert!(ids(&eval(young, "2023-06-01")).contains(&"ru_conscription"));
    let not_russian = r#"{"citizenship":"UZ","age":25}"#;
    assert!(!ids(&eval(not_russian, "2026-11-21")).contains(&"ru_conscription"));
}

#[test]
fn decree_821_exists_only_from_2025_11_05() {
    let facts = r#"{"citizenship":"TJ","russian_citizenship":"applying","age":30,"situations":["applying_documents"]}"#;
    assert!(!ids(&eval(facts, "2025-11-04")).contains(&"ru_decree_821"));
    assert!(ids(&eval(facts, "2025-11-05")).contains(&"ru_decree_821"));
}

#[test]
fn taking_russian_citizenship_costs_uzbek_and_kazakh_citizenship() {
    let uz = eval(
        r#"{"citizenship":"UZ","russian_citizenship":"naturalized"}"#,
        "2026-11-21",
    );
    assert!(
        ids(&uz).contains(&"uz_russian_citizenship"),
        "{:?}",
        ids(&uz)
    );
    let kz = eval(
        r#"{"citizenship":"KZ","russian_citizenship":"naturalized"}"#,
        "2026-11-21",
    );
    assert!(
        ids(&kz).contains(&"kz_russian_citizenship"),
        "{:?}",
        ids(&kz)
    );
    let tj = eval(
        r#"{"citizenship":"TJ","russian_citizenship":"naturalized"}"#,
        "2026-11-21",
    );
    assert!(
        ids(&tj).contains(&"tj_russian_citizenship"),
        "{:?}",
        ids(&tj)
    );
    assert!(!ids(&tj).contains(&"uz_russian_citizenship"));
}

#[test]
fn detained_and_pressed_is_urgent_with_rights() {
    let ev = eval(
        r#"{"citizenship":"KG","situations":["detained","pressured"]}"#,
        "2026-11-21",
    );
    assert_eq!(ev.risk.as_str(), "urgent");
    assert!(
        ids(&ev).contains(&"detained_pressed_to_sign"),
        "{:?}",
        ids(&ev)
    );
    let advice: Vec<&str> = ev.advice.iter().map(|a| a.id.as_str()).collect();
    assert!(
        advice.contains(&"ask_lawyer") && advice.contains(&"ask_consulate"),
        "{advice:?}"
    );
}

#[test]
fn ordinary_texts_are_not_flagged() {
    for text in [
        "как продлить патент в Сахарово?",
        "Требуются грузчики на склад, оплата 3000 в день, жильё предоставляется",
        "Ishga kerak: haydovchi, maosh 80 000 rubl, Moskva",
        "Курьер в Яндекс Еду, свободный график, выплаты каждый день",
        "Патентро чӣ тавр дароз кардан мумкин?",
        "Строительная компания ищет каменщиков в Подмосковье, оплата 150 000 руб в месяц",
    ] {
        let r = rs().scanner.scan(text);
        assert_eq!(r.risk, ScamLevel::None, "{text}: {:?}", r.flags);
    }
}

#[test]
fn recruitment_ads_are_flagged_in_several_languages() {
    for text in [
        "Работа в Мариуполе! Стройка, жильё бесплатно, 200 000 руб. Оформление по контракту с Минобороны, гражданство РФ за 3 месяца.",
        "Kontrakt s Minoborony na 1 god, grazhdanstvo RF za 3 mesyatsa, vyplata 1,9 mln",
        "Mudofaa vazirligi bilan shartnoma tuzing, 3 oyda Rossiya fuqaroligi!",
    ] {
        let r = rs().scanner.scan(text);
        assert_eq!(r.risk, ScamLevel::High, "{text}: {:?}", r.flags);
    }
}

#[test]
fn every_answer_renders_completely_in_en_and_ru() {
    let (rs, locales) = &*SHIPPED;
    let situations = common::SITUATIONS;
    for country in common::COUNTRIES {
        for rc in common::RUSSIAN {
            let json = format!(
                r#"{{"citizenship":"{country}","russian_citizenship":"{rc}","age":29,"situations":{situations:?}}}"#
            );
            let facts = Facts::from_json(json.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
            let ev = rules::evaluate(rs, &facts, date("2026-11-21"));
            for lang in ["en", "ru"] {
                let a = locales.assessment(lang, &ev);
                for f in &a.findings {
                    for (what, text) in [("title", &f.title), ("text", &f.text), ("why", &f.why)] {
                        assert!(!text.trim().is_empty(), "{lang} {}: empty {what}", f.id);
                        assert!(
                            !text.contains('{') && !text.contains("finding-"),
                            "{lang} {}: {text}",
                            f.id
                        );
                    }
                }
                for adv in &a.advice {
                    assert!(!adv.text.trim().is_empty(), "{lang} {}", adv.id);
                }
                assert!(!a.disclaimer.is_empty());
            }
        }
    }
}

#[test]
fn contacts_say_who_published_them_where_the_research_has_a_number() {
    assert!(
        rs().contacts.iter().all(|c| c.verified_on.is_none()),
        "a verified contact was added: update this test"
    );
    for (country, shown) in [
        ("UZ", true),
        ("TJ", true),
        ("KG", true),
        ("KZ", false),
        ("TM", false),
    ] {
        let ev = eval(
            &format!(r#"{{"citizenship":"{country}","situations":["detained"]}}"#),
            "2026-11-21",
        );
        assert_eq!(
            !ev.contacts.is_empty(),
            shown,
            "{country}: {:?}",
            ev.contacts
        );
        assert!(ev.contacts.iter().all(|c| !c.published_by.is_empty()));
    }
    let answer = SHIPPED.1.assessment(
        "ru",
        &eval(
            r#"{"citizenship":"KG","situations":["summons"],"russian_citizenship":"naturalized"}"#,
            "2026-11-21",
        ),
    );
    let notes: Vec<&str> = answer.contacts.iter().map(|c| c.note.as_str()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("24.kg") && n.contains("26.03.2024")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("иностранн")),
        "a foreign-agent note: {notes:?}"
    );
}

/// Texts made to confuse the checker get a sensible answer: nothing for noise, the offer for an
/// offer hidden by invisible characters, look-alike letters or mixed scripts.
#[test]
fn hostile_texts_get_sensible_answers() {
    let scan = |t: &str| rs().scanner.scan(t);
    let emoji = "🔥💰🇷🇺 ".repeat(64 * 1024 / 17);
    assert!(emoji.len() <= 64 * 1024);
    assert_eq!(scan(&emoji).risk, ScamLevel::None);
    let word = "работа ".repeat(64 * 1024 / 13);
    assert_eq!(
        scan(&word).risk,
        ScamLevel::None,
        "one ordinary word, repeated"
    );
    let spaces = " \u{200B}\u{FEFF}\n".repeat(5_000);
    assert_eq!(scan(&spaces).risk, ScamLevel::None);
    let offer = "Подпиши контракт и получишь гражданство РФ за 3 месяца";
    for disguised in [
        // Zero-width characters inside words.
        "Подпиши кон\u{200B}тракт и получишь граж\u{200D}данство РФ за 3 месяца",
        // Latin o, a, p, c inside Cyrillic words.
        "Пoдпиши кoнтрaкт и пoлучишь грaждaнствo РФ зa 3 месяцa",
        // Latin-typed Russian next to Cyrillic, in capitals with emoji.
        "🔥 PODPISHI KONTRAKT 🔥 и получишь ГРАЖДАНСТВО 🇷🇺 за 3 мес",
        // Soft hyphens, as pasted from a web page.
        "Подпиши кон\u{00AD}тракт и получишь граж\u{00AD}данство РФ за 3 месяца",
    ] {
        assert_eq!(scan(disguised).risk, scan(offer).risk, "{disguised}");
        assert_eq!(scan(disguised).risk, ScamLevel::High, "{disguised}");
    }
    // The same offer inside 64 KB of noise is still found.
    let mut long = "🙂 ".repeat(60 * 1024 / 5);
    long.push_str(offer);
    assert!(long.len() <= 64 * 1024);
    assert_eq!(scan(&long).risk, ScamLevel::High);
}

/// The answers stay short: a finding's main text is at most two sentences in English (the
/// reference every translation follows); details go in `why`.
#[test]
fn every_finding_text_is_at_most_two_sentences() {
    let en = SHIPPED
        .1
        .locales
        .get("en")
        .unwrap_or_else(|| panic!("no en locale"));
    let mut long = Vec::new();
    for f in &rs().findings {
        let text = en
            .messages
            .get(&f.message)
            .and_then(|m| m.texts.get("text"))
            .unwrap_or_else(|| panic!("{} has no .text", f.message));
        // A sentence ends with . ! or ? followed by a space or the end.
        let sentences = text
            .char_indices()
            .filter(|&(i, c)| {
                matches!(c, '.' | '!' | '?')
                    && text[i + 1..].chars().next().is_none_or(char::is_whitespace)
            })
            .count();
        if sentences > 2 {
            long.push(format!("{} ({sentences} sentences): {text}", f.message));
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// Someone asking about a family member reads about him: "your relative's risk", his findings,
/// never "if you sign".
#[test]
fn a_relative_is_spoken_about_not_to() {
    let ev = eval(
        r#"{"citizenship":"KG","situations":["relative_recruited"]}"#,
        "2026-11-30",
    );
    let a = SHIPPED.1.assessment("en", &ev);
    assert_eq!(a.badge, "High risk · For your relative");
    assert_eq!(ids(&ev).first(), Some(&"kg_relative_recruited"));
    for f in &a.findings {
        assert!(!f.text.contains("If you sign"), "{}", f.text);
    }
    let own = SHIPPED.1.assessment(
        "en",
        &eval(
            r#"{"citizenship":"KG","situations":["relative_recruited","pressured"]}"#,
            "2026-11-30",
        ),
    );
    assert!(!own.badge.contains("relative"), "{}", own.badge);
}
