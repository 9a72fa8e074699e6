//! Shared named sub-patterns (`rules/patterns.toml`): `{NUMBER}` inside a rule
//! pattern expands to `(?:…)` of the named regex. Each entry may carry
//! `matches` / `rejects` lists, tested as whole-string matches.

use crate::error::RuleError;
use once_cell::sync::Lazy;
use regex::Regex;
use regex_automata::nfa::thompson::{self, pikevm::PikeVM};
use regex_automata::util::syntax;
use std::collections::BTreeMap;

pub const PATTERNS_FILE: &str = "patterns.toml";
/// More sub-pattern files, one per topic (`patterns/date.toml`).
pub const PATTERNS_DIR: &str = "patterns/";

static REFERENCE: Lazy<Regex> = Lazy::new(|| Regex::new(r"\{([A-Z][A-Z0-9_]*)\}").unwrap());

#[derive(Debug, Clone, Default)]
pub struct NamedPattern {
    /// The file it is defined in, as shown in messages.
    pub file: String,
    /// The regex as written, with `{NAME}` references unexpanded.
    pub regex: String,
    pub matches: Vec<String>,
    pub rejects: Vec<String>,
    pub line: usize,
}

/// The named sub-patterns, expanded on demand.
#[derive(Debug, Clone, Default)]
pub struct Patterns {
    pub file: String,
    pub named: BTreeMap<String, NamedPattern>,
}

/// `^(?:expanded)$` as a PikeVM, with the regex crate's syntax and size settings and its
/// error texts: the self-tests run it on a few short strings at every start-up, so the
/// reverse NFA, lazy DFAs and prefilters of a `Regex` were wasted work (20 M
/// instructions).
fn whole_match(expanded: &str) -> Result<PikeVM, String> {
    let hir = syntax::parse_with(&format!("^(?:{expanded})$"), &syntax::Config::new().utf8(true)).map_err(|e| e.to_string())?;
    let config = thompson::Config::new().utf8(true).nfa_size_limit(Some(10 << 20)).shrink(false);
    let nfa = thompson::Compiler::new().configure(config).build_from_hir(&hir).map_err(|e| match e.size_limit() {
        Some(limit) => format!("Compiled regex exceeds size limit of {limit} bytes."),
        None => e.to_string(),
    })?;
    PikeVM::new_from_nfa(nfa).map_err(|e| e.to_string())
}

impl Patterns {
    /// Parses and checks one self-contained file of sub-patterns.
    pub fn parse(file: &str, text: &str) -> Result<Patterns, Vec<RuleError>> {
        let patterns = Patterns::parse_unchecked(file, text)?;
        patterns.check()?;
        Ok(patterns)
    }

    /// Parses one file without expanding references, which may point into other files.
    pub fn parse_unchecked(file: &str, text: &str) -> Result<Patterns, Vec<RuleError>> {
        let table: toml::Table = super::parse_toml(file, text).map_err(|e| vec![e])?;
        let mut named = BTreeMap::new();
        let mut errors = Vec::new();
        for (name, value) in table {
            let line = super::line_of(text, &format!("[{name}]")).unwrap_or(1);
            let err = |msg: String| RuleError::new(file, msg).at(line, None).in_rule(format!("{{{name}}}"));
            if !REFERENCE.is_match(&format!("{{{name}}}")) {
                errors.push(err("sub-pattern names are UPPER_SNAKE (`NUMBER`, `MONTH_NAME`)".into()));
                continue;
            }
            let Some(entry) = value.as_table() else {
                errors.push(err("expected a table with `regex`".into()));
                continue;
            };
            let mut pattern = NamedPattern { line, ..Default::default() };
            for (key, value) in entry {
                match (key.as_str(), value) {
                    ("regex", toml::Value::String(s)) => pattern.regex = s.clone(),
                    ("matches", v) | ("rejects", v) => match super::string_list(v) {
                        Some(list) if key == "matches" => pattern.matches = list,
                        Some(list) => pattern.rejects = list,
                        None => errors.push(err(format!("`{key}` must be a list of strings"))),
                    },
                    ("description", _) => {}
                    _ => errors.push(err(format!("unknown field `{key}` (expected regex, matches, rejects, description)"))),
                }
            }
            if pattern.regex.is_empty() {
                errors.push(err("missing `regex`".into()));
            }
            pattern.file = file.to_string();
            named.insert(name, pattern);
        }
        if errors.is_empty() { Ok(Patterns { file: file.to_string(), named }) } else { Err(errors) }
    }

    /// Expands every sub-pattern, compiles it and runs its `matches` / `rejects`.
    pub fn check(&self) -> Result<(), Vec<RuleError>> {
        let mut errors = Vec::new();
        for (name, pattern) in &self.named {
            let err = |msg: String| RuleError::new(&pattern.file, msg).at(pattern.line, None).in_rule(format!("{{{name}}}"));
            match self.expand(&pattern.regex) {
                Err(msg) => errors.push(err(msg)),
                Ok(expanded) => match whole_match(&expanded) {
                    Err(e) => errors.push(err(format!("regex does not compile: {e}"))),
                    Ok(re) => {
                        let mut cache = re.create_cache();
                        let mut is_match = |s: &str| re.is_match(&mut cache, s);
                        for s in pattern.matches.iter().filter(|s| !is_match(s)) {
                            errors.push(err(format!("does not match its example {s:?}")));
                        }
                        for s in pattern.rejects.iter().filter(|s| is_match(s)) {
                            errors.push(err(format!("matches {s:?}, listed under `rejects`")));
                        }
                    }
                },
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// Replaces every `{NAME}` by `(?:…)` of its definition, recursively.
    pub fn expand(&self, pattern: &str) -> Result<String, String> {
        self.expand_within(pattern, &mut Vec::new())
    }

    fn expand_within(&self, pattern: &str, stack: &mut Vec<String>) -> Result<String, String> {
        let mut out = String::with_capacity(pattern.len());
        let mut last = 0;
        for caps in REFERENCE.captures_iter(pattern) {
            let whole = caps.get(0).unwrap();
            let name = &caps[1];
            out.push_str(&pattern[last..whole.start()]);
            last = whole.end();
            if stack.iter().any(|n| n == name) {
                return Err(format!("sub-pattern {{{name}}} refers to itself ({} → {name})", stack.join(" → ")));
            }
            let Some(def) = self.named.get(name) else {
                let known: Vec<&str> = self.named.keys().map(String::as_str).collect();
                return Err(format!(
                    "unknown sub-pattern {{{name}}}; defined in {}: {}",
                    self.file,
                    known.join(", ")
                ));
            };
            stack.push(name.to_string());
            let inner = self.expand_within(&def.regex, stack)?;
            stack.pop();
            out.push_str("(?:");
            out.push_str(&inner);
            out.push(')');
        }
        out.push_str(&pattern[last..]);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_nested_references_and_rejects_unknown_and_cyclic_ones() {
        let text = "[DIGITS]\nregex = '[0-9]+'\nmatches = ['12']\n[PAIR]\nregex = '{DIGITS}-{DIGITS}'\nmatches = ['1-2']\nrejects = ['1-']\n";
        let patterns = Patterns::parse("patterns.toml", text).unwrap();
        assert_eq!(patterns.expand("x{PAIR}").unwrap(), "x(?:(?:[0-9]+)-(?:[0-9]+))");
        assert!(patterns.expand("{NUMBR}").unwrap_err().contains("unknown sub-pattern {NUMBR}"));
        assert_eq!(patterns.expand("a{3}").unwrap(), "a{3}");

        let cyclic = "[A]\nregex = 'x{B}'\n[B]\nregex = '{A}'\n";
        let errors = Patterns::parse("patterns.toml", cyclic).unwrap_err();
        assert!(errors[0].message.contains("refers to itself"), "{errors:?}");
    }

    #[test]
    // Invalid on purpose: the expected text is the regex crate's own error.
    #[allow(clippy::invalid_regex)]
    fn self_tests_reject_and_fail_to_compile_as_the_regex_crate_would() {
        let rejected = "[DIGITS]\nregex = '[0-9]+'\nmatches = ['12']\nrejects = ['12 ']\n";
        assert!(Patterns::parse("patterns.toml", rejected).is_ok());
        let too_wide = "[DIGITS]\nregex = '[0-9]+'\nrejects = ['7']\n";
        let errors = Patterns::parse("patterns.toml", too_wide).unwrap_err();
        assert_eq!(errors[0].message, "matches \"7\", listed under `rejects`");
        let broken = "[OPEN]\nregex = '(a'\n";
        let errors = Patterns::parse("patterns.toml", broken).unwrap_err();
        let regex_error = Regex::new("^(?:(a)$").unwrap_err();
        assert_eq!(errors[0].message, format!("regex does not compile: {regex_error}"));
        let huge = "[HUGE]\nregex = '\\w{2000}'\n";
        let errors = Patterns::parse("patterns.toml", huge).unwrap_err();
        let regex_error = Regex::new(r"^(?:\w{2000})$").unwrap_err();
        assert_eq!(errors[0].message, format!("regex does not compile: {regex_error}"));
    }

    #[test]
    fn a_failing_self_test_names_the_pattern_and_line() {
        let text = "[DIGITS]\nregex = '[0-9]+'\nmatches = ['1a']\n";
        let errors = Patterns::parse("patterns.toml", text).unwrap_err();
        assert_eq!(errors[0].to_string(), "patterns.toml:1: rule {DIGITS}: does not match its example \"1a\"");
    }
}
