//! Time per stage on one thread: split, each kind's extraction, linking and writing,
//! each timed alone over the same documents, so a change to one stage shows as its own
//! number. `cargo bench --bench stages` reads the news texts in `/work/shared/external`
//! (or `$FIGURES_BENCH_SOURCES`, `:`-separated JSONL files with a `text` field),
//! repeats them in memory to `$FIGURES_BENCH_MB` (default 10) MB, and runs the stages
//! twice: the first round builds lazy-DFA states for text not seen before, the second
//! shows the warm rate. It also prints a digest of the output, which a change that
//! means to leave output alone must leave alone. Times are the thread's CPU time, so a
//! second job on the machine slows the run but moves the numbers less.

mod common;

use figures::{Document, Engine, Record};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Instant;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const STAGES: [&str; 7] = ["split", "figure", "date", "agency", "quote", "link", "emit"];

fn main() {
    let megabytes: usize = std::env::var("FIGURES_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let started = Instant::now();
    let engine = Engine::bundled().unwrap_or_else(|e| panic!("rules: {e:?}"));
    println!("start-up (rules compiled): {:.3} s", started.elapsed().as_secs_f64());
    let distinct = read_sources();
    let docs = repeat(&distinct, megabytes << 20);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!("input: {} documents, {:.1} MB ({} distinct documents repeated)", docs.len(), bytes as f64 / 1e6, distinct.len());
    for round in ["first round (cold)", "second round (warm)"] {
        let mut seconds = [0f64; STAGES.len()];
        let mut digest = DefaultHasher::new();
        for doc in &docs {
            let output = run_stages(&engine, doc, &mut seconds);
            output.hash(&mut digest);
        }
        let total: f64 = seconds.iter().sum();
        println!("\n{round}: {:.2} s, {:.1} MB/s, output digest {:016x}", total, bytes as f64 / 1e6 / total, digest.finish());
        for (name, s) in STAGES.iter().zip(seconds) {
            println!("  {name:<7} {s:>7.3} s {:>8.1} MB/s {:>5.1} %", bytes as f64 / 1e6 / s, 100.0 * s / total);
        }
    }
}

/// Runs every stage on `doc`, adding each one's time to `seconds`; returns the JSONL written.
fn run_stages(engine: &Engine, doc: &Document, seconds: &mut [f64; STAGES.len()]) -> Vec<u8> {
    let mut clock = thread_cpu_seconds();
    let mut lap = |stage: usize| {
        let now = thread_cpu_seconds();
        seconds[stage] += now - clock;
        clock = now;
    };
    let sentences = engine.splitter.split(&doc.text);
    lap(0);
    let mut records: Vec<Record> = Vec::new();
    engine.extractors.figure.extract(doc, &sentences, &mut records);
    lap(1);
    engine.extractors.date.extract(doc, &sentences, &mut records);
    lap(2);
    engine.extractors.agency.extract(doc, &sentences, &mut records);
    lap(3);
    engine.extractors.quote.extract(doc, &sentences, &mut records);
    lap(4);
    engine.linker.link(doc, &sentences, &mut records);
    records.sort_by(|a, b| a.output_order(b));
    lap(5);
    let mut out = Vec::new();
    figures::emit::write_records(doc, &records, &mut out);
    lap(6);
    out
}

/// CPU time this thread has used.
fn thread_cpu_seconds() -> f64 {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `now` is a valid timespec for the call to fill in.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    now.tv_sec as f64 + now.tv_nsec as f64 * 1e-9
}

fn read_sources() -> Vec<Document> {
    let mut docs = Vec::new();
    for path in common::sources() {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (n, line) in text.lines().enumerate() {
            let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            let Some(body) = value.get("text").and_then(|t| t.as_str()) else { continue };
            docs.push(Document::new(format!("{}:{}", path.display(), n + 1), body));
        }
    }
    assert!(!docs.is_empty(), "no texts in the bench sources");
    docs
}

/// The documents in turn, again and again, until they hold `target` bytes of text.
fn repeat(distinct: &[Document], target: usize) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut bytes = 0;
    for (round, doc) in (0..).flat_map(|round| distinct.iter().map(move |doc| (round, doc))) {
        if bytes >= target {
            break;
        }
        bytes += doc.text.len();
        docs.push(Document::new(format!("{}#{round}", doc.id), doc.text.clone()));
    }
    docs
}
