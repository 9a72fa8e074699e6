//! Every date rule's own examples and counter-examples, run through the whole
//! pipeline (with the example's reference date, if any): an example must yield a
//! date record whose text is exactly its `match` and whose fields equal its
//! `expect`; a `not_date` rule's example must yield no date inside its match; a
//! counter-example must yield no date from that rule.

use figures::document::{CivilDate, Document};
use figures::record::{Kind, RecordData};
use figures::Engine;

#[test]
fn date_rule_examples_hold() {
    let engine = Engine::bundled().expect("bundled rules load");
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in engine.rules.of_kind(Kind::Date) {
        for example in &rule.examples {
            checked += 1;
            let mut doc = Document::new("example", example.text.as_str());
            doc.reference_date = example.reference_date.as_deref().and_then(CivilDate::parse);
            let analysis = engine.analyze(&doc);
            let dates: Vec<(&str, &figures::record::Date, &str)> = analysis
                .records
                .iter()
                .filter_map(|r| match &r.data {
                    RecordData::Date(d) => Some((&doc.text[r.start..r.end], d, r.rule.as_str())),
                    _ => None,
                })
                .collect();
            let span = example.span.clone().unwrap_or_default();
            if rule.param_str("not_date").is_some() {
                let at = doc.text.find(span.as_str()).unwrap_or(0);
                let inside = analysis.records.iter().filter(|r| r.kind() == Kind::Date).find(|r| r.start < at + span.len() && at < r.end);
                if !rule.regex.is_match(&doc.text) || inside.is_some() {
                    failures.push(format!("{}: {:?}: no date may lie in {span:?} (found {inside:?})", rule.id, example.text));
                }
                continue;
            }
            let Some((_, date, by)) = dates.iter().find(|(text, _, _)| *text == span) else {
                let texts: Vec<&str> = dates.iter().map(|(t, _, _)| *t).collect();
                failures.push(format!("{}: {:?} yields {texts:?}, expected {span:?}", rule.id, example.text));
                continue;
            };
            if *by != rule.id {
                failures.push(format!("{}: {span:?} is produced by {by}", rule.id));
            }
            for (key, want) in &example.expect {
                let got = match key.as_str() {
                    "type" => toml::Value::String(date.timex_type.clone()),
                    "value" => toml::Value::String(date.value.clone()),
                    "relative" => toml::Value::Boolean(date.relative),
                    other => toml::Value::String(format!("unknown field {other}")),
                };
                if &got != want {
                    failures.push(format!("{}: {:?}: {key} = {got}, expected {want}", rule.id, example.text));
                }
            }
        }
        for counter in &rule.counters {
            checked += 1;
            let doc = Document::new("counter", counter.text.as_str());
            let analysis = engine.analyze(&doc);
            if let Some(r) = analysis.records.iter().find(|r| r.kind() == Kind::Date && r.rule == rule.id) {
                failures.push(format!("{}: counter-example {:?} yields {:?}", rule.id, counter.text, &doc.text[r.start..r.end]));
            }
        }
    }
    assert!(checked > 60, "only {checked} examples");
    assert!(failures.is_empty(), "{} of {checked} examples fail:\n{}", failures.len(), failures.join("\n"));
}
