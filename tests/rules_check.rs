//! `ogoh rules check` on a valid tree and on one broken file per kind of error, each with the
//! exact `file:line:col` staff will see.

mod common;

use common::{Fixture, stderr, stdout};

/// Breaks one file and returns the check's stderr, asserting exit code 1.
fn broken(file: &str, text: &str) -> String {
    let f = Fixture::new();
    f.write(file, text);
    let out = f.check();
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "expected exit 1, got {:?}\n{err}",
        out.status.code()
    );
    // Paths are printed in full; keep the part inside the fixture.
    err.replace(&format!("{}/", f.dir.path().display()), "")
}

#[test]
fn the_minimal_fixture_passes() {
    let out = Fixture::new().check();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 findings"), "{}", stdout(&out));
}

#[test]
fn unknown_key_with_did_you_mean() {
    let err = broken(
        "rules/findings/mercenarism.toml",
        &common::FINDINGS.replace("severity = \"high\"", "severty = \"high\""),
    );
    assert!(
        err.contains("rules/findings/mercenarism.toml:3:1: unknown field `severty`"),
        "{err}"
    );
    assert!(err.contains("did you mean `severity`?"), "{err}");
}

#[test]
fn wrong_type() {
    let err = broken(
        "rules/countries/uz.toml",
        &common::COUNTRY.replace("min_years = 5", "min_years = \"five\""),
    );
    assert!(
        err.contains("rules/countries/uz.toml:12:24: invalid type: string \"five\""),
        "{err}"
    );
    assert!(
        err.contains("12 | values = { min_years = \"five\""),
        "{err}"
    );
}

#[test]
fn bad_date() {
    let err = broken(
        "rules/countries/uz.toml",
        &common::COUNTRY.replace("valid_from = 1994-09-22", "valid_from = \"22.09.1994\""),
    );
    assert!(err.contains("rules/countries/uz.toml:11:14:"), "{err}");
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn overlapping_validity() {
    let second = common::COUNTRY
        .replace("country = \"UZ\"\n", "")
        .replace("1994-09-22", "2020-01-01");
    let err = broken(
        "rules/countries/uz.toml",
        &format!("{}{second}", common::COUNTRY),
    );
    assert!(err.contains("rules/countries/uz.toml:24:14: law `uz_cc_154_1` is valid from 2020-01-01, which overlaps its other entry valid from 1994-09-22"), "{err}");
}

#[test]
fn duplicate_id() {
    let twice = format!(
        "{}\n{}",
        common::FINDINGS,
        common::FINDINGS
            .split("[[advice]]")
            .next()
            .unwrap_or_default()
    );
    let err = broken("rules/findings/mercenarism.toml", &twice);
    assert!(err.contains("rules/findings/mercenarism.toml:17:6: duplicate finding id `uz_mercenarism` (first defined at"), "{err}");
}

#[test]
fn unknown_message_id_with_did_you_mean() {
    let err = broken(
        "rules/findings/mercenarism.toml",
        &common::FINDINGS.replace(
            "message = \"finding-uz-mercenarism\"",
            "message = \"finding-uz-mercenarsm\"",
        ),
    );
    assert!(
        err.contains(
            "rules/findings/mercenarism.toml:9:11: unknown message id `finding-uz-mercenarsm`"
        ),
        "{err}"
    );
    assert!(
        err.contains("did you mean `finding-uz-mercenarism`?"),
        "{err}"
    );
}

#[test]
fn regex_that_does_not_compile() {
    let err = broken(
        "rules/scams/concepts.toml",
        &common::CONCEPTS.replace(
            "kk = [\"азаматтық*\"]",
            "kk = [\"азаматтық*\"]\nregex = ['(unclosed']",
        ),
    );
    assert!(
        err.contains("rules/scams/concepts.toml:19:10: this regex does not compile"),
        "{err}"
    );
}

#[test]
fn not_after_takes_one_word_per_entry() {
    let err = broken(
        "rules/scams/concepts.toml",
        &common::CONCEPTS.replace(
            "kk = [\"азаматтық*\"]",
            "kk = [\"азаматтық*\"]\nnot_after.en = [\"if\", \"if he\"]",
        ),
    );
    assert!(
        err.contains("rules/scams/concepts.toml:19:23: not_after: write one word per entry"),
        "{err}"
    );
}

#[test]
fn condition_that_does_not_compile() {
    let err = broken(
        "rules/findings/mercenarism.toml",
        &common::FINDINGS.replace("'citizenship == \"UZ\"',", "'citizenship == == \"UZ\"',"),
    );
    assert!(
        err.contains("rules/findings/mercenarism.toml:5:19: this condition does not parse"),
        "{err}"
    );
    assert!(err.contains("extraneous input"), "{err}");
}

#[test]
fn unknown_fact_name_with_position_and_did_you_mean() {
    let err = broken(
        "rules/findings/mercenarism.toml",
        &common::FINDINGS.replace("'citizenship == \"UZ\"',", "'citizenshp == \"UZ\"',"),
    );
    assert!(
        err.contains("rules/findings/mercenarism.toml:5:4: unknown fact `citizenshp` in condition"),
        "{err}"
    );
    assert!(err.contains("did you mean `citizenship`?"), "{err}");
}

#[test]
fn unknown_value_in_condition() {
    let err = broken(
        "rules/findings/mercenarism.toml",
        &common::FINDINGS.replace(
            "'\"offered_contract\" in situations',",
            "'\"offered_contrct\" in situations',",
        ),
    );
    assert!(
        err.contains("rules/findings/mercenarism.toml:6:4: unknown value \"offered_contrct\""),
        "{err}"
    );
    assert!(err.contains("did you mean `offered_contract`?"), "{err}");
}

#[test]
fn unknown_law_and_unknown_law_value() {
    let err = broken(
        "rules/findings/mercenarism.toml",
        &common::FINDINGS
            .replace("laws = [\"uz_cc_154_1\"]", "laws = [\"uz_cc_154\"]")
            .replace(
                "'citizenship == \"UZ\"',",
                "'citizenship == \"UZ\" && law.uz_cc_154_1.max_age > 1',",
            ),
    );
    assert!(
        err.contains("rules/findings/mercenarism.toml:8:9: unknown law `uz_cc_154`"),
        "{err}"
    );
    assert!(err.contains("did you mean `uz_cc_154_1`?"), "{err}");
    assert!(err.contains("rules/findings/mercenarism.toml:5:27: law `uz_cc_154_1` has no value `max_age` (it has: max_years, min_years)"), "{err}");
}

#[test]
fn legal_value_without_a_source() {
    let err = broken(
        "rules/countries/uz.toml",
        &common::COUNTRY.replace("sources = [\"U4\"]\n", ""),
    );
    assert!(
        err.contains("rules/countries/uz.toml:3:1: law `uz_cc_154_1` has no source"),
        "{err}"
    );
}

#[test]
fn unknown_source() {
    let err = broken(
        "rules/countries/uz.toml",
        &common::COUNTRY.replace("sources = [\"U4\"]", "sources = [\"U44\"]"),
    );
    assert!(
        err.contains("rules/countries/uz.toml:13:12: unknown source `U44`"),
        "{err}"
    );
}

#[test]
fn message_missing_an_attribute_or_using_an_unprovided_variable() {
    let err = broken(
        "locales/en/main.ftl",
        &common::EN_FTL
            .replace("    .why = Article 154.\n", "")
            .replace("{ $max_years } years", "{ $max_yers } years"),
    );
    assert!(
        err.contains("message `finding-uz-mercenarism` has no `.why` attribute"),
        "{err}"
    );
    assert!(
        err.contains("uses $max_yers, but the rule's laws provide $max_years, $min_years"),
        "{err}"
    );
}

#[test]
fn fluent_syntax_error() {
    let err = broken(
        "locales/en/main.ftl",
        &format!("{}broken = {{ $x\n", common::EN_FTL),
    );
    assert!(
        err.contains("locales/en/main.ftl:51:14: Fluent syntax error"),
        "{err}"
    );
    assert!(err.contains("Fluent syntax error"), "{err}");
}

#[test]
fn concept_without_every_language() {
    let err = broken(
        "rules/scams/concepts.toml",
        &common::CONCEPTS.replace("kk = [\"келісімшарт*\"]\n", ""),
    );
    assert!(
        err.contains("rules/scams/concepts.toml:1:1: concept `contract` has no terms in kk"),
        "{err}"
    );
}

#[test]
fn unknown_concept_in_a_pattern_with_position_and_did_you_mean() {
    let err = broken(
        "rules/scams/offers.toml",
        &common::SCAMS.replace(
            "when = \"contract && citizenship\"",
            "when = \"contract && citizenshp\"",
        ),
    );
    assert!(
        err.contains("rules/scams/offers.toml:7:21: unknown concept `citizenshp`"),
        "{err}"
    );
    assert!(err.contains("did you mean `citizenship`?"), "{err}");
}

#[test]
fn a_pattern_condition_may_only_join_concepts() {
    let err = broken(
        "rules/scams/offers.toml",
        &common::SCAMS.replace(
            "when = \"contract && citizenship\"",
            "when = \"contract && size(citizenship) > 1\"",
        ),
    );
    assert!(
        err.contains("may only join concept names with &&, || and !"),
        "{err}"
    );
}

#[test]
fn unknown_expected_risk_is_named_with_the_known_ones() {
    let err = broken(
        "rules/tests/scenarios.toml",
        "[[scenario]]\nname = \"x\"\nfacts = { citizenship = \"UZ\" }\n[scenario.expect]\nrisk = \"hihg\"\n",
    );
    assert!(
        err.contains("rules/tests/scenarios.toml:5:8: unknown variant `hihg`")
            && err.contains("did you mean `high`?"),
        "{err}"
    );
}

#[test]
fn classifier_scores_outside_zero_to_one_are_named() {
    let err = broken(
        "rules/scams/classifier.toml",
        "[classifier]\nmin_score = 0.7\noverrule_below = 0.9\nseverity = \"medium\"\nmessage = \"scam-x\"\n",
    );
    assert!(
        err.contains(
            "rules/scams/classifier.toml:1:1: classifier: overrule_below must be a number from 0 to min_score"
        ),
        "{err}"
    );
    let err = broken(
        "rules/scams/classifier.toml",
        "[classifier]\nmin_score = 0.7\nunless_below = 0.5\nseverity = \"medium\"\nmessage = \"scam-x\"\n",
    );
    assert!(
        err.contains(
            "rules/scams/classifier.toml:1:1: classifier: unless_below must be a number from min_score to 1"
        ),
        "{err}"
    );
    let err = broken(
        "rules/scams/classifier.toml",
        "[classifier]\nmin_score = 0.7\noverrule_below = 0.3\nunless_overrule_below = 0.2\nseverity = \"medium\"\nmessage = \"scam-x\"\n",
    );
    assert!(
        err.contains(
            "rules/scams/classifier.toml:1:1: classifier: unless_overrule_below must be a number from overrule_below to 1"
        ),
        "{err}"
    );
    let err = broken(
        "rules/scams/classifier.toml",
        "[classifier]\nmin_score = 1.5\nseverity = \"medium\"\nmessage = \"scam-x\"\n",
    );
    assert!(
        err.contains("classifier: min_score must be a number from 0 to 1"),
        "{err}"
    );
}

#[test]
fn a_broken_message_line_is_named_by_file_and_line() {
    let f = Fixture::new();
    f.write(
        "rules/scams/messages/seen.jsonl",
        concat!(
            r#"{"id":"a","lang":"ru","label":1,"text":"Подпиши контракт, гражданство за 3 месяца"}"#,
            "\n",
            r#"{"id":"b","lang":"ru","label":0,"text":"Сдам квартиру"}"#,
            "\n",
            r#"{"id":"c","lang":"ru","label":"Секретный текст","text":"Секретный текст"}"#,
            "\n",
        ),
    );
    let out = f.check();
    let err = stderr(&out).replace(&format!("{}/", f.dir.path().display()), "");
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("rules/scams/messages/seen.jsonl:3:1: not a valid message line"),
        "{err}"
    );
    assert!(
        !err.contains("Секретный"),
        "a message text was printed: {err}"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let f = Fixture::new();
    f.write(
        "rules/countries/uz.toml",
        &common::COUNTRY.replace("sources = [\"U4\"]", "sources = [\"U44\"]"),
    );
    f.write(
        "rules/findings/mercenarism.toml",
        &common::FINDINGS.replace("citizenship ==", "citizenshp =="),
    );
    let err = stderr(&f.check());
    assert!(
        err.contains("unknown source `U44`") && err.contains("unknown fact `citizenshp`"),
        "{err}"
    );
    assert!(err.contains("2 problems found"), "{err}");
}

#[test]
fn two_laws_giving_the_same_value() {
    let second = common::COUNTRY
        .replace("country = \"UZ\"\n", "")
        .replace("id = \"uz_cc_154_1\"", "id = \"uz_cc_154_2\"");
    let f = Fixture::new();
    f.write(
        "rules/countries/uz.toml",
        &format!("{}{second}", common::COUNTRY),
    );
    f.write(
        "rules/findings/mercenarism.toml",
        &common::FINDINGS.replace(
            "laws = [\"uz_cc_154_1\"]",
            "laws = [\"uz_cc_154_1\", \"uz_cc_154_2\"]",
        ),
    );
    let err = stderr(&f.check());
    assert!(
        err.contains(
            "mercenarism.toml:9:11: laws `uz_cc_154_1` and `uz_cc_154_2` both give `max_years`"
        ),
        "{err}"
    );
}
