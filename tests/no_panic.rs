//! Property tests: no input from the outside makes facts parsing, folding or scanning panic.

mod common;

use ogoh::rules::{self, Date, Facts, fold};
use proptest::prelude::*;

fn ruleset() -> &'static rules::RuleSet {
    static RULES: std::sync::LazyLock<rules::RuleSet> = std::sync::LazyLock::new(|| {
        let f = common::Fixture::new();
        rules::load(std::path::Path::new(&f.rules)).unwrap_or_else(|d| panic!("{d:?}"))
    });
    &RULES
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn facts_parsing_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = Facts::from_json(&bytes);
    }

    #[test]
    fn facts_like_json_never_panics(
        citizenship in prop_oneof![Just("UZ".to_string()), Just("XX".to_string()), "\\PC{0,8}"],
        age in prop_oneof![Just("27".to_string()), Just("-1".to_string()), Just("1e9".to_string()), Just("null".to_string()), "[0-9]{1,25}"],
        situation in prop_oneof![Just("served".to_string()), Just("signed_contract".to_string()), "\\PC{0,12}"],
        on in prop_oneof![Just("2026-11-21".to_string()), Just("2026-02-30".to_string()), Just("99999-01-01".to_string()), "\\PC{0,12}"],
    ) {
        let json = format!(
            r#"{{"citizenship":{},"age":{age},"situations":[{}],"on":{}}}"#,
            serde_json::to_string(&citizenship).unwrap_or_default(),
            serde_json::to_string(&situation).unwrap_or_default(),
            serde_json::to_string(&on).unwrap_or_default(),
        );
        let _ = Facts::from_json(json.as_bytes());
    }

    #[test]
    fn fold_and_amounts_never_panic(text in "\\PC{0,300}") {
        let f = fold::fold(&text);
        prop_assert!(f.key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' '));
        let _ = fold::amounts(&text);
    }

    #[test]
    fn scanning_never_panics(text in "(\\PC|[ʻ‘’`'ўқғҳәңөұүіӣӯҷ0-9 .,₽к])*") {
        let rs = ruleset();
        let r = rs.scanner.scan(&text);
        for flag in &r.flags {
            for e in &flag.evidence {
                prop_assert!(!e.is_empty());
            }
        }
    }

    #[test]
    fn evaluating_any_valid_facts_never_panics(
        c in 0usize..6, rc in 0usize..4, age in proptest::option::of(10u8..=100),
        sits in proptest::collection::vec(0usize..9, 0..9), days in 0i64..20000,
    ) {
        let rs = ruleset();
        let citizenships = ["UZ", "TJ", "KG", "KZ", "TM", "OTHER"];
        let rcs = ["none", "applying", "naturalized", "by_birth"];
        let all = ["offered_contract", "job_offer_war_zone", "pressured", "detained", "signed_contract", "served", "summons", "applying_documents", "relative_recruited"];
        let situations: Vec<&str> = sits.iter().map(|&i| all[i]).collect();
        let json = serde_json::json!({"citizenship": citizenships[c], "russian_citizenship": rcs[rc], "age": age, "situations": situations});
        let facts = Facts::from_json(json.to_string().as_bytes()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let on = Date(chrono::NaiveDate::from_ymd_opt(1980, 1, 1).unwrap_or_default() + chrono::Days::new(days as u64));
        let _ = rules::evaluate(rs, &facts, on);
    }
}
