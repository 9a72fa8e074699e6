//! `figures`: English news articles → structured figures, dates, agencies and
//! quotes, as JSONL records (see `spec/records.md`).
//!
//! ```text
//!  load ──▶ split ──▶ extract ──▶ link ──▶ emit
//!  inputs   sentences  records     figure    JSONL, char
//!  → docs   (bytes)    per kind    ← speaker, offsets
//!                                    agency, date
//! ```
//!
//! Each stage is one module. Rules are data (`rules/`), compiled once by
//! `ruleset` into an `Engine` that every worker shares; `pipeline` runs
//! documents in ordered parallel chunks.

pub mod cli;
pub mod commands;
pub mod document;
pub mod emit;
pub mod error;
pub mod extract;
pub mod link;
pub mod load;
pub mod normalize;
pub mod pipeline;
pub mod record;
pub mod report;
pub mod ruleset;
pub mod split;
pub mod trace;

pub use document::Document;
pub use pipeline::{Analysis, Engine};
pub use record::{Kind, Record};
