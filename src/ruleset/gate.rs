//! Which rules can match a text at all, found in one pass instead of one
//! regex search per rule.
//!
//! From each rule's regex we derive a set of literals of which every match
//! contains at least one (`[Mm]ay` → `may`; `%|percent` → `%`, `percent`).
//! One Aho-Corasick automaton over all rules' literals then tells, per text,
//! which rules are worth searching. The derivation is conservative: a rule it
//! cannot bound gets no literals and is always searched, so gating never
//! changes what the rules find, only how often they look.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// A literal set larger than this is not worth a gate (and products stop growing).
const MAX_LITERALS: usize = 64;
/// A class with more characters than this gives no useful literal.
const MAX_CLASS_CHARS: usize = 12;
/// Shorter literals (`a`, `%`, digits) occur in nearly every text and would only
/// slow the automaton down; a rule that needs one is searched everywhere.
const MIN_GATE_LEN: usize = 3;

/// What a sub-expression says about the strings it matches: either exactly
/// one of a finite set (`exact`), or strings that each contain one of `needs`.
#[derive(Clone, Debug)]
struct Facts {
    /// Every string it matches is one of these (ASCII-lowercased), if known.
    exact: Option<Vec<Vec<u8>>>,
    /// Every string it matches contains one of these, if known; never holds "".
    needs: Option<Vec<Vec<u8>>>,
}

impl Facts {
    fn unknown() -> Facts {
        Facts { exact: None, needs: None }
    }

    fn exact(mut set: Vec<Vec<u8>>) -> Facts {
        set.sort();
        set.dedup();
        if set.len() > MAX_LITERALS {
            return Facts::unknown();
        }
        let needs = (!set.iter().any(Vec::is_empty)).then(|| set.clone());
        Facts { exact: Some(set), needs }
    }
}

/// Literals (ASCII-lowercased, to be searched case-insensitively) of which every
/// match of `pattern` contains one; `None` when no such set is known.
pub fn required_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::parse(pattern).ok()?;
    facts(&hir).needs
}

fn facts(hir: &Hir) -> Facts {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Facts::exact(vec![Vec::new()]),
        HirKind::Literal(lit) => Facts::exact(vec![lit.0.to_ascii_lowercase()]),
        HirKind::Class(class) => class_facts(class),
        HirKind::Capture(capture) => facts(&capture.sub),
        HirKind::Repetition(rep) => {
            let inner = facts(&rep.sub);
            match (rep.min, rep.max) {
                (0, Some(1)) => Facts {
                    exact: inner.exact.map(|mut set| {
                        set.push(Vec::new());
                        set
                    }),
                    needs: None,
                },
                (0, _) => Facts::unknown(),
                (1, Some(1)) => inner,
                _ => Facts { exact: None, needs: inner.needs },
            }
        }
        HirKind::Alternation(subs) => {
            let all: Vec<Facts> = subs.iter().map(facts).collect();
            let union = |pick: fn(&Facts) -> Option<&Vec<Vec<u8>>>| -> Option<Vec<Vec<u8>>> {
                let mut set = Vec::new();
                for f in &all {
                    set.extend(pick(f)?.iter().cloned());
                    if set.len() > MAX_LITERALS * 4 {
                        return None;
                    }
                }
                set.sort();
                set.dedup();
                (set.len() <= MAX_LITERALS).then_some(set)
            };
            match union(|f| f.exact.as_ref()) {
                Some(exact) => Facts::exact(exact),
                None => Facts { exact: None, needs: union(|f| f.needs.as_ref()).map(shortest_first) },
            }
        }
        HirKind::Concat(subs) => concat_facts(subs),
    }
}

fn class_facts(class: &Class) -> Facts {
    let mut set = Vec::new();
    match class {
        Class::Unicode(c) => {
            for range in c.ranges() {
                let (lo, hi) = (range.start() as u32, range.end() as u32);
                if (hi - lo) as usize >= MAX_CLASS_CHARS || set.len() >= MAX_CLASS_CHARS * 2 {
                    return Facts::unknown();
                }
                for code in lo..=hi {
                    let Some(ch) = char::from_u32(code) else { continue };
                    let mut buf = [0u8; 4];
                    set.push(ch.encode_utf8(&mut buf).as_bytes().to_ascii_lowercase());
                }
            }
        }
        Class::Bytes(c) => {
            for range in c.ranges() {
                if (range.end() - range.start()) as usize >= MAX_CLASS_CHARS || set.len() >= MAX_CLASS_CHARS * 2 {
                    return Facts::unknown();
                }
                for byte in range.start()..=range.end() {
                    set.push(vec![byte.to_ascii_lowercase()]);
                }
            }
        }
    }
    Facts::exact(set)
}

/// A concatenation needs whatever any one part needs; runs of exactly-known parts
/// multiply out into longer, more selective literals (`[Mm]` `ay` → `may`).
fn concat_facts(subs: &[Hir]) -> Facts {
    let mut best: Option<Vec<Vec<u8>>> = None;
    let mut consider = |candidate: Option<Vec<Vec<u8>>>| {
        if let Some(c) = candidate.filter(|c| !c.is_empty() && !c.iter().any(Vec::is_empty))
            && best.as_ref().is_none_or(|b| better(&c, b))
        {
            best = Some(c);
        }
    };
    let mut run: Option<Vec<Vec<u8>>> = Some(vec![Vec::new()]);
    let mut all_exact = true;
    for sub in subs {
        let f = facts(sub);
        match f.exact {
            Some(exact) => match run.as_deref().and_then(|r| product(r, &exact)) {
                Some(joined) => run = Some(joined),
                None => {
                    // Too many combinations: close the run, start a new one here.
                    all_exact = false;
                    consider(run.take());
                    run = Some(exact);
                }
            },
            None => {
                all_exact = false;
                consider(run.take());
                run = Some(vec![Vec::new()]);
                consider(f.needs);
            }
        }
    }
    if all_exact
        && let Some(exact) = run
    {
        return Facts::exact(exact);
    }
    consider(run);
    Facts { exact: None, needs: best.map(shortest_first) }
}

fn product(left: &[Vec<u8>], right: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if left.len() * right.len() > MAX_LITERALS {
        return None;
    }
    let mut out = Vec::with_capacity(left.len() * right.len());
    for l in left {
        for r in right {
            let mut joined = l.clone();
            joined.extend_from_slice(r);
            out.push(joined);
        }
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// The more selective set: longer shortest literal first, then fewer literals.
fn better(a: &[Vec<u8>], b: &[Vec<u8>]) -> bool {
    let shortest = |s: &[Vec<u8>]| s.iter().map(Vec::len).min().unwrap_or(0).min(4);
    (shortest(a), std::cmp::Reverse(a.len())) > (shortest(b), std::cmp::Reverse(b.len()))
}

fn shortest_first(mut set: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    set.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    set
}

/// One automaton over the required literals of a list of rules.
pub struct Gate {
    automaton: Option<AhoCorasick>,
    /// For each automaton pattern, the rules that need it.
    rules_of_literal: Vec<Vec<usize>>,
    /// Rules with no known literal: searched everywhere.
    ungated: Vec<usize>,
    rule_count: usize,
}

impl Gate {
    /// `patterns[i]` is rule i's expanded regex.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Gate {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut rules_of_literal: Vec<Vec<usize>> = Vec::new();
        let mut ungated = Vec::new();
        let mut rule_count = 0;
        for (rule, pattern) in patterns.into_iter().enumerate() {
            rule_count += 1;
            match required_literals(pattern).filter(|set| set.iter().all(|l| l.len() >= MIN_GATE_LEN)) {
                Some(set) => {
                    for lit in set {
                        match literals.iter().position(|l| *l == lit) {
                            Some(i) => rules_of_literal[i].push(rule),
                            None => {
                                literals.push(lit);
                                rules_of_literal.push(vec![rule]);
                            }
                        }
                    }
                }
                None => ungated.push(rule),
            }
        }
        let automaton = (!literals.is_empty()).then(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&literals)
                .expect("literal automaton")
        });
        Gate { automaton, rules_of_literal, ungated, rule_count }
    }

    /// Whether each rule can match somewhere in `text`.
    pub fn possible(&self, text: &str) -> Vec<bool> {
        let mut possible = vec![false; self.rule_count];
        for &rule in &self.ungated {
            possible[rule] = true;
        }
        if let Some(automaton) = &self.automaton {
            let mut missing = self.rule_count - self.ungated.len();
            for m in automaton.find_overlapping_iter(text) {
                for &rule in &self.rules_of_literal[m.pattern().as_usize()] {
                    if !possible[rule] {
                        possible[rule] = true;
                        missing -= 1;
                    }
                }
                if missing == 0 {
                    break;
                }
            }
        }
        possible
    }

    /// How many rules have literals (the rest are always searched).
    pub fn gated(&self) -> usize {
        self.rule_count - self.ungated.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lits(pattern: &str) -> Option<Vec<String>> {
        required_literals(pattern).map(|set| set.into_iter().map(|l| String::from_utf8(l).unwrap()).collect())
    }

    #[test]
    fn case_variants_fold_into_one_literal() {
        assert_eq!(lits(r"\b(?:[Ii]n|[Ss]ince)\s+May\b"), Some(vec!["may".to_string()]));
    }

    #[test]
    fn alternation_needs_every_branch() {
        assert_eq!(lits(r"\d+\s*(?:%|percent)"), Some(vec!["%".to_string(), "percent".to_string()]));
        // One branch without a literal: nothing is required.
        assert_eq!(lits(r"(?:%|\w+)"), None);
    }

    #[test]
    fn optional_parts_are_not_required() {
        assert_eq!(lits(r"(?:about\s+)?[0-9]+"), Some((0..10).map(|d| d.to_string()).collect()));
        assert_eq!(lits(r"(?:very)?\w+"), None);
    }

    #[test]
    fn gate_finds_rules_whose_literal_occurs() {
        let gate = Gate::new([r"\bMay\b", r"\d+\s*percent", r"\w+", r"\d+%"]);
        assert_eq!(gate.gated(), 2);
        assert_eq!(gate.possible("in MAY it rose"), vec![true, false, true, true]);
        assert_eq!(gate.possible("up 5 Percent"), vec![false, true, true, true]);
    }
}
