//! End-to-end throughput and peak memory: JSONL in → every stage → JSONL out
//! to a sink, all record kinds.
//!
//! `cargo bench --bench throughput` builds the input from the news texts in
//! `/work/shared/external` (or `$FIGURES_BENCH_SOURCES`, a `:`-separated list
//! of JSONL files with a `text` field), repeats them with distinct ids to
//! `$FIGURES_BENCH_MB` (default 50) MB of article text under
//! `target/bench/`, and runs each configuration in a child process (this same
//! executable, re-run with `--child`) so that each peak RSS (VmHWM) is its own.
//!
//! It also runs 20 MB of synthetic new text (`make_synthetic_corpus`), to show the rate
//! a long run of text the automata have not seen settles at.
//!
//! `cargo bench --bench throughput -- memory` also streams 4× the input through
//! stdin and as `.jsonl.gz`, to show that peak memory does not grow with it, and
//! runs one 20 MB single-line document, to show that time stays linear in a
//! document's length.

mod common;

use common::sources;
use figures::Engine;
use figures::load::{DocumentStream, Input};
use figures::pipeline::{self, Work};
use figures::report::Report;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

// The same allocator as the `figures` binary, so the bench measures what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if args.first().map(String::as_str) == Some("--child") {
        child(&args[1..]);
        return;
    }
    let memory_mode = args.iter().any(|a| a == "memory");
    let megabytes: usize = std::env::var("FIGURES_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(50);
    let threads_all = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let dir = bench_dir();
    fs::create_dir_all(&dir).expect("create target/bench");
    let sources = sources();
    let base = dir.join(format!("news-{megabytes}mb.jsonl"));
    let text_bytes = make_corpus(&sources, megabytes << 20, &base).expect("write bench corpus");
    println!(
        "input: {} ({:.1} MB of article text from {} source files, repeated with distinct ids)",
        base.display(),
        text_bytes as f64 / 1e6,
        sources.len()
    );
    // CPU MB/s (text over user+system CPU seconds) holds up better than wall-clock MB/s
    // on a machine shared with other jobs; wall-clock is what a run takes.
    println!(
        "{:<34} {:>7} {:>9} {:>10} {:>9} {:>8} {:>8} {:>9} {:>10}",
        "configuration", "threads", "MB/s", "docs/s", "records", "seconds", "CPU s", "CPU MB/s", "peak RSS"
    );
    // Every document once: a lazy DFA builds states as it meets new text, which the
    // repeated file pays for only in its first round and a crawl pays for throughout.
    let distinct = dir.join("news-distinct.jsonl");
    make_corpus(&sources, 1, &distinct).expect("write distinct corpus");
    // Text never seen before, in the quantity a crawl brings: the repeated file warms the
    // lazy DFAs on 0.36 MB and then only reads what they already know; the distinct texts
    // alone are too few to show where a long run of new text settles.
    let synthetic = dir.join(format!("synthetic-{SYNTHETIC_MB}mb.jsonl"));
    make_synthetic_corpus(&sources, SYNTHETIC_MB << 20, &synthetic).expect("write synthetic corpus");
    // (name, input, threads, whether rule loading is left out of the timing)
    let mut runs = vec![
        ("distinct text, after start-up".to_string(), Source::File(distinct), 1, true),
        (format!("{SYNTHETIC_MB} MB of new text (synthetic)"), Source::File(synthetic), 1, false),
        (format!("{megabytes} MB file"), Source::File(base.clone()), 1, false),
    ];
    if threads_all > 1 {
        runs.push((format!("{megabytes} MB file"), Source::File(base.clone()), threads_all, false));
    }
    if memory_mode {
        let big = dir.join(format!("news-{}mb.jsonl", megabytes * 4));
        make_corpus(&sources, (megabytes * 4) << 20, &big).expect("write big corpus");
        let big_gz = dir.join(format!("news-{}mb.jsonl.gz", megabytes * 4));
        gzip(&big, &big_gz).expect("gzip big corpus");
        runs.push((format!("{megabytes} MB on stdin"), Source::Stdin(base.clone()), threads_all, false));
        runs.push((format!("{} MB on stdin", megabytes * 4), Source::Stdin(big.clone()), threads_all, false));
        runs.push((format!("{} MB .jsonl.gz", megabytes * 4), Source::File(big_gz), threads_all, false));
        // One long document (a transcript, a crawl's concatenated page): the stages
        // must stay linear in a document's length, not only in the corpus's.
        let long = dir.join("long-document-20mb.jsonl");
        make_long_document(&base, 20 << 20, &long).expect("write long document");
        runs.push(("one 20 MB document".to_string(), Source::File(long), 1, false));
    }
    for (name, source, threads, after_startup) in runs {
        let mut m = run_child(&source, threads);
        if after_startup {
            // Rule loading runs on one thread, so its wall time is its CPU time.
            m.seconds -= m.startup_seconds;
            m.cpu_seconds -= m.startup_seconds;
        }
        println!(
            "{:<34} {:>7} {:>9.1} {:>10.0} {:>9} {:>8.2} {:>8.2} {:>9.1} {:>7} MB",
            name,
            threads,
            m.text_bytes as f64 / 1e6 / m.seconds,
            m.documents as f64 / m.seconds,
            m.records,
            m.seconds,
            m.cpu_seconds,
            m.text_bytes as f64 / 1e6 / m.cpu_seconds,
            m.peak_kb / 1024
        );
    }
}

enum Source {
    File(PathBuf),
    Stdin(PathBuf),
}

struct Measured {
    documents: usize,
    records: usize,
    text_bytes: usize,
    seconds: f64,
    cpu_seconds: f64,
    peak_kb: u64,
    /// Compiling the rules, before the first document.
    startup_seconds: f64,
}

fn run_child(source: &Source, threads: usize) -> Measured {
    let exe = std::env::current_exe().expect("own path");
    let mut command = Command::new(exe);
    command.arg("--child").arg(threads.to_string()).stdout(Stdio::piped());
    match source {
        Source::File(path) => {
            command.arg(path);
        }
        Source::Stdin(path) => {
            command.arg("-").stdin(File::open(path).expect("open bench input"));
        }
    }
    let output = command.output().expect("run bench child");
    assert!(output.status.success(), "bench child failed: {}", String::from_utf8_lossy(&output.stderr));
    let line = String::from_utf8(output.stdout).expect("child output");
    let fields: Vec<&str> = line.split_whitespace().collect();
    Measured {
        documents: fields[0].parse().unwrap(),
        records: fields[1].parse().unwrap(),
        text_bytes: fields[2].parse().unwrap(),
        seconds: fields[3].parse().unwrap(),
        peak_kb: fields[4].parse().unwrap(),
        cpu_seconds: fields[5].parse().unwrap(),
        startup_seconds: fields[6].parse().unwrap(),
    }
}

/// One configuration, in this process: prints `documents records text_bytes seconds peak_kb cpu_seconds startup_seconds`.
fn child(args: &[String]) {
    let threads: usize = args[0].parse().expect("thread count");
    let input = if args[1] == "-" { Input::Stdin } else if args[1].ends_with(".gz") { Input::JsonlGz(args[1].clone().into()) } else { Input::Jsonl(args[1].clone().into()) };
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
    // As the CLI does: the rules compile on the run's threads.
    let engine = pool.install(|| Engine::bundled().unwrap_or_else(|e| panic!("rules: {e:?}")));
    let startup_seconds = started.elapsed().as_secs_f64();
    let mut report = Report::new(true, None);
    let stream = DocumentStream::new(vec![input], None);
    // A sink that still pays for writing: records are serialized and handed to a writer.
    let mut out = BufWriter::with_capacity(1 << 16, io::sink());
    pipeline::run(Work::all_kinds(&engine), &pool, stream, &mut out, &mut report).expect("run");
    out.flush().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert!(report.rejected.is_empty(), "bench input rejected: {:?}", report.rejected.first());
    println!("{} {} {} {seconds} {} {} {startup_seconds}", report.processed, report.records(), report.text_bytes, peak_rss_kb(), cpu_seconds());
}

/// User + system CPU time of this process so far (all threads), from /proc/self/stat.
fn cpu_seconds() -> f64 {
    let stat = fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the parenthesized command name; utime and stime are the 12th and 13th.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // Linux reports these in USER_HZ, 100 per second on every common configuration.
    (ticks(11) + ticks(12)) / 100.0
}

fn peak_rss_kb() -> u64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn bench_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench")
}


/// Writes `{"id","text","date"?}` lines cycling through the sources' documents,
/// id `<source id>#<round>`, until `target_bytes` of text; returns the text bytes.
/// Reuses an existing file of the same name.
fn make_corpus(sources: &[PathBuf], target_bytes: usize, path: &Path) -> io::Result<usize> {
    let mut documents = Vec::new();
    for source in sources {
        for line in BufReader::new(File::open(source)?).lines() {
            let value: serde_json::Value = serde_json::from_str(&line?).map_err(io::Error::other)?;
            let Some(text) = value.get("text").and_then(|t| t.as_str()) else { continue };
            let id = value.get("id").and_then(|i| i.as_str()).unwrap_or("doc").to_string();
            let date = value.get("dct").or_else(|| value.get("date")).and_then(|d| d.as_str()).map(str::to_string);
            documents.push((id, text.to_string(), date));
        }
    }
    let per_round: usize = documents.iter().map(|d| d.1.len()).sum();
    let rounds = target_bytes.div_ceil(per_round.max(1));
    let total = per_round * rounds;
    if fs::metadata(path).is_ok() {
        return Ok(total);
    }
    let partial = path.with_extension("partial");
    let mut out = BufWriter::new(File::create(&partial)?);
    for round in 0..rounds {
        for (id, text, date) in &documents {
            let mut line = serde_json::json!({ "id": format!("{id}#{round}"), "text": text });
            if let Some(date) = date {
                line["date"] = serde_json::Value::String(date.clone());
            }
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    drop(out);
    fs::rename(partial, path)?;
    Ok(total)
}

/// How much synthetic new text the bench writes.
const SYNTHETIC_MB: usize = 20;

/// Writes `target_bytes` of new text: documents of about 2,500 bytes generated by a
/// word-trigram chain over the sources' texts (each word chosen from those that
/// followed the two before it), with half the numbers' digits drawn anew. It reads
/// like news cut and spliced, so it meets the rules as news does, but its word
/// sequences and numbers are mostly new to the automata. Deterministic (a fixed seed);
/// reuses an existing file of the same name.
fn make_synthetic_corpus(sources: &[PathBuf], target_bytes: usize, path: &Path) -> io::Result<()> {
    if fs::metadata(path).is_ok() {
        return Ok(());
    }
    const START: u32 = 0;
    const END: u32 = 1;
    let mut words: Vec<String> = vec![String::new(), String::new()];
    let mut ids: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let mut next: std::collections::HashMap<(u32, u32), Vec<u32>> = std::collections::HashMap::new();
    for source in sources {
        for line in BufReader::new(File::open(source)?).lines() {
            let value: serde_json::Value = serde_json::from_str(&line?).map_err(io::Error::other)?;
            let Some(text) = value.get("text").and_then(|t| t.as_str()) else { continue };
            let (mut a, mut b) = (START, START);
            // Line breaks are words of their own, so paragraphs and datelines survive.
            for word in text.split(' ').flat_map(|w| w.split_inclusive('\n')).filter(|w| !w.is_empty()) {
                let id = *ids.entry(word.to_string()).or_insert_with(|| {
                    words.push(word.to_string());
                    (words.len() - 1) as u32
                });
                next.entry((a, b)).or_default().push(id);
                (a, b) = (b, id);
            }
            next.entry((a, b)).or_default().push(END);
        }
    }
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut random = move |below: usize| {
        // xorshift64*: enough to pick among followers, the same on every machine.
        seed ^= seed >> 12;
        seed ^= seed << 25;
        seed ^= seed >> 27;
        (seed.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % below.max(1)
    };
    let partial = path.with_extension("partial");
    let mut out = BufWriter::new(File::create(&partial)?);
    let (mut written, mut n) = (0, 0);
    while written < target_bytes {
        let mut text = String::new();
        let (mut a, mut b) = (START, START);
        while text.len() < 2500 {
            let followers = &next[&(a, b)];
            let word = followers[random(followers.len())];
            if word == END {
                (a, b) = (START, START);
                continue;
            }
            if !text.is_empty() && !text.ends_with('\n') {
                text.push(' ');
            }
            let redraw = words[word as usize].contains(|c: char| c.is_ascii_digit()) && random(2) == 0;
            if redraw {
                let digits: String = words[word as usize].chars().map(|c| if c.is_ascii_digit() { char::from(b'0' + random(10) as u8) } else { c }).collect();
                text.push_str(&digits);
            } else {
                text.push_str(&words[word as usize]);
            }
            (a, b) = (b, word);
        }
        written += text.len();
        serde_json::to_writer(&mut out, &serde_json::json!({ "id": format!("synthetic-{n}"), "text": text, "date": "2021-06-01" }))?;
        out.write_all(b"\n")?;
        n += 1;
    }
    out.flush()?;
    drop(out);
    fs::rename(partial, path)
}

/// Writes one JSONL document of the first `target_bytes` of `corpus`'s texts run
/// together on one line (no paragraph breaks: the worst case for anything that looks
/// around a quote or a figure). Reuses an existing file of the same name.
fn make_long_document(corpus: &Path, target_bytes: usize, path: &Path) -> io::Result<()> {
    if fs::metadata(path).is_ok() {
        return Ok(());
    }
    let mut text = String::with_capacity(target_bytes + (1 << 16));
    for line in BufReader::new(File::open(corpus)?).lines() {
        let value: serde_json::Value = serde_json::from_str(&line?).map_err(io::Error::other)?;
        text.extend(value.get("text").and_then(|t| t.as_str()).unwrap_or("").chars().map(|c| if c == '\n' { ' ' } else { c }));
        text.push(' ');
        if text.len() >= target_bytes {
            break;
        }
    }
    let partial = path.with_extension("partial");
    let mut out = BufWriter::new(File::create(&partial)?);
    serde_json::to_writer(&mut out, &serde_json::json!({ "id": "long", "text": text, "date": "2021-06-01" }))?;
    out.write_all(b"\n")?;
    out.flush()?;
    drop(out);
    fs::rename(partial, path)
}

fn gzip(from: &Path, to: &Path) -> io::Result<()> {
    if fs::metadata(to).is_ok() {
        return Ok(());
    }
    let partial = to.with_extension("partial");
    let mut encoder = flate2::write::GzEncoder::new(BufWriter::new(File::create(&partial)?), flate2::Compression::fast());
    io::copy(&mut BufReader::new(File::open(from)?), &mut encoder)?;
    encoder.finish()?.flush()?;
    fs::rename(partial, to)?;
    Ok(())
}
