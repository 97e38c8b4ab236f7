//! Facts: the person's situation, parsed and validated at the edge (JSON, form fields, TOML
//! scenarios). Unknown fields and unknown values are errors that name the field.

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantNames};

use super::date::Date;

/// The largest text ogoh accepts: an offer to scan, or a whole request body.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// The person's situation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub citizenship: Citizenship,
    #[serde(default)]
    pub russian_citizenship: RussianCitizenship,
    #[serde(default = "default_in_russia")]
    pub in_russia: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    #[serde(default)]
    pub situations: Vec<Situation>,
    /// Scanned for recruitment patterns, never stored or logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Date)]
    pub on: Option<Date>,
}

fn default_in_russia() -> bool {
    true
}

/// Home country.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Deserialize,
    Serialize,
    IntoStaticStr,
    EnumString,
    VariantNames,
    utoipa::ToSchema,
)]
pub enum Citizenship {
    UZ,
    TJ,
    KG,
    KZ,
    TM,
    #[serde(rename = "OTHER")]
    #[strum(serialize = "OTHER")]
    Other,
}

/// Whether, and how, the person holds Russian citizenship.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Deserialize,
    Serialize,
    IntoStaticStr,
    EnumString,
    VariantNames,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RussianCitizenship {
    #[default]
    None,
    Applying,
    Naturalized,
    ByBirth,
}

/// What is happening to the person (any number of these).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    IntoStaticStr,
    EnumString,
    VariantNames,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Situation {
    OfferedContract,
    JobOfferWarZone,
    Pressured,
    Detained,
    SignedContract,
    Served,
    Summons,
    ApplyingDocuments,
    RelativeRecruited,
}

/// Why facts were refused; the message names the field.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FactsError {
    #[error("the input is {0} bytes; the limit is {MAX_TEXT_BYTES} bytes (64 KB)")]
    TooLarge(usize),
    #[error("the input is not valid UTF-8 text")]
    NotUtf8,
    /// Not JSON at all (a syntax error or a cut-off document).
    #[error("{0}")]
    Malformed(String),
    /// JSON, but not valid facts: the message names the field.
    #[error("{0}")]
    Invalid(String),
}

impl Facts {
    /// Parses the Facts JSON contract.
    pub fn from_json(input: &[u8]) -> Result<Self, FactsError> {
        if input.len() > MAX_TEXT_BYTES {
            return Err(FactsError::TooLarge(input.len()));
        }
        let text = std::str::from_utf8(input).map_err(|_| FactsError::NotUtf8)?;
        let de = &mut serde_json::Deserializer::from_str(text);
        let facts: Facts = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            if inner.is_syntax() || inner.is_eof() {
                return FactsError::Malformed(format!("not valid JSON: {inner}"));
            }
            // serde_json appends "at line 1 column 7"; keep it, it helps with hand-written files.
            if path == "." {
                FactsError::Invalid(inner.to_string())
            } else {
                FactsError::Invalid(format!("field `{path}`: {inner}"))
            }
        })?;
        facts.validated()
    }

    /// Parses facts written as a TOML table (rule-file scenarios).
    pub fn from_toml(table: toml::Table) -> Result<Self, FactsError> {
        let facts: Facts =
            serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|e| {
                let path = e.path().to_string();
                FactsError::Invalid(format!("field `{path}`: {}", e.into_inner().message()))
            })?;
        facts.validated()
    }

    /// Checks what serde cannot: ranges and sizes. Sorts and dedups situations.
    pub fn validated(mut self) -> Result<Self, FactsError> {
        if let Some(age) = self.age
            && !(10..=100).contains(&age)
        {
            return Err(FactsError::Invalid(format!(
                "field `age`: {age} is not an age between 10 and 100"
            )));
        }
        if let Some(text) = &self.offer_text
            && text.len() > MAX_TEXT_BYTES
        {
            return Err(FactsError::TooLarge(text.len()));
        }
        self.situations.sort();
        self.situations.dedup();
        Ok(self)
    }

    /// Whether a situation applies.
    pub fn has(&self, situation: Situation) -> bool {
        self.situations.contains(&situation)
    }
}

impl Citizenship {
    /// The code as written in facts and rule files.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}
impl RussianCitizenship {
    /// The value as written in facts and rule files.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}
impl Situation {
    /// The value as written in facts and rule files.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_contract_example() {
        let f = Facts::from_json(
            br#"{"citizenship":"UZ","russian_citizenship":"none","in_russia":true,"age":27,
                "situations":["offered_contract"],"offer_text":"x","on":"2026-11-21"}"#,
        )
        .unwrap();
        assert_eq!(f.citizenship, Citizenship::UZ);
        assert_eq!(f.situations, vec![Situation::OfferedContract]);
        assert_eq!(f.on, Some(Date::parse("2026-11-21").unwrap()));
    }

    #[test]
    fn defaults() {
        let f = Facts::from_json(br#"{"citizenship":"OTHER"}"#).unwrap();
        assert_eq!(f.russian_citizenship, RussianCitizenship::None);
        assert!(f.in_russia);
        assert!(f.situations.is_empty());
    }

    #[test]
    fn errors_name_the_field() {
        let cases: &[(&[u8], &str)] = &[
            (br#"{"citizenship":"UZ","colour":1}"#, "colour"),
            (br#"{"citizenship":"XX"}"#, "citizenship"),
            (br#"{"citizenship":"UZ","age":"27"}"#, "age"),
            (br#"{"citizenship":"UZ","age":300}"#, "age"),
            (br#"{"citizenship":"UZ","age":5}"#, "age"),
            (
                br#"{"citizenship":"UZ","situations":["flying"]}"#,
                "situations",
            ),
            (br#"{"citizenship":"UZ","on":"21.11.2026"}"#, "on"),
            (br#"{"citizenship":"UZ","in_russia":"yes"}"#, "in_russia"),
            (br#"{}"#, "citizenship"),
        ];
        for (input, field) in cases {
            let err = Facts::from_json(input).unwrap_err().to_string();
            assert!(err.contains(field), "{err} should name {field}");
        }
    }

    #[test]
    fn refuses_oversize_and_non_utf8() {
        let big = vec![b' '; MAX_TEXT_BYTES + 1];
        assert!(matches!(
            Facts::from_json(&big),
            Err(FactsError::TooLarge(_))
        ));
        assert_eq!(Facts::from_json(b"\xff\xfe"), Err(FactsError::NotUtf8));
    }
}
