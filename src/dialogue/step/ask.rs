//! The questions: each step's text and buttons. Their answers are read in `step.rs`
//! (`button_pressed`), by the same `Action`s.

use strum::VariantNames;

use super::{COUNTRIES, LANGUAGE_NAMES, RUSSIAN, Session};
use crate::dialogue::action::{Action, Answer};
use crate::dialogue::state::AgeBracket;
use crate::dialogue::{Button, Reply};
use crate::rules::Situation;

impl Session<'_> {
    /// The languages, each named in itself.
    pub(super) fn ask_language(&self) -> Reply {
        Reply {
            text: self.t("dialogue-ask-language"),
            buttons: LANGUAGE_NAMES
                .iter()
                .filter(|(code, _)| self.ctx.locales.supported(code).is_some())
                .map(|(code, name)| Button {
                    label: (*name).to_string(),
                    data: Action::Language((*code).to_string()).data(),
                })
                .collect::<Vec<_>>()
                .chunks(2)
                .map(<[Button]>::to_vec)
                .collect(),
        }
    }

    /// Home country.
    pub(super) fn ask_country(&self) -> Reply {
        let mut rows: Vec<Vec<Button>> = COUNTRIES
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|c| {
                        let id = format!("button-country-{}", c.as_str().to_lowercase());
                        self.button(&id, Action::Country(*c))
                    })
                    .collect()
            })
            .collect();
        rows.push(vec![self.back_button()]);
        Reply {
            text: self.t("dialogue-ask-country"),
            buttons: rows,
        }
    }

    /// Russian citizenship: none, applying, naturalised, by birth.
    pub(super) fn ask_russian_citizenship(&self) -> Reply {
        let mut rows: Vec<Vec<Button>> = RUSSIAN
            .iter()
            .map(|r| {
                let id = format!("button-rc-{}", r.as_str().replace('_', "-"));
                vec![self.button(&id, Action::Russian(*r))]
            })
            .collect();
        rows.push(vec![self.back_button()]);
        Reply {
            text: self.t("dialogue-ask-russian-citizenship"),
            buttons: rows,
        }
    }

    /// Situations, ticked one by one, then Done.
    pub(super) fn ask_situations(&self) -> Reply {
        let chosen = &self.state.answers.situations;
        let mut rows: Vec<Vec<Button>> = Situation::VARIANTS
            .iter()
            .filter_map(|name| name.parse::<Situation>().ok())
            .map(|sit| {
                let id = format!("button-situation-{}", sit.as_str().replace('_', "-"));
                let mut b = self.button(&id, Action::Situation(sit));
                if chosen.contains(&sit) {
                    b.label = format!("✓ {}", b.label);
                }
                vec![b]
            })
            .collect();
        rows.push(vec![
            self.back_button(),
            self.button("button-done", Action::SituationsDone),
        ]);
        let mut text = self.t("dialogue-ask-situations");
        if !chosen.is_empty() {
            text.push('\n');
            text.push_str(&self.t_args(
                "dialogue-ask-situations-chosen",
                &[("count", chosen.len() as i64)],
            ));
        }
        Reply {
            text,
            buttons: rows,
        }
    }

    /// Age bracket, or skip.
    pub(super) fn ask_age(&self) -> Reply {
        let mut rows: Vec<Vec<Button>> = AgeBracket::ALL
            .iter()
            .map(|b| {
                let label = match b.bounds() {
                    (None, Some(to)) => self.t_args("button-age-under", &[("age", i64::from(to))]),
                    (Some(from), None) => {
                        self.t_args("button-age-over", &[("age", i64::from(from))])
                    }
                    (from, to) => self.t_args(
                        "button-age-range",
                        &[
                            ("from", i64::from(from.unwrap_or_default())),
                            ("to", i64::from(to.unwrap_or_default())),
                        ],
                    ),
                };
                Button {
                    label,
                    data: Action::Age(*b).data(),
                }
            })
            .collect::<Vec<_>>()
            .chunks(3)
            .map(<[Button]>::to_vec)
            .collect();
        rows.push(vec![
            self.back_button(),
            self.button("button-skip", Action::SkipAge),
        ]);
        Reply {
            text: self.t("dialogue-ask-age"),
            buttons: rows,
        }
    }

    /// An offer to check: pasted text or a photo, or skip.
    pub(super) fn ask_offer(&self) -> Reply {
        Reply {
            text: self.t("dialogue-ask-offer"),
            buttons: vec![vec![
                self.back_button(),
                self.button("button-skip", Action::SkipOffer),
            ]],
        }
    }

    /// Which answer to change, from the result.
    pub(super) fn ask_change(&self) -> Reply {
        Reply {
            text: self.t("dialogue-ask-change"),
            buttons: vec![
                vec![
                    self.button("button-change-country", Action::Change(Answer::Country)),
                    self.button(
                        "button-change-citizenship",
                        Action::Change(Answer::RussianCitizenship),
                    ),
                ],
                vec![
                    self.button(
                        "button-change-situations",
                        Action::Change(Answer::Situations),
                    ),
                    self.button("button-change-age", Action::Change(Answer::Age)),
                ],
                vec![self.back_button()],
            ],
        }
    }

    /// "Forget me": are you sure?
    pub(super) fn ask_forget(&self) -> Reply {
        Reply {
            text: self.t("dialogue-forget-confirm"),
            buttons: vec![vec![
                self.button("button-yes-forget", Action::Forget(true)),
                self.button("button-no", Action::Forget(false)),
            ]],
        }
    }

    /// "Start again": are you sure?
    pub(super) fn ask_restart(&self) -> Reply {
        Reply {
            text: self.t("chat-restart-confirm"),
            buttons: vec![vec![
                self.button("button-yes-restart", Action::Restart(true)),
                self.button("button-no", Action::Restart(false)),
            ]],
        }
    }
}
