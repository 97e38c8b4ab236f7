//! Uzbek Latin -> Uzbek Cyrillic, so `uz-Cyrl` needs no second set of files to keep in sync.
//!
//! Hand-written: no maintained Rust crate transliterates Uzbek (shared/research/stack.md §6).
//! It follows the correspondence of the 1995 Latin alphabet to the Cyrillic one. Only text
//! written in the .ftl files passes through here (Fluent's transform), never numbers or other
//! values put into a message.

use std::borrow::Cow;

/// Transliterates Uzbek Latin text to Cyrillic. Web addresses are left as they are.
pub fn transliterate(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for token in text.split_inclusive(char::is_whitespace) {
        if token.contains("://") || token.starts_with("www.") || token.contains('@') {
            out.push_str(token);
        } else {
            word(token, &mut out);
        }
    }
    Cow::Owned(out)
}

fn is_turned_comma(c: char) -> bool {
    // oʻ and gʻ are written with U+02BB; people also type ‘ ’ ' `.
    matches!(c, '\u{02BB}' | '\u{2018}' | '\u{2019}' | '\'' | '`')
}

fn word(token: &str, out: &mut String) {
    let chars: Vec<char> = token.chars().collect();
    let mut i = 0;
    // At the start of a word: after a space, punctuation or the token's start.
    let mut at_start = true;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let lower_next = next.map(|n| n.to_ascii_lowercase());
        let upper = c.is_uppercase();
        // Next letter upper case too: the word is in capitals ("SH" -> "Ш", "Sh" -> "Ш").
        let case = |s: &str| -> String {
            if upper {
                s.to_uppercase()
            } else {
                s.to_string()
            }
        };
        let lc = c.to_ascii_lowercase();
        let (cyr, used): (String, usize) = match (lc, lower_next) {
            ('o' | 'g', Some(n)) if is_turned_comma(n) => {
                (case(if lc == 'o' { "ў" } else { "ғ" }), 2)
            }
            ('s', Some('h')) => (case("ш"), 2),
            // -tsiya is a Russian loan (Konstitutsiya, deportatsiya): ц. Elsewhere t+s meet at a
            // suffix (aytsa, ketsangiz) and stay тс.
            ('t', Some('s')) if tail_is(&chars, i + 2, "iya") => (case("ц"), 2),
            ('c', Some('h')) => (case("ч"), 2),
            // yoʻ is й + ў (yoʻq: йўқ), not ё.
            ('y', Some('o')) if !chars.get(i + 2).is_some_and(|&c| is_turned_comma(c)) => {
                (case("ё"), 2)
            }
            ('y', Some('u')) => (case("ю"), 2),
            ('y', Some('a')) => (case("я"), 2),
            ('y', Some('e')) if at_start => (case("е"), 2),
            ('e', _) if at_start => (case("э"), 1),
            _ => match single(lc) {
                Some(s) => (case(s), 1),
                None if c == '\u{02BC}' => ("ъ".to_string(), 1),
                None => (c.to_string(), 1),
            },
        };
        out.push_str(&cyr);
        at_start = !c.is_alphabetic() && !is_turned_comma(c) && c != '\u{02BC}';
        i += used;
    }
}

fn tail_is(chars: &[char], from: usize, tail: &str) -> bool {
    tail.chars().enumerate().all(|(k, t)| {
        chars
            .get(from + k)
            .is_some_and(|c| c.to_ascii_lowercase() == t)
    })
}

fn single(c: char) -> Option<&'static str> {
    Some(match c {
        'a' => "а",
        'b' => "б",
        'd' => "д",
        'e' => "е",
        'f' => "ф",
        'g' => "г",
        'h' => "ҳ",
        'i' => "и",
        'j' => "ж",
        'k' => "к",
        'l' => "л",
        'm' => "м",
        'n' => "н",
        'o' => "о",
        'p' => "п",
        'q' => "қ",
        'r' => "р",
        's' => "с",
        't' => "т",
        'u' => "у",
        'v' => "в",
        'x' => "х",
        'y' => "й",
        'z' => "з",
        'c' => "с",
        'w' => "в",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::transliterate as t;

    #[test]
    fn letters_and_digraphs() {
        assert_eq!(t("Oʻzbekiston"), "Ўзбекистон");
        assert_eq!(t("gʻalaba"), "ғалаба");
        assert_eq!(t("shartnoma"), "шартнома");
        assert_eq!(t("choy"), "чой");
        assert_eq!(t("xorijiy harbiy"), "хорижий ҳарбий");
        assert_eq!(t("qamoq"), "қамоқ");
        assert_eq!(t("dunyo, ayol, yurt, yana"), "дунё, аёл, юрт, яна");
    }

    #[test]
    fn yo_before_turned_comma_and_loanwords() {
        assert_eq!(t("yoʻq, yoʻqotish"), "йўқ, йўқотиш");
        assert_eq!(t("Konstitutsiya, deportatsiya"), "Конституция, депортация");
        assert_eq!(t("aytsangiz, ketsa"), "айтсангиз, кетса");
    }

    #[test]
    fn word_start_e_and_ye() {
        assert_eq!(t("eng yer emas"), "энг ер эмас");
        assert_eq!(t("kerak"), "керак");
    }

    #[test]
    fn capitals_tutuq_and_addresses() {
        assert_eq!(t("SHARTNOMA"), "ШАРТНОМА");
        assert_eq!(t("Shartnoma"), "Шартнома");
        assert_eq!(t("maʼlumot"), "маълумот");
        assert_eq!(
            t("https://lex.uz/docs va 10 yil"),
            "https://lex.uz/docs ва 10 йил"
        );
    }

    #[test]
    fn apostrophe_variants() {
        assert_eq!(t("o'g'il"), "ўғил");
        assert_eq!(t("o‘g‘il"), "ўғил");
    }
}
