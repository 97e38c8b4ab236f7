//! Diagnostics for rule and locale files: every problem with `file:line:col`, the line, a caret
//! and, where it helps, a "did you mean".

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in a rule or locale file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
    /// The offending line of the file, for the caret display.
    pub source_line: String,
    pub hint: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.col,
            self.message
        )?;
        if !self.source_line.is_empty() {
            let gutter = self.line.to_string();
            writeln!(f, "{gutter} | {}", self.source_line)?;
            let pad: String = self
                .source_line
                .chars()
                .take(self.col.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{} | {pad}^", " ".repeat(gutter.len()))?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = help: {hint}")?;
        }
        Ok(())
    }
}

/// A file's text, to turn byte offsets into lines and columns.
pub struct SourceText<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    /// Byte offset where each line starts (see `line_starts`).
    pub lines: &'a [usize],
}

/// Where each line of `text` starts.
pub fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

impl SourceText<'_> {
    /// A diagnostic at byte `offset` of the file.
    pub fn at(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.lines.partition_point(|&start| start <= offset).max(1);
        let line_start = self.lines.get(line - 1).copied().unwrap_or(0);
        let col = self.text[line_start..offset].chars().count() + 1;
        let source_line = self.text[line_start..]
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        Diagnostic {
            file: self.path.to_path_buf(),
            line,
            col,
            message: message.into(),
            source_line,
            hint: None,
        }
    }
}

/// The file as a whole (line 1, col 1), for problems that have no better place.
pub fn whole_file(path: &Path, message: impl Into<String>) -> Diagnostic {
    Diagnostic {
        file: path.to_path_buf(),
        line: 1,
        col: 1,
        message: message.into(),
        source_line: String::new(),
        hint: None,
    }
}

impl Diagnostic {
    /// Adds a hint.
    pub fn with_hint(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// "did you mean `x`?" for the closest candidate, if any is close enough.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}
