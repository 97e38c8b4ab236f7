//! Native evaluation of the commonest condition shapes: `citizenship == "UZ"`,
//! `russian_citizenship in [...]`, `"detained" in situations`,
//! `situations.exists(s, s in [...])`, and `!`, `&&`, `||` of these.
//!
//! Conditions are still written and parsed as CEL; this only recognises these shapes in the
//! parsed expression and evaluates them without the interpreter, which costs ~7,000
//! instructions per condition (BENCHMARKS.md). Anything else runs in CEL. A test checks that
//! both give the same answer for every shipped condition over many situations.

use cel::common::ast::{Expr, IdedExpr, LiteralValue, operators};

/// A condition in a shape evaluated natively.
#[derive(Debug, Clone, PartialEq)]
pub enum Fast {
    /// `fact == "v"` (true) or `fact != "v"` (false).
    Eq(Fact, String, bool),
    /// `fact in ["a", "b"]`.
    In(Fact, Vec<String>),
    /// `"x" in situations`.
    Has(String),
    /// `situations.exists(s, s in ["a", "b"])`.
    AnyOf(Vec<String>),
    /// `in_russia`.
    InRussia,
    Not(Box<Fast>),
    And(Box<Fast>, Box<Fast>),
    Or(Box<Fast>, Box<Fast>),
}

/// A string-valued fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    Citizenship,
    RussianCitizenship,
    Scam,
}

/// The facts as the conditions see them.
pub struct Input<'a> {
    pub citizenship: &'a str,
    pub russian_citizenship: &'a str,
    pub scam: &'a str,
    pub in_russia: bool,
    pub situations: &'a [&'a str],
}

impl Fast {
    /// Recognises a parsed condition, or `None` to leave it to CEL.
    pub fn compile(e: &IdedExpr) -> Option<Fast> {
        match &e.expr {
            Expr::Ident(name) if name == "in_russia" => Some(Fast::InRussia),
            Expr::Call(c) if c.target.is_none() => {
                match (c.func_name.as_str(), c.args.as_slice()) {
                    (operators::LOGICAL_NOT, [a]) => Some(Fast::Not(Box::new(Fast::compile(a)?))),
                    (operators::LOGICAL_AND, [a, b]) => Some(Fast::And(
                        Box::new(Fast::compile(a)?),
                        Box::new(Fast::compile(b)?),
                    )),
                    (operators::LOGICAL_OR, [a, b]) => Some(Fast::Or(
                        Box::new(Fast::compile(a)?),
                        Box::new(Fast::compile(b)?),
                    )),
                    (op @ (operators::EQUALS | operators::NOT_EQUALS), [a, b]) => {
                        let (fact, value) = match (fact(a), string(b)) {
                            (Some(f), Some(v)) => (f, v),
                            _ => (fact(b)?, string(a)?),
                        };
                        Some(Fast::Eq(fact, value, op == operators::EQUALS))
                    }
                    (operators::IN, [a, b]) => {
                        if let (Some(f), Some(list)) = (fact(a), strings(b)) {
                            Some(Fast::In(f, list))
                        } else if let (Some(v), true) = (string(a), ident_is(b, "situations")) {
                            Some(Fast::Has(v))
                        } else {
                            None
                        }
                    }
                    _ => None,
                }
            }
            Expr::Comprehension(c) => {
                // The expansion of `situations.exists(s, s in [...])`.
                let exists = ident_is(&c.iter_range, "situations")
                    && c.iter_var2.is_none()
                    && matches!(&c.accu_init.expr, Expr::Literal(LiteralValue::Boolean(b)) if !**b)
                    && ident_is(&c.result, &c.accu_var);
                let Expr::Call(step) = &c.loop_step.expr else {
                    return None;
                };
                let [accu, pred] = step.args.as_slice() else {
                    return None;
                };
                if !exists
                    || step.func_name != operators::LOGICAL_OR
                    || !ident_is(accu, &c.accu_var)
                {
                    return None;
                }
                let Expr::Call(test) = &pred.expr else {
                    return None;
                };
                match (test.func_name.as_str(), test.args.as_slice()) {
                    (operators::IN, [var, list]) if ident_is(var, &c.iter_var) => {
                        Some(Fast::AnyOf(strings(list)?))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Evaluates the condition.
    pub fn eval(&self, i: &Input) -> bool {
        match self {
            Fast::Eq(f, v, equal) => (i.get(*f) == v) == *equal,
            Fast::In(f, list) => list.iter().any(|v| v == i.get(*f)),
            Fast::Has(s) => i.situations.contains(&s.as_str()),
            Fast::AnyOf(list) => list.iter().any(|v| i.situations.contains(&v.as_str())),
            Fast::InRussia => i.in_russia,
            Fast::Not(a) => !a.eval(i),
            Fast::And(a, b) => a.eval(i) && b.eval(i),
            Fast::Or(a, b) => a.eval(i) || b.eval(i),
        }
    }
}

impl Input<'_> {
    fn get(&self, f: Fact) -> &str {
        match f {
            Fact::Citizenship => self.citizenship,
            Fact::RussianCitizenship => self.russian_citizenship,
            Fact::Scam => self.scam,
        }
    }
}

fn ident_is(e: &IdedExpr, name: &str) -> bool {
    matches!(&e.expr, Expr::Ident(n) if n == name)
}

fn fact(e: &IdedExpr) -> Option<Fact> {
    match &e.expr {
        Expr::Ident(n) => match n.as_str() {
            "citizenship" => Some(Fact::Citizenship),
            "russian_citizenship" => Some(Fact::RussianCitizenship),
            "scam" => Some(Fact::Scam),
            _ => None,
        },
        _ => None,
    }
}

fn string(e: &IdedExpr) -> Option<String> {
    match &e.expr {
        Expr::Literal(LiteralValue::String(s)) => Some(s.inner().to_string()),
        _ => None,
    }
}

fn strings(e: &IdedExpr) -> Option<Vec<String>> {
    match &e.expr {
        Expr::List(l) if l.optional_indices.is_empty() => l.elements.iter().map(string).collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fast(src: &str) -> Option<Fast> {
        Fast::compile(cel::Program::compile(src).unwrap().expression())
    }

    #[test]
    fn recognises_the_common_shapes() {
        assert_eq!(
            fast(r#"citizenship == "UZ""#),
            Some(Fast::Eq(Fact::Citizenship, "UZ".into(), true))
        );
        assert_eq!(
            fast(r#""KG" != citizenship"#),
            Some(Fast::Eq(Fact::Citizenship, "KG".into(), false))
        );
        assert_eq!(
            fast(r#"russian_citizenship in ["naturalized", "by_birth"]"#),
            Some(Fast::In(
                Fact::RussianCitizenship,
                vec!["naturalized".into(), "by_birth".into()]
            ))
        );
        assert_eq!(
            fast(r#""detained" in situations"#),
            Some(Fast::Has("detained".into()))
        );
        assert_eq!(
            fast(r#"situations.exists(s, s in ["served", "signed_contract"])"#),
            Some(Fast::AnyOf(vec!["served".into(), "signed_contract".into()]))
        );
        assert!(matches!(
            fast(r#"!situations.exists(s, s in ["served"])"#),
            Some(Fast::Not(_))
        ));
        assert!(matches!(
            fast(r#"russian_citizenship == "applying" || "applying_documents" in situations"#),
            Some(Fast::Or(_, _))
        ));
    }

    #[test]
    fn leaves_everything_else_to_cel() {
        for src in [
            "age >= 18",
            "age == null || age < law.ru_conscription_age.max_age",
            r#"situations.all(s, s in ["served"])"#,
            r#"situations.exists(s, s == "served")"#,
            r#"size(situations) > 2"#,
            r#"citizenship == scam"#,
        ] {
            assert_eq!(fast(src), None, "{src}");
        }
    }
}
