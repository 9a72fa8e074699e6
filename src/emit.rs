//! Stage 5: records → JSONL lines, in the spec's field order. The one place
//! where byte offsets become character offsets.

use crate::document::{CharIndex, Document};
use crate::record::{Kind, Record, RecordData};
use crate::split::Sentence;
use serde::Serialize;

#[derive(Serialize)]
struct Line<'a> {
    doc: &'a str,
    kind: Kind,
    sentence: usize,
    start: usize,
    end: usize,
    text: &'a str,
    rule: &'a str,
    #[serde(flatten)]
    data: &'a RecordData,
}

#[derive(Serialize)]
struct SentenceLine<'a> {
    doc: &'a str,
    sentence: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

/// Appends one JSON line per record (already in output order) to `out`.
pub fn write_records(doc: &Document, records: &[Record], out: &mut Vec<u8>) {
    let index = CharIndex::new(&doc.text);
    for record in records {
        let line = Line {
            doc: &doc.id,
            kind: record.kind(),
            sentence: record.sentence,
            start: index.char_offset(record.start),
            end: index.char_offset(record.end),
            text: &doc.text[record.start..record.end],
            rule: &record.rule,
            data: &record.data,
        };
        serde_json::to_writer(&mut *out, &line).expect("records serialize");
        out.push(b'\n');
    }
}

/// Appends one JSON line per sentence to `out`.
pub fn write_sentences(doc: &Document, sentences: &[Sentence], out: &mut Vec<u8>) {
    let index = CharIndex::new(&doc.text);
    for s in sentences {
        let line = SentenceLine {
            doc: &doc.id,
            sentence: s.index,
            start: index.char_offset(s.start),
            end: index.char_offset(s.end),
            text: &doc.text[s.start..s.end],
        };
        serde_json::to_writer(&mut *out, &line).expect("sentences serialize");
        out.push(b'\n');
    }
}
