//! `figures eval`: the scores of the bundled rules on the shipped gold must not
//! drop below `tests/gold/baseline.toml`, and they are the numbers the shared
//! `score.py` computes for the same files.

mod util;

use figures::Engine;
use figures::commands::eval::{Baseline, extract_records, load_gold, render, score, to_json};
use figures::commands::jsonl;
use std::path::{Path, PathBuf};
use util::{run, stderr, stdout, temp_dir};

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Scores of the bundled rules on `corpus` against `gold` must stay at or above
/// `baseline`; with FIGURES_UPDATE_BASELINE set the baseline is rewritten first.
fn assert_scores_at_or_above_baseline(gold: &str, corpus: &str, baseline_file: &str) {
    let engine = Engine::bundled().expect("bundled rules load");
    let gold_records = load_gold(&project(gold)).unwrap();
    let predicted = extract_records(&engine, &[project(corpus)]).unwrap();
    let scores = score(&gold_records, &predicted);
    let corpus_arg = if corpus == "corpus" { String::new() } else { format!(" --corpus {corpus}") };
    let update = format!("cargo run --release -- eval --gold {gold}{corpus_arg} --write-baseline {baseline_file}");
    let path = project(baseline_file);
    if std::env::var_os("FIGURES_UPDATE_BASELINE").is_some() {
        std::fs::write(&path, Baseline::from_scores(&scores).to_toml(&update.replacen("cargo run --release --", "figures", 1))).unwrap();
    }
    let baseline = Baseline::parse(baseline_file, &std::fs::read_to_string(&path).unwrap()).unwrap();
    let rises = baseline.rises(&scores);
    if !rises.is_empty() {
        eprintln!("Scores above {baseline_file}; raise the floors so they stay there:\n  {update}\n  (or FIGURES_UPDATE_BASELINE=1 cargo test --release --test tools_eval)");
        for (name, floor, now) in &rises {
            eprintln!("  {name}: {} → {now:.4}", floor.map_or("new".to_string(), |f| format!("{f:.4}")));
        }
    }
    let drops = baseline.drops(&scores);
    let listed: Vec<String> = drops.iter().map(|(name, floor, now)| format!("  {name}: {now:.4}, floor {floor:.4}")).collect();
    assert!(
        drops.is_empty(),
        "scores fell below {baseline_file}:\n{}\n\n{}\nSee the misses with `figures eval --gold {gold}{corpus_arg} --show 20`. \
         If the drop is intended, lower the floor by rewriting the baseline:\n  {update}",
        listed.join("\n"),
        render(&scores, 0)
    );
}

#[test]
fn gold_scores_stay_at_or_above_the_baseline() {
    assert_scores_at_or_above_baseline("tests/gold", "corpus", "tests/gold/baseline.toml");
}

/// Articles written for testing and annotated by hand before the tool ran on them
/// (tests/heldout/README.md): how the rules do on news they were not written from.
#[test]
fn heldout_scores_stay_at_or_above_their_baseline() {
    assert_scores_at_or_above_baseline("tests/heldout/gold", "tests/heldout/articles.jsonl", "tests/heldout/baseline.toml");
}

#[test]
fn the_baseline_has_a_floor_for_every_kind() {
    let text = std::fs::read_to_string(project("tests/gold/baseline.toml")).unwrap();
    let baseline = Baseline::parse("baseline.toml", &text).unwrap();
    for kind in ["figure", "date", "agency", "quote"] {
        for score in ["precision", "recall", "f1"] {
            assert!(baseline.scores.contains_key(&format!("{kind}.{score}")), "{kind}.{score} missing");
        }
    }
    assert!(baseline.scores.contains_key("figure.field.unit"));
}

/// Predictions written by `figures extract`, then made worse in every way the scorer sees.
fn degraded_predictions(dir: &Path) -> PathBuf {
    let output = run(&["extract", "corpus", "-q"], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let mut lines = Vec::new();
    for (n, line) in stdout(&output).lines().enumerate() {
        let mut record: serde_json::Value = serde_json::from_str(line).unwrap();
        match n % 7 {
            0 => continue,                                                             // a miss
            1 if record["kind"] == "figure" => record["unit"] = "thing".into(),        // a wrong field
            2 if record["kind"] == "figure" => record["value"] = 1.5.into(),           // no longer matches
            3 if record["kind"] == "date" => record["value"] = "2099".into(),
            4 if record["kind"] == "quote" => record["speaker"] = " NOBODY  here".into(),
            5 => record["end"] = serde_json::json!(record["start"].as_i64().unwrap() + 1), // smaller overlap
            _ => {}
        }
        lines.push(record.to_string());
    }
    lines.push(r#"{"doc":"000_f5419c0a20ab7a8c","kind":"agency","start":0,"end":3,"text":"The","rule":"x","name":"The"}"#.into());
    let path = dir.join("pred.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

#[test]
fn eval_computes_the_numbers_score_py_computes() {
    let score_py = project("../shared/tools/score.py");
    let python = std::process::Command::new("python3").arg("--version").output();
    if !score_py.exists() || python.is_err() {
        eprintln!("skipped: no python3 or no {}", score_py.display());
        return;
    }
    let dir = temp_dir("eval-vs-score-py");
    for pred in [degraded_predictions(&dir)] {
        let reference = std::process::Command::new("python3")
            .args([score_py.to_str().unwrap(), "--gold", project("tests/gold").to_str().unwrap(), pred.to_str().unwrap(), "--json"])
            .output()
            .unwrap();
        assert!(reference.status.success(), "{}", String::from_utf8_lossy(&reference.stderr));
        let reference: serde_json::Value = serde_json::from_slice(&reference.stdout).unwrap();
        let ours = run(&["eval", "--gold", "tests/gold", pred.to_str().unwrap(), "--json"], b"");
        assert!(ours.status.success(), "{}", stderr(&ours));
        let ours: serde_json::Value = serde_json::from_str(&stdout(&ours)).unwrap();
        for kind in ["figure", "date", "agency", "quote"] {
            let (a, b) = (&reference["records"][kind], &ours["records"][kind]);
            for key in ["gold", "pred", "matched", "precision", "recall", "f1", "attributes"] {
                assert_eq!(a[key], b[key], "{kind} {key}: score.py {} vs figures eval {}", a[key], b[key]);
            }
            for key in ["missed", "spurious", "wrong"] {
                assert_eq!(a[key].as_array().map(Vec::len), b[key].as_array().map(Vec::len), "{kind} {key}");
            }
        }
    }
}

#[test]
fn eval_reads_stdin_shows_misses_and_checks_a_baseline() {
    let gold = std::fs::read_to_string(project("tests/gold/000_f5419c0a20ab7a8c.jsonl")).unwrap();
    let half: String = gold.lines().step_by(2).map(|l| format!("{l}\n")).collect();
    let output = run(&["eval", "--gold", "tests/gold", "-", "--show", "2"], half.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("P=1.000") && text.contains("missed:"), "{text}");
    assert!(text.lines().filter(|l| l.contains("missed:")).count() <= 8, "{text}");

    let dir = temp_dir("eval-baseline");
    let baseline = dir.join("baseline.toml");
    let all = run(&["eval", "--gold", "tests/gold", "--write-baseline", baseline.to_str().unwrap()], b"");
    assert!(all.status.success(), "{}", stderr(&all));
    let worse = run(&["eval", "--gold", "tests/gold", "-", "--baseline", baseline.to_str().unwrap()], half.as_bytes());
    assert_eq!(worse.status.code(), Some(1));
    assert!(stderr(&worse).contains("below its floor"), "{}", stderr(&worse));
    let same = run(&["eval", "--gold", "tests/gold", "--baseline", baseline.to_str().unwrap()], b"");
    assert_eq!(same.status.code(), Some(0), "{}", stderr(&same));
}

#[test]
fn gold_scored_against_itself_is_perfect_and_bad_input_is_named() {
    let gold = load_gold(&project("tests/gold")).unwrap();
    let scores = score(&gold, &gold);
    let json = to_json(&scores);
    for kind in ["figure", "date", "agency", "quote"] {
        assert_eq!(json["records"][kind]["f1"], 1.0, "{kind}");
        for (field, accuracy) in json["records"][kind]["attributes"].as_object().unwrap() {
            assert_eq!(accuracy, 1.0, "{kind}.{field}");
        }
    }
    assert!(jsonl::parse_records("x.jsonl", "{}\nnot json\n").unwrap_err().starts_with("x.jsonl:2: not JSON"));
    let missing = run(&["eval", "--gold", "no/such/dir"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no/such/dir"), "{}", stderr(&missing));
}
