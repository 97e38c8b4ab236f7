//! A calendar date as rule files and facts write it: a TOML date (`2024-01-01`) or a string.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date (no time, no zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self, String> {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map(Date)
            .map_err(|_| format!("`{s}` is not a date of the form YYYY-MM-DD"))
    }

    /// Today in UTC.
    pub fn today() -> Self {
        Date(chrono::Utc::now().date_naive())
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // TOML hands dates over as its own Datetime type; JSON as a string. Accept both, but
        // only a plain date: a time of day would be silently dropped otherwise.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let text = match Raw::deserialize(d) {
            Ok(Raw::Toml(dt)) => {
                if dt.time.is_some() || dt.offset.is_some() || dt.date.is_none() {
                    return Err(serde::de::Error::custom(format!(
                        "`{dt}` must be a plain date of the form YYYY-MM-DD"
                    )));
                }
                dt.to_string()
            }
            Ok(Raw::Text(s)) => s,
            Err(_) => {
                return Err(serde::de::Error::custom(
                    "expected a date of the form YYYY-MM-DD",
                ));
            }
        };
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}
