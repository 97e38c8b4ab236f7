//! `rules/` -> a validated `RuleSet`. Every problem in every file is collected, each with
//! `file:line:col`, before giving up, so staff fix them all in one go.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cel::common::ast::{EntryExpr, Expr, IdedExpr, LiteralValue};
use regex::Regex;
use serde::de::DeserializeOwned;
use strum::VariantNames;
use toml::Spanned;

use super::date::Date;
use super::diag::{Diagnostic, SourceText, did_you_mean, whole_file};
use super::facts::{Citizenship, Facts, RussianCitizenship, Situation};
use super::model::{self, LegalValues, Severity};
use super::{
    Condition, Contact, Epoch, Law, MessageUse, Place, Rule, RuleSet, ScanTest, ScenarioTest, Tests,
};

mod scams;

/// Names a condition may use.
pub const FACT_NAMES: &[&str] = &[
    "citizenship",
    "russian_citizenship",
    "in_russia",
    "age",
    "situations",
    "scam",
    "law",
];

/// Languages a pattern's signals and examples are written in.
pub const SIGNAL_LANGS: &[&str] = &["ru", "ru-Latn", "uz", "uz-Cyrl", "tg", "ky", "kk", "en"];
/// Languages every pattern must have signals and a positive example in.
pub const REQUIRED_SIGNAL_LANGS: &[&str] = &["ru", "ru-Latn", "uz", "uz-Cyrl", "tg", "ky", "kk"];

const COUNTRY_CODES: &[&str] = &["UZ", "TJ", "KG", "KZ", "TM", "RU"];

/// Loads and validates the rule files under `dir`.
pub fn load(dir: &Path) -> Result<RuleSet, Vec<Diagnostic>> {
    let mut l = Loader::default();
    l.read_dir(dir);
    l.finish()
}

struct File {
    path: PathBuf,
    text: String,
    lines: Vec<usize>,
}

#[derive(Default)]
struct Loader {
    files: Vec<File>,
    diags: Vec<Diagnostic>,
    sources: BTreeMap<String, model::Source>,
    laws: Vec<Law>,
    /// Law id -> where first defined, for positions.
    law_keys: HashMap<String, BTreeSet<&'static str>>,
    contacts: Vec<Contact>,
    findings: Vec<Rule>,
    advice: Vec<Rule>,
    scams: scams::ScamParts,
    tests: Tests,
    messages: Vec<MessageUse>,
    /// Every distinct condition, compiled once.
    conditions: Vec<Condition>,
    condition_index: HashMap<String, usize>,
    /// Law ids that conditions read (`law.<id>...`): only these go into the CEL variable.
    condition_laws: BTreeSet<String>,
    /// Deferred: law references to check once every law is read (file, span, id).
    law_refs: Vec<(usize, std::ops::Range<usize>, String)>,
    /// Deferred: test expectations naming findings, advice or patterns.
    id_refs: Vec<(usize, std::ops::Range<usize>, String, IdKind)>,
    seen_ids: HashMap<(IdKind, String), (usize, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum IdKind {
    Source,
    Contact,
    Finding,
    Advice,
    Pattern,
}

impl IdKind {
    fn name(self) -> &'static str {
        match self {
            IdKind::Source => "source",
            IdKind::Contact => "contact",
            IdKind::Finding => "finding",
            IdKind::Advice => "advice",
            IdKind::Pattern => "pattern",
        }
    }
}

impl Loader {
    fn src(&self, file: usize) -> SourceText<'_> {
        SourceText {
            path: &self.files[file].path,
            text: &self.files[file].text,
            lines: &self.files[file].lines,
        }
    }

    fn error(&mut self, file: usize, offset: usize, msg: impl Into<String>) {
        let d = self.src(file).at(offset, msg);
        self.diags.push(d);
    }

    fn error_hint(
        &mut self,
        file: usize,
        offset: usize,
        msg: impl Into<String>,
        hint: Option<String>,
    ) {
        let d = self.src(file).at(offset, msg).with_hint(hint);
        self.diags.push(d);
    }

    fn read_dir(&mut self, dir: &Path) {
        if !dir.is_dir() {
            self.diags.push(whole_file(
                dir,
                "the rules directory does not exist or is not a directory",
            ));
            return;
        }
        // sources.toml first: laws and contacts refer to it.
        let sources = dir.join("sources.toml");
        if let Some(f) = self.read_file(&sources)
            && let Some(parsed) = self.parse::<model::SourcesFile>(f)
        {
            self.add_sources(f, parsed);
        }
        for (sub, kind) in [
            ("countries", Kind::Country),
            ("findings", Kind::Findings),
            ("scams", Kind::Scams),
            ("tests", Kind::Tests),
        ] {
            let sub = dir.join(sub);
            let mut paths: Vec<PathBuf> = match std::fs::read_dir(&sub) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                    .collect(),
                Err(_) => {
                    self.diags
                        .push(whole_file(&sub, "this directory is missing from the rules"));
                    continue;
                }
            };
            paths.sort();
            if matches!(kind, Kind::Scams) {
                self.read_messages(&sub.join("messages"));
            }
            for path in paths {
                let Some(f) = self.read_file(&path) else {
                    continue;
                };
                match kind {
                    Kind::Country => {
                        if let Some(p) = self.parse::<model::CountryFile>(f) {
                            self.add_country(f, p);
                        }
                    }
                    Kind::Findings => {
                        if let Some(p) = self.parse::<model::FindingsFile>(f) {
                            self.add_findings(f, p);
                        }
                    }
                    Kind::Scams => {
                        if let Some(p) = self.parse::<model::ScamsFile>(f) {
                            self.add_scams(f, p);
                        }
                    }
                    Kind::Tests => {
                        if let Some(p) = self.parse::<model::TestsFile>(f) {
                            self.add_tests(f, p);
                        }
                    }
                }
            }
        }
    }

    /// `scams/messages/*.jsonl`: labelled messages the classifier learns from (optional).
    fn read_messages(&mut self, dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        paths.sort();
        for path in paths {
            if let Some(f) = self.read_file(&path) {
                self.add_messages(f);
            }
        }
    }

    fn read_file(&mut self, path: &Path) -> Option<usize> {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => {
                    self.files.push(File {
                        path: path.to_path_buf(),
                        lines: super::diag::line_starts(&text),
                        text,
                    });
                    Some(self.files.len() - 1)
                }
                Err(_) => {
                    self.diags
                        .push(whole_file(path, "the file is not valid UTF-8 text"));
                    None
                }
            },
            Err(e) => {
                self.diags
                    .push(whole_file(path, format!("cannot read the file: {e}")));
                None
            }
        }
    }

    fn parse<T: DeserializeOwned>(&mut self, file: usize) -> Option<T> {
        match toml::from_str::<T>(&self.files[file].text) {
            Ok(v) => Some(v),
            Err(e) => {
                let offset = e.span().map_or(0, |s| s.start);
                let msg = e.message().trim().to_string();
                let hint = unknown_name_hint(&msg);
                self.error_hint(file, offset, msg, hint);
                None
            }
        }
    }

    /// Records an id; reports a duplicate.
    fn claim_id(&mut self, file: usize, id: &Spanned<String>, kind: IdKind) -> bool {
        let name = id.get_ref().clone();
        if !is_snake_id(&name) && kind != IdKind::Source {
            self.error(
                file,
                id.span().start,
                format!(
                    "{} id `{name}` must be lowercase letters, digits and `_`",
                    kind.name()
                ),
            );
        }
        let here = (file, id.span().start);
        if let Some(&(f, off)) = self.seen_ids.get(&(kind, name.clone())) {
            let first = self.src(f).at(off, "");
            self.error(
                file,
                id.span().start,
                format!(
                    "duplicate {} id `{name}` (first defined at {}:{}:{})",
                    kind.name(),
                    first.file.display(),
                    first.line,
                    first.col
                ),
            );
            return false;
        }
        self.seen_ids.insert((kind, name), here);
        true
    }

    fn add_sources(&mut self, file: usize, parsed: model::SourcesFile) {
        for s in parsed.source {
            let s = s.into_inner();
            if !self.claim_id(file, &s.id, IdKind::Source) {
                continue;
            }
            if let Some(url) = &s.url {
                self.check_url(file, url);
            }
            self.check_titles(
                file,
                s.id.span().start,
                &format!("source `{}`: publisher_title", s.id.get_ref()),
                &s.publisher_title,
            );
            self.sources.insert(s.id.get_ref().clone(), s);
        }
    }

    fn check_url(&mut self, file: usize, url: &Spanned<String>) {
        let u = url.get_ref();
        if !(u.starts_with("https://") || u.starts_with("http://"))
            || u.contains(char::is_whitespace)
        {
            self.error(
                file,
                url.span().start,
                format!("`{u}` is not a web address (http:// or https://)"),
            );
        }
    }

    fn check_sources(&mut self, file: usize, at: usize, what: &str, ids: &[Spanned<String>]) {
        if ids.is_empty() {
            self.error(
                file,
                at,
                format!("{what} has no source: add `sources = [\"...\"]` with ids from rules/sources.toml"),
            );
        }
        for id in ids {
            if !self.sources.contains_key(id.get_ref()) {
                let hint = did_you_mean(id.get_ref(), self.sources.keys().map(String::as_str));
                self.error_hint(
                    file,
                    id.span().start,
                    format!(
                        "unknown source `{}`: it is not in rules/sources.toml",
                        id.get_ref()
                    ),
                    hint,
                );
            }
        }
    }

    /// Names per language (`act_title`, `name_title`, …) are for the languages people read
    /// answers in; English is the field without `_title`.
    fn check_titles(
        &mut self,
        file: usize,
        at: usize,
        what: &str,
        titles: &std::collections::BTreeMap<String, String>,
    ) {
        for lang in titles.keys() {
            if !["ru", "uz", "tg", "ky", "kk"].contains(&lang.as_str()) {
                self.error(
                    file,
                    at,
                    format!("{what} has `{lang}`; the languages are ru, uz, tg, ky and kk"),
                );
            }
        }
    }

    fn check_not_future(&mut self, file: usize, d: &Spanned<Date>, what: &str) {
        if *d.get_ref() > Date::today() {
            self.error(
                file,
                d.span().start,
                format!("{what} {} is in the future", d.get_ref()),
            );
        }
    }

    fn add_country(&mut self, file: usize, parsed: model::CountryFile) {
        let country = parsed.country.get_ref().clone();
        if !COUNTRY_CODES.contains(&country.as_str()) {
            let hint = did_you_mean(&country, COUNTRY_CODES.iter().copied());
            self.error_hint(
                file,
                parsed.country.span().start,
                format!(
                    "unknown country `{country}`; expected one of {}",
                    COUNTRY_CODES.join(", ")
                ),
                hint,
            );
        }
        for law in parsed.law {
            let at = law.span().start;
            let law = law.into_inner();
            let id = law.id.get_ref().clone();
            if !is_snake_id(&id) {
                self.error(
                    file,
                    law.id.span().start,
                    format!("law id `{id}` must be lowercase letters, digits and `_`"),
                );
            }
            self.check_sources(file, at, &format!("law `{id}`"), &law.sources);
            self.check_not_future(file, &law.checked_on, "checked_on");
            let from = law.valid_from.as_ref().map(|f| *f.get_ref());
            let to = law.valid_to.as_ref().map(|t| *t.get_ref());
            if let (Some(f), Some(t)) = (from, &law.valid_to)
                && *t.get_ref() < f
            {
                self.error(
                    file,
                    t.span().start,
                    format!("valid_to {} is before valid_from {f}", t.get_ref()),
                );
            }
            if from.is_none() && law.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                self.error(file, at, format!("law `{id}` has no valid_from: add it, or say in `note` why the start date is unknown"));
            }
            let v = &law.values;
            if let (Some(min), Some(max)) = (v.min_years, v.max_years)
                && min > max
            {
                self.error(
                    file,
                    at,
                    format!("law `{id}`: min_years {min} is more than max_years {max}"),
                );
            }
            if let (Some(min), Some(max)) = (v.min_age, v.max_age)
                && min > max
            {
                self.error(
                    file,
                    at,
                    format!("law `{id}`: min_age {min} is more than max_age {max}"),
                );
            }
            if v.max_fine.is_some() != v.fine_unit.is_some() {
                self.error(
                    file,
                    at,
                    format!("law `{id}`: max_fine and fine_unit go together"),
                );
            }
            // Numbers only: the words ("part", "часть", "-qism") come from each language.
            for (name, value) in [
                ("article", &law.article),
                ("part", &law.part),
                ("paragraph", &law.paragraph),
                ("subparagraph", &law.subparagraph),
            ] {
                if let Some(v) = value
                    && v.chars()
                        .zip(v.chars().skip(1))
                        .any(|(a, b)| a.is_alphabetic() && b.is_alphabetic())
                {
                    self.error(
                        file,
                        at,
                        format!(
                            "law `{id}`: {name} = \"{v}\" has a word in it; write only the number as the act does (\"154-1\", \"2\", \"в\") and put part, paragraph and subparagraph in their own fields"
                        ),
                    );
                }
            }
            self.check_titles(file, at, &format!("law `{id}`: act_title"), &law.act_title);
            // Overlapping periods of the same id would make "the value in force" ambiguous.
            let (lo, hi) = (Date(chrono::NaiveDate::MIN), Date(chrono::NaiveDate::MAX));
            if let Some(other) = self.laws.iter().find(|o| {
                o.id == id
                    && o.valid_from.unwrap_or(lo) <= to.unwrap_or(hi)
                    && from.unwrap_or(lo) <= o.valid_to.unwrap_or(hi)
            }) {
                let period = |f: Option<Date>, t: Option<Date>| {
                    format!(
                        "{}{}",
                        f.map_or("the start".to_string(), |f| format!("from {f}")),
                        t.map(|t| format!(" to {t}")).unwrap_or_default()
                    )
                };
                let msg = format!(
                    "law `{id}` is valid {}, which overlaps its other entry valid {}; end the older one with valid_to",
                    period(from, to),
                    period(other.valid_from, other.valid_to),
                );
                let pos = law.valid_from.as_ref().map_or(at, |f| f.span().start);
                self.error(file, pos, msg);
            }
            let keys = self.law_keys.entry(id.clone()).or_default();
            for (k, _) in law.values.numbers() {
                keys.insert(k);
            }
            let article = super::eval::Article {
                article: law.article.clone(),
                part: law.part,
                paragraph: law.paragraph,
                subparagraph: law.subparagraph,
            };
            let citation = super::eval::citation(
                &self.sources,
                law.act.clone(),
                law.act_title,
                article,
                law.sources.first().map(|s| s.get_ref().as_str()),
                *law.checked_on.get_ref(),
                law.status,
            );
            let trace_label: Arc<str> = match from {
                Some(from) => format!("{id} (from {from})").into(),
                None => id.as_str().into(),
            };
            self.laws.push(Law {
                trace_label,
                id,
                country: country.clone(),
                about: law.about,
                kind: law.kind,
                status: law.status,
                act: law.act,
                article: law.article,
                valid_from: from,
                valid_to: to,
                values: law.values,
                sources: law.sources.into_iter().map(Spanned::into_inner).collect(),
                checked_on: *law.checked_on.get_ref(),
                note: law.note,
                citation: Arc::new(citation),
            });
        }
        for contact in parsed.contact {
            let at = contact.span().start;
            let c = contact.into_inner();
            if !self.claim_id(file, &c.id, IdKind::Contact) {
                continue;
            }
            self.check_sources(
                file,
                at,
                &format!("contact `{}`", c.id.get_ref()),
                &c.sources,
            );
            if let Some(url) = &c.url {
                self.check_url(file, url);
            }
            if let Some(phone) = &c.phone {
                let p = phone.get_ref();
                if !p.starts_with('+') || !p[1..].chars().all(|ch| ch.is_ascii_digit() || ch == ' ')
                {
                    self.error(
                        file,
                        phone.span().start,
                        format!("phone `{p}` must be written +<country code> <digits>"),
                    );
                }
            }
            let at = c.id.span().start;
            let what = format!("contact `{}`", c.id.get_ref());
            self.check_titles(file, at, &format!("{what}: name_title"), &c.name_title);
            self.check_titles(
                file,
                at,
                &format!("{what}: published_by_title"),
                &c.published_by_title,
            );
            self.check_not_future(file, &c.checked_on, "checked_on");
            if let Some(v) = &c.verified_on {
                self.check_not_future(file, v, "verified_on");
            }
            if let Some(p) = &c.published_on {
                self.check_not_future(file, p, "published_on");
            }
            let conditions = c
                .when
                .iter()
                .filter_map(|cond| self.condition(file, cond))
                .collect();
            self.contacts.push(Contact {
                id: c.id.into_inner(),
                country: country.clone(),
                name: c.name,
                name_title: c.name_title,
                url: c.url.map(Spanned::into_inner),
                phone: c.phone.map(Spanned::into_inner),
                checked_on: c.checked_on.into_inner(),
                verified_on: c.verified_on.map(Spanned::into_inner),
                published_by: c.published_by.into_inner(),
                published_by_title: c.published_by_title,
                published_on: c.published_on.map(Spanned::into_inner),
                safety: c.safety,
                conditions,
            });
        }
    }

    fn add_findings(&mut self, file: usize, parsed: model::FindingsFile) {
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
    fn rule(
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
            self.law_refs
                .push((file, law.span(), law.get_ref().clone()));
        }
        let at = self.src(file).at(message.span().start, "");
        self.messages.push(MessageUse {
            id: message.get_ref().clone(),
            attributes,
            // Filled in `finish`, once every law's keys are known.
            variables: laws
                .iter()
                .map(|l| format!("law:{}", l.get_ref()))
                .collect(),
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

    /// Parses a CEL expression written in a rule file; each syntax error is reported at its place.
    /// Returns the program and where the expression starts in the file.
    fn compile_cel(
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
    fn report_at_nodes(
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
    fn condition(&mut self, file: usize, cond: &Spanned<String>) -> Option<usize> {
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
                format!("{id}\u{0}{}", key.unwrap_or("")),
            ));
        });
        self.conditions.push(Condition {
            text: text.as_str().into(),
            fast: super::fast::Fast::compile(program.expression()),
            program,
        });
        self.condition_index
            .insert(text.clone(), self.conditions.len() - 1);
        Some(self.conditions.len() - 1)
    }

    fn add_tests(&mut self, file: usize, parsed: model::TestsFile) {
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
            if let Some(risk) = &s.expect.risk
                && !["none", "low", "medium", "high", "urgent"].contains(&risk.as_str())
            {
                self.error(
                    file,
                    at,
                    format!("scenario `{}`: unknown risk `{risk}`", s.name),
                );
            }
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

    /// Cross-file checks, then the RuleSet.
    fn finish(mut self) -> Result<RuleSet, Vec<Diagnostic>> {
        let law_ids: BTreeSet<String> = self.laws.iter().map(|l| l.id.clone()).collect();
        for (file, span, reference) in std::mem::take(&mut self.law_refs) {
            let (id, key) = match reference.split_once('\u{0}') {
                Some((id, key)) => (
                    id.to_string(),
                    Some(key.to_string()).filter(|k| !k.is_empty()),
                ),
                None => (reference, None),
            };
            if !law_ids.contains(&id) {
                let hint = did_you_mean(&id, law_ids.iter().map(String::as_str));
                self.error_hint(file, span.start, format!("unknown law `{id}`"), hint);
                continue;
            }
            if let Some(key) = key {
                let keys = self.law_keys.get(&id).cloned().unwrap_or_default();
                if !keys.contains(key.as_str()) {
                    let hint = did_you_mean(&key, LegalValues::KEYS.iter().copied());
                    let have = keys.iter().copied().collect::<Vec<_>>().join(", ");
                    self.error_hint(
                        file,
                        span.start,
                        format!("law `{id}` has no value `{key}` (it has: {have})"),
                        hint,
                    );
                }
            }
        }
        for (file, span, id, kind) in std::mem::take(&mut self.id_refs) {
            if !self.seen_ids.contains_key(&(kind, id.clone())) {
                let candidates: Vec<&str> = self
                    .seen_ids
                    .keys()
                    .filter(|(k, _)| *k == kind)
                    .map(|(_, i)| i.as_str())
                    .collect();
                let hint = did_you_mean(&id, candidates);
                self.error_hint(
                    file,
                    span.start,
                    format!("unknown {} `{id}`", kind.name()),
                    hint,
                );
            }
        }
        // Two laws of one rule giving the same key would make its value ambiguous.
        let mut conflicts = Vec::new();
        for m in &self.messages {
            let laws: Vec<&str> = m
                .variables
                .iter()
                .filter_map(|v| v.strip_prefix("law:"))
                .collect();
            let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
            for law in &laws {
                for key in self.law_keys.get(*law).into_iter().flatten() {
                    if let Some(first) = owner.insert(key, law) {
                        let mut d = m.at.clone();
                        d.message = format!(
                            "laws `{first}` and `{law}` both give `{key}`: the value would be ambiguous; split the rule in two"
                        );
                        conflicts.push(d);
                    }
                }
            }
        }
        self.diags.append(&mut conflicts);
        // A message's variables are the value keys of the laws its rule rests on.
        for m in &mut self.messages {
            let laws: Vec<String> = m
                .variables
                .iter()
                .filter_map(|v| v.strip_prefix("law:").map(str::to_string))
                .collect();
            m.variables = laws
                .iter()
                .flat_map(|l| self.law_keys.get(l).cloned().unwrap_or_default())
                .map(str::to_string)
                .collect();
        }
        if self.sources.is_empty() && self.diags.is_empty() {
            self.diags.push(whole_file(
                Path::new("sources.toml"),
                "no sources: rules/sources.toml is missing or empty",
            ));
        }
        let scanner = self.build_scanner();
        if !self.diags.is_empty() {
            return Err(self.diags);
        }
        let Some(scanner) = scanner else {
            return Err(self.diags);
        };
        let mut files: Vec<&File> = self.files.iter().collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let version = crate::content_hash::short_hash(files.iter().map(|f| {
            let name = f
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, f.text.as_bytes())
        }));
        let epochs = epochs(&self.laws, &self.condition_laws);
        self.advice
            .sort_by(|a, b| a.order.cmp(&b.order).then(a.id.cmp(&b.id)));
        Ok(RuleSet {
            version,
            sources: self.sources,
            laws: self.laws,
            contacts: self.contacts,
            conditions: self.conditions,
            findings: self.findings,
            advice: self.advice,
            scanner,
            epochs,
            tests: self.tests,
            messages: self.messages,
            env: Arc::new(cel::Env::stdlib()),
        })
    }
}

enum Kind {
    Country,
    Findings,
    Scams,
    Tests,
}

/// Periods between every change of any law, each with the laws in force. The CEL variable
/// `law` holds only the laws conditions read: CEL copies it into every evaluation.
fn epochs(laws: &[Law], condition_laws: &BTreeSet<String>) -> Vec<Epoch> {
    let mut starts: BTreeSet<Date> = BTreeSet::new();
    starts.insert(Date(chrono::NaiveDate::MIN));
    for l in laws {
        if let Some(from) = l.valid_from {
            starts.insert(from);
        }
        if let Some(to) = l.valid_to
            && let Some(next) = to.0.succ_opt()
        {
            starts.insert(Date(next));
        }
    }
    starts
        .into_iter()
        .map(|from| {
            let in_force: HashMap<String, usize> = laws
                .iter()
                .enumerate()
                .filter(|(_, l)| l.in_force(from))
                .map(|(i, l)| (l.id.clone(), i))
                .collect();
            let map: HashMap<String, cel::Value> = in_force
                .iter()
                .filter(|(id, _)| condition_laws.contains(*id))
                .map(|(id, &i)| {
                    let values: HashMap<String, cel::Value> = laws[i]
                        .values
                        .numbers()
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), cel::Value::Int(v)))
                        .collect();
                    (id.clone(), cel::Value::from(values))
                })
                .collect();
            Epoch {
                from,
                in_force,
                cel: cel::Value::from(map),
            }
        })
        .collect()
}

/// Walks a condition: unknown names and unknown string values are problems.
fn check_expr(e: &IdedExpr, scope: &mut Vec<String>, out: &mut Vec<(u64, String, Option<String>)>) {
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

fn is_law_select(e: &IdedExpr) -> bool {
    match &e.expr {
        Expr::Select(s) => match &s.operand.expr {
            Expr::Ident(n) => n == "law",
            _ => is_law_select(&s.operand),
        },
        _ => false,
    }
}

/// Calls `f(node, law_id, key)` for every `law.<id>` and `law.<id>.<key>`.
fn collect_law_selects(e: &IdedExpr, f: &mut dyn FnMut(u64, &str, Option<&str>)) {
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
fn known_values() -> &'static [&'static str] {
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

fn is_snake_id(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Length of the TOML quote that opens a string at `offset` ("'", "\"", "'''" or "\"\"\"").
fn quote_len(text: &str, offset: usize) -> usize {
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
fn offset_of_line_col(text: &str, line: isize, col: isize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i as isize + 1 == line {
            return offset + ((col - 1).max(0) as usize).min(l.len());
        }
        offset += l.len();
    }
    offset.min(text.len())
}

/// "did you mean" for serde's "unknown field `x`, expected one of `a`, `b`" messages.
fn unknown_name_hint(msg: &str) -> Option<String> {
    static RE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"unknown (?:field|variant) `([^`]*)`, expected (.*)").expect("constant regex")
    });
    static NAME: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"`([^`]*)`").expect("constant regex"));
    let cap = RE.captures(msg)?;
    let candidates: Vec<&str> = NAME
        .captures_iter(cap.get(2)?.as_str())
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .collect();
    did_you_mean(&cap[1], candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_for_unknown_fields() {
        assert_eq!(
            unknown_name_hint("unknown field `severty`, expected one of `id`, `severity`, `when`"),
            Some("did you mean `severity`?".into())
        );
    }

    #[test]
    fn quote_lengths() {
        assert_eq!(quote_len("x = 'a'", 4), 1);
        assert_eq!(quote_len("x = '''\na'''", 4), 4);
    }
}
