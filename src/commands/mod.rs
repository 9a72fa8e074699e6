//! The rule author's tools, one module per subcommand: `rules test` / `rules
//! list`, `explain`, `eval` and `diff`. Each exposes a library function the
//! tests call and a `run` the command line calls.

pub mod diff;
pub mod eval;
pub mod explain;
pub mod jsonl;
pub mod rules;
