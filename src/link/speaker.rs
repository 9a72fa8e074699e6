//! A figure's speaker: the speaker of the quote or reported clause it stands in.

use crate::document::Document;
use crate::record::{Record, RecordData};
use crate::split::Sentence;

pub fn link(_doc: &Document, _sentences: &[Sentence], records: &mut [Record]) {
    let quotes: Vec<(usize, usize, String)> = records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Quote(q) => Some((r.start, r.end, q.speaker.clone())),
            _ => None,
        })
        .collect();
    for i in super::figure_positions(records) {
        let (start, end) = (records[i].start, records[i].end);
        if let Some((_, _, speaker)) = quotes.iter().find(|(qs, qe, _)| *qs <= start && end <= *qe) {
            records[i].as_figure_mut().unwrap().speaker = Some(speaker.clone());
        }
    }
}
