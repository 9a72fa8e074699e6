//! A kind's rules searched as sets (`ruleset::MatchingSets`) must say of every rule
//! exactly what the rule's own regex says: the stages skip a rule on their word.

use figures::Kind;
use figures::ruleset::{MatchingSets, RuleSet};

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
        let sets = MatchingSets::new(of_kind.iter().copied()).expect("rules compile as sets");
        let mut skipped = 0;
        for text in &texts {
            // From a start inside the text too: the stages search windows that way.
            let start = text.char_indices().nth(text.chars().count() / 3).map_or(0, |(i, _)| i);
            for from in [0, start] {
                let matched = sets.matching(text, from);
                assert!(matched.windows(2).all(|w| w[0] < w[1]), "{kind:?}: indexes not ascending: {matched:?}");
                for (i, rule) in of_kind.iter().enumerate() {
                    let found = matched.binary_search(&i).is_ok();
                    assert_eq!(found, rule.regex().find_at(text, from).is_some(), "{} on {text:?} from {from}", rule.id);
                    skipped += usize::from(!found);
                }
            }
        }
        // Worth having only if most texts leave most rules out.
        assert!(skipped > texts.len() * of_kind.len(), "{kind:?}: the sets skipped only {skipped} searches");
    }
}

/// Figure and date rules run only in windows around their anchors (digits, number
/// words; month names, time words): a match of any rule on a whole news text must
/// hold an anchor and fit the window around it, or a rule author's new rule would
/// silently lose matches.
#[test]
fn rule_matches_fit_the_windows_the_stages_search() {
    use figures::extract::{date, figure};
    let engine = figures::Engine::bundled().expect("bundled rules");
    let anchor = |name: &str| regex::Regex::new(&engine.rules.patterns.expand(name).expect("anchor")).expect("anchor regex");
    let (figure_anchor, date_anchor) = (anchor("{FIGURE_ANCHOR}"), anchor("{DATE_ANCHOR}"));
    let mut texts = news_texts();
    for rule in &engine.rules.rules {
        texts.extend(rule.examples.iter().map(|e| e.text.clone()));
    }
    let mut checked = [0, 0];
    for text in &texts {
        for rule in &engine.rules.rules {
            let (anchor, before, after, count) = match rule.kind {
                Kind::Figure => (&figure_anchor, figure::WINDOW_BEFORE, figure::WINDOW_AFTER, &mut checked[0]),
                Kind::Date => (&date_anchor, date::WINDOW_BEFORE, date::WINDOW_AFTER, &mut checked[1]),
                _ => continue,
            };
            for m in rule.regex().find_iter(text) {
                let inside: Vec<_> = anchor.find_iter(&text[..m.end()]).filter(|a| a.end() > m.start()).collect();
                let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
                    // A vetoing span without an anchor cannot touch a figure or date; a date must hold one.
                    assert!(rule.kind == Kind::Figure || rule.param_str("not_date").is_some(), "{}: {:?} holds no anchor", rule.id, m.as_str());
                    continue;
                };
                assert!(first.start().saturating_sub(m.start()) <= before, "{}: {:?} starts too far before its anchor", rule.id, m.as_str());
                assert!(m.end() - last.end() <= after, "{}: {:?} ends too far after its anchor", rule.id, m.as_str());
                *count += 1;
            }
        }
    }
    assert!(checked.iter().all(|&n| n > 1000), "too few matches checked: {checked:?}");
}
