//! A rule's pattern as its rule set needs it. A set answers only whether a rule has a match
//! inside a window, and a pattern has one exactly when the pattern without its optional
//! edges has one: `(?:about\s+)?[0-9]+%` matches in a window iff `[0-9]+%` does (drop the
//! optional part from any match and what is left still matches, inside it; a match of the
//! rest is itself a match of the whole). So the sets get the trimmed pattern, whose lazy
//! DFA tracks fewer threads (the qualifier phrases before every figure) and builds fewer
//! and smaller states on new text. The rule's own regex, which finds the spans and groups,
//! is not trimmed.

use regex_syntax::hir::{Hir, HirKind};

/// `hir` without the parts at its start and end that may match nothing, recursively: a
/// leading or trailing optional element is dropped, `X+` or `X{1,3}` at an edge becomes `X`,
/// and the edge of the element left at the edge (a group, a branch of an alternation) is
/// trimmed too. Look-arounds are never dropped, so `^(?:a)?b` keeps its `(?:a)?`. A part
/// holding a repetition of more than `SMALL` copies (`{2,50}`) is kept whole: those are what
/// make an automaton too large, and a rule too large to compile must still fail when the
/// sets are built at load.
pub fn trim_edges(hir: Hir) -> Hir {
    trim(trim(hir, Edge::Start), Edge::End)
}

#[derive(Clone, Copy, PartialEq)]
enum Edge {
    Start,
    End,
}

fn trim(hir: Hir, edge: Edge) -> Hir {
    if droppable(&hir) {
        return Hir::empty();
    }
    match hir.kind() {
        HirKind::Capture(_) | HirKind::Concat(_) | HirKind::Alternation(_) => {}
        HirKind::Repetition(repetition) if repetition.min == 1 && !counted(&hir) => {}
        _ => return hir,
    }
    match hir.into_kind() {
        HirKind::Capture(capture) => trim(*capture.sub, edge),
        HirKind::Concat(mut subs) => {
            if edge == Edge::End {
                subs.reverse();
            }
            // Some element is not droppable, or the whole concatenation would have been.
            let keep = subs.iter().position(|sub| !droppable(sub)).unwrap_or(subs.len());
            let mut rest = subs.split_off(keep);
            if let Some(first) = rest.first_mut() {
                *first = trim(std::mem::replace(first, Hir::empty()), edge);
            }
            if edge == Edge::End {
                rest.reverse();
            }
            Hir::concat(rest)
        }
        HirKind::Alternation(branches) => Hir::alternation(branches.into_iter().map(|b| trim(b, edge)).collect()),
        // Each match of `X+` or `X{1,3}` starts and ends with a match of `X`.
        HirKind::Repetition(repetition) => trim(*repetition.sub, edge),
        _ => unreachable!("kept above"),
    }
}

/// Whether `hir` matches the empty string wherever it is tried (so a match without it is
/// still a match), holds no repetition of more than `SMALL` copies and is small: the sets'
/// size check at load then covers the whole rule too, up to what trimming may drop (a huge
/// optional alternation is kept, so a rule too large still fails at load, not on first use).
fn droppable(hir: &Hir) -> bool {
    empty_anywhere(hir) && !counted(hir) && size_estimate(hir) <= EDGE_BUDGET
}

/// The most a dropped edge may weigh, in literal bytes and class ranges (about 40 KB of
/// NFA, against the 10 MB limit): a qualifier phrase weighs a few hundred, `\w` about 770.
const EDGE_BUDGET: usize = 8192;

/// A rough size: literal bytes plus class ranges, times the copies a repetition makes.
fn size_estimate(hir: &Hir) -> usize {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 1,
        HirKind::Literal(literal) => literal.0.len(),
        HirKind::Class(regex_syntax::hir::Class::Unicode(class)) => class.ranges().len(),
        HirKind::Class(regex_syntax::hir::Class::Bytes(class)) => class.ranges().len(),
        HirKind::Repetition(repetition) => {
            let copies = repetition.max.unwrap_or(repetition.min).max(1) as usize;
            size_estimate(&repetition.sub).saturating_mul(copies)
        }
        HirKind::Capture(capture) => size_estimate(&capture.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().map(size_estimate).fold(0, usize::saturating_add),
    }
}

fn empty_anywhere(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty => true,
        HirKind::Repetition(repetition) => repetition.min == 0 || empty_anywhere(&repetition.sub),
        HirKind::Capture(capture) => empty_anywhere(&capture.sub),
        HirKind::Concat(subs) => subs.iter().all(empty_anywhere),
        HirKind::Alternation(branches) => branches.iter().any(empty_anywhere),
        HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => false,
    }
}

/// The most copies a repetition that may be dropped or cut to one copy may make.
const SMALL: u32 = 4;

fn counted(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Repetition(repetition) => repetition.max.is_some_and(|max| max > SMALL) || counted(&repetition.sub),
        HirKind::Capture(capture) => counted(&capture.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(counted),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::trim_edges;
    use regex::Regex;

    fn trimmed(pattern: &str) -> String {
        trim_edges(regex_syntax::parse(pattern).unwrap()).to_string()
    }

    fn plain(pattern: &str) -> String {
        regex_syntax::parse(pattern).unwrap().to_string()
    }

    #[test]
    fn optional_edges_go_and_required_parts_and_look_arounds_stay() {
        assert_eq!(trimmed(r"(?:(?P<q>about|nearly)\s+)?(?P<n>[0-9]+)(?P<u>%)"), plain("[0-9]%"));
        assert_eq!(trimmed(r"(?:about\s+)?\b[0-9]+(?:\s+people)?"), plain(r"\b[0-9]"));
        assert_eq!(trimmed(r"^(?:a)?b"), plain(r"^(?:a)?b"));
        assert_eq!(trimmed(r"(?:up\s+to\s+)?(?:[0-9]+|ten)\s+years"), plain(r"(?:[0-9]|ten)\s+years"));
        assert_eq!(trimmed(r"(?:x)?"), plain(""));
        assert_eq!(trimmed(r"[0-9]{1,3}(?:,[0-9]{3})+ (?:ab){1,3}"), plain(r"[0-9](?:,[0-9]{3})+ ab"));
        // Repetitions of more copies stay, whole.
        assert_eq!(trimmed(r"[0-9] (?:\w{1,5}){0,3}"), plain(r"[0-9] (?:\w{1,5}){0,3}"));
        assert_eq!(trimmed(r"[0-9] (?:ab){1,30}"), plain(r"[0-9] (?:ab){1,30}"));
        // So do edges too heavy for the sets' size check to vouch for the rule without them.
        let heavy = (0..2000).map(|n| format!("w{n}")).collect::<Vec<_>>().join("|");
        let pattern = format!(r"(?:(?:{heavy})\s+)?[0-9]+");
        assert_eq!(trimmed(&pattern), plain(&format!(r"(?:(?:{heavy})\s+)?[0-9]")));
    }

    #[test]
    fn a_window_holds_a_match_of_the_trimmed_pattern_exactly_when_it_holds_one_of_the_rule() {
        let patterns = [
            r"(?:(?:about|nearly|more\s+than)\s+)?\b[0-9]+(?:\.[0-9]+)?\s*(?:%|percent)(?:\s+of\s+\w+)?",
            r"(?:at\s+least\s+)?(?:[0-9]+|one|two)(?:\s*-\s*|\s+to\s+)(?:[0-9]+|three)\b",
            r"(?i)(?:the\s+)?(?:last|next)\s+(?:week|month)s?\b",
            r"\b(?:rose|fell)(?:\s+by)?\s+[0-9]+",
            r"(?:x)?",
            r"\b[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?\s+(?:[a-z]+\s+){0,2}people",
        ];
        let texts = ["about 5 percent of voters", "more than 12.5% rose", "at least two to three days", "The last months", "it fell by 4 and rose 7", "", "5 -", "1,200 people", "12,345.67 old tired people", "x1,234 people"];
        for pattern in patterns {
            let (whole, trimmed) = (Regex::new(pattern).unwrap(), Regex::new(&trimmed(pattern)).unwrap());
            for text in texts {
                for start in 0..=text.len() {
                    for end in start..=text.len() {
                        let (haystack, found) = (&text[..end], |r: &Regex| r.find_at(&text[..end], start).is_some());
                        assert_eq!(found(&whole), found(&trimmed), "{pattern:?} in {haystack:?} from {start}");
                    }
                }
            }
        }
    }
}
