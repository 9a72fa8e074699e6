//! The English date/time extractor specs of Microsoft Recognizers-Text
//! (`tests/data/timex/recognizers/`, MIT, see SOURCE.md there), run through the
//! whole pipeline as tiny documents: detection only (the parser specs resolve
//! against chat-style reference times and future/past alternatives, not news).
//!
//! In scope (applied mechanically by `out_of_scope`): cases of `DateExtractor`, `HolidayExtractor`,
//! `DatePeriodExtractor`, `DurationExtractor`, `SetExtractor` and `TimeExtractor`
//! that the reference .NET implementation runs (`NotSupported` does not name
//! `dotnet`), written the way news prints dates: sentences start in upper case,
//! month and weekday names
//! capitalized (chat input such as `i'll go back april 22` is out), no digits glued
//! to letters other than ordinal suffixes, `s` and `a.m./p.m.` (`22april`, `3h`
//! are out), no numeric dates other than m/d/yyyy and ISO (`4.22`, `21/04/16`,
//! `2015.5.13` are out), and no spelled-out years (`two thousand and eighteen`).
//!
//! A case passes when each expected result overlaps a date record and each date
//! record of the type the spec file extracts (`DATE` for the date and date-period
//! files, `DURATION`, `SET`, `TIME`) overlaps an expected result. In-scope cases that fail are listed in
//! `known_failures.txt`; the test fails when a listed case passes (take it off the
//! list) or an unlisted one fails (a regression).

use figures::Engine;
use figures::pipeline::analyze_text;
use figures::record::RecordData;
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeSet;

const FILES: &[&str] =
    &["DateExtractor.json", "DatePeriodExtractor.json", "DurationExtractor.json", "HolidayExtractor.json", "SetExtractor.json", "TimeExtractor.json"];
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/timex/recognizers/");

struct Scope {
    lower_name: Regex,
    glued: Regex,
    numeric: Regex,
    spelled_year: Regex,
}

impl Scope {
    fn new() -> Scope {
        Scope {
            lower_name: Regex::new(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b").unwrap(),
            glued: Regex::new(r"[0-9](?:[a-zA-Z]+)").unwrap(),
            numeric: Regex::new(r"[0-9]+[./-][0-9]+").unwrap(),
            spelled_year: Regex::new(r"(?i)\b(?:two\s+thousand|nineteen\s+(?:zero|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|twenty\s+(?:ten|twenty))\b").unwrap(),
        }
    }

    fn out_of_scope(&self, case: &Value) -> Option<&'static str> {
        let input = case["Input"].as_str().unwrap_or("");
        if case["NotSupported"].as_str().unwrap_or("").contains("dotnet") {
            return Some("not run by the reference implementation");
        }
        if input.starts_with(|c: char| c.is_ascii_lowercase()) {
            return Some("chat input in lower case");
        }
        if self.lower_name.is_match(input) {
            return Some("a month or weekday name in lower case");
        }
        let glued = self.glued.find_iter(input).any(|m| {
            let letters = m.as_str().trim_start_matches(|c: char| c.is_ascii_digit()).to_ascii_lowercase();
            !matches!(letters.as_str(), "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "a" | "p")
        });
        if glued {
            return Some("digits glued to letters");
        }
        let numeric = self.numeric.find_iter(input).any(|m| {
            let t = m.as_str();
            let us = Regex::new(r"^(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])$").unwrap();
            let iso = Regex::new(r"^(?:1[89]|20)[0-9]{2}-[01][0-9]$").unwrap();
            let decimal = Regex::new(r"^[0-9]+\.[0-9]+$").unwrap();
            let after = &input[m.end()..];
            (!us.is_match(t) || !after.starts_with('/')) && !iso.is_match(t) && (!decimal.is_match(t) || after.starts_with('.'))
        });
        if numeric {
            return Some("a numeric date format news does not print");
        }
        if self.spelled_year.is_match(input) {
            return Some("a spelled-out year");
        }
        None
    }
}

fn timex_type(file: &str) -> &'static str {
    match file {
        "DurationExtractor.json" => "DURATION",
        "SetExtractor.json" => "SET",
        "TimeExtractor.json" => "TIME",
        _ => "DATE",
    }
}

fn passes(engine: &Engine, file: &str, case: &Value) -> bool {
    let input = case["Input"].as_str().unwrap();
    let (_, analysis) = analyze_text(engine, "spec", input);
    let dates: Vec<(usize, usize, &str)> = analysis
        .records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Date(d) => Some((r.start, r.end, d.timex_type.as_str())),
            _ => None,
        })
        .collect();
    let found: Vec<(usize, usize)> = dates.iter().map(|&(s, e, _)| (s, e)).collect();
    let own: Vec<(usize, usize)> = dates.iter().filter(|d| d.2 == timex_type(file)).map(|&(s, e, _)| (s, e)).collect();
    let expected: Vec<(usize, usize)> = case["Results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            // Start and Length count UTF-16 units; the in-scope inputs are ASCII.
            let start = r["Start"].as_u64().unwrap() as usize;
            (start, start + r["Length"].as_u64().unwrap() as usize)
        })
        .collect();
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    expected.iter().all(|&e| found.iter().any(|&f| overlaps(e, f)))
        && own.iter().all(|&f| expected.iter().any(|&e| overlaps(e, f)))
}

#[test]
fn recognizers_datetime_specs() {
    let engine = Engine::bundled().expect("bundled rules load");
    let scope = Scope::new();
    let known: BTreeSet<String> = std::fs::read_to_string(format!("{DATA}known_failures.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let (mut in_scope, mut passed) = (0, 0);
    let (mut regressions, mut fixed) = (Vec::new(), Vec::new());
    for file in FILES {
        let text = std::fs::read_to_string(format!("{DATA}{file}")).unwrap();
        let cases: Vec<Value> = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
        for case in &cases {
            if scope.out_of_scope(case).is_some() || !case["Input"].as_str().unwrap().is_ascii() {
                continue;
            }
            in_scope += 1;
            let key = format!("{file}\t{}", case["Input"].as_str().unwrap());
            let ok = passes(&engine, file, case);
            passed += usize::from(ok);
            match (ok, known.contains(&key)) {
                (false, false) => regressions.push(key),
                (true, true) => fixed.push(key),
                _ => {}
            }
        }
    }
    println!("recognizers datetime: {passed} of {in_scope} in-scope cases pass ({:.1}%)", 100.0 * passed as f64 / in_scope as f64);
    assert!(in_scope > 100, "only {in_scope} cases in scope");
    assert!(regressions.is_empty(), "{} unlisted failures:\n{}", regressions.len(), regressions.join("\n"));
    assert!(fixed.is_empty(), "{} listed failures now pass (take them off known_failures.txt):\n{}", fixed.len(), fixed.join("\n"));
}
