//! `figures explain`: sentences, every candidate with its rule and fate, and
//! where each figure's linked fields came from.

mod util;

use figures::Engine;
use figures::commands::explain::explain;
use figures::document::Document;
use util::{run, stderr, stdout};

fn explained(text: &str) -> String {
    let engine = Engine::bundled().expect("bundled rules load");
    explain(&engine, &Document::new("t", text), None).unwrap()
}

/// The one line of `text` that contains every one of `parts`.
fn line_with<'a>(text: &'a str, parts: &[&str]) -> &'a str {
    text.lines().find(|l| parts.iter().all(|p| l.contains(p))).unwrap_or_else(|| panic!("no line with {parts:?} in\n{text}"))
}

#[test]
fn kept_dropped_and_vetoed_candidates_are_listed_with_their_rules() {
    let text = explained("She was six, so between 1,000 and 2,000 families still wait.");
    line_with(&text, &["\"between 1,000 and 2,000 families\"", "figure/range/", ": kept"]);
    // The count rule also matched inside the range and lost the overlap to it.
    let lost = line_with(&text, &["\"2,000 families\"", "figure/count/number", "dropped: overlaps"]);
    assert!(lost.contains("figure/range/"), "{lost}");
    line_with(&text, &["\"six\"", "vetoed", "figure/not_figures/"]);
    line_with(&text, &["veto", "not-figure span (age)"]);
}

#[test]
fn each_linked_field_of_a_figure_says_where_it_came_from() {
    // Linking rules change; the test follows whatever the pipeline decided for this figure.
    let engine = Engine::bundled().unwrap();
    let doc = Document::new("t", "The task force reunited nearly 700 children on Friday, DHS said.");
    let text = explain(&engine, &doc, None).unwrap();
    let records = engine.analyze(&doc).records;
    let figure = records.iter().find_map(|r| r.as_figure()).expect("a figure");
    line_with(&text, &["figure", "\"nearly 700 children\"", "(figure/count/number)"]);
    line_with(&text, &["unit: child", "counted noun"]);
    for (field, value) in [("event", &figure.event), ("speaker", &figure.speaker), ("agency", &figure.agency), ("date", &figure.date)] {
        match value {
            Some(value) => line_with(&text, &[&format!("{field}: {value} (")]),
            None => line_with(&text, &[&format!("{field}: none")]),
        };
    }
    // The evidence quotes the word or the record the value came from.
    if figure.event.is_some() {
        line_with(&text, &["event: ", "\"reunited\""]);
    }
    if figure.agency.is_some() {
        line_with(&text, &["agency: ", "\"DHS\""]);
    }
    if figure.date.is_some() {
        line_with(&text, &["date: ", "\"Friday\""]);
    }
    assert!(figure.event.is_some() && figure.date.is_some(), "{text}");
}

#[test]
fn an_inherited_unit_names_the_figure_it_came_from() {
    let text = explained("The task force reunited 500 children. Five hundred is a milestone.");
    line_with(&text, &["unit: child, inherited", "\"500 children\""]);
}

#[test]
fn the_command_explains_a_file_sentence_and_rejects_a_missing_one() {
    let output = run(&["explain", "--file", "corpus/000_f5419c0a20ab7a8c.txt", "--sentence", "0"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("sentence 0") && !text.contains("sentence 1\n"), "{text}");
    line_with(&text, &["\"500 children\"", "figure/count/number: kept"]);

    let missing = run(&["explain", "--file", "corpus/000_f5419c0a20ab7a8c.txt", "--sentence", "999"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("sentence 999 does not exist"), "{}", stderr(&missing));
    let neither = run(&["explain"], b"");
    assert_eq!(neither.status.code(), Some(2));
}

#[test]
fn explaining_does_not_change_what_extract_writes() {
    // The trace sink is off outside `explain`: records are the same with or without a capture.
    let engine = Engine::bundled().unwrap();
    let doc = Document::new("t", "Up to 2,100 children may still be separated, DHS said.");
    let plain = engine.analyze(&doc).records;
    let (traced, notes) = figures::trace::capture(|| engine.analyze(&doc).records);
    assert_eq!(plain, traced);
    assert!(!notes.is_empty());
}

#[test]
fn every_subcommand_has_help() {
    for command in [&["rules", "test"][..], &["rules", "list"], &["explain"], &["eval"], &["diff"]] {
        let mut args = command.to_vec();
        args.push("--help");
        let output = run(&args, b"");
        assert!(output.status.success(), "{command:?}: {}", stderr(&output));
        assert!(stdout(&output).contains("Usage: figures"), "{command:?}");
    }
    let top = stdout(&run(&["--help"], b""));
    for word in ["rules", "explain", "eval", "diff"] {
        assert!(top.contains(word), "{word} missing from --help");
    }
}

#[test]
fn offsets_stay_right_when_lower_case_changes_length() {
    // `İ` lower-cases to two characters; the trigger must still be found at its place.
    let text = explained("İstanbul: “we reunited 300 children,” said Brané.");
    line_with(&text, &["event: reunite (link.event)", "\"reunited\""]);
}

#[test]
fn hostile_texts_are_explained_without_panicking() {
    let engine = Engine::bundled().unwrap();
    let long_number = "9".repeat(5000);
    let texts = [
        "",
        " \n\t ",
        "“",
        "\"\"\"",
        "— (@x)",
        "\u{0}\u{7}500\u{feff} children",
        long_number.as_str(),
        "1-2-3-4-5 to 6 and 7 or 8 % $ € 9bn",
        "ﬁve hundred ΣΑΣ 500 children. 🎉🎉 Friday 2018-2019.",
    ];
    for text in texts {
        let doc = Document::new("t", text);
        let out = explain(&engine, &doc, None).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert!(out.contains("sentences"), "{text:?}: {out}");
    }
}
