//! Findings and advice (`findings/*.toml`): each rule with its condition and messages.

use std::collections::BTreeSet;

use toml::Spanned;

use crate::rules::model::{self, Severity};
use crate::rules::{MessageUse, Rule};

use super::{IdKind, LawRef, Loader};

impl Loader {
    pub(super) fn add_findings(&mut self, file: usize, parsed: model::FindingsFile) {
        for f in parsed.finding {
            let f = f.into_inner();
            if !self.claim_id(file, &f.id, IdKind::Finding) {
                continue;
            }
            let mut rule = self.rule(
                file,
                f.id,
                f.severity,
                &f.when,
                f.laws,
                f.message,
                &["title", "text", "why"],
                f.priority,
            );
            for other in &f.conflicts_with {
                self.id_refs
                    .push((file, other.span(), other.get_ref().clone(), IdKind::Finding));
            }
            rule.conflicts_with = f
                .conflicts_with
                .into_iter()
                .map(Spanned::into_inner)
                .collect();
            self.findings.push(rule);
        }
        for a in parsed.advice {
            let a = a.into_inner();
            if !self.claim_id(file, &a.id, IdKind::Advice) {
                continue;
            }
            let rule = self.rule(
                file,
                a.id,
                Severity::Info,
                &a.when,
                a.laws,
                a.message,
                &[],
                a.order,
            );
            self.advice.push(rule);
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn rule(
        &mut self,
        file: usize,
        id: Spanned<String>,
        severity: Severity,
        when: &[Spanned<String>],
        laws: Vec<Spanned<String>>,
        message: Spanned<String>,
        attributes: &'static [&'static str],
        order: i32,
    ) -> Rule {
        let conditions = when
            .iter()
            .filter_map(|c| self.condition(file, c))
            .collect();
        for law in &laws {
            let reference = LawRef {
                id: law.get_ref().clone(),
                key: None,
            };
            self.law_refs.push((file, law.span(), reference));
        }
        let at = self.src(file).at(message.span().start, "");
        // Its variables are filled in `finish`, once every law's keys are known.
        let rests_on = laws.iter().map(|l| l.get_ref().clone()).collect();
        self.message_laws.push((self.messages.len(), rests_on));
        self.messages.push(MessageUse {
            id: message.get_ref().clone(),
            attributes,
            variables: BTreeSet::new(),
            at,
        });
        Rule {
            id: id.into_inner(),
            severity,
            conditions,
            laws: laws.into_iter().map(Spanned::into_inner).collect(),
            message: message.into_inner(),
            order,
            conflicts_with: Vec::new(),
        }
    }
}
