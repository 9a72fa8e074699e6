//! Wires the stages: load → split → extract → link → emit.
//!
//! Documents are pulled from the input stream in ordered chunks; each chunk is
//! processed in parallel (rayon keeps the order of indexed iterators) and
//! written before the next is read, so output is byte-for-byte the same for any
//! thread count and memory is bounded by the chunk, not the corpus.

use crate::document::Document;
use crate::emit;
use crate::error::{InputError, RuleError};
use crate::extract::Extractors;
use crate::link::Linker;
use crate::load::Loaded;
use crate::record::Record;
use crate::report::Report;
use crate::ruleset::RuleSet;
use crate::split::{Sentence, Splitter};
use rayon::prelude::*;
use std::io::{self, Write};

/// Everything compiled from a rules folder, shared read-only by all workers.
pub struct Engine {
    pub rules: RuleSet,
    pub splitter: Splitter,
    pub extractors: Extractors,
    pub linker: Linker,
}

/// One document after all stages, before it is written.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    /// In output order (start, kind, end, rule).
    pub records: Vec<Record>,
}

impl Engine {
    pub fn new(rules: RuleSet) -> Result<Engine, Vec<RuleError>> {
        let mut errors = Vec::new();
        let splitter = Splitter::new(&rules).map_err(|e| errors.push(e)).ok();
        let extractors = Extractors::new(&rules).map_err(|e| errors.extend(e)).ok();
        let linker = Linker::new(&rules).map_err(|e| errors.extend(e)).ok();
        match (splitter, extractors, linker) {
            (Some(splitter), Some(extractors), Some(linker)) if errors.is_empty() => {
                Ok(Engine { rules, splitter, extractors, linker })
            }
            _ => Err(errors),
        }
    }

    /// The bundled rules, compiled.
    pub fn bundled() -> Result<Engine, Vec<RuleError>> {
        Engine::new(RuleSet::bundled()?)
    }

    pub fn analyze(&self, doc: &Document) -> Analysis {
        let sentences = self.splitter.split(&doc.text);
        let mut records = self.extractors.extract(doc, &sentences);
        self.linker.link(doc, &sentences, &mut records);
        records.sort_by(|a, b| a.output_order(b));
        Analysis { sentences, records }
    }
}

/// What a run writes for each document, with what it needs loaded for that.
#[derive(Clone, Copy)]
pub enum Work<'e> {
    /// Records of the selected kinds.
    Extract { engine: &'e Engine, kinds: [bool; 4] },
    /// One row per sentence: the splitter alone, so no rule is compiled for it.
    Split(&'e Splitter),
}

impl<'e> Work<'e> {
    pub fn all_kinds(engine: &'e Engine) -> Work<'e> {
        Work::Extract { engine, kinds: [true; 4] }
    }
}

/// Output and counts for one document, made on a worker thread.
struct Rendered {
    bytes: Vec<u8>,
    records_by_kind: [usize; 4],
    sentences: usize,
    text_bytes: usize,
}

fn render(work: Work, doc: &Document) -> Rendered {
    let mut bytes = Vec::new();
    let mut records_by_kind = [0; 4];
    let analysis = match work {
        Work::Split(splitter) => Analysis { sentences: splitter.split(&doc.text), records: Vec::new() },
        Work::Extract { engine, .. } => engine.analyze(doc),
    };
    match work {
        Work::Split(_) => emit::write_sentences(doc, &analysis.sentences, &mut bytes),
        Work::Extract { kinds, .. } => {
            let selected: Vec<Record> =
                analysis.records.into_iter().filter(|r| kinds[r.kind() as usize]).collect();
            for r in &selected {
                records_by_kind[r.kind() as usize] += 1;
            }
            emit::write_records(doc, &selected, &mut bytes);
        }
    }
    Rendered { bytes, records_by_kind, sentences: analysis.sentences.len(), text_bytes: doc.text.len() }
}

/// `render`, with a panic in any stage caught: a bug that one document hits costs that
/// document, which the summary reports, not the rest of the run.
fn render_caught(work: Work, doc: &Document) -> Result<Rendered, String> {
    caught(|| render(work, doc))
}

/// Runs `f`, turning a panic into its message.
fn caught<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a stage panicked".to_string())
    })
}

/// Chunk limits: a chunk closes at whichever is reached first.
pub const CHUNK_DOCUMENTS: usize = 512;
pub const CHUNK_BYTES: usize = 16 << 20;

/// One chunk as read: its documents, and the rejections and warnings met on the way,
/// in stream order, to report when the chunk's turn comes.
#[derive(Default)]
struct Chunk {
    documents: Vec<Document>,
    notes: Vec<Loaded>,
}

fn read_chunk(stream: &mut impl Iterator<Item = Loaded>) -> Chunk {
    let mut chunk = Chunk::default();
    let mut chunk_bytes = 0;
    while chunk.documents.len() < CHUNK_DOCUMENTS && chunk_bytes < CHUNK_BYTES {
        match stream.next() {
            Some(Loaded::Document(doc)) => {
                chunk_bytes += doc.text.len();
                chunk.documents.push(doc);
            }
            Some(note) => chunk.notes.push(note),
            None => break,
        }
    }
    chunk
}

/// Runs `work` over the stream with `pool`'s threads, writing to `out`.
/// Returns `Ok(false)` when the reader of `out` went away (broken pipe).
///
/// The next chunk is read (and its JSON parsed) while the workers process this one,
/// so reading is not a serial step between chunks; report events keep stream order.
pub fn run(
    work: Work,
    pool: &rayon::ThreadPool,
    stream: impl Iterator<Item = Loaded> + Send,
    out: &mut dyn Write,
    report: &mut Report,
) -> io::Result<bool> {
    let mut stream = stream;
    let mut chunk = read_chunk(&mut stream);
    loop {
        for note in chunk.notes.drain(..) {
            match note {
                Loaded::Rejected(error) => report.rejected(error),
                Loaded::Warning(warning) => report.warning(warning),
                Loaded::Document(_) => unreachable!("documents are kept apart"),
            }
        }
        if chunk.documents.is_empty() {
            return Ok(true);
        }
        let documents = &chunk.documents;
        let (rendered, next): (Vec<Result<Rendered, String>>, Chunk) = pool.install(|| {
            rayon::join(|| documents.par_iter().map(|doc| render_caught(work, doc)).collect(), || read_chunk(&mut stream))
        });
        for (doc, r) in chunk.documents.iter().zip(&rendered) {
            let r = match r {
                Ok(r) => r,
                Err(message) => {
                    let message = format!("internal error, document skipped (please report it): {message}");
                    report.rejected(InputError { location: doc.id.clone(), doc: None, message });
                    continue;
                }
            };
            if let Err(e) = out.write_all(&r.bytes) {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    return Ok(false);
                }
                return Err(e);
            }
            report.processed(&doc.id, r.text_bytes, r.sentences, r.records_by_kind);
        }
        chunk = next;
    }
}

/// Runs one document through every stage; what tests and `explain` call.
pub fn analyze_text(engine: &Engine, id: &str, text: &str) -> (Document, Analysis) {
    let doc = Document::new(id, text);
    let analysis = engine.analyze(&doc);
    (doc, analysis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message() {
        assert_eq!(caught(|| 7), Ok(7));
        assert_eq!(caught(|| -> u8 { panic!("static message") }), Err("static message".to_string()));
        let index = 9;
        assert_eq!(caught(|| -> u8 { panic!("index {index}") }), Err("index 9".to_string()));
    }
}
