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

/// Writes `,"name":`.
#[inline]
fn key(out: &mut Vec<u8>, name: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

#[inline]
fn field<T: Serialize + ?Sized>(out: &mut Vec<u8>, name: &str, v: &T) {
    key(out, name);
    value(out, v);
}

/// A number field the way `record::optional_number` writes it (`500`, not `500.0`).
fn number_field(out: &mut Vec<u8>, name: &str, v: Option<f64>) {
    key(out, name);
    crate::record::optional_number(&v, &mut serde_json::Serializer::new(&mut *out)).expect("numbers serialize");
}

fn write_data(out: &mut Vec<u8>, data: &RecordData) {
    match data {
        RecordData::Figure(f) => {
            number_field(out, "value", Some(f.value));
            number_field(out, "high", f.high);
            field(out, "qualifier", &f.qualifier);
            field(out, "measure", &f.measure);
            field(out, "unit", &f.unit);
            field(out, "event", &f.event);
            field(out, "speaker", &f.speaker);
            field(out, "agency", &f.agency);
            field(out, "date", &f.date);
        }
        RecordData::Date(d) => {
            field(out, "type", &d.timex_type);
            field(out, "value", &d.value);
            field(out, "relative", &d.relative);
        }
        RecordData::Agency(a) => {
            field(out, "name", &a.name);
            field(out, "abbr", &a.abbr);
            field(out, "type", &a.agency_type);
        }
        RecordData::Quote(q) => {
            field(out, "speaker", &q.speaker);
            field(out, "role", &q.role);
            field(out, "cue", &q.cue);
            field(out, "direct", &q.direct);
        }
    }
}

/// `{"doc":…`, the record kind if any, and the fields records and sentence lines share:
/// sentence, character start and end, text.
fn open_line(out: &mut Vec<u8>, doc: &Document, index: &CharIndex, kind: Option<&str>, sentence: usize, start: usize, end: usize) {
    out.extend_from_slice(b"{\"doc\":");
    value(out, &doc.id);
    if let Some(kind) = kind {
        // A kind name is a plain identifier: no escaping to do.
        key(out, "kind");
        out.push(b'"');
        out.extend_from_slice(kind.as_bytes());
        out.push(b'"');
    }
    field(out, "sentence", &sentence);
    field(out, "start", &index.char_offset(start));
    field(out, "end", &index.char_offset(end));
    field(out, "text", &doc.text[start..end]);
}

/// Appends one JSON line per record (already in output order) to `out`.
pub fn write_records(doc: &Document, records: &[Record], out: &mut Vec<u8>) {
    let index = CharIndex::new(&doc.text);
    for record in records {
        open_line(out, doc, &index, Some(record.kind().as_str()), record.sentence, record.start, record.end);
        field(out, "rule", &record.rule);
        write_data(out, &record.data);
        out.extend_from_slice(b"}\n");
    }
}

/// Appends one JSON line per sentence to `out`.
pub fn write_sentences(doc: &Document, sentences: &[Sentence], out: &mut Vec<u8>) {
    let index = CharIndex::new(&doc.text);
    for s in sentences {
        open_line(out, doc, &index, None, s.index, s.start, s.end);
        out.extend_from_slice(b"}\n");
    }
}
