//! What a button does, and the callback data that carries it: `<kind>:<value>`, at most 64
//! bytes (Telegram's limit). The data is written and read only here, so a button's meaning and
//! its wire form cannot drift apart. The forms are those of messages already in people's chats:
//! changing one would turn their old buttons into stale ones.

use super::MAX_CALLBACK_BYTES;
use super::state::AgeBracket;
use crate::rules::{Citizenship, RussianCitizenship, Situation};

/// A button's action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Back to the previous question (`back`).
    Back,
    /// Start again after "forget me" (`again`).
    Again,
    /// A language code (`l:uz`); checked against the loaded locales when pressed.
    Language(String),
    Country(Citizenship),
    Russian(RussianCitizenship),
    /// Ticks or unticks a situation.
    Situation(Situation),
    SituationsDone,
    Age(AgeBracket),
    SkipAge,
    SkipOffer,
    /// Back to the summary from a finding's details (`w:`).
    Summary,
    /// A finding's details by id (`w:<id>`), or by position in the result (`w:#<n>`) when the
    /// id would not fit in 64 bytes.
    Why(String),
    WhyAt(usize),
    Menu(Menu),
    /// Change one answer from the result.
    Change(Answer),
    /// "Forget me": yes or no.
    Forget(bool),
    /// "Start again": yes or no.
    Restart(bool),
}

/// The result's menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    Offer,
    Change,
    Contacts,
    Language,
    Restart,
    Forget,
}

/// An answer that can be changed from the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Country,
    RussianCitizenship,
    Situations,
    Age,
}

const MENU: [(Menu, &str); 6] = [
    (Menu::Offer, "offer"),
    (Menu::Change, "change"),
    (Menu::Contacts, "contacts"),
    (Menu::Language, "language"),
    (Menu::Restart, "restart"),
    (Menu::Forget, "forget"),
];

const ANSWERS: [(Answer, &str); 4] = [
    (Answer::Country, "country"),
    (Answer::RussianCitizenship, "rc"),
    (Answer::Situations, "situations"),
    (Answer::Age, "age"),
];

fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

impl Action {
    /// The details of finding `id`, the `index`-th of the result: by id when it fits.
    pub fn why(id: &str, index: usize) -> Action {
        let by_id = Action::Why(id.to_string());
        if by_id.data().len() <= MAX_CALLBACK_BYTES {
            by_id
        } else {
            Action::WhyAt(index)
        }
    }

    /// The callback data.
    pub fn data(&self) -> String {
        match self {
            Action::Back => "back".into(),
            Action::Again => "again".into(),
            Action::Language(code) => format!("l:{code}"),
            Action::Country(c) => format!("c:{}", c.as_str()),
            Action::Russian(r) => format!("r:{}", r.as_str()),
            Action::Situation(s) => format!("s:{}", s.as_str()),
            Action::SituationsDone => "s:done".into(),
            Action::Age(b) => format!("a:{}", b.id()),
            Action::SkipAge => "a:skip".into(),
            Action::SkipOffer => "o:skip".into(),
            Action::Summary => "w:".into(),
            Action::Why(id) => format!("w:{id}"),
            Action::WhyAt(i) => format!("w:#{i}"),
            Action::Menu(m) => format!("m:{}", name(&MENU, *m)),
            Action::Change(a) => format!("ch:{}", name(&ANSWERS, *a)),
            Action::Forget(yes) => format!("f:{}", yes_no(*yes)),
            Action::Restart(yes) => format!("rs:{}", yes_no(*yes)),
        }
    }

    /// Reads callback data; `None` for anything this version never wrote.
    pub fn parse(data: &str) -> Option<Action> {
        match data {
            "back" => return Some(Action::Back),
            "again" => return Some(Action::Again),
            _ => {}
        }
        let (kind, value) = data.split_once(':')?;
        let yes = || match value {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        Some(match (kind, value) {
            ("l", code) => Action::Language(code.to_string()),
            ("c", c) => Action::Country(c.parse().ok()?),
            ("r", r) => Action::Russian(r.parse().ok()?),
            ("s", "done") => Action::SituationsDone,
            ("s", s) => Action::Situation(s.parse().ok()?),
            ("a", "skip") => Action::SkipAge,
            ("a", id) => Action::Age(AgeBracket::from_id(id)?),
            ("o", "skip") => Action::SkipOffer,
            ("w", "") => Action::Summary,
            ("w", at) if at.starts_with('#') => Action::WhyAt(at[1..].parse().ok()?),
            ("w", id) => Action::Why(id.to_string()),
            ("m", m) => Action::Menu(named(&MENU, m)?),
            ("ch", a) => Action::Change(named(&ANSWERS, a)?),
            ("f", _) => Action::Forget(yes()?),
            ("rs", _) => Action::Restart(yes()?),
            _ => return None,
        })
    }
}

fn name<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, n)| n)
}

fn named<T: Copy>(table: &[(T, &str)], name: &str) -> Option<T> {
    table.iter().find(|(_, n)| *n == name).map(|(v, _)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantNames;

    #[test]
    fn every_action_reads_back_as_itself() {
        let mut all = vec![
            Action::Back,
            Action::Again,
            Action::Language("uz-Cyrl".into()),
            Action::SituationsDone,
            Action::SkipAge,
            Action::SkipOffer,
            Action::Summary,
            Action::Why("mercenarism_uz".into()),
            Action::WhyAt(3),
            Action::Forget(true),
            Action::Forget(false),
            Action::Restart(true),
            Action::Restart(false),
        ];
        all.extend(
            Citizenship::VARIANTS
                .iter()
                .map(|c| Action::Country(c.parse().unwrap())),
        );
        all.extend(
            RussianCitizenship::VARIANTS
                .iter()
                .map(|r| Action::Russian(r.parse().unwrap())),
        );
        all.extend(
            Situation::VARIANTS
                .iter()
                .map(|s| Action::Situation(s.parse().unwrap())),
        );
        all.extend(AgeBracket::ALL.map(Action::Age));
        all.extend(MENU.map(|(m, _)| Action::Menu(m)));
        all.extend(ANSWERS.map(|(a, _)| Action::Change(a)));
        for a in all {
            let data = a.data();
            assert!(data.len() <= MAX_CALLBACK_BYTES, "{data}");
            assert_eq!(Action::parse(&data), Some(a), "{data}");
        }
    }

    #[test]
    fn the_wire_forms_of_buttons_already_sent_still_read() {
        assert_eq!(
            Action::parse("c:UZ"),
            Some(Action::Country(Citizenship::UZ))
        );
        assert_eq!(
            Action::parse("ch:rc"),
            Some(Action::Change(Answer::RussianCitizenship))
        );
        assert_eq!(Action::parse("w:#3"), Some(Action::WhyAt(3)));
        assert_eq!(Action::parse("w:"), Some(Action::Summary));
        assert_eq!(
            Action::parse("m:contacts"),
            Some(Action::Menu(Menu::Contacts))
        );
    }

    #[test]
    fn unknown_or_malformed_data_is_none() {
        for data in ["", "x", "c:XX", "w:#x", "f:maybe", "zz:1", "a:200", "m:"] {
            assert_eq!(Action::parse(data), None, "{data}");
        }
    }

    #[test]
    fn a_long_finding_id_falls_back_to_its_position() {
        assert_eq!(Action::why("short", 2), Action::Why("short".into()));
        assert_eq!(Action::why(&"x".repeat(70), 2), Action::WhyAt(2));
    }
}
