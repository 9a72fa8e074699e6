//! The rule gate skips a rule only where it cannot match: for every rule and
//! every news text (and every rule example), a match means the gate let it through.

use figures::ruleset::RuleSet;
use figures::ruleset::gate::Gate;

fn news_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for file in ["tests/data/news/timex_news_texts.jsonl", "tests/data/news/gum_wikinews_texts.jsonl"] {
        let data = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(doc["text"].as_str().expect("text").to_string());
        }
    }
    texts
}

#[test]
fn gate_never_hides_a_match() {
    let rules = RuleSet::bundled().expect("bundled rules");
    let mut texts = news_texts();
    for rule in &rules.rules {
        texts.extend(rule.examples.iter().map(|e| e.text.clone()));
        texts.extend(rule.counters.iter().map(|c| c.text.clone()));
    }
    let gate = Gate::new(rules.rules.iter().map(|r| r.regex.as_str()));
    assert!(gate.gated() * 2 > rules.rules.len(), "most rules should have literals: {} of {}", gate.gated(), rules.rules.len());
    let mut skipped = 0;
    for text in &texts {
        let possible = gate.possible(text);
        for (rule, may_match) in rules.rules.iter().zip(possible) {
            if !may_match {
                skipped += 1;
                assert!(!rule.regex.is_match(text), "gate skipped {} but it matches {:?}", rule.id, rule.regex.find(text).unwrap().as_str());
            }
        }
    }
    // The gate must also be worth having.
    assert!(skipped * 3 > texts.len() * rules.rules.len() / 2, "gate skipped only {skipped} rule searches");
}
