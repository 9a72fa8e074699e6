//! Stage 5: records → JSONL lines, in the spec's field order. The one place
//! where byte offsets become character offsets.
//!
//! The keys are fixed, so they are written as literal bytes, and strings,
//! integers, booleans and `null` are written here byte for byte as serde_json
//! writes them; serde_json still writes the fractional numbers. This skips
//! serde's struct/flatten machinery and its writer calls, which cost more than
//! the escaping itself.

use crate::document::{CharIndex, Document};
use crate::record::{Record, RecordData};
use crate::split::Sentence;

/// A value this module writes itself, the way serde_json writes it.
trait Json {
    fn write(&self, out: &mut Vec<u8>);
}

impl Json for str {
    /// serde_json's escaping: `"`, `\` and control characters; everything else as is.
    fn write(&self, out: &mut Vec<u8>) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let bytes = self.as_bytes();
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        let mut run = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time while none needs escaping.
            if let Some(chunk) = bytes[i..].first_chunk::<8>()
                && !needs_escape(u64::from_le_bytes(*chunk))
            {
                i += 8;
                continue;
            }
            let b = bytes[i];
            i += 1;
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            out.extend_from_slice(&bytes[run..i - 1]);
            run = i;
            match b {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0C => out.extend_from_slice(b"\\f"),
                _ => out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xF) as usize]]),
            }
        }
        out.extend_from_slice(&bytes[run..]);
        out.push(b'"');
    }
}

/// Whether any of eight bytes is a control character, `"` or `\\` (exact, per the
/// usual zero-byte test: `x - 0x01…` borrows into a byte's high bit only below it).
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    (below(word, 0x20) | below(word ^ (ONES * b'"' as u64), 1) | below(word ^ (ONES * b'\\' as u64), 1)) != 0
}

impl Json for String {
    fn write(&self, out: &mut Vec<u8>) {
        self.as_str().write(out);
    }
}

impl Json for usize {
    fn write(&self, out: &mut Vec<u8>) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = *self;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        out.extend_from_slice(&digits[at..]);
    }
}

impl Json for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.write(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

/// Writes one JSON value.
#[inline]
fn value<T: Json + ?Sized>(out: &mut Vec<u8>, v: &T) {
    v.write(out);
}

/// Writes `,"name":`.
#[inline]
fn key(out: &mut Vec<u8>, name: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

#[inline]
fn field<T: Json + ?Sized>(out: &mut Vec<u8>, name: &str, v: &T) {
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

/// Bytes of a line besides its document id and text: keys, numbers, a record's fields.
const LINE_OVERHEAD: usize = 192;

/// Appends one JSON line per record (already in output order) to `out`.
pub fn write_records(doc: &Document, records: &[Record], out: &mut Vec<u8>) {
    let index = CharIndex::new(&doc.text);
    // Room for every line at once, not a copy of the lines so far at each doubling.
    let texts: usize = records.iter().map(|r| r.end - r.start).sum();
    out.reserve(texts + records.len() * (LINE_OVERHEAD + doc.id.len()));
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
    out.reserve(doc.text.len() + sentences.len() * (LINE_OVERHEAD + doc.id.len()));
    for s in sentences {
        open_line(out, doc, &index, None, s.index, s.start, s.end);
        out.extend_from_slice(b"}\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written<T: Json + ?Sized>(v: &T) -> String {
        let mut out = Vec::new();
        v.write(&mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn values_are_written_as_serde_json_writes_them() {
        let every_ascii: String = (0..128u8).map(char::from).collect();
        for text in [every_ascii.as_str(), "", "plain text, long enough for whole words", "Brané “500” — 🎉\\\"\u{7f}\u{2028}", "\n\t\r\u{8}\u{c}\u{1f}x"] {
            for cut in 0..text.len() {
                if let Some(s) = text.get(cut..) {
                    assert_eq!(written(s), serde_json::to_string(s).unwrap());
                }
            }
        }
        for n in [0usize, 7, 10, 99, 100, 123_456_789, usize::MAX] {
            assert_eq!(written(&n), serde_json::to_string(&n).unwrap());
        }
        assert_eq!((written(&Some(true)), written(&None::<String>), written(&false)), ("true".into(), "null".into(), "false".into()));
    }
}
