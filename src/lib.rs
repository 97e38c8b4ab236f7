//! ogoh: legal-risk advice for Central Asian labour migrants in Russia.
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
