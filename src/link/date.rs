//! A figure's date: the TIMEX3 value of the date expression in its clause that
//! the figure holds for (`as of Thursday`, `from 2017 to 2021` → `2017/2021`).
//!
//! Candidates are the dates of the figure's sentence, minus those that date the
//! reporting (`officials said Thursday`), that modify a noun (`the 2018 policy`),
//! that are lengths of time (`for three years`), or that lie across a clause
//! boundary from the figure (`…, and said 54 were now back`). The nearest wins.

use crate::document::Document;
use crate::record::{Record, RecordData};
use crate::split::Sentence;
use once_cell::sync::Lazy;
use regex::Regex;

/// A reporting verb and at most a few words (its subject or object) right before a date.
static REPORTED_ON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?-u:\b)(?:said|says|told|tells|reported|reports|announced|announces|added|stated|revealed|confirmed|wrote|noted|explained|disclosed|tweeted|testified|made\s+public|released|published|unveiled)(?:\s+(?:on|late|early|in|at|a|an|the|its|his|her|their|statement|interview|release|report|reporters|journalists|[A-Z][\w.'’-]*)){0,4}\s+$",
    )
    .unwrap()
});

/// What separates two clauses between a figure and a date.
static CLAUSE_BREAK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"[;:]|,\s+(?:and|but|or|while|whereas|although|though)(?-u:\b)|(?-u:\b)(?:said|says|told|reported|announced|added|before|after|when|while|because|although|though|until|unless|whereas)(?-u:\b)",
    )
    .unwrap()
});

struct Candidate<'a> {
    start: usize,
    end: usize,
    value: &'a str,
}

pub fn link(doc: &Document, _sentences: &[Sentence], records: &mut [Record]) {
    let text = doc.text.as_str();
    let figures = super::figure_positions(records);
    if figures.is_empty() {
        return;
    }
    let mut links: Vec<(usize, Option<String>)> = Vec::with_capacity(figures.len());
    for &i in &figures {
        let (fs, fe, sentence) = (records[i].start, records[i].end, records[i].sentence);
        let sentence_start = records
            .iter()
            .filter(|r| r.sentence == sentence)
            .map(|r| r.start)
            .min()
            .unwrap_or(fs);
        let candidates: Vec<Candidate> = records
            .iter()
            .filter(|r| r.sentence == sentence)
            .filter_map(|r| match &r.data {
                RecordData::Date(d) if eligible(&d.timex_type, d.relative) => {
                    Some(Candidate { start: r.start, end: r.end, value: d.value.as_str() })
                }
                _ => None,
            })
            .filter(|c| !reporting(text, sentence_start, c.start) && !attributive(text, c))
            .filter(|c| {
                let (lo, hi) = if c.end <= fs { (c.end, fs) } else { (fe, c.start.max(fe)) };
                lo >= hi || !CLAUSE_BREAK.is_match(&text[lo..hi])
            })
            .collect();
        let distance = |c: &Candidate| if c.end <= fs { fs - c.end } else { c.start.saturating_sub(fe) };
        let best = candidates.iter().enumerate().min_by_key(|(_, c)| distance(c));
        let value = best.map(|(k, c)| match range_of(text, &candidates, k) {
            Some((from, to)) => format!("{}/{}", from.value, to.value),
            None => c.value.to_string(),
        });
        links.push((i, value));
    }
    for (i, value) in links {
        records[i].as_figure_mut().unwrap().date = value;
    }
}

/// Points and spans of calendar time; a length of time only when it is placed (`in coming weeks`).
fn eligible(timex_type: &str, relative: bool) -> bool {
    match timex_type {
        "DATE" | "TIME" => true,
        "DURATION" => relative,
        _ => false,
    }
}

/// `officials said Thursday`, `told The Hill Friday`: the date of the telling.
fn reporting(text: &str, sentence_start: usize, date_start: usize) -> bool {
    let mut lo = date_start.saturating_sub(60).max(sentence_start.min(date_start));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    REPORTED_ON.is_match(&text[lo..date_start])
}

/// `the 2018 Trump policy`: a bare year between a determiner and a noun names the thing, not its time.
fn attributive(text: &str, c: &Candidate) -> bool {
    let span = &text[c.start..c.end];
    if !span.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let before = text[..c.start].trim_end();
    let determiner = ["the", "a", "an", "its", "their", "his", "her", "this", "that"]
        .iter()
        .any(|d| before.len() >= d.len() && before[before.len() - d.len()..].eq_ignore_ascii_case(d));
    let after = text[c.end..].chars().nth(1);
    determiner && text[c.end..].starts_with(' ') && after.is_some_and(|ch| ch.is_alphabetic())
}

/// `from 2017 to 2021`, `between 2014 and 2016`: the range that candidate `k` starts or ends.
fn range_of<'a>(text: &str, candidates: &'a [Candidate<'a>], k: usize) -> Option<(&'a Candidate<'a>, &'a Candidate<'a>)> {
    let pairs = |a: &Candidate, b: &Candidate| {
        if b.start <= a.end {
            return false;
        }
        let joiner = text[a.end..b.start].trim().to_ascii_lowercase();
        let before = text[..a.start].trim_end();
        let opener = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
        matches!((opener.as_str(), joiner.as_str()), ("from", "to" | "through" | "until") | ("between", "and"))
    };
    let c = &candidates[k];
    candidates
        .iter()
        .find(|b| pairs(c, b))
        .map(|b| (c, b))
        .or_else(|| candidates.iter().find(|a| pairs(a, c)).map(|a| (a, c)))
}
