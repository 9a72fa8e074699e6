//! Every figure rule's own examples and counter-examples, run through the whole
//! pipeline: an example must yield a figure whose text is exactly its `match` and
//! whose fields equal its `expect`; a `not_figure` rule's example must yield no
//! figure inside its match; a counter-example must yield no figure at all.

use figures::Engine;
use figures::pipeline::analyze_text;
use figures::record::{Kind, Record};

fn figures_in(engine: &Engine, text: &str) -> Vec<(String, Record)> {
    let (doc, analysis) = analyze_text(engine, "example", text);
    analysis.records.into_iter().filter(|r| r.kind() == Kind::Figure).map(|r| (doc.text[r.start..r.end].to_string(), r)).collect()
}

fn field(record: &Record, key: &str) -> toml::Value {
    let json = serde_json::to_value(&record.data).unwrap();
    match &json[key] {
        serde_json::Value::Number(n) if n.is_i64() => toml::Value::Integer(n.as_i64().unwrap()),
        serde_json::Value::Number(n) => toml::Value::Float(n.as_f64().unwrap()),
        serde_json::Value::String(s) => toml::Value::String(s.clone()),
        other => toml::Value::String(format!("{other}")),
    }
}

fn same(a: &toml::Value, b: &toml::Value) -> bool {
    match (a.as_float().or(a.as_integer().map(|i| i as f64)), b.as_float().or(b.as_integer().map(|i| i as f64))) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        _ => a == b,
    }
}

#[test]
fn figure_rule_examples_hold() {
    let engine = Engine::bundled().expect("bundled rules load");
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in engine.rules.of_kind(Kind::Figure) {
        let vetoing = rule.param_str("not_figure").is_some();
        for example in &rule.examples {
            checked += 1;
            let found = figures_in(&engine, &example.text);
            let span = example.span.clone().unwrap_or_default();
            if vetoing {
                let at = example.text.find(&span).unwrap_or(0);
                if !rule.regex().is_match(&example.text) {
                    failures.push(format!("{}: pattern does not match {:?}", rule.id, example.text));
                }
                if let Some((text, _)) = found.iter().find(|(_, r)| r.start < at + span.len() && at < r.end) {
                    failures.push(format!("{}: {:?} still yields figure {text:?}", rule.id, example.text));
                }
                continue;
            }
            let Some((_, record)) = found.iter().find(|(text, _)| *text == span) else {
                let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
                failures.push(format!("{}: {:?} yields {texts:?}, expected {span:?}", rule.id, example.text));
                continue;
            };
            for (key, want) in &example.expect {
                let got = field(record, key);
                if !same(&got, want) {
                    failures.push(format!("{}: {:?}: {key} = {got}, expected {want}", rule.id, example.text));
                }
            }
        }
        for counter in &rule.counters {
            checked += 1;
            let found = figures_in(&engine, &counter.text);
            if !found.is_empty() {
                let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
                failures.push(format!("{}: counter-example {:?} yields {texts:?}", rule.id, counter.text));
            }
        }
    }
    assert!(checked > 30, "only {checked} examples");
    assert!(failures.is_empty(), "{} of {checked} examples fail:\n{}", failures.len(), failures.join("\n"));
}

mod support;
mod util;

#[test]
fn a_malformed_event_cue_line_names_the_file_and_line() {
    let dir = support::rules_copy(&util::temp_dir("event-cues"));
    let cues = dir.join("figure/event_cues.tsv");
    let mut text = std::fs::read_to_string(&cues).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("verdicts\tacquitted\n");
    std::fs::write(&cues, text).unwrap();
    let output = util::run(&["rules", "test", "figure/", "--rules", dir.to_str().unwrap()], b"");
    let message = util::stderr(&output).replace(dir.to_str().unwrap(), "RULES");
    assert_eq!(output.status.code(), Some(3), "{message}");
    assert!(message.contains(&format!("RULES/figure/event_cues.tsv:{line}: expected: verdict|")), "{message}");
}

#[test]
fn a_figure_mark_inside_an_event_form_names_the_file_and_line() {
    let dir = support::rules_copy(&util::temp_dir("event-forms"));
    let events = dir.join("figure/events.tsv");
    let mut text = std::fs::read_to_string(&events).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("rise\tup # more\n");
    std::fs::write(&events, text).unwrap();
    let output = util::run(&["rules", "test", "figure/", "--rules", dir.to_str().unwrap()], b"");
    let message = util::stderr(&output).replace(dir.to_str().unwrap(), "RULES");
    assert_eq!(output.status.code(), Some(3), "{message}");
    assert!(message.contains(&format!("RULES/figure/events.tsv:{line}: form `up # more`")), "{message}");
}

#[test]
fn an_event_form_under_two_lemmas_names_both_lines() {
    let dir = support::rules_copy(&util::temp_dir("event-twice"));
    let events = dir.join("figure/events.tsv");
    let mut text = std::fs::read_to_string(&events).unwrap();
    let first = text.lines().position(|l| l.split('\t').nth(1).is_some_and(|forms| forms.split('|').any(|f| f == "rose"))).unwrap() + 1;
    let line = text.lines().count() + 1;
    text.push_str("drop\trose\n");
    std::fs::write(&events, text).unwrap();
    let output = util::run(&["rules", "test", "figure/", "--rules", dir.to_str().unwrap()], b"");
    let message = util::stderr(&output).replace(dir.to_str().unwrap(), "RULES");
    assert_eq!(output.status.code(), Some(3), "{message}");
    assert!(message.contains(&format!("RULES/figure/events.tsv:{line}: form `rose` is also listed under another lemma (line {first})")), "{message}");
}

/// The figure of `text` whose span is `span`, as (measure, unit, value, high).
fn figure_of(engine: &Engine, text: &str, span: &str) -> Option<(String, Option<String>, f64, Option<f64>)> {
    let (_, record) = figures_in(engine, text).into_iter().find(|(t, _)| t == span)?;
    let figure = record.as_figure()?;
    Some((figure.measure.clone(), figure.unit.clone(), figure.value, figure.high))
}

#[test]
fn units_of_compound_heads_and_shared_currencies() {
    let engine = Engine::bundled().expect("bundled rules load");
    let unit = |text: &str, span: &str| figure_of(&engine, text, span).map(|(m, u, _, _)| (m, u.unwrap_or_default()));
    let pair = |m: &str, u: &str| Some((m.to_string(), u.to_string()));
    assert_eq!(unit("The ferry sank some 30 nautical miles off the cape.", "some 30 nautical miles"), pair("quantity", "nautical mile"));
    assert_eq!(unit("The rookie hit 31 home runs in his first season.", "31 home runs"), pair("count", "home run"));
    assert_eq!(unit("The airline will give up 12 weekly slot pairs at the hub.", "12 weekly slot pairs"), pair("count", "slot pair"));
    assert_eq!(unit("The hackers asked for 75 bitcoin to unlock the files.", "75 bitcoin"), pair("money", "btc"));
    // A currency word several countries use follows the story's dateline, else stays generic.
    assert_eq!(unit("KAMPALA (Reuters) - The ministry set aside 2 billion shillings for roads.", "2 billion shillings"), pair("money", "ugx"));
    assert_eq!(unit("The ministry set aside 2 billion shillings for roads.", "2 billion shillings"), pair("money", "shilling"));
    assert_eq!(unit("BOGOTA (Reuters) - A kilo of rice now costs 5,200 pesos.", "5,200 pesos"), pair("money", "cop"));
    assert_eq!(unit("A kilo of rice now costs 52 pesos.", "52 pesos"), pair("money", "mxn"));
}

#[test]
fn a_change_between_prices_with_lettered_currency_signs_is_two_figures() {
    let engine = Engine::bundled().expect("bundled rules load");
    let text = "Canola for March delivery rose NZ$9 to NZ$640 a tonne, dealers said.";
    assert_eq!(figure_of(&engine, text, "NZ$9"), Some(("money".to_string(), Some("nzd".to_string()), 9.0, None)));
    assert_eq!(figure_of(&engine, text, "NZ$640"), Some(("money".to_string(), Some("nzd".to_string()), 640.0, None)));
    // Bounds of one size after no verb of change stay a range.
    let range = figure_of(&engine, "Tickets cost from C$40 to C$90 each.", "C$40 to C$90");
    assert_eq!(range.map(|(_, _, v, h)| (v, h)), Some((40.0, Some(90.0))));
}

#[test]
fn word_numbers_in_hyphened_compounds_and_bounded_ones_count() {
    let engine = Engine::bundled().expect("bundled rules load");
    let found = |text: &str, span: &str| figure_of(&engine, text, span).map(|(_, u, v, h)| (v, h, u));
    assert_eq!(found("A seven-member jury heard the case.", "seven-member"), Some((7.0, None, Some("member".into()))));
    assert_eq!(found("The three-time winner retired on Friday.", "three-time"), Some((3.0, None, Some("time".into()))));
    assert_eq!(found("Each flat needs at least one window.", "at least one window"), Some((1.0, None, Some("window".into()))));
    assert_eq!(found("Clinics see one or two cases a week.", "one or two cases"), Some((1.0, Some(2.0), Some("case".into()))));
    // `one` alone is a determiner; one-off and one-time are no counts, nor is a three-year term.
    for text in ["One of the guards said the one-time fee was dropped.", "She served a three-year term."] {
        let texts: Vec<String> = figures_in(&engine, text).into_iter().map(|(t, _)| t).collect();
        assert!(texts.is_empty(), "{text}: {texts:?}");
    }
}

#[test]
fn places_where_a_group_is_lend_no_unit_to_a_later_bare_number() {
    let engine = Engine::bundled().expect("bundled rules load");
    let unit = |text: &str, span: &str| figure_of(&engine, text, span).and_then(|(_, u, _, _)| u);
    assert_eq!(unit("Inspectors found 310 violations in six provinces, up from 240 a year earlier.", "240"), Some("violation".into()));
    assert_eq!(unit("Some 52 outbreaks were reported across four districts, with Kasese accounting for 20 of them.", "20"), Some("outbreak".into()));
    // A count of places that is the sentence's subject still lends its unit.
    assert_eq!(unit("Nine states reported shortages, and 12 more expect them.", "12"), Some("state".into()));
}

#[test]
fn an_acronym_with_a_plural_s_is_the_counted_noun() {
    let engine = Engine::bundled().expect("bundled rules load");
    let unit = |text: &str, span: &str| figure_of(&engine, text, span).and_then(|(_, u, _, _)| u);
    // `-is` reads as a singular ending (`crisis`): an acronym's `s` is still its plural.
    assert_eq!(unit("The slugger drove in 98 RBIs this year.", "98 RBIs"), Some("rbi".into()));
    assert_eq!(unit("The clinic runs 14 MRIs a day.", "14 MRIs"), Some("mri".into()));
}

#[test]
fn near_before_a_number_hedges_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let found = figures_in(&engine, "Inflation stayed near 2% in March, and the index closed near 4,100 points.");
    let hedged: Vec<(&str, toml::Value)> = found.iter().map(|(t, r)| (t.as_str(), field(r, "qualifier"))).collect();
    assert_eq!(hedged, [("near 2%", toml::Value::from("about")), ("near 4,100 points", toml::Value::from("about"))], "{found:?}");
}
