//! A figure's event: the lemma of the event it counts, found in its clause.

use crate::document::Document;
use crate::error::RuleError;
use crate::record::Record;
use crate::ruleset::RuleSet;
use crate::split::Sentence;

pub struct EventLinker {}

impl EventLinker {
    pub fn new(_rules: &RuleSet) -> Result<EventLinker, Vec<RuleError>> {
        Ok(EventLinker {})
    }

    pub fn link(&self, _doc: &Document, _sentences: &[Sentence], _records: &mut [Record]) {}
}
