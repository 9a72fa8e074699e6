//! The run summary and per-input diagnostics on stderr, and the progress bar
//! (only when stderr is a terminal). Every input document is accounted for:
//! `read = processed + rejected`.

use crate::error::InputError;
use crate::record::Kind;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

pub struct Report {
    started: Instant,
    quiet: bool,
    progress: Option<ProgressBar>,
    pub processed: usize,
    pub rejected: Vec<InputError>,
    pub warnings: usize,
    pub sentences: usize,
    pub records_by_kind: [usize; 4],
    pub text_bytes: usize,
    /// Files in the input folders that were not read (not `.txt`, `.jsonl` or `.jsonl.gz`).
    pub ignored: Vec<PathBuf>,
}

impl Report {
    /// `total_bytes` sizes the progress bar when the input size is known.
    pub fn new(quiet: bool, total_bytes: Option<u64>) -> Report {
        let progress = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = match total_bytes {
                Some(total) => ProgressBar::new(total).with_style(
                    ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {msg}").unwrap(),
                ),
                None => ProgressBar::new_spinner()
                    .with_style(ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}").unwrap()),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
            bar
        });
        Report {
            started: Instant::now(),
            quiet,
            progress,
            processed: 0,
            rejected: Vec::new(),
            warnings: 0,
            sentences: 0,
            records_by_kind: [0; 4],
            text_bytes: 0,
            ignored: Vec::new(),
        }
    }

    pub fn processed(&mut self, _doc: &str, text_bytes: usize, sentences: usize, records_by_kind: [usize; 4]) {
        self.processed += 1;
        self.text_bytes += text_bytes;
        self.sentences += sentences;
        for (total, n) in self.records_by_kind.iter_mut().zip(records_by_kind) {
            *total += n;
        }
        if let Some(bar) = &self.progress {
            bar.inc(text_bytes as u64);
            bar.set_message(format!("{} documents", self.processed));
        }
    }

    pub fn rejected(&mut self, error: InputError) {
        self.message(&format!("figures: {error}; skipped"));
        self.rejected.push(error);
    }

    pub fn warning(&mut self, warning: InputError) {
        self.warnings += 1;
        self.message(&format!("figures: warning: {warning}"));
    }

    fn message(&self, line: &str) {
        match &self.progress {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    pub fn read(&self) -> usize {
        self.processed + self.rejected.len()
    }

    pub fn records(&self) -> usize {
        self.records_by_kind.iter().sum()
    }

    /// The closing summary, e.g. `figures: 5 documents read: 5 processed, 0 rejected; …`.
    pub fn summary(&self, records: bool) -> String {
        let seconds = self.started.elapsed().as_secs_f64();
        let megabytes = self.text_bytes as f64 / 1e6;
        let rate = if seconds > 0.0 { megabytes / seconds } else { 0.0 };
        let mut out = format!(
            "figures: {} document{} read: {} processed, {} rejected",
            self.read(),
            if self.read() == 1 { "" } else { "s" },
            self.processed,
            self.rejected.len()
        );
        if records {
            let by_kind: Vec<String> =
                Kind::ALL.iter().map(|k| format!("{} {}", self.records_by_kind[*k as usize], k)).collect();
            out.push_str(&format!("; {} records ({})", self.records(), by_kind.join(", ")));
        } else {
            out.push_str(&format!("; {} sentences", self.sentences));
        }
        out.push_str(&format!("; {megabytes:.2} MB of text in {seconds:.2} s ({rate:.1} MB/s)"));
        out
    }

    pub fn finish(&self, records: bool) {
        if let Some(bar) = &self.progress {
            bar.finish_and_clear();
        }
        if self.quiet {
            return;
        }
        eprintln!("{}", self.summary(records));
        for error in &self.rejected {
            eprintln!("figures:   rejected {error}");
        }
        if let Some(line) = self.ignored_note() {
            eprintln!("{line}");
        }
    }

    /// A folder's other files are not documents, so they are not in the counts, but a
    /// `notes.md` or an `a.txt.gz` the user meant to read should not vanish without a word.
    fn ignored_note(&self) -> Option<String> {
        const SHOWN: usize = 5;
        let count = self.ignored.len();
        if count == 0 {
            return None;
        }
        let names: Vec<String> = self.ignored.iter().take(SHOWN).map(|p| p.display().to_string()).collect();
        let more = if count > SHOWN { format!(" and {} more", count - SHOWN) } else { String::new() };
        Some(format!(
            "figures:   not read: {count} file{} in the input folders that are not .txt, .jsonl or .jsonl.gz: {}{more}",
            if count == 1 { "" } else { "s" },
            names.join(", ")
        ))
    }
}
