//! Facts as the API takes them: any bytes through `Facts::from_json`; whatever it accepts is
//! evaluated with the shipped rules and rendered in every locale, as JSON and as chat text.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use ogoh::i18n::Locales;
use ogoh::rules::{self, Date, Facts, RuleSet};

static SHIPPED: LazyLock<(RuleSet, Locales)> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    (
        rules::load(&root.join("rules")).expect("shipped rules"),
        Locales::load(&root.join("locales")).expect("shipped locales"),
    )
});

fuzz_target!(|data: &[u8]| {
    let (rs, locales) = &*SHIPPED;
    let Ok(facts) = Facts::from_json(data) else {
        return;
    };
    let on = Date::parse("2026-11-30").expect("date");
    let ev = rules::evaluate(rs, &facts, on);
    for lang in locales.languages() {
        let a = locales.assessment(lang, &ev);
        let _ = locales.assessment_text(&a);
    }
});
