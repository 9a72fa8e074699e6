//! Stage 3: sentences → candidate records, one module per record kind.
//!
//! Each kind compiles its rules once (`new`) and then, per document, appends
//! records with byte offsets to a shared list. Overlaps between rules of the
//! same kind are resolved here by a total order that does not depend on
//! scheduling: earliest start, then longest span, then rule order.

pub mod agency;
pub mod date;
pub mod figure;
pub mod quote;

use crate::document::Document;
use crate::error::RuleError;
use crate::record::{Kind, Record};
use crate::ruleset::RuleSet;
use crate::split::Sentence;

/// What a kind's rules may contain besides name, pattern and examples.
pub struct Schema {
    pub params: &'static [&'static str],
    pub groups: &'static [&'static str],
}

pub fn schema(kind: Kind) -> &'static Schema {
    match kind {
        Kind::Figure => &figure::SCHEMA,
        Kind::Date => &date::SCHEMA,
        Kind::Agency => &agency::SCHEMA,
        Kind::Quote => &quote::SCHEMA,
    }
}

/// The compiled extractors of all four kinds.
pub struct Extractors {
    pub figure: figure::FigureExtractor,
    pub date: date::DateExtractor,
    pub agency: agency::AgencyExtractor,
    pub quote: quote::QuoteExtractor,
}

impl Extractors {
    pub fn new(rules: &RuleSet) -> Result<Extractors, Vec<RuleError>> {
        // Each kind compiles its own automata; they build side by side, and their errors are
        // reported in kind order as before.
        let ((figure, date), (agency, quote)) = rayon::join(
            || rayon::join(|| figure::FigureExtractor::new(rules), || date::DateExtractor::new(rules)),
            || rayon::join(|| agency::AgencyExtractor::new(rules), || quote::QuoteExtractor::new(rules)),
        );
        let mut errors = Vec::new();
        let figure = figure.map_err(|e| errors.extend(e)).ok();
        let date = date.map_err(|e| errors.extend(e)).ok();
        let agency = agency.map_err(|e| errors.extend(e)).ok();
        let quote = quote.map_err(|e| errors.extend(e)).ok();
        match (figure, date, agency, quote) {
            (Some(figure), Some(date), Some(agency), Some(quote)) if errors.is_empty() => {
                Ok(Extractors { figure, date, agency, quote })
            }
            _ => Err(errors),
        }
    }

    /// All candidate records of a document, every kind, overlaps resolved per kind.
    pub fn extract(&self, doc: &Document, sentences: &[Sentence]) -> Vec<Record> {
        let mut records = Vec::new();
        self.figure.extract(doc, sentences, &mut records);
        self.date.extract(doc, sentences, &mut records);
        self.agency.extract(doc, sentences, &mut records);
        self.quote.extract(doc, sentences, &mut records);
        records
    }
}

/// Regions around the matches of `anchor`, `before` and `after` bytes wide, widened
/// to whitespace (a window cut inside a word would end at a `\b`) and merged. A stage
/// whose every match holds an anchor searches these instead of the whole text.
pub fn anchor_windows(anchor: &regex::Regex, text: &str, before: usize, after: usize) -> Vec<(usize, usize)> {
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for found in anchor.find_iter(text) {
        let mut start = found.start().saturating_sub(before);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        start = text[..start].rfind(char::is_whitespace).unwrap_or(0);
        let mut end = (found.end() + after).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        end = text[end..].find(char::is_whitespace).map_or(text.len(), |i| end + i);
        match windows.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => windows.push((start, end)),
        }
    }
    windows
}

/// The matches of `regex` in the window `start..end` (starting in it and ending by its
/// end), seeing the text before `start` as context.
pub fn captures_in<'t>(regex: &'t regex::Regex, text: &'t str, start: usize, end: usize) -> impl Iterator<Item = regex::Captures<'t>> + 't {
    let haystack = &text[..end];
    let mut at = start;
    std::iter::from_fn(move || {
        if at > haystack.len() {
            return None;
        }
        let caps = regex.captures_at(haystack, at)?;
        let whole = caps.get(0)?;
        at = if whole.end() > whole.start() {
            whole.end()
        } else {
            whole.end() + haystack[whole.end()..].chars().next().map_or(1, char::len_utf8)
        };
        Some(caps)
    })
}

/// The running maximum of `ends`: over ranges sorted by start, the first range that
/// reaches past a point is found by a binary search on it.
pub fn running_max(ends: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut reach = 0;
    ends.into_iter()
        .map(|end| {
            reach = reach.max(end);
            reach
        })
        .collect()
}

/// Spans sorted by start with the running maximum of their ends, so that whether any
/// overlaps a range is two binary searches, not a scan of every span.
pub struct SpanIndex {
    spans: Vec<(usize, usize)>,
    reach: Vec<usize>,
}

impl SpanIndex {
    pub fn new(mut spans: Vec<(usize, usize)>) -> SpanIndex {
        spans.sort_unstable();
        let reach = running_max(spans.iter().map(|s| s.1));
        SpanIndex { spans, reach }
    }

    /// The spans that may overlap `start..end`: from the first that reaches past `start` (the
    /// first to end after it), those starting before `end`.
    pub fn reaching(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let first = self.reach.partition_point(|&r| r <= start);
        self.spans[first..].iter().copied().take_while(move |&(s, _)| s < end)
    }

    /// Whether a span overlaps `start..end`: the first of `reaching` ends after `start`, so it
    /// alone decides.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.reaching(start, end).next().is_some()
    }

    pub fn contains(&self, span: (usize, usize)) -> bool {
        self.spans.binary_search(&span).is_ok()
    }
}

/// Keeps, among records of one kind, those not overlapping an earlier, longer
/// or higher-priority one. `priority` is the rule's position (lower wins ties).
pub fn resolve_overlaps(mut candidates: Vec<(usize, Record)>) -> Vec<Record> {
    candidates.sort_by(|(pa, a), (pb, b)| {
        a.start.cmp(&b.start).then((b.end - b.start).cmp(&(a.end - a.start))).then(pa.cmp(pb))
    });
    let mut kept: Vec<Record> = Vec::with_capacity(candidates.len());
    for (_, record) in candidates {
        let stage = record.kind().as_str();
        crate::trace::note(stage, (record.start, record.end), || crate::trace::Event::Candidate {
            rule: record.rule.clone(),
            record: Box::new(record.clone()),
        });
        if let Some(last) = kept.last().filter(|last| record.start < last.end) {
            crate::trace::note(stage, (record.start, record.end), || crate::trace::Event::LostOverlap {
                rule: record.rule.clone(),
                winner_rule: last.rule.clone(),
                winner: (last.start, last.end),
            });
            continue;
        }
        kept.push(record);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::SpanIndex;

    #[test]
    fn span_index_answers_as_a_scan_of_every_span_does() {
        // Nested, touching and overlapping spans, given out of order, and empty ones.
        let spans = vec![(30, 40), (0, 5), (3, 25), (10, 12), (25, 25), (41, 60), (45, 50)];
        let index = SpanIndex::new(spans.clone());
        for start in 0..65 {
            for end in start..66 {
                let scan = spans.iter().any(|&(s, e)| s < end && start < e);
                assert_eq!(index.overlaps(start, end), scan, "{start}..{end}");
            }
        }
        assert!(index.contains((10, 12)) && !index.contains((10, 13)));
    }
}
