//! Stage 1: inputs → a stream of documents, in order, or a reason per input.
//!
//! An input is a `.txt` file (document id = file stem), a `.jsonl` or
//! `.jsonl.gz` file of `{"id", "text", "date"?}` lines, a folder (every `.txt`,
//! `.jsonl` and `.jsonl.gz` below it, sorted by path), or `-` for JSONL on
//! stdin. JSONL is read line by line, so memory does not grow with the input.

use crate::document::{CivilDate, Document};
use crate::error::InputError;
use flate2::read::MultiGzDecoder;
use serde::Deserialize;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One step of the input stream.
#[derive(Debug)]
pub enum Loaded {
    Document(Document),
    /// An input or line that yields no document, with the reason.
    Rejected(InputError),
    /// A document was read, but something in it was ignored.
    Warning(InputError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text(PathBuf),
    Jsonl(PathBuf),
    JsonlGz(PathBuf),
    Stdin,
}

impl Input {
    fn of_file(path: &Path) -> Option<Input> {
        let name = path.file_name()?.to_str()?;
        if name.ends_with(".jsonl.gz") {
            Some(Input::JsonlGz(path.to_path_buf()))
        } else if name.ends_with(".jsonl") {
            Some(Input::Jsonl(path.to_path_buf()))
        } else if name.ends_with(".txt") {
            Some(Input::Text(path.to_path_buf()))
        } else {
            None
        }
    }

    /// Bytes on disk, for the progress bar (stdin is unknown).
    pub fn size(&self) -> Option<u64> {
        match self {
            Input::Text(p) | Input::Jsonl(p) | Input::JsonlGz(p) => fs::metadata(p).ok().map(|m| m.len()),
            Input::Stdin => None,
        }
    }
}

/// Command-line arguments expanded into inputs.
#[derive(Debug, Default)]
pub struct Resolved {
    pub inputs: Vec<Input>,
    /// Files found in folders that are not articles by their name (`notes.md`, `a.txt.gz`),
    /// kept so that the run summary can say they were not read. Hidden files are left out.
    pub ignored: Vec<PathBuf>,
}

/// Expands command-line arguments into inputs. A path that does not exist is an
/// error naming it; a file named on the command line is read as text unless it says JSONL.
pub fn resolve_inputs(args: &[PathBuf]) -> Result<Resolved, InputError> {
    let mut resolved = Resolved::default();
    for arg in args {
        if arg.as_os_str() == "-" {
            resolved.inputs.push(Input::Stdin);
        } else if arg.is_dir() {
            let mut found = Vec::new();
            walk(arg, &mut found).map_err(|e| input_error(arg, e.to_string()))?;
            found.sort();
            for path in found {
                match Input::of_file(&path) {
                    Some(input) => resolved.inputs.push(input),
                    None if !is_hidden(&path) => resolved.ignored.push(path),
                    None => {}
                }
            }
        } else if arg.is_file() {
            resolved.inputs.push(Input::of_file(arg).unwrap_or_else(|| Input::Text(arg.clone())));
        } else {
            return Err(input_error(arg, "no such file or folder".into()));
        }
    }
    Ok(resolved)
}

fn is_hidden(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn input_error(path: &Path, message: String) -> InputError {
    InputError { location: path.display().to_string(), doc: None, message }
}

/// Reads all inputs in order, yielding documents and rejections as it goes.
pub struct DocumentStream {
    inputs: std::vec::IntoIter<Input>,
    current: Option<JsonlReader>,
    reference_date: Option<CivilDate>,
}

impl DocumentStream {
    pub fn new(inputs: Vec<Input>, reference_date: Option<CivilDate>) -> Self {
        DocumentStream { inputs: inputs.into_iter(), current: None, reference_date }
    }
}

impl Iterator for DocumentStream {
    type Item = Loaded;

    fn next(&mut self) -> Option<Loaded> {
        loop {
            if let Some(reader) = &mut self.current {
                match reader.next_document(self.reference_date) {
                    Some(loaded) => return Some(loaded),
                    None => self.current = None,
                }
            }
            let input = self.inputs.next()?;
            match input {
                Input::Text(path) => return Some(read_text_file(&path, self.reference_date)),
                Input::Jsonl(path) => match File::open(&path) {
                    Ok(f) => self.current = Some(JsonlReader::new(path.display().to_string(), Box::new(f))),
                    Err(e) => return Some(Loaded::Rejected(input_error(&path, e.to_string()))),
                },
                Input::JsonlGz(path) => match File::open(&path) {
                    Ok(f) => {
                        let decoder = MultiGzDecoder::new(BufReader::new(f));
                        self.current = Some(JsonlReader::new(path.display().to_string(), Box::new(decoder)));
                    }
                    Err(e) => return Some(Loaded::Rejected(input_error(&path, e.to_string()))),
                },
                Input::Stdin => self.current = Some(JsonlReader::new("<stdin>".into(), Box::new(io::stdin()))),
            }
        }
    }
}

fn read_text_file(path: &Path, reference_date: Option<CivilDate>) -> Loaded {
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let reject = |message: String| {
        Loaded::Rejected(InputError { location: path.display().to_string(), doc: Some(id.clone()), message })
    };
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => return reject(e.to_string()),
    };
    match decode_text(bytes) {
        Ok(text) => {
            let mut doc = Document::new(id, text);
            doc.reference_date = reference_date;
            Loaded::Document(doc)
        }
        Err(message) => reject(message),
    }
}

/// Checks that bytes are article text: UTF-8, not binary, not empty. Drops a BOM.
pub fn decode_text(mut bytes: Vec<u8>) -> Result<String, String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(at) = memchr_nul(&bytes) {
        return Err(format!("binary data (NUL byte at byte {at}), not text"));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("invalid UTF-8 at byte {at}")
    })?;
    if text.trim().is_empty() {
        return Err("empty document (no text)".into());
    }
    Ok(text)
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|b| *b == 0)
}

#[derive(Deserialize)]
struct JsonDocument {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<serde_json::Value>,
    // Crawlers name the publication date their own way (news-please, newspaper3k, feeds);
    // each is read as `date` when `date` is absent. Separate fields, not serde aliases, so
    // that a line holding two of them still loads.
    published: Option<serde_json::Value>,
    published_at: Option<serde_json::Value>,
    publish_date: Option<serde_json::Value>,
    date_publish: Option<serde_json::Value>,
}

impl JsonDocument {
    /// The first publication date field present and not null, with its name.
    fn publication_date(&self) -> Option<(&'static str, &serde_json::Value)> {
        [
            ("date", &self.date),
            ("published", &self.published),
            ("published_at", &self.published_at),
            ("publish_date", &self.publish_date),
            ("date_publish", &self.date_publish),
        ]
        .into_iter()
        .find_map(|(name, value)| value.as_ref().filter(|v| !v.is_null()).map(|v| (name, v)))
    }
}

/// JSONL documents, one per line, from any byte stream.
struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line_number: usize,
    buffer: Vec<u8>,
    pending_warning: Option<InputError>,
    pending_document: Option<Document>,
}

impl JsonlReader {
    fn new(name: String, source: Box<dyn Read + Send>) -> Self {
        JsonlReader {
            name,
            reader: Box::new(BufReader::with_capacity(1 << 16, source)),
            line_number: 0,
            buffer: Vec::new(),
            pending_warning: None,
            pending_document: None,
        }
    }

    fn next_document(&mut self, reference_date: Option<CivilDate>) -> Option<Loaded> {
        if let Some(doc) = self.pending_document.take() {
            return Some(Loaded::Document(doc));
        }
        loop {
            self.buffer.clear();
            self.line_number += 1;
            let location = format!("{}:{}", self.name, self.line_number);
            match self.reader.read_until(b'\n', &mut self.buffer) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    // A broken stream (a corrupt .gz) ends this input; report where.
                    let error = InputError { location, doc: None, message: format!("read error: {e}") };
                    self.reader = Box::new(io::empty());
                    return Some(Loaded::Rejected(error));
                }
            }
            let line = trim_line_end(&self.buffer);
            let line = line.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let mut parsed: JsonDocument = match serde_json::from_slice(line) {
                Ok(p) => p,
                Err(e) => {
                    let message = if std::str::from_utf8(line).is_err() {
                        "invalid UTF-8 in JSONL line".to_string()
                    } else {
                        format!("not a JSON document object: {e}")
                    };
                    return Some(Loaded::Rejected(InputError { location, doc: None, message }));
                }
            };
            let id = match parsed.id.take() {
                Some(serde_json::Value::String(s)) if !s.is_empty() => s,
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => {
                    let message = "line lacks a string `id` field".to_string();
                    return Some(Loaded::Rejected(InputError { location, doc: None, message }));
                }
            };
            let reject = |message: &str| {
                Some(Loaded::Rejected(InputError { location: location.clone(), doc: Some(id.clone()), message: message.into() }))
            };
            let Some(text) = parsed.text.take() else { return reject("line lacks a string `text` field") };
            if text.contains('\0') {
                return reject("binary data (NUL character) in `text`");
            }
            let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
            if text.trim().is_empty() {
                return reject("empty document (no text)");
            }
            let mut doc = Document::new(id.clone(), text);
            doc.reference_date = reference_date;
            if let Some((field, value)) = parsed.publication_date() {
                match value.as_str().and_then(CivilDate::parse) {
                    Some(d) => doc.reference_date = Some(d),
                    None => {
                        self.pending_warning = Some(InputError {
                            location,
                            doc: Some(id),
                            message: format!("`{field}` {value} is not YYYY-MM-DD; relative dates use the default"),
                        });
                    }
                }
            }
            if let Some(warning) = self.pending_warning.take() {
                self.pending_document = Some(doc);
                return Some(Loaded::Warning(warning));
            }
            return Some(Loaded::Document(doc));
        }
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && matches!(line[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &line[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_jsonl(text: &str) -> Vec<Loaded> {
        let mut reader = JsonlReader::new("t.jsonl".into(), Box::new(io::Cursor::new(text.as_bytes().to_vec())));
        std::iter::from_fn(|| reader.next_document(None)).collect()
    }

    #[test]
    fn jsonl_lines_become_documents_or_named_rejections() {
        let loaded = read_jsonl(
            "{\"id\":\"a\",\"text\":\"One.\",\"date\":\"2023-02-08\"}\nnot json\n\n{\"id\":7,\"text\":\"Two.\"}\n{\"id\":\"c\"}\n",
        );
        assert_eq!(loaded.len(), 4);
        assert!(matches!(&loaded[0], Loaded::Document(d) if d.id == "a" && d.reference_date.unwrap().to_string() == "2023-02-08"));
        assert!(matches!(&loaded[1], Loaded::Rejected(e) if e.location == "t.jsonl:2" && e.message.starts_with("not a JSON")));
        assert!(matches!(&loaded[2], Loaded::Document(d) if d.id == "7"));
        assert!(matches!(&loaded[3], Loaded::Rejected(e) if e.location == "t.jsonl:5" && e.message.contains("`text`")));
    }

    #[test]
    fn a_bad_date_is_a_warning_and_the_document_still_loads() {
        let loaded = read_jsonl("{\"id\":\"a\",\"text\":\"One.\",\"date\":\"last week\"}\n");
        assert!(matches!(&loaded[0], Loaded::Warning(w) if w.message.contains("not YYYY-MM-DD")));
        assert!(matches!(&loaded[1], Loaded::Document(d) if d.reference_date.is_none()));
    }

    #[test]
    fn a_crawler_publication_date_field_is_the_reference_date_when_date_is_absent() {
        let loaded = read_jsonl(concat!(
            "{\"id\":\"a\",\"text\":\"One.\",\"date_publish\":\"2019-03-22 10:15:00\"}\n",
            "{\"id\":\"b\",\"text\":\"Two.\",\"date\":\"2020-01-02\",\"published\":\"2021-05-06\"}\n",
            "{\"id\":\"c\",\"text\":\"Three.\",\"date\":null,\"publish_date\":\"2022-07-08T09:00:00Z\"}\n",
        ));
        let dates: Vec<String> = loaded
            .iter()
            .map(|l| match l {
                Loaded::Document(d) => d.reference_date.map(|r| r.to_string()).unwrap_or_default(),
                _ => panic!("every line loads"),
            })
            .collect();
        assert_eq!(dates, ["2019-03-22", "2020-01-02", "2022-07-08"]);
    }

    #[test]
    fn a_date_that_is_not_a_string_is_a_warning_not_a_lost_document() {
        let loaded = read_jsonl("{\"id\":\"a\",\"text\":\"One.\",\"published\":1700000000}\n");
        assert!(matches!(&loaded[0], Loaded::Warning(w) if w.message.starts_with("`published` 1700000000 is not YYYY-MM-DD")));
        assert!(matches!(&loaded[1], Loaded::Document(d) if d.reference_date.is_none()));
    }

    #[test]
    fn text_must_be_utf8_non_binary_and_non_empty() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFHi.".to_vec()).unwrap(), "Hi.");
        assert!(decode_text(b"ab\xFFcd".to_vec()).unwrap_err().contains("invalid UTF-8 at byte 2"));
        assert!(decode_text(b"ab\0cd".to_vec()).unwrap_err().contains("NUL byte at byte 2"));
        assert!(decode_text(b"  \n".to_vec()).unwrap_err().contains("empty"));
    }
}
