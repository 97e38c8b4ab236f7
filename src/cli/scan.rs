//! `ogoh scan`: a text or a photo of an offer checked for recruitment, and `ogoh scan eval`
//! on labelled messages.

use std::path::Path;

use crate::i18n;
use crate::rules;
use crate::rules::facts::MAX_TEXT_BYTES;

use super::{
    Dirs, Failure, Output, bad_input, check_lang, load, problems, read_limited, runtime, to_json,
};

pub(super) fn scan(
    dirs: &Dirs,
    out: &Output,
    file: &str,
    explain: bool,
) -> Result<String, Failure> {
    let (rs, locales) = load(dirs)?;
    let lang = check_lang(&locales, &out.lang)?;
    let input = read_limited(file, crate::ocr::MAX_BYTES)?;
    if input.len() > crate::ocr::MAX_BYTES {
        return Err(bad_input(format!(
            "{file}: over the limit of {} MB for a picture and 64 KB for a text",
            crate::ocr::MAX_BYTES / 1024 / 1024
        )));
    }
    // A photo or screenshot is recognised by its bytes and read first.
    let from_picture = crate::ocr::is_image(&input);
    let text = if from_picture {
        read_picture(&input, &lang)?
    } else {
        if input.len() > MAX_TEXT_BYTES {
            return Err(bad_input(format!(
                "{file}: the input is over the limit of {MAX_TEXT_BYTES} bytes (64 KB)"
            )));
        }
        String::from_utf8(input)
            .map_err(|_| bad_input(format!("{file}: the input is not valid UTF-8 text")))?
    };
    let result = locales.scan(&lang, &rs.scanner.scan(&text));
    let why = explain.then(|| rs.scanner.explain(&text));
    if out.json {
        #[derive(serde::Serialize)]
        struct ScanOut<'a> {
            ruleset: &'a str,
            lang: &'a str,
            read_from_picture: bool,
            #[serde(flatten)]
            scan: &'a i18n::render::Scan,
            #[serde(skip_serializing_if = "Option::is_none")]
            explain: Option<rules::scam::Explanation>,
        }
        return Ok(to_json(&ScanOut {
            ruleset: &rs.version,
            lang: &lang,
            read_from_picture: from_picture,
            scan: &result,
            explain: why,
        }));
    }
    let mut text_out = locales.scan_text(&lang, &result);
    if from_picture {
        text_out = format!(
            "{}\n\n{text_out}",
            locales.label(&lang, "dialogue-picture-read")
        );
    }
    if let Some(why) = why {
        text_out.push_str(&explanation_text(&why));
    }
    Ok(text_out)
}

/// `--explain` as text: one line per concept found, then the classifier's part.
fn explanation_text(why: &rules::scam::Explanation) -> String {
    let mut out = String::from("\n\nconcepts found:\n");
    if why.concepts.is_empty() {
        out.push_str("  (none)\n");
    }
    for (concept, words) in &why.concepts {
        out.push_str(&format!("  {concept:<24} {words}\n"));
    }
    if let Some(score) = why.score {
        out.push_str(&format!("classifier score: {score:.3}\n"));
    }
    out.push_str(&format!(
        "classifier's `unless` holds: {}\n",
        if why.unless { "yes" } else { "no" }
    ));
    out
}

/// The text in a picture, read with Tesseract; a picture that cannot be read is bad input.
pub(super) fn read_picture(image: &[u8], lang: &str) -> Result<String, Failure> {
    let ocr = crate::ocr::Ocr::detect();
    let text = runtime()?
        .block_on(ocr.read(image, lang))
        .map_err(|e| bad_input(format!("the picture: {e}")))?;
    if !crate::ocr::enough_read(&text) {
        return Err(bad_input(
            "the picture: could not read enough text in it; try a closer, straight photo in good light, or the text itself".to_string(),
        ));
    }
    Ok(text)
}

pub(super) fn scan_eval(
    rules_dir: &Path,
    json: bool,
    (min_recall, max_false_alarms): (Option<f64>, Option<f64>),
    model: rules::corpus::Model,
    file: &Path,
) -> Result<String, Failure> {
    for (flag, v) in [
        ("--min-recall", min_recall),
        ("--max-false-alarms", max_false_alarms),
    ] {
        if v.is_some_and(|v| !(0.0..=1.0).contains(&v)) {
            return Err(bad_input(format!("{flag} must be between 0 and 1")));
        }
    }
    let rs = rules::load(rules_dir).map_err(|d| problems(&d))?;
    let (messages, errors) = rules::corpus::read(file).map_err(bad_input)?;
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        return Err(bad_input(format!(
            "{}\n{} bad line{}; nothing was measured\n",
            list.join("\n"),
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        )));
    }
    if messages.is_empty() {
        return Err(bad_input(format!("{}: no messages", file.display())));
    }
    if let rules::corpus::Model::Thresholds(k) = model {
        return Ok(rules::corpus::threshold_table(&rs.scanner, &messages, k));
    }
    let report = rules::corpus::evaluate(&rs.scanner, &messages, model);
    let out = if json {
        to_json(&report)
    } else {
        report.text()
    };
    let mut below = Vec::new();
    if let Some(min) = min_recall
        && report.total.recall() < min
    {
        below.push(format!(
            "recall {:.3} is below --min-recall {min}",
            report.total.recall()
        ));
    }
    if let Some(max) = max_false_alarms
        && report.total.false_alarm_rate() > max
    {
        below.push(format!(
            "false alarms {:.3} are above --max-false-alarms {max}",
            report.total.false_alarm_rate()
        ));
    }
    if below.is_empty() {
        Ok(out)
    } else {
        Err(Failure {
            code: 1,
            message: format!("{out}\n{}\n", below.join("\n")),
        })
    }
}
