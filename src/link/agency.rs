//! A figure's agency: the agency its sentence attributes it to.

use crate::document::Document;
use crate::record::{Record, RecordData};
use crate::split::Sentence;

pub fn link(_doc: &Document, _sentences: &[Sentence], records: &mut [Record]) {
    for i in super::figure_positions(records) {
        let sentence = records[i].sentence;
        let agency = records.iter().find_map(|r| match &r.data {
            RecordData::Agency(a) if r.sentence == sentence => Some(a.name.clone()),
            _ => None,
        });
        records[i].as_figure_mut().unwrap().agency = agency;
    }
}
