//! The command line as a user meets it: help, inputs, errors, exit codes.

mod util;

use util::{parse_lines, run, stderr, stdout, temp_dir};

#[test]
fn help_lists_the_subcommands_and_exit_codes() {
    let output = run(&["--help"], b"");
    let text = stdout(&output);
    for word in ["extract", "split", "Exit codes"] {
        assert!(text.contains(word), "{word} missing from --help:\n{text}");
    }
}

#[test]
fn extract_without_input_reads_the_bundled_corpus_and_follows_the_contract() {
    let output = run(&["extract"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let records = parse_lines(&stdout(&output));
    assert!(records.len() > 50);
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    for record in &records {
        let doc = record["doc"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("{corpus}/{doc}.txt")).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let (start, end) = (record["start"].as_u64().unwrap() as usize, record["end"].as_u64().unwrap() as usize);
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, record["text"].as_str().unwrap(), "offsets of {record}");
        for field in ["kind", "sentence", "rule"] {
            assert!(!record[field].is_null(), "{field} missing in {record}");
        }
    }
    let summary = stderr(&output);
    assert!(summary.contains("5 documents read: 5 processed, 0 rejected"), "{summary}");
}

#[test]
fn kinds_selects_record_kinds() {
    let output = run(&["extract", "corpus", "--kinds", "date,agency", "-q"], b"");
    let records = parse_lines(&stdout(&output));
    assert!(!records.is_empty());
    assert!(records.iter().all(|r| r["kind"] == "date" || r["kind"] == "agency"));
    let bad = run(&["extract", "--kinds", "figures"], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("unknown kind `figures`"));
}

#[test]
fn stdin_documents_use_their_date_or_the_reference_date() {
    let input = "{\"id\":\"a\",\"text\":\"An official said so Friday.\",\"date\":\"2023-02-08\"}\n{\"id\":\"b\",\"text\":\"An official said so Friday.\"}\n";
    let output = run(&["extract", "-", "--kinds", "date", "--reference-date", "2024-01-01"], input.as_bytes());
    let records = parse_lines(&stdout(&output));
    let values: Vec<&str> = records.iter().map(|r| r["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["2023-02-03", "2023-12-29"]);
    assert!(stderr(&output).contains("figures: 2 documents read: 2 processed"), "{}", stderr(&output));
    let one = run(&["extract", "-"], b"{\"id\":\"a\",\"text\":\"Officials counted 40 families.\"}\n");
    assert!(stderr(&one).contains("figures: 1 document read: 1 processed, 0 rejected"), "{}", stderr(&one));
}

#[test]
fn files_in_a_folder_that_are_not_articles_are_named_as_not_read() {
    let dir = temp_dir("other-files");
    std::fs::write(dir.join("a.txt"), "The agency said 500 families were reunited in 2018.").unwrap();
    std::fs::write(dir.join("notes.md"), "Reporter's notes: 40 families.").unwrap();
    std::fs::write(dir.join("b.txt.gz"), b"\x1f\x8b").unwrap();
    std::fs::write(dir.join(".hidden"), "x").unwrap();
    let output = run(&["extract", dir.to_str().unwrap()], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("1 document read: 1 processed, 0 rejected"), "{err}");
    let note = err.lines().find(|l| l.contains("not read:")).unwrap_or_else(|| panic!("no note in {err}"));
    assert!(note.contains("2 files") && note.contains("notes.md") && note.contains("b.txt.gz"), "{note}");
    assert!(!note.contains(".hidden"), "{note}");
    let quiet = run(&["extract", "-q", dir.to_str().unwrap()], b"");
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));
}

#[test]
fn bad_inputs_are_named_skipped_and_counted_while_the_rest_is_written() {
    let dir = temp_dir("bad-inputs");
    std::fs::write(dir.join("a_good.txt"), "The agency said 500 families were reunited in 2018.").unwrap();
    std::fs::write(dir.join("b_latin1.txt"), b"Caf\xe9 owners said 20 workers left.").unwrap();
    std::fs::write(dir.join("c_empty.txt"), "").unwrap();
    std::fs::write(dir.join("d_binary.txt"), b"\x00\x01\x02ELF").unwrap();
    std::fs::write(dir.join("e_docs.jsonl"), "{\"id\":\"ok\",\"text\":\"Officials counted 40 families.\"}\n{broken\n{\"id\":\"x\"}\n").unwrap();
    let output = run(&["extract", dir.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    for needle in ["b_latin1.txt", "invalid UTF-8 at byte 3", "c_empty.txt", "empty document", "d_binary.txt", "NUL byte", "e_docs.jsonl:2", "e_docs.jsonl:3", "`text`"] {
        assert!(err.contains(needle), "{needle} missing from stderr:\n{err}");
    }
    assert!(err.contains("7 documents read: 2 processed, 5 rejected"), "{err}");
    let docs: Vec<String> = parse_lines(&stdout(&output)).iter().map(|r| r["doc"].as_str().unwrap().to_string()).collect();
    assert!(docs.contains(&"a_good".to_string()) && docs.contains(&"ok".to_string()), "{docs:?}");
}

#[test]
fn output_file_is_written_whole_and_split_rows_have_offsets() {
    let dir = temp_dir("output");
    let path = dir.join("sentences.jsonl");
    let output = run(&["split", "corpus", "-o", path.to_str().unwrap(), "-q"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
    let rows = parse_lines(&std::fs::read_to_string(&path).unwrap());
    assert!(rows.len() > 100);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file left behind");
    assert!(rows.iter().all(|r| r["end"].as_u64() > r["start"].as_u64()));
}

#[test]
fn a_broken_rules_folder_stops_the_run_naming_file_rule_and_cause() {
    let dir = temp_dir("bad-rules");
    let copy = |from: &str| {
        let to = dir.join(from);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules").join(from), to).unwrap();
    };
    for file in walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")) {
        copy(&file);
    }
    std::fs::write(dir.join("figure/broken.toml"), "[[rule]]\nname = 'bad'\npattern = '(?P<number>[0-9]+'\n  [[rule.example]]\n  text = '5'\n").unwrap();
    let output = run(&["extract", "corpus", "--rules", dir.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(3));
    let err = stderr(&output);
    assert!(err.contains("figure/broken.toml:2: rule figure/broken/bad: regex does not compile"), "{err}");
    assert!(stdout(&output).is_empty());
}

#[test]
fn split_reads_only_the_splitter_file_and_names_it_when_broken() {
    let dir = temp_dir("split-rules");
    for file in walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")) {
        let to = dir.join(&file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules").join(&file), to).unwrap();
    }
    // A broken extraction rule does not concern splitting.
    std::fs::write(dir.join("figure/broken.toml"), "[[rule]]\nname = 'bad'\npattern = '(?P<number>[0-9]+'\n").unwrap();
    let output = run(&["split", "corpus", "-q", "--rules", dir.to_str().unwrap()], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(parse_lines(&stdout(&output)).len(), parse_lines(&stdout(&run(&["split", "corpus", "-q"], b""))).len());
    // The splitter's own file, broken, stops the run and is named.
    std::fs::write(dir.join("split/abbreviations.toml"), "titles = [\n").unwrap();
    let output = run(&["split", "corpus", "--rules", dir.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(3));
    assert!(stderr(&output).contains("split/abbreviations.toml:1:"), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
}

fn walk(root: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(root).unwrap().to_str().unwrap().to_string());
            }
        }
    }
    out
}

#[cfg(unix)]
#[test]
fn output_to_a_device_writes_in_place_and_leaves_the_device() {
    use std::os::unix::fs::FileTypeExt;
    let output = run(&["extract", "corpus", "-o", "/dev/null", "-q"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let kind = std::fs::metadata("/dev/null").unwrap().file_type();
    assert!(kind.is_char_device(), "/dev/null is no longer a device");
}
