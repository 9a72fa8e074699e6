//! Typed errors, each carrying where it happened, and the exit codes they map to.

use std::fmt;

/// Exit codes, in one place (listed in `--help` and the README).
pub mod exit {
    /// Every input processed.
    pub const OK: i32 = 0;
    /// Finished, but some input was rejected or (for `diff`) the files differ.
    pub const PARTIAL: i32 = 1;
    /// Usage or fatal I/O error.
    pub const USAGE: i32 = 2;
    /// The rule files are invalid.
    pub const RULES: i32 = 3;
    /// `figures rules test` found failing examples.
    pub const TEST_FAILED: i32 = 4;
}

/// A defect in a rule file: where it is, which rule, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// Path as the user knows it (`rules/figure/count.toml`).
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub rule: Option<String>,
    pub message: String,
}

impl RuleError {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        RuleError { file: file.into(), line: None, column: None, rule: None, message: message.into() }
    }

    pub fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }

    pub fn in_rule(mut self, rule: impl Into<String>) -> Self {
        self.rule = Some(rule.into());
        self
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if let Some(rule) = &self.rule {
            write!(f, ": rule {rule}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for RuleError {}

/// All the defects found in a rules folder, reported together.
#[derive(Debug, Clone)]
pub struct RuleErrors(pub Vec<RuleError>);

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for RuleErrors {}

/// An input (file, file:line, or document id) that could not be processed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// `corpus/a.txt`, `docs.jsonl:7` or `<stdin>:3`.
    pub location: String,
    /// The document id when it is known.
    pub doc: Option<String>,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.doc {
            Some(doc) => write!(f, "{} (document {doc}): {}", self.location, self.message),
            None => write!(f, "{}: {}", self.location, self.message),
        }
    }
}

impl std::error::Error for InputError {}
