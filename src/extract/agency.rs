//! Agency records: government bodies, courts, NGOs and outlets, from a
//! gazetteer (`rules/agency/gazetteer.tsv`) and from pattern rules.

use super::{Schema, resolve_overlaps};
use crate::document::Document;
use crate::error::RuleError;
use crate::record::{Agency, Kind, Record, RecordData};
use crate::ruleset::{Rule, RuleSet};
use crate::split::{Sentence, sentence_at};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

pub const GAZETTEER_FILE: &str = "agency/gazetteer.tsv";

pub static SCHEMA: Schema = Schema { params: &["type", "name", "abbr"], groups: &["name"] };

#[derive(Debug, Clone)]
struct Entry {
    name: String,
    abbr: Option<String>,
    agency_type: String,
}

pub struct AgencyExtractor {
    rules: Vec<Rule>,
    entries: Vec<Entry>,
    /// One pattern per surface form; `forms[i]` is the entry of pattern `i`.
    matcher: AhoCorasick,
    forms: Vec<usize>,
}

impl AgencyExtractor {
    pub fn new(rules: &RuleSet) -> Result<Self, Vec<RuleError>> {
        let file = rules.source.display_path(GAZETTEER_FILE);
        let text = rules.data_file(GAZETTEER_FILE).map_err(|e| vec![e])?;
        let mut entries = Vec::new();
        let mut surfaces = Vec::new();
        let mut forms = Vec::new();
        let mut errors = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 3 {
                errors.push(RuleError::new(&file, "expected name<TAB>abbr<TAB>type[<TAB>alias|alias…]").at(n + 1, None));
                continue;
            }
            let entry = Entry {
                name: fields[0].to_string(),
                abbr: Some(fields[1].to_string()).filter(|a| !a.is_empty()),
                agency_type: fields[2].to_string(),
            };
            let index = entries.len();
            let aliases = fields.get(3).map(|a| a.split('|').collect::<Vec<_>>()).unwrap_or_default();
            for surface in std::iter::once(entry.name.as_str()).chain(entry.abbr.as_deref()).chain(aliases) {
                if !surface.is_empty() {
                    surfaces.push(surface.to_string());
                    forms.push(index);
                }
            }
            entries.push(entry);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&surfaces)
            .map_err(|e| vec![RuleError::new(&file, e.to_string())])?;
        Ok(AgencyExtractor { rules: rules.of_kind(Kind::Agency).cloned().collect(), entries, matcher, forms })
    }

    pub fn extract(&self, doc: &Document, sentences: &[Sentence], out: &mut Vec<Record>) {
        let text = &doc.text;
        let mut candidates = Vec::new();
        for m in self.matcher.find_iter(text) {
            if !is_word_boundary(text, m.start(), m.end()) {
                continue;
            }
            let entry = &self.entries[self.forms[m.pattern().as_usize()]];
            candidates.push((0, record(sentences, m.start(), m.end(), "agency/gazetteer", entry.clone())));
        }
        for (priority, rule) in self.rules.iter().enumerate() {
            for caps in rule.regex.captures_iter(text) {
                let span = caps.name("name").unwrap_or_else(|| caps.get(0).unwrap());
                let name = rule.param_str("name").map(str::to_string).unwrap_or_else(|| span.as_str().to_string());
                let entry = Entry {
                    name,
                    abbr: rule.param_str("abbr").map(str::to_string),
                    agency_type: rule.param_str("type").unwrap_or("government").to_string(),
                };
                candidates.push((priority + 1, record(sentences, span.start(), span.end(), &rule.id, entry)));
            }
        }
        out.extend(resolve_overlaps(candidates));
    }
}

fn record(sentences: &[Sentence], start: usize, end: usize, rule: &str, entry: Entry) -> Record {
    Record {
        sentence: sentence_at(sentences, start),
        start,
        end,
        rule: rule.to_string(),
        data: RecordData::Agency(Agency { name: entry.name, abbr: entry.abbr, agency_type: entry.agency_type }),
    }
}

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}
