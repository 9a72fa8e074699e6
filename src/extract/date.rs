//! Date records: temporal expressions with TIMEX3 values.

use super::{Schema, resolve_overlaps};
use crate::document::Document;
use crate::error::RuleError;
use crate::normalize::timex;
use crate::record::{Date, Kind, Record, RecordData};
use crate::ruleset::{Rule, RuleSet};
use crate::split::{Sentence, sentence_at};

pub static SCHEMA: Schema = Schema {
    params: &["type"],
    groups: &["year", "month", "day", "weekday"],
};

pub struct DateExtractor {
    rules: Vec<Rule>,
}

impl DateExtractor {
    pub fn new(rules: &RuleSet) -> Result<Self, Vec<RuleError>> {
        Ok(DateExtractor { rules: rules.of_kind(Kind::Date).cloned().collect() })
    }

    pub fn extract(&self, doc: &Document, sentences: &[Sentence], out: &mut Vec<Record>) {
        let mut candidates = Vec::new();
        for (priority, rule) in self.rules.iter().enumerate() {
            for caps in rule.regex.captures_iter(&doc.text) {
                let whole = caps.get(0).unwrap();
                let (value, relative) = if let Some(weekday) = caps.name("weekday") {
                    let Some(n) = timex::weekday_number(weekday.as_str()) else { continue };
                    (timex::weekday_value(n, doc.reference_date), true)
                } else if let Some(year) = caps.name("year") {
                    (year.as_str().to_string(), false)
                } else {
                    continue;
                };
                candidates.push((priority, Record {
                    sentence: sentence_at(sentences, whole.start()),
                    start: whole.start(),
                    end: whole.end(),
                    rule: rule.id.clone(),
                    data: RecordData::Date(Date {
                        timex_type: rule.param_str("type").unwrap_or("DATE").to_string(),
                        value,
                        relative,
                    }),
                }));
            }
        }
        out.extend(resolve_overlaps(candidates));
    }
}
