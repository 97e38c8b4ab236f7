//! Unit tests of the checker: concepts, patterns and the classifier's part, on small
//! hand-made scanners.

use super::*;

fn concept(name: &str, terms: &[&str]) -> Concept {
    Concept {
        name: name.into(),
        terms: terms.iter().map(|p| phrase(p).unwrap()).collect(),
        regex: None,
        min_amount: None,
    }
}

/// A scanner with one concept and a pattern `p` that fires on it alone.
fn flags_concept(c: Concept) -> Scanner {
    Scanner::new(
        vec![c],
        vec![Pattern {
            id: "p".into(),
            severity: ScamLevel::Low,
            message: "m".into(),
            research: vec![],
            when: When::Concept(0),
        }],
        Vec::new(),
        None,
    )
    .unwrap()
}

fn and(a: usize, b: usize) -> When {
    When::And(Box::new(When::Concept(a)), Box::new(When::Concept(b)))
}

fn scanner() -> Scanner {
    Scanner::new(
        vec![
            concept("contract", &["контракт*", "shartnoma*"]),
            concept("citizenship", &["гражданств*", "fuqarolik*", "азаматтық*"]),
        ],
        vec![Pattern {
            id: "citizenship_for_contract".into(),
            severity: ScamLevel::High,
            message: "scam-x".into(),
            research: vec!["P16".into()],
            when: and(0, 1),
        }],
        Vec::new(),
        None,
    )
    .unwrap()
}

/// The scanner above with a classifier that learned offers and news about them.
fn with_second_opinion() -> Scanner {
    quiet_unless(None, None, None)
}

/// `with_second_opinion`, whose classifier alone stays quiet on a warning (`осторожн*`) unless
/// it scores `unless_below` or more, and which drops the pattern's flag on a warning scoring
/// below `unless_overrule_below`.
fn quiet_unless(
    warning: Option<&str>,
    unless_below: Option<f64>,
    unless_overrule_below: Option<f64>,
) -> Scanner {
    let mut s = scanner();
    let unless = warning.map(|w| {
        s.concepts.push(concept("warning", &[w]));
        When::Concept(s.concepts.len() - 1)
    });
    let offer = |t: &str| Training {
        key: fold::fold(t).key,
        recruitment: true,
        pattern: Some("citizenship_for_contract".into()),
        message: None,
    };
    let news = |t: &str| Training {
        key: fold::fold(t).key,
        recruitment: false,
        pattern: None,
        message: None,
    };
    let training = vec![
        offer("Подпиши контракт, гражданство за 3 месяца, выплата сразу, звони"),
        offer("Срочно набор, контракт на год, паспорт РФ без очереди, пиши в личку"),
        offer("Брат, есть тема: подписываешь контракт и через полгода ты гражданин"),
        offer("Контракт с выплатой 2 млн, гражданство семье, отправка завтра"),
        news(
            "Новости: суд в Ташкенте вынес приговор за участие в боевых действиях, сообщает агентство",
        ),
        news("Агентство сообщает: прокуратура напомнила о статье за наёмничество, новости недели"),
        news("Новости дня: агентство пишет, что правозащитники провели встречу с мигрантами"),
        news("Сообщает агентство: в новостях рассказали о приговоре суда в Душанбе"),
    ];
    Scanner::new(
        s.concepts,
        s.patterns,
        training,
        Some(ModelFlag {
            severity: ScamLevel::Medium,
            message: "scam-resembles".into(),
            min_score: 0.7,
            overrule_below: Some(0.3),
            unless,
            unless_below,
            unless_overrule_below,
        }),
    )
    .unwrap()
}

#[test]
fn the_classifier_overrules_a_pattern_in_a_text_that_reads_as_news() {
    let s = with_second_opinion();
    let news = "Новости: агентство сообщает, суд вынес приговор; прокуратура напомнила, \
                что контракт ради гражданства ведёт к статье, сообщает агентство новостей";
    let model = s.model().unwrap();
    assert!(model.score(&fold::fold(news).key) < 0.3);
    assert_eq!(s.scan(news).risk, ScamLevel::None);
    // Without the classifier the pattern's words are there.
    assert_eq!(s.scan_with(news, None).risk, ScamLevel::High);
    // An offer keeps its flag.
    assert_eq!(
        s.scan("Подпиши контракт — гражданство через полгода").risk,
        ScamLevel::High
    );
}

#[test]
fn a_model_reused_across_loads_answers_as_a_fresh_one() {
    let text = "срочно набор, выплата сразу, отправка завтра, звони в личку, брат";
    let score = |s: &Scanner| s.model().unwrap().score(&fold::fold(text).key);
    let first = score(&with_second_opinion());
    // Built again from the same texts (reused if no other test trained one in between).
    assert_eq!(score(&with_second_opinion()), first);
    forget_trained_model();
    assert_eq!(score(&with_second_opinion()), first);
    // Other texts train another model, never the one kept.
    let mut other = with_second_opinion();
    other.training.truncate(5);
    let retrained = Scanner::new(
        other.concepts,
        other.patterns,
        other.training,
        other.model_flag,
    )
    .unwrap();
    assert_ne!(score(&retrained), first);
}

#[test]
fn the_classifier_alone_needs_a_few_words() {
    let s = with_second_opinion();
    let model = s.model().unwrap();
    let long = "срочно набор, выплата сразу, отправка завтра, звони в личку, брат";
    assert!(model.score(&fold::fold(long).key) >= 0.7);
    assert_eq!(s.scan(long).flags[0].id, RESEMBLES);
    // Two words of it score high too, but are too few to judge alone.
    assert!(model.score(&fold::fold("выплата сразу").key) >= 0.7);
    assert!(s.scan("выплата сразу").flags.is_empty());
}

#[test]
fn a_warning_keeps_the_classifier_quiet_unless_it_is_sure() {
    let offer = "срочно набор, выплата сразу, отправка завтра, звони в личку, брат, осторожно";
    let s = with_second_opinion();
    let score = s.model().unwrap().score(&fold::fold(offer).key);
    assert!(score >= 0.7, "{score}");
    assert_eq!(s.scan(offer).flags[0].id, RESEMBLES);
    let quiet = |below| {
        quiet_unless(Some("осторожн*"), below, None)
            .scan(offer)
            .flags
            .is_empty()
    };
    assert!(quiet(None));
    assert!(quiet(Some(score + 0.001)));
    assert!(!quiet(Some(score - 0.001)));
}

#[test]
fn a_warning_asks_the_classifier_to_be_surer_before_a_pattern_stands() {
    let retold = "Подпиши контракт, гражданство через полгода, сказали мне. Осторожно";
    let s = with_second_opinion();
    let score = s.model().unwrap().score(&fold::fold(retold).key);
    assert!((0.3..0.99).contains(&score), "{score}");
    assert_eq!(s.scan(retold).risk, ScamLevel::High);
    let flagged = |below| {
        !quiet_unless(Some("осторожн*"), None, below)
            .scan(retold)
            .flags
            .is_empty()
    };
    assert!(flagged(None));
    assert!(flagged(Some(score - 0.001)));
    assert!(!flagged(Some(score + 0.001)));
    // Without the warning word the ordinary bar, overrule_below, holds.
    let plain = "Подпиши контракт, гражданство через полгода, сказали мне";
    assert!(
        !quiet_unless(Some("осторожн*"), None, Some(0.99))
            .scan(plain)
            .flags
            .is_empty()
    );
}

#[test]
fn survives_inflection_and_scripts() {
    let s = scanner();
    for text in [
        "Подпиши контракт и получи гражданство",
        "Контрактники получают гражданства быстрее",
        "По контракту — с гражданством РФ",
        "kontrakt podpishi, grazhdanstvo za 3 mesyatsa",
        "Shartnoma imzolang, fuqaroligini beramiz",
        "Шартнома имзоланг, фуқаролик берамиз",
        "контракт жасасаң, азаматтығын аласың",
    ] {
        let r = s.scan(text);
        assert_eq!(r.risk, ScamLevel::High, "{text}");
    }
}

#[test]
fn one_concept_is_not_enough() {
    assert_eq!(
        scanner().scan("Как получить гражданство РФ?").risk,
        ScamLevel::None
    );
}

#[test]
fn negation_keeps_a_pattern_quiet() {
    let mut s = scanner();
    s.concepts.push(concept("sport", &["футбол*"]));
    s = Scanner::new(
        s.concepts,
        vec![Pattern {
            id: "p".into(),
            severity: ScamLevel::High,
            message: "m".into(),
            research: vec![],
            when: When::And(
                Box::new(and(0, 1)),
                Box::new(When::Not(Box::new(When::Concept(2)))),
            ),
        }],
        Vec::new(),
        None,
    )
    .unwrap();
    assert!(s.pattern_matches("p", "контракт и гражданство"));
    assert!(!s.pattern_matches("p", "футболист: контракт и гражданство"));
}

#[test]
fn evidence_quotes_the_original() {
    let r = scanner().scan("ПОДПИШИ КОНТРАКТ — получишь ГРАЖДАНСТВО");
    assert_eq!(r.flags[0].evidence, vec!["КОНТРАКТ", "ГРАЖДАНСТВО"]);
    let r = scanner().scan("ГРАЖДАНСТВО за КОНТРАКТ");
    assert_eq!(r.flags[0].evidence, vec!["ГРАЖДАНСТВО", "КОНТРАКТ"]);
}

#[test]
fn phrase_errors() {
    assert!(phrase("ко*нтракт").is_err());
    assert!(phrase("к*").is_err());
    assert!(phrase("ол*").is_err());
    assert!(phrase("тортиб ол*").is_ok());
    assert!(phrase("!!!").is_err());
    assert!(phrase("подпиш* контракт*").is_ok());
}

#[test]
fn terms_match_whole_words_in_order() {
    let s = flags_concept(concept("g", &["подпиш* контракт*", "сво"]));
    assert!(s.pattern_matches("p", "ну подпишите контракты"));
    assert!(!s.pattern_matches("p", "контракт подпишите"));
    assert!(!s.pattern_matches("p", "переподпишите контракт"));
    assert!(!s.pattern_matches("p", "подпишите этот контракт"));
    assert!(s.pattern_matches("p", "едем на СВО"));
    assert!(!s.pattern_matches("p", "своя работа"));
}

#[test]
fn a_term_after_a_not_after_word_does_not_count() {
    let mut warning = concept("warning", &["dont sign", "имзо накунед"]);
    for term in &mut warning.terms {
        term.not_after = vec![("if".into(), false), ("agar".into(), false)];
    }
    let s = flags_concept(warning);
    assert!(s.pattern_matches("p", "Dont sign anything you cannot read"));
    // Up to three words back, in the same clause.
    assert!(!s.pattern_matches("p", "they will beat him if he dont sign"));
    assert!(!s.pattern_matches("p", "if he really dont sign"));
    assert!(s.pattern_matches("p", "if you know him well dont sign"));
    assert!(s.pattern_matches("p", "If in doubt, dont sign."));
    assert!(s.pattern_matches("p", "and if. Dont sign"));
    // A later occurrence still counts.
    assert!(s.pattern_matches("p", "if he dont sign they beat him. Dont sign!"));
    assert!(!s.pattern_matches("p", "Агар шартномаро имзо накунед, паспорт нест"));
    // Whole words only: "iffy" is not "if".
    assert!(s.pattern_matches("p", "iffy dont sign"));
}

#[test]
fn a_miss_says_why_in_concept_names_and_scores() {
    let retold = "Подпиши контракт, гражданство через полгода, сказали мне. Осторожно";
    let s = quiet_unless(Some("осторожн*"), Some(0.999), Some(0.999));
    let model = s.model();
    let why = s.why_quiet(retold, model);
    assert!(
        why.starts_with("overruled: citizenship_for_contract matched, score 0."),
        "{why}"
    );
    assert!(
        why.ends_with("< 0.999, about recruitment (warning)"),
        "{why}"
    );
    let offer = "срочно набор, выплата сразу, отправка завтра, звони в личку, брат, осторожно";
    let why = s.why_quiet(offer, model);
    assert!(
        why.starts_with("no pattern, about recruitment (warning), score 0."),
        "{why}"
    );
    assert_eq!(
        s.why_quiet("выплата сразу", model),
        "no pattern, too short for the classifier"
    );
    assert_eq!(s.why_quiet("Сдаю комнату у метро", None), "no pattern");
    // Never the text's words.
    assert!(!s.why_quiet(offer, model).contains("осторожно"));
}

/// A reload's tests decide in two halves (`pending`, then the score) what `scan` decides at
/// once: over every shipped labelled message, with its real model, the two agree, whichever
/// way each text goes (patterns standing, overruled, the classifier alone, too short).
#[test]
fn pending_then_score_flags_what_scan_flags() {
    let rs = crate::rules::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .unwrap_or_else(|d| panic!("{d:?}"));
    let s = &rs.scanner;
    let model = s.model();
    assert!(model.is_some());
    let (mut flagged, mut quiet) = (0, 0);
    for m in &rs.tests.messages {
        let now = s.scan(&m.text).risk > ScamLevel::None;
        assert_eq!(s.pending(&m.text).flagged(model), now, "message {}", m.id);
        if now { flagged += 1 } else { quiet += 1 }
    }
    assert!(
        flagged > 1000 && quiet > 1000,
        "{flagged} flagged, {quiet} not"
    );
    // The same files load to the same version, so a reload that changed no rule reuses the
    // patterns found in each message (`pending_all`).
    let again = crate::rules::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(again.scanner.matching_version, s.matching_version);
    // Short texts and a text with no model at all.
    for text in [
        "",
        "да",
        "контракт",
        "Подпиши контракт, гражданство через полгода",
    ] {
        let now = s.scan_with(text, None).risk > ScamLevel::None;
        assert_eq!(s.pending(text).flagged(None), now, "{text}");
    }
}

/// `pending_all` reuses the last call's answers only for the same concepts, patterns and
/// thresholds: a scanner with other thresholds finds its own.
#[test]
fn pending_all_reuses_answers_only_for_the_same_rules() {
    let texts = [
        "Подпиши контракт, гражданство через полгода, сказали мне. Осторожно",
        "срочно набор, выплата сразу, отправка завтра, звони в личку, брат, осторожно",
        "Сдаю комнату у метро",
    ];
    let strict = quiet_unless(Some("осторожн*"), Some(0.999), Some(0.999));
    let loose = quiet_unless(Some("осторожн*"), Some(0.001), Some(0.001));
    for s in [&strict, &loose, &strict] {
        let model = s.model();
        let all = s.pending_all(&texts);
        for (text, p) in texts.iter().zip(&all) {
            assert_eq!(p.flagged(model), s.pending(text).flagged(model), "{text}");
            assert_eq!(
                p.flagged(model),
                s.scan(text).risk > ScamLevel::None,
                "{text}"
            );
        }
    }
    // The thresholds decide the first text: a test that could not tell the two apart.
    assert_ne!(
        strict.pending(texts[0]).flagged(strict.model()),
        loose.pending(texts[0]).flagged(loose.model())
    );
}
