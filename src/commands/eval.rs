//! `figures eval`: precision, recall and F1 per kind and per-field accuracy of
//! matched records, against a folder of gold files (`DOC.jsonl`), scored the
//! way the shared `score.py` scores them (see `spec/records.md`, Scoring):
//!
//! - a prediction matches a gold record of the same doc and kind when their
//!   spans overlap (figures: `value` and `high` also equal); each record is
//!   used once, largest overlap first;
//! - every other field of the gold record is scored as the share of matched
//!   records whose field is equal (strings case-insensitive with whitespace
//!   collapsed, numbers numerically, a missing field as null).
//!
//! Beyond `score.py`: a date's `value` (not a matching key for dates) is scored too, as
//! the kind's `value` accuracy (`date.value` in a baseline), apart from the fields so
//! that every number `score.py` prints stays the same.
//!
//! Only documents with a gold file are scored.

use super::jsonl::{self, Object};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

pub const KINDS: [&str; 4] = ["figure", "date", "agency", "quote"];
/// Fields that locate or identify a record rather than describe it.
const NOT_ATTRIBUTES: [&str; 9] = ["doc", "kind", "sentence", "start", "end", "text", "rule", "value", "high"];

/// The gold records of every `*.jsonl` file in `dir`, in file-name order.
pub fn load_gold(dir: &Path) -> Result<Vec<Object>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "jsonl")).collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("{}: no gold files (DOC.jsonl) in this folder", dir.display()));
    }
    let mut records = Vec::new();
    for path in paths {
        records.extend(jsonl::read_records(&path)?);
    }
    Ok(records)
}

/// A field that was wrong on a matched record.
#[derive(Debug, Clone, PartialEq)]
pub struct WrongField {
    pub doc: String,
    pub text: String,
    pub field: String,
    pub gold: Value,
    pub predicted: Value,
}

/// The scores of one kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KindScore {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Field → (equal, scored).
    pub fields: BTreeMap<String, (usize, usize)>,
    /// (doc, text) of gold records no prediction matched.
    pub missed: Vec<(String, String)>,
    /// (doc, text, rule) of predictions that matched no gold record.
    pub spurious: Vec<(String, String, String)>,
    pub wrong: Vec<WrongField>,
    /// (equal, scored) `value`s of matched records, for kinds whose value is no matching key.
    pub values: Option<(usize, usize)>,
    pub wrong_values: Vec<WrongField>,
}

impl KindScore {
    pub fn field_accuracy(&self, field: &str) -> Option<f64> {
        self.fields.get(field).map(|&(equal, scored)| equal as f64 / scored as f64)
    }

    pub fn value_accuracy(&self) -> Option<f64> {
        self.values.map(|(equal, scored)| equal as f64 / scored as f64)
    }
}

/// Scores per kind, in the spec's kind order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scores {
    pub kinds: BTreeMap<&'static str, KindScore>,
}

impl Scores {
    /// Every score as `kind.precision`, `kind.f1`, `kind.field.unit`… → value.
    pub fn flat(&self) -> BTreeMap<String, f64> {
        let mut out = BTreeMap::new();
        for (kind, score) in &self.kinds {
            out.insert(format!("{kind}.precision"), score.precision);
            out.insert(format!("{kind}.recall"), score.recall);
            out.insert(format!("{kind}.f1"), score.f1);
            for field in score.fields.keys() {
                out.insert(format!("{kind}.field.{field}"), score.field_accuracy(field).unwrap_or(0.0));
            }
            if let Some(accuracy) = score.value_accuracy() {
                out.insert(format!("{kind}.value"), accuracy);
            }
        }
        out
    }
}

/// Equality as the scorer sees it.
pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Bool(_), _) | (_, Value::Bool(_)) => false,
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
            (x - y).abs() <= 1e-9 * 1f64.max(x.abs()).max(y.abs())
        }
        (Value::String(x), Value::String(y)) => collapse(x) == collapse(y),
        _ => a == b,
    }
}

fn collapse(s: &str) -> String {
    s.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn field<'a>(record: &'a Object, key: &str) -> &'a Value {
    record.get(key).unwrap_or(&Value::Null)
}

/// Pairs (gold index, predicted index), each used once, largest overlap first;
/// ties keep gold order, then prediction order.
pub fn match_records(gold: &[&Object], predicted: &[&Object]) -> Vec<(usize, usize)> {
    let mut by_key: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, p) in predicted.iter().enumerate() {
        by_key.entry((jsonl::str_field(p, "doc"), jsonl::str_field(p, "kind"))).or_default().push(i);
    }
    let mut candidates = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let Some((gs, ge)) = jsonl::span(g) else { continue };
        let key = (jsonl::str_field(g, "doc"), jsonl::str_field(g, "kind"));
        for &pi in by_key.get(&key).into_iter().flatten() {
            let p = predicted[pi];
            let Some((ps, pe)) = jsonl::span(p) else { continue };
            let overlap = ge.min(pe) - gs.max(ps);
            if overlap <= 0 {
                continue;
            }
            if key.1 == "figure" && !(same(field(g, "value"), field(p, "value")) && same(field(g, "high"), field(p, "high"))) {
                continue;
            }
            candidates.push((overlap, gi, pi));
        }
    }
    // A stable sort keeps gold order, then prediction order, among equal overlaps.
    candidates.sort_by_key(|&(overlap, ..)| std::cmp::Reverse(overlap));
    let (mut used_gold, mut used_predicted) = (BTreeSet::new(), BTreeSet::new());
    let mut pairs = Vec::new();
    for (_, gi, pi) in candidates {
        if used_gold.contains(&gi) || used_predicted.contains(&pi) {
            continue;
        }
        used_gold.insert(gi);
        used_predicted.insert(pi);
        pairs.push((gi, pi));
    }
    pairs
}

/// Scores `predicted` against `gold`.
pub fn score(gold: &[Object], predicted: &[Object]) -> Scores {
    let docs: BTreeSet<&str> = gold.iter().map(|g| jsonl::str_field(g, "doc")).collect();
    let predicted: Vec<&Object> = predicted.iter().filter(|p| docs.contains(jsonl::str_field(p, "doc"))).collect();
    let mut scores = Scores::default();
    for kind in KINDS {
        let g: Vec<&Object> = gold.iter().filter(|r| jsonl::str_field(r, "kind") == kind).collect();
        let p: Vec<&Object> = predicted.iter().copied().filter(|r| jsonl::str_field(r, "kind") == kind).collect();
        let pairs = match_records(&g, &p);
        let matched = pairs.len();
        let precision = if p.is_empty() { if g.is_empty() { 1.0 } else { 0.0 } } else { matched as f64 / p.len() as f64 };
        let recall = if g.is_empty() { 1.0 } else { matched as f64 / g.len() as f64 };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        let mut score = KindScore { gold: g.len(), predicted: p.len(), matched, precision, recall, f1, ..Default::default() };
        for &(gi, pi) in &pairs {
            if kind != "figure"
                && let Some(want) = g[gi].get("value")
            {
                compare_field(g[gi], p[pi], "value", want, score.values.get_or_insert((0, 0)), &mut score.wrong_values);
            }
            for (name, want) in g[gi] {
                if NOT_ATTRIBUTES.contains(&name.as_str()) {
                    continue;
                }
                compare_field(g[gi], p[pi], name, want, score.fields.entry(name.clone()).or_default(), &mut score.wrong);
            }
        }
        let matched_gold: BTreeSet<usize> = pairs.iter().map(|&(gi, _)| gi).collect();
        let matched_predicted: BTreeSet<usize> = pairs.iter().map(|&(_, pi)| pi).collect();
        let text = |r: &Object| (jsonl::str_field(r, "doc").to_string(), jsonl::str_field(r, "text").to_string());
        score.missed = (0..g.len()).filter(|i| !matched_gold.contains(i)).map(|i| text(g[i])).collect();
        score.spurious = (0..p.len())
            .filter(|i| !matched_predicted.contains(i))
            .map(|i| {
                let (doc, t) = text(p[i]);
                (doc, t, jsonl::str_field(p[i], "rule").to_string())
            })
            .collect();
        scores.kinds.insert(kind, score);
    }
    scores
}

/// Counts the gold record's field `name` (`want`) as scored in `counts` (equal, scored), and
/// as equal when the prediction has the same, else lists it in `wrong`.
fn compare_field(gold: &Object, predicted: &Object, name: &str, want: &Value, counts: &mut (usize, usize), wrong: &mut Vec<WrongField>) {
    let got = field(predicted, name);
    counts.1 += 1;
    if same(want, got) {
        counts.0 += 1;
    } else {
        wrong.push(WrongField {
            doc: jsonl::str_field(gold, "doc").to_string(),
            text: jsonl::str_field(gold, "text").to_string(),
            field: name.to_string(),
            gold: want.clone(),
            predicted: got.clone(),
        });
    }
}

/// The score table, and up to `show` misses of each sort per kind.
pub fn render(scores: &Scores, show: usize) -> String {
    let mut out = String::new();
    for kind in KINDS {
        let Some(s) = scores.kinds.get(kind) else { continue };
        let mut fields: Vec<String> = s.fields.keys().map(|f| format!("{f}={:.2}", round4(s.field_accuracy(f).unwrap_or(0.0)))).collect();
        if let Some(accuracy) = s.value_accuracy() {
            fields.push(format!("value={:.2}", round4(accuracy)));
        }
        let _ = writeln!(
            out,
            "{kind:7} gold={:4} pred={:4} matched={:4} P={:.3} R={:.3} F1={:.3}  {}",
            s.gold,
            s.predicted,
            s.matched,
            round4(s.precision),
            round4(s.recall),
            round4(s.f1),
            fields.join("  ")
        );
        for (doc, text) in s.missed.iter().take(show) {
            let _ = writeln!(out, "    missed:   {doc} {text:?}");
        }
        for (doc, text, rule) in s.spurious.iter().take(show) {
            let _ = writeln!(out, "    spurious: {doc} {text:?} ({rule})");
        }
        for w in s.wrong.iter().chain(&s.wrong_values).take(show) {
            let _ = writeln!(out, "    wrong:    {} {:?}: {} gold {} predicted {}", w.doc, w.text, w.field, w.gold, w.predicted);
        }
    }
    out
}

/// Rounded to four decimals first, as score.py does, so the printed table agrees with it.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The same numbers as `score.py --json`, for comparing the two.
pub fn to_json(scores: &Scores) -> Value {
    let round = round4;
    let mut records = serde_json::Map::new();
    for (kind, s) in &scores.kinds {
        let attributes: serde_json::Map<String, Value> =
            s.fields.keys().map(|f| (f.clone(), Value::from(round(s.field_accuracy(f).unwrap_or(0.0))))).collect();
        records.insert(
            kind.to_string(),
            serde_json::json!({
                "gold": s.gold, "pred": s.predicted, "matched": s.matched,
                "precision": round(s.precision), "recall": round(s.recall), "f1": round(s.f1),
                "attributes": attributes,
                "missed": s.missed.iter().map(|(doc, text)| serde_json::json!({"doc": doc, "text": text})).collect::<Vec<_>>(),
                "spurious": s.spurious.iter().map(|(doc, text, _)| serde_json::json!({"doc": doc, "text": text})).collect::<Vec<_>>(),
                "wrong": s.wrong.iter().map(|w| serde_json::json!({"doc": w.doc, "text": w.text, "field": w.field, "gold": w.gold, "pred": w.predicted})).collect::<Vec<_>>(),
            }),
        );
        // Not in score.py's shape: kept out of `attributes` and `wrong`.
        if let Some(accuracy) = s.value_accuracy() {
            records[*kind]["value"] = serde_json::json!({
                "accuracy": round(accuracy),
                "wrong": s.wrong_values.iter().map(|w| serde_json::json!({"doc": w.doc, "text": w.text, "gold": w.gold, "pred": w.predicted})).collect::<Vec<_>>(),
            });
        }
    }
    serde_json::json!({ "records": records })
}

/// A committed floor for every score (`tests/gold/baseline.toml`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Baseline {
    pub scores: BTreeMap<String, f64>,
}

/// Scores are stored to four decimals; a score equal to its rounded floor passes.
const BASELINE_TOLERANCE: f64 = 0.000_05;

impl Baseline {
    /// Parses `[kind]` tables of `precision`, `recall`, `f1` and `[kind.field]` accuracies.
    pub fn parse(name: &str, text: &str) -> Result<Baseline, String> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            let at = e.span().map(|s| crate::ruleset::line_column(text, s.start));
            match at {
                Some((line, column)) => format!("{name}:{line}:{column}: {}", e.message().trim()),
                None => format!("{name}: {}", e.message().trim()),
            }
        })?;
        let mut scores = BTreeMap::new();
        flatten(name, "", &toml::Value::Table(table), &mut scores)?;
        Ok(Baseline { scores })
    }

    pub fn from_scores(scores: &Scores) -> Baseline {
        Baseline { scores: scores.flat().into_iter().map(|(k, v)| (k, round4(v))).collect() }
    }

    /// TOML, one table per kind, so raising one kind's scores touches only its lines;
    /// `rewrite` is the command that wrote it, for whoever raises the floors next.
    pub fn to_toml(&self, rewrite: &str) -> String {
        let mut out = format!("# Floors for `figures eval` scores (tests/tools_eval.rs fails below them).\n# Raise after an improvement: {rewrite}\n");
        let mut tables: BTreeMap<&str, Vec<(&str, f64)>> = BTreeMap::new();
        for (key, value) in &self.scores {
            let (table, name) = key.rsplit_once('.').unwrap_or(("", key));
            tables.entry(table).or_default().push((name, *value));
        }
        for (table, entries) in tables {
            let _ = write!(out, "\n[{table}]\n");
            for (name, value) in entries {
                let _ = writeln!(out, "{name} = {value:.4}");
            }
        }
        out
    }

    /// Scores below their floor: (name, floor, now). A score the baseline lacks is not a drop.
    pub fn drops(&self, scores: &Scores) -> Vec<(String, f64, f64)> {
        let now = scores.flat();
        self.scores
            .iter()
            .filter_map(|(name, &floor)| {
                let value = now.get(name).copied().unwrap_or(0.0);
                (value + BASELINE_TOLERANCE < floor).then(|| (name.clone(), floor, value))
            })
            .collect()
    }

    /// Scores above their floor, or new: (name, floor if any, now).
    pub fn rises(&self, scores: &Scores) -> Vec<(String, Option<f64>, f64)> {
        scores
            .flat()
            .into_iter()
            .filter_map(|(name, value)| match self.scores.get(&name) {
                Some(&floor) if value > floor + BASELINE_TOLERANCE => Some((name, Some(floor), value)),
                None => Some((name, None, value)),
                _ => None,
            })
            .collect()
    }
}

fn flatten(name: &str, prefix: &str, value: &toml::Value, out: &mut BTreeMap<String, f64>) -> Result<(), String> {
    match value {
        toml::Value::Table(table) => {
            for (key, inner) in table {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(name, &path, inner, out)?;
            }
            Ok(())
        }
        toml::Value::Float(x) => {
            out.insert(prefix.to_string(), *x);
            Ok(())
        }
        toml::Value::Integer(i) => {
            out.insert(prefix.to_string(), *i as f64);
            Ok(())
        }
        other => Err(format!("{name}: `{prefix}` must be a number, not {}", other.type_str())),
    }
}

/// Extracts `inputs` with `engine` and returns the records as JSON objects.
pub fn extract_records(engine: &crate::pipeline::Engine, inputs: &[std::path::PathBuf]) -> Result<Vec<Object>, String> {
    use crate::load::{DocumentStream, resolve_inputs};
    let resolved = resolve_inputs(inputs).map_err(|e| e.to_string())?.inputs;
    let pool = rayon::ThreadPoolBuilder::new().build().map_err(|e| e.to_string())?;
    let mut report = crate::report::Report::new(true, None);
    let mut bytes = Vec::new();
    crate::pipeline::run(crate::pipeline::Work::all_kinds(engine), &pool, DocumentStream::new(resolved, None), &mut bytes, &mut report)
        .map_err(|e| e.to_string())?;
    if let Some(rejected) = report.rejected.first() {
        return Err(rejected.to_string());
    }
    jsonl::parse_records("extracted records", &String::from_utf8_lossy(&bytes))
}

/// `figures eval`.
pub fn run(args: &crate::cli::EvalArgs) -> Result<i32, crate::cli::Failure> {
    use crate::cli::Failure;
    let gold = load_gold(&args.gold).map_err(Failure::usage)?;
    let predicted = match &args.predicted {
        Some(path) => jsonl::read_records(path).map_err(Failure::usage)?,
        None => {
            let engine = crate::cli::load_engine(args.rules.as_deref())?;
            extract_records(&engine, std::slice::from_ref(&args.corpus)).map_err(Failure::usage)?
        }
    };
    let scores = score(&gold, &predicted);
    if args.json {
        println!("{}", to_json(&scores));
    } else {
        print!("{}", render(&scores, args.show));
    }
    if let Some(path) = &args.write_baseline {
        let corpus = if args.predicted.is_none() && args.corpus != std::path::Path::new("corpus") {
            format!(" --corpus {}", args.corpus.display())
        } else {
            String::new()
        };
        let rewrite = format!("figures eval --gold {}{corpus} --write-baseline {}", args.gold.display(), path.display());
        std::fs::write(path, Baseline::from_scores(&scores).to_toml(&rewrite))
            .map_err(|e| Failure::usage(format!("writing {}: {e}", path.display())))?;
        eprintln!("figures: wrote {}", path.display());
    }
    let Some(path) = &args.baseline else { return Ok(crate::error::exit::OK) };
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Failure::usage(format!("{name}: {e}")))?;
    let baseline = Baseline::parse(&name, &text).map_err(Failure::usage)?;
    let drops = baseline.drops(&scores);
    for (score_name, floor, now) in &drops {
        eprintln!("figures: {score_name} is {now:.4}, below its floor {floor:.4} in {name}");
    }
    Ok(if drops.is_empty() { crate::error::exit::OK } else { crate::error::exit::PARTIAL })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(lines: &str) -> Vec<Object> {
        jsonl::parse_records("test", lines).unwrap()
    }

    const GOLD: &str = r#"{"doc":"a","kind":"figure","start":0,"end":12,"text":"500 children","value":500,"high":null,"unit":"child"}
{"doc":"a","kind":"date","start":20,"end":26,"text":"Friday","value":"XXXX-WXX-5","relative":true}
{"doc":"a","kind":"agency","start":30,"end":33,"text":"DHS","name":"Department of Homeland Security"}"#;

    #[test]
    fn overlap_matching_values_and_fields() {
        let predicted = records(
            r#"{"doc":"a","kind":"figure","start":0,"end":3,"text":"500","value":500,"high":null,"unit":null}
{"doc":"a","kind":"date","start":19,"end":26,"text":" Friday","value":"xxxx-wxx-5","relative":true}
{"doc":"a","kind":"agency","start":40,"end":43,"text":"ICE","name":"ICE"}
{"doc":"b","kind":"agency","start":30,"end":33,"text":"DHS","name":"Department of Homeland Security"}"#,
        );
        let scores = score(&records(GOLD), &predicted);
        let figure = &scores.kinds["figure"];
        assert_eq!((figure.matched, figure.fields["unit"]), (1, (0, 1)));
        assert_eq!(figure.wrong[0].field, "unit");
        let date = &scores.kinds["date"];
        assert_eq!((date.matched, date.fields["relative"]), (1, (1, 1)));
        // As in score.py, `value` is no scored field; for dates it is scored apart.
        assert!(!date.fields.contains_key("value"));
        assert_eq!(date.values, Some((1, 1)));
        assert_eq!(figure.values, None);
        let agency = &scores.kinds["agency"];
        // Document b has no gold, so its record is not counted at all.
        assert_eq!((agency.predicted, agency.matched, agency.precision, agency.recall), (1, 0, 0.0, 0.0));
        assert_eq!(agency.missed, vec![("a".to_string(), "DHS".to_string())]);
        assert_eq!(scores.kinds["quote"].f1, 1.0);
    }

    #[test]
    fn a_date_value_is_scored_apart_from_the_fields() {
        let predicted = records(
            r#"{"doc":"a","kind":"date","start":20,"end":26,"text":"Friday","value":"XXXX-WXX-4","relative":true}"#,
        );
        let scores = score(&records(GOLD), &predicted);
        let date = &scores.kinds["date"];
        assert_eq!((date.values, date.wrong.len(), date.wrong_values.len()), (Some((0, 1)), 0, 1));
        assert_eq!(scores.flat()["date.value"], 0.0);
        assert!(render(&scores, 5).contains("value=0.00"), "{}", render(&scores, 5));
        assert_eq!(to_json(&scores)["records"]["date"]["value"]["accuracy"], 0.0);
        let baseline = Baseline::parse("b", &Baseline::from_scores(&scores).to_toml("cmd")).unwrap();
        assert_eq!(baseline.scores.get("date.value"), Some(&0.0));
    }

    #[test]
    fn a_figure_needs_an_equal_value_and_each_record_is_used_once() {
        let predicted = records(
            r#"{"doc":"a","kind":"figure","start":0,"end":12,"text":"500 children","value":50,"high":null}
{"doc":"a","kind":"figure","start":0,"end":3,"text":"500","value":500,"high":null}
{"doc":"a","kind":"figure","start":0,"end":12,"text":"500 children","value":500.0,"high":null}"#,
        );
        let figure = &score(&records(GOLD), &predicted).kinds["figure"];
        assert_eq!((figure.predicted, figure.matched), (3, 1));
        // The largest overlap wins: the third record, not the second.
        assert_eq!(figure.spurious.iter().map(|s| s.1.as_str()).collect::<Vec<_>>(), ["500 children", "500"]);
        assert!((figure.precision - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn the_baseline_round_trips_and_reports_drops_and_rises() {
        let scores = score(&records(GOLD), &records(GOLD));
        let baseline = Baseline::from_scores(&scores);
        let parsed = Baseline::parse("baseline.toml", &baseline.to_toml("figures eval")).unwrap();
        assert_eq!(parsed, baseline);
        assert!(parsed.drops(&scores).is_empty() && parsed.rises(&scores).is_empty());
        let worse = score(&records(GOLD), &records(GOLD)[..2]);
        let drops = parsed.drops(&worse);
        assert_eq!(drops.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["agency.f1", "agency.field.name", "agency.precision", "agency.recall"]);
        let lower = Baseline::from_scores(&worse);
        assert!(lower.rises(&scores).iter().any(|(name, ..)| name == "agency.f1"));
    }
}
