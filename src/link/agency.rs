//! A figure's agency: the agency its sentence attributes it to, as actor (`the
//! task force reunited 500 children`) or as source (`DHS said …`).
//!
//! Within the figure's clause (and its quote, if it stands in one), the agency
//! that is a subject wins: first at the clause start or before a verb (`has`,
//! `said`, `-ed`), nearest before the figure, else after it. Agencies after a
//! preposition (`under the Trump administration`) or inside a compound
//! (`DHS-led`) are not subjects. Failing that, the figure's speaker when the
//! speaker is an agency. A person's direct quote gets only an agency inside it.

use crate::document::Document;
use crate::error::RuleError;
use crate::record::{Record, RecordData};
use crate::ruleset::RuleSet;
use crate::split::Sentence;
// Fx hashing: the sets are looked up per word, and SipHash cost more than the lookups.
use rustc_hash::FxHashSet as HashSet;

pub const SUBJECT_WORDS_FILE: &str = "agency/subject_words.txt";
pub const NOT_SUBJECT_BEFORE_FILE: &str = "agency/not_subject_before.txt";

/// Where a clause ends inside a sentence.
const CLAUSE_BREAKS: &[&str] = &["; ", ", but ", ", and ", ", while ", ", although ", ", though ", ", whereas "];

/// How many agency mentions either side of a figure are looked at.
const SCAN: usize = 16;

pub struct AgencyLinker {
    subject_words: HashSet<String>,
    not_subject_before: HashSet<String>,
}

impl AgencyLinker {
    pub fn new(rules: &RuleSet) -> Result<AgencyLinker, Vec<RuleError>> {
        let words = |path: &str| -> Result<HashSet<String>, Vec<RuleError>> {
            let text = rules.data_file(path).map_err(|e| vec![e])?;
            Ok(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect())
        };
        Ok(AgencyLinker { subject_words: words(SUBJECT_WORDS_FILE)?, not_subject_before: words(NOT_SUBJECT_BEFORE_FILE)? })
    }

    // Out of line: once per document, and profiles then charge the stage by name.
    #[inline(never)]
    pub fn link(&self, doc: &Document, sentences: &[Sentence], records: &mut [Record]) {
        let text = doc.text.as_str();
        let mut agencies: Vec<(usize, usize, &str)> = records
            .iter()
            .filter_map(|r| match &r.data {
                RecordData::Agency(a) => Some((r.start, r.end, a.name.as_str())),
                _ => None,
            })
            .collect();
        agencies.sort_unstable();
        let names: HashSet<&str> = agencies.iter().map(|a| a.2).collect();
        let mut quotes: Vec<(usize, usize, bool)> = records
            .iter()
            .filter_map(|r| match &r.data {
                RecordData::Quote(q) => Some((r.start, r.end, q.direct)),
                _ => None,
            })
            .collect();
        quotes.sort_unstable();
        let attributions = super::source_attributions(records);
        let mut breaks: Option<(usize, Vec<(usize, usize)>)> = None;
        let mut found = Vec::new();
        for (i, r) in records.iter().enumerate() {
            let Some(figure) = r.as_figure() else { continue };
            let Some(sentence) = sentences.get(r.sentence) else { continue };
            if breaks.as_ref().is_none_or(|(s, _)| *s != r.sentence) {
                breaks = Some((r.sentence, clause_breaks(text, sentence.start, sentence.end)));
            }
            let (mut lo, mut hi) = clause(&breaks.as_ref().unwrap().1, sentence.start, sentence.end, r.start);
            // A figure among the sources (`two DHS officials said`) has only an agency among them.
            if let Some((a, b)) = super::attribution_around(&attributions, r.sentence, r.start, r.end) {
                (lo, hi) = (lo.max(a), hi.min(b));
            }
            let q = quotes.partition_point(|q| q.0 <= r.start);
            let quote = quotes[q.saturating_sub(3)..q].iter().rev().find(|(_, e, _)| r.end <= *e);
            if let Some(&(s, e, true)) = quote {
                (lo, hi) = (lo.max(s), hi.min(e));
            }
            // Nearest subjects before and after the figure, a bounded look either way.
            let at = agencies.partition_point(|a| a.0 < r.start);
            let before = agencies[..at]
                .iter()
                .rev()
                .take_while(|a| a.0 >= lo)
                .take(SCAN)
                .find(|a| a.1 <= r.start && self.is_subject(text, lo, a.0, a.1));
            let after = agencies[at..]
                .iter()
                .skip_while(|a| a.0 < r.end)
                .take_while(|a| a.1 <= hi)
                .take(SCAN)
                .find(|a| self.is_subject(text, lo, a.0, a.1));
            let speaker_agency = figure.speaker.as_deref().filter(|sp| names.contains(sp));
            let agency = before.or(after).map(|a| a.2).or(speaker_agency);
            found.push((i, agency.map(str::to_string)));
        }
        for (i, agency) in found {
            records[i].as_figure_mut().unwrap().agency = agency;
        }
    }

    /// The mention at `start..end` is a subject: first in its clause, or before
    /// a verb, and neither after a preposition nor part of a compound.
    fn is_subject(&self, text: &str, clause_start: usize, start: usize, end: usize) -> bool {
        let before = &text[clause_start..start];
        if before.ends_with('(') && text[end..].starts_with(')') {
            return false; // `(DHS)` restates the name before it
        }
        let after = text[end..].strip_prefix_abbr();
        if after.starts_with(['-', '’', '\'']) {
            return false; // `DHS-led`, `the administration’s`
        }
        let mut lead = before.trim_end();
        for det in ["the", "The", "a", "A"] {
            if let Some(rest) = lead.strip_suffix(det).filter(|r| r.is_empty() || r.ends_with([' ', '“', '"'])) {
                lead = rest.trim_end();
                break;
            }
        }
        let previous = lead.split_whitespace().next_back();
        let first_in_clause = previous.is_none() || lead.ends_with(['“', '"']) || clause_opening(lead);
        if previous.is_some_and(|w| self.not_subject_before.contains(&w.to_ascii_lowercase())) {
            return after.starts_with(", which ") || after.starts_with(", who ");
        }
        if first_in_clause {
            return true;
        }
        let next = after.trim_start_matches(' ');
        let word: &str = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if word.is_empty() || !after.starts_with(' ') || !word.chars().all(|c| c.is_lowercase()) {
            return false;
        }
        self.subject_words.contains(word)
            || (word.len() > 3 && word.ends_with("ed"))
            || (word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us"))
    }
}

/// The text before a mention opens its clause when it is empty or an
/// introductory phrase closed by a comma (`So far, the task force …`).
fn clause_opening(before: &str) -> bool {
    before.ends_with(',') && before.len() < 60 && before.split_whitespace().count() <= 4
}

/// Byte ranges of the clause breaks in the sentence `[start, end)`, in order.
/// Every break opens with `;` or `,`, and none overlaps another or itself, so one pass
/// over those bytes finds what a search per break would.
fn clause_breaks(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let sentence = &text[start..end];
    let mut out = Vec::new();
    for (i, &b) in sentence.as_bytes().iter().enumerate() {
        if (b == b',' || b == b';')
            && let Some(brk) = CLAUSE_BREAKS.iter().find(|brk| sentence[i..].starts_with(*brk))
        {
            out.push((start + i, start + i + brk.len()));
        }
    }
    out
}

/// Byte range of the clause of the sentence `[start, end)` that holds `at`.
fn clause(breaks: &[(usize, usize)], start: usize, end: usize, at: usize) -> (usize, usize) {
    let i = breaks.partition_point(|b| b.1 <= at);
    let lo = if i > 0 { breaks[i - 1].1 } else { start };
    let hi = breaks[i..].iter().find(|b| b.0 >= at).map_or(end, |b| b.0);
    (lo, hi)
}

trait SkipAbbr {
    fn strip_prefix_abbr(&self) -> &str;
}

impl SkipAbbr for str {
    /// Text after a mention, past a restating ` (ABBR)`.
    fn strip_prefix_abbr(&self) -> &str {
        if let Some(rest) = self.strip_prefix(" (")
            && let Some(close) = rest.find(')')
            && close <= 8 && rest[..close].bytes().all(|b| b.is_ascii_uppercase())
        {
            return &rest[close + 1..];
        }
        self
    }
}
