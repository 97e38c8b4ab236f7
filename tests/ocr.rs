//! Photos of offers, read with the real Tesseract: images the tests make themselves (text
//! rendered by ImageMagick, turned, blurred and saved as JPEG, as a phone photo would be), in
//! Russian, Uzbek, Tajik, Kyrgyz and Kazakh, and an ordinary job ad; then every kind of bad
//! picture. Through the command line here; the bot and the web page in their own tests.

mod common;

use std::process::Command;

use common::images::{JOB_AD, LEAFLETS, photo_of};
use common::{ogoh, stderr, stdout};

fn scan_file(bytes: &[u8], args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("picture");
    std::fs::write(&path, bytes).expect("write");
    let path = path.to_string_lossy().to_string();
    let mut all = vec!["scan"];
    all.extend_from_slice(args);
    all.push(&path);
    ogoh(&all, None)
}

#[test]
fn leaflets_in_five_languages_are_read_and_flagged() {
    for (lang, text) in LEAFLETS {
        let out = scan_file(&photo_of(text), &["--json", "--lang", "en"]);
        assert!(out.status.success(), "{lang}: {}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(json["read_from_picture"], true, "{lang}: {json}");
        assert_ne!(json["risk"], "none", "{lang}: {json}");
    }
}

#[test]
fn an_ordinary_job_ad_in_a_photo_is_not_flagged() {
    let out = scan_file(&photo_of(JOB_AD), &["--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(json["risk"], "none", "{json}");
}

/// A PNG header claiming `w`×`h` pixels, with no pixels after it.
fn png_header(w: u32, h: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    png.extend_from_slice(&w.to_be_bytes());
    png.extend_from_slice(&h.to_be_bytes());
    png.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    png
}

#[test]
fn bad_pictures_get_a_clear_message() {
    let photo = photo_of(JOB_AD);
    let one_pixel = Command::new("convert")
        .args(["-size", "1x1", "xc:white", "png:-"])
        .output()
        .expect("convert")
        .stdout;
    for (what, bytes, expected) in [
        (
            "a truncated JPEG",
            photo[..photo.len() / 3].to_vec(),
            "could not be decoded",
        ),
        ("1×1 pixel", one_pixel, "too small"),
        (
            "20,000×20,000 pixels",
            png_header(20_000, 20_000),
            "too many pixels",
        ),
    ] {
        let out = scan_file(&bytes, &[]);
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stdout(&out));
        assert!(stderr(&out).contains(expected), "{what}: {}", stderr(&out));
    }
    // Not an image, and not text either.
    let out = scan_file(&[0u8, 159, 146, 150, 0, 1, 2], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
}
