//! Figure records: a number, its qualifier, and the thing it counts.
//!
//! Rules (`rules/figure/*.toml`) find numbers with their qualifier, currency or
//! percent sign; rules with `not_figure` mark spans (dates, durations, ages,
//! names, addresses) in which a count is not a figure. This module turns each
//! match into a value (`normalize::number`), checks its surroundings (a number
//! glued to letters or inside `4:22` is not a count), finds the counted noun
//! after it (across modifiers, `500 individual children` → child) and, for a
//! bare number, takes the noun from the figure it repeats or stands beside.

use super::{Schema, anchor_windows, captures_in, resolve_overlaps};
use super::agency::country::Countries;
use crate::document::Document;
use crate::error::RuleError;
use crate::normalize::number::{fraction_percent, is_number_word, parse_number, scale_value, tidy};
use crate::record::{Figure, Kind, Record, RecordData};
use crate::ruleset::{MatchingSets, Rule, RuleSet};
use crate::split::{Sentence, sentence_at};
// Fx hashing: the maps are looked up per word, and SipHash cost more than the lookups.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub static SCHEMA: Schema = Schema {
    params: &["measure", "unit", "qualifier", "not_figure"],
    groups: &["qualifier", "qualifier_after", "qualifier_high", "number", "number_high", "unit", "currency", "fraction", "percent_low"],
};

const MEASURES: &[&str] = &["count", "percent", "money", "quantity"];
const QUALIFIERS: &[&str] = &["exact", "about", "over", "at_least", "under", "at_most", "nearly", "up_to", "range"];

pub const QUALIFIERS_FILE: &str = "figure/qualifiers.tsv";
pub const NOUNS_FILE: &str = "figure/nouns.tsv";
pub const UNITS_FILE: &str = "figure/units.tsv";
pub const FUNCTION_WORDS_FILE: &str = "figure/function_words.txt";
pub const CHANGE_VERBS_FILE: &str = "figure/change_verbs.txt";
pub const PARTICLE_VERBS_FILE: &str = "figure/particle_verbs.txt";
pub const LEVEL_VERBS_FILE: &str = "figure/level_verbs.txt";
pub const PERSON_VERBS_FILE: &str = "figure/person_verbs.txt";
pub const POUNDS_FILE: &str = "figure/pounds.tsv";
pub const COMPOUND_HEADS_FILE: &str = "figure/compound_heads.txt";
pub const CURRENCIES_FILE: &str = "figure/currencies.tsv";

/// The word lists a figure needs: qualifier phrases, plural → singular nouns, unit words,
/// and the function words that end a noun phrase.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// (phrase, qualifier), longest phrase first.
    qualifiers: Vec<(String, String)>,
    plurals: HashMap<String, String>,
    singulars: HashSet<String>,
    units: HashMap<String, (String, String)>,
    function_words: HashSet<String>,
    /// Function words that may still stand inside a counted noun phrase (`1,700 more cases`).
    modifiers: HashSet<String>,
    /// Verbs before `from X to Y` that make it a change, two figures (`rose from 8 to 9`).
    change_verbs: HashSet<String>,
    /// Verbs whose `up` is their particle, so `up to` after them is no bound (`ticked up to 4%`).
    particle_verbs: HashSet<String>,
    /// Verbs whose subject is what the number after them counts (`deaths reached 300`).
    level_verbs: HashSet<String>,
    /// Verbs and participles whose bare number counts people (`kill at least 48`, `12 injured`).
    person_verbs: HashSet<String>,
    /// Heads too vague alone, which keep the noun before them in the unit (`asylum seeker`).
    compound_heads: HashSet<String>,
    /// Words that say whether `pounds` are sterling or weight.
    pound_senses: HashMap<String, PoundSense>,
    /// (singular currency word, country row) → code, for words several countries share.
    currencies: HashMap<(String, usize), String>,
}

/// What a word of `rules/figure/pounds.tsv` makes `pounds` after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PoundSense {
    /// Anywhere in the sentence: money.
    Money,
    /// Anywhere in the sentence: weight, before any money word.
    Weight,
    /// Among the few words before the number: weight, even with a rate after it.
    WeightVerb,
}

/// Data lines of a lexicon: no comments, no blank lines, fields split on tabs.
pub fn tsv_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

impl Lexicon {
    /// `countries` (loaded once by the extractor, which reports its errors) names the rows
    /// of `currencies.tsv`; without it that table is left empty.
    pub fn load(rules: &RuleSet, countries: Option<&Countries>) -> Result<Lexicon, Vec<RuleError>> {
        let mut errors = Vec::new();
        let mut lexicon = Lexicon::default();
        let read = |file: &str, columns: usize, errors: &mut Vec<RuleError>| -> Vec<Vec<String>> {
            match rules.data_file(file) {
                Err(e) => {
                    errors.push(e);
                    Vec::new()
                }
                Ok(text) => tsv_rows(text)
                    .filter_map(|(line, fields)| {
                        if fields.len() != columns || fields.iter().any(|f| f.is_empty()) {
                            errors.push(
                                RuleError::new(rules.source.display_path(file), format!("expected {columns} tab-separated fields"))
                                    .at(line, None),
                            );
                            return None;
                        }
                        Some(fields.into_iter().map(str::to_string).collect())
                    })
                    .collect(),
            }
        };
        for row in read(QUALIFIERS_FILE, 2, &mut errors) {
            if !QUALIFIERS.contains(&row[1].as_str()) {
                errors.push(RuleError::new(rules.source.display_path(QUALIFIERS_FILE), format!("unknown qualifier `{}`", row[1])));
            }
            lexicon.qualifiers.push((row[0].to_lowercase(), row[1].clone()));
        }
        lexicon.qualifiers.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        for row in read(NOUNS_FILE, 2, &mut errors) {
            lexicon.singulars.insert(row[1].clone());
            lexicon.plurals.insert(row[0].clone(), row[1].clone());
        }
        for row in read(UNITS_FILE, 3, &mut errors) {
            if !MEASURES.contains(&row[1].as_str()) {
                errors.push(RuleError::new(rules.source.display_path(UNITS_FILE), format!("unknown measure `{}`", row[1])));
            }
            lexicon.units.insert(row[0].to_lowercase(), (row[1].clone(), row[2].clone()));
        }
        for row in read(FUNCTION_WORDS_FILE, 1, &mut errors) {
            match row[0].strip_prefix('~') {
                Some(word) => {
                    lexicon.modifiers.insert(word.to_string());
                    lexicon.function_words.insert(word.to_string());
                }
                None => {
                    lexicon.function_words.insert(row[0].clone());
                }
            }
        }
        for row in read(CHANGE_VERBS_FILE, 1, &mut errors) {
            lexicon.change_verbs.insert(row[0].to_lowercase());
        }
        for row in read(PARTICLE_VERBS_FILE, 1, &mut errors) {
            lexicon.particle_verbs.insert(row[0].to_lowercase());
        }
        for row in read(LEVEL_VERBS_FILE, 1, &mut errors) {
            lexicon.level_verbs.insert(row[0].to_lowercase());
        }
        for row in read(PERSON_VERBS_FILE, 1, &mut errors) {
            lexicon.person_verbs.insert(row[0].to_lowercase());
        }
        for row in read(COMPOUND_HEADS_FILE, 1, &mut errors) {
            lexicon.compound_heads.insert(row[0].to_lowercase());
        }
        if let Some(countries) = countries {
            for row in read(CURRENCIES_FILE, 3, &mut errors) {
                match countries.by_name(&row[1]) {
                    Some(country) => {
                        lexicon.currencies.insert((row[0].to_lowercase(), country), row[2].clone());
                    }
                    None => errors.push(RuleError::new(rules.source.display_path(CURRENCIES_FILE), format!("unknown country `{}`", row[1]))),
                }
            }
        }
        match rules.data_file(POUNDS_FILE) {
            Err(e) => errors.push(e),
            Ok(text) => {
                for (line, fields) in tsv_rows(text) {
                    let sense = match fields.as_slice() {
                        [_, "money"] => PoundSense::Money,
                        [_, "weight"] => PoundSense::Weight,
                        [_, "weight-verb"] => PoundSense::WeightVerb,
                        _ => {
                            let message = "expected: word<TAB>money|weight|weight-verb";
                            errors.push(RuleError::new(rules.source.display_path(POUNDS_FILE), message).at(line, None));
                            continue;
                        }
                    };
                    lexicon.pound_senses.insert(fields[0].to_lowercase(), sense);
                }
            }
        }
        if errors.is_empty() { Ok(lexicon) } else { Err(errors) }
    }

    /// The closed-set qualifier of a matched phrase: the longest listed phrase it ends with.
    pub fn qualifier(&self, phrase: &str) -> Option<&str> {
        let normal = normalize_space(phrase);
        self.qualifiers
            .iter()
            .find(|(p, _)| normal.ends_with(p.as_str()) && (normal.len() == p.len() || normal.as_bytes()[normal.len() - p.len() - 1] == b' ' || p.starts_with(['-', '+'])))
            .map(|(_, q)| q.as_str())
    }

    /// `(measure, unit)` of a unit word or sign (`%`, `dollars`, `US$`, `miles`).
    pub fn unit(&self, word: &str) -> Option<&(String, String)> {
        // Most words asked about are already lowercase ASCII: looked up without a copy.
        let normal = if is_normal_space(word) { std::borrow::Cow::Borrowed(word) } else { std::borrow::Cow::Owned(normalize_space(word)) };
        self.units.get(normal.as_ref()).or_else(|| if normal.contains(' ') { self.units.get(&normal.replace(' ', "")) } else { None })
    }

    pub fn is_function_word(&self, lower: &str) -> bool {
        self.function_words.contains(lower)
    }

    /// Whether a lowercase word looks like a plural noun.
    pub fn is_plural(&self, lower: &str) -> bool {
        if self.plurals.contains_key(lower) {
            return true;
        }
        if self.function_words.contains(lower) || lower.len() < 3 || !lower.chars().all(|c| c.is_alphabetic() || c == '-') {
            return false;
        }
        let last = lower.rsplit('-').next().unwrap_or(lower);
        if self.plurals.contains_key(last) || self.irregular_suffix(last).is_some() {
            return true;
        }
        if last.len() >= 5 && last.ends_with("men") {
            return !self.singulars.contains(last);
        }
        last.len() >= 3
            && last.ends_with('s')
            && !["ss", "us", "is", "ous", "'s"].iter().any(|end| last.ends_with(end))
            && !self.singulars.contains(last)
    }

    /// A compound ending in a listed irregular plural: `schoolchildren` → (`school`, `child`).
    fn irregular_suffix<'w>(&self, lower: &'w str) -> Option<(&'w str, &String)> {
        ["children", "people", "women", "men"].iter().find_map(|plural| {
            let stem = lower.strip_suffix(plural).filter(|s| s.len() >= 3)?;
            Some((stem, self.plurals.get(*plural)?))
        })
    }

    /// Singular of a plural noun: the lexicon, then `-ies` → `-y`, `-ches`/`-shes`/`-xes`/`-sses` → drop `es`, else drop `s`.
    pub fn singular(&self, lower: &str) -> String {
        if let Some(s) = self.plurals.get(lower) {
            return s.clone();
        }
        if let Some((head, last)) = lower.rsplit_once('-') {
            return format!("{head}-{}", self.singular(last));
        }
        if let Some((stem, singular)) = self.irregular_suffix(lower) {
            return format!("{stem}{singular}");
        }
        if let Some(stem) = lower.strip_suffix("men").filter(|s| s.len() >= 2) {
            return format!("{stem}man");
        }
        if let Some(stem) = lower.strip_suffix("ies").filter(|s| s.len() >= 2) {
            return format!("{stem}y");
        }
        // `quizzes` → quiz, but `sizes` → size and `headaches` → headache.
        if let Some(stem) = lower.strip_suffix("zzes") {
            return format!("{stem}z");
        }
        if lower.ends_with("zes") || lower.ends_with("aches") {
            return lower[..lower.len() - 1].to_string();
        }
        for ending in ["sses", "ches", "shes", "xes"] {
            if lower.ends_with(ending) {
                return lower[..lower.len() - 2].to_string();
            }
        }
        lower.strip_suffix('s').unwrap_or(lower).to_string()
    }
}

/// Whether `normalize_space` would return `text` unchanged (checked for ASCII only).
fn is_normal_space(text: &str) -> bool {
    let bytes = text.as_bytes();
    !bytes.is_empty()
        && bytes[0] != b' '
        && bytes[bytes.len() - 1] != b' '
        && bytes.iter().all(|&b| b.is_ascii() && !b.is_ascii_uppercase() && (b == b' ' || !b.is_ascii_whitespace()))
        && !text.contains("  ")
}

fn normalize_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// A word after a number, as a byte range.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// The words after `from`, while only plain spaces separate them (punctuation ends a phrase).
pub fn words_after(text: &str, from: usize, limit: usize) -> Vec<Word> {
    tokens_after(text, from, limit, false)
}

/// Like `words_after`, but model designations with digits (`787`, `A320`, `A330-300E`,
/// `737s`) count as words, so a noun phrase can run through them.
fn words_and_models_after(text: &str, from: usize, limit: usize) -> Vec<Word> {
    tokens_after(text, from, limit, true)
}

fn tokens_after(text: &str, from: usize, limit: usize, digits: bool) -> Vec<Word> {
    let mut words = Vec::new();
    let mut at = from;
    while words.len() < limit && at < text.len() {
        let rest = &text[at..];
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        if spaces == 0 {
            break;
        }
        let start = at + spaces;
        let mut end = start;
        let mut chars = text[start..].char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            let next_is_letter = chars.peek().is_some_and(|(_, n)| n.is_alphabetic() || (digits && n.is_ascii_digit()));
            let is_word_char = c.is_alphabetic() || (digits && c.is_ascii_digit());
            if is_word_char || (offset > 0 && matches!(c, '-' | '\'' | '’' | '.') && next_is_letter) {
                end = start + offset + c.len_utf8();
            } else {
                break;
            }
        }
        if end == start {
            break;
        }
        // `500 U.S. troops`, `65.8 U.S. cents`: a dotted abbreviation keeps its last period
        // when the phrase runs on in lowercase (`in the U.S. Officials said` ends there).
        let dotted = text[start..end].contains('.')
            && text[end..].strip_prefix(". ").is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()));
        if dotted {
            end += 1;
        }
        words.push(Word { start, end });
        at = end;
    }
    words
}

/// The noun a number counts, found after it.
#[derive(Debug, Clone)]
struct Counted {
    unit: String,
    /// Where the figure's text may extend to (the noun), when it is adjacent.
    end: Option<usize>,
    measure: Option<String>,
}

pub struct FigureExtractor {
    rules: Vec<Rule>,
    lexicon: Lexicon,
    /// For where a story is set, which picks the code of a shared currency word (`pesos`).
    countries: Countries,
    /// Month and weekday names: a capitalized word next to a number that does not make it a name.
    calendar: regex::Regex,
    /// What every figure contains ({FIGURE_ANCHOR}); rules run only in windows around it.
    anchor: regex::Regex,
    /// Nouns of groups of people ({AGE_GROUP}), matched against a singular unit.
    people: regex::Regex,
    /// The figure rules as sets, run on each window with the same haystack and start as
    /// the rules' own searches, so they say exactly which rules have a match there; most
    /// windows hold matches of few of them.
    rule_sets: MatchingSets,
}

/// How far before and after an anchor a figure rule's match may reach. On 5.6 MB of
/// news the figure and not_figure rules reached at most 15 bytes before their first
/// anchor and 14 after their last; these leave room for longer qualifiers and units.
pub const WINDOW_BEFORE: usize = 40;
pub const WINDOW_AFTER: usize = 48;

#[derive(Debug, Clone)]
struct Candidate {
    number_start: usize,
    number_end: usize,
    record: Record,
}

impl FigureExtractor {
    pub fn new(rules: &RuleSet) -> Result<Self, Vec<RuleError>> {
        let mut errors = Vec::new();
        for rule in rules.of_kind(Kind::Figure) {
            let bad = |key: &str, allowed: &[&str]| rule.param_str(key).filter(|v| !allowed.contains(v)).map(|v| (key.to_string(), v.to_string()));
            for (key, value) in [bad("measure", MEASURES), bad("qualifier", QUALIFIERS)].into_iter().flatten() {
                let allowed = if key == "measure" { MEASURES } else { QUALIFIERS };
                errors.push(
                    RuleError::new(rules.source.display_path(&rule.file), format!("unknown {key} `{value}` (expected {})", allowed.join(", ")))
                        .at(rule.line, None)
                        .in_rule(&rule.id),
                );
            }
        }
        let countries = Countries::load(rules).map_err(|e| errors.extend(e)).ok();
        let lexicon = Lexicon::load(rules, countries.as_ref()).map_err(|e| errors.extend(e)).ok();
        let mut compile = |pattern: &str| {
            rules
                .patterns
                .expand(pattern)
                .map_err(|e| RuleError::new(rules.source.display_path("patterns/figure.toml"), e))
                .and_then(|p| regex::Regex::new(&p).map_err(|e| RuleError::new(rules.source.display_path("patterns/figure.toml"), e.to_string())))
                .map_err(|e| errors.push(e))
                .ok()
        };
        let calendar = compile("^(?:{WEEKDAY}|{FIGURE_MONTH})$");
        let anchor = compile("{FIGURE_ANCHOR}");
        let people = compile("^(?:{AGE_GROUP})$");
        let figure_rules: Vec<Rule> = rules.of_kind(Kind::Figure).cloned().collect();
        let rule_sets = MatchingSets::new(&figure_rules)
            .map_err(|e| errors.push(RuleError::new(rules.source.display_path("figure"), format!("the figure rules as sets: {e}"))))
            .ok();
        match (lexicon, countries, calendar, anchor, people, rule_sets) {
            (Some(lexicon), Some(countries), Some(calendar), Some(anchor), Some(people), Some(rule_sets)) if errors.is_empty() => {
                Ok(FigureExtractor { rules: figure_rules, lexicon, countries, calendar, anchor, people, rule_sets })
            }
            _ => Err(errors),
        }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub fn extract(&self, doc: &Document, sentences: &[Sentence], out: &mut Vec<Record>) {
        let text = doc.text.as_str();
        // (start, end, whether it vetoes money and percentages too)
        let mut vetoes: Vec<(usize, usize, bool)> = Vec::new();
        let mut candidates: Vec<(usize, Candidate)> = Vec::new();
        let windows = anchor_windows(&self.anchor, text, WINDOW_BEFORE, WINDOW_AFTER);
        // Which rules match in which window: the set is run on the windows only, and a
        // rule searches only the windows it matches in.
        let found: Vec<Vec<usize>> = windows.iter().map(|&(start, end)| self.rule_sets.matching(&text[..end], start)).collect();
        for (priority, rule) in self.rules.iter().enumerate() {
            let rule_windows = || windows.iter().zip(&found).filter(move |(_, f)| f.binary_search(&priority).is_ok()).map(|(w, _)| *w);
            if let Some(kind) = rule.param_str("not_figure") {
                // Dates and durations only stop counts (`$2,000`, `2018 percent` stay); names,
                // addresses, page furniture and sports scores stop everything.
                let every_measure = matches!(kind, "address" | "name" | "furniture" | "score");
                for (start, end) in rule_windows() {
                    let haystack = &text[..end];
                    let mut at = start;
                    while let Some(m) = rule.regex().find_at(haystack, at) {
                        vetoes.push((m.start(), m.end(), every_measure));
                        at = if m.end() > m.start() { m.end() } else { m.end() + 1 };
                        while at < haystack.len() && !haystack.is_char_boundary(at) {
                            at += 1;
                        }
                        if at > haystack.len() {
                            break;
                        }
                    }
                }
                continue;
            }
            for caps in rule_windows().flat_map(|(start, end)| captures_in(rule.regex(), text, start, end)) {
                if let Some(candidate) = self.candidate(text, rule, &caps, sentences, &mut vetoes) {
                    candidates.push((priority, candidate));
                    continue;
                }
                // "3 hundred and 2 hundred", "three-nought-four": several numbers the pattern joined.
                for (piece_start, piece_end) in number_pieces(text, rule, &caps) {
                    let from = if piece_start == rule.group(&caps, "number").map_or(0, |n| n.start()) { caps.get(0).map_or(piece_start, |m| m.start()) } else { piece_start };
                    let Some(piece) = rule.regex().captures_at(&text[..piece_end], from) else { continue };
                    if let Some(candidate) = self.candidate(text, rule, &piece, sentences, &mut vetoes) {
                        candidates.push((priority, candidate));
                    }
                }
            }
        }
        let vetoes = VetoIndex::new(vetoes);
        let kept: Vec<(usize, Record)> = candidates
            .into_iter()
            .filter(|(_, c)| {
                let figure = c.record.as_figure().expect("figure");
                let counts = matches!(figure.measure.as_str(), "count" | "quantity");
                // "2000 people": a round hundred with a counted noun is a count, not a year.
                let number = &text[c.number_start..c.number_end];
                let year_preposition = matches!(
                    last_word_before(text, c.number_start).to_ascii_lowercase().as_str(),
                    "in" | "since" | "by" | "until" | "from" | "of" | "before" | "after" | "during"
                );
                let round_count = figure.unit.is_some()
                    && !year_preposition
                    && number.len() == 4
                    && number.ends_with("00")
                    && number.bytes().all(|b| b.is_ascii_digit());
                !vetoes.vetoes(c.number_start, c.number_end, counts, round_count)
            })
            .map(|(p, c)| (p, c.record))
            .collect();
        let mut records = resolve_overlaps(kept);
        self.inherit_units(text, sentences, &mut records);
        self.local_currencies(text, &mut records);
        // Where the document names a model by a bare three-digit number, found once and only
        // if a figure needs it: a search per figure would go over a long document again and again.
        let mut named_models: Option<rustc_hash::FxHashMap<&str, Vec<usize>>> = None;
        records.retain(|r| {
            let Some(digits) = self.bare_three_digits(text, r) else { return true };
            let named = named_models.get_or_insert_with(|| self.named_three_digit_numbers(text));
            !named.get(digits).is_some_and(|starts| starts.iter().any(|&at| at != r.start))
        });
        out.extend(records);
    }

    /// `948 pesos` in a story from Santiago are Chilean pesos: a currency word several
    /// countries use takes the code of the country the story is set in, if the table has it.
    fn local_currencies(&self, text: &str, records: &mut [Record]) {
        if self.lexicon.currencies.is_empty() {
            return;
        }
        let mut setting: Option<Option<usize>> = None;
        for record in records.iter_mut() {
            let slice = &text[record.start..record.end];
            let Some(figure) = record.as_figure_mut().filter(|f| f.measure == "money") else { continue };
            let word = slice.rsplit(' ').next().unwrap_or(slice).to_lowercase();
            let word = self.lexicon.singular(&word);
            if !self.lexicon.currencies.keys().any(|(w, _)| *w == word) {
                continue;
            }
            let country = *setting.get_or_insert_with(|| self.countries.setting(text, super::quote::dateline_len));
            if let Some(code) = country.and_then(|c| self.lexicon.currencies.get(&(word, c))) {
                figure.unit = Some(code.clone());
            }
        }
    }

    fn candidate(
        &self,
        text: &str,
        rule: &Rule,
        caps: &regex::Captures,
        sentences: &[Sentence],
        vetoes: &mut Vec<(usize, usize, bool)>,
    ) -> Option<Candidate> {
        let lexicon = &self.lexicon;
        let (number, mut value) = if let Some(fraction) = rule.group(caps, "fraction") {
            // "the second half of": an ordinal before a fraction makes it a part of time, not a share.
            let before = last_word_before(text, fraction.start()).to_ascii_lowercase();
            if matches!(before.as_str(), "second" | "first" | "last" | "latter" | "former" | "other" | "third" | "fourth") {
                return None;
            }
            let share = fraction_percent(fraction.as_str())?;
            // A fraction of a unit other than the whole (`three-quarters of a point`) is that part of one.
            // So is a fraction of a unit the text names (`half a percent` is 0.5 percent).
            let of_a_unit = rule.param_str("unit").is_some_and(|u| u != "percent") || rule.group(caps, "unit").is_some();
            if of_a_unit { (fraction, share / 100.0) } else { (fraction, share) }
        } else {
            let number = rule.group(caps, "number")?;
            if space_group_before_name(text, number.start(), number.end()).is_some() {
                return None;
            }
            // `rose 8% to 2,000`, `rose 8% to $2 billion`, `from $5 to 8%`: bounds of different
            // measures are two figures (a change and a level), not a range.
            let high_percent = rule.group(caps, "unit").is_some_and(|u| is_percent_sign(u.as_str()));
            if rule.group(caps, "percent_low").is_some() && !high_percent {
                return None;
            }
            if rule.group(caps, "currency").is_some() && rule.group(caps, "number_high").is_some() && high_percent {
                return None;
            }
            // `020 7946 0958`, `007`, `in 08`: digits after a leading zero are a code or a year.
            let digits = number.as_str().as_bytes();
            if digits.first() == Some(&b'0') && digits.get(1).is_some_and(u8::is_ascii_digit) && digits.iter().any(|&b| b.is_ascii_digit() && b != b'0') {
                return None;
            }
            (number, parse_number(trim_and(number.as_str()))?)
        };
        let mut measure = rule.param_str("measure").unwrap_or("count").to_string();
        let mut unit = rule.param_str("unit").map(str::to_string);
        let mut start = number.start();
        let mut end = number.start() + trim_and(number.as_str()).len();
        if rule.group(caps, "fraction").is_some() && rule.param_str("unit").is_some_and(|u| u != "percent") {
            end = caps.get(0).map_or(end, |m| m.end());
        }
        if let Some(currency) = rule.group(caps, "currency") {
            let (m, u) = lexicon.unit(currency.as_str())?;
            measure.clone_from(m);
            unit = Some(u.clone());
            start = start.min(currency.start());
        }
        if let Some(word) = rule.group(caps, "unit") {
            // A rule that names its unit (`40C` is `degree celsius`) marks with the group only
            // where the figure ends; otherwise the group's word names the unit.
            if rule.param_str("unit").is_none() {
                let (m, u) = lexicon.unit(word.as_str().trim())?;
                measure.clone_from(m);
                unit = Some(u.clone());
            }
            end = end.max(word.end());
        }
        let mut qualifier = rule.param_str("qualifier").unwrap_or("exact").to_string();
        if let Some(q) = rule.group(caps, "qualifier") {
            // "=>30", "<>30": an operator, not a bound.
            if text[..q.start()].ends_with(['=', '<', '>']) {
                return None;
            }
            let particle = q.as_str().to_ascii_lowercase().split_whitespace().eq(["up", "to"])
                && lexicon.particle_verbs.contains(&last_word_before(text, q.start()).to_ascii_lowercase());
            if !particle {
                qualifier = lexicon.qualifier(q.as_str())?.to_string();
                start = start.min(q.start());
            }
        }
        // `678 points or more than 7.3%`: an `or more` that opens a comparison qualifies the next figure.
        if let Some(q) = rule.group(caps, "qualifier_after").filter(|q| !opens_comparison(&text[q.end()..])) {
            let after = lexicon.qualifier(q.as_str())?;
            // "less than 5000 or equal": the bound includes its number.
            qualifier = match (q.as_str().to_ascii_lowercase().contains("equal"), qualifier.as_str()) {
                (true, "under") => "at_most".to_string(),
                (true, "over") => "at_least".to_string(),
                (true, _) => qualifier,
                (false, _) => after.to_string(),
            };
            end = end.max(q.end());
        } else if trim_and(number.as_str()).len() < number.as_str().trim_end().len() {
            // "five hundred and more": the number took the "and".
            if let Some(word) = words_after(text, number.end(), 1).first() {
                let phrase = format!("and {}", &text[word.start..word.end]);
                if let Some(q) = lexicon.qualifier(&phrase) {
                    qualifier = q.to_string();
                    end = word.end;
                }
            }
        }
        let mut high = None;
        if let Some(upper) = rule.group(caps, "number_high") {
            let mut upper_value = parse_number(trim_and(upper.as_str()))?;
            // "5 to 10 million": the upper end's scale applies to a bare lower end.
            if let Some(scale) = trailing_scale(upper.as_str())
                .filter(|scale| trailing_scale(number.as_str()).is_none() && value * scale <= upper_value)
            {
                value *= scale;
            }
            upper_value = tidy(upper_value);
            if let Some(bound) = rule.group(caps, "qualifier_high") {
                // "more than 100 and less than 300", "at most 100 and at least 20".
                let high_side = lexicon.qualifier(bound.as_str())?;
                let lower = |q: &str| matches!(q, "over" | "at_least");
                let upper = |q: &str| matches!(q, "under" | "at_most" | "up_to");
                if upper(&qualifier) && lower(high_side) {
                    std::mem::swap(&mut value, &mut upper_value);
                } else if !(lower(&qualifier) && upper(high_side)) {
                    return None;
                }
                if upper_value <= value {
                    return None;
                }
            }
            // Before the score check: `fell from 400 to 300` descends and is no score.
            if self.change_from(text, caps.get(0)?.start(), &text[number.end()..upper.start()], upper_value / value) {
                return None;
            }
            if upper_value <= value {
                // "won 3-1", "52 to 48": a score or tally, not a range and not two figures.
                let whole = caps.get(0)?;
                let between = &text[number.end()..upper.start()];
                // `from 300 in 2019 to 500`: a year is no team's score, and the number after it stands.
                let year = number.as_str().len() == 4 && number.as_str().parse::<u32>().is_ok_and(|y| (1800..2100).contains(&y));
                if !year && (between.contains(['-', '–', '—']) || between.contains(" to ")) {
                    vetoes.push((whole.start(), whole.end(), false));
                }
                return None;
            }
            qualifier = "range".to_string();
            high = Some(upper_value);
            start = start.min(caps.get(0)?.start());
            end = end.max(upper.start() + trim_and(upper.as_str()).len());
        }
        // `police estimated the crowd at 50,000`, `damage was estimated at $2 billion`: an estimate.
        if qualifier == "exact" && estimated_at(text, start) {
            qualifier = "about".to_string();
        }
        let words_only = !number.as_str().bytes().any(|b| b.is_ascii_digit());
        // `one of them`, `One patient said`: a lone `one` is a determiner; with a bound (`at
        // least one room`) or as a range's end (`one or two`) it counts.
        let bounded = high.is_some() || rule.group(caps, "qualifier").is_some_and(|q| q.start() < number.start());
        if words_only && value == 1.0 && !bounded && rule.group(caps, "fraction").is_none() && !has_scale_word(number.as_str()) {
            return None;
        }
        let number_start = number.start();
        let number_end = number.start() + trim_and(number.as_str()).len();
        // The surroundings of a number that is not a money or percent figure.
        if measure == "count" && rule.group(caps, "currency").is_none() && rule.group(caps, "fraction").is_none() {
            // After a qualifier (`x>10`, `over 500`) the number's own left edge is fine.
            if rule.group(caps, "qualifier").is_none() && !clean_before(text, number_start) {
                return None;
            }
            let after_end = end;
            match glued_after(text, after_end) {
                Glued::Nothing => {}
                Glued::Letters(letters_end) => {
                    let (m, u) = lexicon.unit(&text[after_end..letters_end])?;
                    measure.clone_from(m);
                    unit = Some(u.clone());
                    end = letters_end;
                }
                // `a 2,000-mile journey`, `a 5-ton truck`: a physical unit joined by a hyphen;
                // `a 10-cent fee`, `a 5-dollar bill`: money.
                Glued::Reject => {
                    let rest = text[after_end..].strip_prefix('-')?;
                    let word_end = after_end + 1 + rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
                    match lexicon.unit(&text[after_end + 1..word_end]).filter(|(m, _)| m == "quantity" || m == "money") {
                        Some((m, u)) => {
                            measure.clone_from(m);
                            unit = Some(u.clone());
                            end = word_end;
                        }
                        // `a 64-page opinion`, `a 12-member panel`: the number still counts the noun.
                        None => {
                            unit = Some(self.hyphened_count(text, number.as_str(), after_end + 1, word_end)?);
                            end = word_end;
                        }
                    }
                }
            }
        }
        if measure == "count" && unit.is_none() {
            let (counted, follows_ok) = self.counted_noun(text, end, value);
            match counted {
                // `three quarters of voters`: a fraction (its own rule reads it), not a count of quarters.
                Some(c) if FRACTION_NOUNS.contains(&c.unit.as_str()) && text[c.end.unwrap_or(end)..].starts_with(" of ") => return None,
                Some(c) => {
                    if let Some(noun_end) = c.end {
                        end = noun_end;
                    }
                    if let Some(m) = c.measure {
                        measure = m;
                    }
                    unit = Some(c.unit);
                    // "1,500 people or more"
                    if let Some((q, q_end)) = self.qualifier_after_noun(text, end) {
                        qualifier = q;
                        end = q_end;
                    }
                }
                None if words_only && !follows_ok => return None,
                None if part_of_duration(text, sentences, start, end) => return None,
                None => {}
            }
            // "iPhone 4", "S&P 500", "FTSE 100", "787 Dreamliner": a number in a name.
            let plain = rule.group(caps, "qualifier").is_none() && rule.group(caps, "number_high").is_none();
            // "a 747 jumbo jet": a single article before bare digits (no separators, as in
            // model numbers; not `a 1,000 strong crowd`) names one thing.
            let article = matches!(last_word_before(text, start).to_ascii_lowercase().as_str(), "a" | "an")
                && text[..start].ends_with(' ')
                && value >= 2.0
                && text[number_start..number_end].bytes().all(|b| b.is_ascii_digit());
            // Model numbers have no thousands separators: `Tops 40,000` in a title-case
            // headline counts.
            let separated = text[number_start..number_end].contains(',');
            let named = if unit.is_none() {
                article || (!separated && (self.name_before(text, start) || self.name_after(text, end)))
            } else {
                product_name_before(text, start)
            };
            if plain && named {
                return None;
            }
        }
        // `a cap of 238 pounds a year`: pounds are sterling where the sentence speaks of money.
        if unit.as_deref() == Some("pound") && measure == "quantity" && self.pounds_of_money(text, sentences, number_start, number.as_str(), end) {
            measure = "money".to_string();
            unit = Some("gbp".to_string());
        }
        // `-5C`, `closed at -366.94`, `minus 12 degrees`: a sign before a single number.
        if high.is_none()
            && rule.group(caps, "fraction").is_none()
            && let Some(sign) = negative_sign_before(text, start)
        {
            value = -value;
            start = sign;
        }
        Some(Candidate {
            number_start,
            number_end,
            record: Record {
                sentence: sentence_at(sentences, start),
                start,
                end,
                rule: rule.id.clone(),
                data: RecordData::Figure(Figure {
                    value: tidy(value),
                    high,
                    qualifier,
                    measure,
                    unit,
                    event: None,
                    speaker: None,
                    agency: None,
                    date: None,
                }),
            },
        })
    }

    /// Whether `pounds` after a number (ending at `end`) are money: a rate of time after
    /// them (`150 pounds a month`), a scale (`5 million pounds`), or a word of money in the
    /// sentence (`£`, `a price cap of`, `fined`), unless it speaks of weight (`weighs`, `of
    /// cocaine`). Asked only of numbers before `pounds`, so the sentence scan stays rare.
    fn pounds_of_money(&self, text: &str, sentences: &[Sentence], number_start: usize, number: &str, end: usize) -> bool {
        // `a 300-pound lineman`: a weight made an adjective, whatever the sentence says of pay.
        if text.get(end.saturating_sub(6)..end).is_some_and(|tail| tail.eq_ignore_ascii_case("-pound")) {
            return false;
        }
        let sense = |word: &str| self.lexicon.pound_senses.get(&word.to_lowercase()).copied();
        // `gained nearly 20 pounds a year`: a change of weight, whatever rate follows.
        let weight_verb = text[..number_start]
            .split_whitespace()
            .rev()
            .take(3)
            .take_while(|w| w.ends_with(char::is_alphabetic))
            .any(|w| sense(w) == Some(PoundSense::WeightVerb));
        if weight_verb && !has_scale_word(number) {
            return false;
        }
        let after: Vec<String> = words_after(text, end, 2).iter().map(|w| text[w.start..w.end].to_lowercase()).collect();
        match after.first().map(String::as_str) {
            Some("of") => return false,
            Some("per" | "a" | "an" | "each") if after.get(1).is_some_and(|w| TIME_UNITS.contains(&w.as_str()) || w == "head" || w == "annum") => return true,
            _ => {}
        }
        if has_scale_word(number) {
            return true;
        }
        let sentence = &sentences[sentence_at(sentences, number_start).min(sentences.len().saturating_sub(1))..];
        let (from, to) = sentence.first().map_or((0, text.len()), |s| (s.start, s.end.max(end)));
        let words = text[from..to].split(|c: char| !c.is_alphanumeric() && c != '£').filter(|w| !w.is_empty());
        let mut money = false;
        for word in words {
            match sense(word) {
                Some(PoundSense::Weight) => return false,
                Some(PoundSense::Money) => money = true,
                _ => money |= word.contains('£'),
            }
        }
        money
    }

    /// The noun of `a 64-page opinion` (`from..to` the word after the hyphen), which the
    /// number before it counts: a lowercase singular word of three letters or more, ending the
    /// compound, after plain digits or a number in words (`a five-member board`, `a four-time
    /// champion`). Not a time unit (`30-minute` is a duration), nor a word
    /// that makes no count (`23-year-old`, `1,000-strong`, `3-fold`, `20-something`).
    fn hyphened_count(&self, text: &str, number: &str, from: usize, to: usize) -> Option<String> {
        let word = &text[from..to];
        // `a 1990-style`: a year is no count.
        let year = number.trim().len() == 4 && number.trim().parse::<u32>().is_ok_and(|y| (1800..2100).contains(&y));
        // `a five-member board`, `a four-time champion`: a number in words counts the same way.
        let in_words = number.trim().split(['-', ' ']).all(is_number_word);
        let plain_number = !year && (number.trim().bytes().all(|b| b.is_ascii_digit() || b == b',') || in_words);
        let ends_compound = !text[to..].starts_with(['-', '–']) && !text[to..].starts_with(|c: char| c.is_alphanumeric());
        let ok = plain_number
            && ends_compound
            && word.len() >= 3
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !self.lexicon.is_function_word(word)
            && !self.lexicon.is_plural(word)
            && !TIME_UNITS.contains(&word)
            && !NOT_HYPHENED_COUNTS.contains(&word);
        ok.then(|| word.to_string())
    }

    /// The noun counted by a number ending at `from`: the first plural noun among the next
    /// few words (modifiers may stand before it), or a partitive `of (the) … nouns`.
    /// Also says whether what follows lets a bare number stand (a function word or punctuation).
    fn counted_noun(&self, text: &str, from: usize, value: f64) -> (Option<Counted>, bool) {
        let lexicon = &self.lexicon;
        // Five words, plus the words of a name that modifies the noun (`United States`, `US`).
        let words = words_and_models_after(text, from, 7);
        let mut name_words = 0;
        let follows_ok = match words.first() {
            None => true,
            Some(first) => {
                let lower = text[first.start..first.end].to_lowercase();
                lexicon.is_function_word(&lower) || lower.ends_with("ly")
            }
        };
        // Units of four words, three, then two: "micrograms per cubic metre", "miles per hour", "square meters".
        for width in [4, 3, 2] {
            if let (Some(first), Some(last)) = (words.first(), words.get(width - 1))
                && let Some((measure, unit)) = lexicon.unit(&text[first.start..last.end])
            {
                return (Some(Counted { unit: unit.clone(), end: Some(last.end), measure: Some(measure.clone()) }), true);
            }
        }
        // `12 in. of rain`, `30 mi. east`: abbreviations that are other words without their period.
        if let Some(first) = words.first()
            && text[first.end..].starts_with('.')
            && let Some((measure, unit)) = lexicon.unit(&text[first.start..first.end + 1])
        {
            return (Some(Counted { unit: unit.clone(), end: Some(first.end + 1), measure: Some(measure.clone()) }), true);
        }
        for (i, word) in words.iter().enumerate() {
            if i >= 5 + name_words {
                break;
            }
            let lower = text[word.start..word.end].to_lowercase();
            if lower.contains(|c: char| c.is_ascii_digit()) {
                // `eight A330s`, `five Boeing 737s`: the model is what is counted; a bare
                // model (`60 Boeing 787 Dreamliner aircraft`) modifies the noun after it.
                let model_plural = lower.strip_suffix('s').filter(|stem| stem.ends_with(|c: char| c.is_ascii_digit()));
                let named = i > 0 || lower.starts_with(|c: char| c.is_alphabetic());
                // Another number after a verb (`500 index lost 26 points`) starts a new phrase:
                // a bare number is a model only after a name or a modifier (`Boeing 787`, `new 737`).
                let prev = (i > 0).then(|| &text[words[i - 1].start..words[i - 1].end]);
                let after_name = prev.is_none_or(|p| p.starts_with(char::is_uppercase) || lexicon.modifiers.contains(&p.to_lowercase()));
                if lower.starts_with(|c: char| c.is_ascii_digit()) && !after_name {
                    break;
                }
                match model_plural {
                    Some(stem) if named => return (Some(Counted { unit: stem.to_string(), end: Some(word.end), measure: None }), true),
                    Some(_) => break,
                    None => {
                        name_words += 1;
                        continue;
                    }
                }
            }
            if i == 0 {
                // `120 km/h`, `9.8 m/s`: a rate written with a slash is one unit, not its first word.
                if let Some(rest) = text[word.end..].strip_prefix('/') {
                    let per_end = word.end + 1 + rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
                    if per_end > word.end + 1
                        && let Some((measure, unit)) = lexicon.unit(&text[word.start..per_end])
                    {
                        return (Some(Counted { unit: unit.clone(), end: Some(per_end), measure: Some(measure.clone()) }), true);
                    }
                }
            }
            // `14 degree programs`: a singular physical unit (one with an `-s` plural) after a
            // number other than one, before a plural noun, names a kind of that noun, not a measure.
            let modifies_plural = || {
                value != 1.0
                    && lexicon.unit(&format!("{lower}s")).is_some_and(|(m, u)| m == "quantity" && lexicon.unit(&lower).is_some_and(|(_, v)| v == u))
                    && words.get(1).is_some_and(|next| {
                        let next = &text[next.start..next.end];
                        next.starts_with(char::is_lowercase) && lexicon.is_plural(next) && !lexicon.is_function_word(next) && lexicon.unit(next).is_none()
                    })
            };
            if let Some((measure, unit)) = lexicon.unit(&lower).filter(|_| i == 0 && !modifies_plural()) {
                return (Some(Counted { unit: unit.clone(), end: Some(word.end), measure: Some(measure.clone()) }), true);
            }
            // `3,000 five-year-olds`: a noun that opens with a number of its own (an age) is
            // no counted noun here; `300 one-bedroom flats` (a modifier) still counts flats.
            if opens_with_number_word(&lower) && lexicon.is_plural(&lower) {
                break;
            }
            // `a 7.5 aftershock nine hours later`, `down from 3,640 seven years ago`: a written
            // number starts a phrase of its own.
            if crate::normalize::number::is_number_word(&lower) && !lexicon.modifiers.contains(&lower) {
                break;
            }
            if lexicon.modifiers.contains(&lower) {
                continue;
            }
            // `17 US states`, `500 DHS officials`: an acronym modifies the noun after it.
            let surface = &text[word.start..word.end];
            if surface.len() >= 2 && surface.chars().all(|c| c.is_ascii_uppercase() || c == '.') && words.get(i + 1).is_some() {
                name_words += 1;
                continue;
            }
            if lexicon.is_function_word(&lower) {
                if lower == "of" && i == 0 {
                    return (self.partitive(text, word.end), true);
                }
                break;
            }
            // `three United States stock indexes`, `500 United Nations peacekeepers`: a name's
            // last word with a noun after it modifies that noun.
            let capitalized = |w: &Word| text[w.start..w.end].starts_with(char::is_uppercase);
            let name_tail = i > 0
                && capitalized(word)
                && capitalized(&words[i - 1])
                && words.get(i + 1).is_some_and(|next| {
                    let next = &text[next.start..next.end];
                    next.starts_with(char::is_lowercase) && !lexicon.is_function_word(next)
                });
            if name_tail {
                name_words += 2;
                continue;
            }
            // After one, the singular right after it (`at least one room`), if it is a plain noun.
            let singular = || {
                lexicon.singulars.contains(&lower)
                    || (lower.len() >= 3 && lower.bytes().all(|b| b.is_ascii_lowercase()) && !lexicon.is_function_word(&lower) && !lexicon.is_plural(&lower))
            };
            // `117 RBIs`, `40 SUVs`: an acronym with a plural `s` (the lexicon reads `-is` as singular).
            let acronym_plural = surface.len() >= 3
                && surface.ends_with('s')
                && surface[..surface.len() - 1].bytes().all(|b| b.is_ascii_uppercase());
            if lexicon.is_plural(&lower) || acronym_plural || (value == 1.0 && i == 0 && singular()) {
                if expects_without_object(&text[word.end..]) {
                    // `far above the 180,000 economists had expected`: who expected it.
                    return (None, true);
                }
                // `1,000 police officers`, `300 sales jobs`: a plural modifying a plural; the last is counted.
                let (word, lower) = match words.get(i + 1).map(|next| (next, text[next.start..next.end].to_string())) {
                    Some((next, next_lower))
                        if next_lower.starts_with(char::is_lowercase)
                            && lexicon.is_plural(&next_lower)
                            && !lexicon.is_function_word(&next_lower)
                            && !opens_with_number_word(&next_lower) =>
                    {
                        (next, next_lower)
                    }
                    _ => (word, lower),
                };
                let mut singular = lexicon.singular(&lower);
                // `3,000 asylum seekers`: a vague head keeps the lowercase noun before it.
                if lexicon.compound_heads.contains(&singular)
                    && let Some(before) = words.iter().rev().find(|w| w.end < word.start)
                {
                    let modifier = &text[before.start..before.end];
                    let plain = modifier.chars().all(|c| c.is_ascii_lowercase());
                    if plain && !lexicon.is_function_word(modifier) && !lexicon.modifiers.contains(modifier) && !lexicon.is_plural(modifier) {
                        singular = format!("{modifier} {singular}");
                    }
                }
                let measure = lexicon.unit(&lower).map(|(m, _)| m.clone());
                let unit = lexicon.unit(&lower).map(|(_, u)| u.clone()).unwrap_or(singular);
                return (Some(Counted { unit, end: Some(word.end), measure }), true);
            }
            if i >= 3 + name_words {
                break;
            }
        }
        (None, follows_ok)
    }

    /// `rose from 8,300 to 9,800`: `from` and a verb of change (up to two words between,
    /// `grew its revenue from`) before a `to` range, which then states two figures, not one.
    /// So does a verb of change right before it (`by` between allowed) when the upper end is
    /// ten times the lower or more (`rose $2 to $78`: the change and the level reached; `rose
    /// 5 to 10 percent` stays a range).
    fn change_from(&self, text: &str, start: usize, between: &str, ratio: f64) -> bool {
        // The low bound's percent sign or the high one's currency may stand between (`12% to 15%`).
        // So may the letters of a currency sign (`fell A$6 to A$368`).
        let sign_letters = |w: &str| between.contains(&format!("{w}$")) && self.lexicon.unit(&format!("{w}$")).is_some();
        let mut words = between
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && !is_percent_sign(w) && !sign_letters(w) && !matches!(w.to_ascii_lowercase().as_str(), "per" | "cent"));
        if !(words.next().is_some_and(|w| w.eq_ignore_ascii_case("to")) && words.next().is_none()) {
            return false;
        }
        let before: Vec<String> = text[..start].split_whitespace().rev().take(4).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
        let change_verb = |w: &String| self.lexicon.change_verbs.contains(w);
        match before.first().map(String::as_str) {
            Some("from") => before[1..].iter().any(change_verb),
            Some("by") => ratio >= 10.0 && before.get(1).is_some_and(change_verb),
            _ => ratio >= 10.0 && before.first().is_some_and(change_verb),
        }
    }

    /// The digits of an exact, unitless count written as three bare digits (`the final
    /// 717`, `its 777 airliner`): if the document also writes them after a name (`Boeing
    /// 717`), they are that model, not a figure.
    fn bare_three_digits<'t>(&self, text: &'t str, record: &Record) -> Option<&'t str> {
        let figure = record.as_figure()?;
        let digits = &text[record.start..record.end];
        (figure.unit.is_none() && figure.measure == "count" && figure.qualifier == "exact" && digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(digits)
    }

    /// Every run of exactly three digits (not after `,` or `.`) that follows a name
    /// (`Boeing 787`), by its digits, with where each starts.
    fn named_three_digit_numbers<'t>(&self, text: &'t str) -> rustc_hash::FxHashMap<&'t str, Vec<usize>> {
        let bytes = text.as_bytes();
        let mut named: rustc_hash::FxHashMap<&str, Vec<usize>> = rustc_hash::FxHashMap::default();
        let mut at = 0;
        while at < bytes.len() {
            if !bytes[at].is_ascii_digit() {
                at += 1;
                continue;
            }
            let start = at;
            while at < bytes.len() && bytes[at].is_ascii_digit() {
                at += 1;
            }
            let after_separator = start > 0 && matches!(bytes[start - 1], b',' | b'.');
            if at - start == 3 && !after_separator && self.name_before(text, start) {
                named.entry(&text[start..at]).or_default().push(start);
            }
        }
        named
    }

    /// Whether the word right before `at` is a capitalized word that is not a function word,
    /// a month or weekday, or the first word of a sentence (`Nikkei 225`, `iPhone 4`).
    fn name_before(&self, text: &str, at: usize) -> bool {
        let Some(before) = text[..at].strip_suffix(' ') else { return false };
        let word_start = before.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        if word.is_empty() || !word.chars().any(char::is_uppercase) || word.ends_with(|c: char| !c.is_alphanumeric()) {
            return false;
        }
        let bare = word.trim_end_matches("'s").trim_end_matches("’s");
        if self.lexicon.is_function_word(&bare.to_lowercase()) || self.calendar.is_match(bare) {
            return false;
        }
        let opens_sentence = before[..word_start]
            .trim_end_matches([' ', '"', '“', '‘', '\'', '('])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | '—' | '|'));
        !opens_sentence
    }

    /// Whether a capitalized singular word follows the number (`787 Dreamliner`).
    fn name_after(&self, text: &str, at: usize) -> bool {
        let Some(word) = words_after(text, at, 1).into_iter().next() else { return false };
        if word.start != at + 1 {
            return false;
        }
        let word = &text[word.start..word.end];
        word.chars().next().is_some_and(char::is_uppercase)
            && !self.lexicon.is_plural(&word.to_lowercase())
            && !self.lexicon.is_function_word(&word.to_lowercase())
            && !self.calendar.is_match(word)
    }

    /// `or more`, `or fewer` after a counted noun.
    fn qualifier_after_noun(&self, text: &str, from: usize) -> Option<(String, usize)> {
        let words = words_after(text, from, 2);
        let [or, bound] = words.as_slice() else { return None };
        if !text[or.start..or.end].eq_ignore_ascii_case("or") || opens_comparison(&text[bound.end..]) {
            return None;
        }
        let phrase = &text[or.start..bound.end];
        self.lexicon.qualifier(phrase).map(|q| (q.to_string(), bound.end))
    }

    /// `of (the|those|…) (modifiers) nouns` → the noun, without extending the figure's text.
    fn partitive(&self, text: &str, from: usize) -> Option<Counted> {
        let lexicon = &self.lexicon;
        let mut words = words_and_models_after(text, from, 7);
        // "350 of the 1,100 families": the noun comes after the whole's own number.
        if let Some(first) = words.first().filter(|w| matches!(text[w.start..w.end].to_lowercase().as_str(), "the" | "those" | "these" | "their" | "its" | "our" | "all")) {
            let rest = &text[first.end..];
            let number = rest.trim_start_matches(' ');
            let digits = number.len() - number.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.').len();
            if digits > 0 && rest.len() > number.len() {
                let after_number = first.end + (rest.len() - number.len()) + digits;
                words = words_after(text, after_number, 4);
            }
        }
        // Names and models before the noun (`two of the Rolls-Royce Trent 900 engines`,
        // `20 of Boeing's larger 777 planes`) do not count against the few words allowed.
        let mut common_words = 0;
        for (i, word) in words.iter().enumerate() {
            let surface = &text[word.start..word.end];
            let lower = surface.to_lowercase();
            if lexicon.is_plural(&lower) && !lexicon.is_function_word(&lower) {
                return Some(Counted { unit: lexicon.singular(&lower), end: None, measure: None });
            }
            let determiner = i == 0 && matches!(lower.as_str(), "the" | "those" | "these" | "their" | "its" | "our" | "all" | "his" | "her");
            if determiner {
                continue;
            }
            if lexicon.is_function_word(&lower) {
                return None;
            }
            let name_or_model = surface.starts_with(char::is_uppercase) || surface.contains(|c: char| c.is_ascii_digit());
            if !name_or_model {
                common_words += 1;
            }
            if common_words > 3 || i >= 6 {
                return None;
            }
        }
        None
    }

    /// A count with no noun of its own takes one from context, in news style: the earlier
    /// figure with the same value (`500 children` … `Five hundred is a milestone`), else the
    /// previous figure of its sentence (`200 families …, and another 150`), else the nearest
    /// plural noun before it in the sentence, else the last figure of the previous sentence.
    /// First of all, a bare number joined to the next figure by `and`/`or` shares its noun
    /// (`500 and 1,000 songs`, `killed 102 and 21 people`, `1.83 and 2 GHz`).
    fn inherit_units(&self, text: &str, sentences: &[Sentence], records: &mut [Record]) {
        for i in 0..records.len().saturating_sub(1) {
            let (head, tail) = records.split_at_mut(i + 1);
            let (this, next) = (&mut head[i], &tail[0]);
            // `fell from 400 to 300 people`: both levels of a change count the same group.
            let change = text[..this.start].trim_end().rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("from"));
            if !text.get(this.end..next.start).is_some_and(|gap| matches!(gap.trim(), "and" | "or") || (change && gap.trim() == "to")) {
                continue;
            }
            let Some(shared) = next.as_figure().filter(|f| f.unit.is_some() && matches!(f.measure.as_str(), "count" | "quantity" | "percent")) else { continue };
            if let Some(figure) = this.as_figure_mut().filter(|f| f.unit.is_none() && f.measure == "count" && f.high.is_none()) {
                figure.unit = shared.unit.clone();
                figure.measure = shared.measure.clone();
            }
        }
        // The latest earlier counted figure (count with a unit) by value and by sentence, kept
        // as the loop goes, since a figure that inherits a unit becomes one for later figures.
        let mut counted_by_value: HashMap<u64, usize> = HashMap::default();
        let mut counted_by_sentence: HashMap<usize, usize> = HashMap::default();
        // Words of the sentence last looked into, as (from, to, ranges).
        let mut words: Option<SentenceWords> = None;
        for i in 0..records.len() {
            // `expelled migrants 2.8 million times`: a count of times counts no group.
            let times = text[records[i].end..].trim_start().get(..5).is_some_and(|w| w.eq_ignore_ascii_case("times"));
            // A range (`between 10,000 and 12,000`) takes no unit by its low end's value alone.
            if let Some((value, sentence, start, end, range)) = match records[i].as_figure() {
                Some(f) if f.unit.is_none() && f.measure == "count" && !times => Some((f.value, records[i].sentence, records[i].start, records[i].end, f.high.is_some())),
                _ => None,
            } {
                let unit_of = |j: &usize| records[*j].as_figure().and_then(|f| f.unit.clone());
                let sentence_start = sentences.get(sentence).map_or(0, |s| s.start);
                // A tally its clause names (`the death toll rose to 45`) says what it counts,
                // before any figure around it; only a large number repeated is the same group.
                // `destroyed 40 homes and killed 12`, `…, killing 12`: a verb of harm joined to
                // another figure's verb counts people, not that figure's noun (unless a verb of
                // harm counts that one too: `killed 30 migrants and injured 12`).
                // `sent 214 residents to hospital and killed 11`: the people the earlier figure
                // counts ({AGE_GROUP}), else persons.
                let joined_people_verb = || {
                    let earlier = counted_by_sentence.get(&sentence);
                    let earlier_harmed = earlier.is_some_and(|&j| self.person_verb_before(text, records[j].start));
                    (!earlier_harmed && self.people_verb_joined_before(text, start))
                        .then(|| earlier.and_then(unit_of).filter(|u| self.people.is_match(u)).unwrap_or_else(|| "person".to_string()))
                };
                let found = self
                    .tally_before(text, sentence_start, start)
                    .or_else(|| counted_by_value.get(&value.to_bits()).filter(|_| value >= 100.0 && !range).and_then(unit_of))
                    .or_else(joined_people_verb)
                    .or_else(|| counted_by_sentence.get(&sentence).and_then(unit_of))
                    .or_else(|| self.counts_people(text, start, end).then(|| "person".to_string()))
                    .or_else(|| {
                        let from = sentences.get(sentence).map_or(0, |s| s.start);
                        let to = sentences.get(sentence).map_or(text.len(), |s| s.end).max(start);
                        if words.as_ref().is_none_or(|(f, t, _)| (*f, *t) != (from, to)) {
                            words = Some((from, to, word_ranges(text, from, to)));
                        }
                        self.plural_before(text, &words.as_ref()?.2, from, start)
                    })
                    .or_else(|| {
                        // `… before a crowd of 53,000`: a noun with `of` that the figure sizes
                        // is no group of the sentence before.
                        let previous = sentence.checked_sub(1).filter(|_| !self.sizes_noun_before(text, sentence_start, start))?;
                        // `More than 118,000 workers lost jobs at 430 companies. That compares
                        // with 152,000`: when its last counted figure is more than ten times
                        // off in size, the one nearest in size (the last of equals).
                        let last = *counted_by_sentence.get(&previous)?;
                        let gap = |j: usize| records[j].as_figure().map_or(f64::MAX, |f| (f.value.abs().max(1.0).log10() - value.abs().max(1.0).log10()).abs());
                        let chosen = if gap(last) > 1.0 {
                            (0..i)
                                .filter(|&j| {
                                    records[j].sentence == previous
                                        && records[j].as_figure().is_some_and(|f| f.measure == "count")
                                        && unit_of(&j).is_some_and(|u| !where_counted(text, records[j].start, &u))
                                })
                                .min_by(|&a, &b| gap(a).total_cmp(&gap(b)).then(b.cmp(&a)))
                                .unwrap_or(last)
                        } else {
                            last
                        };
                        unit_of(&chosen)
                    })
                    .or_else(|| self.people_group_before(text, sentence_start, start).map(str::to_string));
                if let Some(figure) = records[i].as_figure_mut() {
                    figure.unit = found;
                }
            }
            if let Some(f) = records[i].as_figure().filter(|f| f.measure == "count" && f.unit.is_some()) {
                if !f.value.is_nan() {
                    counted_by_value.insert(f.value.to_bits(), i);
                }
                // `211 cases in nine states, against 285 in 2025`: places where the counted
                // group is are no group a later bare number counts.
                if !where_counted(text, records[i].start, f.unit.as_deref().unwrap_or_default()) {
                    counted_by_sentence.insert(records[i].sentence, i);
                }
            }
        }
    }

    /// Whether the verb right before a bare number, or the participle right after it, says
    /// it counts people (`floods kill at least 48`, `at least 48 dead`).
    fn counts_people(&self, text: &str, start: usize, end: usize) -> bool {
        let person_verb = |w: &str| self.lexicon.person_verbs.contains(&w.to_ascii_lowercase());
        self.person_verb_before(text, start) || words_after(text, end, 1).first().is_some_and(|w| w.start == end + 1 && person_verb(&text[w.start..w.end]))
    }

    /// Whether the verb right before a number at `start` counts people and follows `and` or a
    /// comma, so that it opens a predicate of its own (`… and killed 12`, `…, injuring 30`).
    fn people_verb_joined_before(&self, text: &str, start: usize) -> bool {
        if !self.person_verb_before(text, start) {
            return false;
        }
        let before = text[..start].trim_end_matches(' ');
        let rest = before[..before.len() - last_word_before(text, start).len()].trim_end_matches(' ');
        rest.ends_with(',') || rest.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("and"))
    }

    /// Whether a verb that counts people stands right before `start` (`killed 12`).
    fn person_verb_before(&self, text: &str, start: usize) -> bool {
        let before = text[..start].trim_end_matches(' ');
        before.len() < start && before.ends_with(char::is_alphabetic) && self.lexicon.person_verbs.contains(&last_word_before(text, start).to_ascii_lowercase())
    }

    /// The counted noun of a tally named just before `at` in its clause: `death toll` →
    /// death, `the case count rose to` → case, a bare `the toll` → death, `the number of
    /// infections rose to` → infection. A bare `count` or `tally` names nothing.
    fn tally_before(&self, text: &str, from: usize, at: usize) -> Option<String> {
        let region = text.get(from..at)?;
        // `The number of asylum cases waiting for a decision at … has climbed to`: a counted
        // noun's own modifiers may run long, so the clause is read back a score of words.
        let mut words = region.split_whitespace().rev().take(20).peekable();
        // The words passed, nearest the number first.
        let mut passed: Vec<&str> = Vec::new();
        let capital = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        while let Some(word) = words.next() {
            // `and` inside a name (`Citizenship and Immigration Services`) opens no clause.
            let in_name = word == "and" && passed.last().is_some_and(|w| capital(w)) && words.peek().is_some_and(|w| capital(w));
            // Punctuation ends the clause (`…, and the toll`); so does a clause opener.
            if word.ends_with([',', ';', ':', '(', ')']) || (!in_name && CLAUSE_OPENERS.iter().any(|o| word.eq_ignore_ascii_case(o))) {
                return None;
            }
            // `the number of (new) infections rose 18% to 9 million`: the plural told.
            if word.eq_ignore_ascii_case("number") && passed.last().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
                let plural = |w: &&str| {
                    let lower = w.to_lowercase();
                    (lower.chars().all(char::is_alphabetic) && self.lexicon.is_plural(&lower)).then(|| self.lexicon.singular(&lower))
                };
                let mut told = passed.iter().rev().skip(1);
                let first = told.next()?;
                // A modifier (`new`) or a lowercase noun (`asylum`) may stand before the plural.
                let lower = first.to_lowercase();
                // Not a participle or adjective that stands for the group (`the number of unemployed
                // falls`), nor a plural-looking verb after it.
                let noun = lower.chars().all(|c| c.is_ascii_lowercase())
                    && !self.lexicon.is_function_word(&lower)
                    && !["ed", "ing", "ly"].iter().any(|end| lower.ends_with(end));
                let verb = |w: &&&str| {
                    let w = w.to_lowercase();
                    self.lexicon.change_verbs.contains(&w) || self.lexicon.level_verbs.contains(&w)
                };
                let modifier = self.lexicon.modifiers.contains(&lower) || noun;
                if let Some(head) = plural(first) {
                    return Some(head);
                }
                // `the number of daily transit slots`: an adjective in -ly may open the
                // modifiers too, and up to two more stand before the plural.
                let adjective = lower.ends_with("ly") && lower.chars().all(|c| c.is_ascii_lowercase()) && !self.lexicon.is_function_word(&lower);
                if !(modifier || adjective) {
                    return None;
                }
                let mut last = lower;
                let mut is_noun = noun;
                for word in told.take(3) {
                    if verb(&word) {
                        return None;
                    }
                    if let Some(head) = plural(word) {
                        // `the number of asylum seekers`: a vague head keeps its noun, as after a number.
                        return Some(if is_noun && self.lexicon.compound_heads.contains(&head) { format!("{last} {head}") } else { head });
                    }
                    let lower = word.to_lowercase();
                    is_noun = lower.chars().all(|c| c.is_ascii_lowercase())
                        && !self.lexicon.is_function_word(&lower)
                        && !["ed", "ing"].iter().any(|end| lower.ends_with(end));
                    if !(is_noun || self.lexicon.modifiers.contains(&lower)) {
                        return None;
                    }
                    last = lower;
                }
                return None;
            }
            passed.push(word);
            if !TALLY_HEADS.iter().any(|h| word.eq_ignore_ascii_case(h)) {
                continue;
            }
            let modifier = words.peek()?.to_lowercase();
            let noun_like = modifier.chars().all(|c| c.is_ascii_lowercase())
                && !self.lexicon.is_function_word(&modifier)
                && !self.lexicon.modifiers.contains(&modifier)
                && !TALLY_ADJECTIVES.contains(&modifier.as_str())
                && !["al", "ed", "est", "ing", "ly", "ic", "ive"].iter().any(|end| modifier.ends_with(end));
            // A toll names its count (`death toll`, `casualty toll`) or its cause (`quake toll`,
            // `virus toll`), and what a cause tolls is lives.
            let cause = word.eq_ignore_ascii_case("toll") && !TOLL_COUNTS.contains(&self.lexicon.singular(&modifier).as_str());
            if noun_like && !cause {
                return Some(self.lexicon.singular(&modifier));
            }
            // A toll on its own is one of lives (`the toll rose to 45`, `the overall toll`).
            return word.eq_ignore_ascii_case("toll").then(|| "death".to_string());
        }
        None
    }

    /// `a family of four`, `a household of six`: a group of people sized by the number right
    /// after `of` counts persons; a parent of one counts children.
    fn people_group_before(&self, text: &str, from: usize, at: usize) -> Option<&'static str> {
        let region = text.get(from..at)?;
        let mut words = region.trim_end_matches(' ').rsplit(' ');
        let (Some(of), Some(noun)) = (words.next(), words.next()) else { return None };
        if !of.eq_ignore_ascii_case("of") {
            return None;
        }
        // `a father of four`, `a mother of two`: children.
        if PARENTS.iter().any(|g| noun.eq_ignore_ascii_case(g)) {
            return Some("child");
        }
        PEOPLE_GROUPS.iter().any(|g| noun.eq_ignore_ascii_case(g)).then_some("person")
    }

    /// `a flight crew of six`, `before a crowd of 53,000`: whether a singular noun with `of`
    /// right before `at` (after `from`) is what the figure sizes, so that no plural noun
    /// before it, nor a figure before it, says what it counts; `a total of 500` does not.
    fn sizes_noun_before(&self, text: &str, from: usize, at: usize) -> bool {
        let Some(region) = text.get(from..at) else { return false };
        let mut words = region.trim_end_matches(' ').rsplit(' ');
        let (Some(of), Some(noun)) = (words.next(), words.next()) else { return false };
        let noun = noun.to_lowercase();
        of.eq_ignore_ascii_case("of")
            && !noun.is_empty()
            && noun.chars().all(char::is_alphabetic)
            && !self.lexicon.is_plural(&noun)
            && !PLACEHOLDER_HEADS.contains(&noun.as_str())
    }

    /// The nearest plural noun before `at` (back to `from`), within a dozen words.
    /// `words` are the maximal runs of letters and hyphens of a text range holding `from..at`.
    fn plural_before(&self, text: &str, words: &[(usize, usize)], from: usize, at: usize) -> Option<String> {
        text.get(from..at)?;
        // The last 13 words of the region (12 to look at, and the one before them), cut to it.
        let hi = words.partition_point(|&(s, _)| s < at);
        let lo = words.partition_point(|&(_, e)| e <= from).max(hi.saturating_sub(13));
        let spans: Vec<(usize, usize)> = words[lo.min(hi)..hi].iter().map(|&(s, e)| (s.max(from), e.min(at))).filter(|(s, e)| s < e).collect();
        let words: Vec<&str> = spans.iter().map(|&(s, e)| &text[s..e]).collect();
        // A plural-looking word after a pronoun is a verb (`which includes`).
        let after_pronoun = |i: usize| {
            i > 0 && matches!(words[i - 1].to_lowercase().as_str(), "which" | "that" | "who" | "it" | "he" | "she" | "this")
        };
        // The subject of a reporting verb is the source, not the counted group (`officials said 500`).
        // Nor is a plural-looking word before `that`: a verb of telling (`the Church estimates that …`).
        let reporting = |i: usize| {
            words.get(i + 1).is_some_and(|w| matches!(w.to_lowercase().as_str(), "said" | "say" | "says" | "told" | "estimate" | "reported" | "noted" | "that"))
        };
        // A plural-looking word before the number with only determiners, modifiers and
        // qualifiers between is a verb and the figure its object (`backlog tops 2 million`,
        // `Boeing delivers the final 717`, `claims that the new 290`).
        let next_to_number = |i: usize| {
            let gap = &text[spans[i].1..at];
            gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-')
                && gap.split_whitespace().all(|w| {
                    let w = w.to_lowercase();
                    // A hyphenated compound is an adjective (`unveils long-range 777`).
                    self.lexicon.modifiers.contains(&w) || OBJECT_OPENERS.contains(&w.as_str()) || w.trim_matches('-').contains('-')
                })
        };
        // Verbs whose subject is what the number after them counts (`deaths reached 300`).
        let changes = |w: &str| {
            let w = w.to_lowercase();
            self.lexicon.change_verbs.contains(&w) || self.lexicon.level_verbs.contains(&w)
        };
        // The subject of a verb that takes the figure as its object is the actor, not what
        // is counted (`floods kill at least 48`, `helicopters (quickly) airlifted around 70`);
        // the subject of a verb of change or level is (`deaths reached 300`).
        let actor = |i: usize| {
            let verb = match words.get(i + 1) {
                Some(w) if w.len() > 2 && w.ends_with("ly") => i + 2,
                _ => i + 1,
            };
            words.get(verb).is_some_and(|w| {
                let w = w.to_lowercase();
                w.starts_with(|c: char| c.is_lowercase())
                    && !self.lexicon.is_function_word(&w)
                    && !self.lexicon.modifiers.contains(&w)
                    && !OBJECT_OPENERS.contains(&w.as_str())
                    && !changes(&w)
                    && next_to_number(verb)
            })
        };
        // A capitalized word is a name, unless it opens the sentence as the subject of a verb
        // of change or level (`Homicides fell 12% to 289`, `CHICAGO (AP) - Shootings dropped to 2,450`).
        let capitalized_name = |i: usize| {
            let w = words[i];
            w.chars().next().is_some_and(char::is_uppercase)
                && (w.chars().skip(1).any(char::is_uppercase)
                    || !opens_sentence(&text[from..spans[i].0])
                    || !words.get(i + 1).is_some_and(|next| changes(next)))
        };
        // Nor does the group cross into another clause (`… for hearings as backlog tops 2 million`).
        // nor past a semicolon (`Markets down; Dow falls below 9,000`).
        let opens_clause = |i: usize| {
            matches!(words[i].to_lowercase().as_str(), "as" | "while" | "but" | "because" | "when" | "although" | "though" | "whereas" | "after" | "before")
                || text[spans[i].1..spans.get(i + 1).map_or(at, |s| s.0)].contains(';')
        };
        if self.sizes_noun_before(text, from, at) {
            return None;
        }
        (0..words.len())
            .rev()
            .take(12)
            .take_while(|&i| !opens_clause(i))
            .find(|&i| {
                let w = words[i];
                !capitalized_name(i)
                    && !after_pronoun(i)
                    && !next_to_number(i)
                    && !reporting(i)
                    && !actor(i)
                    && !TIME_UNITS.contains(&self.lexicon.singular(&w.to_lowercase()).as_str())
                    && !is_vague_number(&w.to_lowercase())
                    && !opens_with_number_word(&w.to_lowercase())
                    && self.lexicon.is_plural(&w.to_lowercase())
            })
            .map(|i| self.lexicon.singular(&words[i].to_lowercase()))
    }
}

/// Places a count of them after `in` or `across` tells where (`cases in nine states`).
const PLACE_UNITS: &[&str] = &[
    "county", "state", "country", "city", "province", "region", "district", "town", "village", "nation", "territory", "municipality", "prefecture",
];

/// Whether the figure at `start` counts places where something else is (`in nine states`,
/// `across the three countries`).
fn where_counted(text: &str, start: usize, unit: &str) -> bool {
    if !PLACE_UNITS.contains(&unit) {
        return false;
    }
    let mut words = text[..start].split_whitespace().rev().map(|w| w.to_ascii_lowercase());
    let mut word = words.next();
    if word.as_deref().is_some_and(|w| matches!(w, "the" | "its" | "their" | "all")) {
        word = words.next();
    }
    word.is_some_and(|w| matches!(w.as_str(), "in" | "across" | "throughout"))
}

/// Whether a sentence's text before a word leaves the word opening it: nothing but quote
/// marks and brackets, or a dateline ending in a dash or colon (`LONDON (Reuters) -`).
fn opens_sentence(before: &str) -> bool {
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '('));
    before.is_empty() || before.ends_with(['-', '—', '–', ':'])
}

/// A hyphenated word whose first part is a written number (`five-year-olds`): the number
/// is a measure of its own, so the word is no group a count counts.
fn opens_with_number_word(lower: &str) -> bool {
    lower.split_once('-').is_some_and(|(head, _)| crate::normalize::number::is_number_word(head))
}

/// A match of `{PERCENT_SIGN}`: `%`, `percent`, `per cent`, `pct`, `pc`, `percentage point(s)`.
fn is_percent_sign(text: &str) -> bool {
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    matches!(squeezed.as_str(), "%" | "percent" | "pct" | "pc" | "percentagepoint" | "percentagepoints")
}

/// Units of time: a number of them is a duration, never the group a bare count counts
/// (`four hours earlier, … would have been more than a thousand`).
/// Words after `N-` that make no count of a thing (`1,000-strong`, `3-fold`, `20-something`).
const NOT_HYPHENED_COUNTS: &[&str] = &["old", "strong", "fold", "odd", "something", "plus", "ish", "nil", "all", "off", "way", "times"];
const TIME_UNITS: &[&str] = &["second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "night", "weekend"];

/// `thousands`, `dozens`, `tens`, `scores`: a vague number, not the group a later count counts
/// (`Tens of thousands fled, and 2,000 were killed`).
fn is_vague_number(lower: &str) -> bool {
    matches!(lower, "dozens" | "tens" | "scores") || (lower.ends_with('s') && scale_value(lower).is_some() && lower.len() > 3)
}

/// Groups of people a number after `of` sizes (`a family of four`): it counts persons (a
/// crowd or a crew is counted as itself, no unit).
const PEOPLE_GROUPS: &[&str] = &["family", "household", "families", "households"];
const PARENTS: &[&str] = &["father", "mother", "parent", "mom", "mum", "dad"];
/// Nouns that only stand in for a number (`a total of 500`) or a change in it (`an increase
/// of 330`): the counted group is further back.
const PLACEHOLDER_HEADS: &[&str] = &[
    "total", "number", "sum", "tally", "count", "maximum", "minimum", "average", "high", "low", "record", "estimated", "further", "additional",
    "another", "increase", "rise", "gain", "jump", "fall", "drop", "decline", "decrease", "loss",
];


/// Nouns of a running tally whose modifier names what is counted (`death toll`, `case count`).
const TALLY_HEADS: &[&str] = &["toll", "tally", "count"];

/// What a toll counts when a noun before it names it (`injury toll`); any other noun there names a cause.
const TOLL_COUNTS: &[&str] = &["death", "casualty", "fatality", "injury", "case", "infection", "victim", "body", "job", "vote"];

/// Adjectives before a tally that name no counted thing (`the overall toll`, `a heavy toll`).
const TALLY_ADJECTIVES: &[&str] = &["human", "heavy", "grim", "full", "true", "real", "daily", "high", "low", "new", "latest", "final", "rising", "overall", "official", "total"];

/// Words that open a new clause: a tally before one is in another clause.
const CLAUSE_OPENERS: &[&str] = &["as", "while", "but", "because", "when", "although", "though", "whereas", "after", "before", "and"];

/// Words that may stand between a verb and the number it takes as object.
/// Counted nouns that make a number a fraction when `of` follows.
const FRACTION_NOUNS: &[&str] = &["half", "third", "quarter", "fourth", "fifth", "sixth", "eighth", "tenth"];

const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "that", "its", "their", "his", "her", "our", "this", "these", "those", "final", "first", "last",
    "nearly", "almost", "about", "around", "roughly", "some", "over", "than", "just", "only", "up", "to", "at", "least",
    // Particles of phrasal verbs (`pushes back 737 replacement`, `lays off 500`).
    "back", "down", "out", "off", "away",
    // An object pronoun: the figure is then what it is put at (`organisers put it at 300,000`).
    "it", "them",
];

/// A text range (from, to) and the byte ranges of its words.
type SentenceWords = (usize, usize, Vec<(usize, usize)>);

/// Byte ranges (into `text`) of the maximal runs of letters and hyphens in `text[from..to]`.
fn word_ranges(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    let Some(region) = text.get(from..to) else { return words };
    for (i, c) in region.char_indices() {
        match (c.is_alphabetic() || c == '-', start) {
            (true, None) => start = Some(from + i),
            (false, Some(s)) => {
                words.push((s, from + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, to));
    }
    words
}

/// The spans in which a number is not a count, sorted by start for overlap queries.
struct VetoIndex {
    /// (start, end, whether it vetoes money and percentages too), by start.
    spans: Vec<(usize, usize, bool)>,
    /// The largest end among `spans[..k]`, of all spans and of those that veto every measure.
    max_end: Vec<usize>,
    max_end_every: Vec<usize>,
}

impl VetoIndex {
    fn new(mut spans: Vec<(usize, usize, bool)>) -> VetoIndex {
        spans.sort_unstable();
        let (mut max_end, mut max_end_every) = (vec![0], vec![0]);
        for (k, &(_, e, every)) in spans.iter().enumerate() {
            max_end.push(max_end[k].max(e));
            max_end_every.push(if every { max_end_every[k].max(e) } else { max_end_every[k] });
        }
        VetoIndex { spans, max_end, max_end_every }
    }

    /// Whether a veto overlaps the number `start..end`: any veto for a count or quantity, only
    /// an every-measure one otherwise; a round count is not vetoed by a span exactly its own.
    fn vetoes(&self, start: usize, end: usize, counts: bool, round_count: bool) -> bool {
        // Spans starting before the number overlap it when they end inside or after it.
        let before = self.spans.partition_point(|&(s, _, _)| s < start);
        let reach = if counts { self.max_end[before] } else { self.max_end_every[before] };
        if reach > start {
            return true;
        }
        let inside = self.spans.partition_point(|&(s, _, _)| s < end);
        self.spans[before..inside.max(before)]
            .iter()
            .any(|&(s, e, every)| (every || counts) && start < e && !(round_count && (s, e) == (start, end)))
    }
}

/// The parts of a number the pattern joined but that do not parse as one number,
/// split at `and` and hyphens (`3 hundred and 2 hundred` → `3 hundred`, `2 hundred`);
/// of digits grouped by plain spaces before a name, the first group (`12 787 Dreamliners`).
fn number_pieces(text: &str, rule: &Rule, caps: &regex::Captures) -> Vec<(usize, usize)> {
    let Some(number) = rule.group(caps, "number") else { return Vec::new() };
    if let Some(first) = space_group_before_name(text, number.start(), number.end()) {
        return vec![(number.start(), first)];
    }
    if rule.group(caps, "number_high").is_some() || parse_number(trim_and(number.as_str())).is_some() {
        return Vec::new();
    }
    let text = number.as_str();
    let mut pieces = Vec::new();
    let mut start = 0;
    let lower = text.to_ascii_lowercase();
    let mut cuts: Vec<(usize, usize)> = lower.match_indices(" and ").map(|(i, m)| (i, i + m.len())).collect();
    cuts.extend(lower.match_indices('-').map(|(i, _)| (i, i + 1)));
    cuts.sort_unstable();
    for (cut_start, cut_end) in cuts {
        if cut_start > start {
            pieces.push((number.start() + start, number.start() + text[..cut_start].trim_end().len()));
        }
        start = cut_end;
    }
    if start > 0 && start < text.len() {
        let rest = text[start..].trim_start();
        let offset = text.len() - rest.len();
        pieces.push((number.start() + offset, number.end()));
    }
    pieces
}

/// Where the first group ends when digits grouped by plain spaces stand right before a
/// capitalized word: `12 787 Dreamliners` is a count and a model, not 12,787 (English
/// news groups thousands with commas; `40 000 is` still reads as one number). A round
/// last group is thousands, not a model (`Reunites 12 500 Children` in a headline).
fn space_group_before_name(text: &str, start: usize, end: usize) -> Option<usize> {
    let number = &text[start..end];
    let gap = number.find(' ')?;
    let grouped = number[..gap].bytes().all(|b| b.is_ascii_digit()) && number.as_bytes().get(gap + 1).is_some_and(u8::is_ascii_digit);
    let digits_end = start + number.rfind(|c: char| c.is_ascii_digit())? + 1;
    if text[..digits_end].ends_with("00") {
        return None;
    }
    let name_next = text[digits_end..].strip_prefix(' ').and_then(|rest| rest.chars().next()).is_some_and(char::is_uppercase);
    (grouped && name_next).then_some(start + gap)
}

/// Whether `rest` opens with `than` and what it compares (`or more than 7.3%`): the bound
/// before it qualifies the figure after (`200 or greater than.` keeps its own).
fn opens_comparison(rest: &str) -> bool {
    let rest = rest.trim_start();
    let Some(after) = rest.get(..4).filter(|w| w.eq_ignore_ascii_case("than")).map(|_| &rest[4..]) else { return false };
    !after.starts_with(char::is_alphanumeric) && after.trim_start().starts_with(|c: char| c.is_alphanumeric() || "$£€¥₹".contains(c))
}

/// Where a minus sign right before `at` starts: `-` or `−` after a space, a bracket or the
/// start of the text (not after a number, where it joins a range: `5 -7`), or the word `minus`.
fn negative_sign_before(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at];
    if let Some(rest) = before.strip_suffix(['-', '\u{2212}']) {
        let opens = rest.chars().next_back().is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['));
        let after_number = rest.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == '%');
        return (opens && !after_number).then_some(rest.len());
    }
    let rest = before.strip_suffix(' ')?;
    let word = rest.len().checked_sub(5).and_then(|from| rest.get(from..))?;
    let alone = rest[..rest.len() - 5].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    // `plus or minus 4 points`: a margin either way, not a negative number.
    let margin = rest[..rest.len() - 5].trim_end().rsplit(' ').take(2).map(str::to_ascii_lowercase).eq(["or", "plus"]);
    (word.eq_ignore_ascii_case("minus") && alone && !margin).then_some(rest.len() - 5)
}

/// Verbs of expectation that end a comparative clause (`the 180,000 economists had
/// expected.`): the noun before them is who expected the figure, not what it counts.
const EXPECTATION_VERBS: &[&str] = &["expected", "forecast", "forecasted", "predicted", "estimated", "anticipated", "projected"];

/// Whether `rest` (the text after a plural noun) is `(had|have) VERB` with no object:
/// punctuation, the end, or a preposition or conjunction comes next.
fn expects_without_object(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let mut verb = words.next().unwrap_or("");
    if matches!(verb, "had" | "have" | "has") {
        verb = words.next().unwrap_or("");
    }
    let bare = verb.trim_end_matches([',', '.', ';', ':', ')', '”', '"']);
    if !EXPECTATION_VERBS.contains(&bare) {
        return false;
    }
    bare.len() < verb.len() || words.next().is_none_or(|next| matches!(next, "in" | "for" | "by" | "on" | "at" | "and" | "but" | "last" | "this" | "earlier" | "before"))
}

/// Drops a trailing `and` a number pattern may have taken (`five hundred and more`).
fn trim_and(number: &str) -> &str {
    let trimmed = number.trim_end();
    match trimmed.len().checked_sub(4).and_then(|at| trimmed.get(at..)) {
        Some(tail) if tail.eq_ignore_ascii_case(" and") => trimmed[..trimmed.len() - 4].trim_end(),
        _ => trimmed,
    }
}

fn has_scale_word(number: &str) -> bool {
    number.split(|c: char| c.is_whitespace() || c == '-').any(|w| scale_value(w).is_some() || w.eq_ignore_ascii_case("dozen"))
}

/// The scale a number ends with (`10 million` → 1e6), if any.
fn trailing_scale(number: &str) -> Option<f64> {
    let number = trim_and(number);
    let last_word = number.rsplit(|c: char| c.is_whitespace() || c.is_ascii_digit() || c == '.').next()?;
    if last_word.is_empty() {
        return None;
    }
    scale_value(last_word)
}

/// Whether a product name in mixed case stands right before `at` (`iPhone 4 owners`,
/// `PlayStation 3 sales`): the number belongs to the name even when a noun follows.
/// A possessive (`McDonald's 300 restaurants`) is an owner, not a name.
fn product_name_before(text: &str, at: usize) -> bool {
    let Some(before) = text[..at].strip_suffix(' ') else { return false };
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    let rest: Vec<char> = chars.collect();
    let inner_capital = rest.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase());
    let lower_then_capital = first.is_lowercase() && rest.first().is_some_and(|c| c.is_uppercase());
    word.chars().all(char::is_alphabetic) && (inner_capital || lower_then_capital)
}

/// Whether `at <number>` closes an estimate: a word of estimating (`estimated`, `estimates`)
/// among the few words before `at`, with no punctuation between.
fn estimated_at(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let Some(rest) = before.strip_suffix("at").filter(|r| r.ends_with(' ')) else { return false };
    rest.split(' ').rev().filter(|w| !w.is_empty()).take(5).take_while(|w| w.chars().all(char::is_alphabetic)).any(|w| w.to_ascii_lowercase().starts_with("estimat"))
}

/// `three years in prison, two of them suspended`: a number whose whole is a pronoun
/// (`of them`, `of which`) standing for a number of time units before it in its sentence
/// is part of that duration, not a figure. (`38 matches, winning 28 of them` stays one.)
fn part_of_duration(text: &str, sentences: &[Sentence], start: usize, end: usize) -> bool {
    let Some(after) = text[end..].strip_prefix(" of ") else { return false };
    let pronoun = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if !["them", "whom", "which", "those", "these"].iter().any(|p| pronoun.eq_ignore_ascii_case(p)) {
        return false;
    }
    let from = sentences.get(sentence_at(sentences, start)).map_or(0, |s| s.start.min(start));
    // Hyphens split too: `a 12-month sentence, six of them suspended`.
    let words: Vec<&str> = text[from..start]
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let is_number = |w: &str| (w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')) || is_number_word(&w.to_lowercase());
    words.windows(2).rev().find(|pair| is_number(pair[0])).is_some_and(|pair| {
        let unit = pair[1].to_lowercase();
        TIME_UNITS.contains(&unit.strip_suffix('s').unwrap_or(&unit))
    })
}

fn last_word_before(text: &str, at: usize) -> &str {
    text[..at].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
}

/// Whether what stands right before a number lets it be a count: not a letter or digit
/// (`G7`, `H1`), not `@ # / _`, not `-`, `.` or `:` after a letter or digit (`COVID-19`, `192.168`).
fn clean_before(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '@' | '#' | '/' | '\\' | '_' | '^' | '=' | '<' | '>') => false,
        // "three-nought-four": a hyphen between number words joins a spoken sequence.
        Some('-') if is_number_word(last_word_before(text, at - 1)) => true,
        Some('-' | '.' | ':' | '+' | '–') => !before.next().is_some_and(|c| c.is_alphanumeric()),
        Some(_) => true,
    }
}

enum Glued {
    Nothing,
    /// Letters directly after the number (`29km`), up to this byte.
    Letters(usize),
    Reject,
}

/// What is glued to the end of a number: letters (`19th`, `1990s`, `29km`), a compound
/// hyphen (`500-page`), or a digit after `:` `/` `.` (`4:22`, `5/17`, `192.168`).
fn glued_after(text: &str, at: usize) -> Glued {
    let rest = &text[at..];
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() => {
            let len = rest.find(|c: char| !c.is_alphabetic() && c != '/').unwrap_or(rest.len());
            // "5G", "3D", "4K": a single capital letter makes a name, not a unit.
            if len == 1 && c.is_uppercase() {
                return Glued::Reject;
            }
            Glued::Letters(at + len)
        }
        Some(c) if c.is_ascii_digit() => Glued::Reject,
        Some('-') if is_number_word(rest[1..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("")) => Glued::Nothing,
        Some('-' | '–') if chars.next().is_some_and(|c| c.is_alphanumeric()) => Glued::Reject,
        Some(':' | '/' | '.') if chars.next().is_some_and(|c| c.is_ascii_digit()) => Glued::Reject,
        _ => Glued::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let rules = RuleSet::bundled().unwrap();
        Lexicon::load(&rules, Countries::load(&rules).ok().as_ref()).unwrap()
    }

    #[test]
    fn plural_nouns_become_lowercase_singulars() {
        let lex = lexicon();
        for (plural, singular) in [
            ("children", "child"),
            ("families", "family"),
            ("parents", "parent"),
            ("separations", "separation"),
            ("cases", "case"),
            ("kids", "kid"),
            ("churches", "church"),
            ("women", "woman"),
            ("congressmen", "congressman"),
            ("asylum-seekers", "asylum-seeker"),
            ("lives", "life"),
            ("people", "person"),
            ("schoolchildren", "schoolchild"),
            ("businesswomen", "businesswoman"),
        ] {
            assert!(lex.is_plural(plural), "{plural}");
            assert_eq!(lex.singular(plural), singular);
        }
        for not_plural in ["is", "was", "has", "this", "previous", "status", "less", "crisis", "individual"] {
            assert!(!lex.is_plural(not_plural), "{not_plural}");
        }
    }

    #[test]
    fn qualifier_phrases_map_to_the_closed_set() {
        let lex = lexicon();
        for (phrase, expected) in [
            ("an estimated more than", "over"),
            ("Some", "about"),
            ("just over", "over"),
            ("just under", "nearly"),
            ("Up to", "up_to"),
            ("fewer than", "under"),
            (" or more", "at_least"),
            ("-plus", "over"),
            ("no more than", "at_most"),
        ] {
            assert_eq!(lex.qualifier(phrase), Some(expected), "{phrase}");
        }
    }

    #[test]
    fn surroundings_that_make_a_number_not_a_count() {
        let text = "COVID-19 G7 4:22 19th 500-page 29km 500 children";
        assert!(!clean_before(text, text.find("19").unwrap()));
        assert!(!clean_before(text, text.find('7').unwrap()));
        assert!(matches!(glued_after(text, text.find(":22").unwrap()), Glued::Reject));
        assert!(matches!(glued_after(text, text.find("th").unwrap()), Glued::Letters(_)));
        // A compound hyphen: a unit or a counted noun (`500-page`) decides, not the glue.
        assert!(matches!(glued_after(text, text.find("-page").unwrap()), Glued::Reject));
        assert!(matches!(glued_after(text, text.find(" children").unwrap()), Glued::Nothing));
    }
}
