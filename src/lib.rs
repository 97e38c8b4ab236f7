//! ogoh: legal-risk advice for Central Asian labour migrants in Russia.
#![forbid(unsafe_code)]

pub mod cli;
pub mod i18n;
pub mod rules;
