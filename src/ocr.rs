//! Reading the words in a photo or screenshot of an offer (a leaflet, a poster, a chat
//! screenshot): image bytes in, text out, then the same scan as a pasted text. Every channel
//! comes through here.
//!
//! Tesseract runs as a program, fed the image on stdin and read on stdout: no temporary file
//! ever holds the picture, a crash or a hang in it cannot take the server down (the process is
//! killed at the deadline), and Debian's packages are used as they are. The C API through a
//! crate would save a process start (a few ms against ~1 s of reading) but puts a C library
//! that parses untrusted images inside the server's own process.
//!
//! Before anything is decoded, the image's header is read (`imagesize`) for its type and
//! size: not an image, too many pixels (a decompression bomb) or too few are refused
//! without running Tesseract. At most one reading per core runs at once; beyond that the
//! person is told to try again in a minute, so photos never hold up text messages.

use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Semaphore;

/// The largest image accepted on the web and the API, and downloaded from Telegram.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most pixels accepted (a 12-megapixel phone photo is 4000×3000).
pub const MAX_PIXELS: u64 = 40_000_000;
/// The smallest width and height worth reading.
pub const MIN_SIDE: u64 = 32;
/// How long one reading may take.
pub const TIMEOUT: Duration = Duration::from_secs(8);
/// Fewer letters than this read from a picture means it could not be read.
pub const MIN_LETTERS: usize = 12;

/// Why a picture was not read. Each has its own message for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OcrError {
    #[error("photos cannot be read here: Tesseract or its language data is not installed")]
    Unavailable,
    #[error("every reader is busy")]
    Busy,
    #[error("the image is larger than {} MB", MAX_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("not an image this service reads (JPEG, PNG, WebP, GIF, BMP or TIFF)")]
    NotAnImage,
    #[error("the image has too many pixels ({0}×{1})")]
    TooManyPixels(u64, u64),
    #[error("the image is too small to read ({0}×{1})")]
    TooSmall(u64, u64),
    #[error("the image could not be decoded or read")]
    Unreadable,
    #[error("reading the image took too long")]
    Timeout,
}

impl OcrError {
    /// The message id (`locales/*/dialogue.ftl`) that tells the person what to do instead.
    pub fn message(self) -> &'static str {
        match self {
            OcrError::Unavailable => "dialogue-picture-unavailable",
            OcrError::Busy => "dialogue-picture-busy",
            OcrError::TooLarge | OcrError::TooManyPixels(..) => "dialogue-picture-too-big",
            OcrError::NotAnImage => "dialogue-picture-not-image",
            OcrError::TooSmall(..) => "dialogue-picture-too-small",
            OcrError::Unreadable | OcrError::Timeout => "dialogue-picture-unreadable",
        }
    }

    /// A stable code for logs, metrics and the API.
    pub fn code(self) -> &'static str {
        match self {
            OcrError::Unavailable => "unavailable",
            OcrError::Busy => "busy",
            OcrError::TooLarge => "too_large",
            OcrError::NotAnImage => "not_an_image",
            OcrError::TooManyPixels(..) => "too_many_pixels",
            OcrError::TooSmall(..) => "too_small",
            OcrError::Unreadable => "unreadable",
            OcrError::Timeout => "timeout",
        }
    }
}

/// The reader: which of Tesseract's languages are installed, and the slots.
#[derive(Clone)]
pub struct Ocr {
    program: String,
    /// Installed Tesseract languages (`rus`, `uzb`, `uzb_cyrl`, ...); empty if none or no
    /// Tesseract.
    installed: Arc<Vec<String>>,
    slots: Arc<Semaphore>,
    /// Whether Tesseract runs under `nice` (found at start-up), so that a busy bot's text
    /// updates get the CPU before photos: reading takes a core for a second or more.
    nice: bool,
}

/// Tesseract's niceness: its CPU share falls to about a tenth while text updates need the
/// cores, yet it still finishes within the timeout on a busy machine (BENCHMARKS.md).
const NICENESS: &str = "10";

/// Tesseract's languages for ogoh's locales.
const ALL_LANGS: [&str; 7] = ["rus", "uzb", "uzb_cyrl", "tgk", "kir", "kaz", "eng"];

/// Tesseract's language for a locale.
fn tesseract_lang(locale: &str) -> &'static str {
    match locale {
        "uz" => "uzb",
        "uz-Cyrl" => "uzb_cyrl",
        "tg" => "tgk",
        "ky" => "kir",
        "kk" => "kaz",
        "en" => "eng",
        _ => "rus",
    }
}

impl Ocr {
    /// Finds Tesseract (`OGOH_TESSERACT`, default `tesseract` on the PATH) and its languages.
    /// Never fails: a missing program or language is logged and photos get a polite refusal.
    pub fn detect() -> Ocr {
        let program = std::env::var("OGOH_TESSERACT").unwrap_or_else(|_| "tesseract".into());
        let installed = match std::process::Command::new(&program)
            .arg("--list-langs")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
        {
            Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
                .lines()
                .skip(1) // "List of available languages in ... :"
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        };
        let nice = std::process::Command::new("nice")
            .args(["-n", NICENESS, "true"])
            .stdin(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        let ocr = Ocr {
            nice,
            ..Ocr::with(program, installed)
        };
        match ocr.missing() {
            None => tracing::info!("photos are read with Tesseract"),
            Some(what) => tracing::warn!("photos cannot be read: {what}"),
        }
        ocr
    }

    fn with(program: String, installed: Vec<String>) -> Ocr {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Ocr {
            program,
            installed: Arc::new(installed),
            slots: Arc::new(Semaphore::new(cores)),
            nice: false,
        }
    }

    /// What is missing for reading photos in every language, if anything (for the log and
    /// `/readyz`).
    pub fn missing(&self) -> Option<String> {
        if self.installed.is_empty() {
            return Some(format!(
                "`{}` not found or it has no language data (Debian: apt-get install tesseract-ocr tesseract-ocr-rus ...)",
                self.program
            ));
        }
        let missing: Vec<&str> = ALL_LANGS
            .into_iter()
            .filter(|l| !self.installed.iter().any(|i| i == l))
            .collect();
        (!missing.is_empty()).then(|| {
            format!(
                "Tesseract language data missing: {} (Debian: tesseract-ocr-<lang>)",
                missing.join(", ")
            )
        })
    }

    /// Whether photos can be read at all (Russian is there).
    pub fn available(&self) -> bool {
        self.installed.iter().any(|l| l == "rus")
    }

    /// The languages to read with: all seven that are installed, the person's first (Tesseract
    /// lays the page out with the first). All, because a picture's language is not the
    /// person's: Uzbek workers get Russian leaflets, Kyrgyz ones Uzbek bus ads. Seven take
    /// about 0.45 s more than two on a phone photo, within the budget (BENCHMARKS.md).
    fn langs(&self, locale: &str) -> String {
        let mut langs = vec![tesseract_lang(locale)];
        for l in ALL_LANGS {
            if !langs.contains(&l) {
                langs.push(l);
            }
        }
        langs.retain(|l| self.installed.iter().any(|i| i == l));
        langs.join("+")
    }

    /// Reads the text in an image. The bytes are checked first; nothing is written to disk.
    pub async fn read(&self, image: &[u8], locale: &str) -> Result<String, OcrError> {
        check(image)?;
        if !self.available() {
            return Err(OcrError::Unavailable);
        }
        let Ok(_slot) = self.slots.clone().try_acquire_owned() else {
            metrics::counter!("ocr_busy_total").increment(1);
            return Err(OcrError::Busy);
        };
        let started = std::time::Instant::now();
        let result = tokio::time::timeout(TIMEOUT, self.run(image, &self.langs(locale))).await;
        metrics::histogram!("ocr_seconds").record(started.elapsed().as_secs_f64());
        match result {
            Ok(read) => read,
            Err(_) => Err(OcrError::Timeout),
        }
    }

    async fn run(&self, image: &[u8], langs: &str) -> Result<String, OcrError> {
        let mut command = if self.nice {
            // `nice` execs Tesseract: the child, and what `kill_on_drop` kills, is Tesseract.
            let mut nice = tokio::process::Command::new("nice");
            nice.args(["-n", NICENESS]).arg(&self.program);
            nice
        } else {
            tokio::process::Command::new(&self.program)
        };
        let mut child = command
            .args(["stdin", "stdout", "-l", langs, "--psm", "3"])
            // One thread each: the slots already give each reading a core.
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            // Dropped at the deadline: the process is killed, not left running.
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| {
                tracing::warn!(error = %e, "cannot start Tesseract");
                OcrError::Unavailable
            })?;
        let mut stdin = child.stdin.take().ok_or(OcrError::Unreadable)?;
        let mut stdout = child.stdout.take().ok_or(OcrError::Unreadable)?;
        // Written and read at once: a large image must not fill the pipe while its output
        // waits unread.
        let write = async {
            // Tesseract may stop reading early on a broken image; that is its answer, below.
            let _ = stdin.write_all(image).await;
            drop(stdin);
        };
        let mut text = Vec::new();
        let read = stdout.read_to_end(&mut text);
        let ((), read) = tokio::join!(write, read);
        read.map_err(|_| OcrError::Unreadable)?;
        let status = child.wait().await.map_err(|_| OcrError::Unreadable)?;
        if !status.success() {
            return Err(OcrError::Unreadable);
        }
        Ok(String::from_utf8_lossy(&text).into_owned())
    }
}

/// Whether these bytes are an image of a kind Tesseract reads.
pub fn is_image(bytes: &[u8]) -> bool {
    matches!(
        imagesize::image_type(bytes),
        Ok(imagesize::ImageType::Jpeg
            | imagesize::ImageType::Png
            | imagesize::ImageType::Webp
            | imagesize::ImageType::Gif
            | imagesize::ImageType::Bmp
            | imagesize::ImageType::Tiff)
    )
}

/// The checks made before any decoding: size in bytes, kind, and pixels from the header.
pub fn check(image: &[u8]) -> Result<(), OcrError> {
    if image.len() > MAX_BYTES {
        return Err(OcrError::TooLarge);
    }
    if !is_image(image) {
        return Err(OcrError::NotAnImage);
    }
    let size = imagesize::blob_size(image).map_err(|_| OcrError::Unreadable)?;
    let (w, h) = (size.width as u64, size.height as u64);
    if w.saturating_mul(h) > MAX_PIXELS {
        return Err(OcrError::TooManyPixels(w, h));
    }
    if w < MIN_SIDE || h < MIN_SIDE {
        return Err(OcrError::TooSmall(w, h));
    }
    Ok(())
}

/// Whether the text read from a picture has enough letters to be worth checking.
pub fn enough_read(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG header claiming `w`×`h` pixels.
    fn png(w: u32, h: u32) -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
        png.extend_from_slice(&w.to_be_bytes());
        png.extend_from_slice(&h.to_be_bytes());
        png.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
        png
    }

    #[test]
    fn headers_are_checked_before_anything_is_decoded() {
        assert_eq!(check(&png(640, 480)), Ok(()));
        assert_eq!(
            check(&png(20_000, 20_000)),
            Err(OcrError::TooManyPixels(20_000, 20_000))
        );
        assert_eq!(check(&png(1, 1)), Err(OcrError::TooSmall(1, 1)));
        assert_eq!(check(b"just some text"), Err(OcrError::NotAnImage));
        assert_eq!(check(&vec![0u8; MAX_BYTES + 1]), Err(OcrError::TooLarge));
    }

    #[tokio::test]
    async fn beyond_the_slots_the_answer_is_busy_at_once() {
        let ocr = Ocr {
            program: "tesseract".into(),
            installed: Arc::new(vec!["rus".into()]),
            slots: Arc::new(Semaphore::new(0)),
            nice: false,
        };
        assert_eq!(ocr.read(&png(640, 480), "ru").await, Err(OcrError::Busy));
    }

    #[test]
    fn tesseract_runs_under_nice_where_nice_exists() {
        // Every Linux and macOS has `nice`; without it text updates compete with photos.
        assert!(Ocr::detect().nice);
    }

    #[test]
    fn the_persons_language_comes_first_then_the_other_installed_ones() {
        let ocr = Ocr::with(
            "tesseract".into(),
            vec!["eng".into(), "kaz".into(), "rus".into()],
        );
        assert_eq!(ocr.langs("kk"), "kaz+rus+eng");
        assert_eq!(ocr.langs("uz"), "rus+kaz+eng");
        assert!(Ocr::with("x".into(), Vec::new()).missing().is_some());
    }
}
