//! `figures rules test` and `figures rules list`: every rule's own examples,
//! run through the whole pipeline, and a table of the rules.
//!
//! An example passes when the pipeline writes a record of the rule's kind whose
//! text is exactly its `match` and whose fields equal its `expect`. A
//! `not_figure` rule's example passes when its pattern matches and no figure
//! overlaps its `match`. A counter-example passes when no record of the rule's
//! kind comes out of it.

use crate::document::{CivilDate, Document};
use crate::emit;
use crate::pipeline::Engine;
use crate::record::Kind;
use crate::ruleset::Rule;
use serde_json::Value;
use std::fmt;

/// One example that did not hold.
#[derive(Debug, Clone)]
pub struct ExampleFailure {
    /// The rule file as the user knows it (`rules/figure/count.toml`).
    pub file: String,
    /// Line of the example's `text` in that file.
    pub line: usize,
    pub rule: String,
    pub input: String,
    pub expected: String,
    pub got: String,
}

impl fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}:{}: rule {}", self.file, self.line, self.rule)?;
        writeln!(f, "  input:    {:?}", self.input)?;
        writeln!(f, "  expected: {}", self.expected)?;
        write!(f, "  got:      {}", self.got)
    }
}

/// How many examples ran and which failed.
#[derive(Debug, Clone, Default)]
pub struct TestReport {
    pub rules: usize,
    pub examples: usize,
    pub failures: Vec<ExampleFailure>,
    /// Passing examples whose record another rule produced: (file:line, rule, producer).
    /// They pass, but do not show that their own rule works.
    pub borrowed: Vec<(String, String, String)>,
}

/// Runs the examples and counter-examples of every rule whose id contains `filter`.
pub fn test_examples(engine: &Engine, filter: Option<&str>) -> TestReport {
    let mut report = TestReport::default();
    for rule in engine.rules.rules.iter().filter(|r| filter.is_none_or(|f| r.id.contains(f))) {
        report.rules += 1;
        let file = engine.rules.source.display_path(&rule.file);
        for example in &rule.examples {
            report.examples += 1;
            let failure = |expected: String, got: String| ExampleFailure {
                file: file.clone(),
                line: example.line,
                rule: rule.id.clone(),
                input: example.text.clone(),
                expected,
                got,
            };
            let reference_date = match example.reference_date.as_deref().map(|d| (d, CivilDate::parse(d))) {
                Some((text, None)) => {
                    report.failures.push(failure("a reference_date of the form YYYY-MM-DD".into(), format!("{text:?}")));
                    continue;
                }
                Some((_, date)) => date,
                None => None,
            };
            let found = records_of(engine, rule.kind, &example.text, reference_date);
            let span = example.span.as_deref();
            if rule.param_str("not_figure").is_some() || rule.param_str("not_date").is_some() {
                if let Some(problem) = check_veto(rule, &example.text, span.unwrap_or(&example.text), &found) {
                    let what = format!("no {} inside {:?} (pattern matches it)", rule.kind, span.unwrap_or(&example.text));
                    report.failures.push(failure(what, problem));
                }
                continue;
            }
            let wanted = |r: &&Value| span.is_none_or(|s| r["text"] == s);
            // Prefer the rule's own record when several have the expected text.
            let record = found.iter().filter(wanted).find(|r| r["rule"] == rule.id.as_str()).or_else(|| found.iter().find(wanted));
            let expected = describe_expectation(rule.kind, span, &example.expect);
            let Some(record) = record else {
                report.failures.push(failure(expected, describe_found(rule.kind, &found)));
                continue;
            };
            let wrong: Vec<String> = example
                .expect
                .iter()
                .filter(|(key, want)| !same_value(&record[key.as_str()], want))
                .map(|(key, _)| format!("{key} = {}", record[key.as_str()]))
                .collect();
            if !wrong.is_empty() {
                let got = format!("{:?} ({}) with {}", record["text"].as_str().unwrap_or(""), record["rule"].as_str().unwrap_or(""), wrong.join(", "));
                report.failures.push(failure(expected, got));
            } else if record["rule"] != rule.id.as_str() {
                let producer = record["rule"].as_str().unwrap_or("").to_string();
                report.borrowed.push((format!("{file}:{}", example.line), rule.id.clone(), producer));
            }
        }
        for counter in &rule.counters {
            report.examples += 1;
            let found = records_of(engine, rule.kind, &counter.text, None);
            if !found.is_empty() {
                report.failures.push(ExampleFailure {
                    file: file.clone(),
                    line: counter.line,
                    rule: rule.id.clone(),
                    input: counter.text.clone(),
                    expected: format!("no {} record (counter-example)", rule.kind),
                    got: describe_found(rule.kind, &found),
                });
            }
        }
    }
    report
}

/// The records of `kind` the whole pipeline writes for `text`, as JSON objects.
fn records_of(engine: &Engine, kind: Kind, text: &str, reference_date: Option<CivilDate>) -> Vec<Value> {
    let mut doc = Document::new("example", text);
    doc.reference_date = reference_date;
    let analysis = engine.analyze(&doc);
    let mut bytes = Vec::new();
    emit::write_records(&doc, &analysis.records, &mut bytes);
    let lines = String::from_utf8(bytes).expect("records are UTF-8");
    lines
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("records are JSON"))
        .filter(|r| r["kind"] == kind.as_str())
        .collect()
}

/// Why a `not_figure` or `not_date` example fails, if it does.
fn check_veto(rule: &Rule, text: &str, span: &str, figures: &[Value]) -> Option<String> {
    if !rule.regex().is_match(text) {
        return Some("the pattern does not match the text".into());
    }
    let start = text.find(span).map_or(0, |at| text[..at].chars().count());
    let end = start + span.chars().count();
    let inside = figures.iter().find(|r| {
        let (s, e) = (r["start"].as_u64().unwrap_or(0) as usize, r["end"].as_u64().unwrap_or(0) as usize);
        s < end && start < e
    })?;
    Some(format!("{} {:?} ({})", rule.kind, inside["text"].as_str().unwrap_or(""), inside["rule"].as_str().unwrap_or("")))
}

fn describe_expectation(kind: Kind, span: Option<&str>, expect: &toml::Table) -> String {
    let span = span.map_or_else(|| "somewhere in the text".to_string(), |s| format!("{s:?}"));
    let article = if kind == Kind::Agency { "an" } else { "a" };
    if expect.is_empty() {
        return format!("{article} {kind} record {span}");
    }
    let fields: Vec<String> = expect.iter().map(|(k, v)| format!("{k} = {v}")).collect();
    format!("{article} {kind} record {span} with {}", fields.join(", "))
}

fn describe_found(kind: Kind, found: &[Value]) -> String {
    if found.is_empty() {
        return format!("no {kind} record");
    }
    let each: Vec<String> =
        found.iter().map(|r| format!("{:?} ({})", r["text"].as_str().unwrap_or(""), r["rule"].as_str().unwrap_or(""))).collect();
    format!("{kind} records {}", each.join(", "))
}

/// A record field against an `expect` value: numbers numerically, the rest exactly.
pub fn same_value(got: &Value, want: &toml::Value) -> bool {
    match (got, want) {
        (Value::Number(n), toml::Value::Integer(i)) => n.as_f64().is_some_and(|x| (x - *i as f64).abs() < 1e-9),
        (Value::Number(n), toml::Value::Float(w)) => n.as_f64().is_some_and(|x| (x - w).abs() < 1e-9),
        (Value::String(s), toml::Value::String(w)) => s == w,
        (Value::Bool(b), toml::Value::Boolean(w)) => b == w,
        _ => false,
    }
}

/// Prints the failures and a summary to `out`; returns whether every example held.
pub fn print_report(report: &TestReport, out: &mut impl std::io::Write) -> std::io::Result<bool> {
    for failure in &report.failures {
        writeln!(out, "FAIL {failure}\n")?;
    }
    for (location, rule, producer) in &report.borrowed {
        writeln!(out, "note: {location}: an example of {rule} passes, but its record comes from {producer}")?;
    }
    let passed = report.examples - report.failures.len();
    let verdict = if report.failures.is_empty() { "ok" } else { "FAILED" };
    writeln!(
        out,
        "rules test: {verdict}. {} rules, {} examples: {passed} passed, {} failed",
        report.rules,
        report.examples,
        report.failures.len()
    )?;
    Ok(report.failures.is_empty())
}

/// One row per rule: id, kind, file:line, examples and counter-examples.
pub fn list(engine: &Engine, kind: Option<Kind>, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let rules: Vec<&Rule> = engine.rules.rules.iter().filter(|r| kind.is_none_or(|k| r.kind == k)).collect();
    let locations: Vec<String> = rules.iter().map(|r| format!("{}:{}", engine.rules.source.display_path(&r.file), r.line)).collect();
    let id_width = rules.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
    let file_width = locations.iter().map(String::len).max().unwrap_or(4).max(4);
    writeln!(out, "{:id_width$}  {:6}  {:file_width$}  examples  counters", "id", "kind", "file")?;
    for (rule, location) in rules.iter().zip(&locations) {
        writeln!(
            out,
            "{:id_width$}  {:6}  {:file_width$}  {:>8}  {:>8}",
            rule.id,
            rule.kind.as_str(),
            location,
            rule.examples.len(),
            rule.counters.len()
        )?;
    }
    Ok(())
}

/// `figures rules test`: exit 0 when every example holds, 4 when one fails.
pub fn run_test(rules: Option<&std::path::Path>, filter: Option<&str>) -> Result<i32, crate::cli::Failure> {
    let engine = crate::cli::load_engine(rules)?;
    let report = test_examples(&engine, filter);
    if report.rules == 0 {
        return Err(crate::cli::Failure::usage(format!("no rule id contains {:?}", filter.unwrap_or(""))));
    }
    let stdout = std::io::stdout();
    let ok = print_report(&report, &mut stdout.lock()).map_err(|e| crate::cli::Failure::usage(format!("writing to stdout: {e}")))?;
    Ok(if ok { crate::error::exit::OK } else { crate::error::exit::TEST_FAILED })
}

/// `figures rules list`.
pub fn run_list(rules: Option<&std::path::Path>, kind: Option<Kind>) -> Result<i32, crate::cli::Failure> {
    let engine = crate::cli::load_engine(rules)?;
    let stdout = std::io::stdout();
    list(&engine, kind, &mut stdout.lock()).map_err(|e| crate::cli::Failure::usage(format!("writing to stdout: {e}")))?;
    Ok(crate::error::exit::OK)
}
