//! The conversation state: which step the person is on and what they answered, as ids only.
//! It is what the store keeps, so it holds no free text (offers are scanned, and only the
//! pattern ids that matched are kept).

use serde::{Deserialize, Serialize};

use crate::rules::{Citizenship, Facts, RussianCitizenship, ScamLevel, Situation};

/// Where the person is in the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Language,
    Country,
    RussianCitizenship,
    Situations,
    Age,
    Offer,
    /// The answer: summary, then details on demand.
    Result,
    /// Which answer to change.
    Change,
    /// "Forget me": asked to confirm.
    ConfirmForget,
    /// "Start over": asked to confirm, since it clears the answers.
    ConfirmRestart,
}

/// Age ranges the rules distinguish (conscription 18 to 29, Decree 821 18 to 65). A range
/// stands for one age inside it, on the same side of every limit the rules use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeBracket {
    Under18,
    From18To26,
    From27To29,
    From30To65,
    Over65,
}

impl AgeBracket {
    pub const ALL: [AgeBracket; 5] = [
        AgeBracket::Under18,
        AgeBracket::From18To26,
        AgeBracket::From27To29,
        AgeBracket::From30To65,
        AgeBracket::Over65,
    ];

    /// The id used in button data.
    pub fn id(self) -> &'static str {
        match self {
            AgeBracket::Under18 => "u18",
            AgeBracket::From18To26 => "18",
            AgeBracket::From27To29 => "27",
            AgeBracket::From30To65 => "30",
            AgeBracket::Over65 => "66",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.id() == id)
    }

    /// The age the rules see.
    pub fn age(self) -> u8 {
        match self {
            AgeBracket::Under18 => 17,
            AgeBracket::From18To26 => 22,
            AgeBracket::From27To29 => 28,
            AgeBracket::From30To65 => 40,
            AgeBracket::Over65 => 70,
        }
    }

    /// The bounds shown on the button: (from, to), with `None` for an open end.
    pub fn bounds(self) -> (Option<u8>, Option<u8>) {
        match self {
            AgeBracket::Under18 => (None, Some(18)),
            AgeBracket::From18To26 => (Some(18), Some(26)),
            AgeBracket::From27To29 => (Some(27), Some(29)),
            AgeBracket::From30To65 => (Some(30), Some(65)),
            AgeBracket::Over65 => (Some(66), None),
        }
    }
}

/// What the scan of a pasted offer found: the risk and pattern ids, never the text or quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferCheck {
    pub risk: ScamLevel,
    pub patterns: Vec<String>,
    /// When only the classifier spoke: the pattern the text resembled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub like: Option<String>,
}

/// The answers so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Answers {
    pub citizenship: Option<Citizenship>,
    pub russian_citizenship: Option<RussianCitizenship>,
    #[serde(default)]
    pub situations: Vec<Situation>,
    pub age: Option<AgeBracket>,
    /// `true` once the age question was answered or skipped.
    #[serde(default)]
    pub age_asked: bool,
    pub offer: Option<OfferCheck>,
}

/// A conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct State {
    pub step: Step,
    /// The chosen language (a locale name such as `uz-Cyrl`).
    pub lang: Option<String>,
    #[serde(default)]
    pub answers: Answers,
    /// Steps to go back to, most recent last.
    #[serde(default)]
    pub history: Vec<Step>,
    /// Changing one answer from the menu returns to the result afterwards.
    #[serde(default)]
    pub back_to_result: bool,
}

impl State {
    /// The facts for the rules, once the required answers are in.
    pub fn facts(&self) -> Option<Facts> {
        Some(Facts {
            citizenship: self.answers.citizenship?,
            russian_citizenship: self.answers.russian_citizenship.unwrap_or_default(),
            in_russia: true,
            age: self.answers.age.map(AgeBracket::age),
            situations: self.answers.situations.clone(),
            offer_text: None,
            on: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_sit_on_one_side_of_every_rule_limit() {
        for b in AgeBracket::ALL {
            // Every age the bracket covers (inclusive), from its label's bounds.
            let (lo, hi) = match b.bounds() {
                (None, Some(under)) => (10, under - 1),
                (Some(from), None) => (from, 100),
                (from, to) => (from.unwrap_or(10), to.unwrap_or(100)),
            };
            assert!((lo..=hi).contains(&b.age()), "{b:?}");
            // Limits the shipped rules use: 18 and 27/30 (conscription, upper exclusive), 65.
            for limit in [18u8, 27, 30, 66] {
                assert!(hi < limit || lo >= limit, "{b:?} straddles {limit}");
            }
        }
    }

    #[test]
    fn state_round_trips_through_json() {
        let mut s = State::default();
        s.answers.citizenship = Some(Citizenship::KG);
        s.answers.situations = vec![Situation::Detained];
        s.answers.age = Some(AgeBracket::From27To29);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<State>(&json).unwrap(), s);
    }
}
