//! The rules and texts in use. A reload builds a new `Engine` and swaps it in whole
//! (`reload.rs`), so a request sees one consistent version of both.

use std::path::Path;

use crate::i18n::Locales;
use crate::rules::{Diagnostic, RuleSet};

/// The rules and texts in use; a reload swaps the whole value at once.
pub struct Engine {
    pub rules: RuleSet,
    pub locales: Locales,
}

impl Engine {
    pub fn new(rules: RuleSet, locales: Locales) -> Engine {
        Engine { rules, locales }
    }

    /// Loads and cross-checks rules and locales: every problem in every file, or the engine.
    pub fn load(rules_dir: &Path, locales_dir: &Path) -> Result<Engine, Vec<Diagnostic>> {
        match (crate::rules::load(rules_dir), Locales::load(locales_dir)) {
            (Ok(rules), Ok(locales)) => {
                let mut diags = crate::i18n::check_rules_messages(&rules, &locales);
                diags.extend(crate::i18n::check_locales(&locales));
                if diags.is_empty() {
                    Ok(Engine::new(rules, locales))
                } else {
                    Err(diags)
                }
            }
            (r, l) => {
                let mut diags = r.err().unwrap_or_default();
                diags.extend(l.err().unwrap_or_default());
                Err(diags)
            }
        }
    }
}
