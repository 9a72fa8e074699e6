//! Quote records: who said what, direct or reported.

use super::{Schema, resolve_overlaps};
use crate::document::Document;
use crate::error::RuleError;
use crate::record::{Kind, Quote, Record, RecordData};
use crate::ruleset::{Rule, RuleSet};
use crate::split::{Sentence, sentence_at};

pub static SCHEMA: Schema = Schema { params: &["direct", "cue"], groups: &["content", "speaker", "cue"] };

pub struct QuoteExtractor {
    rules: Vec<Rule>,
}

impl QuoteExtractor {
    pub fn new(rules: &RuleSet) -> Result<Self, Vec<RuleError>> {
        Ok(QuoteExtractor { rules: rules.of_kind(Kind::Quote).cloned().collect() })
    }

    pub fn extract(&self, doc: &Document, sentences: &[Sentence], out: &mut Vec<Record>) {
        let mut candidates = Vec::new();
        for (priority, rule) in self.rules.iter().enumerate() {
            for caps in rule.regex.captures_iter(&doc.text) {
                let (Some(content), Some(speaker)) = (caps.name("content"), caps.name("speaker")) else { continue };
                let cue = rule
                    .param_str("cue")
                    .map(str::to_string)
                    .or_else(|| caps.name("cue").map(|c| lemma_of_cue(c.as_str())))
                    .unwrap_or_else(|| "say".to_string());
                candidates.push((priority, Record {
                    sentence: sentence_at(sentences, content.start()),
                    start: content.start(),
                    end: content.end(),
                    rule: rule.id.clone(),
                    data: RecordData::Quote(Quote {
                        speaker: speaker.as_str().to_string(),
                        role: None,
                        cue,
                        direct: rule.params.get("direct").and_then(|v| v.as_bool()).unwrap_or(true),
                    }),
                }));
            }
        }
        out.extend(resolve_overlaps(candidates));
    }
}

fn lemma_of_cue(cue: &str) -> String {
    match cue.to_lowercase().as_str() {
        "said" | "says" => "say".into(),
        "told" | "tells" => "tell".into(),
        other => other.trim_end_matches('s').to_string(),
    }
}
