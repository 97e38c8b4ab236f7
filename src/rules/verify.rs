//! `ogoh rules test`: runs the staff-written scenarios, scan texts and pattern examples.
//! A rule set that fails any of them must not go live.

use super::date::Date;
use super::eval::evaluate;
use super::{ExampleTest, Place, RuleSet, ScanTest, ScenarioTest};

/// One failed test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub place: String,
    pub name: String,
    pub problem: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.place, self.name, self.problem)
    }
}

/// How many tests ran, and which failed.
#[derive(Debug, Default)]
pub struct Report {
    pub passed: usize,
    pub failures: Vec<Failure>,
}

/// Runs every test in the rule set. `today` is the date for scenarios without `on`.
pub fn run(rs: &RuleSet, today: Date) -> Report {
    let mut report = Report::default();
    let fail = |place: &Place, name: &str, problem: String| Failure {
        place: place.to_string(),
        name: name.to_string(),
        problem,
    };
    for s in &rs.tests.scenarios {
        let problems = scenario_problems(rs, s, today);
        record(&mut report, problems, |p| fail(&s.place, &s.name, p));
    }
    for t in &rs.tests.scans {
        let problems = scan_problems(rs, t);
        record(&mut report, problems, |p| fail(&t.place, &t.name, p));
    }
    for ex in &rs.tests.examples {
        let problems = example_problems(rs, ex);
        let name = format!("example of {}", ex.pattern);
        record(&mut report, problems, |p| fail(&ex.place, &name, p));
    }
    for (m, problems) in rs.tests.messages.iter().zip(all_message_problems(rs)) {
        let place = Place {
            file: m.file.clone(),
            line: m.line,
        };
        let name = format!("message {} ({})", m.id, m.lang);
        record(&mut report, problems, |p| fail(&place, &name, p));
    }
    report
}

/// What a scenario's answer gets wrong: risk, findings (present, first, absent), advice, values.
fn scenario_problems(rs: &RuleSet, s: &ScenarioTest, today: Date) -> Vec<String> {
    let ev = evaluate(rs, &s.facts, today);
    let got: Vec<&str> = ev.findings.iter().map(|f| f.id.as_str()).collect();
    let mut problems = Vec::new();
    if let Some(risk) = s.expect.risk
        && risk != ev.risk
    {
        problems.push(format!(
            "risk is {}, expected {}",
            ev.risk.as_str(),
            risk.as_str()
        ));
    }
    for want in &s.expect.findings {
        if !got.contains(&want.get_ref().as_str()) {
            problems.push(format!(
                "finding `{}` is missing (got: {})",
                want.get_ref(),
                got.join(", ")
            ));
        }
    }
    if let Some(first) = &s.expect.first
        && got.first() != Some(&first.get_ref().as_str())
    {
        problems.push(format!(
            "finding `{}` should lead the answer (got: {})",
            first.get_ref(),
            got.join(", ")
        ));
    }
    for absent in &s.expect.absent {
        if got.contains(&absent.get_ref().as_str()) {
            problems.push(format!("finding `{}` should not apply", absent.get_ref()));
        }
    }
    for want in &s.expect.advice {
        if !ev.advice.iter().any(|a| &a.id == want.get_ref()) {
            problems.push(format!("advice `{}` is missing", want.get_ref()));
        }
    }
    for unwanted in &s.expect.absent_advice {
        if ev.advice.iter().any(|a| &a.id == unwanted.get_ref()) {
            problems.push(format!(
                "advice `{}` should not be given",
                unwanted.get_ref()
            ));
        }
    }
    for v in &s.expect.values {
        match ev.findings.iter().find(|f| f.id == v.finding) {
            None => problems.push(format!(
                "finding `{}` is missing, so its {} cannot be checked",
                v.finding, v.key
            )),
            Some(f) => match f.values.get(&v.key) {
                Some(&got) if got == v.value => {}
                got => problems.push(format!(
                    "finding `{}`: {} is {}, expected {}",
                    v.finding,
                    v.key,
                    got.map_or("missing".to_string(), |g| g.to_string()),
                    v.value
                )),
            },
        }
    }
    problems
}

/// What a scan test's result gets wrong: its risk and the patterns it must flag.
fn scan_problems(rs: &RuleSet, t: &ScanTest) -> Vec<String> {
    let r = rs.scanner.scan(&t.text);
    let mut problems = Vec::new();
    if r.risk != t.risk {
        let flags: Vec<&str> = r.flags.iter().map(|f| f.id.as_str()).collect();
        problems.push(
            format!(
                "risk is {:?}, expected {:?} (flags: {})",
                r.risk,
                t.risk,
                flags.join(", ")
            )
            .to_lowercase(),
        );
    }
    for want in &t.flags {
        if !r.flags.iter().any(|f| &f.id == want) {
            problems.push(format!("pattern `{want}` was not flagged"));
        }
    }
    problems
}

/// Whether a pattern's example matches (or does not) as written.
fn example_problems(rs: &RuleSet, ex: &ExampleTest) -> Vec<String> {
    let matched = rs.scanner.pattern_matches(&ex.pattern, &ex.text);
    let mut problems = Vec::new();
    if matched != ex.matches {
        problems.push(if ex.matches {
            format!(
                "pattern `{}` does not match this {} example",
                ex.pattern, ex.lang
            )
        } else {
            format!(
                "pattern `{}` matches this {} example but must not",
                ex.pattern, ex.lang
            )
        });
    }
    problems
}

/// `message_problems` of every labelled message, in order. They are most of the gate's work
/// (thousands of texts) and a reload waits for them, so they run on every core, in two halves:
/// while one core trains the classifier (after a labelled message changed), the other looks for
/// patterns in every message (in the changed ones only, when no rule changed); then only the
/// scores remain.
fn all_message_problems(rs: &RuleSet) -> Vec<Vec<String>> {
    use rayon::prelude::*;
    let messages = &rs.tests.messages;
    let (model, pending) = rayon::join(
        || rs.scanner.model(),
        || {
            let texts: Vec<&str> = messages.iter().map(|m| m.text.as_str()).collect();
            rs.scanner.pending_all(&texts)
        },
    );
    messages
        .par_iter()
        .zip(&pending)
        .map(|(m, p)| message_problems(m, p.flagged(model)))
        .collect()
}

/// Whether a labelled message is flagged as its label says.
fn message_problems(m: &crate::rules::corpus::Message, flagged: bool) -> Vec<String> {
    let mut problems = Vec::new();
    if flagged != m.recruitment {
        problems.push(if m.recruitment {
            "a recruitment message that is not flagged".to_string()
        } else {
            "an ordinary message that is flagged".to_string()
        });
    }
    problems
}

fn record(report: &mut Report, problems: Vec<String>, mut fail: impl FnMut(String) -> Failure) {
    if problems.is_empty() {
        report.passed += 1;
    } else {
        report.failures.extend(problems.into_iter().map(&mut fail));
    }
}
