//! Locales: plural rules, fallback chain, negotiation, Uzbek Cyrillic, and the translation
//! checks of `rules check` (each naming the file and line).

mod common;

use common::{Fixture, stderr, stdout};
use fluent_bundle::{FluentArgs, FluentValue};
use ogoh::i18n::Locales;

fn years(n: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(n));
    args
}

/// A fixture with all six languages; each has `years`, some lack `only-en` or `only-ru`.
fn six() -> Fixture {
    let f = Fixture::new();
    let en = format!(
        "{}years = {{ $n }} {{ $n ->\n    [one] year\n   *[other] years\n}}\nonly-en = English only\nonly-ru = English fallback\n",
        common::EN_FTL
    );
    f.write("locales/en/main.ftl", &en);
    f.write(
        "locales/ru/main.ftl",
        "years = { $n } { $n ->\n    [one] год\n    [few] года\n    [many] лет\n   *[other] года\n}\nonly-ru = Только по-русски\n",
    );
    f.write(
        "locales/uz/main.ftl",
        "years = { $n } { $n ->\n    [one] yil (bitta)\n   *[other] yil\n}\n",
    );
    f.write(
        "locales/kk/main.ftl",
        "years = { $n } { $n ->\n    [one] жыл (бір)\n   *[other] жыл\n}\n",
    );
    f.write(
        "locales/ky/main.ftl",
        "years = { $n } { $n ->\n    [one] жыл (бир)\n   *[other] жыл\n}\n",
    );
    f.write(
        "locales/tg/main.ftl",
        "years = { $n } { $n ->\n    [one] сол (як)\n   *[other] сол\n}\n",
    );
    for l in ["ru", "uz", "kk", "ky", "tg"] {
        f.write(&format!("locales/{l}/status.toml"), common::STATUS);
    }
    f
}

fn load(f: &Fixture) -> Locales {
    Locales::load(std::path::Path::new(&f.locales)).unwrap_or_else(|d| panic!("{d:?}"))
}

#[test]
fn russian_plurals_use_one_few_many() {
    let l = load(&six());
    let got: Vec<String> = [1, 2, 5, 11, 21, 22, 25, 111]
        .iter()
        .map(|&n| {
            l.text("ru", "years", None, Some(&years(n)))
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        got,
        [
            "1 год",
            "2 года",
            "5 лет",
            "11 лет",
            "21 год",
            "22 года",
            "25 лет",
            "111 лет"
        ]
    );
}

#[test]
fn uzbek_kyrgyz_kazakh_use_one_and_other() {
    let l = load(&six());
    assert_eq!(
        l.text("uz", "years", None, Some(&years(1))).as_deref(),
        Some("1 yil (bitta)")
    );
    assert_eq!(
        l.text("uz", "years", None, Some(&years(21))).as_deref(),
        Some("21 yil")
    );
    assert_eq!(
        l.text("kk", "years", None, Some(&years(1))).as_deref(),
        Some("1 жыл (бір)")
    );
    assert_eq!(
        l.text("ky", "years", None, Some(&years(5))).as_deref(),
        Some("5 жыл")
    );
}

#[test]
fn tajik_numbers_always_take_the_other_form() {
    // CLDR has no Tajik rules; English ones would make 1 `one`. A noun after a numeral stays
    // singular in Tajik, so every number is `other`.
    let l = load(&six());
    for n in [0, 1, 2, 5, 21] {
        assert_eq!(
            l.text("tg", "years", None, Some(&years(n))),
            Some(format!("{n} сол")),
            "{n}"
        );
    }
}

#[test]
fn no_isolation_marks_in_output() {
    let l = load(&six());
    let text = l
        .text("en", "years", None, Some(&years(3)))
        .unwrap_or_default();
    assert_eq!(text, "3 years");
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
}

#[test]
fn fallback_chains() {
    let l = load(&six());
    // uz-Cyrl -> uz -> ru -> en
    assert_eq!(
        l.text("uz-Cyrl", "years", None, Some(&years(5))).as_deref(),
        Some("5 йил")
    );
    assert_eq!(
        l.text("uz-Cyrl", "only-ru", None, None).as_deref(),
        Some("Только по-русски")
    );
    assert_eq!(
        l.text("uz-Cyrl", "only-en", None, None).as_deref(),
        Some("English only")
    );
    // tg, ky, kk -> ru -> en
    for lang in ["tg", "ky", "kk", "uz"] {
        assert_eq!(
            l.text(lang, "only-ru", None, None).as_deref(),
            Some("Только по-русски"),
            "{lang}"
        );
        assert_eq!(
            l.text(lang, "only-en", None, None).as_deref(),
            Some("English only"),
            "{lang}"
        );
    }
    assert_eq!(
        l.text("ru", "only-en", None, None).as_deref(),
        Some("English only")
    );
    // Nothing anywhere: no raw id.
    assert_eq!(l.text("kk", "no-such-message", None, None), None);
    // A missing variable would print "{$n}": the next locale is used instead.
    assert_eq!(l.text("en", "years", None, None), None);
}

#[test]
fn negotiation_order_and_defaults() {
    let l = load(&six());
    // explicit choice first
    assert_eq!(l.negotiate(Some("kk"), Some("uz"), Some("tg")), "kk");
    assert_eq!(l.negotiate(Some("uz_cyrl"), None, None), "uz-Cyrl");
    // an unknown explicit choice is ignored
    assert_eq!(l.negotiate(Some("xx"), Some("ky"), None), "ky");
    // Telegram: its languages, English for any other
    for (code, want) in [
        ("uz", "uz"),
        ("tg", "tg"),
        ("ky", "ky"),
        ("kk", "kk"),
        ("ru", "ru"),
        ("en", "en"),
        ("de", "en"),
        ("uk", "en"),
    ] {
        assert_eq!(l.negotiate(None, Some(code), Some("ru")), want, "{code}");
    }
    // Accept-Language
    assert_eq!(
        l.negotiate(None, None, Some("kk-KZ,kk;q=0.9,ru;q=0.8")),
        "kk"
    );
    assert_eq!(l.negotiate(None, None, Some("uz-Cyrl")), "uz-Cyrl");
    assert_eq!(l.negotiate(None, None, Some("fr-FR,fr;q=0.9")), "ru");
    assert_eq!(l.negotiate(None, None, Some("en-US,en;q=0.5")), "en");
    // nothing: Russian
    assert_eq!(l.negotiate(None, None, None), "ru");
}

/// Runs `rules check` on a fixture whose kk locale has `main.ftl` = `kk`.
fn check_kk(kk: &str) -> String {
    let f = Fixture::new();
    let all = common::EN_FTL;
    f.write("locales/kk/main.ftl", kk);
    f.write("locales/kk/status.toml", common::STATUS);
    let _ = all;
    let out = f.check();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    stderr(&out).replace(&format!("{}/", f.dir.path().display()), "")
}

/// The English fixture messages in Kazakh (draft quality is fine for a test).
fn kazakh() -> String {
    common::EN_FTL
        .replace("No known risk", "Белгілі қауіп жоқ")
        .replace("Low risk", "Төмен қауіп")
        .replace("Medium risk", "Орташа қауіп")
        .replace("High risk", "Жоғары қауіп")
        .replace("= Urgent", "= Шұғыл")
        .replace("For your relative", "Туысыңыз үшін")
        .replace("More steps", "Басқа қадамдар")
        .replace("Tap a number.", "Нөмірді басыңыз.")
        .replace("= part { $part }", "= { $part }-бөлік")
        .replace("= paragraph { $paragraph }", "= { $paragraph }-тармақ")
        .replace(
            "= sub-paragraph { $subparagraph }",
            "= { $subparagraph } тармақша",
        )
        .replace("= ogoh", "= Огох")
        .replace("Your risk", "Сіздің тәуекеліңіз")
        .replace("Danger in this message", "Бұл хабардағы қауіп")
        .replace("= Why", "= Неліктен")
        .replace("= article { $article }", "= { $article }-бап")
        .replace("= checked", "= тексерілді")
        .replace("What to do now", "Қазір не істеу керек")
        .replace("Where to get help", "Көмекті қайдан алуға болады")
        .replace("Words that match", "Сәйкес сөздер")
        .replace("Nothing found.", "Ештеңе табылмады.")
        .replace("= none", "= жоқ")
        .replace("= low", "= төмен")
        .replace("= medium", "= орташа")
        .replace("= high", "= жоғары")
        .replace("= urgent", "= шұғыл")
        .replace(
            "Information, not a lawyer.",
            "Бұл ақпарат, заңгер кеңесі емес.",
        )
        .replace("Joining is a crime in Uzbekistan", "Өзбекстанда бұл қылмыс")
        .replace(
            "You can get { $min_years } to { $max_years } years in prison.",
            "{ $min_years } жылдан { $max_years } жылға дейін бас бостандығынан айыру.",
        )
        .replace("Article 154.", "154-бап.")
        .replace("Do not sign.", "Қол қоймаңыз.")
        .replace(
            "Citizenship is promised for a contract.",
            "Келісімшарт үшін азаматтық уәде етіледі.",
        )
        .replace("= Ask:", "= Сұраңыз:")
        .replace("A military contract?", "Әскери келісімшарт па?")
        .replace("A promise for signing?", "Қол қойғаны үшін уәде ме?")
        .replace("A threat?", "Қорқыту ма?")
        .replace(
            "This looks like recruitment.",
            "Бұл әскерге жалдауға ұқсайды.",
        )
        .replace(
            "This may be recruitment.",
            "Бұл әскерге жалдау болуы мүмкін.",
        )
        .replace(
            "Some signs of recruitment.",
            "Әскерге жалдаудың кей белгілері бар.",
        )
        .replace("More signs", "Басқа белгілер")
        .replace("Checked by our team on", "Біздің топ тексерген күні:")
        .replace(
            "Published by { $publisher } on { $date }.",
            "{ $publisher } жариялаған, { $date }.",
        )
        .replace(
            "Published by { $publisher }; date unknown.",
            "{ $publisher } жариялаған; күні белгісіз.",
        )
        .replace("A foreign agent.", "Шетелдік агент деп аталған.")
        .replace(
            "reported by { $publisher }, { $date }",
            "{ $publisher } хабарлауынша, { $date }",
        )
        .replace("reported by { $publisher }", "{ $publisher } хабарлауынша")
        .replace("Your relative's risk", "Туысыңызға төнетін қауіп")
}

#[test]
fn a_complete_translation_passes() {
    let f = Fixture::new();
    f.write("locales/kk/main.ftl", &kazakh());
    f.write("locales/kk/status.toml", common::STATUS);
    let out = f.check();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("locale kk         47/47 messages (100%)  DRAFT"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_dropped_message_names_file_and_line() {
    let kk = kazakh().replace("advice-dont-sign = Қол қоймаңыз.\n", "");
    let err = check_kk(&kk);
    assert!(
        err.contains(
            "locales/en/main.ftl:20:1: message `advice-dont-sign` is missing from locales/kk/"
        ),
        "{err}"
    );
}

#[test]
fn a_dropped_variable_names_file_and_line() {
    let kk = kazakh().replace("{ $max_years } жылға", "он жылға");
    let err = check_kk(&kk);
    assert!(err.contains("locales/kk/main.ftl:16:1: message `finding-uz-mercenarism` uses $min_years in kk but $max_years, $min_years in en"), "{err}");
}

#[test]
fn a_russian_copy_latin_text_or_missing_letters_are_refused() {
    let kk = kazakh()
        .replace("Қол қоймаңыз.", "Не подписывайте.")
        .replace("Ештеңе табылмады.", "Nothing was found here at all.")
        .replace(
            "Бұл ақпарат, заңгер кеңесі емес.",
            "Это информация, а не совет юриста, обратитесь к юристу или в посольство своей страны.",
        );
    let f = Fixture::new();
    f.write("locales/kk/main.ftl", &kk);
    f.write("locales/kk/status.toml", common::STATUS);
    f.write(
        "locales/ru/main.ftl",
        &common::EN_FTL.replace("Do not sign.", "Не подписывайте."),
    );
    f.write("locales/ru/status.toml", common::STATUS);
    let err = stderr(&f.check()).replace(&format!("{}/", f.dir.path().display()), "");
    assert!(
        err.contains("locales/kk/main.ftl:20:1: `advice-dont-sign` in kk is the Russian text"),
        "{err}"
    );
    assert!(err.contains("locales/kk/main.ftl:9:1: `scan-nothing-found` is mostly Latin letters; Kazakh is written in Cyrillic"), "{err}");
    assert!(
        err.contains("locales/kk/main.ftl:15:1: `disclaimer` has none of the Kazakh letters"),
        "{err}"
    );
}

#[test]
fn uzbek_needs_latin_and_the_right_apostrophe() {
    let f = Fixture::new();
    let uz = common::EN_FTL
        .replace("Do not sign.", "Imzolamang, bu toʻgʻri emas.")
        .replace(
            "Nothing found.",
            "Hech narsa topilmadi, lekin o'ylab koʻring.",
        )
        .replace("Information, not a lawyer.", "Бу маълумот.");
    f.write("locales/uz/main.ftl", &uz);
    f.write("locales/uz/status.toml", common::STATUS);
    let err = stderr(&f.check()).replace(&format!("{}/", f.dir.path().display()), "");
    assert!(
        err.contains(
            "locales/uz/main.ftl:9:1: `scan-nothing-found`: write oʻ and gʻ with ʻ (U+02BB)"
        ),
        "{err}"
    );
    assert!(
        err.contains("locales/uz/main.ftl:15:1: `disclaimer` has Cyrillic letters"),
        "{err}"
    );
    assert!(!err.contains("advice-dont-sign"), "{err}");
}

#[test]
fn buttons_fit_30_characters() {
    let f = Fixture::new();
    f.write(
        "locales/en/main.ftl",
        &format!(
            "{}button-start = Start again from the very first question\n",
            common::EN_FTL
        ),
    );
    let err = stderr(&f.check()).replace(&format!("{}/", f.dir.path().display()), "");
    assert!(
        err.contains(
            "locales/en/main.ftl:51:1: button `button-start` is 40 characters long; the limit is 30"
        ),
        "{err}"
    );
}

#[test]
fn every_locale_records_its_review_status() {
    let f = Fixture::new();
    std::fs::remove_file(f.dir.path().join("locales/en/status.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let err = stderr(&f.check());
    assert!(
        err.contains("status.toml") && err.contains("review status"),
        "{err}"
    );
    f.write("locales/en/status.toml", "status = \"reviewed\"\n");
    let err = stderr(&f.check());
    assert!(
        err.contains("a reviewed locale names its reviewer"),
        "{err}"
    );
    f.write(
        "locales/en/status.toml",
        "status = \"reviewed\"\nreviewed_by = \"A. Lawyer\"\nreviewed_on = 2026-11-20\n",
    );
    let out = f.check();
    assert!(
        stdout(&out).contains("reviewed by A. Lawyer on 2026-11-20"),
        "{}",
        stdout(&out)
    );
}

/// The English fixture messages in Uzbek.
fn uzbek() -> String {
    common::EN_FTL
        .replace("No known risk", "Maʼlum xavf yoʻq")
        .replace("Low risk", "Past xavf")
        .replace("Medium risk", "Oʻrtacha xavf")
        .replace("High risk", "Yuqori xavf")
        .replace("= Urgent", "= Shoshilinch")
        .replace("For your relative", "Qarindoshingiz uchun")
        .replace("More steps", "Boshqa qadamlar")
        .replace("Tap a number.", "Raqamni bosing.")
        .replace("= part { $part }", "= { $part }-qism")
        .replace("= paragraph { $paragraph }", "= { $paragraph }-band")
        .replace(
            "= sub-paragraph { $subparagraph }",
            "= { $subparagraph } kichik band",
        )
        .replace("= ogoh", "= Ogoh")
        .replace("Your risk", "Sizning xavfingiz")
        .replace("Danger in this message", "Bu xabardagi xavf")
        .replace("= Why", "= Nega")
        .replace("= article { $article }", "= { $article }-modda")
        .replace("= checked", "= tekshirildi")
        .replace("What to do now", "Hozir nima qilish kerak")
        .replace("Where to get help", "Qayerdan yordam olish mumkin")
        .replace("Words that match", "Mos kelgan soʻzlar")
        .replace("Nothing found.", "Hech narsa topilmadi.")
        .replace("= none", "= yoʻq")
        .replace("= low", "= past")
        .replace("= medium", "= oʻrtacha")
        .replace("= high", "= yuqori")
        .replace("= urgent", "= shoshilinch")
        .replace(
            "Information, not a lawyer.",
            "Bu maʼlumot, advokat maslahati emas.",
        )
        .replace(
            "Joining is a crime in Uzbekistan",
            "Oʻzbekistonda bu jinoyat",
        )
        .replace(
            "You can get { $min_years } to { $max_years } years in prison.",
            "{ $min_years } yildan { $max_years } yilgacha qamoq.",
        )
        .replace("Article 154.", "154-modda.")
        .replace("Do not sign.", "Hech narsaga imzo qoʻymang.")
        .replace(
            "Citizenship is promised for a contract.",
            "Shartnoma uchun fuqarolik vaʼda qilinadi.",
        )
        .replace("= Ask:", "= Soʻrang:")
        .replace("A military contract?", "Harbiy shartnomami?")
        .replace("A promise for signing?", "Imzo uchun vaʼdami?")
        .replace("A threat?", "Tahdidmi?")
        .replace(
            "This looks like recruitment.",
            "Bu armiyaga yollashga oʻxshaydi.",
        )
        .replace(
            "This may be recruitment.",
            "Bu armiyaga yollash boʻlishi mumkin.",
        )
        .replace(
            "Some signs of recruitment.",
            "Yollashning baʼzi belgilari bor.",
        )
        .replace("More signs", "Boshqa belgilar")
        .replace("Your relative's risk", "Qarindoshingiz uchun xavf")
        .replace("Checked by our team on", "Jamoamiz tekshirgan sana:")
        .replace(
            "Published by { $publisher } on { $date }.",
            "{ $publisher } eʼlon qilgan, { $date }.",
        )
        .replace(
            "Published by { $publisher }; date unknown.",
            "{ $publisher } eʼlon qilgan; sanasi nomaʼlum.",
        )
        .replace("A foreign agent.", "Xorijiy agent deb atalgan.")
        .replace(
            "reported by { $publisher }, { $date }",
            "{ $publisher } xabariga koʻra, { $date }",
        )
        .replace(
            "reported by { $publisher }",
            "{ $publisher } xabariga koʻra",
        )
}

#[test]
fn an_untranslated_english_message_is_refused() {
    let f = Fixture::new();
    f.write(
        "locales/uz/main.ftl",
        &uzbek().replace("Hech narsaga imzo qoʻymang.", "Do not sign."),
    );
    f.write("locales/uz/status.toml", common::STATUS);
    let err = stderr(&f.check()).replace(&format!("{}/", f.dir.path().display()), "");
    assert!(
        err.contains("locales/uz/main.ftl:20:1: `advice-dont-sign` in uz is the English text"),
        "{err}"
    );
    assert!(err.contains("1 problem found"), "{err}");
}

#[test]
fn uzbek_cyrillic_is_a_language_like_any_other() {
    let f = Fixture::new();
    let uz = uzbek();
    f.write("locales/uz/main.ftl", &uz);
    f.write("locales/uz/status.toml", common::STATUS);
    let out = common::ogoh(
        &[
            "assess",
            "--json",
            "--lang",
            "uz-Cyrl",
            "--rules",
            &f.rules,
            "--locales",
            &f.locales,
        ],
        Some(br#"{"citizenship":"UZ","situations":["offered_contract"]}"#),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(a["lang"], "uz-Cyrl");
    assert_eq!(a["findings"][0]["title"], "Ўзбекистонда бу жиноят");
    assert_eq!(a["findings"][0]["text"], "5 йилдан 10 йилгача қамоқ.");
    assert_eq!(a["advice"][0]["text"], "Ҳеч нарсага имзо қўйманг.");
}
