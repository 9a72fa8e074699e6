//! `figures diff OLD NEW`: what a change did to the records, for review.
//! Records are grouped by document; within one, a record of NEW is paired
//! with a record of OLD of the same kind when they are identical, else when
//! their spans overlap (largest overlap first), so a figure whose unit changed
//! is one change, not a removal and an addition.

use super::jsonl::{self, Object};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// What happened to one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocDiff {
    pub added: Vec<Object>,
    pub removed: Vec<Object>,
    /// (old, new, fields that differ).
    pub changed: Vec<(Object, Object, Vec<String>)>,
}

impl DocDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// Documents that differ, by id. `ignore` lists fields not compared (`rule`, `sentence`).
pub fn diff(old: &[Object], new: &[Object], ignore: &[String]) -> BTreeMap<String, DocDiff> {
    let group = |records: &[Object]| {
        let mut by_doc: BTreeMap<String, Vec<Object>> = BTreeMap::new();
        for r in records {
            by_doc.entry(jsonl::str_field(r, "doc").to_string()).or_default().push(r.clone());
        }
        by_doc
    };
    let (old, new) = (group(old), group(new));
    let docs: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let none = Vec::new();
    let mut out = BTreeMap::new();
    for doc in docs {
        let result = diff_document(old.get(doc).unwrap_or(&none), new.get(doc).unwrap_or(&none), ignore);
        if !result.is_empty() {
            out.insert(doc.clone(), result);
        }
    }
    out
}

fn differing_fields(a: &Object, b: &Object, ignore: &[String]) -> Vec<String> {
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).filter(|k| !ignore.contains(k)).collect();
    keys.sort_by_key(|k| field_rank(k));
    keys.dedup();
    keys.into_iter().filter(|k| a.get(*k) != b.get(*k)).cloned().collect()
}

/// Spec order for the common fields, then the rest alphabetically.
fn field_rank(key: &str) -> (usize, String) {
    const COMMON: [&str; 7] = ["doc", "kind", "sentence", "start", "end", "text", "rule"];
    (COMMON.iter().position(|c| *c == key).unwrap_or(COMMON.len()), key.to_string())
}

fn diff_document(old: &[Object], new: &[Object], ignore: &[String]) -> DocDiff {
    let mut old_used = vec![false; old.len()];
    let mut new_used = vec![false; new.len()];
    // Identical records first, so an unchanged record never pairs with a neighbour.
    for (ni, n) in new.iter().enumerate() {
        if let Some(oi) = (0..old.len()).find(|&oi| !old_used[oi] && differing_fields(&old[oi], n, ignore).is_empty()) {
            old_used[oi] = true;
            new_used[ni] = true;
        }
    }
    let mut candidates = Vec::new();
    for (oi, o) in old.iter().enumerate().filter(|(i, _)| !old_used[*i]) {
        for (ni, n) in new.iter().enumerate().filter(|(i, _)| !new_used[*i]) {
            if jsonl::str_field(o, "kind") != jsonl::str_field(n, "kind") {
                continue;
            }
            let (Some((os, oe)), Some((ns, ne))) = (jsonl::span(o), jsonl::span(n)) else { continue };
            let overlap = oe.min(ne) - os.max(ns);
            if overlap > 0 {
                candidates.push((overlap, oi, ni));
            }
        }
    }
    candidates.sort_by_key(|&(overlap, ..)| std::cmp::Reverse(overlap));
    let mut result = DocDiff::default();
    let mut pairs = Vec::new();
    for (_, oi, ni) in candidates {
        if old_used[oi] || new_used[ni] {
            continue;
        }
        old_used[oi] = true;
        new_used[ni] = true;
        pairs.push((oi, ni));
    }
    pairs.sort_by_key(|&(_, ni)| position(&new[ni]));
    for (oi, ni) in pairs {
        result.changed.push((old[oi].clone(), new[ni].clone(), differing_fields(&old[oi], &new[ni], ignore)));
    }
    result.removed = old.iter().zip(&old_used).filter(|(_, used)| !**used).map(|(r, _)| r.clone()).collect();
    result.added = new.iter().zip(&new_used).filter(|(_, used)| !**used).map(|(r, _)| r.clone()).collect();
    result
}

fn position(record: &Object) -> (i64, i64) {
    jsonl::span(record).unwrap_or((0, 0))
}

/// `kind start..end "text" (rule)`.
fn headline(record: &Object) -> String {
    let (start, end) = position(record);
    format!(
        "{} {start}..{end} {:?} ({})",
        jsonl::str_field(record, "kind"),
        jsonl::str_field(record, "text"),
        jsonl::str_field(record, "rule")
    )
}

/// The kind's own fields, `key=value`, for added and removed records.
fn details(record: &Object) -> String {
    record
        .iter()
        .filter(|(k, _)| field_rank(k).0 == 7)
        .map(|(k, v)| format!("{k}={}", compact(v)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn compact(value: &Value) -> String {
    value.to_string()
}

/// The review text: per document, `-` removed, `+` added, `~` changed with `field: old → new`.
pub fn render(diffs: &BTreeMap<String, DocDiff>) -> String {
    let mut out = String::new();
    let (mut added, mut removed, mut changed) = (0, 0, 0);
    for (doc, d) in diffs {
        let _ = writeln!(out, "{doc}");
        let mut lines: Vec<((i64, i64), u8, String)> = Vec::new();
        for r in &d.removed {
            lines.push((position(r), 0, format!("  - {}  {}", headline(r), details(r))));
        }
        for r in &d.added {
            lines.push((position(r), 1, format!("  + {}  {}", headline(r), details(r))));
        }
        for (old, new, fields) in &d.changed {
            let mut text = format!("  ~ {}", headline(new));
            for f in fields {
                let show = |r: &Object| r.get(f).map_or_else(|| "(absent)".to_string(), compact);
                let _ = write!(text, "\n      {f}: {} → {}", show(old), show(new));
            }
            lines.push((position(new), 2, text));
        }
        lines.sort();
        for (_, _, line) in lines {
            let _ = writeln!(out, "{line}");
        }
        added += d.added.len();
        removed += d.removed.len();
        changed += d.changed.len();
    }
    let _ = writeln!(out, "{} documents differ: {added} records added, {removed} removed, {changed} changed", diffs.len());
    out
}

/// `figures diff`: 0 when the files hold the same records, 1 when they differ.
pub fn run(args: &crate::cli::DiffArgs) -> Result<i32, crate::cli::Failure> {
    use crate::cli::Failure;
    if args.old.as_os_str() == "-" && args.new.as_os_str() == "-" {
        return Err(Failure::usage("OLD and NEW cannot both be - (stdin)"));
    }
    let keep = |records: Vec<Object>| -> Vec<Object> {
        records.into_iter().filter(|r| args.kinds.is_empty() || args.kinds.iter().any(|k| jsonl::str_field(r, "kind") == k.as_str())).collect()
    };
    let old = keep(jsonl::read_records(&args.old).map_err(Failure::usage)?);
    let new = keep(jsonl::read_records(&args.new).map_err(Failure::usage)?);
    let diffs = diff(&old, &new, &args.ignore);
    if diffs.is_empty() {
        return Ok(crate::error::exit::OK);
    }
    print!("{}", render(&diffs));
    Ok(crate::error::exit::PARTIAL)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(lines: &str) -> Vec<Object> {
        jsonl::parse_records("test", lines).unwrap()
    }

    #[test]
    fn a_changed_unit_is_one_change_and_unrelated_records_are_added_or_removed() {
        let old = records(
            r#"{"doc":"a","kind":"figure","start":0,"end":12,"text":"500 children","rule":"r","value":500,"unit":"child"}
{"doc":"a","kind":"date","start":20,"end":26,"text":"Friday","rule":"d","value":"XXXX-WXX-5"}
{"doc":"b","kind":"agency","start":0,"end":3,"text":"DHS","rule":"g","name":"DHS"}"#,
        );
        let new = records(
            r#"{"doc":"a","kind":"figure","start":0,"end":12,"text":"500 children","rule":"r","value":500,"unit":"family"}
{"doc":"a","kind":"agency","start":20,"end":26,"text":"Friday","rule":"x","name":"Friday"}
{"doc":"b","kind":"agency","start":0,"end":3,"text":"DHS","rule":"g","name":"DHS"}"#,
        );
        let diffs = diff(&old, &new, &[]);
        assert_eq!(diffs.keys().collect::<Vec<_>>(), ["a"]);
        let a = &diffs["a"];
        assert_eq!(a.changed.len(), 1);
        assert_eq!(a.changed[0].2, ["unit"]);
        // Same span but another kind: a removal and an addition, not a change.
        assert_eq!((a.added.len(), a.removed.len()), (1, 1));
        let text = render(&diffs);
        assert!(text.contains("unit: \"child\" → \"family\""), "{text}");
        assert!(diff(&old, &old, &[]).is_empty());
    }

    #[test]
    fn identical_records_pair_before_overlapping_ones() {
        let old = records(r#"{"doc":"a","kind":"figure","start":0,"end":10,"text":"x","value":1}"#);
        let new = records(
            r#"{"doc":"a","kind":"figure","start":5,"end":10,"text":"y","value":2}
{"doc":"a","kind":"figure","start":0,"end":10,"text":"x","value":1}"#,
        );
        let diffs = diff(&old, &new, &[]);
        assert_eq!((diffs["a"].added.len(), diffs["a"].changed.len()), (1, 0));
        let ignored = diff(&old, &records(r#"{"doc":"a","kind":"figure","start":0,"end":10,"text":"x","value":1,"rule":"new"}"#), &["rule".into()]);
        assert!(ignored.is_empty());
    }
}
