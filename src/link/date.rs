//! A figure's date: the TIMEX3 value of the date expression in its clause.

use crate::document::Document;
use crate::record::{Record, RecordData};
use crate::split::Sentence;

pub fn link(_doc: &Document, _sentences: &[Sentence], records: &mut [Record]) {
    for i in super::figure_positions(records) {
        let sentence = records[i].sentence;
        let date = records.iter().find_map(|r| match &r.data {
            RecordData::Date(d) if r.sentence == sentence && d.timex_type == "DATE" => Some(d.value.clone()),
            _ => None,
        });
        records[i].as_figure_mut().unwrap().date = date;
    }
}
