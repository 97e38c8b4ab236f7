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

/// Russian loanwords whose ц no letter rule can recover. The 1995 Latin alphabet writes ц as
/// "s" after a consonant and "ts" elsewhere, and both also occur in native words: pensiya,
/// komissiya, versiya keep с, and verb endings (ketsa, aytsin, toʻxtatsa) keep тс. The rule in
/// `word` catches the productive -tsiya (politsiya, migratsiya, operatsiya) and word-initial
/// "ts"; this list holds the rest. Latin stem -> Cyrillic, matched case-insensitively at the start
/// of a word; whatever follows (suffixes: kvitansiyalari) goes through the letter rules.
const TSE_LOANWORDS: &[(&str, &str)] = &[
    ("konvensiya", "конвенция"),
    ("kvitansiya", "квитанция"),
    ("stansiya", "станция"),
    ("litsenziya", "лицензия"),
    ("funksiya", "функция"),
    ("inspeksiya", "инспекция"),
    ("aksiya", "акция"), // aksincha, aksi are native and do not start with "aksiya"
    ("assotsiatsiya", "ассоциация"),
    ("protsess", "процесс"), // also protsessual -> процессуал
];

/// Russian loanwords whose Uzbek Cyrillic spelling has ь (or ъ/ь before е): the Latin alphabet
/// has no soft sign, so nothing in the Latin text says where it goes. Same matching as
/// `TSE_LOANWORDS`. A final ь is written only when the word ends with the stem: Uzbek Cyrillic
/// drops it before a suffix (январь but январдан, февралдаги, рублгача, as lex.uz writes them).
/// Matched only from a word's start, so "rubl" never matches inside respublika.
const SOFT_SIGN_LOANWORDS: &[(&str, &str)] = &[
    ("yanvar", "январь"),
    ("fevral", "февраль"),
    ("aprel", "апрель"),
    ("iyun", "июнь"),
    ("iyul", "июль"),
    // The official Latin spelling is sentabr/oktabr; sentyabr/oktyabr are common too.
    ("sentabr", "сентябрь"),
    ("sentyabr", "сентябрь"),
    ("oktabr", "октябрь"),
    ("oktyabr", "октябрь"),
    ("noyabr", "ноябрь"),
    ("dekabr", "декабрь"),
    ("rubl", "рубль"),
    ("kreml", "кремль"),
    ("mariupol", "мариуполь"),
    ("konsult", "консульт"), // konsultatsiya -> консультация, konsultant
    ("kuryer", "курьер"),    // "ye" after a consonant is ъе by rule; these take ь
    ("premyer", "премьер"),
];

/// The loanword at `chars[i..]` if the word starts with one: its Cyrillic and Latin length.
fn loanword(chars: &[char], i: usize) -> Option<(String, usize)> {
    let (latin, cyrl) = TSE_LOANWORDS
        .iter()
        .chain(SOFT_SIGN_LOANWORDS)
        .find(|(latin, _)| tail_is(chars, i, latin))?;
    let len = latin.len();
    let stem = &chars[i..i + len];
    let cyrl = if chars.get(i + len).is_some_and(|c| c.is_alphabetic()) {
        cyrl.strip_suffix('ь').unwrap_or(cyrl)
    } else {
        cyrl
    };
    let cased = if stem.iter().all(|c| c.is_uppercase()) {
        cyrl.to_uppercase()
    } else if stem[0].is_uppercase() {
        let mut rest = cyrl.chars();
        rest.next()
            .map(|first| first.to_uppercase().chain(rest).collect())
            .unwrap_or_default()
    } else {
        cyrl.to_string()
    };
    Some((cased, len))
}

fn is_cyrillic_vowel(c: char) -> bool {
    "аеёиоуўэюяАЕЁИОУЎЭЮЯ".contains(c)
}

fn word(token: &str, out: &mut String) {
    let chars: Vec<char> = token.chars().collect();
    let mut i = 0;
    // At the start of a word: after a space, punctuation or the token's start.
    let mut at_start = true;
    while i < chars.len() {
        let c = chars[i];
        if at_start
            && c.is_ascii_alphabetic()
            && let Some((cyrl, used)) = loanword(&chars, i)
        {
            out.push_str(&cyrl);
            at_start = false;
            i += used;
            continue;
        }
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
            // -tsiya is a Russian loan (Konstitutsiya, deportatsiya): ц, and so is a word-initial
            // ts (no native word starts with it). Elsewhere t+s meet at a suffix (aytsa,
            // ketsangiz) and stay тс; other loans are in TSE_LOANWORDS.
            ('t', Some('s')) if at_start || tail_is(&chars, i + 2, "iya") => (case("ц"), 2),
            ('c', Some('h')) => (case("ч"), 2),
            // yoʻ is й + ў (yoʻq: йўқ), not ё.
            ('y', Some('o')) if !chars.get(i + 2).is_some_and(|&c| is_turned_comma(c)) => {
                (case("ё"), 2)
            }
            ('y', Some('u')) => (case("ю"), 2),
            ('y', Some('a')) => (case("я"), 2),
            // Cyrillic е is read "ye" at a word's start and after a vowel, so Latin ye is е
            // there (yer: ер, qayerda: қаерда, poyezd: поезд). After a consonant it comes only
            // in Russian loans, from ъе (obyekt: объект, podyezd: подъезд) or ье (kuryer, in
            // SOFT_SIGN_LOANWORDS); after the tutuq (obʼyekt) the ъ is already written.
            ('y', Some('e')) => {
                let after_vowel = out
                    .chars()
                    .last()
                    .is_some_and(|p| is_cyrillic_vowel(p) || matches!(p, 'ъ' | 'ь' | 'Ъ' | 'Ь'));
                if at_start || after_vowel {
                    (case("е"), 2)
                } else {
                    (case("ъе"), 2)
                }
            }
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
        assert_eq!(t("Yer, Yevgeniy, yengilroq"), "Ер, Евгений, енгилроқ");
    }

    #[test]
    fn ye_after_vowel_and_consonant() {
        assert_eq!(t("Qayerdan"), "Қаердан");
        assert_eq!(t("qayerda, poyezd, Aliyev"), "қаерда, поезд, Алиев");
        assert_eq!(t("QAYERDAN"), "ҚАЕРДАН");
        // After a consonant: the ъ of a Russian loan; with the tutuq it is written once.
        assert_eq!(
            t("obyekt, subyektlar, obʼyekt"),
            "объект, субъектлар, объект"
        );
    }

    #[test]
    fn tse_loanwords() {
        assert_eq!(
            t("Vena konvensiyasi, konvensiyasining"),
            "Вена конвенцияси, конвенциясининг"
        );
        assert_eq!(t("toʻlov kvitansiyalari"), "тўлов квитанциялари");
        assert_eq!(t("Konvensiya KVITANSIYA"), "Конвенция КВИТАНЦИЯ");
        assert_eq!(t("jinoyat-protsessual"), "жиноят-процессуал");
        assert_eq!(t("metro stansiyasida"), "метро станциясида");
        assert_eq!(t("litsenziya, assotsiatsiya"), "лицензия, ассоциация");
        // Already right by the -tsiya rule.
        assert_eq!(
            t("militsiya, Politsiyadan, operatsiyaga, federatsiya, migratsiya"),
            "милиция, Полициядан, операцияга, федерация, миграция"
        );
        assert_eq!(
            t("deklaratsiya, registratsiya, organizatsiya, kompensatsiya"),
            "декларация, регистрация, организация, компенсация"
        );
        assert_eq!(t("sertifikat, prokuratura"), "сертификат, прокуратура");
        assert_eq!(t("tsirk"), "цирк");
        // Native words with с and тс are untouched.
        assert_eq!(
            t("pensiya, komissiya, aksincha, otsrochka, toʻxtatsa, Pasportsiz"),
            "пенсия, комиссия, аксинча, отсрочка, тўхтатса, Паспортсиз"
        );
    }

    #[test]
    fn soft_sign_loanwords() {
        assert_eq!(t("Mariupol va Ukraina"), "Мариуполь ва Украина");
        assert_eq!(t("MARIUPOL."), "МАРИУПОЛЬ.");
        assert_eq!(
            t("rubl, 10 million rublgacha"),
            "рубль, 10 миллион рублгача"
        );
        assert_eq!(t("konsultatsiya, Kreml"), "консультация, Кремль");
        assert_eq!(
            t("yanvar fevral aprel iyun iyul"),
            "январь февраль апрель июнь июль"
        );
        assert_eq!(
            t("sentabr oktabr oktyabr noyabr dekabr"),
            "сентябрь октябрь октябрь ноябрь декабрь"
        );
        // Before a suffix Uzbek Cyrillic drops the ь.
        assert_eq!(
            t("21-sentyabrdan, 1-dekabrdan, fevraldagi, sentabrda, yanvardan"),
            "21-сентябрдан, 1-декабрдан, февралдаги, сентябрда, январдан"
        );
        assert_eq!(t("kuryer, premyer-ministr"), "курьер, премьер-министр");
        // Stems match whole words from their start only.
        assert_eq!(
            t("Respublikasi, mart, avgust"),
            "Республикаси, март, август"
        );
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
