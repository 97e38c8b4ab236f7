//! Fluent bundles per locale, the fallback chain, and the checks that every message the rules
//! use exists with the variables they provide. Rendering an Evaluation is in `render`.

pub mod render;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::rules::RuleSet;
use crate::rules::diag::{Diagnostic, SourceText, did_you_mean, whole_file};

/// The reference locale: every message must exist here.
pub const REFERENCE: &str = "en";

/// One locale's messages: the bundle, plus what each message contains, for the checks.
pub struct Locale {
    pub lang: String,
    bundle: FluentBundle<FluentResource>,
    /// Message id -> (attribute names, variable names, where it is written).
    pub messages: BTreeMap<String, MessageInfo>,
}

/// What a message contains.
#[derive(Debug, Clone, Default)]
pub struct MessageInfo {
    pub has_value: bool,
    pub attributes: BTreeSet<String>,
    pub variables: BTreeSet<String>,
    pub file: PathBuf,
    pub line: usize,
}

/// Every locale under `locales/`.
pub struct Locales {
    pub locales: BTreeMap<String, Locale>,
}

impl Locales {
    /// Loads `dir/<lang>/*.ftl`; every syntax error is reported with its position.
    pub fn load(dir: &Path) -> Result<Self, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let mut locales = BTreeMap::new();
        let mut langs: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(e) => e
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect(),
            Err(e) => {
                return Err(vec![whole_file(
                    dir,
                    format!("cannot read the locales directory: {e}"),
                )]);
            }
        };
        langs.sort();
        for lang_dir in langs {
            let lang = lang_dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match load_locale(&lang, &lang_dir) {
                Ok(l) => {
                    locales.insert(lang, l);
                }
                Err(mut d) => diags.append(&mut d),
            }
        }
        if !locales.contains_key(REFERENCE) && diags.is_empty() {
            diags.push(whole_file(
                dir,
                format!("the reference locale `{REFERENCE}` is missing"),
            ));
        }
        if diags.is_empty() {
            Ok(Locales { locales })
        } else {
            Err(diags)
        }
    }

    /// The languages a person can choose.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(String::as_str)
    }

    /// The locales tried for `lang`, in order: the language, then Russian (which most people
    /// in Russia read), then English.
    pub fn chain(&self, lang: &str) -> Vec<&Locale> {
        let mut order = vec![lang];
        if lang != "ru" && lang != REFERENCE {
            order.push("ru");
        }
        order.push(REFERENCE);
        order.iter().filter_map(|l| self.locales.get(*l)).collect()
    }

    /// A message (or one of its attributes) in `lang`, falling back along the chain. `None`
    /// only if no locale has it; `rules check` makes sure that never ships.
    pub fn text(
        &self,
        lang: &str,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        for locale in self.chain(lang) {
            if let Some(s) = locale.format(id, attr, args) {
                return Some(s);
            }
        }
        None
    }
}

/// A message from the first locale of `chain` that has it.
pub fn text_in(
    chain: &[&Locale],
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<String> {
    chain
        .iter()
        .find_map(|locale| locale.format(id, attr, args))
}

impl Locale {
    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        let msg = self.bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        let out = self.bundle.format_pattern(pattern, args, &mut errors);
        // A missing variable would show as "{$x}": fall back instead.
        if errors.is_empty() {
            Some(out.into_owned())
        } else {
            None
        }
    }
}

fn load_locale(lang: &str, dir: &Path) -> Result<Locale, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let langid: LanguageIdentifier = lang
        .parse()
        .map_err(|_| vec![whole_file(dir, format!("`{lang}` is not a language code"))])?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Plain text for Telegram and terminals: no invisible isolation marks around values.
    bundle.set_use_isolating(false);
    let mut messages = BTreeMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|e| {
            e.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in files {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                diags.push(whole_file(&path, format!("cannot read the file: {e}")));
                continue;
            }
        };
        let lines = crate::rules::diag::line_starts(&text);
        let src = SourceText {
            path: &path,
            text: &text,
            lines: &lines,
        };
        let parsed = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    // At the end of a line the parser points past the newline; show that line.
                    let mut at = e.pos.start.min(text.len());
                    if at > 0 && text.as_bytes()[at - 1] == b'\n' {
                        at -= 1;
                    }
                    diags.push(src.at(at, format!("Fluent syntax error: {}", e.kind)));
                }
                r
            }
        };
        for entry in &parsed.body {
            if let ast::Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                let offset = id_offset(&text, &id);
                let at = src.at(offset, "");
                if let Some(first) = messages.get(&id) {
                    let first: &MessageInfo = first;
                    diags.push(src.at(
                        offset,
                        format!(
                            "message `{id}` is defined twice (also at {}:{})",
                            first.file.display(),
                            first.line
                        ),
                    ));
                    continue;
                }
                let mut info = MessageInfo {
                    has_value: m.value.is_some(),
                    file: path.clone(),
                    line: at.line,
                    ..Default::default()
                };
                if let Some(v) = &m.value {
                    collect_variables(v, &mut info.variables);
                }
                for a in &m.attributes {
                    info.attributes.insert(a.id.name.to_string());
                    collect_variables(&a.value, &mut info.variables);
                }
                messages.insert(id, info);
            }
        }
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, _)) => r, // already reported above
        };
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                diags.push(whole_file(&path, format!("{e}")));
            }
        }
    }
    if diags.is_empty() {
        Ok(Locale {
            lang: lang.to_string(),
            bundle,
            messages,
        })
    } else {
        Err(diags)
    }
}

fn id_offset(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with(id) && line[id.len()..].trim_start().starts_with('=') {
            return offset;
        }
        offset += line.len();
    }
    0
}

fn collect_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => collect_inline(i, out),
    }
}

fn collect_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
        }
        _ => {}
    }
}

/// Messages the code itself uses (labels, risk names, the disclaimer).
pub const CODE_MESSAGES: &[&str] = &[
    "label-risk",
    "label-offer-risk",
    "label-why",
    "label-article",
    "label-checked-on",
    "label-advice",
    "label-contacts",
    "label-evidence",
    "scan-nothing-found",
    "risk-none",
    "risk-low",
    "risk-medium",
    "risk-high",
    "risk-urgent",
    "disclaimer",
];

/// Checks that every message the rules use exists in the reference locale, with the
/// attributes it needs and no variable the rule does not provide.
pub fn check_rules_messages(rules: &RuleSet, locales: &Locales) -> Vec<Diagnostic> {
    let Some(reference) = locales.locales.get(REFERENCE) else {
        return Vec::new();
    };
    let mut diags = Vec::new();
    for id in CODE_MESSAGES {
        if !reference.messages.get(*id).is_some_and(|m| m.has_value) {
            diags.push(whole_file(
                Path::new("locales").join(REFERENCE).as_path(),
                format!("message `{id}`, used by the program, is missing"),
            ));
        }
    }
    for use_ in &rules.messages {
        let at = |msg: String, hint: Option<String>| {
            let mut d = use_.at.clone();
            d.message = msg;
            d.hint = hint;
            d
        };
        let Some(info) = reference.messages.get(&use_.id) else {
            let hint = did_you_mean(&use_.id, reference.messages.keys().map(String::as_str));
            diags.push(at(
                format!(
                    "unknown message id `{}`: it is not in locales/{REFERENCE}/",
                    use_.id
                ),
                hint,
            ));
            continue;
        };
        if use_.attributes.is_empty() && !info.has_value {
            diags.push(at(
                format!(
                    "message `{}` needs a text (a value), not only attributes",
                    use_.id
                ),
                None,
            ));
        }
        for attr in use_.attributes {
            if !info.attributes.contains(*attr) {
                diags.push(at(
                    format!(
                        "message `{}` has no `.{attr}` attribute ({}:{})",
                        use_.id,
                        info.file.display(),
                        info.line
                    ),
                    None,
                ));
            }
        }
        for var in &info.variables {
            if !use_.variables.contains(var) {
                let have = use_
                    .variables
                    .iter()
                    .map(|v| format!("${v}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                diags.push(at(
                    format!(
                        "message `{}` ({}:{}) uses ${var}, but the rule's laws provide {}",
                        use_.id,
                        info.file.display(),
                        info.line,
                        if have.is_empty() {
                            "no values".to_string()
                        } else {
                            have
                        }
                    ),
                    None,
                ));
            }
        }
    }
    diags
}
