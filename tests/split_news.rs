//! Sentence boundaries on 43 Wikinews articles with GUM's gold split
//! (`tests/data/sbd/SOURCE-news.md`, CC BY): boundary precision, recall and F1,
//! with a floor just under the measured score so that a regression fails.

use figures::ruleset::RuleSet;
use figures::split::Splitter;
use std::collections::BTreeSet;

#[test]
fn wikinews_boundary_f1_stays_above_its_floor() {
    let splitter = Splitter::new(&RuleSet::bundled().unwrap()).unwrap();
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sbd/gum_wikinews.jsonl")).unwrap();
    let (mut true_positive, mut predicted, mut gold) = (0, 0, 0);
    for line in data.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        // Gold sentence ends, found in order in the text.
        let mut gold_ends = BTreeSet::new();
        let mut from = 0;
        for sentence in doc["sentences"].as_array().unwrap() {
            let sentence = sentence.as_str().unwrap();
            if let Some(at) = text[from..].find(sentence) {
                from += at + sentence.len();
                gold_ends.insert(from);
            }
        }
        let ends: BTreeSet<usize> = splitter.split(text).iter().map(|s| s.end).collect();
        true_positive += ends.intersection(&gold_ends).count();
        predicted += ends.len();
        gold += gold_ends.len();
    }
    let precision = true_positive as f64 / predicted as f64;
    let recall = true_positive as f64 / gold as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    eprintln!("wikinews sentence boundaries: P {precision:.3} R {recall:.3} F1 {f1:.3} ({gold} gold)");
    assert!(gold > 1700, "the gold file lost sentences: {gold}");
    assert!(f1 >= 0.965, "boundary F1 {f1:.3} fell below its floor 0.965");
}
