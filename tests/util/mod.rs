//! Helpers shared by the integration tests: run the built binary, make temp dirs, find a
//! figure record.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn figures() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_figures"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// Runs `figures args…` with `stdin`, returning its output.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = figures()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("figures runs");
    child.stdin.take().unwrap().write_all(stdin).ok();
    child.wait_with_output().unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh, empty folder under the target dir, unique per call.
pub fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn parse_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}"))).collect()
}

/// The figure whose text starts with `starts`, in `text` analysed with `reference`
/// (`YYYY-MM-DD`) as the document's date.
pub fn figure_starting(engine: &figures::Engine, text: &str, reference: Option<&str>, starts: &str) -> figures::record::Figure {
    let mut doc = figures::document::Document::new("case", text);
    doc.reference_date = reference.map(|d| figures::document::CivilDate::parse(d).expect("a YYYY-MM-DD date"));
    let analysis = engine.analyze(&doc);
    let record = analysis
        .records
        .iter()
        .find(|r| r.as_figure().is_some() && text[r.start..r.end].starts_with(starts))
        .unwrap_or_else(|| panic!("no figure {starts:?} in {text:?}"));
    record.as_figure().cloned().expect("figure")
}
