//! `figures diff OLD NEW`: records added, removed and changed by document; exit
//! 0 when equal, 1 when different, 2 on error.

mod util;

use std::fs;
use util::{run, stderr, stdout, temp_dir};

#[test]
fn equal_files_exit_0_with_no_output() {
    let dir = temp_dir("diff-equal");
    let records = stdout(&run(&["extract", "corpus", "-q"], b""));
    let path = dir.join("a.jsonl");
    fs::write(&path, &records).unwrap();
    let output = run(&["diff", path.to_str().unwrap(), "-"], records.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}{}", stdout(&output), stderr(&output));
    assert!(stdout(&output).is_empty());
}

#[test]
fn changes_additions_and_removals_are_grouped_by_document() {
    let dir = temp_dir("diff-edits");
    let old = stdout(&run(&["extract", "corpus", "-q", "--kinds", "figure"], b""));
    // Every child figure changes its unit, one record in ten goes, a document is added.
    let edited: String = old
        .lines()
        .enumerate()
        .filter(|(n, _)| n % 10 != 3)
        .map(|(_, l)| l.replace("\"unit\":\"child\"", "\"unit\":\"kid\"") + "\n")
        .collect::<String>()
        + r#"{"doc":"zzz_new","kind":"figure","sentence":0,"start":0,"end":3,"text":"500","rule":"figure/count/number","value":500}"#
        + "\n";
    let (old_path, new_path) = (dir.join("old.jsonl"), dir.join("new.jsonl"));
    fs::write(&old_path, &old).unwrap();
    fs::write(&new_path, &edited).unwrap();
    let output = run(&["diff", old_path.to_str().unwrap(), new_path.to_str().unwrap()], b"");
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}{}", stderr(&output));
    let removed = old.lines().enumerate().filter(|(n, _)| n % 10 == 3).count();
    let changed = old.lines().enumerate().filter(|(n, l)| n % 10 != 3 && l.contains("\"unit\":\"child\"")).count();
    assert!(changed > 3, "{old}");
    // A changed unit is one change with one field line, not a removal and an addition.
    assert_eq!(text.matches("unit: \"child\" → \"kid\"").count(), changed, "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with("  ~ ")).count(), changed, "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with("  - ")).count(), removed, "{text}");
    assert!(text.contains("zzz_new\n  + figure 0..3 \"500\""), "{text}");
    assert!(text.contains(&format!("1 records added, {removed} removed, {changed} changed")), "{text}");
    // Each document is headed once, in id order.
    let heads: Vec<&str> = text.lines().filter(|l| !l.starts_with(' ') && !l.contains("documents differ")).collect();
    let mut sorted = heads.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(heads, sorted);

    let ignoring = run(&["diff", old_path.to_str().unwrap(), new_path.to_str().unwrap(), "--ignore", "unit"], b"");
    assert!(!stdout(&ignoring).contains("→"), "{}", stdout(&ignoring));
    let other_kind = run(&["diff", old_path.to_str().unwrap(), new_path.to_str().unwrap(), "--kinds", "date"], b"");
    assert_eq!(other_kind.status.code(), Some(0), "{}", stdout(&other_kind));
}

#[test]
fn unreadable_input_exits_2_naming_the_file_and_line() {
    let dir = temp_dir("diff-bad");
    let bad = dir.join("bad.jsonl");
    fs::write(&bad, "{\"doc\":\"a\"}\n{oops\n").unwrap();
    let output = run(&["diff", bad.to_str().unwrap(), bad.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("bad.jsonl:2: not JSON"), "{}", stderr(&output));
    let missing = run(&["diff", "no-such.jsonl", bad.to_str().unwrap()], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no-such.jsonl"), "{}", stderr(&missing));
}
