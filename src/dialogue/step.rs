//! One step of the conversation: state + input -> new state + replies. Pure: no I/O, no clock.
//!
//! Buttons carry an `Action` (`action.rs`). Each step accepts only its own actions; a button
//! from an old message, or naming something a rules reload removed, gets the current step again
//! instead of changing anything.

use fluent_bundle::{FluentArgs, FluentValue};

mod ask;

use super::action::{Action, Answer, Menu};
use super::state::{OfferCheck, State, Step};
use super::{Button, Command, Ctx, Input, Outcome, Reply, Unreadable};
use crate::i18n::render::Assessment;
use crate::rules::facts::MAX_TEXT_BYTES;
use crate::rules::{self, Citizenship, RussianCitizenship, ScanResult};

/// Each language's name in itself: the same on every screen, so anyone finds their own.
pub const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("uz", "Oʻzbekcha"),
    ("uz-Cyrl", "Ўзбекча"),
    ("tg", "Тоҷикӣ"),
    ("ky", "Кыргызча"),
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
];

const COUNTRIES: [Citizenship; 6] = [
    Citizenship::UZ,
    Citizenship::TJ,
    Citizenship::KG,
    Citizenship::KZ,
    Citizenship::TM,
    Citizenship::Other,
];

const RUSSIAN: [RussianCitizenship; 4] = [
    RussianCitizenship::None,
    RussianCitizenship::Applying,
    RussianCitizenship::Naturalized,
    RussianCitizenship::ByBirth,
];

/// Applies one input.
pub fn step(state: State, input: Input, ctx: &Ctx) -> Outcome {
    let mut s = Session {
        state,
        ctx,
        replies: Vec::new(),
        forget: false,
        stats: Vec::new(),
    };
    s.apply(input);
    Outcome {
        state: s.state,
        replies: s.replies,
        forget: s.forget,
        stats: s.stats,
    }
}

struct Session<'a> {
    state: State,
    ctx: &'a Ctx<'a>,
    replies: Vec<Reply>,
    forget: bool,
    stats: Vec<(String, String)>,
}

impl Session<'_> {
    fn lang(&self) -> String {
        self.state
            .lang
            .clone()
            .unwrap_or_else(|| self.ctx.default_lang.to_string())
    }

    fn t(&self, id: &str) -> String {
        self.ctx.locales.label(&self.lang(), id)
    }

    fn t_args(&self, id: &str, args: &[(&str, i64)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(*v));
        }
        self.ctx
            .locales
            .text(&self.lang(), id, None, Some(&fa))
            .unwrap_or_default()
    }

    fn button(&self, label_id: &str, action: Action) -> Button {
        Button {
            label: self.t(label_id),
            data: action.data(),
        }
    }

    fn say(&mut self, text: String) {
        self.replies.push(Reply {
            text,
            buttons: Vec::new(),
        });
    }

    fn apply(&mut self, input: Input) {
        match input {
            Input::Start(payload) => {
                let lang = payload
                    .and_then(|p| self.ctx.locales.supported(&p))
                    .or(self.state.lang.take());
                self.state = State {
                    lang,
                    ..State::default()
                };
                self.say(self.t("dialogue-welcome"));
                let first = if self.state.lang.is_some() {
                    Step::Country
                } else {
                    Step::Language
                };
                self.state.step = first;
                self.prompt();
            }
            Input::Command(Command::Language) => self.go(Step::Language),
            Input::Command(Command::Check) => self.go(Step::Offer),
            Input::Command(Command::Forget) => self.go(Step::ConfirmForget),
            Input::Command(Command::Restart) => self.restart(),
            Input::Command(Command::Help) => {
                self.say(self.t("dialogue-welcome"));
                self.prompt();
            }
            Input::Text(text) => self.text(&text),
            Input::Picture(text) => self.picture(&text),
            Input::Resume => self.prompt(),
            Input::Unreadable(what) => {
                self.say(self.t(unreadable_message(what)));
                self.prompt();
            }
            Input::Button(data) => self.button_pressed(&data),
        }
    }

    /// Moves to `next`, remembering where we were for "Back".
    fn go(&mut self, next: Step) {
        if self.state.step != next {
            self.state.history.push(self.state.step);
            // A long session must not grow the state without bound.
            if self.state.history.len() > 32 {
                self.state.history.remove(0);
            }
        }
        self.state.step = next;
        if next == Step::Result {
            self.count_result();
        }
        self.prompt();
    }

    fn back(&mut self) {
        match self.state.history.pop() {
            Some(previous) => self.state.step = previous,
            // Nothing before: say so, rather than showing the same question as if nothing
            // happened.
            None => self.say(self.t("chat-first-question")),
        }
        self.prompt();
    }

    fn restart(&mut self) {
        self.state = State {
            lang: self.state.lang.take(),
            ..State::default()
        };
        self.state.step = if self.state.lang.is_some() {
            Step::Country
        } else {
            Step::Language
        };
        self.prompt();
    }

    /// The step after an answer: the next question, or the result when changing one answer.
    fn next_after(&self, step: Step) -> Step {
        if self.state.back_to_result && self.state.facts().is_some() {
            return Step::Result;
        }
        match step {
            Step::Language if self.state.answers.citizenship.is_some() => {
                self.state.history.last().copied().unwrap_or(Step::Country)
            }
            Step::Language => Step::Country,
            Step::Country => Step::RussianCitizenship,
            Step::RussianCitizenship => Step::Situations,
            Step::Situations => Step::Age,
            // An offer pasted earlier in the conversation already answers the offer step.
            Step::Age if self.state.answers.offer.is_some() => Step::Result,
            Step::Age => Step::Offer,
            _ => Step::Result,
        }
    }

    fn answered(&mut self) {
        let next = self.next_after(self.state.step);
        if self.state.back_to_result && next == Step::Result {
            self.state.back_to_result = false;
        }
        self.go(next);
    }

    fn stale(&mut self) {
        self.say(self.t("dialogue-stale"));
        self.prompt();
    }

    fn text(&mut self, text: &str) {
        if text.len() > MAX_TEXT_BYTES {
            self.say(self.t("dialogue-too-long"));
            self.prompt();
            return;
        }
        if text.trim().is_empty() {
            self.say(self.t("dialogue-use-buttons"));
            self.prompt();
            return;
        }
        let scan = self.ctx.rules.scanner.scan(text);
        // "salom", "назад", "99", "help?": a word is not an offer. A short text with no sign
        // of recruitment gets a hint and the question again, not a scan report.
        if scan.flags.is_empty() && is_short(text) {
            self.say(self.t("chat-not-an-offer"));
            self.prompt();
            return;
        }
        self.checked(scan, "dialogue-scanned");
    }

    /// The text read from a picture: checked as an offer, unless too little could be read.
    fn picture(&mut self, text: &str) {
        if !crate::ocr::enough_read(text) {
            self.say(self.t("dialogue-picture-unreadable"));
            self.prompt();
            return;
        }
        let scan = self.ctx.rules.scanner.scan(text);
        self.checked(scan, "dialogue-picture-read");
    }

    /// Reports a checked offer (after `intro`) and keeps what matched.
    fn checked(&mut self, scan: crate::rules::ScanResult, intro: &str) {
        for flag in &scan.flags {
            self.stats
                .push((country_of(&self.state), format!("pattern:{}", flag.id)));
        }
        let lang = self.lang();
        let rendered = self.ctx.locales.scan(&lang, &scan);
        let mut reply = format!("{}\n\n", self.t(intro));
        reply.push_str(&self.ctx.locales.scan_text(&lang, &rendered));
        self.say(reply);
        // Only what matched is kept, never the text or the quoted words. Kept at any step, so
        // the offer step is not asked again for an offer just pasted.
        self.state.answers.offer = Some(OfferCheck {
            risk: scan.risk,
            patterns: scan.flags.iter().map(|f| f.id.clone()).collect(),
            like: scan.flags.iter().find_map(|f| f.like.clone()),
        });
        if self.state.step == Step::Offer {
            self.answered();
        } else {
            self.say(self.t("dialogue-continue"));
            self.prompt();
        }
    }

    fn button_pressed(&mut self, data: &str) {
        let Some(action) = Action::parse(data) else {
            return self.stale();
        };
        match (self.state.step, action) {
            (_, Action::Back) => self.back(),
            // "Start again" after "forget me": works from any step, as /start does.
            (_, Action::Again) => self.apply(Input::Start(None)),
            (Step::Language, Action::Language(code)) => match self.ctx.locales.supported(&code) {
                Some(lang) => {
                    self.state.lang = Some(lang);
                    self.answered();
                }
                None => self.stale(),
            },
            (Step::Country, Action::Country(c)) if COUNTRIES.contains(&c) => {
                self.state.answers.citizenship = Some(c);
                self.answered();
            }
            (Step::RussianCitizenship, Action::Russian(r)) => {
                self.state.answers.russian_citizenship = Some(r);
                self.answered();
            }
            (Step::Situations, Action::SituationsDone) => self.answered(),
            (Step::Situations, Action::Situation(sit)) => {
                let list = &mut self.state.answers.situations;
                if let Some(i) = list.iter().position(|s| *s == sit) {
                    list.remove(i);
                } else {
                    list.push(sit);
                    list.sort();
                }
                self.prompt();
            }
            (Step::Age, Action::SkipAge) => {
                self.state.answers.age = None;
                self.state.answers.age_asked = true;
                self.answered();
            }
            (Step::Age, Action::Age(b)) => {
                self.state.answers.age = Some(b);
                self.state.answers.age_asked = true;
                self.answered();
            }
            (Step::Offer, Action::SkipOffer) => self.answered(),
            (Step::Result, Action::Summary) => self.prompt(),
            (Step::Result, Action::Why(id)) => self.why(|a| a.findings.iter().find(|f| f.id == id)),
            (Step::Result, Action::WhyAt(i)) => self.why(|a| a.findings.get(i)),
            (Step::Result, Action::Menu(item)) => self.menu(item),
            (Step::Change, Action::Change(answer)) => {
                self.state.back_to_result = true;
                self.go(match answer {
                    Answer::Country => Step::Country,
                    Answer::RussianCitizenship => Step::RussianCitizenship,
                    Answer::Situations => Step::Situations,
                    Answer::Age => Step::Age,
                });
            }
            (Step::ConfirmForget, Action::Forget(true)) => {
                self.forget = true;
                let lang = self.state.lang.clone();
                self.state = State {
                    lang,
                    ..State::default()
                };
                self.say(self.t("dialogue-forgotten"));
                self.replies.push(Reply {
                    text: self.t("chat-forgotten-next"),
                    buttons: vec![vec![self.button("button-start-again", Action::Again)]],
                });
            }
            (Step::ConfirmRestart, Action::Restart(true)) => self.restart(),
            (Step::ConfirmForget, Action::Forget(false))
            | (Step::ConfirmRestart, Action::Restart(false)) => self.back(),
            _ => self.stale(),
        }
    }

    fn menu(&mut self, item: Menu) {
        match item {
            Menu::Offer => self.go(Step::Offer),
            Menu::Change => self.go(Step::Change),
            Menu::Language => self.go(Step::Language),
            Menu::Restart => self.go(Step::ConfirmRestart),
            Menu::Forget => self.go(Step::ConfirmForget),
            Menu::Contacts => {
                self.contacts();
                self.prompt();
            }
        }
    }

    fn contacts(&mut self) {
        let Some(ev) = self.evaluate() else {
            return;
        };
        if ev.contacts.is_empty() {
            self.say(self.t("dialogue-contacts-none"));
            return;
        }
        let mut text = format!("{}:\n", self.t("label-contacts"));
        for c in self.ctx.locales.contacts(&self.lang(), &ev.contacts) {
            text.push_str(&format!("• {}\n", crate::i18n::Locales::contact_line(&c)));
        }
        self.say(text);
    }

    /// The evaluation of the current answers, with the offer check.
    fn evaluate(&self) -> Option<rules::Evaluation> {
        let facts = self.state.facts()?;
        let scan = match &self.state.answers.offer {
            Some(o) => stored_scan(self.ctx, o),
            None => ScanResult::none(),
        };
        Some(rules::eval::evaluate_scanned(
            self.ctx.rules,
            &facts,
            scan,
            self.ctx.today,
        ))
    }

    fn assessment(&self) -> Option<Assessment> {
        let ev = self.evaluate()?;
        Some(self.ctx.locales.assessment(&self.lang(), &ev))
    }

    fn count_result(&mut self) {
        let Some(ev) = self.evaluate() else { return };
        let country = country_of(&self.state);
        self.stats.push((country.clone(), "assessment".to_string()));
        for f in &ev.findings {
            self.stats
                .push((country.clone(), format!("finding:{}", f.id)));
        }
    }

    /// A finding's details; `pick` finds it in the current result.
    fn why(&mut self, pick: impl FnOnce(&Assessment) -> Option<&crate::i18n::render::Finding>) {
        let Some(a) = self.assessment() else {
            return self.stale();
        };
        let Some(f) = pick(&a) else {
            // From before a rules reload, or for other answers: show the current result.
            return self.stale();
        };
        let mut text = format!(
            "{}\n\n{}\n\n{}: {}\n\n{}:",
            f.title,
            f.text,
            self.t("label-why"),
            f.why,
            self.t("dialogue-sources")
        );
        for c in &f.citations {
            text.push_str(&format!(
                "\n– {}",
                self.ctx.locales.citation(&self.lang(), c)
            ));
            if let Some(url) = &c.url {
                text.push_str(&format!("\n  {url}"));
            }
        }
        self.replies.push(Reply {
            text,
            buttons: vec![vec![self.button("button-back", Action::Summary)]],
        });
    }

    /// Sends the current step's question (or the result) with its buttons.
    fn prompt(&mut self) {
        let reply = match self.state.step {
            Step::Language => self.ask_language(),
            Step::Country => self.ask_country(),
            Step::RussianCitizenship => self.ask_russian_citizenship(),
            Step::Situations => self.ask_situations(),
            Step::Age => self.ask_age(),
            Step::Offer => self.ask_offer(),
            Step::Result => self.result(),
            Step::Change => self.ask_change(),
            Step::ConfirmForget => self.ask_forget(),
            Step::ConfirmRestart => self.ask_restart(),
        };
        self.replies.push(reply);
    }

    fn back_button(&self) -> Button {
        self.button("button-back", Action::Back)
    }

    /// The short summary, with a button per finding and the menu.
    fn result(&mut self) -> Reply {
        let Some(a) = self.assessment() else {
            // Answers are missing (e.g. an old state): ask from the first missing one.
            self.state.step = Step::Country;
            return Reply {
                text: self.t("dialogue-ask-country"),
                buttons: Vec::new(),
            };
        };
        // The same shape as every channel's answer; the details sit behind the buttons.
        let text = self
            .ctx
            .locales
            .answer_text(&a, crate::i18n::render::Details::Buttons);
        let mut rows: Vec<Vec<Button>> = a
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| Button {
                label: self.t_args("button-why", &[("n", i as i64 + 1)]),
                data: Action::why(&f.id, i).data(),
            })
            .collect::<Vec<_>>()
            .chunks(4)
            .map(<[Button]>::to_vec)
            .collect();
        rows.push(vec![
            self.button("button-menu-offer", Action::Menu(Menu::Offer)),
            self.button("button-menu-change", Action::Menu(Menu::Change)),
        ]);
        rows.push(vec![
            self.button("button-menu-contacts", Action::Menu(Menu::Contacts)),
            self.button("button-menu-language", Action::Menu(Menu::Language)),
        ]);
        rows.push(vec![
            self.button("button-menu-restart", Action::Menu(Menu::Restart)),
            self.button("button-menu-forget", Action::Menu(Menu::Forget)),
        ]);
        Reply {
            text,
            buttons: rows,
        }
    }
}

/// What to say about an input that could not be read.
fn unreadable_message(what: Unreadable) -> &'static str {
    match what {
        Unreadable::Media => "dialogue-only-text",
        Unreadable::Voice => "dialogue-voice",
        Unreadable::Edit => "dialogue-edited",
        Unreadable::Picture(e) => e.message(),
    }
}

/// Few words and few letters: a greeting, a number, a command typed out, a short question.
/// An offer names at least a job, a place or a promise, and runs longer.
fn is_short(text: &str) -> bool {
    text.split_whitespace().count() < 6 && text.chars().filter(|c| c.is_alphabetic()).count() < 40
}

fn country_of(state: &State) -> String {
    state
        .answers
        .citizenship
        .map_or("unknown", |c| c.as_str())
        .to_string()
}

/// A scan result rebuilt from what the state keeps (ids only; no quoted evidence).
fn stored_scan(ctx: &Ctx, o: &OfferCheck) -> ScanResult {
    let scanner = &ctx.rules.scanner;
    let mut flags: Vec<rules::scam::Flag> = scanner
        .patterns
        .iter()
        .filter(|p| o.patterns.contains(&p.id))
        .map(|p| rules::scam::Flag {
            id: p.id.clone(),
            message: p.message.clone(),
            severity: p.severity,
            evidence: Vec::new(),
            like: None,
            like_message: None,
        })
        .collect();
    if o.patterns.iter().any(|p| p == rules::scam::RESEMBLES)
        && let Some(m) = &scanner.model_flag
    {
        flags.push(rules::scam::Flag {
            id: rules::scam::RESEMBLES.to_string(),
            message: m.message.clone(),
            severity: m.severity,
            evidence: Vec::new(),
            like_message: o.like.as_deref().and_then(|id| scanner.message_of(id)),
            like: o.like.clone(),
        });
    }
    ScanResult {
        risk: o.risk,
        flags,
    }
}
