//! The command line (DESIGN.md "CLI"): parsing with clap, and one function per command.
//! Exit codes: 0 ok, 1 check or test failures, 2 bad usage or bad input.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::i18n::Locales;
use crate::rules::facts::MAX_TEXT_BYTES;
use crate::rules::{self, Date, Diagnostic, Facts, RuleSet};
use crate::server::LaunchError;

mod chat;
mod rule_files;
mod scan;

use chat::chat;
use rule_files::{check, diff, test};
use scan::{scan, scan_eval};

#[derive(Parser, Debug)]
#[command(
    name = "ogoh",
    version,
    about = "Legal-risk advice for Central Asian labour migrants in Russia"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Facts JSON in, Assessment out.
    Assess {
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        out: Output,
        /// Evaluate the law as on this date (YYYY-MM-DD); default today, or `on` in the facts.
        #[arg(long, value_parser = parse_date)]
        on: Option<Date>,
        /// A facts JSON file, or - for standard input.
        #[arg(default_value = "-")]
        file: String,
    },
    /// Text (UTF-8) or a photo of it (JPEG, PNG, WebP...) in, recruitment-pattern scan out; `scan eval` measures it on labelled texts.
    #[command(args_conflicts_with_subcommands = true)]
    Scan {
        #[command(subcommand)]
        command: Option<ScanCommand>,
        #[command(flatten)]
        dirs: Dirs,
        #[command(flatten)]
        out: Output,
        /// A text file, or - for standard input.
        #[arg(default_value = "-")]
        file: String,
        /// Also say why, for staff editing the rules: the concepts found with their words, the
        /// classifier's score, and whether its `unless` condition holds.
        #[arg(long)]
        explain: bool,
    },
    /// Run the web page and JSON API on OGOH_BIND (default 127.0.0.1:8080).
    Serve {
        #[command(flatten)]
        dirs: Dirs,
    },
    /// The bot's conversation in a terminal: type a button's number, or any text.
    Chat {
        #[command(flatten)]
        dirs: Dirs,
        /// Language to start in (otherwise the conversation asks).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Apply database migrations (they also run at start-up).
    Migrate,
    /// Check or test the rule files.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum ScanCommand {
    /// Recall and false alarms on labelled messages (JSON Lines: {"id","text","label","lang"}),
    /// per language and pattern, with the ids of misses and false alarms (never the texts).
    Eval {
        /// The rules directory.
        #[arg(long, env = "OGOH_RULES_DIR", default_value = "rules")]
        rules: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Exit 1 if recall (0 to 1) is below this.
        #[arg(long)]
        min_recall: Option<f64>,
        /// Exit 1 if the share of ordinary texts flagged (0 to 1) is above this.
        #[arg(long)]
        max_false_alarms: Option<f64>,
        /// Patterns only, without the classifier.
        #[arg(long, conflicts_with = "folds")]
        no_model: bool,
        /// Cross-validate the classifier in K folds (for messages it also learns from).
        #[arg(long)]
        folds: Option<usize>,
        /// Instead of the report: the classifier alone, cross-validated (K from --folds, else
        /// 5), at a range of min_score values, for choosing it.
        #[arg(long, conflicts_with = "no_model")]
        thresholds: bool,
        /// Leave one file out: each file's messages are scanned by a classifier trained
        /// without that file, as a new writer's texts (for the rules' own messages).
        #[arg(long, conflicts_with_all = ["no_model", "folds", "thresholds"])]
        by_file: bool,
        /// A .jsonl file, or a directory of them.
        file: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// Load and validate rules/ and locales/; report every problem with file:line:col.
    Check {
        #[command(flatten)]
        dirs: Dirs,
    },
    /// Run the scenarios in rules/tests/ and every pattern example.
    Test {
        /// The rules directory.
        #[arg(long, env = "OGOH_RULES_DIR", default_value = "rules")]
        rules: PathBuf,
    },
    /// What changed between two rules directories, in plain language, for review.
    Diff {
        /// The rules as they are now.
        old: PathBuf,
        /// The rules as they would be.
        new: PathBuf,
    },
}

#[derive(Args, Debug)]
pub struct Dirs {
    /// The rules directory.
    #[arg(long, env = "OGOH_RULES_DIR", default_value = "rules")]
    pub rules: PathBuf,
    /// The locales directory.
    #[arg(long, env = "OGOH_LOCALES_DIR", default_value = "locales")]
    pub locales: PathBuf,
}

#[derive(Args, Debug)]
pub struct Output {
    /// Language of the answer.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
}

/// A command's failure: what to print and the exit code.
struct Failure {
    code: u8,
    message: String,
}

/// A bot that cannot start is a configuration problem (exit 2); anything else is exit 1.
impl From<LaunchError> for Failure {
    fn from(e: LaunchError) -> Failure {
        Failure {
            code: if matches!(e, LaunchError::Bot(_)) {
                2
            } else {
                1
            },
            message: e.to_string(),
        }
    }
}

fn bad_input(message: impl Into<String>) -> Failure {
    Failure {
        code: 2,
        message: message.into(),
    }
}

fn problems(diags: &[Diagnostic]) -> Failure {
    let mut message: String = diags
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    message.push_str(&format!(
        "\n{} problem{} found\n",
        diags.len(),
        if diags.len() == 1 { "" } else { "s" }
    ));
    Failure { code: 1, message }
}

/// Parses the command line and runs the command.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Assess {
            dirs,
            out,
            on,
            file,
        } => assess(&dirs, &out, on, &file),
        Command::Scan {
            command:
                Some(ScanCommand::Eval {
                    rules,
                    json,
                    min_recall,
                    max_false_alarms,
                    no_model,
                    folds,
                    thresholds,
                    by_file,
                    file,
                }),
            ..
        } => {
            let model = match (no_model, folds, thresholds) {
                _ if by_file => rules::corpus::Model::ByFile,
                (true, _, _) => rules::corpus::Model::Off,
                (false, k, true) => rules::corpus::Model::Thresholds(k.unwrap_or(5)),
                (false, Some(k), false) => rules::corpus::Model::Folds(k),
                (false, None, false) => rules::corpus::Model::Trained,
            };
            scan_eval(&rules, json, (min_recall, max_false_alarms), model, &file)
        }
        Command::Scan {
            command: None,
            dirs,
            out,
            file,
            explain,
        } => scan(&dirs, &out, &file, explain),
        Command::Serve { dirs } => serve(&dirs),
        Command::Chat { dirs, lang } => chat(&dirs, lang.as_deref()),
        Command::Migrate => migrate(),
        Command::Rules {
            command: RulesCommand::Check { dirs },
        } => check(&dirs),
        Command::Rules {
            command: RulesCommand::Test { rules },
        } => test(&rules),
        Command::Rules {
            command: RulesCommand::Diff { old, new },
        } => diff(&old, &new),
    };
    match result {
        Ok(text) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(f) => {
            let _ = std::io::stderr().write_all(f.message.as_bytes());
            if !f.message.ends_with('\n') {
                let _ = std::io::stderr().write_all(b"\n");
            }
            ExitCode::from(f.code)
        }
    }
}

fn load(dirs: &Dirs) -> Result<(RuleSet, Locales), Failure> {
    crate::engine::Engine::load(&dirs.rules, &dirs.locales)
        .map(|e| (e.rules, e.locales))
        .map_err(|d| problems(&d))
}

/// The locale for `--lang`, written loosely or exactly.
fn check_lang(locales: &Locales, lang: &str) -> Result<String, Failure> {
    locales.supported(lang).ok_or_else(|| {
        let known: Vec<&str> = locales.languages().collect();
        bad_input(format!(
            "unknown language `{lang}`; choose one of: {}",
            known.join(", ")
        ))
    })
}

/// Reads a file or standard input, refusing more than 64 KB.
fn read_input(file: &str) -> Result<Vec<u8>, Failure> {
    let buf = read_limited(file, MAX_TEXT_BYTES)?;
    if buf.len() > MAX_TEXT_BYTES {
        return Err(bad_input(format!(
            "{file}: the input is over the limit of {MAX_TEXT_BYTES} bytes (64 KB)"
        )));
    }
    Ok(buf)
}

/// Up to `max` bytes and one more (so that a caller can tell the input was longer).
fn read_limited(file: &str, max: usize) -> Result<Vec<u8>, Failure> {
    let mut buf = Vec::new();
    let limit = max as u64 + 1;
    let result = if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut buf)
    } else {
        std::fs::File::open(Path::new(file)).and_then(|f| f.take(limit).read_to_end(&mut buf))
    };
    result.map_err(|e| bad_input(format!("cannot read {file}: {e}")))?;
    Ok(buf)
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    // Serializing our own plain structs cannot fail; fall back to an empty object regardless.
    serde_json::to_string_pretty(v).unwrap_or_else(|_| "{}".into()) + "\n"
}

fn assess(dirs: &Dirs, out: &Output, on: Option<Date>, file: &str) -> Result<String, Failure> {
    let (rs, locales) = load(dirs)?;
    let lang = check_lang(&locales, &out.lang)?;
    let input = read_input(file)?;
    let facts = Facts::from_json(&input).map_err(|e| bad_input(format!("{file}: {e}")))?;
    // --on overrides the date in the facts.
    let facts = Facts {
        on: on.or(facts.on),
        ..facts
    };
    let ev = rules::evaluate(&rs, &facts, Date::today());
    let a = locales.assessment(&lang, &ev);
    Ok(if out.json {
        to_json(&a)
    } else {
        locales.assessment_text(&a)
    })
}

/// Logs to stderr: `RUST_LOG` (default: warnings), as JSON lines with `OGOH_LOG_FORMAT=json`.
/// Logs never carry message texts, chat ids or addresses.
pub fn init_logging() {
    let mut filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    // Whatever RUST_LOG says: teloxide logs an update it cannot parse with its whole JSON
    // (message texts, names), and the HTTP client's URLs hold the bot token. Our own logs
    // say what failed without either.
    // axum::serve logs each accepted connection with the peer's address at trace.
    for directive in [
        "teloxide=off",
        "teloxide_core=off",
        "reqwest=warn",
        "axum::serve=off",
    ] {
        if let Ok(d) = directive.parse() {
            filter = filter.add_directive(d);
        }
    }
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if std::env::var("OGOH_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().try_init()
    } else {
        builder
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .try_init()
    };
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure {
            code: 1,
            message: format!("cannot start the async runtime: {e}"),
        })
}

fn settings() -> Result<crate::settings::Settings, Failure> {
    crate::settings::Settings::from_env().map_err(|e| bad_input(e.to_string()))
}

fn migrate() -> Result<String, Failure> {
    init_logging();
    let settings = settings()?;
    runtime()?.block_on(async {
        crate::server::open_store(&settings).await?;
        Ok(format!(
            "migrations applied: {}\n",
            crate::store::redact_url(&settings.database_url)
        ))
    })
}

fn serve(dirs: &Dirs) -> Result<String, Failure> {
    init_logging();
    let (rs, locales) = load(dirs)?;
    let settings = settings()?;
    tracing::info!(settings = ?settings, "starting");
    // Every core for the server (the other commands run on one thread).
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure {
            code: 1,
            message: format!("cannot start the async runtime: {e}"),
        })?;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(&settings.bind)
            .await
            .map_err(|e| LaunchError::Listen(settings.bind.clone(), e))?;
        let dirs = crate::server::Dirs {
            rules: dirs.rules.clone(),
            locales: dirs.locales.clone(),
        };
        let engine = crate::engine::Engine::new(rs, locales);
        crate::server::launch(&settings, engine, dirs, listener, shutdown_signal()).await?;
        Ok("ogoh: stopped\n".to_string())
    })
}

/// SIGTERM (docker stop, systemd) or Ctrl-C: stop accepting, finish what is in flight.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}
