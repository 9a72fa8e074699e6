//! A kind's rules searched as one set (`ruleset::matching_set`) must say of every
//! rule exactly what the rule's own regex says: the stages skip a rule on its word.

use figures::Kind;
use figures::ruleset::{RuleSet, matching_set};

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
fn a_rule_set_matches_a_text_exactly_when_its_rules_do() {
    let rules = RuleSet::bundled().expect("bundled rules");
    let mut texts = news_texts();
    for rule in &rules.rules {
        texts.extend(rule.examples.iter().map(|e| e.text.clone()));
        texts.extend(rule.counters.iter().map(|c| c.text.clone()));
    }
    for kind in [Kind::Figure, Kind::Date] {
        let of_kind: Vec<_> = rules.of_kind(kind).collect();
        let set = matching_set(of_kind.iter().copied()).expect("rules compile as a set");
        let mut skipped = 0;
        for text in &texts {
            let matched = set.matches(text);
            for (i, rule) in of_kind.iter().enumerate() {
                assert_eq!(matched.matched(i), rule.regex.is_match(text), "{} on {text:?}", rule.id);
                skipped += usize::from(!matched.matched(i));
            }
        }
        // Worth having only if most texts leave most rules out.
        assert!(skipped * 2 > texts.len() * of_kind.len(), "{kind:?}: the set skipped only {skipped} searches");
    }
}
