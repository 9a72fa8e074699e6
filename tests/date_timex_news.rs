//! Date detection and normalization on timex-news (120 MEANTIME Wikinews articles,
//! `tests/data/timex/`), scored the TempEval-3 way: each article runs with its `dct`
//! as reference date; the dateline (the CREATION_TIME timex) is not scored, nor are
//! predictions inside it. Strict = same span, relaxed = overlapping spans (each gold
//! and predicted timex used once, largest overlap first); value F1 counts relaxed
//! matches with an equal value; value accuracy is over relaxed matches.
//! Floors sit just under the measured values (README, "Dates").

use figures::Engine;
use figures::document::{CharIndex, CivilDate, Document};
use figures::record::RecordData;
use serde_json::Value;

struct Scores {
    gold: usize,
    pred: usize,
    strict: usize,
    relaxed: usize,
    value: usize,
    typed: usize,
}

fn f1(matched: usize, gold: usize, pred: usize) -> f64 {
    if gold + pred == 0 { 0.0 } else { 2.0 * matched as f64 / (gold + pred) as f64 }
}

fn score() -> Scores {
    let engine = Engine::bundled().expect("bundled rules load");
    let data = include_str!("data/timex/timex_news.jsonl");
    let mut s = Scores { gold: 0, pred: 0, strict: 0, relaxed: 0, value: 0, typed: 0 };
    for line in data.lines() {
        let article: Value = serde_json::from_str(line).unwrap();
        let text = article["text"].as_str().unwrap();
        let mut doc = Document::new(article["id"].as_str().unwrap(), text);
        doc.reference_date = CivilDate::parse(article["dct"].as_str().unwrap());
        assert!(doc.reference_date.is_some(), "dct of {}", doc.id);
        let timexes = article["timexes"].as_array().unwrap();
        let span = |t: &Value| (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        let dateline: Vec<(usize, usize)> =
            timexes.iter().filter(|t| t["function"] == "CREATION_TIME").map(span).collect();
        let gold: Vec<&Value> = timexes.iter().filter(|t| t["function"] != "CREATION_TIME").collect();
        let index = CharIndex::new(text);
        let analysis = engine.analyze(&doc);
        let pred: Vec<(usize, usize, &str, &str)> = analysis
            .records
            .iter()
            .filter_map(|r| match &r.data {
                RecordData::Date(d) => {
                    Some((index.char_offset(r.start), index.char_offset(r.end), d.value.as_str(), d.timex_type.as_str()))
                }
                _ => None,
            })
            .filter(|&(ps, pe, _, _)| !dateline.iter().any(|&(ds, de)| ps < de && ds < pe))
            .collect();
        s.gold += gold.len();
        s.pred += pred.len();
        let mut candidates = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            let (gs, ge) = span(g);
            for (pi, &(ps, pe, _, _)) in pred.iter().enumerate() {
                let overlap = ge.min(pe) as i64 - gs.max(ps) as i64;
                if overlap > 0 {
                    candidates.push((overlap, gi, pi));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; pred.len()]);
        for (_, gi, pi) in candidates {
            if used_g[gi] || used_p[pi] {
                continue;
            }
            used_g[gi] = true;
            used_p[pi] = true;
            let (g, (ps, pe, value, kind)) = (gold[gi], pred[pi]);
            s.relaxed += 1;
            s.strict += usize::from(span(g) == (ps, pe));
            s.value += usize::from(g["value"] == value);
            s.typed += usize::from(g["type"] == kind);
        }
    }
    s
}

#[test]
fn timex_news_scores_hold() {
    let s = score();
    let strict = f1(s.strict, s.gold, s.pred);
    let relaxed = f1(s.relaxed, s.gold, s.pred);
    let value = f1(s.value, s.gold, s.pred);
    let accuracy = s.value as f64 / s.relaxed.max(1) as f64;
    let typed = s.typed as f64 / s.relaxed.max(1) as f64;
    println!(
        "timex-news: gold {} pred {} | strict F1 {strict:.3} | relaxed P {:.3} R {:.3} F1 {relaxed:.3} | value F1 {value:.3} | value accuracy {accuracy:.3} | type accuracy {typed:.3}",
        s.gold,
        s.pred,
        s.relaxed as f64 / s.pred.max(1) as f64,
        s.relaxed as f64 / s.gold.max(1) as f64,
    );
    assert_eq!(s.gold, 370, "the data file changed");
    assert!(strict >= 0.85, "strict F1 {strict:.3}");
    assert!(relaxed >= 0.90, "relaxed F1 {relaxed:.3}");
    assert!(value >= 0.82, "value F1 {value:.3}");
    assert!(accuracy >= 0.89, "value accuracy {accuracy:.3}");
}
