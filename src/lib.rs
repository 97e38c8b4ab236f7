//! ogoh: legal-risk advice for Central Asian labour migrants in Russia.
//!
//! # A tour
//!
//! Data flows one way, from the bottom of this list to the top:
//!
//! - [`rules`]: the engine. Rule files are loaded and checked ([`rules::load()`]); facts about a
//!   person are evaluated into findings, advice and contacts ([`rules::evaluate`]); offer texts
//!   are checked for recruitment ([`rules::scam`]). Pure: no network, no database, no prose.
//! - [`i18n`]: Fluent texts in six languages; turns an evaluation into the answer a person
//!   reads, in one shape for every channel.
//! - [`engine`]: the rules and texts in use, loaded together and swapped whole by [`reload`].
//! - [`dialogue`]: the conversation, the same on every channel: a pure step from state and
//!   input to a new state and replies, and a turn that loads and saves it in the [`store`].
//! - [`store`]: conversations (under HMAC keys, never raw chat ids), statistics and audit, on
//!   SQLite or PostgreSQL behind one trait.
//! - [`ocr`]: photos of offers read with Tesseract, for every channel.
//! - The channels: [`telegram`] (the bot), [`web`] (the no-JavaScript pages, the JSON API, the
//!   staff pages) and [`cli`] (`ogoh assess`, `ogoh scan`, `ogoh rules ...`).
//! - [`server`]: starts the whole service on a listener; [`settings`] says how;
//!   [`telemetry`] counts.
//!
//! # Which error type where
//!
//! - Problems in rule or locale files are [`rules::Diagnostic`]s, each with `file:line:col`,
//!   all collected before giving up: staff fix them in one go.
//! - Bad input from outside is a typed error of the module that reads it, with a message fit to
//!   show: [`rules::facts::FactsError`], [`ocr::OcrError`], [`settings::SettingsError`].
//! - The store fails with [`store::StoreError`]; callers log it and ask the person to try
//!   again, never showing its text.
//! - HTTP handlers return [`web::error::ApiError`], rendered as RFC 9457 problem details.
//! - Start-up fails with [`server::LaunchError`]; the CLI turns every error into a message and
//!   an exit code (1 bad input or failure, 2 configuration).
//! - Errors are `thiserror` enums; nothing here uses `anyhow`, and nothing panics on input from
//!   outside.
#![forbid(unsafe_code)]

pub mod cli;
pub mod content_hash;
pub mod dialogue;
pub mod engine;
pub mod i18n;
pub mod ocr;
pub mod reload;
pub mod rules;
pub mod server;
pub mod settings;
pub mod store;
pub mod telegram;
pub mod telemetry;
pub mod web;
