//! Turning the conversation's plain replies into Telegram messages: HTML escaping, splitting at
//! Telegram's 4096-character limit, and inline keyboards.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::dialogue::Button;

/// Telegram's limit for one message's text, counted in UTF-16 code units after the HTML
/// entities are parsed, i.e. on the plain text.
pub const MAX_MESSAGE_UNITS: usize = 4096;

/// Escapes text for `parse_mode = HTML`: every reply is plain text, so all of it is escaped
/// (Telegram's HTML needs only these three).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Splits plain text into parts of at most `max` UTF-16 units, at paragraph breaks where it
/// can, else at line breaks, else at spaces, else anywhere (one very long word). Parts are
/// trimmed of the breaks they were split at; text that fits is returned as it is.
pub fn split(text: &str, max: usize) -> Vec<String> {
    if units(text) <= max {
        return vec![text.to_string()];
    }
    let mut parts = Vec::new();
    let mut rest = text;
    while units(rest) > max {
        let cut = cut_point(rest, max);
        let (head, tail) = rest.split_at(cut);
        let head = head.trim_end();
        if !head.is_empty() {
            parts.push(head.to_string());
        }
        rest = tail.trim_start_matches(['\n', ' ']);
    }
    if !rest.trim().is_empty() {
        parts.push(rest.to_string());
    }
    parts
}

/// The byte index to cut `text` at so the head fits in `max` units: the last paragraph break,
/// line break or space that fits, in that order of preference.
fn cut_point(text: &str, max: usize) -> usize {
    // The longest prefix (on a char boundary) that fits.
    let mut fits = 0;
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += c.len_utf16();
        if used > max {
            break;
        }
        fits = i + c.len_utf8();
    }
    for sep in ["\n\n", "\n", " "] {
        // A break may start right where the fitting prefix ends.
        let window = text.get(..fits + sep.len()).unwrap_or(&text[..fits]);
        if let Some(at) = window.rfind(sep).filter(|&at| at > 0) {
            return at;
        }
    }
    fits.max(text.chars().next().map_or(0, char::len_utf8))
}

/// Rows of buttons as an inline keyboard.
pub fn keyboard(rows: &[Vec<Button>]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.iter().map(|row| {
        row.iter()
            .map(|b| InlineKeyboardButton::callback(b.label.clone(), b.data.clone()))
            .collect::<Vec<_>>()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_html() {
        assert_eq!(
            escape("<b>5 & 6</b> \u{202e}"),
            "&lt;b&gt;5 &amp; 6&lt;/b&gt; \u{202e}"
        );
    }

    #[test]
    fn short_text_is_one_part() {
        assert_eq!(split("a\n\nb", 10), vec!["a\n\nb"]);
    }

    #[test]
    fn splits_at_paragraphs_first() {
        let text = "aaaa bbbb\n\ncccc\ndddd";
        assert_eq!(split(text, 12), vec!["aaaa bbbb", "cccc\ndddd"]);
        assert_eq!(split(text, 9), vec!["aaaa bbbb", "cccc\ndddd"]);
        assert_eq!(split(text, 6), vec!["aaaa", "bbbb", "cccc", "dddd"]);
    }

    #[test]
    fn every_part_fits_and_nothing_is_lost() {
        // Cyrillic, emoji (two UTF-16 units each) and one word longer than the limit.
        let para = "Россия 🇷🇺 договор ".repeat(40);
        let text = format!("{para}\n\n{}\n\n{para}", "ж".repeat(300));
        for max in [50, 100, 4096] {
            let parts = split(&text, max);
            assert!(parts.iter().all(|p| units(p) <= max && !p.is_empty()));
            let joined: String = parts.concat().split_whitespace().collect();
            let original: String = text.split_whitespace().collect();
            assert_eq!(joined, original, "max {max}");
        }
    }
}
