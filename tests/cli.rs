//! The CLI contract (DESIGN.md): commands, JSON shapes and exit codes, run as a real process
//! against a fixture rule set, so these tests do not move when staff edit the shipped rules.

mod common;

use common::{Fixture, ogoh, stderr, stdout};

fn assess(f: &Fixture, extra: &[&str], input: &[u8]) -> std::process::Output {
    let mut args = vec!["assess", "--rules", &f.rules, "--locales", &f.locales];
    args.extend_from_slice(extra);
    ogoh(&args, Some(input))
}

fn json(o: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

#[test]
fn assess_json_follows_the_contract() {
    let f = Fixture::new();
    let facts = r#"{"citizenship":"UZ","situations":["offered_contract"],"on":"2026-11-21","offer_text":"Подпиши контракт, получишь гражданство"}"#;
    let out = assess(&f, &["--json"], facts.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let a = json(&out);
    assert_eq!(a["lang"], "en");
    assert_eq!(a["risk"], "high");
    let finding = &a["findings"][0];
    assert_eq!(finding["id"], "uz_mercenarism");
    assert_eq!(finding["severity"], "high");
    assert_eq!(finding["title"], "Joining is a crime in Uzbekistan");
    assert_eq!(finding["text"], "You can get 5 to 10 years in prison.");
    assert_eq!(finding["values"]["max_years"], 10);
    assert_eq!(finding["trace"]["rule"], "uz_mercenarism");
    assert_eq!(finding["trace"]["matched"][0], "citizenship == \"UZ\"");
    assert_eq!(finding["citations"][0]["article"], "154");
    assert_eq!(finding["citations"][0]["part"], "1");
    assert_eq!(finding["citations"][0]["checked_on"], "2026-11-21");
    assert!(
        finding["citations"][0]["url"]
            .as_str()
            .is_some_and(|u| u.starts_with("http"))
    );
    assert_eq!(a["scam"]["risk"], "high");
    assert_eq!(a["scam"]["flags"][0]["id"], "citizenship_for_contract");
    assert_eq!(a["scam"]["flags"][0]["evidence"][0], "контракт");
    assert_eq!(a["advice"][0]["id"], "dont_sign");
    assert_eq!(a["advice"][0]["text"], "Do not sign.");
    assert_eq!(a["disclaimer"], "Information, not a lawyer.");
    assert!(a["ruleset"].as_str().is_some_and(|v| v.len() == 12));
}

#[test]
fn assess_text_names_risk_law_and_disclaimer() {
    let f = Fixture::new();
    let out = assess(
        &f,
        &[],
        br#"{"citizenship":"UZ","situations":["offered_contract"]}"#,
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The badge, then the verdict line (the fixture has no verdict-…, so the finding's title).
    assert!(
        text.starts_with("High risk\nJoining is a crime in Uzbekistan\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "Criminal Code of the Republic of Uzbekistan, article 154, part 1 (reported by Tashkent Times, 2022-09)"
        ),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("Information, not a lawyer."),
        "{text}"
    );
}

#[test]
fn other_situations_give_no_finding() {
    let f = Fixture::new();
    let out = assess(
        &f,
        &["--json"],
        br#"{"citizenship":"KZ","situations":["offered_contract"]}"#,
    );
    let a = json(&out);
    assert_eq!(a["risk"], "none");
    assert_eq!(a["findings"].as_array().map(Vec::len), Some(0));
}

#[test]
fn the_date_selects_the_law_in_force() {
    let f = Fixture::new();
    // The fixture's law is valid from 1994-09-22: before that, no finding.
    let facts = br#"{"citizenship":"UZ","situations":["offered_contract"]}"#;
    let before = json(&assess(&f, &["--json", "--on", "1990-01-01"], facts));
    let after = json(&assess(&f, &["--json", "--on", "2000-01-01"], facts));
    assert_eq!(before["findings"].as_array().map(Vec::len), Some(0));
    assert_eq!(after["findings"][0]["id"], "uz_mercenarism");
    assert_eq!(after["on"], "2000-01-01");
}

#[test]
fn bad_facts_exit_2_naming_the_field() {
    let f = Fixture::new();
    for (input, field) in [
        (&br#"{"citizenship":"UZ","colour":"red"}"#[..], "colour"),
        (br#"{"citizenship":"UZZ"}"#, "citizenship"),
        (br#"{"citizenship":"UZ","age":"old"}"#, "age"),
        (
            br#"{"citizenship":"UZ","situations":["dancing"]}"#,
            "situations",
        ),
        (br#"{"citizenship":"UZ""#, "EOF"),
    ] {
        let out = assess(&f, &[], input);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains(field),
            "{} should name {field}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty());
    }
}

#[test]
fn oversize_and_non_utf8_input_exit_2() {
    let f = Fixture::new();
    let big = vec![b'a'; 64 * 1024 + 1];
    let out = assess(&f, &[], &big);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("64 KB"), "{}", stderr(&out));
    let scan = ogoh(
        &["scan", "--rules", &f.rules, "--locales", &f.locales],
        Some(b"\xff\xfe text"),
    );
    assert_eq!(scan.status.code(), Some(2));
    assert!(
        stderr(&scan).contains("not valid UTF-8"),
        "{}",
        stderr(&scan)
    );
}

#[test]
fn bad_usage_exits_2() {
    let f = Fixture::new();
    let out = assess(&f, &["--lang", "xx"], br#"{"citizenship":"UZ"}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown language `xx`"),
        "{}",
        stderr(&out)
    );
    let out = assess(&f, &["--on", "yesterday"], br#"{"citizenship":"UZ"}"#);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(ogoh(&["frobnicate"], None).status.code(), Some(2));
    let missing = assess(&f, &["/no/such/file.json"], b"");
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn scan_json_shape() {
    let f = Fixture::new();
    let out = ogoh(
        &[
            "scan",
            "--json",
            "--rules",
            &f.rules,
            "--locales",
            &f.locales,
        ],
        Some("Шартнома имзоласангиз, фуқаролик оласиз".as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = json(&out);
    assert_eq!(s["risk"], "high");
    assert_eq!(s["lang"], "en");
    assert_eq!(
        s["flags"][0]["text"],
        "Citizenship is promised for a contract."
    );
    assert!(s["ruleset"].is_string());
}

/// `--explain` tells staff why: each concept found with the words that matched, in the text
/// answer and in the JSON.
#[test]
fn scan_explain_names_the_concepts_found_and_their_words() {
    let f = Fixture::new();
    let text = "Шартнома имзоласангиз, фуқаролик оласиз";
    let args = [
        "scan",
        "--explain",
        "--rules",
        &f.rules,
        "--locales",
        &f.locales,
    ];
    let out = ogoh(&args, Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out);
    let concepts = shown
        .split("concepts found:")
        .nth(1)
        .unwrap_or_else(|| panic!("no explanation: {shown}"));
    assert!(
        concepts.contains("contract") && concepts.contains("Шартнома"),
        "{shown}"
    );
    assert!(
        concepts.contains("citizenship") && concepts.contains("фуқаролик"),
        "{shown}"
    );

    let mut with_json = args.to_vec();
    with_json.push("--json");
    let s = json(&ogoh(&with_json, Some(text.as_bytes())));
    assert_eq!(s["explain"]["concepts"][0][0], "contract");
    assert_eq!(s["explain"]["concepts"][1][0], "citizenship");
    assert_eq!(s["explain"]["unless"], false);
    // Without --explain, the JSON contract is unchanged.
    let plain = json(&ogoh(
        &args[..1]
            .iter()
            .chain(&args[2..])
            .chain(&["--json"])
            .copied()
            .collect::<Vec<_>>(),
        Some(text.as_bytes()),
    ));
    assert!(plain.get("explain").is_none());
}

/// A language written loosely ("RU", "uz_cyrl") is answered and named as the locale it means.
#[test]
fn scan_names_the_language_it_answered_in() {
    for (given, meant) in [("RU", "ru"), ("uz_cyrl", "uz-Cyrl")] {
        let out = ogoh(
            &[
                "scan",
                "--json",
                "--lang",
                given,
                "examples/recruitment-ad.txt",
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let s = json(&out);
        assert_eq!(s["lang"], meant, "{given}");
        let text = ogoh(
            &["scan", "--lang", given, "examples/recruitment-ad.txt"],
            None,
        );
        assert!(
            !stdout(&text).chars().any(|c| c.is_ascii_alphabetic()),
            "{given}: {}",
            stdout(&text)
        );
    }
}

#[test]
fn rules_test_reports_failures_with_exit_1() {
    let f = Fixture::new();
    let ok = ogoh(&["rules", "test", "--rules", &f.rules], None);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(
        stdout(&ok).contains("11 passed, 0 failed"),
        "{}",
        stdout(&ok)
    );
    f.write(
        "rules/tests/scenarios.toml",
        &common::TESTS.replace("value = 10", "value = 12"),
    );
    let bad = ogoh(&["rules", "test", "--rules", &f.rules], None);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("finding `uz_mercenarism`: max_years is 10, expected 12"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn broken_rules_make_assess_fail_with_diagnostics() {
    let f = Fixture::new();
    f.write("rules/countries/uz.toml", "country = \"UZ\"\n[[law]\n");
    let out = assess(&f, &[], br#"{"citizenship":"UZ"}"#);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("uz.toml:2:"), "{}", stderr(&out));
}

#[test]
fn contacts_say_who_published_them_and_russian_help_follows_its_conditions() {
    let f = Fixture::new();
    let contacts = r#"
[[contact]]
id = "uz_checked"
name = "Checked body"
url = "https://example.org/checked"
sources = ["U4"]
published_by = "Example News"
checked_on = 2026-11-21
verified_on = 2026-11-21

[[contact]]
id = "uz_unchecked"
name = "Unchecked body"
phone = "+7 900 000 00 00"
sources = ["U4"]
published_by = "Example News"
published_on = 2024-03-26
checked_on = 2026-11-21
"#;
    f.write(
        "rules/countries/uz.toml",
        &format!("{}{contacts}", common::COUNTRY),
    );
    f.write(
        "rules/countries/ru.toml",
        r#"country = "RU"

[[contact]]
id = "ru_help_for_call_ups"
name = "Help with call-ups"
url = "https://example.org/help"
sources = ["U4"]
published_by = "Example News"
safety = "foreign_agent"
when = ['"summons" in situations']
checked_on = 2026-11-21
"#,
    );
    let a = json(&assess(&f, &["--json"], br#"{"citizenship":"UZ"}"#));
    let shown: Vec<(&str, &str)> = a["contacts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| Some((c["id"].as_str()?, c["note"].as_str()?)))
        .collect();
    assert_eq!(
        shown,
        vec![
            ("uz_checked", "Checked by our team on 2026-11-21."),
            ("uz_unchecked", "Published by Example News on 2024-03-26."),
        ]
    );
    let other = json(&assess(&f, &["--json"], br#"{"citizenship":"KZ"}"#));
    assert_eq!(other["contacts"].as_array().map(Vec::len), Some(0));
    let summoned = json(&assess(
        &f,
        &["--json"],
        br#"{"citizenship":"KZ","situations":["summons"]}"#,
    ));
    assert_eq!(summoned["contacts"][0]["id"], "ru_help_for_call_ups");
    assert_eq!(
        summoned["contacts"][0]["note"],
        "Published by Example News; date unknown. A foreign agent."
    );
    let check = f.check();
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(
        stdout(&check).contains(
            "warning: 2 contacts have not been verified by staff (call or open each, then set verified_on): ru_help_for_call_ups, uz_unchecked"
        ),
        "{}",
        stdout(&check)
    );
}

#[test]
fn shipped_rules_answer_in_every_language() {
    // (lang, "High risk" in that language: the answer's first line)
    for (lang, label) in [
        ("en", "High risk"),
        ("ru", "Высокий риск"),
        ("uz", "Yuqori xavf"),
        ("uz-Cyrl", "Юқори хавф"),
        ("tg", "Хатари баланд"),
        ("ky", "Тобокелдик жогору"),
        ("kk", "Тәуекел жоғары"),
    ] {
        let out = ogoh(
            &[
                "assess",
                "--lang",
                lang,
                "examples/uz-offered-contract.json",
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
        assert!(stdout(&out).starts_with(label), "{lang}: {}", stdout(&out));
        let scan = ogoh(
            &[
                "scan",
                "--json",
                "--lang",
                lang,
                "examples/recruitment-ad.txt",
            ],
            None,
        );
        assert_eq!(scan.status.code(), Some(0), "{lang}: {}", stderr(&scan));
        let s = json(&scan);
        assert_eq!(s["lang"], lang);
        assert_eq!(s["risk"], "high", "{lang}");
    }
}

fn migrate_with(env: &[(&str, String)]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_ogoh"));
    cmd.arg("migrate")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DATABASE_URL")
        .env_remove("OGOH_CONFIG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run ogoh migrate")
}

#[test]
fn settings_come_from_ogoh_toml_and_the_environment_wins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let from_file = dir.path().join("file.db");
    let config = dir.path().join("ogoh.toml");
    std::fs::write(
        &config,
        format!(
            "database_url = \"sqlite://{}\"\nretention_days = 7\n",
            from_file.display()
        ),
    )
    .expect("write");
    let out = migrate_with(&[("OGOH_CONFIG", config.display().to_string())]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("file.db"), "{}", stdout(&out));
    assert!(from_file.exists());

    let from_env = dir.path().join("env.db");
    let out = migrate_with(&[
        ("OGOH_CONFIG", config.display().to_string()),
        ("DATABASE_URL", format!("sqlite://{}", from_env.display())),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(from_env.exists(), "the environment wins over the file");

    std::fs::write(&config, "databse_url = \"sqlite://x.db\"\n").expect("write");
    let out = migrate_with(&[("OGOH_CONFIG", config.display().to_string())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown field `databse_url`"),
        "{}",
        stderr(&out)
    );
    std::fs::write(
        &config,
        format!("database_url = \"sqlite://{}\"\n", from_file.display()),
    )
    .expect("write");
    let out = migrate_with(&[
        ("OGOH_CONFIG", config.display().to_string()),
        ("OGOH_RETENTION_DAYS", "0".into()),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("OGOH_RETENTION_DAYS"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn rules_diff_says_what_changed_in_plain_language() {
    let old = Fixture::new();
    let new = Fixture::new();
    new.write(
        "rules/countries/uz.toml",
        &common::COUNTRY.replace("max_years = 10", "max_years = 12"),
    );
    new.write(
        "rules/scams/concepts.toml",
        &common::CONCEPTS.replace(
            r#"ru = ["гражданств*"]"#,
            r#"ru = ["гражданств*", "паспорт* рф"]"#,
        ),
    );
    let out = ogoh(&["rules", "diff", &old.rules, &new.rules], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Uzbekistan, Criminal Code of the Republic of Uzbekistan, art. 154 part 1 (in force from 1994-09-22), maximum penalty: 10 years → 12 years (source: Uzbek authorities urge Uzbeks not to join Russian armed forces, checked 2026-11-21)"), "{text}");
    assert!(
        text.contains("concept `citizenship`: new term \"pasport* rf\""),
        "{text}"
    );
    let same = ogoh(&["rules", "diff", &old.rules, &old.rules], None);
    assert_eq!(stdout(&same), "no changes\n");
}

/// Writes labelled messages into the fixture and runs `ogoh scan eval` on them.
fn eval(f: &Fixture, lines: &[&str], extra: &[&str]) -> std::process::Output {
    f.write("corpus/set.jsonl", &(lines.join("\n") + "\n"));
    let file = f.dir.path().join("corpus/set.jsonl");
    let mut args = vec!["scan", "eval", "--rules", &f.rules];
    args.extend_from_slice(extra);
    let file = file.to_string_lossy().into_owned();
    args.push(&file);
    ogoh(&args, None)
}

const FOUND: &str = r#"{"id":"r1","lang":"ru","label":1,"pattern":"P16","text":"Подпиши контракт, получишь гражданство"}"#;
const MISSED: &str =
    r#"{"id":"r2","lang":"uz","label":1,"text":"Harbiy xizmatga yoziling, pul ko'p"}"#;
const QUIET: &str =
    r#"{"id":"o1","lang":"ru","label":0,"kind":"rent","text":"Сдаю комнату у метро"}"#;
const ALARM: &str = r#"{"id":"o2","lang":"ru","label":0,"kind":"football","text":"Футболист подписал контракт и получил гражданство"}"#;

#[test]
fn scan_eval_reports_recall_false_alarms_and_ids_but_never_texts() {
    let f = Fixture::new();
    let out = eval(&f, &[FOUND, MISSED, QUIET, ALARM], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        text.contains("all        recall  50.0% (  1/2  )"),
        "{text}"
    );
    assert!(text.contains("false alarms  50.0% (  1/2  )"), "{text}");
    assert!(text.contains("missed:\n  r2: no pattern"), "{text}");
    assert!(text.contains("o2: citizenship_for_contract"), "{text}");
    assert!(text.contains("P16        recall 100.0% (1/1)"), "{text}");
    for secret in ["Подпиши", "Harbiy", "комнату", "Футболист"] {
        assert!(!text.contains(secret), "a message text leaked: {text}");
    }
    let json = eval(&f, &[FOUND, MISSED, QUIET, ALARM], &["--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["by_lang"]["uz"]["found"], 0);
    assert_eq!(v["misses"][0][0], "r2");
    assert!(
        v["misses"][0][1]
            .as_str()
            .is_some_and(|why| why.starts_with("no pattern")),
        "{v}"
    );
}

#[test]
fn scan_eval_gates_on_recall_and_false_alarms() {
    let f = Fixture::new();
    let all = [FOUND, MISSED, QUIET, ALARM];
    let low = eval(&f, &all, &["--min-recall", "0.9"]);
    assert_eq!(low.status.code(), Some(1));
    assert!(stderr(&low).contains("recall 0.500 is below --min-recall 0.9"));
    let noisy = eval(&f, &all, &["--max-false-alarms", "0.02"]);
    assert_eq!(noisy.status.code(), Some(1));
    let fine = eval(
        &f,
        &[FOUND, QUIET],
        &["--min-recall", "0.95", "--max-false-alarms", "0"],
    );
    assert_eq!(fine.status.code(), Some(0), "{}", stderr(&fine));
    let bad = eval(&f, &[FOUND], &["--min-recall", "95"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn scan_eval_refuses_bad_lines_naming_each() {
    let f = Fixture::new();
    let out = eval(
        &f,
        &[
            FOUND,
            r#"{"id":"x","lang":"xx","label":1,"text":"a"}"#,
            "{oops",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("set.jsonl:2: unknown `lang` `xx`"), "{err}");
    assert!(
        err.contains("set.jsonl:3: not a valid message line"),
        "{err}"
    );
    assert!(err.contains("2 bad lines; nothing was measured"), "{err}");
}

/// An empty or short staff token would open the staff pages to anyone: the server refuses to
/// start, whether it comes from ogoh.toml or the environment.
#[test]
fn an_empty_or_short_staff_token_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = format!("sqlite://{}", dir.path().join("t.db").display());
    let config = dir.path().join("ogoh.toml");
    std::fs::write(&config, "staff_token = \"\"\n").expect("write");
    let from_file = migrate_with(&[
        ("OGOH_CONFIG", config.display().to_string()),
        ("DATABASE_URL", db.clone()),
    ]);
    assert_eq!(from_file.status.code(), Some(2), "{}", stderr(&from_file));
    assert!(
        stderr(&from_file).contains("OGOH_STAFF_TOKEN: must be at least 24 characters (it is 0)"),
        "{}",
        stderr(&from_file)
    );
    let short = migrate_with(&[
        ("OGOH_STAFF_TOKEN", "secret".into()),
        ("DATABASE_URL", db.clone()),
    ]);
    assert_eq!(short.status.code(), Some(2), "{}", stderr(&short));
    let empty_env = migrate_with(&[
        ("OGOH_STAFF_TOKEN", String::new()),
        ("DATABASE_URL", db.clone()),
    ]);
    assert_eq!(empty_env.status.code(), Some(2), "{}", stderr(&empty_env));
    let fine = migrate_with(&[
        (
            "OGOH_STAFF_TOKEN",
            "a-staff-token-of-thirty-characters".into(),
        ),
        ("DATABASE_URL", db),
    ]);
    assert_eq!(fine.status.code(), Some(0), "{}", stderr(&fine));
}

/// `scan eval --by-file` is the same as what rules/README.md told staff to do by hand: take each
/// file out of a copy of the rules and scan it with those rules. On two shipped files, so the
/// models train in seconds.
#[test]
fn scan_eval_by_file_leaves_each_file_out_of_training() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let kept = ["dev-l.jsonl", "short-chat.jsonl"];
    let copy = |leave_out: Option<&str>| {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let rules = dir.path().join("rules");
        common::copy_dir(&root.join("rules"), &rules);
        let messages = rules.join("scams/messages");
        for entry in std::fs::read_dir(&messages)
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !kept.contains(&name.as_str()) || leave_out == Some(name.as_str()) {
                std::fs::remove_file(entry.path()).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        dir
    };
    let report = |rules: &std::path::Path, extra: &[&str], what: &std::path::Path| {
        let (rules, what) = (rules.to_string_lossy(), what.to_string_lossy());
        let mut args = vec!["scan", "eval", "--json", "--rules", rules.as_ref()];
        args.extend_from_slice(extra);
        args.push(what.as_ref());
        let out = ogoh(&args, None);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        json(&out)
    };
    let all = copy(None);
    let rules = all.path().join("rules");
    let by_file = report(&rules, &["--by-file"], &rules.join("scams/messages"));
    let (mut found, mut alarms, mut misses) = (0, 0, Vec::new());
    for name in kept {
        let without = copy(Some(name));
        let one = report(
            &without.path().join("rules"),
            &[],
            &rules.join("scams/messages").join(name),
        );
        found += one["total"]["found"].as_u64().unwrap_or_default();
        alarms += one["total"]["false_alarms"].as_u64().unwrap_or_default();
        misses.extend(one["misses"].as_array().cloned().unwrap_or_default());
    }
    assert_eq!(by_file["total"]["found"], found, "{by_file}");
    assert_eq!(by_file["total"]["false_alarms"], alarms, "{by_file}");
    let mut got = by_file["misses"].as_array().cloned().unwrap_or_default();
    got.sort_by_key(ToString::to_string);
    misses.sort_by_key(ToString::to_string);
    assert_eq!(got, misses);
}
