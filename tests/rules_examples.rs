//! `figures rules test`: every bundled rule's examples hold, and a failing
//! example is reported with its file, line, rule id, input, expected and got.

mod support;
mod util;

use figures::Engine;
use figures::commands::rules::{print_report, test_examples};
use std::fs;
use util::{run, stderr, stdout, temp_dir};

fn rules_copy(name: &str) -> std::path::PathBuf {
    support::rules_copy(&temp_dir(name))
}

#[test]
fn every_bundled_rule_example_holds() {
    let engine = Engine::bundled().expect("bundled rules load");
    let report = test_examples(&engine, None);
    let mut text = Vec::new();
    print_report(&report, &mut text).unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(report.rules == engine.rules.rules.len() && report.examples > report.rules, "{text}");
    assert!(report.failures.is_empty(), "{text}");
}

/// A one-rule file of our own, so these tests do not depend on how the bundled date rules are laid out.
const PROBE: &str = "[[rule]]\nname = 'year'\npattern = '(?-u:\\b)(?P<year>{YEAR})(?-u:\\b)'\ntype = 'DATE'\n\n  [[rule.example]]\n  text = 'The 2018 Trump policy separated families.'\n  match = '2018'\n  expect = { type = 'DATE', value = '2018' }\n";

#[test]
fn a_wrong_expectation_is_reported_with_file_line_rule_input_expected_and_got() {
    let dir = rules_copy("rules-test-wrong");
    let broken = PROBE.replace("value = '2018'", "value = '2019'");
    fs::write(dir.join("date/probe.toml"), &broken).unwrap();
    let line = broken.lines().position(|l| l.contains("The 2018 Trump policy")).unwrap() + 1;

    let output = run(&["rules", "test", "date/probe", "--rules", dir.to_str().unwrap()], b"");
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(4), "{text}{}", stderr(&output));
    assert!(text.contains(&format!("date/probe.toml:{line}: rule date/probe/year")), "{text}");
    assert!(text.contains("input:    \"The 2018 Trump policy separated families.\""), "{text}");
    assert!(text.contains("value = \"2019\""), "{text}");
    assert!(text.contains("got:") && text.contains("value = \"2018\""), "{text}");
    assert!(text.contains("1 failed"), "{text}");
}

#[test]
fn a_counter_example_that_matches_fails_and_a_filter_selects_rules() {
    let dir = rules_copy("rules-test-counter");
    let probe = format!("{PROBE}\n  [[rule.counter]]\n  text = \"Back in 1999.\"\n");
    fs::write(dir.join("date/probe.toml"), probe).unwrap();
    let output = run(&["rules", "test", "date/probe", "--rules", dir.to_str().unwrap()], b"");
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(4), "{out}");
    assert!(out.contains("no date record (counter-example)") && out.contains("\"1999\" (date/"), "{out}");
    // Only the filtered rules ran: the file holds one.
    assert!(out.contains(" 1 rules,"), "{out}");

    let all_pass = run(&["rules", "test", "figure/count"], b"");
    assert_eq!(all_pass.status.code(), Some(0), "{}", stdout(&all_pass));
    let none = run(&["rules", "test", "no-such-rule"], b"");
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("no rule id contains"), "{}", stderr(&none));
}

#[test]
fn rules_list_shows_id_kind_file_and_example_counts() {
    let engine = Engine::bundled().unwrap();
    let output = run(&["rules", "list"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(rows.len(), engine.rules.rules.len());
    let weekday = rows.iter().find(|r| r.starts_with("date/relative/weekday ")).expect("weekday listed");
    let columns: Vec<&str> = weekday.split_whitespace().collect();
    assert_eq!(columns[1], "date");
    assert!(columns[2].starts_with("rules/date/relative.toml:"), "{weekday}");
    let rule = engine.rules.rules.iter().find(|r| r.id == "date/relative/weekday").unwrap();
    assert_eq!(columns[3], rule.examples.len().to_string());

    let quotes = stdout(&run(&["rules", "list", "--kind", "quote"], b""));
    assert!(quotes.lines().skip(1).all(|l| l.split_whitespace().nth(1) == Some("quote")), "{quotes}");
}
