//! Sources, laws and places: `sources.toml` and the country files.

use std::sync::Arc;

use toml::Spanned;

use crate::rules::date::Date;
use crate::rules::diag::did_you_mean;
use crate::rules::model;
use crate::rules::{Contact, Law};

use super::{COUNTRY_CODES, IdKind, Loader, is_snake_id};

impl Loader {
    pub(super) fn add_sources(&mut self, file: usize, parsed: model::SourcesFile) {
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

    pub(super) fn check_url(&mut self, file: usize, url: &Spanned<String>) {
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

    pub(super) fn check_sources(
        &mut self,
        file: usize,
        at: usize,
        what: &str,
        ids: &[Spanned<String>],
    ) {
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
    pub(super) fn check_titles(
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

    pub(super) fn check_not_future(&mut self, file: usize, d: &Spanned<Date>, what: &str) {
        if *d.get_ref() > Date::today() {
            self.error(
                file,
                d.span().start,
                format!("{what} {} is in the future", d.get_ref()),
            );
        }
    }

    pub(super) fn add_country(&mut self, file: usize, parsed: model::CountryFile) {
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
            self.add_law(file, &country, law);
        }
        for contact in parsed.contact {
            self.add_contact(file, &country, contact);
        }
    }

    /// One law entry: checked, then kept with its citation.
    fn add_law(&mut self, file: usize, country: &str, law: Spanned<model::Law>) {
        let at = law.span().start;
        let law = law.into_inner();
        let id = law.id.get_ref().clone();
        let from = law.valid_from.as_ref().map(|f| *f.get_ref());
        let to = law.valid_to.as_ref().map(|t| *t.get_ref());
        self.check_law(file, at, &id, &law, from);
        self.check_overlap(file, at, &id, &law, from, to);
        let keys = self.law_keys.entry(id.clone()).or_default();
        for (k, _) in law.values.numbers() {
            keys.insert(k);
        }
        let article = crate::rules::eval::Article {
            article: law.article.clone(),
            part: law.part,
            paragraph: law.paragraph,
            subparagraph: law.subparagraph,
        };
        let citation = crate::rules::eval::citation(
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
            country: country.to_string(),
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

    /// What a law entry must satisfy on its own: id, sources, dates, ranges, titles.
    fn check_law(
        &mut self,
        file: usize,
        at: usize,
        id: &str,
        law: &model::Law,
        from: Option<Date>,
    ) {
        if !is_snake_id(id) {
            self.error(
                file,
                law.id.span().start,
                format!("law id `{id}` must be lowercase letters, digits and `_`"),
            );
        }
        self.check_sources(file, at, &format!("law `{id}`"), &law.sources);
        self.check_not_future(file, &law.checked_on, "checked_on");
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
        self.check_article_numbers(file, at, id, law);
        self.check_titles(file, at, &format!("law `{id}`: act_title"), &law.act_title);
    }

    /// Article, part, paragraph and subparagraph hold numbers only: the words ("part",
    /// "часть", "-qism") come from each language.
    fn check_article_numbers(&mut self, file: usize, at: usize, id: &str, law: &model::Law) {
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
    }

    /// Overlapping periods of the same id would make "the value in force" ambiguous.
    fn check_overlap(
        &mut self,
        file: usize,
        at: usize,
        id: &str,
        law: &model::Law,
        from: Option<Date>,
        to: Option<Date>,
    ) {
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
    }

    /// One contact: checked, then kept with its conditions.
    fn add_contact(&mut self, file: usize, country: &str, contact: Spanned<model::Contact>) {
        let at = contact.span().start;
        let c = contact.into_inner();
        if !self.claim_id(file, &c.id, IdKind::Contact) {
            return;
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
            if !p.starts_with('+') || !p[1..].chars().all(|ch| ch.is_ascii_digit() || ch == ' ') {
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
            country: country.to_string(),
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
