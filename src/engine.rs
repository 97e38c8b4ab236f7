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

    /// Does now what a reload after an edit to labelled messages would otherwise do first:
    /// trains the classifier (else the first scan waits for it) and finds the patterns in
    /// every labelled message (`Scanner::pending_all`, which the reload's tests then reuse).
    pub fn prepare(&self) {
        let scanner = &self.rules.scanner;
        let texts: Vec<&str> = self
            .rules
            .tests
            .messages
            .iter()
            .map(|m| m.text.as_str())
            .collect();
        // One after the other, not side by side: together they leave the server's idle memory
        // at 61 MB, over its 60 MB budget, one after the other at 54 MB (VmRSS after start).
        scanner.model();
        scanner.pending_all(&texts);
    }

    /// Loads and cross-checks rules and locales: every problem in every file, or the engine.
    pub fn load(rules_dir: &Path, locales_dir: &Path) -> Result<Engine, Vec<Diagnostic>> {
        // The rules on this core, the locales and their own checks on another: a reload goes
        // live sooner.
        let (rules, locales) = rayon::join(
            || crate::rules::load(rules_dir),
            || {
                Locales::load(locales_dir).map(|l| {
                    let diags = crate::i18n::check_locales(&l);
                    (l, diags)
                })
            },
        );
        match (rules, locales) {
            (Ok(rules), Ok((locales, locale_diags))) => {
                let mut diags = crate::i18n::check_rules_messages(&rules, &locales);
                diags.extend(locale_diags);
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
