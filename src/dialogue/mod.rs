//! The conversation, the same on every channel (Telegram, web, `ogoh chat`): a state and an
//! input give a new state and replies. `step` is pure; `session` loads and saves the state.

pub mod action;
pub mod session;
pub mod state;
pub mod step;

pub use state::{AgeBracket, Answers, OfferCheck, State, Step};
pub use step::step;

use crate::i18n::Locales;
use crate::rules::{Date, RuleSet};

/// Telegram's limit for a button's callback data.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// What the person did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A new start; the payload may name a language (`t.me/<bot>?start=uz`).
    Start(Option<String>),
    /// A button press, with the button's data.
    Button(String),
    /// Typed or pasted text: the offer at the offer step, anywhere else a text to check.
    Text(String),
    /// The text read from a photo or screenshot (`ocr`): always checked as an offer.
    Picture(String),
    /// The person came back (a new terminal, a reloaded page): show where they are.
    Resume,
    Command(Command),
    /// Something the channel cannot read as text.
    Unreadable(Unreadable),
}

/// What could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// A sticker, video or file without text.
    Media,
    /// A voice or video note: the person is asked to type the words or send a photo.
    Voice,
    /// A picture that was not read, and why.
    Picture(crate::ocr::OcrError),
    /// An edit of an earlier message: answers are given to new messages only.
    Edit,
}

impl Input {
    /// What kind of input this is, for logs (never its content).
    pub fn kind(&self) -> &'static str {
        match self {
            Input::Start(_) => "start",
            Input::Button(_) => "button",
            Input::Text(_) => "text",
            Input::Picture(_) => "picture",
            Input::Resume => "resume",
            Input::Command(_) => "command",
            Input::Unreadable(_) => "unreadable",
        }
    }
}

/// Commands a channel can offer besides buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Language,
    Check,
    Restart,
    Forget,
    Help,
}

/// One message to send: text and rows of buttons.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Reply {
    pub text: String,
    pub buttons: Vec<Vec<Button>>,
}

/// A button: what it says, and the data it sends back (at most 64 bytes).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Button {
    pub label: String,
    pub data: String,
}

/// The result of one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub state: State,
    pub replies: Vec<Reply>,
    /// The person asked to be forgotten: delete the conversation, keep nothing.
    pub forget: bool,
    /// Anonymous counts to add: (country, item).
    pub stats: Vec<(String, String)>,
}

/// What a step needs besides the state.
pub struct Ctx<'a> {
    pub rules: &'a RuleSet,
    pub locales: &'a Locales,
    pub today: Date,
    /// The language to use until the person chooses one (negotiated by the channel).
    pub default_lang: &'a str,
}
