//! Stage 5: records → JSONL lines, in the spec's field order. The one place
//! where byte offsets become character offsets.
//!
//! The keys are fixed, so they are written as literal bytes; serde_json still
//! writes every value (string escaping, numbers, `null`). This skips serde's
//! struct/flatten machinery, which cost more than the escaping itself.

use crate::document::{CharIndex, Document};
use crate::record::{Record, RecordData};
use crate::split::Sentence;
use serde::Serialize;

/// Writes one JSON value.
fn value<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) {
    serde_json::to_writer(&mut *out, v).expect("values serialize");
}

/// Whole numbers without a fraction (`500`, not `500.0`), as the spec asks;
/// the same rule as `record::number`.
fn number(out: &mut Vec<u8>, v: f64) {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        value(out, &(v as i64));
    } else {
        value(out, &v);
    }
}

fn write_data(out: &mut Vec<u8>, data: &RecordData) {
    match data {
        RecordData::Figure(f) => {
            out.extend_from_slice(b",\"value\":");
            number(out, f.value);
            out.extend_from_slice(b",\"high\":");
            match f.high {
                Some(h) => number(out, h),
                None => out.extend_from_slice(b"null"),
            }
            out.extend_from_slice(b",\"qualifier\":");
            value(out, &f.qualifier);
            out.extend_from_slice(b",\"measure\":");
            value(out, &f.measure);
            out.extend_from_slice(b",\"unit\":");
            value(out, &f.unit);
            out.extend_from_slice(b",\"event\":");
            value(out, &f.event);
            out.extend_from_slice(b",\"speaker\":");
            value(out, &f.speaker);
            out.extend_from_slice(b",\"agency\":");
            value(out, &f.agency);
            out.extend_from_slice(b",\"date\":");
            value(out, &f.date);
        }
        RecordData::Date(d) => {
            out.extend_from_slice(b",\"type\":");
            value(out, &d.timex_type);
            out.extend_from_slice(b",\"value\":");
            value(out, &d.value);
            out.extend_from_slice(b",\"relative\":");
            value(out, &d.relative);
        }
        RecordData::Agency(a) => {
            out.extend_from_slice(b",\"name\":");
            value(out, &a.name);
            out.extend_from_slice(b",\"abbr\":");
            value(out, &a.abbr);
            out.extend_from_slice(b",\"type\":");
            value(out, &a.agency_type);
        }
        RecordData::Quote(q) => {
            out.extend_from_slice(b",\"speaker\":");
            value(out, &q.speaker);
            out.extend_from_slice(b",\"role\":");
            value(out, &q.role);
            out.extend_from_slice(b",\"cue\":");
            value(out, &q.cue);
            out.extend_from_slice(b",\"direct\":");
            value(out, &q.direct);
        }
    }
}

/// Appends one JSON line per record (already in output order) to `out`.
pub fn write_records(doc: &Document, records: &[Record], out: &mut Vec<u8>) {
    let index = CharIndex::new(&doc.text);
    for record in records {
        out.extend_from_slice(b"{\"doc\":");
        value(out, &doc.id);
        out.extend_from_slice(b",\"kind\":\"");
        out.extend_from_slice(record.kind().as_str().as_bytes());
        out.extend_from_slice(b"\",\"sentence\":");
        value(out, &record.sentence);
        out.extend_from_slice(b",\"start\":");
        value(out, &index.char_offset(record.start));
        out.extend_from_slice(b",\"end\":");
        value(out, &index.char_offset(record.end));
        out.extend_from_slice(b",\"text\":");
        value(out, &doc.text[record.start..record.end]);
        out.extend_from_slice(b",\"rule\":");
        value(out, &record.rule);
        write_data(out, &record.data);
        out.extend_from_slice(b"}\n");
    }
}

/// Appends one JSON line per sentence to `out`.
pub fn write_sentences(doc: &Document, sentences: &[Sentence], out: &mut Vec<u8>) {
    let index = CharIndex::new(&doc.text);
    for s in sentences {
        out.extend_from_slice(b"{\"doc\":");
        value(out, &doc.id);
        out.extend_from_slice(b",\"sentence\":");
        value(out, &s.index);
        out.extend_from_slice(b",\"start\":");
        value(out, &index.char_offset(s.start));
        out.extend_from_slice(b",\"end\":");
        value(out, &index.char_offset(s.end));
        out.extend_from_slice(b",\"text\":");
        value(out, &doc.text[s.start..s.end]);
        out.extend_from_slice(b"}\n");
    }
}
