//! Text normalisation for matching: turns any text into a lowercase ASCII "match key".
//!
//! Hand-written because no maintained crate transliterates Uzbek, Kazakh, Kyrgyz and Tajik
//! Cyrillic (see shared/research/stack.md §6). The key is lossy on purpose: it only has to be
//! the same for a signal and for the many ways people type the same word (both scripts,
//! look-alike letters, apostrophe variants, "zh"/"j", "kh"/"x"/"h"). It is never shown.

use unicode_normalization::UnicodeNormalization;

/// A folded text with a map back to the original, so evidence can quote what the person wrote.
#[derive(Debug, Clone)]
pub struct Folded {
    /// Lowercase ASCII letters, digits and single spaces.
    pub key: String,
    /// For each byte of `key`: where in the original text the character it came from starts.
    origin: Vec<u32>,
}

impl Folded {
    /// The original text behind `key[start..end]` (whole words: matches end at a word's end).
    pub fn original<'a>(&self, text: &'a str, start: usize, end: usize) -> &'a str {
        if start >= end || end > self.origin.len() {
            return "";
        }
        let from = self.origin[start] as usize;
        // Up to where the next key byte starts, without the gap between words.
        let to = self.origin.get(end).map_or(text.len(), |&o| o as usize);
        text.get(from..to)
            .unwrap_or_default()
            .trim_end_matches(|c: char| !c.is_alphanumeric())
    }
}

impl Folded {
    /// The words before key position `start` (where a word begins) in the same clause, nearest
    /// first and at most `n`, as (start, end) in the key. A clause ends at `. , ; : ! ?`, a
    /// dash or a line break in the original text.
    pub fn words_before(&self, text: &str, start: usize, n: usize) -> Vec<(usize, usize)> {
        let key = self.key.as_bytes();
        let mut words = Vec::new();
        let mut next = start;
        while words.len() < n && next >= 2 && key.get(next - 1) == Some(&b' ') {
            let end = next - 1;
            let begin = key[..end]
                .iter()
                .rposition(|&b| b == b' ')
                .map_or(0, |i| i + 1);
            // From the previous word's last character to this word's first.
            let gap = text
                .get(self.origin[end - 1] as usize..self.origin[next] as usize)
                .unwrap_or_default();
            if gap.contains(['.', ',', ';', ':', '!', '?', '\n', '—', '–']) {
                break;
            }
            words.push((begin, end));
            next = begin;
        }
        words
    }
}

/// Folds a text into its match key.
pub fn fold(text: &str) -> Folded {
    let mut key = String::with_capacity(text.len());
    let mut origin: Vec<u32> = Vec::with_capacity(text.len());
    let mut word_start: Option<usize> = None;
    // Whether the current word follows an `@`: a Telegram username such as
    // `@no_fake_work`, whose parts are a name, not words of the text ("fake" there is no
    // warning). Its underscores join it into one word; the classifier still sees its letters.
    let mut handle = false;
    let mut prev = ' ';
    let mut end = 0;
    for (i, c) in text.char_indices() {
        // Invisible characters inside a word ("кон\u{200B}тракт") would split it; they are
        // skipped, as they are used to slip words past filters.
        if is_invisible(c) || (c == '_' && handle && word_start.is_some()) {
            end = i + c.len_utf8();
            continue;
        }
        let after = std::mem::replace(&mut prev, c);
        // The table answers for Latin and Cyrillic; Unicode's own lookup is slow for Cyrillic.
        let in_word = match TABLE.get(c as usize) {
            Some(entry) => entry.is_some(),
            None => is_word_char(c),
        };
        match (in_word, word_start) {
            (true, None) => {
                word_start = Some(i);
                handle = after == '@';
            }
            (false, Some(start)) => {
                fold_word(&text[start..i], start, &mut key, &mut origin);
                word_start = None;
            }
            _ => {}
        }
        end = i + c.len_utf8();
    }
    if let Some(start) = word_start {
        fold_word(&text[start..end], start, &mut key, &mut origin);
    }
    Folded { key, origin }
}

/// Appends one word's key, preceded by a space unless it is the first.
fn fold_word(word: &str, start: usize, key: &mut String, origin: &mut Vec<u32>) {
    let before = key.len();
    let spaced = !key.is_empty();
    if spaced {
        key.push(' ');
        origin.push(start as u32);
    }
    let script = mixed_script(word);
    let mut chars = word.char_indices().peekable();
    while let Some((off, original)) = chars.next() {
        // Only inside a username (see `fold`).
        if original == '_' {
            continue;
        }
        let from = start + off;
        let c = match script {
            Some(s) => unify_lookalike(original, s),
            None => original,
        };
        let next = chars.peek().map(|&(_, n)| n.to_ascii_lowercase());
        // Latin digraphs with one-letter equivalents in other spellings.
        let digraph = match (c.to_ascii_lowercase(), next) {
            ('z', Some('h')) => Some("j"),
            ('k', Some('h')) => Some("h"),
            _ => None,
        };
        if let Some(out) = digraph {
            chars.next();
            push(key, origin, out, from);
            continue;
        }
        if let Some(Some(mapped)) = TABLE.get(c as usize) {
            push(key, origin, mapped, from);
        } else {
            for lower in c.to_lowercase() {
                let mut buf = [0u8; 4];
                push(key, origin, map_char(lower, &mut buf), from);
            }
        }
    }
    // A word of only apostrophes adds nothing, not even its space.
    if key.len() == before + usize::from(spaced) {
        key.truncate(before);
        origin.truncate(before);
    }
}

/// Keys of the characters up to U+04FF (Latin, Cyrillic and their extensions), precomputed:
/// nearly every character of a real text is looked up here instead of lowercased and mapped.
static TABLE: std::sync::LazyLock<Vec<Option<Box<str>>>> = std::sync::LazyLock::new(|| {
    (0u32..0x0500)
        .map(|u| {
            let c = char::from_u32(u)?;
            if !is_word_char(c) {
                return None;
            }
            let mut out = String::new();
            for lower in c.to_lowercase() {
                let mut buf = [0u8; 4];
                out.push_str(map_char(lower, &mut buf));
            }
            Some(out.into_boxed_str())
        })
        .collect()
});

/// Zero-width spaces and joiners, the word joiner, the byte-order mark and the soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_apostrophe(c) || is_combining(c)
}

fn push(key: &mut String, origin: &mut Vec<u32>, s: &str, from: usize) {
    // Texts are at most 64 KB, far below u32::MAX.
    key.push_str(s);
    origin.extend(std::iter::repeat_n(from as u32, s.len()));
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{02BB}'
            | '\u{02BC}'
            | '\u{02B9}'
            | '\u{00B4}'
            | '\u{2032}'
    )
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[derive(Clone, Copy, PartialEq)]
enum Script {
    Latin,
    Cyrillic,
}

/// For a word that mixes Latin and Cyrillic letters: its main script. `None` for a word in one
/// script, the usual case, which needs no look-alike handling.
fn mixed_script(word: &str) -> Option<Script> {
    let (mut latin, mut cyrillic) = (0, 0);
    for c in word.chars() {
        if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
        } else if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
        }
    }
    match (latin, cyrillic) {
        (0, _) | (_, 0) => None,
        (l, c) if c > l => Some(Script::Cyrillic),
        _ => Some(Script::Latin),
    }
}

/// In a mostly-Cyrillic word, Latin look-alikes become Cyrillic, and the other way round:
/// "пaспорт" with a Latin a, or "pаsport" with a Cyrillic а.
fn unify_lookalike(c: char, script: Script) -> char {
    const PAIRS: &[(char, char)] = &[
        ('A', 'А'),
        ('a', 'а'),
        ('B', 'В'),
        ('C', 'С'),
        ('c', 'с'),
        ('E', 'Е'),
        ('e', 'е'),
        ('H', 'Н'),
        ('K', 'К'),
        ('k', 'к'),
        ('M', 'М'),
        ('O', 'О'),
        ('o', 'о'),
        ('P', 'Р'),
        ('p', 'р'),
        ('T', 'Т'),
        ('X', 'Х'),
        ('x', 'х'),
        ('Y', 'У'),
        ('y', 'у'),
        ('i', 'і'),
        ('I', 'І'),
    ];
    match script {
        Script::Cyrillic => PAIRS.iter().find(|(l, _)| *l == c).map_or(c, |(_, cy)| *cy),
        Script::Latin => PAIRS.iter().find(|(_, cy)| *cy == c).map_or(c, |(l, _)| *l),
    }
}

/// One lowercase char to its key (ASCII, possibly empty or several letters).
fn map_char(c: char, buf: &mut [u8; 4]) -> &str {
    match c {
        'x' => "h",
        // Uzbek q, and Tajik/Kazakh қ typed as a plain к on phones without those letters.
        'q' => "k",
        'a'..='z' | '0'..='9' => c.encode_utf8(buf),
        // Russian and shared Cyrillic.
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' => "j",
        'з' => "z",
        'и' | 'і' | 'ї' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' | 'ҳ' | 'һ' => "h",
        'ц' => "ts",
        'ч' | 'ҷ' => "ch",
        'ш' | 'щ' => "sh",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        // Uzbek: ў is oʻ, ғ is gʻ, қ is q.
        'ў' => "o",
        'ғ' => "g",
        'қ' => "k",
        // Kazakh, Kyrgyz, Tajik.
        'ә' => "a",
        'ң' => "n",
        'ө' => "o",
        'ұ' | 'ү' | 'ӯ' => "u",
        'ӣ' => "i",
        // Latin letters of Turkic alphabets.
        'ş' => "sh",
        'ç' => "ch",
        'ğ' => "g",
        'ı' => "i",
        'ñ' => "n",
        'ä' | 'ə' => "a",
        'ö' => "o",
        'ü' | 'ū' => "u",
        _ if is_apostrophe(c) || is_combining(c) => "",
        _ => {
            // Anything else: compatibility form without accents (full-width letters, é, ...).
            let mut n = 0;
            for d in c.nfkd() {
                if d.is_ascii_alphanumeric() && n < buf.len() {
                    buf[n] = d.to_ascii_lowercase() as u8;
                    n += 1;
                }
            }
            std::str::from_utf8(&buf[..n]).unwrap_or_default()
        }
    }
}

/// Amounts of money named in a text, as whole numbers: "200 000", "200к", "200 тыс",
/// "1,9 млн", "3.000.000₽", "$2000". A bare number counts only next to a multiplier or a
/// currency, so phone numbers and dates are not read as money.
pub fn amounts(text: &str) -> Vec<Amount> {
    static AMOUNT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?xi)
            (?P<pre>[$₽€]|usd\s*|руб\.?\s*)?
            (?P<num>\d{1,3}(?:[\s\u{a0}\u{202f}.,]\d{3})+|\d+)(?:[.,](?P<frac>\d{1,2}))?
            \s*
            (?P<mult>тыс(?:яч[а-я]*|\.)?|tys(?:yach[a-z]*|\.)?|тыщ[а-я]*|tysh[a-z]*|т\.р\.?|млн\.?|миллион[а-я]*|mln|million[a-z]*|thousand[a-z]*|лям[а-я]*|lyam[a-z]*|лимон[а-я]*|limon[a-z]*|lemon[a-z]*|кк|kk|ming|минг|миң|мың|ҳазор|хазор|hazor|млрд|к|k|тр)?
            (?:\s*(?P<cur>₽|руб[а-я]*\.?|р\.|rub[a-z]*|so['ʻ’]?m|сум|сўм|сомон[а-я]*|somoni|сом|тенге|теңге|tenge|\$|usd|долл[а-я]*|dollar[a-z]*|евро|eur|р))?",
        )
        .expect("amount regex is a constant")
    });
    let normalised = compatibility_normalised(text);
    let text: &str = &normalised;
    let mut out = Vec::new();
    // The regex runs only in a small window around each number: running it over the whole
    // text cost more than the rest of the scan (BENCHMARKS.md).
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let from = floor_boundary(text, i.saturating_sub(8));
        let to = ceil_boundary(text, (i + 48).min(text.len()));
        let cap = match AMOUNT.captures_at(&text[..to], from) {
            Some(cap) if cap.get(0).is_some_and(|m| m.start() <= i && m.end() > i) => cap,
            _ => {
                while i < bytes.len() && (bytes[i].is_ascii_digit() || b" .,".contains(&bytes[i])) {
                    i += 1;
                }
                continue;
            }
        };
        i = cap.get(0).map_or(i + 1, |m| m.end().max(i + 1));
        if let Some(amount) = amount_of(&cap, text) {
            out.push(amount);
        }
    }
    out
}

/// Compatibility forms (full-width digits, ...) are rare; normalise only when present, since
/// NFKC of a whole text costs more than the rest of the scan.
fn compatibility_normalised(text: &str) -> std::borrow::Cow<'_, str> {
    if text
        .chars()
        .any(|c| c >= '\u{2000}' && !is_apostrophe(c) && c != '₽')
    {
        std::borrow::Cow::Owned(text.nfkc().collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The amount one match of the amount pattern names, in rubles; `None` for a bare number
/// (a phone number, a date) or a unit glued to the next word ("5 км", "5 рабочих").
fn amount_of(cap: &regex::Captures, text: &str) -> Option<Amount> {
    let has_pre = cap.name("pre").is_some();
    let mult = cap.name("mult").map(|m| m.as_str().to_lowercase());
    let has_cur = cap.name("cur").is_some();
    if !(has_pre || has_cur || mult.is_some()) {
        return None;
    }
    // A multiplier letter glued to a following word ("5 км") is not a multiplier.
    if let Some(m) = cap.name("mult") {
        let after = text[m.end()..].chars().next();
        if after.is_some_and(char::is_alphabetic) {
            return None;
        }
    }
    let digits: String = cap["num"].chars().filter(char::is_ascii_digit).collect();
    let Ok(whole) = digits.parse::<u64>() else {
        return None;
    };
    let frac = cap
        .name("frac")
        .and_then(|f| format!("{:0<2}", f.as_str()).parse::<u64>().ok())
        .unwrap_or(0);
    let factor = multiplier(mult.as_deref());
    let value = whole
        .saturating_mul(factor)
        .saturating_add(frac.saturating_mul(factor) / 100);
    let cur = cap
        .name("cur")
        .or(cap.name("pre"))
        .map(|c| c.as_str().trim().to_lowercase());
    // A currency letter glued to a following word ("5 рабочих") is not a currency.
    if let Some(c) = cap.name("cur")
        && text[c.end()..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
        && mult.is_none()
        && !has_pre
    {
        return None;
    }
    let value = in_rubles(value, cur.as_deref());
    Some(Amount {
        value,
        written: cap[0].trim().to_string(),
    })
}

/// What "тыс", "thousand", "млн", "kk", "лимон" (slang for a million) and the like multiply by.
fn multiplier(mult: Option<&str>) -> u64 {
    match mult {
        None => 1,
        Some(m) if m.starts_with("млрд") => 1_000_000_000,
        Some(m)
            if m.starts_with("млн")
                || m.starts_with("миллион")
                || m.starts_with("mln")
                || m.starts_with("million")
                || m.starts_with("лям")
                || m.starts_with("lyam")
                || m.starts_with("лимон")
                || m.starts_with("limon")
                || m.starts_with("lemon")
                || m == "кк"
                || m == "kk" =>
        {
            1_000_000
        }
        Some(_) => 1_000,
    }
}

/// An amount in rubles, roughly: patterns compare amounts with thresholds such as "a million
/// rubles at once", and offers quote dollars, tenge, som and somoni too. The rates are rough
/// late-2025 orders of magnitude, enough to tell a salary from a signing bonus; they are never
/// shown to anyone.
fn in_rubles(value: u64, currency: Option<&str>) -> u64 {
    let Some(c) = currency else {
        return value;
    };
    if c.starts_with('$')
        || c.starts_with("usd")
        || c.starts_with("долл")
        || c.starts_with("dollar")
    {
        value.saturating_mul(90)
    } else if c.starts_with("евро") || c.starts_with("eur") {
        value.saturating_mul(100)
    } else if c.starts_with("тенге") || c.starts_with("теңге") || c.starts_with("tenge") {
        value / 5
    } else if c.starts_with("сомон") || c.starts_with("somoni") {
        value.saturating_mul(9)
    } else if c.starts_with("сум") || c.starts_with("сўм") || c.starts_with("so") {
        value / 140
    } else {
        value
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// An amount of money found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    pub value: u64,
    /// As written (after compatibility normalisation), for evidence.
    pub written: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> String {
        fold(s).key
    }

    #[test]
    fn scripts_fold_to_one_key() {
        assert_eq!(k("Гражданство"), "grajdanstvo");
        assert_eq!(k("grazhdanstvo"), "grajdanstvo");
        assert_eq!(k("Ўзбекистон"), k("Oʻzbekiston"));
        assert_eq!(k("oʻzbek"), k("o'zbek"));
        assert_eq!(k("o‘zbek"), k("o`zbek"));
        assert_eq!(k("xorijiy"), k("хорижий"));
        assert_eq!(k("ҳарбий"), k("harbiy"));
        assert_eq!(k("шартнома"), k("shartnoma"));
        assert_eq!(k("келісімшарт"), "kelisimshart");
    }

    #[test]
    fn lookalikes_are_unified() {
        // Latin "a" and "p" inside a Cyrillic word, Cyrillic "а" inside a Latin word.
        assert_eq!(k("пaспоpт"), k("паспорт"));
        assert_eq!(k("pаsport"), k("pasport"));
    }

    #[test]
    fn short_words_and_apostrophe_only_words() {
        assert_eq!(k("с"), "s");
        assert_eq!(k("контракт с МО"), "kontrakt s mo");
        assert_eq!(k("a ' b"), "a b");
        assert_eq!(k("'"), "");
    }

    #[test]
    fn punctuation_and_case() {
        assert_eq!(k("  КОНТРАКТ!!!  на   год "), "kontrakt na god");
        assert_eq!(k("ＫＯＮＴＲＡＫＴ"), "kontrakt");
    }

    #[test]
    fn a_username_is_one_word() {
        assert_eq!(k("пиши @no_fake_work сейчас"), "pishi nofakework seychas");
        // Elsewhere an underscore still splits words, and an @ alone changes nothing.
        assert_eq!(k("fake_news @ rabota_msk"), "fake news rabota msk");
        let text = "DM @fake_bot now";
        let f = fold(text);
        assert_eq!(f.original(text, 3, 10), "fake_bot");
    }

    #[test]
    fn original_text_is_recoverable() {
        let text = "Срочно! Подпиши КОНТРАКТ";
        let f = fold(text);
        let at = f.key.find("kontrakt").unwrap();
        assert_eq!(f.original(text, at, at + "kontrakt".len()), "КОНТРАКТ");
        let text = "za grazhdanstvo!";
        let f = fold(text);
        let at = f.key.find("grajdanstvo").unwrap();
        assert_eq!(
            f.original(text, at, at + "grajdanstvo".len()),
            "grazhdanstvo"
        );
        let text = "Srochno: ZH";
        let f = fold(text);
        assert_eq!(f.original(text, f.key.len() - 1, f.key.len()), "ZH");
    }

    #[test]
    fn words_before_stop_at_the_clause() {
        let text = "Ну, если он — не  подпишет «контракт» Сегодня";
        let f = fold(text);
        let at = f.key.find("kontrakt").unwrap();
        let words: Vec<&str> = f
            .words_before(text, at, 5)
            .into_iter()
            .map(|(s, e)| &f.key[s..e])
            .collect();
        assert_eq!(words, ["podpishet", "ne"]);
        assert!(f.words_before(text, 0, 3).is_empty());
        // A closing quote and spaces are no clause end.
        let last = f.key.rfind(' ').unwrap() + 1;
        let words = f.words_before(text, last, 1);
        assert_eq!(&f.key[words[0].0..words[0].1], "kontrakt");
    }

    fn values(text: &str) -> Vec<u64> {
        amounts(text).into_iter().map(|a| a.value).collect()
    }

    #[test]
    fn amounts_in_many_spellings() {
        assert_eq!(values("от 200 000 руб"), vec![200_000]);
        assert_eq!(values("200к на руки"), vec![200_000]);
        assert_eq!(values("200 тыс. рублей"), vec![200_000]);
        assert_eq!(values("450 thousand a month"), vec![450_000]);
        assert_eq!(values("выплата 1,9 млн"), vec![1_900_000]);
        // "лимон" (a lemon) is slang for a million, in English too.
        assert_eq!(
            values("2 лимона сразу, 3 limona, 4 lemons"),
            vec![2_000_000, 3_000_000, 4_000_000]
        );
        assert_eq!(values("3.000.000₽ сразу"), vec![3_000_000]);
        assert_eq!(values("$2000"), vec![180_000]);
        assert_eq!(values("2kk srazu"), vec![2_000_000]);
        assert_eq!(values("2 ляма сразу"), vec![2_000_000]);
        assert_eq!(values("190 тыщ в месяц"), vec![190_000]);
        assert_eq!(values("якбора 1 200 000 р"), vec![1_200_000]);
        assert_eq!(values("200 хазор"), vec![200_000]);
        assert_eq!(values("$3300"), vec![297_000]);
        assert_eq!(values("500 000 тенге"), vec![100_000]);
        assert_eq!(values("400 tys v mesyats"), vec![400_000]);
        assert_eq!(values("выплата ２００ ０００ руб"), vec![200_000]);
    }

    #[test]
    fn phone_numbers_and_dates_are_not_money() {
        assert!(amounts("звоните +7 925 115 50 47").is_empty());
        assert!(amounts("приходите 21.11.2026 в 10").is_empty());
        assert!(amounts("3000 в день, 5 км от метро").is_empty());
    }
}
