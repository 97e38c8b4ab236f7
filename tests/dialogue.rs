//! The conversation engine (pure steps) with the shipped rules and locales.

mod common;

use ogoh::dialogue::{Command, Ctx, Input, MAX_CALLBACK_BYTES, Outcome, Reply, State, Step, step};
use ogoh::rules::{Citizenship, Date, Situation};

fn ctx() -> Ctx<'static> {
    Ctx {
        rules: &common::shipped().0,
        locales: &common::shipped().1,
        today: Date::parse("2026-11-21").unwrap_or_else(|e| panic!("{e}")),
        default_lang: "ru",
    }
}

fn press(data: &str) -> Input {
    Input::Button(data.to_string())
}

/// Applies inputs one after the other, checking every reply on the way.
fn drive(mut state: State, inputs: &[Input]) -> (State, Vec<Outcome>) {
    let ctx = ctx();
    let mut outcomes = Vec::new();
    for input in inputs {
        let out = step(state, input.clone(), &ctx);
        for r in &out.replies {
            check_reply(r);
        }
        state = out.state.clone();
        outcomes.push(out);
    }
    (state, outcomes)
}

fn check_reply(r: &Reply) {
    assert!(!r.text.trim().is_empty(), "empty reply");
    for id_prefix in ["dialogue-", "button-", "finding-", "{ $", "{$"] {
        assert!(!r.text.contains(id_prefix), "raw id in {:?}", r.text);
    }
    for b in r.buttons.iter().flatten() {
        assert!(!b.label.trim().is_empty(), "empty label for {}", b.data);
        assert!(
            b.data.len() <= MAX_CALLBACK_BYTES,
            "{} is {} bytes",
            b.data,
            b.data.len()
        );
    }
}

fn texts(o: &Outcome) -> String {
    o.replies
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The inputs of a whole conversation for an Uzbek man offered a contract.
fn whole(lang: &str) -> Vec<Input> {
    vec![
        Input::Start(None),
        press(&format!("l:{lang}")),
        press("c:UZ"),
        press("r:naturalized"),
        press("s:offered_contract"),
        press("s:pressured"),
        press("s:done"),
        press("a:27"),
        Input::Text("Подпиши контракт с Минобороны: гражданство за 3 месяца".into()),
    ]
}

#[test]
fn a_whole_conversation_in_every_language() {
    for lang in ["uz", "uz-Cyrl", "tg", "ky", "kk", "ru", "en"] {
        let (state, outs) = drive(State::default(), &whole(lang));
        assert_eq!(state.step, Step::Result, "{lang}");
        assert_eq!(state.lang.as_deref(), Some(lang));
        let last = outs.last().unwrap_or_else(|| panic!());
        let result = last.replies.last().unwrap_or_else(|| panic!());
        // Summary: numbered findings with a "why" button each, then the menu.
        assert!(result.text.contains("1. "), "{lang}: {}", result.text);
        assert!(result.buttons[0][0].data.starts_with("w:"), "{lang}");
        assert!(
            last.stats
                .iter()
                .any(|(c, i)| c == "UZ" && i == "assessment")
        );
        assert!(
            last.stats
                .iter()
                .any(|(_, i)| i == "finding:uz_mercenarism")
        );
        assert!(last.stats.iter().any(|(_, i)| i.starts_with("pattern:")));
    }
}

#[test]
fn the_state_keeps_ids_never_the_text() {
    let (state, _) = drive(State::default(), &whole("ru"));
    let json = serde_json::to_string(&state).unwrap_or_default();
    assert!(
        !json.contains("Минобороны") && !json.contains("Подпиши"),
        "{json}"
    );
    let offer = state
        .answers
        .offer
        .unwrap_or_else(|| panic!("offer check kept"));
    assert!(!offer.patterns.is_empty());
}

#[test]
fn why_shows_the_law_and_back_shows_the_summary() {
    let (state, _) = drive(State::default(), &whole("en"));
    let (_, outs) = drive(state.clone(), &[press("w:uz_mercenarism")]);
    let text = texts(&outs[0]);
    assert!(
        text.contains("Criminal Code of the Republic of Uzbekistan, article 154, part 1"),
        "{text}"
    );
    assert!(
        text.contains("reported by Tashkent Times, 2022-09"),
        "{text}"
    );
    assert_eq!(outs[0].replies[0].buttons[0][0].data, "w:");
    let (after, outs) = drive(state, &[press("w:")]);
    assert_eq!(after.step, Step::Result);
    assert!(texts(&outs[0]).contains("1. "));
}

#[test]
fn back_works_on_every_step() {
    let inputs = whole("en");
    // After each answer, "Back" returns to the step before.
    for n in 3..inputs.len() {
        let (state, _) = drive(State::default(), &inputs[..n]);
        let before = drive(State::default(), &inputs[..n - 1]).0.step;
        let (back, outs) = drive(state.clone(), &[press("back")]);
        if state.step == before {
            continue; // a toggle does not move
        }
        assert_eq!(back.step, before, "after {:?}", inputs[n - 1]);
        assert_eq!(back.answers, state.answers, "back keeps answers");
        assert!(!outs[0].replies.is_empty());
    }
}

#[test]
fn changing_the_language_keeps_the_answers() {
    let (state, _) = drive(State::default(), &whole("ru"));
    let (after, outs) = drive(state.clone(), &[press("m:language"), press("l:kk")]);
    assert_eq!(after.lang.as_deref(), Some("kk"));
    assert_eq!(after.answers, state.answers);
    assert_eq!(after.step, Step::Result);
    assert!(
        texts(&outs[1]).contains("Өзбекстанда"),
        "{}",
        texts(&outs[1])
    );
}

#[test]
fn free_text_is_checked_without_losing_the_place() {
    let inputs = whole("uz");
    for n in 3..inputs.len() - 1 {
        let (state, _) = drive(State::default(), &inputs[..n]);
        let (after, outs) = drive(
            state.clone(),
            &[Input::Text(
                "Ishga kerak: Mariupolda qurilish, oyiga 200 000 rubl, harbiy shartnoma".into(),
            )],
        );
        assert_eq!(after.step, state.step, "step kept");
        assert_eq!(after.answers.citizenship, state.answers.citizenship);
        assert_eq!(after.answers.situations, state.answers.situations);
        let text = texts(&outs[0]);
        assert!(text.contains("Siz yuborgan matnni tekshirdik"), "{text}");
        // The current question comes again, with its buttons.
        assert!(
            !outs[0]
                .replies
                .last()
                .map(|r| r.buttons.is_empty())
                .unwrap_or(true)
        );
    }
}

#[test]
fn stale_or_forged_buttons_change_nothing() {
    let (state, _) = drive(State::default(), &whole("en")[..5]); // at Situations
    assert_eq!(state.step, Step::Situations);
    for data in [
        "c:KZ",
        "l:kk",
        "w:uz_mercenarism",
        "s:flying",
        "zzz",
        "",
        "m:forget",
        "f:yes",
        "a:999",
        "s:",
        "c:",
    ] {
        let (after, outs) = drive(state.clone(), &[press(data)]);
        assert_eq!(after, state, "{data:?} changed the state");
        assert!(
            texts(&outs[0]).contains("That button is from an old message"),
            "{data:?}"
        );
        assert!(!outs[0].forget);
    }
    // A finding that a rules reload removed.
    let (result, _) = drive(State::default(), &whole("en"));
    let (after, outs) = drive(result.clone(), &[press("w:no_such_finding_any_more")]);
    assert_eq!(after, result);
    assert!(texts(&outs[0]).contains("That button is from an old message"));
}

#[test]
fn change_one_answer_and_return_to_the_result() {
    let (state, _) = drive(State::default(), &whole("en"));
    let (after, outs) = drive(
        state,
        &[press("m:change"), press("ch:country"), press("c:KZ")],
    );
    assert_eq!(after.step, Step::Result);
    assert_eq!(after.answers.citizenship, Some(Citizenship::KZ));
    assert!(after.answers.situations.contains(&Situation::Pressured));
    let last = &outs[2];
    assert!(
        last.stats
            .iter()
            .any(|(_, i)| i == "finding:kz_mercenarism"),
        "{:?}",
        last.stats
    );
}

#[test]
fn forget_me_asks_first_then_forgets() {
    let (state, _) = drive(State::default(), &whole("en"));
    let (kept, outs) = drive(state.clone(), &[press("m:forget"), press("f:no")]);
    assert!(!outs[1].forget);
    assert_eq!(kept.step, Step::Result);
    let (gone, outs) = drive(state, &[press("m:forget"), press("f:yes")]);
    assert!(outs[1].forget);
    assert_eq!(gone.answers, Default::default());
    assert!(texts(&outs[1]).contains("We deleted your answers"));
}

#[test]
fn deep_link_language_skips_the_language_question() {
    let (state, outs) = drive(State::default(), &[Input::Start(Some("tg".into()))]);
    assert_eq!(state.lang.as_deref(), Some("tg"));
    assert_eq!(state.step, Step::Country);
    assert!(
        texts(&outs[0]).contains("Тоҷикистон")
            || outs[0]
                .replies
                .iter()
                .flat_map(|r| r.buttons.iter().flatten())
                .any(|b| b.label.contains("Тоҷикистон"))
    );
    let (unknown, _) = drive(State::default(), &[Input::Start(Some("xx".into()))]);
    assert_eq!(unknown.step, Step::Language);
}

#[test]
fn commands_work_from_any_step() {
    let (state, _) = drive(State::default(), &whole("en")[..4]);
    let (lang, _) = drive(state.clone(), &[Input::Command(Command::Language)]);
    assert_eq!(lang.step, Step::Language);
    let (check, _) = drive(state.clone(), &[Input::Command(Command::Check)]);
    assert_eq!(check.step, Step::Offer);
    let (restart, _) = drive(state.clone(), &[Input::Command(Command::Restart)]);
    assert_eq!(restart.step, Step::Country);
    assert_eq!(restart.answers, Default::default());
    assert_eq!(restart.lang.as_deref(), Some("en"));
    let (forget, _) = drive(state, &[Input::Command(Command::Forget)]);
    assert_eq!(forget.step, Step::ConfirmForget);
}

#[test]
fn an_oversize_text_is_refused_politely() {
    let (state, _) = drive(State::default(), &whole("en")[..3]);
    let (after, outs) = drive(state.clone(), &[Input::Text("x".repeat(64 * 1024 + 1))]);
    assert_eq!(after, state);
    assert!(texts(&outs[0]).contains("too long"));
}

/// Greetings, numbers, "back", "help", a short question: a hint and the same question again,
/// never a scan report, and nothing kept as an offer.
#[test]
fn a_word_is_not_an_offer() {
    let upto_situations = &whole("ru")[..4];
    for word in [
        "salom",
        "назад",
        "99",
        "помогите",
        "что делать?",
        "Здравствуйте!",
    ] {
        let (before, _) = drive(State::default(), upto_situations);
        let (after, outs) = drive(before.clone(), &[Input::Text(word.into())]);
        let text = texts(&outs[0]);
        assert!(text.contains("похоже на слово"), "{word}: {text}");
        assert!(!text.contains("Мы проверили"), "{word}: {text}");
        assert_eq!(after.step, before.step, "{word}");
        assert!(after.answers.offer.is_none(), "{word}");
    }
    // A short text with a sign of recruitment is still checked.
    let (before, _) = drive(State::default(), upto_situations);
    let (after, outs) = drive(
        before,
        &[Input::Text("контракт, гражданство за 3 месяца".into())],
    );
    assert!(
        texts(&outs[0]).contains("Мы проверили"),
        "{}",
        texts(&outs[0])
    );
    assert!(after.answers.offer.is_some());
}

/// An offer pasted before the offer step answers it: the person is not asked for it again.
#[test]
fn a_pasted_offer_answers_the_offer_step() {
    let mut inputs = whole("en")[..4].to_vec();
    inputs.push(Input::Text(
        "Sign a contract with the Ministry of Defence: Russian citizenship in 3 months, 200000 a month"
            .into(),
    ));
    inputs.extend([press("s:offered_contract"), press("s:done"), press("a:27")]);
    let (state, outs) = drive(State::default(), &inputs);
    assert_eq!(
        state.step,
        Step::Result,
        "{}",
        texts(outs.last().unwrap_or_else(|| panic!()))
    );
    assert!(state.answers.offer.is_some());
}

#[test]
fn back_on_the_first_question_says_where_you_are() {
    let (state, _) = drive(State::default(), &[Input::Start(None), press("l:en")]);
    assert_eq!(state.step, Step::Country);
    let (after, outs) = drive(state, &[press("back"), press("back")]);
    // The first "back" returns to the language; the second has nowhere to go, and says so.
    assert_eq!(after.step, Step::Language);
    assert!(
        texts(&outs[1]).contains("This is the first question"),
        "{}",
        texts(&outs[1])
    );
}

#[test]
fn start_over_asks_first_and_forget_offers_a_fresh_start() {
    let (state, _) = drive(State::default(), &whole("en"));
    let (kept, outs) = drive(state.clone(), &[press("m:restart"), press("rs:no")]);
    assert!(
        texts(&outs[0]).contains("Start over?"),
        "{}",
        texts(&outs[0])
    );
    assert_eq!(kept.step, Step::Result);
    assert_eq!(kept.answers, state.answers, "\"No\" keeps the answers");
    let (cleared, _) = drive(state.clone(), &[press("m:restart"), press("rs:yes")]);
    assert_eq!(cleared.step, Step::Country);
    assert!(cleared.answers.citizenship.is_none());

    let (forgotten, outs) = drive(state, &[press("m:forget"), press("f:yes")]);
    assert!(outs[1].forget);
    let again = outs[1]
        .replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .find(|b| b.label == "Start again")
        .unwrap_or_else(|| panic!("no fresh start offered: {}", texts(&outs[1])));
    let (fresh, outs) = drive(forgotten, &[press(&again.data)]);
    assert_eq!(fresh.step, Step::Country, "{}", texts(&outs[0]));
    assert_eq!(fresh.lang.as_deref(), Some("en"));
}
