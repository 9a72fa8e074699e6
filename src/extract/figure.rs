//! Figure records: a number, its qualifier, and the thing it counts.

use super::{Schema, resolve_overlaps};
use crate::document::Document;
use crate::error::RuleError;
use crate::normalize::number::{parse_number, scale_value};
use crate::record::{Figure, Kind, Record, RecordData};
use crate::ruleset::{Rule, RuleSet};
use crate::split::{Sentence, sentence_at};

pub static SCHEMA: Schema = Schema {
    params: &["measure", "unit", "qualifier"],
    groups: &["qualifier", "number", "number_high", "scale", "unit"],
};

const MEASURES: &[&str] = &["count", "percent", "money", "quantity"];

pub struct FigureExtractor {
    rules: Vec<Rule>,
}

impl FigureExtractor {
    pub fn new(rules: &RuleSet) -> Result<Self, Vec<RuleError>> {
        let mut errors = Vec::new();
        for rule in rules.of_kind(Kind::Figure) {
            if let Some(measure) = rule.param_str("measure").filter(|m| !MEASURES.contains(m)) {
                errors.push(
                    RuleError::new(rules.source.display_path(&rule.file), format!("unknown measure `{measure}` (expected {})", MEASURES.join(", ")))
                        .at(rule.line, None)
                        .in_rule(&rule.id),
                );
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(FigureExtractor { rules: rules.of_kind(Kind::Figure).cloned().collect() })
    }

    pub fn extract(&self, doc: &Document, sentences: &[Sentence], out: &mut Vec<Record>) {
        let mut candidates = Vec::new();
        for (priority, rule) in self.rules.iter().enumerate() {
            for caps in rule.regex.captures_iter(&doc.text) {
                let whole = caps.get(0).unwrap();
                let Some(number) = caps.name("number") else { continue };
                let Some(mut value) = parse_number(number.as_str()) else { continue };
                if let Some(scale) = caps.name("scale").and_then(|s| scale_value(s.as_str())) {
                    value *= scale;
                }
                let qualifier = rule.param_str("qualifier").unwrap_or("exact").to_string();
                let unit = rule
                    .param_str("unit")
                    .map(str::to_string)
                    .or_else(|| caps.name("unit").map(|u| u.as_str().to_lowercase()));
                candidates.push((priority, Record {
                    sentence: sentence_at(sentences, whole.start()),
                    start: whole.start(),
                    end: whole.end(),
                    rule: rule.id.clone(),
                    data: RecordData::Figure(Figure {
                        value,
                        high: None,
                        qualifier,
                        measure: rule.param_str("measure").unwrap_or("count").to_string(),
                        unit,
                        event: None,
                        speaker: None,
                        agency: None,
                        date: None,
                    }),
                }));
            }
        }
        out.extend(resolve_overlaps(candidates));
    }
}
