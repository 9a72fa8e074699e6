//! Stage 4, the per-document barrier: every figure gets its speaker, agency
//! and date from the other records of its document. Needs the whole document,
//! so it runs after all extractors.

use crate::document::Document;
use crate::record::{Record, RecordData};
use crate::ruleset::RuleSet;
use crate::error::RuleError;
use crate::split::Sentence;

pub struct Linker {}

impl Linker {
    pub fn new(_rules: &RuleSet) -> Result<Linker, Vec<RuleError>> {
        Ok(Linker {})
    }

    pub fn link(&self, _doc: &Document, _sentences: &[Sentence], records: &mut [Record]) {
        let context: Vec<Record> = records.iter().filter(|r| !matches!(r.data, RecordData::Figure(_))).cloned().collect();
        for record in records.iter_mut() {
            let (start, end, sentence) = (record.start, record.end, record.sentence);
            let Some(figure) = record.as_figure_mut() else { continue };
            for other in &context {
                match &other.data {
                    RecordData::Quote(q) if other.start <= start && end <= other.end => {
                        figure.speaker.get_or_insert_with(|| q.speaker.clone());
                    }
                    RecordData::Agency(a) if other.sentence == sentence => {
                        figure.agency.get_or_insert_with(|| a.name.clone());
                    }
                    RecordData::Date(d) if other.sentence == sentence => {
                        figure.date.get_or_insert_with(|| d.value.clone());
                    }
                    _ => {}
                }
            }
        }
    }
}
