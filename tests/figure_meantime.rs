//! Figure detection on news we did not write rules from: the numeric expressions
//! (QUANTITY, MONEY, PERCENT) annotated in the 120 MEANTIME Wikinews articles of
//! `tests/data/timex/` (CC BY; see SOURCE.md there). MEANTIME gives spans only, so
//! this scores detection: a gold expression is found when a figure overlaps it.
//! By the record contract ages and durations are dates, not figures, and MEANTIME
//! counts them, so recall here cannot reach 1. Floors sit just under the measured
//! scores so that a regression fails.

use figures::Engine;
use figures::pipeline::analyze_text;

/// Byte offset of the `chars`-th character of `text`.
fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(at, _)| at)
}

#[test]
fn meantime_numeric_expressions_are_found() {
    let engine = Engine::bundled().expect("bundled rules load");
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/timex/timex_news.jsonl")).unwrap();
    let (mut found, mut gold_total, mut predicted, mut predicted_matched) = (0, 0, 0, 0);
    for line in data.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        let (_, analysis) = analyze_text(&engine, doc["id"].as_str().unwrap(), text);
        let figures: Vec<(usize, usize)> =
            analysis.records.iter().filter(|r| r.as_figure().is_some()).map(|r| (r.start, r.end)).collect();
        let gold: Vec<(usize, usize)> = doc["numbers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| (byte_at(text, n["start"].as_u64().unwrap() as usize), byte_at(text, n["end"].as_u64().unwrap() as usize)))
            .collect();
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        gold_total += gold.len();
        found += gold.iter().filter(|&&g| figures.iter().any(|&f| overlaps(f, g))).count();
        predicted += figures.len();
        predicted_matched += figures.iter().filter(|&&f| gold.iter().any(|&g| overlaps(f, g))).count();
    }
    let recall = found as f64 / gold_total as f64;
    let precision = predicted_matched as f64 / predicted as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    eprintln!("MEANTIME numbers: P {precision:.3} R {recall:.3} F1 {f1:.3} ({found}/{gold_total} gold found, {predicted} figures)");
    assert_eq!(gold_total, 416, "the MEANTIME file changed");
    assert!(recall >= 0.925, "recall {recall:.3} fell below its floor");
    assert!(precision >= 0.95, "precision {precision:.3} fell below its floor");
}
