//! Loading, not a stage: the files in `rules/` become a validated, compiled
//! `RuleSet`. Every defect is collected and reported together, each with its
//! file, line and rule id; nothing here panics on bad input.
//!
//! Layout: `patterns.toml` holds shared sub-patterns; `<kind>/<stem>.toml`
//! holds `[[rule]]` tables for that record kind (rule id `<kind>/<stem>/<name>`);
//! other files (lexicons) are read by the stage that owns them.

pub mod patterns;
pub mod source;
mod trim;

use crate::error::RuleError;
use crate::extract;
use crate::record::Kind;
use patterns::{PATTERNS_DIR, PATTERNS_FILE, Patterns};
use rayon::prelude::*;
use regex::Regex;
use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, pikevm};
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};
use regex_syntax::hir::{Hir, HirKind};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};
pub use source::RuleSource;

/// Lazy-DFA cache of one kind's `MatchingSets` together, per thread, shared out among its
/// sets; it grows only as far as a corpus needs.
const MATCHING_DFA_BYTES: usize = 32 << 20;

/// The most rules in one of `MatchingSets`' automata (see `MatchingSets::new`).
const MAX_RULES_PER_SET: usize = 25;

/// A rule's own example: the text, the span it must match and the fields it must produce.
#[derive(Debug, Clone)]
pub struct Example {
    pub line: usize,
    pub text: String,
    /// Exact text of the expected record; `None` means "somewhere in `text`".
    pub span: Option<String>,
    pub expect: toml::Table,
    pub reference_date: Option<String>,
}

/// A text the rule must produce no record from.
#[derive(Debug, Clone)]
pub struct Counter {
    pub line: usize,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Rule {
    /// `<kind>/<file stem>/<name>`.
    pub id: String,
    pub kind: Kind,
    /// Path relative to the rules folder.
    pub file: String,
    pub line: usize,
    /// The pattern as written, before `{NAME}` expansion.
    pub pattern: String,
    /// The pattern with its sub-patterns expanded: what `regex()` compiles.
    pub expanded: String,
    /// `expanded` parsed and trimmed of its optional edges (trim.rs), as the rule sets
    /// compile it (shared: extractors clone their rules).
    set_hir: Arc<Hir>,
    /// The regex and its named groups, compiled on first use: a run needs only the rules
    /// some set found a match for, and compiling all of them was half of start-up.
    compiled: OnceLock<(Regex, Vec<(String, usize)>)>,
    /// Kind-specific settings (`measure`, `type`, `cue`…), checked against the kind's schema.
    pub params: toml::Table,
    pub examples: Vec<Example>,
    pub counters: Vec<Counter>,
}

impl Rule {
    /// The rule's regex, compiled the first time it is asked for.
    pub fn regex(&self) -> &Regex {
        &self.compiled().0
    }

    fn compiled(&self) -> &(Regex, Vec<(String, usize)>) {
        self.compiled.get_or_init(|| {
            // The pattern parsed at load; the one failure left is the size limit, which
            // the rule sets (larger NFAs, same limit) already passed at start-up.
            let regex = Regex::new(&self.expanded).unwrap_or_else(|e| panic!("rule {} does not compile: {e}", self.id));
            let groups = named_groups(&regex);
            (regex, groups)
        })
    }

    pub fn param_str(&self, key: &str) -> Option<&str> {
        self.params.get(key).and_then(|v| v.as_str())
    }

    /// The text a named group of this rule's regex captured, as `caps.name(name)` gives it.
    /// The groups and their indices are a scan of a handful, cheaper than the hashed
    /// lookup of `Captures::name`.
    pub fn group<'t>(&self, caps: &regex::Captures<'t>, name: &str) -> Option<regex::Match<'t>> {
        self.compiled().1.iter().find(|(n, _)| n == name).and_then(|&(_, i)| caps.get(i))
    }
}

/// The named groups of a regex with their indices.
pub fn named_groups(regex: &Regex) -> Vec<(String, usize)> {
    regex.capture_names().enumerate().filter_map(|(i, name)| Some((name?.to_string(), i))).collect()
}

#[derive(Debug, Clone)]
pub struct RuleSet {
    pub source: RuleSource,
    pub patterns: Patterns,
    /// All rules, by kind, then file path, then order in the file.
    pub rules: Vec<Rule>,
}

impl RuleSet {
    pub fn bundled() -> Result<RuleSet, Vec<RuleError>> {
        RuleSet::load(RuleSource::bundled())
    }

    pub fn load(source: RuleSource) -> Result<RuleSet, Vec<RuleError>> {
        let patterns = load_patterns(&source)?;
        let mut files = Vec::new();
        for kind in Kind::ALL {
            let folder = format!("{}/", kind.as_str());
            for (path, text) in source.files_under(&folder) {
                let Some(stem) = path[folder.len()..].strip_suffix(".toml") else { continue };
                if !stem.contains('/') {
                    files.push((kind, path, stem, text));
                }
            }
        }
        // Compiling the regexes is most of start-up, and files compile apart; collecting
        // in file order keeps the rules and the errors in the same order as one by one.
        let parsed: Vec<Result<Vec<Rule>, Vec<RuleError>>> = files
            .par_iter()
            .map(|&(kind, path, stem, text)| parse_rule_file(kind, path, &source.display_path(path), stem, text, &patterns))
            .collect();
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        for result in parsed {
            match result {
                Ok(mut file_rules) => rules.append(&mut file_rules),
                Err(mut file_errors) => errors.append(&mut file_errors),
            }
        }
        let mut seen: BTreeMap<&str, &Rule> = BTreeMap::new();
        for rule in &rules {
            if let Some(first) = seen.insert(&rule.id, rule) {
                errors.push(
                    RuleError::new(source.display_path(&rule.file), format!("duplicate rule id, first defined at line {}", first.line))
                        .at(rule.line, None)
                        .in_rule(&rule.id),
                );
            }
        }
        if errors.is_empty() { Ok(RuleSet { source, patterns, rules }) } else { Err(errors) }
    }

    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Rule> {
        self.rules.iter().filter(move |r| r.kind == kind)
    }

    /// A lexicon or other data file, or an error naming the missing path.
    pub fn data_file(&self, relative: &str) -> Result<&str, RuleError> {
        self.source.data_file(relative)
    }
}

/// The rules as a few automata, one per rule file or run of small files: a single pass
/// of each over a text tells which of its rules match there at all, so only those need
/// their own search for matches and groups. One automaton for all rules would answer in one pass, but on text
/// it has not seen it spends most of its time building states (each state tracks every
/// rule at once), which a repeated benchmark hides and a crawl never does.
pub struct MatchingSets {
    sets: Vec<(SetEngine, Vec<usize>)>,
}

type SetCaches = (hybrid::dfa::Cache, pikevm::Cache);
type MakeSetCaches = Box<dyn Fn() -> SetCaches + Send + Sync + std::panic::RefUnwindSafe + std::panic::UnwindSafe>;

/// One set's automata: what a `RegexSet` runs for `matches_at` (a forward lazy DFA, and
/// the PikeVM where the DFA gives up on a Unicode word boundary), without the reverse NFA
/// and other engines a `RegexSet` compiles and this search never uses.
struct SetEngine {
    dfa: hybrid::dfa::DFA,
    pikevm: pikevm::PikeVM,
    caches: Pool<SetCaches, MakeSetCaches>,
}

impl SetEngine {
    fn new(hirs: &[&Hir], cache_bytes: usize) -> Result<SetEngine, String> {
        // The settings of `regex::RegexSetBuilder` and of the meta regex it builds.
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .utf8(true)
                    .nfa_size_limit(Some(10 << 20))
                    .shrink(false)
                    .which_captures(thompson::WhichCaptures::None),
            )
            .build_many_from_hir(hirs)
            .map_err(|e| e.to_string())?;
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .match_kind(MatchKind::All)
                    .starts_for_each_pattern(true)
                    .byte_classes(true)
                    .unicode_word_boundary(true)
                    .cache_capacity(cache_bytes)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .map_err(|e| e.to_string())?;
        let pikevm = pikevm::Builder::new()
            .configure(pikevm::Config::new().match_kind(MatchKind::All))
            .build_from_nfa(nfa)
            .map_err(|e| e.to_string())?;
        let (d, p) = (dfa.clone(), pikevm.clone());
        let make: MakeSetCaches = Box::new(move || (d.create_cache(), p.create_cache()));
        Ok(SetEngine { dfa, pikevm, caches: Pool::new(make) })
    }

    /// Which patterns match in `input`, as `RegexSet::matches_at` answers.
    fn which(&self, input: &Input, patterns: &mut PatternSet) {
        let mut caches = self.caches.get();
        let (dfa_cache, pikevm_cache) = &mut *caches;
        // A pattern the DFA reported before it gave up does match; the PikeVM adds the rest.
        if self.dfa.try_which_overlapping_matches(dfa_cache, input, patterns).is_err() {
            self.pikevm.which_overlapping_matches(pikevm_cache, input, patterns);
        }
    }
}

impl MatchingSets {
    pub fn new<'r>(rules: impl IntoIterator<Item = &'r Rule>) -> Result<MatchingSets, String> {
        let mut groups: Vec<(String, Vec<(usize, &Rule)>)> = Vec::new();
        for (index, rule) in rules.into_iter().enumerate() {
            match groups.iter_mut().find(|(file, _)| *file == rule.file) {
                Some((_, members)) => members.push((index, rule)),
                None => groups.push((rule.file.clone(), vec![(index, rule)])),
            }
        }
        // Small files share a set: every set is one more pass over each window, while a set
        // tracking more rules costs more to build states for on new text. Files packed in
        // order up to 25 rules a set (8 → 4 date sets, 5 → 3 figure sets) halved the sets'
        // warm time and left their time on new text as it was; up to 40 rules gained a little
        // more warm but cost ~20 % more on new text.
        let mut packed: Vec<(usize, Vec<(usize, &Rule)>)> = Vec::new();
        for (_, members) in groups {
            match packed.last_mut() {
                Some((count, last)) if *count + members.len() <= MAX_RULES_PER_SET => {
                    *count += members.len();
                    last.extend(members);
                }
                _ => packed.push((members.len(), members)),
            }
        }
        // The default lazy-DFA cache is too small for dozens of patterns at once: it would be
        // cleared again and again.
        let cache_bytes = MATCHING_DFA_BYTES / packed.len().max(1);
        // Built from the rules' parsed patterns instead of parsing them a second time.
        let sets = packed
            .into_iter()
            .map(|(_, members)| {
                let hirs: Vec<&Hir> = members.iter().map(|(_, r)| &*r.set_hir).collect();
                let engine = SetEngine::new(&hirs, cache_bytes).map_err(|e| {
                    // A rule too big to compile even alone is named, so its author can find it.
                    match members.iter().find(|(_, r)| SetEngine::new(&[&*r.set_hir], cache_bytes).is_err()) {
                        Some((_, r)) => format!("rule {} ({}:{}) is too large to compile: {e}", r.id, r.file, r.line),
                        None => e,
                    }
                })?;
                Ok((engine, members.into_iter().map(|(index, _)| index).collect()))
            })
            .collect::<Result<_, String>>()?;
        Ok(MatchingSets { sets })
    }

    /// The indexes (in the order the rules were given) of the rules with a match in
    /// `haystack` starting at or after `start`, ascending.
    pub fn matching(&self, haystack: &str, start: usize) -> Vec<usize> {
        let input = Input::new(haystack).span(start..haystack.len());
        let mut found: Vec<usize> = self
            .sets
            .iter()
            .flat_map(|(set, members)| {
                let mut patterns = PatternSet::new(members.len());
                set.which(&input, &mut patterns);
                patterns.iter().map(move |id| members[id.as_usize()]).collect::<Vec<_>>()
            })
            .collect();
        found.sort_unstable();
        found
    }
}

/// `patterns.toml` plus every `patterns/*.toml`, merged; a name defined twice is an error.
fn load_patterns(source: &RuleSource) -> Result<Patterns, Vec<RuleError>> {
    let mut merged = Patterns { file: source.display_path(PATTERNS_FILE), ..Default::default() };
    let files = source
        .text(PATTERNS_FILE)
        .map(|text| (PATTERNS_FILE, text))
        .into_iter()
        .chain(source.files_under(PATTERNS_DIR).filter(|(path, _)| path.ends_with(".toml")));
    let mut errors = Vec::new();
    let mut defined_in: BTreeMap<String, String> = BTreeMap::new();
    let mut texts = Vec::new();
    for (path, text) in files {
        let display = source.display_path(path);
        let table = match parse_toml(&display, text) {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        for name in table.keys() {
            if let Some(first) = defined_in.insert(name.clone(), display.clone()) {
                errors.push(
                    RuleError::new(&display, format!("sub-pattern {{{name}}} is already defined in {first}"))
                        .at(line_of(text, &format!("[{name}]")).unwrap_or(1), None),
                );
            }
        }
        texts.push((display, text));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Parse each file alone for its own line numbers, then check all of them together,
    // since a sub-pattern may refer to one defined in another file.
    for (display, text) in &texts {
        let parsed = Patterns::parse_unchecked(display, text)?;
        merged.named.extend(parsed.named);
    }
    merged.check()?;
    Ok(merged)
}

fn parse_rule_file(
    kind: Kind,
    path: &str,
    display: &str,
    stem: &str,
    text: &str,
    patterns: &Patterns,
) -> Result<Vec<Rule>, Vec<RuleError>> {
    let table = parse_toml(display, text).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut rules = Vec::new();
    let schema = extract::schema(kind);
    for (key, value) in &table {
        if key != "rule" {
            errors.push(RuleError::new(display, format!("unknown top-level key `{key}` (rules go in [[rule]] tables)")));
            continue;
        }
        let Some(list) = value.as_array() else {
            errors.push(RuleError::new(display, "`rule` must be written as [[rule]] tables"));
            continue;
        };
        // Rules are found in the text in order, so each search starts after the previous rule.
        let mut search_from = 0;
        for (index, item) in list.iter().enumerate() {
            let Some(spec) = item.as_table() else {
                errors.push(RuleError::new(display, format!("rule #{} is not a table", index + 1)));
                continue;
            };
            let name = spec.get("name").and_then(|v| v.as_str()).unwrap_or("");
            let line = find_rule_line(text, name, &mut search_from);
            let id = format!("{}/{stem}/{name}", kind.as_str());
            let err = |msg: String| RuleError::new(display, msg).at(line, None).in_rule(&id);
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                errors.push(err("every rule needs a kebab-case `name`".into()));
                continue;
            }
            match compile_rule(kind, path, &id, line, spec, schema, patterns, text) {
                Ok(rule) => rules.push(rule),
                Err(messages) => errors.extend(messages.into_iter().map(err)),
            }
        }
    }
    if errors.is_empty() { Ok(rules) } else { Err(errors) }
}

#[allow(clippy::too_many_arguments)]
fn compile_rule(
    kind: Kind,
    path: &str,
    id: &str,
    line: usize,
    spec: &toml::Table,
    schema: &extract::Schema,
    patterns: &Patterns,
    text: &str,
) -> Result<Rule, Vec<String>> {
    let mut errors = Vec::new();
    let mut params = toml::Table::new();
    let mut pattern = String::new();
    let mut examples = Vec::new();
    let mut counters = Vec::new();
    // Examples are looked for after the rule's own line, so two rules with the same
    // example text each point at their own; one not found literally gets the rule's line.
    let rule_at = byte_of_line(text, line);
    for (key, value) in spec {
        match key.as_str() {
            "name" | "description" => {}
            "pattern" => match value.as_str() {
                Some(p) => pattern = p.to_string(),
                None => errors.push("`pattern` must be a string".into()),
            },
            "example" => match parse_examples(value, text, rule_at, line) {
                Ok(list) => examples = list,
                Err(e) => errors.push(e),
            },
            "counter" => match parse_counters(value, text, rule_at, line) {
                Ok(list) => counters = list,
                Err(e) => errors.push(e),
            },
            other if schema.params.contains(&other) => {
                params.insert(key.clone(), value.clone());
            }
            other => errors.push(format!(
                "unknown field `{other}`; a {} rule takes name, pattern, description, example, counter, {}",
                kind.as_str(),
                schema.params.join(", ")
            )),
        }
    }
    if pattern.is_empty() {
        errors.push("missing `pattern`".into());
    }
    if examples.is_empty() {
        errors.push("no [[rule.example]]: every rule shows at least one text it matches".into());
    }
    // Parsed only, with the regex crate's syntax settings; the regex itself compiles on
    // first use (`Rule::regex`). A syntax error reads as the regex crate gives it.
    let parsed = match patterns.expand(&pattern) {
        Err(msg) => {
            errors.push(msg);
            None
        }
        Ok(expanded) => match syntax::parse_with(&expanded, &syntax::Config::new().utf8(true)) {
            Err(e) => {
                errors.push(format!("regex does not compile: {e}"));
                None
            }
            Ok(hir) => Some((expanded, hir)),
        },
    };
    if let Some((_, hir)) = &parsed {
        let mut names = Vec::new();
        capture_names(hir, &mut names);
        for group in names {
            if !schema.groups.contains(&group) {
                errors.push(format!(
                    "unknown capture group `{group}`; a {} rule understands {}",
                    kind.as_str(),
                    schema.groups.join(", ")
                ));
            }
        }
    }
    match parsed {
        Some((expanded, hir)) if errors.is_empty() => Ok(Rule {
            id: id.to_string(),
            kind,
            file: path.to_string(),
            line,
            pattern,
            expanded,
            set_hir: Arc::new(trim::trim_edges(hir)),
            compiled: OnceLock::new(),
            params,
            examples,
            counters,
        }),
        _ => Err(errors),
    }
}

/// The names of the capture groups in `hir`, in the order they open.
fn capture_names<'h>(hir: &'h Hir, out: &mut Vec<&'h str>) {
    match hir.kind() {
        HirKind::Capture(capture) => {
            out.extend(capture.name.as_deref());
            capture_names(&capture.sub, out);
        }
        HirKind::Repetition(repetition) => capture_names(&repetition.sub, out),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().for_each(|sub| capture_names(sub, out)),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {}
    }
}

fn parse_examples(value: &toml::Value, text: &str, rule_at: usize, rule_line: usize) -> Result<Vec<Example>, String> {
    let list = value.as_array().ok_or("`example` must be written as [[rule.example]] tables")?;
    let mut out = Vec::new();
    let mut cursor = rule_at;
    for item in list {
        let table = item.as_table().ok_or("each [[rule.example]] must be a table")?;
        let example_text = table.get("text").and_then(|v| v.as_str()).ok_or("an example lacks `text`")?;
        let mut example = Example {
            line: line_after(text, example_text, &mut cursor).unwrap_or(rule_line),
            text: example_text.to_string(),
            span: None,
            expect: toml::Table::new(),
            reference_date: None,
        };
        for (key, value) in table {
            match (key.as_str(), value) {
                ("text", _) => {}
                ("match", toml::Value::String(s)) => {
                    if example_text.matches(s.as_str()).count() != 1 {
                        return Err(format!("example `match` {s:?} must occur exactly once in its text {example_text:?}"));
                    }
                    example.span = Some(s.clone());
                }
                ("expect", toml::Value::Table(t)) => example.expect = t.clone(),
                ("reference_date", toml::Value::String(s)) => example.reference_date = Some(s.clone()),
                _ => return Err(format!("unknown or mistyped example field `{key}` (expected text, match, expect, reference_date)")),
            }
        }
        out.push(example);
    }
    Ok(out)
}

fn parse_counters(value: &toml::Value, text: &str, rule_at: usize, rule_line: usize) -> Result<Vec<Counter>, String> {
    let list = value.as_array().ok_or("`counter` must be written as [[rule.counter]] tables")?;
    let mut cursor = rule_at;
    list.iter()
        .map(|item| {
            let table = item.as_table().ok_or("each [[rule.counter]] must be a table")?;
            if let Some(key) = table.keys().find(|k| *k != "text") {
                return Err(format!("unknown counter-example field `{key}` (expected text)"));
            }
            let counter_text = table.get("text").and_then(|v| v.as_str()).ok_or("a counter-example lacks `text`")?;
            Ok(Counter { line: line_after(text, counter_text, &mut cursor).unwrap_or(rule_line), text: counter_text.to_string() })
        })
        .collect()
}

/// Parses TOML, turning a syntax error into `file:line:column: message`.
pub(crate) fn parse_toml(file: &str, text: &str) -> Result<toml::Table, RuleError> {
    text.parse::<toml::Table>().map_err(|e| {
        let message = e.message().trim().to_string();
        match e.span() {
            Some(span) => {
                let (line, column) = line_column(text, span.start);
                RuleError::new(file, format!("TOML syntax: {message}")).at(line, Some(column))
            }
            None => RuleError::new(file, format!("TOML syntax: {message}")),
        }
    })
}

pub(crate) fn line_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// 1-based line of the first occurrence of `needle`.
pub(crate) fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.find(needle).map(|at| line_column(text, at).0)
}

/// Byte offset where 1-based `line` starts.
fn byte_of_line(text: &str, line: usize) -> usize {
    text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum()
}

/// Line of the next occurrence of `needle` at or after `cursor`, which moves past it.
fn line_after(text: &str, needle: &str, cursor: &mut usize) -> Option<usize> {
    let at = *cursor + text.get(*cursor..)?.find(needle)?;
    *cursor = at + needle.len();
    Some(line_column(text, at).0)
}

fn find_rule_line(text: &str, name: &str, search_from: &mut usize) -> usize {
    let rest = &text[*search_from..];
    let found = ["'", "\""].iter().find_map(|q| {
        let needle = format!("{q}{name}{q}");
        rest.find(&needle)
    });
    match found {
        Some(at) if !name.is_empty() => {
            *search_from += at + 1;
            line_column(text, *search_from).0
        }
        _ => line_column(text, *search_from).0,
    }
}

pub(crate) fn string_list(value: &toml::Value) -> Option<Vec<String>> {
    value.as_array()?.iter().map(|v| v.as_str().map(str::to_string)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(files: &[(&str, &str)]) -> RuleSource {
        RuleSource::from_files("rules", files.iter().map(|(p, t)| (p.to_string(), t.to_string())))
    }

    const GOOD: &str = "[[rule]]\nname = 'year'\npattern = '(?P<year>{YEAR})'\ntype = 'DATE'\n  [[rule.example]]\n  text = 'In 2018.'\n  match = '2018'\n";
    const PATTERNS: &str = "[YEAR]\nregex = '(?:19|20)[0-9]{2}'\n";

    #[test]
    fn the_bundled_rules_load() {
        let rules = RuleSet::bundled().unwrap_or_else(|e| panic!("{}", crate::error::RuleErrors(e)));
        assert!(Kind::ALL.iter().all(|k| rules.of_kind(*k).count() > 0));
    }

    #[test]
    fn rules_compile_on_first_use_with_the_groups_their_parse_named() {
        let rules = RuleSet::bundled().unwrap_or_else(|e| panic!("{}", crate::error::RuleErrors(e)));
        assert!(rules.rules.iter().all(|r| r.compiled.get().is_none()), "a rule compiled at load");
        for rule in &rules.rules {
            let hir = syntax::parse_with(&rule.expanded, &syntax::Config::new().utf8(true)).unwrap();
            let mut parsed = Vec::new();
            capture_names(&hir, &mut parsed);
            let compiled: Vec<&str> = rule.regex().capture_names().flatten().collect();
            assert_eq!(parsed, compiled, "{}", rule.id);
        }
    }

    #[test]
    fn a_rule_set_answers_as_a_regex_set_also_where_its_dfa_gives_up() {
        // A Unicode `\b` stops the lazy DFA at the first non-ASCII byte; the PikeVM answers there.
        let rules = r#"
[[rule]]
name = 'year'
pattern = '\b(?P<year>{YEAR})\b'
type = 'DATE'
  [[rule.example]]
  text = 'In 2018.'
[[rule]]
name = 'city'
pattern = '\bZürich\b'
type = 'DATE'
  [[rule.example]]
  text = 'Zürich.'
[[rule]]
name = 'empty'
pattern = '(?:x)?'
type = 'DATE'
  [[rule.example]]
  text = 'x'
"#;
        let set = RuleSet::load(source(&[("patterns.toml", PATTERNS), ("date/a.toml", rules)])).unwrap();
        let sets = MatchingSets::new(&set.rules).unwrap();
        let reference = regex::RegexSet::new(set.rules.iter().map(|r| r.expanded.as_str())).unwrap();
        for text in ["Zürich 2018", "éZürich 1999é", "in 2018, Zürich", "x2018 Zürichs", "", "é"] {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let expected: Vec<usize> = reference.matches_at(text, start).into_iter().collect();
                assert_eq!(sets.matching(text, start), expected, "{text:?} from {start}");
            }
        }
    }

    #[test]
    // Invalid on purpose: the expected text is the regex crate's own error.
    #[allow(clippy::invalid_regex)]
    fn a_syntax_error_reads_as_the_regex_crate_gives_it() {
        let bad = GOOD.replace("(?P<year>{YEAR})", "(?P<year>[0-9]+");
        let errors = RuleSet::load(source(&[("patterns.toml", PATTERNS), ("date/a.toml", &bad)])).unwrap_err();
        let regex_error = Regex::new("(?P<year>[0-9]+").unwrap_err();
        assert_eq!(errors[0].message, format!("regex does not compile: {regex_error}"));
    }

    #[test]
    fn loads_a_rule_with_its_id_line_and_examples() {
        let set = RuleSet::load(source(&[("patterns.toml", PATTERNS), ("date/absolute.toml", GOOD)])).unwrap();
        let rule = &set.rules[0];
        assert_eq!((rule.id.as_str(), rule.line, rule.examples.len()), ("date/absolute/year", 2, 1));
        assert!(rule.regex().is_match("1999"));
    }

    #[test]
    fn sub_patterns_may_live_in_several_files_and_refer_across_them() {
        let date_patterns = "[DATE_YEAR]\nregex = '{YEAR}'\n";
        let rule = GOOD.replace("{YEAR}", "{DATE_YEAR}");
        let files = [("patterns.toml", PATTERNS), ("patterns/date.toml", date_patterns), ("date/a.toml", rule.as_str())];
        assert!(RuleSet::load(source(&files)).is_ok());
        let twice = [("patterns.toml", PATTERNS), ("patterns/date.toml", PATTERNS)];
        let errors = RuleSet::load(source(&twice)).unwrap_err();
        assert!(errors[0].message.contains("already defined in rules/patterns.toml"), "{}", errors[0]);
    }

    #[test]
    fn toml_syntax_errors_give_line_and_column() {
        let errors = RuleSet::load(source(&[("date/absolute.toml", "[[rule]]\nname = 'x\n")])).unwrap_err();
        assert!(errors[0].to_string().starts_with("rules/date/absolute.toml:2:"), "{}", errors[0]);
    }

    #[test]
    fn bad_regex_unknown_field_unknown_pattern_and_duplicates_are_reported_by_rule() {
        let bad_regex = GOOD.replace("(?P<year>{YEAR})", "(?P<year>[0-9]+");
        let errors = RuleSet::load(source(&[("patterns.toml", PATTERNS), ("date/a.toml", &bad_regex)])).unwrap_err();
        assert_eq!(errors[0].rule.as_deref(), Some("date/a/year"));
        assert!(errors[0].message.contains("regex does not compile"), "{}", errors[0]);

        let unknown_field = GOOD.replace("type = 'DATE'", "tipe = 'DATE'");
        let errors = RuleSet::load(source(&[("patterns.toml", PATTERNS), ("date/a.toml", &unknown_field)])).unwrap_err();
        assert!(errors[0].message.contains("unknown field `tipe`"), "{}", errors[0]);

        let unknown_pattern = GOOD.replace("{YEAR}", "{YEER}");
        let errors = RuleSet::load(source(&[("patterns.toml", PATTERNS), ("date/a.toml", &unknown_pattern)])).unwrap_err();
        assert!(errors[0].message.contains("unknown sub-pattern {YEER}"), "{}", errors[0]);

        let twice = format!("{GOOD}{GOOD}");
        let errors = RuleSet::load(source(&[("patterns.toml", PATTERNS), ("date/a.toml", &twice)])).unwrap_err();
        assert!(errors[0].message.contains("duplicate rule id"), "{}", errors[0]);
        assert_eq!(errors[0].line, Some(9));
    }
}
