//! The English number specs of Microsoft Recognizers-Text (`tests/data/recognizers/`,
//! MIT, see its SOURCE.md), run through the whole pipeline as tiny documents.
//!
//! In scope (the criterion, applied mechanically by `out_of_scope`): cases of
//! `NumberModel.json`, `PercentModel.json` and `NumberRangeModel.json` (the default
//! modes; the other spec files test non-default options or ordinals, which are not
//! figures) that the reference .NET implementation runs (`NotSupported` does not name
//! `dotnet`), and whose every expected result is
//! - a `number` that is an integer or decimal and not negative: fractions (`two
//!   thirds`) and powers (`1e10`) are arithmetic, not news figures, and the record
//!   contract turns a fraction of a group into a percentage (`half` → 50), not 0.5;
//! - a `percentage` with a value;
//! - a `numberrange` whose bounds are numbers, not ordinals or fractions;
//!
//! and none of whose expected numbers the contract makes something else: a number
//! followed by a unit of time or `old` is a duration or age (a date record), a number
//! inside a slash date, an IP address or a phone number is part of a date or an
//! address. Negative cases (no result expected) are in scope too, except those where
//! a number is glued to a physical unit (`180ml`, `29km`, `1m`): that is a `quantity`
//! figure here.
//!
//! A case passes when each expected result overlaps a figure record with the same
//! value (a percentage: measure `percent`; a range: the same bounds, or for an open
//! range the bound and a qualifier saying which side is open), and every figure
//! record of the kind the spec's model reports (any figure for the number model, a
//! percentage for the percent model, a bounded or range figure for the range model)
//! overlaps an expected result. In-scope cases that fail are listed in
//! `tests/data/recognizers/known_failures.txt`; the test fails when a listed case
//! passes (take it off the list) or an unlisted one fails (a regression).

use figures::Engine;
use figures::pipeline::analyze_text;
use figures::record::Figure;
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeSet;

const FILES: &[&str] = &["NumberModel.json", "PercentModel.json", "NumberRangeModel.json"];
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/recognizers/");

fn out_of_scope(case: &Value) -> Option<&'static str> {
    let input = case["Input"].as_str().unwrap_or("");
    if case["NotSupported"].as_str().unwrap_or("").contains("dotnet") {
        return Some("not run by the reference implementation");
    }
    let results = case["Results"].as_array()?;
    let glued_unit = Regex::new(r"[0-9]\s?(?:ml|km|m)\b").unwrap();
    if results.is_empty() {
        return glued_unit.is_match(input).then_some("a number with a physical unit is a quantity figure here");
    }
    let address = Regex::new(r"[0-9]+\.[0-9]+\.[0-9]+|\+[0-9]|[0-9]-[0-9]{3}-[0-9]").unwrap();
    if address.is_match(input) {
        return Some("numbers inside an address or phone number are not figures");
    }
    let time_after = Regex::new(r"^\s*(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|old)\b").unwrap();
    let ordinal = Regex::new(r"(?i)\b\w+(?:th|first|second|third)\b").unwrap();
    let fraction = Regex::new(r"(?i)\b(?:half|halves|quarters?|thirds?|fifths?|fourths?)\b|/").unwrap();
    for result in results {
        let text = result["Text"].as_str().unwrap_or("");
        let resolution = &result["Resolution"];
        let value = resolution["value"].as_str().unwrap_or("null");
        let end = char_to_byte(input, result["End"].as_u64().unwrap_or(0) as usize + 1);
        if time_after.is_match(&input[end.min(input.len())..]) {
            return Some("a number of time units or an age is a date record");
        }
        if input[end.min(input.len())..].starts_with('/') || input[..char_to_byte(input, result["Start"].as_u64().unwrap_or(0) as usize)].ends_with('/') {
            return Some("a number inside a slash date is part of a date");
        }
        match result["TypeName"].as_str().unwrap_or("") {
            "number" => {
                let subtype = resolution["subtype"].as_str().unwrap_or("integer");
                if subtype == "fraction" || subtype == "power" {
                    return Some("fractions and powers are arithmetic, not news figures");
                }
                if value.starts_with('-') || value.parse::<f64>().is_err() {
                    return Some("negative numbers are not counts, amounts or shares");
                }
            }
            "percentage" => {
                if value == "null" || value.starts_with('-') {
                    return Some("a percentage without a (positive) value");
                }
            }
            "numberrange" => {
                if ordinal.is_match(text) || fraction.is_match(text) || value.contains('-') {
                    return Some("ranges of ordinals, fractions or negative numbers");
                }
            }
            _ => return Some("not a number, percentage or range"),
        }
    }
    None
}

fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn number(text: &str) -> Option<f64> {
    text.trim().trim_end_matches('%').parse().ok()
}

/// Whether a figure resolves like an expected result.
fn resolves(figure: &Figure, result: &Value) -> bool {
    let value = result["Resolution"]["value"].as_str().unwrap_or("");
    match result["TypeName"].as_str().unwrap_or("") {
        "number" => number(value).is_some_and(|v| close(v, figure.value)),
        "percentage" => figure.measure == "percent" && number(value).is_some_and(|v| close(v, figure.value)),
        "numberrange" => {
            let Some((low, high)) = value.get(1..value.len().saturating_sub(1)).and_then(|inner| inner.split_once(',')) else {
                return false;
            };
            let (low, high) = (number(low), number(high));
            let closed_low = value.starts_with('[');
            let closed_high = value.ends_with(']');
            match (low, high) {
                (Some(l), Some(h)) if close(l, h) => close(figure.value, l) && figure.high.is_none(),
                (Some(l), Some(h)) => close(figure.value, l) && figure.high.is_some_and(|fh| close(fh, h)),
                (Some(l), None) => {
                    close(figure.value, l) && figure.qualifier == if closed_low { "at_least" } else { "over" }
                }
                (None, Some(h)) => {
                    close(figure.value, h)
                        && if closed_high { matches!(figure.qualifier.as_str(), "at_most" | "up_to") } else { figure.qualifier == "under" }
                }
                (None, None) => false,
            }
        }
        _ => false,
    }
}

fn passes(engine: &Engine, file: &str, case: &Value) -> bool {
    let input = case["Input"].as_str().unwrap_or("");
    let (_, analysis) = analyze_text(engine, "spec", input);
    let figures: Vec<(usize, usize, &Figure)> =
        analysis.records.iter().filter_map(|r| r.as_figure().map(|f| (r.start, r.end, f))).collect();
    let results = case["Results"].as_array().cloned().unwrap_or_default();
    let spans: Vec<(usize, usize)> = results
        .iter()
        .map(|r| {
            let start = char_to_byte(input, r["Start"].as_u64().unwrap_or(0) as usize);
            let end = char_to_byte(input, r["End"].as_u64().unwrap_or(0) as usize + 1);
            (start, end)
        })
        .collect();
    let overlaps = |(s, e): (usize, usize), (fs, fe): (usize, usize)| fs < e && s < fe;
    let each_found = results.iter().zip(&spans).all(|(result, &span)| {
        figures.iter().any(|&(fs, fe, figure)| overlaps(span, (fs, fe)) && resolves(figure, result))
    });
    // Each model reports its own kind only: the range model no plain numbers, the percent model
    // no counts. A figure of another kind is not an extra.
    let reported = |figure: &Figure| match file {
        "PercentModel.json" => figure.measure == "percent",
        "NumberRangeModel.json" => figure.qualifier != "exact",
        _ => true,
    };
    let nothing_extra =
        figures.iter().filter(|(_, _, f)| reported(f)).all(|&(fs, fe, _)| spans.iter().any(|&span| overlaps(span, (fs, fe))));
    each_found && nothing_extra
}

#[test]
fn recognizers_english_number_specs_in_scope() {
    let engine = Engine::bundled().expect("bundled rules load");
    let known: BTreeSet<String> = std::fs::read_to_string(format!("{DATA}known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let (mut in_scope, mut passed) = (0, 0);
    let mut failing = BTreeSet::new();
    for file in FILES {
        let text = std::fs::read_to_string(format!("{DATA}{file}")).expect("spec file");
        let cases: Vec<Value> = serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("spec JSON");
        for case in &cases {
            if out_of_scope(case).is_some() {
                continue;
            }
            in_scope += 1;
            if passes(&engine, file, case) {
                passed += 1;
            } else {
                failing.insert(format!("{file}\t{}", case["Input"].as_str().unwrap_or("").replace('\n', " ")));
            }
        }
    }
    let share = passed as f64 / in_scope as f64;
    eprintln!("recognizers in scope: {passed}/{in_scope} passed ({:.1}%)", share * 100.0);
    let regressions: Vec<&String> = failing.difference(&known).collect();
    let fixed: Vec<&String> = known.difference(&failing).collect();
    assert!(regressions.is_empty(), "in-scope cases that now fail (regressions):\n{}", regressions.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
    assert!(fixed.is_empty(), "listed failures that now pass; remove them from known_failures.txt:\n{}", fixed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
    assert!(in_scope >= 150, "the scope shrank to {in_scope} cases");
}
