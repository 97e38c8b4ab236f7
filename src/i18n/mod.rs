//! Fluent bundles per locale, the fallback chain, locale negotiation, and review status.
//! The checks on translations are in `check`, rendering an Evaluation in `render`, and the
//! Uzbek Latin -> Cyrillic transliteration in `uz_cyrl`.

pub mod check;
pub mod render;
pub mod uz_cyrl;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::rules::Date;
use crate::rules::diag::{Diagnostic, SourceText, line_starts, whole_file};

pub use check::{CODE_MESSAGES, check_locales, check_rules_messages};

/// The reference locale: every message must exist here first.
pub const REFERENCE: &str = "en";
/// The default when nothing tells us the person's language: most people ogoh serves read
/// Russian.
pub const DEFAULT: &str = "ru";
/// Uzbek in Cyrillic script, made from the Uzbek (Latin) files.
pub const UZ_CYRL: &str = "uz-Cyrl";

/// One locale's messages: the bundle, plus what each message contains, for the checks.
pub struct Locale {
    pub lang: String,
    bundle: FluentBundle<FluentResource>,
    pub messages: BTreeMap<String, MessageInfo>,
    pub status: Option<ReviewStatus>,
}

/// What a message contains.
#[derive(Debug, Clone, Default)]
pub struct MessageInfo {
    pub has_value: bool,
    pub attributes: BTreeSet<String>,
    pub variables: BTreeSet<String>,
    /// The text of the value (key `""`) and of each attribute, placeables as `{…}`.
    pub texts: BTreeMap<String, String>,
    pub file: PathBuf,
    pub line: usize,
}

/// `locales/<lang>/status.toml`: who translated and who reviewed a locale.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewStatus {
    pub status: Review,
    pub translated_by: Option<String>,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<Date>,
    pub note: Option<String>,
    /// Messages that may be identical to the Russian ones (names, numbers).
    #[serde(default)]
    pub same_as_ru: Vec<String>,
    /// Messages that may be identical to the English ones.
    #[serde(default)]
    pub same_as_en: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    Draft,
    Reviewed,
}

/// Every locale under `locales/`, plus `uz-Cyrl`.
pub struct Locales {
    pub locales: BTreeMap<String, Locale>,
    /// Content hash of every .ftl and status file, to tell a changed set from the same one.
    pub version: String,
}

impl Locales {
    /// Loads `dir/<lang>/*.ftl` and `status.toml`; every syntax error is reported with its
    /// position.
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
            match load_locale(&lang, &lang_dir, None) {
                Ok(l) => {
                    locales.insert(lang.clone(), l);
                }
                Err(mut d) => diags.append(&mut d),
            }
            if lang == "uz"
                && let Ok(cyrl) = load_locale(UZ_CYRL, &lang_dir, Some(uz_cyrl_transform))
            {
                locales.insert(UZ_CYRL.to_string(), cyrl);
            }
        }
        if !locales.contains_key(REFERENCE) && diags.is_empty() {
            diags.push(whole_file(
                dir,
                format!("the reference locale `{REFERENCE}` is missing"),
            ));
        }
        if diags.is_empty() {
            Ok(Locales {
                locales,
                version: content_hash(dir),
            })
        } else {
            Err(diags)
        }
    }

    /// The languages a person can choose.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(String::as_str)
    }

    /// The locales tried for `lang`, in order: Uzbek Cyrillic falls back to Uzbek Latin; every
    /// language falls back to Russian, which most people in Russia read, then to English.
    pub fn chain(&self, lang: &str) -> Vec<&Locale> {
        let mut order = vec![lang];
        if lang == UZ_CYRL {
            order.push("uz");
        }
        if lang != DEFAULT && lang != REFERENCE {
            order.push(DEFAULT);
        }
        order.push(REFERENCE);
        order.dedup();
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
        text_in(&self.chain(lang), id, attr, args)
    }

    /// The language to answer in. In order: an explicit choice, Telegram's `language_code`
    /// (its languages, and English for any other), the `Accept-Language` header; else Russian.
    pub fn negotiate(
        &self,
        explicit: Option<&str>,
        telegram: Option<&str>,
        accept_language: Option<&str>,
    ) -> String {
        if let Some(lang) = explicit.and_then(|l| self.supported(l)) {
            return lang;
        }
        if let Some(code) = telegram.filter(|c| !c.trim().is_empty()) {
            return self
                .supported(code)
                .or_else(|| {
                    // "uz-UZ", "ru-RU": the language part decides.
                    code.split(['-', '_'])
                        .next()
                        .and_then(|l| self.supported(l))
                })
                .unwrap_or_else(|| REFERENCE.to_string());
        }
        if let Some(header) = accept_language {
            let requested = fluent_langneg::accepted_languages::parse(header);
            let available: Vec<LanguageIdentifier> =
                self.languages().filter_map(|l| l.parse().ok()).collect();
            let default: LanguageIdentifier = DEFAULT.parse().unwrap_or_default();
            let chosen = fluent_langneg::negotiate_languages(
                &requested,
                &available,
                Some(&default),
                fluent_langneg::NegotiationStrategy::Lookup,
            );
            if let Some(first) = chosen.first()
                && let Some(lang) = self.supported(&first.to_string())
            {
                return lang;
            }
        }
        DEFAULT.to_string()
    }

    /// The locale name for a code written loosely ("UZ", "uz_cyrl", "uz-Cyrl"), if supported.
    pub fn supported(&self, code: &str) -> Option<String> {
        let wanted = code.trim().replace('_', "-").to_ascii_lowercase();
        self.languages()
            .find(|l| l.to_ascii_lowercase() == wanted)
            .map(str::to_string)
    }
}

/// A short hash of every file under the locales directory (names and contents).
fn content_hash(dir: &Path) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|lang| {
            std::fs::read_dir(lang.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|f| f.path())
        .collect();
    files.sort();
    crate::content_hash::short_hash(files.iter().map(|f| {
        let name = f
            .strip_prefix(dir)
            .unwrap_or(f)
            .to_string_lossy()
            .into_owned();
        (name, std::fs::read(f).unwrap_or_default())
    }))
}

fn uz_cyrl_transform(s: &str) -> std::borrow::Cow<'_, str> {
    uz_cyrl::transliterate(s)
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

    /// Whether the locale has been reviewed by a native speaker.
    pub fn reviewed(&self) -> bool {
        self.status
            .as_ref()
            .is_some_and(|s| s.status == Review::Reviewed)
    }
}

/// The locale whose CLDR plural rules a language's bundle uses.
///
/// CLDR has no plural rules for Tajik, and Fluent would silently use English ones ("1" is
/// `one`). In Tajik a noun after a numeral stays singular (1 сол, 5 сол, 21 сол), so every
/// number takes the `other` form. Fluent takes plural rules from a bundle's first locale, so
/// the Tajik bundle gets those of a CLDR locale with only `other` (Japanese); nothing else in
/// our messages depends on the bundle's locale. Tested in tests/locales.rs.
fn plural_rules_locale(lang: &str) -> &str {
    match lang {
        "tg" => "ja",
        UZ_CYRL => "uz",
        other => other,
    }
}

fn load_locale(
    lang: &str,
    dir: &Path,
    transform: Option<fn(&str) -> std::borrow::Cow<'_, str>>,
) -> Result<Locale, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let langid: LanguageIdentifier = plural_rules_locale(lang)
        .parse()
        .map_err(|_| vec![whole_file(dir, format!("`{lang}` is not a language code"))])?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Plain text for Telegram and terminals: no invisible isolation marks around values.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    let mut messages = BTreeMap::new();
    for path in ftl_files(dir) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                diags.push(whole_file(&path, format!("cannot read the file: {e}")));
                continue;
            }
        };
        let lines = line_starts(&text);
        let src = SourceText {
            path: &path,
            text: &text,
            lines: &lines,
        };
        let parsed = parse_ftl(&src, &mut diags);
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
                messages.insert(id, message_info(m, &path, at.line));
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
    let status = if lang == UZ_CYRL {
        None
    } else {
        load_status(dir, &mut diags)
    };
    if diags.is_empty() {
        Ok(Locale {
            lang: lang.to_string(),
            bundle,
            messages,
            status,
        })
    } else {
        Err(diags)
    }
}

/// Parses one file; its syntax errors become diagnostics, and what parsed is kept.
fn parse_ftl<'a>(src: &SourceText<'a>, diags: &mut Vec<Diagnostic>) -> ast::Resource<&'a str> {
    match fluent_syntax::parser::parse(src.text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // At the end of a line the parser points past the newline; show that line.
                let mut at = e.pos.start.min(src.text.len());
                if at > 0 && src.text.as_bytes()[at - 1] == b'\n' {
                    at -= 1;
                }
                diags.push(src.at(at, format!("Fluent syntax error: {}", e.kind)));
            }
            r
        }
    }
}

/// The `.ftl` files of a locale directory, by name.
fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|e| {
            e.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// What the checks need to know of one message: its variables, attributes and plain texts.
fn message_info(m: &ast::Message<&str>, path: &Path, line: usize) -> MessageInfo {
    let mut info = MessageInfo {
        has_value: m.value.is_some(),
        file: path.to_path_buf(),
        line,
        ..Default::default()
    };
    if let Some(v) = &m.value {
        collect_variables(v, &mut info.variables);
        info.texts.insert(String::new(), plain_text(v));
    }
    for a in &m.attributes {
        info.attributes.insert(a.id.name.to_string());
        collect_variables(&a.value, &mut info.variables);
        info.texts
            .insert(a.id.name.to_string(), plain_text(&a.value));
    }
    info
}

fn load_status(dir: &Path, diags: &mut Vec<Diagnostic>) -> Option<ReviewStatus> {
    let path = dir.join("status.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(_) => {
            diags.push(whole_file(
                &path,
                "missing: every locale records its review status (status = \"draft\" or \"reviewed\")",
            ));
            return None;
        }
    };
    match toml::from_str::<ReviewStatus>(&text) {
        Ok(s) => {
            if s.status == Review::Reviewed && (s.reviewed_by.is_none() || s.reviewed_on.is_none())
            {
                diags.push(whole_file(
                    &path,
                    "a reviewed locale names its reviewer (reviewed_by) and date (reviewed_on)",
                ));
            }
            Some(s)
        }
        Err(e) => {
            let lines = line_starts(&text);
            let src = SourceText {
                path: &path,
                text: &text,
                lines: &lines,
            };
            diags.push(src.at(e.span().map_or(0, |s| s.start), e.message().trim()));
            None
        }
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

/// A pattern's text with every placeable as `{…}`, for comparing translations.
fn plain_text(p: &ast::Pattern<&str>) -> String {
    p.elements
        .iter()
        .map(|el| match el {
            ast::PatternElement::TextElement { value } => value.to_string(),
            ast::PatternElement::Placeable { .. } => "{…}".to_string(),
        })
        .collect()
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
