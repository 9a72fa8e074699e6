//! Stage 4, the per-document barrier: each figure gets its unit and event,
//! speaker, agency and date from its sentence and the other records of its
//! document. Needs the whole document, so it runs after every extractor.
//!
//! One sub-module per linked field; each reads the records it needs and
//! writes only its own fields.

pub mod agency;
pub mod date;
pub mod event;
pub mod speaker;

use crate::document::Document;
use crate::error::RuleError;
use crate::record::{Record, RecordData};
use crate::ruleset::RuleSet;
use crate::split::Sentence;

pub struct Linker {
    events: event::EventLinker,
    speakers: speaker::SpeakerLinker,
    agencies: agency::AgencyLinker,
    dates: date::DateLinker,
}

impl Linker {
    pub fn new(rules: &RuleSet) -> Result<Linker, Vec<RuleError>> {
        Ok(Linker {
            events: event::EventLinker::new(rules)?,
            speakers: speaker::SpeakerLinker::new(rules)?,
            agencies: agency::AgencyLinker::new(rules)?,
            dates: date::DateLinker::new(rules)?,
        })
    }

    pub fn link(&self, doc: &Document, sentences: &[Sentence], records: &mut [Record]) {
        self.events.link(doc, sentences, records);
        self.speakers.link(doc, sentences, records);
        self.agencies.link(doc, sentences, records);
        self.dates.link(doc, sentences, records);
    }
}

/// Indices of the figures among `records`.
pub(crate) fn figure_positions(records: &[Record]) -> Vec<usize> {
    records.iter().enumerate().filter(|(_, r)| r.as_figure().is_some()).map(|(i, _)| i).collect()
}

/// Attributions that follow their content or open with `according to`, as
/// (sentence, start, end), in record order within a sentence, sentences in order.
/// A figure inside one counts the sources (`…, two people familiar with the talks
/// said`), not what they report.
pub(crate) fn source_attributions(records: &[Record]) -> Vec<(usize, usize, usize)> {
    let mut attributions: Vec<(usize, usize, usize)> = records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Quote(q) if q.cue == "according_to" || q.attribution.is_some_and(|(a, _)| a >= r.end) => {
                q.attribution.map(|(a, b)| (r.sentence, a, b))
            }
            _ => None,
        })
        .collect();
    // Stable, so the first to hold a span within its sentence stays the first.
    attributions.sort_by_key(|&(sentence, _, _)| sentence);
    attributions
}

/// The first attribution among `attributions` (from `source_attributions`) that holds
/// `start..end` in `sentence`; only that sentence's are looked at.
pub(crate) fn attribution_around(attributions: &[(usize, usize, usize)], sentence: usize, start: usize, end: usize) -> Option<(usize, usize)> {
    let first = attributions.partition_point(|a| a.0 < sentence);
    attributions[first..].iter().take_while(|a| a.0 == sentence).find(|&&(_, a, b)| a <= start && end <= b).map(|&(_, a, b)| (a, b))
}
