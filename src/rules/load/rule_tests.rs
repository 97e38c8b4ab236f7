//! Scenario and scan tests (`tests/*.toml`), run by `ogoh rules test`.

use toml::Spanned;

use crate::rules::facts::Facts;
use crate::rules::model;
use crate::rules::{Place, ScanTest, ScenarioTest};

use super::{IdKind, Loader};

impl Loader {
    pub(super) fn add_tests(&mut self, file: usize, parsed: model::TestsFile) {
        for s in parsed.scenario {
            let at = s.span().start;
            let line = self.src(file).at(at, "").line;
            let s = s.into_inner();
            let facts = match Facts::from_toml(s.facts) {
                Ok(f) => f,
                Err(e) => {
                    self.error(file, at, format!("scenario `{}`: {e}", s.name));
                    continue;
                }
            };
            for (list, kind) in [
                (&s.expect.findings, IdKind::Finding),
                (&s.expect.absent, IdKind::Finding),
                (&s.expect.advice, IdKind::Advice),
                (&s.expect.absent_advice, IdKind::Advice),
            ] {
                for id in list {
                    self.id_refs
                        .push((file, id.span(), id.get_ref().clone(), kind));
                }
            }
            if let Some(first) = &s.expect.first {
                self.id_refs
                    .push((file, first.span(), first.get_ref().clone(), IdKind::Finding));
            }
            self.tests.scenarios.push(ScenarioTest {
                place: Place {
                    file: self.files[file].path.clone(),
                    line,
                },
                name: s.name,
                facts,
                expect: s.expect,
            });
        }
        for s in parsed.scan {
            let line = self.src(file).at(s.span().start, "").line;
            let s = s.into_inner();
            for id in &s.flags {
                self.id_refs
                    .push((file, id.span(), id.get_ref().clone(), IdKind::Pattern));
            }
            self.tests.scans.push(ScanTest {
                place: Place {
                    file: self.files[file].path.clone(),
                    line,
                },
                name: s.name,
                text: s.text,
                risk: s.risk,
                flags: s.flags.into_iter().map(Spanned::into_inner).collect(),
            });
        }
    }
}
