//! Hostile inputs through the command line: every document is processed or
//! rejected with its reason, nothing panics, and `read = processed + rejected`.

mod util;

use std::fs;
use util::{parse_lines, run, stderr, stdout, temp_dir};

/// `(read, processed, rejected)` from the summary line; checks that they add up.
fn counts(output: &std::process::Output) -> (usize, usize, usize) {
    let err = stderr(output);
    assert!(!err.contains("panicked"), "panic: {err}");
    let line = err.lines().find(|l| l.contains(" read: ") && l.contains(" document")).unwrap_or_else(|| panic!("no summary in {err}"));
    let numbers: Vec<usize> =
        line.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).take(3).map(|s| s.parse().unwrap()).collect();
    let (read, processed, rejected) = (numbers[0], numbers[1], numbers[2]);
    assert_eq!(read, processed + rejected, "counts do not add up: {line}");
    (read, processed, rejected)
}

fn check_offsets(records: &[serde_json::Value], text_of: impl Fn(&str) -> String) {
    for record in records {
        let text = text_of(record["doc"].as_str().unwrap());
        let chars: Vec<char> = text.chars().collect();
        let (start, end) = (record["start"].as_u64().unwrap() as usize, record["end"].as_u64().unwrap() as usize);
        assert!(start < end && end <= chars.len(), "offsets out of range: {record}");
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, record["text"].as_str().unwrap(), "text[start:end] differs: {record}");
    }
}

/// The records of `text` written to `NAME.txt` and extracted alone, which must succeed
/// as one processed document.
fn extract_one_file(name: &str, text: &str) -> Vec<serde_json::Value> {
    let path = temp_dir(&format!("robust-{name}")).join(format!("{name}.txt"));
    fs::write(&path, text).unwrap();
    let output = run(&["extract", path.to_str().unwrap()], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(counts(&output), (1, 1, 0));
    parse_lines(&stdout(&output))
}

#[test]
fn hostile_text_files_are_processed_or_rejected_with_a_reason() {
    let dir = temp_dir("robust-txt");
    let files: &[(&str, &[u8], Option<&str>)] = &[
        ("empty.txt", b"", Some("empty")),
        ("blank.txt", b" \n\t\n", Some("empty")),
        ("bad_utf8.txt", b"Officials said 40 people \xFF\xFE died.", Some("invalid UTF-8")),
        ("nul.txt", b"Officials said\0 40 people died.", Some("NUL")),
        ("no_end.txt", b"officials counted 40 people and 3 dogs and no full stop anywhere", None),
        ("crlf_bom.txt", "\u{feff}Officials said 40 people died on Friday.\r\nThe Department of Justice said 3 more.\r\n".as_bytes(), None),
        (
            "scripts.txt",
            "東京で3万人。 “We saw 500 people,” Ana Brané said. 🎉👨‍👩‍👧 About 12 children were found on Friday. قال 40 شخصا".as_bytes(),
            None,
        ),
    ];
    for (name, bytes, _) in files {
        fs::write(dir.join(name), bytes).unwrap();
    }
    let output = run(&["extract", dir.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1), "some input rejected → exit 1: {}", stderr(&output));
    let (read, processed, rejected) = counts(&output);
    assert_eq!((read, processed, rejected), (files.len(), 3, 4));
    let err = stderr(&output);
    for (name, _, reason) in files {
        if let Some(reason) = reason {
            assert!(err.lines().any(|l| l.contains(name) && l.contains(reason)), "{name} not rejected for {reason}: {err}");
        }
    }
    let records = parse_lines(&stdout(&output));
    assert!(records.iter().any(|r| r["doc"] == "scripts"), "mixed-script document yields records");
    check_offsets(&records, |doc| {
        let text = fs::read_to_string(dir.join(format!("{doc}.txt"))).unwrap();
        text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)
    });
}

#[test]
fn hostile_jsonl_lines_are_named_and_counted_on_stdin() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"Officials said 40 people died on Friday.\"}\n",
        "this is not json\n",
        "{\"id\":\"b\"}\n",
        "{\"id\":\"c\",\"text\":\"\"}\n",
        "{\"id\":\"d\",\"text\":\"nul \\u0000 inside\"}\n",
        "[1,2,3]\n",
        "\u{feff}{\"id\":\"e\",\"text\":\"About 12 children 🎉 were found.\"}\r\n",
        "{\"id\":\"f\",\"text\":\"no sentence end and 7 people\"}",
    );
    let mut bytes = input.as_bytes().to_vec();
    bytes.extend_from_slice(b"\n{\"id\":\"g\",\"text\":\"bad \xFF utf8\"}\n");
    let output = run(&["extract", "-"], &bytes);
    let (read, processed, rejected) = counts(&output);
    assert_eq!((read, processed, rejected), (9, 3, 6), "{}", stderr(&output));
    let err = stderr(&output);
    for (line, reason) in [(2, "not a JSON"), (3, "`text`"), (4, "empty"), (5, "NUL"), (6, "not a JSON"), (9, "UTF-8")] {
        assert!(err.contains(&format!("<stdin>:{line}")) && err.contains(reason), "line {line} ({reason}) not reported: {err}");
    }
    let records = parse_lines(&stdout(&output));
    let texts = [("a", "Officials said 40 people died on Friday."), ("e", "About 12 children 🎉 were found."), ("f", "no sentence end and 7 people")];
    check_offsets(&records, |doc| texts.iter().find(|(id, _)| *id == doc).unwrap().1.to_string());
}

#[test]
fn a_huge_single_line_without_sentence_end_is_processed_whole() {
    // One 50 MB sentence of many units, each with two figures, an agency and a date: every
    // one of them must come out, each slicing its own text. Every stage is linear in the
    // line (about 30 s and 2 GB in release); a search per figure that ran to the sentence's
    // end made 5 MB take 140 s.
    let repeats = if cfg!(debug_assertions) { 1_000 } else { 600_000 };
    let unit = "officials counted 40 people and 3 dogs near the Department of Justice on Friday and ";
    let text = unit.repeat(repeats);
    let records = extract_one_file("huge", &text);
    let of_kind = |kind: &str| records.iter().filter(|r| r["kind"] == kind).count();
    assert_eq!((of_kind("figure"), of_kind("agency"), of_kind("date")), (2 * repeats, repeats, repeats));
    assert!(records.iter().all(|r| r["sentence"] == 0), "the line is one sentence");
    let unit_chars = unit.chars().count();
    for (i, record) in records.iter().filter(|r| r["kind"] == "figure").enumerate() {
        let (start, end) = (record["start"].as_u64().unwrap() as usize, record["end"].as_u64().unwrap() as usize);
        let expected = if i % 2 == 0 { ("40 people", 18) } else { ("3 dogs", 32) };
        assert_eq!((record["text"].as_str().unwrap(), start), (expected.0, (i / 2) * unit_chars + expected.1), "figure {i}");
        assert_eq!(text[start..end], *expected.0, "ASCII text: character and byte offsets agree");
    }
}

#[test]
fn a_long_line_of_attributions_without_sentence_end_is_read_in_bounded_clauses() {
    // Quotations, reporting verbs and `according to` with no sentence end: each attribution
    // reads a bounded clause around its cue. Reading to the sentence's ends made 0.6 MB take
    // minutes (each of thousands of cues read the whole line).
    let repeats = if cfg!(debug_assertions) { 200 } else { 5_000 };
    let unit = "Smith said 40 people left the camp, “we counted them all” said Jones, and according to the agency 3 buses came and ";
    let text = unit.repeat(repeats);
    let records = extract_one_file("attributions", &text);
    assert_eq!(records.iter().filter(|r| r["kind"] == "figure").count(), 2 * repeats);
    let quotes: Vec<_> = records.iter().filter(|r| r["kind"] == "quote").collect();
    assert!(quotes.len() >= repeats, "{} quotes for {repeats} attributions", quotes.len());
    for quote in &quotes {
        let chars = quote["end"].as_u64().unwrap() - quote["start"].as_u64().unwrap();
        assert!(chars <= 5_000, "a quote reads {chars} characters: {}", quote["rule"]);
    }
    let chars: Vec<char> = text.chars().collect();
    for record in &records {
        let (start, end) = (record["start"].as_u64().unwrap() as usize, record["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[start..end].iter().collect::<String>(), record["text"].as_str().unwrap(), "{record}");
    }
}

#[test]
fn gzip_jsonl_streams_like_plain_jsonl() {
    use std::io::Write;
    let dir = temp_dir("robust-gz");
    let body = "{\"id\":\"a\",\"text\":\"Officials said 40 people died on Friday.\"}\nnot json\n";
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(body.as_bytes()).unwrap();
    fs::write(dir.join("in.jsonl.gz"), encoder.finish().unwrap()).unwrap();
    fs::write(dir.join("corrupt.jsonl.gz"), b"\x1f\x8b\x08\0garbage").unwrap();
    let plain = run(&["extract", "-"], body.as_bytes());
    let gz = run(&["extract", dir.join("in.jsonl.gz").to_str().unwrap()], b"");
    assert_eq!(stdout(&gz), stdout(&plain));
    assert_eq!(counts(&gz), (2, 1, 1));
    let corrupt = run(&["extract", dir.join("corrupt.jsonl.gz").to_str().unwrap()], b"");
    let (read, _, rejected) = counts(&corrupt);
    assert!(read >= 1 && rejected >= 1, "a corrupt .gz is reported: {}", stderr(&corrupt));
}
