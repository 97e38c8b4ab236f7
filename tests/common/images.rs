//! Photos the tests make themselves: text drawn by ImageMagick, turned, blurred and saved as
//! JPEG, as a phone photo of a leaflet would be.

use std::process::Command;

/// Leaflets written for these tests (not from real people).
pub const LEAFLETS: [(&str, &str); 5] = [
    (
        "ru",
        "ВОЕННАЯ СЛУЖБА ПО КОНТРАКТУ. Единовременная выплата 2 000 000 рублей. Гражданство РФ за 3 месяца.",
    ),
    (
        "uz",
        "Harbiy xizmatga kontrakt! Bir martalik to'lov 2 000 000 rubl. Rossiya fuqaroligi 3 oyda.",
    ),
    (
        "tg",
        "Хизмати ҳарбӣ бо шартнома! Пардохти якдафъаина 2 000 000 рубл. Шаҳрвандии Русия дар 3 моҳ.",
    ),
    (
        "ky",
        "Келишим боюнча аскердик кызмат! Бир жолку төлөм 2 000 000 рубль. Орусиянын жарандыгы 3 айда.",
    ),
    (
        "kk",
        "Келісімшарт бойынша әскери қызмет! Біржолғы төлем 2 000 000 рубль. Ресей азаматтығы 3 айда.",
    ),
];

pub const JOB_AD: &str =
    "Требуются грузчики на склад в Подольске. Зарплата 80 000 рублей, график 5/2, общежитие.";

/// A 1280×960 JPEG of `text`, turned 3 degrees and blurred.
pub fn photo_of(text: &str) -> Vec<u8> {
    let out = Command::new("convert")
        .args([
            "-background",
            "white",
            "-fill",
            "black",
            "-font",
            "DejaVu-Sans",
            "-pointsize",
            "48",
            "-size",
            "1100x",
        ])
        .arg(format!("caption:{text}"))
        .args([
            "-gravity", "center", "-extent", "1280x960", "-rotate", "3", "-blur", "0x1",
            "-gravity", "center", "-extent", "1280x960", "-quality", "75", "jpg:-",
        ])
        .output()
        .expect("ImageMagick's convert (scripts/test.sh installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A 1280×960 JPEG with nothing on it.
pub fn blank_photo() -> Vec<u8> {
    let out = Command::new("convert")
        .args(["-size", "1280x960", "xc:white", "-quality", "75", "jpg:-"])
        .output()
        .expect("ImageMagick's convert");
    assert!(out.status.success());
    out.stdout
}
