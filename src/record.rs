//! The records the pipeline produces (see `spec/records.md` in the shared
//! folder). Offsets here are byte ranges into the document text; `emit`
//! turns them into character offsets.

use serde::{Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// Record kinds, in the spec's tie-break order for records at the same start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Figure,
    Date,
    Agency,
    Quote,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Figure, Kind::Date, Kind::Agency, Kind::Quote];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Date => "date",
            Kind::Agency => "agency",
            Kind::Quote => "quote",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown kind `{s}` (expected figure, date, agency or quote)"))
    }
}

/// One extracted record, before character offsets and the document id are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub sentence: usize,
    /// Byte range into the document text.
    pub start: usize,
    pub end: usize,
    pub rule: String,
    pub data: RecordData,
}

impl Record {
    pub fn kind(&self) -> Kind {
        match self.data {
            RecordData::Figure(_) => Kind::Figure,
            RecordData::Date(_) => Kind::Date,
            RecordData::Agency(_) => Kind::Agency,
            RecordData::Quote(_) => Kind::Quote,
        }
    }

    /// The spec's output order: start, kind, then end and rule so ties are total.
    pub fn output_order(&self, other: &Record) -> Ordering {
        (self.start, self.kind(), self.end, &self.rule).cmp(&(other.start, other.kind(), other.end, &other.rule))
    }

    pub fn as_figure(&self) -> Option<&Figure> {
        match &self.data {
            RecordData::Figure(f) => Some(f),
            _ => None,
        }
    }

    pub fn as_figure_mut(&mut self) -> Option<&mut Figure> {
        match &mut self.data {
            RecordData::Figure(f) => Some(f),
            _ => None,
        }
    }
}

/// The kind-specific fields, serialized flat after the common ones.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum RecordData {
    Figure(Figure),
    Date(Date),
    Agency(Agency),
    Quote(Quote),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    #[serde(serialize_with = "number")]
    pub value: f64,
    #[serde(serialize_with = "optional_number")]
    pub high: Option<f64>,
    pub qualifier: String,
    pub measure: String,
    pub unit: Option<String>,
    pub event: Option<String>,
    pub speaker: Option<String>,
    pub agency: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Date {
    #[serde(rename = "type")]
    pub timex_type: String,
    pub value: String,
    pub relative: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agency {
    pub name: String,
    pub abbr: Option<String>,
    #[serde(rename = "type")]
    pub agency_type: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub speaker: String,
    pub role: Option<String>,
    pub cue: String,
    pub direct: bool,
    /// Byte range of the speaker phrase in the text, for `link::speaker`; not written.
    #[serde(skip)]
    pub speaker_span: Option<(usize, usize)>,
    /// Byte range of the attribution (speaker, cue and their adjuncts); not written.
    #[serde(skip)]
    pub attribution: Option<(usize, usize)>,
}

/// Writes whole numbers without a fraction (`500`, not `500.0`), as the spec asks.
fn number<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

pub(crate) fn optional_number<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => number(v, serializer),
        None => serializer.serialize_none(),
    }
}
