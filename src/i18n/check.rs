//! Checks on the locales, run by `ogoh rules check` and the tests: every message the rules and
//! the code use exists; every translation has the same messages, attributes and variables as
//! English, is not a copy of the Russian text, and is written in its own script.

use std::path::Path;

use super::{Locale, Locales, MessageInfo, REFERENCE, UZ_CYRL};
use crate::rules::diag::{Diagnostic, did_you_mean, whole_file};
use crate::rules::{MessageUse, RuleSet};

/// Messages the code itself uses (labels, risk names, the disclaimer).
pub const CODE_MESSAGES: &[&str] = &[
    "label-offer-risk",
    "label-why",
    "label-advice",
    "label-contacts",
    "contact-foreign-agent",
    "label-evidence",
    "scan-nothing-found",
    "scan-ask-yourself",
    "scan-question-contract",
    "scan-question-lure",
    "scan-question-pressure",
    "scan-verdict-high",
    "scan-verdict-medium",
    "scan-verdict-low",
    "scan-more-reasons",
    "disclaimer",
    "answer-risk-none",
    "answer-risk-low",
    "answer-risk-medium",
    "answer-risk-high",
    "answer-risk-urgent",
    "answer-risk-relative",
    "answer-more-steps",
    "answer-details",
    "answer-details-hint",
    "citation-join",
    "brand",
];

/// Messages the code uses with variables, and the variables it gives them.
pub const CODE_MESSAGES_WITH_VARIABLES: &[(&str, &[&str])] = &[
    ("label-article", &["article"]),
    ("label-part", &["part"]),
    ("label-paragraph", &["paragraph"]),
    ("label-subparagraph", &["subparagraph"]),
    ("citation-checked", &["date"]),
    ("contact-verified", &["date"]),
    ("contact-published", &["publisher", "date"]),
    ("contact-published-undated", &["publisher"]),
    ("label-reported-by", &["publisher", "date"]),
    ("label-reported-by-undated", &["publisher"]),
];

/// Buttons must fit a phone screen and Telegram's inline keyboard.
pub const MAX_BUTTON_CHARS: usize = 30;

/// Checks that every message the rules use exists in the reference locale, with the
/// attributes it needs and no variable the rule does not provide.
pub fn check_rules_messages(rules: &RuleSet, locales: &Locales) -> Vec<Diagnostic> {
    let Some(reference) = locales.locales.get(REFERENCE) else {
        return Vec::new();
    };
    let mut diags = code_message_problems(reference);
    for use_ in &rules.messages {
        message_use_problems(reference, use_, &mut diags);
    }
    diags
}

/// The messages the program itself uses, missing or with other variables.
fn code_message_problems(reference: &Locale) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for id in CODE_MESSAGES {
        if !reference.messages.get(*id).is_some_and(|m| m.has_value) {
            diags.push(whole_file(
                Path::new("locales").join(REFERENCE).as_path(),
                format!("message `{id}`, used by the program, is missing"),
            ));
        }
    }
    for (id, vars) in CODE_MESSAGES_WITH_VARIABLES {
        let ok = reference
            .messages
            .get(*id)
            .is_some_and(|m| m.has_value && m.variables.iter().all(|v| vars.contains(&v.as_str())));
        if !ok {
            diags.push(whole_file(
                Path::new("locales").join(REFERENCE).as_path(),
                format!("message `{id}`, used by the program, is missing or uses variables other than {vars:?}"),
            ));
        }
    }
    diags
}

/// What is wrong with one message a rule file names: unknown, without a text, without an
/// attribute, or using a value the rule's laws do not provide.
fn message_use_problems(reference: &Locale, use_: &MessageUse, diags: &mut Vec<Diagnostic>) {
    let at = |msg: String, hint: Option<String>| {
        let mut d = use_.at.clone();
        d.message = msg;
        d.hint = hint;
        d
    };
    let Some(info) = reference.messages.get(&use_.id) else {
        let hint = did_you_mean(&use_.id, reference.messages.keys().map(String::as_str));
        diags.push(at(
            format!(
                "unknown message id `{}`: it is not in locales/{REFERENCE}/",
                use_.id
            ),
            hint,
        ));
        return;
    };
    if use_.attributes.is_empty() && !info.has_value {
        diags.push(at(
            format!(
                "message `{}` needs a text (a value), not only attributes",
                use_.id
            ),
            None,
        ));
    }
    for attr in use_.attributes {
        if !info.attributes.contains(*attr) {
            diags.push(at(
                format!(
                    "message `{}` has no `.{attr}` attribute ({}:{})",
                    use_.id,
                    info.file.display(),
                    info.line
                ),
                None,
            ));
        }
    }
    // A finding's verdict line (`verdict-…` for `finding-…`) may use only the same values.
    let verdict = use_
        .id
        .strip_prefix("finding-")
        .and_then(|rest| reference.messages.get(&format!("verdict-{rest}")));
    for var in info
        .variables
        .iter()
        .chain(verdict.into_iter().flat_map(|v| v.variables.iter()))
    {
        if !use_.variables.contains(var) {
            let have = use_
                .variables
                .iter()
                .map(|v| format!("${v}"))
                .collect::<Vec<_>>()
                .join(", ");
            diags.push(at(
                format!(
                    "message `{}` ({}:{}) uses ${var}, but the rule's laws provide {}",
                    use_.id,
                    info.file.display(),
                    info.line,
                    if have.is_empty() {
                        "no values".to_string()
                    } else {
                        have
                    }
                ),
                None,
            ));
        }
    }
}

/// What each language's text must look like.
struct Script {
    /// Letters the language has and Russian does not; a longer text without any is suspect.
    own_letters: &'static str,
    latin: bool,
    name: &'static str,
}

fn script(lang: &str) -> Option<Script> {
    Some(match lang {
        // q, x and ʻ (oʻ, gʻ) are frequent in Uzbek and rare in English.
        "uz" => Script {
            own_letters: "ʻqxQX",
            latin: true,
            name: "Uzbek (Latin)",
        },
        "kk" => Script {
            own_letters: "әғқңөұүһіӘҒҚҢӨҰҮҺІ",
            latin: false,
            name: "Kazakh",
        },
        "ky" => Script {
            own_letters: "ңөүҢӨҮ",
            latin: false,
            name: "Kyrgyz",
        },
        "tg" => Script {
            own_letters: "ғӣқӯҳҷҒӢҚӮҲҶ",
            latin: false,
            name: "Tajik",
        },
        "ru" => Script {
            own_letters: "",
            latin: false,
            name: "Russian",
        },
        _ => return None,
    })
}

/// Texts with at least this many letters must show the language's own letters.
const LONG_TEXT_LETTERS: usize = 60;

/// Checks every translation against English (and Russian), naming the file and line.
pub fn check_locales(locales: &Locales) -> Vec<Diagnostic> {
    let Some(reference) = locales.locales.get(REFERENCE) else {
        return Vec::new();
    };
    let ru = locales.locales.get("ru");
    let mut diags = Vec::new();
    for (lang, locale) in &locales.locales {
        if lang == UZ_CYRL {
            continue; // made from uz, checked there
        }
        for (id, en) in &reference.messages {
            let Some(msg) = locale.messages.get(id) else {
                diags.push(at(
                    en,
                    format!("message `{id}` is missing from locales/{lang}/"),
                ));
                continue;
            };
            if msg.variables != en.variables {
                diags.push(at(
                    msg,
                    format!(
                        "message `{id}` uses {} in {lang} but {} in {REFERENCE} ({}:{})",
                        vars(msg),
                        vars(en),
                        en.file.display(),
                        en.line
                    ),
                ));
            }
            if msg.attributes != en.attributes || msg.has_value != en.has_value {
                diags.push(at(
                    msg,
                    format!(
                        "message `{id}` has {} in {lang} but {} in {REFERENCE}",
                        parts(msg),
                        parts(en)
                    ),
                ));
            }
            if id.starts_with("button-") {
                for text in msg.texts.values() {
                    let n = text.chars().count();
                    if n > MAX_BUTTON_CHARS {
                        diags.push(at(msg, format!("button `{id}` is {n} characters long; the limit is {MAX_BUTTON_CHARS}")));
                    }
                }
            }
            check_script(lang, locale, id, msg, ru, &mut diags);
            if lang != REFERENCE {
                check_not_english(lang, locale, id, msg, en, &mut diags);
            }
        }
        for (id, msg) in &locale.messages {
            if !reference.messages.contains_key(id) {
                diags.push(at(
                    msg,
                    format!("message `{id}` is not in {REFERENCE}: remove it or add it there"),
                ));
            }
        }
    }
    diags
}

/// The text without the parts inside «».
fn outside_guillemets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn check_script(
    lang: &str,
    locale: &Locale,
    id: &str,
    msg: &MessageInfo,
    ru: Option<&Locale>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(script) = script(lang) else {
        return;
    };
    let allowed_same = locale
        .status
        .as_ref()
        .is_some_and(|s| s.same_as_ru.iter().any(|m| m == id));
    for (attr, text) in &msg.texts {
        let what = if attr.is_empty() {
            format!("`{id}`")
        } else {
            format!("`{id}.{attr}`")
        };
        if lang != "ru"
            && !allowed_same
            && let Some(ru_text) = ru
                .and_then(|r| r.messages.get(id))
                .and_then(|r| r.texts.get(attr))
            && ru_text.trim() == text.trim()
            && text.chars().any(char::is_alphabetic)
        {
            diags.push(at(msg, format!("{what} in {lang} is the Russian text; translate it, or list it in locales/{lang}/status.toml `same_as_ru`")));
        }
        // Words quoted «like this» are quoted as written, in their own script: the Russian
        // sentences a person says to the police stay in Russian in an Uzbek text.
        let own = outside_guillemets(text);
        let cyrillic = own.chars().filter(|c| is_cyrillic(*c)).count();
        let latin = own.chars().filter(char::is_ascii_alphabetic).count();
        if script.latin && cyrillic > 0 {
            diags.push(at(
                msg,
                format!(
                    "{what} has Cyrillic letters; {} is written in Latin",
                    script.name
                ),
            ));
        }
        if !script.latin && latin > cyrillic {
            diags.push(at(
                msg,
                format!(
                    "{what} is mostly Latin letters; {} is written in Cyrillic",
                    script.name
                ),
            ));
        }
        if lang == "uz" && has_wrong_uzbek_apostrophe(text) {
            diags.push(at(
                msg,
                format!("{what}: write oʻ and gʻ with ʻ (U+02BB), not ' or ’"),
            ));
        }
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        if !script.own_letters.is_empty()
            && letters >= LONG_TEXT_LETTERS
            && !text.chars().any(|c| script.own_letters.contains(c))
        {
            diags.push(at(
                msg,
                format!(
                    "{what} has none of the {} letters {}: is it really {}?",
                    script.name, script.own_letters, script.name
                ),
            ));
        }
    }
}

/// A translated message identical to the English one was most likely forgotten.
fn check_not_english(
    lang: &str,
    locale: &Locale,
    id: &str,
    msg: &MessageInfo,
    en: &MessageInfo,
    diags: &mut Vec<Diagnostic>,
) {
    if locale
        .status
        .as_ref()
        .is_some_and(|s| s.same_as_en.iter().any(|m| m == id))
    {
        return;
    }
    for (attr, text) in &msg.texts {
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 3 && en.texts.get(attr).is_some_and(|e| e.trim() == text.trim()) {
            diags.push(at(
                msg,
                format!("`{id}` in {lang} is the English text; translate it, or list it in locales/{lang}/status.toml `same_as_en`"),
            ));
        }
    }
}

fn has_wrong_uzbek_apostrophe(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .any(|w| matches!(w[0], 'o' | 'O' | 'g' | 'G') && matches!(w[1], '\'' | '’' | '‘' | '`'))
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn at(msg: &MessageInfo, message: String) -> Diagnostic {
    let mut d = whole_file(&msg.file, message);
    d.line = msg.line;
    d
}

fn vars(m: &MessageInfo) -> String {
    if m.variables.is_empty() {
        "no variables".to_string()
    } else {
        m.variables
            .iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn parts(m: &MessageInfo) -> String {
    let mut p: Vec<String> = m.attributes.iter().map(|a| format!(".{a}")).collect();
    if m.has_value {
        p.insert(0, "a value".to_string());
    }
    p.join(", ")
}
