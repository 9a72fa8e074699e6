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

/// Figure rules run only in windows around anchors (digits, number words), and date
/// rules one sentence at a time with a margin: a match of any rule on a whole news
/// text must fit in them, or a rule author's new rule would silently lose matches.
#[test]
fn rule_matches_fit_the_windows_the_stages_search() {
    use figures::extract::date::SENTENCE_MARGIN;
    use figures::extract::figure::{WINDOW_AFTER, WINDOW_BEFORE};
    let engine = figures::Engine::bundled().expect("bundled rules");
    let anchor = regex::Regex::new(&engine.rules.patterns.expand("{FIGURE_ANCHOR}").expect("anchor")).expect("anchor regex");
    let mut texts = news_texts();
    for rule in &engine.rules.rules {
        texts.extend(rule.examples.iter().map(|e| e.text.clone()));
    }
    let mut checked = 0;
    for text in &texts {
        let sentences = engine.splitter.split(text);
        for rule in &engine.rules.rules {
            for m in rule.regex.find_iter(text) {
                match rule.kind {
                    Kind::Figure => {
                        let inside: Vec<_> = anchor.find_iter(&text[..m.end()]).filter(|a| a.start() >= m.start()).collect();
                        let (Some(first), Some(last)) = (inside.first(), inside.last()) else { continue };
                        assert!(first.start() - m.start() <= WINDOW_BEFORE, "{}: {:?} starts too far before its number", rule.id, m.as_str());
                        assert!(m.end() - last.end() <= WINDOW_AFTER, "{}: {:?} ends too far after its number", rule.id, m.as_str());
                    }
                    Kind::Date => {
                        let Some(sentence) = sentences.iter().find(|s| s.start <= m.start() && m.start() < s.end) else { continue };
                        assert!(m.end() <= sentence.end + SENTENCE_MARGIN, "{}: {:?} runs past its sentence's margin", rule.id, m.as_str());
                    }
                    _ => continue,
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} matches checked");
}
