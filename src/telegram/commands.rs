//! The bot's commands: parsed with teloxide's derive, and shown in Telegram's command menu in
//! each language (`setMyCommands` with `language_code`).

use teloxide::prelude::*;
use teloxide::types::BotCommand;
use teloxide::utils::command::BotCommands;

use crate::dialogue::{Command, Input};
use crate::i18n::Locales;

/// The commands a person can type. `/start` may carry a deep-link payload
/// (`t.me/<bot>?start=uz` arrives as `/start uz`).
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Cmd {
    Start(String),
    Language,
    Check,
    Restart,
    Forget,
    Help,
}

/// The menu's commands in their order, with the message that describes each.
const MENU: [(&str, &str); 6] = [
    ("start", "command-start"),
    ("language", "command-language"),
    ("check", "command-check"),
    ("restart", "command-restart"),
    ("forget", "command-forget"),
    ("help", "command-help"),
];

/// The input a typed command stands for. An unknown command gets the help.
pub fn input(text: &str, bot_username: &str) -> Input {
    match Cmd::parse(text, bot_username) {
        Ok(Cmd::Start(payload)) => {
            Input::Start(Some(payload.trim().to_string()).filter(|p| !p.is_empty()))
        }
        Ok(Cmd::Language) => Input::Command(Command::Language),
        Ok(Cmd::Check) => Input::Command(Command::Check),
        Ok(Cmd::Restart) => Input::Command(Command::Restart),
        Ok(Cmd::Forget) => Input::Command(Command::Forget),
        Ok(Cmd::Help) | Err(_) => Input::Command(Command::Help),
    }
}

/// The menu in one language.
pub fn menu(locales: &Locales, lang: &str) -> Vec<BotCommand> {
    MENU.iter()
        .map(|(command, id)| BotCommand::new(*command, locales.label(lang, id)))
        .collect()
}

/// Sets the menu for every language Telegram can name (two-letter codes), and English for
/// everyone else, as `Locales::negotiate` answers them.
pub async fn set_menus(bot: &Bot, locales: &Locales) -> Result<(), teloxide::RequestError> {
    super::api::retry("setMyCommands", || {
        bot.set_my_commands(menu(locales, "en")).send()
    })
    .await?;
    for lang in locales.languages().filter(|l| l.len() == 2) {
        super::api::retry("setMyCommands", || {
            bot.set_my_commands(menu(locales, lang))
                .language_code(lang)
                .send()
        })
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_become_inputs() {
        assert_eq!(input("/start", "ogoh_bot"), Input::Start(None));
        assert_eq!(
            input("/start uz-Cyrl", "ogoh_bot"),
            Input::Start(Some("uz-Cyrl".into()))
        );
        assert_eq!(
            input("/forget@ogoh_bot", "ogoh_bot"),
            Input::Command(Command::Forget)
        );
        assert_eq!(
            input("/nonsense", "ogoh_bot"),
            Input::Command(Command::Help)
        );
        assert_eq!(
            input("/check@other_bot", "ogoh_bot"),
            Input::Command(Command::Help)
        );
    }
}
