//! A broken rule file is a clear error (exit 3, file, line, rule, cause), never
//! a panic. Each test writes the bundled rules plus one broken file to a fresh
//! folder and runs `figures rules test --rules` on it.

mod support;
mod util;

use std::fs;
use util::{run, stderr, temp_dir};

const GOOD_RULE: &str = "[[rule]]\nname = 'ten'\npattern = '\\b(?P<year>{YEAR})\\b'\ntype = 'DATE'\n\n  [[rule.example]]\n  text = 'In 2010.'\n  match = '2010'\n";

/// Runs the rules folder with `date/extra.toml` = `text` and returns (exit code, stderr).
fn load_with(name: &str, text: &str) -> (Option<i32>, String) {
    let dir = support::rules_copy(&temp_dir(name));
    fs::write(dir.join("date/extra.toml"), text).unwrap();
    // Only the extra file's examples run: the check here is loading, not the other rules.
    let output = run(&["rules", "test", "date/extra", "--rules", dir.to_str().unwrap()], b"");
    let message = stderr(&output);
    assert!(!message.contains("panicked"), "{message}");
    (output.status.code(), message.replace(dir.to_str().unwrap(), "RULES"))
}

#[test]
fn the_good_rule_loads() {
    let (code, message) = load_with("rule-good", GOOD_RULE);
    assert_eq!(code, Some(0), "{message}");
}

#[test]
fn toml_syntax_error_names_file_line_and_column() {
    let (code, message) = load_with("rule-syntax", &GOOD_RULE.replace("type = 'DATE'", "type = 'DATE"));
    assert_eq!(code, Some(3));
    assert!(message.contains("figures: error: RULES/date/extra.toml:4:"), "{message}");
    let column = message.split("extra.toml:4:").nth(1).and_then(|rest| rest.split(':').next()).unwrap_or("");
    assert!(column.parse::<usize>().is_ok(), "no column in {message}");
    assert!(message.contains("TOML syntax"), "{message}");
}

#[test]
fn unknown_field_names_the_field_and_what_is_allowed() {
    let (code, message) = load_with("rule-field", &GOOD_RULE.replace("type = 'DATE'", "tipe = 'DATE'"));
    assert_eq!(code, Some(3));
    assert!(message.contains("RULES/date/extra.toml:2: rule date/extra/ten: unknown field `tipe`"), "{message}");
    assert!(message.contains("type"), "{message}");
}

#[test]
fn unknown_example_field_is_an_error() {
    let (code, message) = load_with("rule-example-field", &GOOD_RULE.replace("match = '2010'", "matches = '2010'"));
    assert_eq!(code, Some(3));
    assert!(message.contains("rule date/extra/ten") && message.contains("example field `matches`"), "{message}");
}

#[test]
fn duplicate_rule_id_points_at_both_definitions() {
    let (code, message) = load_with("rule-duplicate", &format!("{GOOD_RULE}\n{GOOD_RULE}"));
    assert_eq!(code, Some(3));
    assert!(message.contains("RULES/date/extra.toml:11: rule date/extra/ten: duplicate rule id, first defined at line 2"), "{message}");
}

#[test]
fn regex_that_does_not_compile_gives_the_regex_crate_message_and_rule_id() {
    let (code, message) = load_with("rule-regex", &GOOD_RULE.replace("\\b(?P<year>{YEAR})\\b", "(?P<year>{YEAR}"));
    assert_eq!(code, Some(3));
    assert!(message.contains("RULES/date/extra.toml:2: rule date/extra/ten: regex does not compile"), "{message}");
    // The regex crate's own diagnosis is passed on.
    assert!(message.contains("unclosed group"), "{message}");
}

#[test]
fn unknown_sub_pattern_names_it_and_lists_the_known_ones() {
    let (code, message) = load_with("rule-subpattern", &GOOD_RULE.replace("{YEAR}", "{YEER}"));
    assert_eq!(code, Some(3));
    assert!(message.contains("rule date/extra/ten: unknown sub-pattern {YEER}"), "{message}");
    assert!(message.contains("YEAR"), "{message}");
}

#[test]
fn every_defect_in_a_folder_is_reported_at_once() {
    let two = format!("{}\n{}", GOOD_RULE.replace("{YEAR}", "{YEER}"), GOOD_RULE.replace("'ten'", "'eleven'").replace("type = 'DATE'", "tipe = 'DATE'"));
    let (code, message) = load_with("rule-several", &two);
    assert_eq!(code, Some(3));
    assert!(message.contains("date/extra/ten: unknown sub-pattern") && message.contains("date/extra/eleven: unknown field"), "{message}");
    assert!(message.lines().all(|l| l.starts_with("figures: error: ")), "{message}");
}

#[test]
fn a_missing_rules_folder_is_named() {
    let output = run(&["rules", "list", "--rules", "no/such/folder"], b"");
    assert_eq!(output.status.code(), Some(3));
    assert!(stderr(&output).contains("no/such/folder: not a folder of rules"), "{}", stderr(&output));
}

#[test]
fn an_unknown_agency_type_names_the_file_line_and_the_allowed_types() {
    let dir = support::rules_copy(&temp_dir("agency-type"));
    let gazetteer = dir.join("agency/gazetteer.tsv");
    let mut text = fs::read_to_string(&gazetteer).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("Fake Bureau of Things\tFBT\tgoverment\n");
    fs::write(&gazetteer, text).unwrap();
    let output = run(&["rules", "test", "agency/", "--rules", dir.to_str().unwrap()], b"");
    let message = stderr(&output).replace(dir.to_str().unwrap(), "RULES");
    assert_eq!(output.status.code(), Some(3), "{message}");
    assert!(message.contains(&format!("RULES/agency/gazetteer.tsv:{line}: unknown agency type `goverment`")), "{message}");
    assert!(message.contains("government, court, ngo, media, intergovernmental"), "{message}");
}

#[test]
fn a_date_rule_list_side_other_than_before_or_after_names_the_rule() {
    let rule = GOOD_RULE.replace("type = 'DATE'\n", "type = 'DATE'\nlist = 'around'\n");
    let (code, message) = load_with("list-side", &rule);
    assert_eq!(code, Some(3), "{message}");
    assert!(message.contains("RULES/date/extra.toml:2: rule date/extra/ten: `list` must be \"before\" or \"after\""), "{message}");
}

#[test]
fn a_malformed_tense_word_line_names_the_file_and_line() {
    let dir = support::rules_copy(&temp_dir("tense-words"));
    let tense = dir.join("date/tense.tsv");
    let mut text = fs::read_to_string(&tense).unwrap();
    let first = text.lines().count() + 1;
    text.push_str("Rose\tpast\nsoared\tpresently\nslumped\n");
    fs::write(&tense, text).unwrap();
    let output = run(&["rules", "test", "date/", "--rules", dir.to_str().unwrap()], b"");
    let message = stderr(&output).replace(dir.to_str().unwrap(), "RULES");
    assert_eq!(output.status.code(), Some(3), "{message}");
    assert!(message.contains(&format!("RULES/date/tense.tsv:{first}: `Rose` must be one word in lowercase ASCII letters")), "{message}");
    assert!(message.contains(&format!("RULES/date/tense.tsv:{}: unknown role `presently`", first + 1)), "{message}");
    assert!(message.contains(&format!("RULES/date/tense.tsv:{}: expected 2 tab-separated fields", first + 2)), "{message}");
}

#[test]
fn a_malformed_dated_noun_line_names_the_file_and_line() {
    let dir = support::rules_copy(&temp_dir("dated-nouns"));
    let nouns = dir.join("date/dated_nouns.tsv");
    let mut text = fs::read_to_string(&nouns).unwrap();
    let first = text.lines().count() + 1;
    text.push_str("Tsunami\tevent\nblizzard\tweather\nmudslide\n");
    fs::write(&nouns, text).unwrap();
    let output = run(&["rules", "test", "date/", "--rules", dir.to_str().unwrap()], b"");
    let message = stderr(&output).replace(dir.to_str().unwrap(), "RULES");
    assert_eq!(output.status.code(), Some(3), "{message}");
    assert!(message.contains(&format!("RULES/date/dated_nouns.tsv:{first}: `Tsunami` must be one word in lowercase ASCII letters")), "{message}");
    assert!(message.contains(&format!("RULES/date/dated_nouns.tsv:{}: unknown role `weather`", first + 1)), "{message}");
    assert!(message.contains(&format!("RULES/date/dated_nouns.tsv:{}: expected 2 tab-separated fields", first + 2)), "{message}");
}

#[test]
fn an_event_noun_added_to_the_dated_nouns_dates_a_figure() {
    let dir = support::rules_copy(&temp_dir("dated-added"));
    let article = br#"{"id":"a","date":"2024-05-10","text":"The 2019 blizzard stranded 4,000 drivers."}"#;
    let date = |dir: &std::path::Path| {
        let output = run(&["extract", "-q", "--kinds", "figure", "--rules", dir.to_str().unwrap(), "-"], article);
        util::stdout(&output)
    };
    // A year between a determiner and a noun names the thing, unless the noun is an event.
    assert!(date(&dir).contains("\"date\":null"), "{}", date(&dir));
    let nouns = dir.join("date/dated_nouns.tsv");
    let mut text = fs::read_to_string(&nouns).unwrap();
    text.push_str("blizzard\tevent\n");
    fs::write(&nouns, text).unwrap();
    assert!(date(&dir).contains("\"date\":\"2019\""), "{}", date(&dir));
}

#[test]
fn a_past_form_added_to_the_tense_words_moves_a_month_back() {
    let dir = support::rules_copy(&temp_dir("tense-added"));
    let article = br#"{"id":"a","date":"2024-05-10","text":"Output slumpt in July."}"#;
    let value = |dir: &std::path::Path| {
        let output = run(&["extract", "-q", "--kinds", "date", "--rules", dir.to_str().unwrap(), "-"], article);
        util::stdout(&output)
    };
    // `slumpt` is no past form the bundled words know: a July told in no tense is this year's.
    assert!(value(&dir).contains("\"value\":\"2024-07\""), "{}", value(&dir));
    let tense = dir.join("date/tense.tsv");
    let mut text = fs::read_to_string(&tense).unwrap();
    text.push_str("slumpt\tpast\n");
    fs::write(&tense, text).unwrap();
    assert!(value(&dir).contains("\"value\":\"2023-07\""), "{}", value(&dir));
}

#[test]
fn a_pounds_word_of_an_unknown_sense_names_the_file_and_line() {
    let dir = support::rules_copy(&temp_dir("pound-senses"));
    let pounds = dir.join("figure/pounds.tsv");
    let mut text = fs::read_to_string(&pounds).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("stipend\tcash\n");
    fs::write(&pounds, text).unwrap();
    let output = run(&["rules", "test", "figure/", "--rules", dir.to_str().unwrap()], b"");
    let message = stderr(&output).replace(dir.to_str().unwrap(), "RULES");
    assert_eq!(output.status.code(), Some(3), "{message}");
    assert!(message.contains(&format!("RULES/figure/pounds.tsv:{line}: expected: word<TAB>money|weight|weight-verb")), "{message}");
}

#[test]
fn a_rule_too_large_to_compile_is_named_at_load() {
    let huge = GOOD_RULE.replace("'\\b(?P<year>{YEAR})\\b'", "'(?P<year>{YEAR}) (?:\\w{1,500}){1,100}'").replace("'2010'", "'2010 ab'").replace("'In 2010.'", "'In 2010 ab.'");
    let (code, message) = load_with("rule-huge", &huge);
    assert_eq!(code, Some(3), "{message}");
    assert!(message.contains("rule date/extra/ten (date/extra.toml:2) is too large to compile"), "{message}");
}
