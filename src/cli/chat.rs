//! `ogoh chat`: the conversation in a terminal, with the store, as the bot holds it.

use std::io::Write;

use crate::i18n;
use crate::rules::Date;

use super::{Dirs, Failure, check_lang, init_logging, load, runtime, settings};

pub(super) fn chat(dirs: &Dirs, lang: Option<&str>) -> Result<String, Failure> {
    use crate::dialogue::{Ctx, Input, session};
    use std::io::BufRead;

    init_logging();
    let (rs, locales) = load(dirs)?;
    let lang = lang.map(|l| check_lang(&locales, l)).transpose()?;
    let settings = settings()?;
    runtime()?.block_on(async {
        let store = crate::server::open_store(&settings).await?;
        let secret = crate::server::secret(&settings)?;
        let now = || chrono::Utc::now().timestamp();
        if let Err(e) = session::purge_idle(store.as_ref(), settings.retention_days, now()).await {
            tracing::warn!(error = %e, "could not delete idle conversations");
        }
        let default_lang = lang.clone().unwrap_or_else(|| i18n::REFERENCE.to_string());
        let ctx = Ctx {
            rules: &rs,
            locales: &locales,
            today: Date::today(),
            default_lang: &default_lang,
        };
        let chat = session::Chat {
            channel: "cli",
            chat_id: "terminal",
        };
        let key = secret.key(chat.channel, chat.chat_id);
        let known = matches!(store.load(&key).await, Ok(Some(_)));
        let mut input = if known && lang.is_none() {
            Input::Resume
        } else {
            Input::Start(lang.clone())
        };
        let stdin = std::io::stdin();
        let mut lines = stdin.lock().lines();
        loop {
            let replies = session::turn_or_apologise(
                store.as_ref(),
                &secret,
                &ctx,
                &chat,
                input,
                None,
                now(),
            )
            .await
            .replies;
            let buttons = print_replies(&replies);
            let Some(Ok(line)) = lines.next() else {
                return Ok(String::new());
            };
            match parse_line(line.trim(), &buttons) {
                Some(next) => input = next,
                None => return Ok(String::new()),
            }
        }
    })
}

/// Prints the replies, their buttons numbered; returns the buttons in that order.
fn print_replies(replies: &[crate::dialogue::Reply]) -> Vec<crate::dialogue::Button> {
    let buttons: Vec<crate::dialogue::Button> = replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten().cloned())
        .collect();
    let mut out = std::io::stdout().lock();
    let mut n = 0;
    for r in replies {
        let _ = writeln!(out, "{}\n", r.text);
        for row in &r.buttons {
            let labels: Vec<String> = row
                .iter()
                .map(|b| {
                    n += 1;
                    format!("[{n}] {}", b.label)
                })
                .collect();
            let _ = writeln!(out, "  {}", labels.join("   "));
        }
    }
    let _ = write!(out, "\n> ");
    let _ = out.flush();
    buttons
}

/// What a typed line means: a command, a button's number, or text; `None` to quit.
fn parse_line(line: &str, buttons: &[crate::dialogue::Button]) -> Option<crate::dialogue::Input> {
    use crate::dialogue::{Command as C, Input};
    Some(match line {
        "/quit" | "/exit" => return None,
        "/language" => Input::Command(C::Language),
        "/check" => Input::Command(C::Check),
        "/restart" => Input::Command(C::Restart),
        "/forget" => Input::Command(C::Forget),
        "/help" => Input::Command(C::Help),
        s if s.starts_with("/start") => {
            Input::Start(s.split_whitespace().nth(1).map(str::to_string))
        }
        s => match s.parse::<usize>() {
            Ok(i) if (1..=buttons.len()).contains(&i) => Input::Button(buttons[i - 1].data.clone()),
            _ => Input::Text(line.to_string()),
        },
    })
}
