//! An offer's text, as a person pastes it: any UTF-8 through the scanner (folding, amounts,
//! concepts, patterns, the classifier) and the scan report in every locale.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use ogoh::i18n::Locales;
use ogoh::rules::{self, RuleSet};

static SHIPPED: LazyLock<(RuleSet, Locales)> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    (
        rules::load(&root.join("rules")).expect("shipped rules"),
        Locales::load(&root.join("locales")).expect("shipped locales"),
    )
});

fuzz_target!(|text: &str| {
    let (rs, locales) = &*SHIPPED;
    let found = rs.scanner.scan(text);
    for lang in locales.languages() {
        let s = locales.scan(lang, &found);
        let _ = locales.scan_text(lang, &s);
    }
});
