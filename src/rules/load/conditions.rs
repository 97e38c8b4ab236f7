//! Conditions in CEL: compiled once, checked for names and law references, each error at
//! its place in the rule file.

use cel::common::ast::{EntryExpr, Expr, IdedExpr, LiteralValue};
use strum::VariantNames;
use toml::Spanned;

use crate::rules::Condition;
use crate::rules::diag::did_you_mean;
use crate::rules::facts::{Citizenship, RussianCitizenship, Situation};

use super::{FACT_NAMES, LawRef, Loader};

impl Loader {
    /// Parses a CEL expression written in a rule file; each syntax error is reported at its place.
    /// Returns the program and where the expression starts in the file.
    pub(super) fn compile_cel(
        &mut self,
        file: usize,
        text: &Spanned<String>,
    ) -> Option<(cel::Program, usize)> {
        let base = text.span().start + quote_len(&self.files[file].text, text.span().start);
        match cel::Program::compile(text.get_ref()) {
            Ok(p) => Some((p, base)),
            Err(errs) => {
                for e in &errs.errors {
                    let off = offset_of_line_col(text.get_ref(), e.pos.0, e.pos.1);
                    self.error(
                        file,
                        base + off,
                        format!("this condition does not parse: {}", e.msg),
                    );
                }
                None
            }
        }
    }

    /// Reports problems found in a parsed expression, each at the place of its node.
    pub(super) fn report_at_nodes(
        &mut self,
        file: usize,
        program: &cel::Program,
        base: usize,
        problems: Vec<(u64, String, Option<String>)>,
    ) {
        for (node, msg, hint) in problems {
            let off = program
                .source_info()
                .offset_for(node)
                .map_or(0, |(start, _)| start as usize);
            self.error_hint(file, base + off, msg, hint);
        }
    }

    /// Compiles a CEL condition and checks every name and string in it.
    /// Returns the condition's index in the shared list; the same text compiles once, so an
    /// evaluation computes it once however many rules use it.
    pub(super) fn condition(&mut self, file: usize, cond: &Spanned<String>) -> Option<usize> {
        let text = cond.get_ref();
        if let Some(&i) = self.condition_index.get(text) {
            return Some(i);
        }
        let (program, base) = self.compile_cel(file, cond)?;
        let mut problems = Vec::new();
        check_expr(program.expression(), &mut Vec::new(), &mut problems);
        self.report_at_nodes(file, &program, base, problems);
        // `law.<id>.<key>`: checked once all laws are read.
        collect_law_selects(program.expression(), &mut |node, id, key| {
            self.condition_laws.insert(id.to_string());
            let off = program
                .source_info()
                .offset_for(node)
                .map_or(0, |(start, _)| start as usize);
            self.law_refs.push((
                file,
                base + off..base + off,
                LawRef {
                    id: id.to_string(),
                    key: key.map(str::to_string),
                },
            ));
        });
        self.conditions.push(Condition {
            text: text.as_str().into(),
            fast: crate::rules::fast::Fast::compile(program.expression()),
            program,
        });
        self.condition_index
            .insert(text.clone(), self.conditions.len() - 1);
        Some(self.conditions.len() - 1)
    }
}

/// Walks a condition: unknown names and unknown string values are problems.
pub(super) fn check_expr(
    e: &IdedExpr,
    scope: &mut Vec<String>,
    out: &mut Vec<(u64, String, Option<String>)>,
) {
    match &e.expr {
        Expr::Ident(name) if !scope.contains(name) && !FACT_NAMES.contains(&name.as_str()) => {
            out.push((
                e.id,
                format!("unknown fact `{name}` in condition"),
                did_you_mean(name, FACT_NAMES.iter().copied()),
            ));
        }
        Expr::Ident(_) => {}
        Expr::Literal(LiteralValue::String(s)) => {
            let s = s.inner();
            if !known_values().contains(&s) {
                out.push((
                    e.id,
                    format!("unknown value \"{s}\" in condition"),
                    did_you_mean(s, known_values().iter().copied()),
                ));
            }
        }
        Expr::Literal(_) | Expr::Unspecified => {}
        Expr::Call(c) => {
            if let Some(t) = &c.target {
                check_expr(t, scope, out);
            }
            for a in &c.args {
                check_expr(a, scope, out);
            }
        }
        // Below `law.` come law ids and value keys, checked against the laws later.
        Expr::Select(_) if is_law_select(e) => {}
        Expr::Select(s) => check_expr(&s.operand, scope, out),
        Expr::List(l) => {
            for x in &l.elements {
                check_expr(x, scope, out);
            }
        }
        Expr::Map(m) => {
            for entry in &m.entries {
                if let EntryExpr::MapEntry(me) = &entry.expr {
                    check_expr(&me.key, scope, out);
                    check_expr(&me.value, scope, out);
                }
            }
        }
        Expr::Comprehension(c) => {
            check_expr(&c.iter_range, scope, out);
            scope.push(c.iter_var.clone());
            if let Some(v2) = &c.iter_var2 {
                scope.push(v2.clone());
            }
            scope.push(c.accu_var.clone());
            for x in [&c.accu_init, &c.loop_cond, &c.loop_step, &c.result] {
                check_expr(x, scope, out);
            }
            scope.truncate(scope.len() - 2 - usize::from(c.iter_var2.is_some()));
        }
        Expr::Struct(_) => out.push((e.id, "objects are not allowed in conditions".into(), None)),
        #[allow(unreachable_patterns)]
        _ => {}
    }
}

pub(super) fn is_law_select(e: &IdedExpr) -> bool {
    match &e.expr {
        Expr::Select(s) => match &s.operand.expr {
            Expr::Ident(n) => n == "law",
            _ => is_law_select(&s.operand),
        },
        _ => false,
    }
}

/// Calls `f(node, law_id, key)` for every `law.<id>` and `law.<id>.<key>`.
pub(super) fn collect_law_selects(e: &IdedExpr, f: &mut dyn FnMut(u64, &str, Option<&str>)) {
    if let Expr::Select(s) = &e.expr {
        // Positions point at `law`, where the reference starts.
        if let Expr::Ident(n) = &s.operand.expr
            && n == "law"
        {
            f(s.operand.id, &s.field, None);
            return;
        }
        if let Expr::Select(inner) = &s.operand.expr
            && let Expr::Ident(n) = &inner.operand.expr
            && n == "law"
        {
            f(inner.operand.id, &inner.field, Some(&s.field));
            return;
        }
    }
    match &e.expr {
        Expr::Call(c) => {
            if let Some(t) = &c.target {
                collect_law_selects(t, f);
            }
            for a in &c.args {
                collect_law_selects(a, f);
            }
        }
        Expr::Select(s) => collect_law_selects(&s.operand, f),
        Expr::List(l) => l.elements.iter().for_each(|x| collect_law_selects(x, f)),
        Expr::Comprehension(c) => {
            for x in [
                &c.iter_range,
                &c.accu_init,
                &c.loop_cond,
                &c.loop_step,
                &c.result,
            ] {
                collect_law_selects(x, f);
            }
        }
        _ => {}
    }
}

/// Every string a condition may compare with.
pub(super) fn known_values() -> &'static [&'static str] {
    static VALUES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut v: Vec<&'static str> = Vec::new();
        v.extend_from_slice(Citizenship::VARIANTS);
        v.extend_from_slice(RussianCitizenship::VARIANTS);
        v.extend_from_slice(Situation::VARIANTS);
        v.extend_from_slice(&["none", "low", "medium", "high"]);
        v.sort();
        v.dedup();
        v
    });
    &VALUES
}

/// Length of the TOML quote that opens a string at `offset` ("'", "\"", "'''" or "\"\"\"").
pub(super) fn quote_len(text: &str, offset: usize) -> usize {
    let rest = text.get(offset..).unwrap_or_default();
    if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        // A newline right after the opening quotes is not part of the string.
        3 + usize::from(rest[3..].starts_with('\n'))
    } else if rest.starts_with('\'') || rest.starts_with('"') {
        1
    } else {
        0
    }
}

/// Byte offset of a 1-based line and column within `text`.
pub(super) fn offset_of_line_col(text: &str, line: isize, col: isize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i as isize + 1 == line {
            return offset + ((col - 1).max(0) as usize).min(l.len());
        }
        offset += l.len();
    }
    offset.min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_lengths() {
        assert_eq!(quote_len("x = 'a'", 4), 1);
        assert_eq!(quote_len("x = '''\na'''", 4), 4);
    }
}
