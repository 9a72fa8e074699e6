//! Stage 2: a document's text → its sentences, as byte ranges.
//!
//! Rule-based: a sentence ends at `.`, `!`, `?` or an ellipsis (with any closing
//! quotes or brackets after it) followed by whitespace, unless the word before is
//! an abbreviation or an initial, or what follows cannot open a sentence. A
//! blank line always ends a sentence, and so does a line break after a line
//! that looks complete (headlines, bylines, datelines lack final punctuation).
//! Abbreviation lists live in `rules/split/abbreviations.toml`.

use crate::error::RuleError;
use crate::normalize::number::{is_number_word, parse_words};
use crate::ruleset::{RuleSet, RuleSource};
// Fx hashing: the sets are looked up per word, and SipHash cost more than the lookups.
use rustc_hash::FxHashSet as HashSet;

pub const ABBREVIATIONS_FILE: &str = "split/abbreviations.toml";

/// One sentence: its index in the document and its byte range, trimmed of whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Splitter {
    titles: HashSet<String>,
    number_prefixes: HashSet<String>,
    abbreviations: HashSet<String>,
    sentence_starters: HashSet<String>,
    clock_suffixes: HashSet<String>,
    time_followers: HashSet<String>,
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«', '—', '-'];

impl Splitter {
    pub fn new(rules: &RuleSet) -> Result<Splitter, RuleError> {
        Splitter::from_source(&rules.source)
    }

    /// The splitter alone, from its one rule file: `figures split` needs no compiled rules.
    pub fn from_source(source: &RuleSource) -> Result<Splitter, RuleError> {
        let file = source.display_path(ABBREVIATIONS_FILE);
        let text = source.data_file(ABBREVIATIONS_FILE)?;
        let table = crate::ruleset::parse_toml(&file, text)?;
        let list = |key: &str| -> Result<HashSet<String>, RuleError> {
            let value = table.get(key).ok_or_else(|| RuleError::new(&file, format!("missing list `{key}`")))?;
            let items = crate::ruleset::string_list(value)
                .ok_or_else(|| RuleError::new(&file, format!("`{key}` must be a list of strings")))?;
            Ok(items.into_iter().map(|s| s.to_lowercase()).collect())
        };
        Ok(Splitter {
            titles: list("titles")?,
            number_prefixes: list("number_prefixes")?,
            abbreviations: list("abbreviations")?,
            sentence_starters: list("sentence_starters")?,
            clock_suffixes: list("clock_suffixes")?,
            time_followers: list("time_followers")?,
        })
    }

    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let mut sentences = Vec::new();
        let mut start = 0;
        for end in self.boundaries(text) {
            push_trimmed(text, start, end, &mut sentences);
            start = end;
        }
        push_trimmed(text, start, text.len(), &mut sentences);
        sentences
    }

    /// Byte offsets at which a sentence ends (exclusive), in order.
    ///
    /// Jumps from one byte that can end a sentence (`\n . ! ?`, the lead byte of `…`)
    /// to the next instead of decoding every character.
    fn boundaries(&self, text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let list_markers = list_markers(text);
        let mut next_marker = list_markers.iter().peekable();
        // Every byte before `resume` has been looked at (or belongs to a run taken whole).
        let mut resume = 0;
        while let Some(at) = next_of(bytes, resume, b"\n.!?\xE2") {
            // An enumerated list item starts a sentence, and its marker (`2.)`) ends none.
            let mut in_marker = false;
            while let Some(marker) = next_marker.peek() {
                if marker.start > at {
                    break;
                }
                if marker.start >= resume && marker.opens_sentence {
                    out.push(marker.start);
                }
                if at < marker.end {
                    in_marker = true;
                    break;
                }
                next_marker.next();
            }
            let ch = text[at..].chars().next().expect("a byte found is a character's first");
            resume = at + ch.len_utf8();
            if in_marker {
                continue;
            }
            match ch {
                '\n'
                    if self.line_break_ends_sentence(text, at) => {
                        out.push(at);
                    }
                '.' | '!' | '?' | '…' => {
                    // Take the whole run of terminal punctuation and closing marks.
                    let mut end = resume;
                    while let Some(next) = text[end..].chars().next() {
                        if matches!(next, '.' | '!' | '?' | '…') || CLOSERS.contains(&next) {
                            end += next.len_utf8();
                        } else {
                            break;
                        }
                    }
                    // A spaced ellipsis (`. . .`) is one mark.
                    if ch == '.' {
                        while text[end..].starts_with(" .") && !text[end + 2..].starts_with('.') {
                            end += 2;
                        }
                    }
                    // A marker that starts inside the run opens nothing (`resume` is past it).
                    resume = end;
                    if end < bytes.len() && !text[end..].starts_with(char::is_whitespace) {
                        if self.ends_unspaced_sentence(text, at, end) {
                            out.push(end);
                        }
                        continue;
                    }
                    if self.ends_sentence(text, at, end) {
                        out.push(end);
                    }
                }
                _ => {}
            }
        }
        // Markers after the last such byte still open their sentences.
        for marker in next_marker {
            if marker.start >= resume && marker.opens_sentence {
                out.push(marker.start);
            }
        }
        out.dedup();
        out
    }

    /// Whether the terminal punctuation at `mark`, whose run ends at `end`, closes a sentence.
    fn ends_sentence(&self, text: &str, mark: usize, end: usize) -> bool {
        let next_word = text[end..].trim_start();
        // `voila! -- you have cake`: a spaced dash is passed over like an opening quote.
        let opened = next_word.trim_start_matches(|c: char| OPENERS.contains(&c) || c.is_whitespace());
        let Some(next) = opened.chars().next() else {
            return true;
        };
        let run = &text[mark..end];
        let starts_lower = next.is_lowercase() && !is_camel_case_name(opened);
        // `?` and `!` end a sentence unless what follows continues it ("he asked").
        if !run.starts_with('.') && !run.starts_with('…') {
            return !starts_lower;
        }
        if starts_lower {
            return false;
        }
        // An omission mark (`[...]`) ends a sentence only before a capitalized word,
        // not before a citation (`[...]" (Smith 55).`).
        if text[..mark].ends_with('[') {
            return next_word.starts_with(char::is_uppercase);
        }
        if run.starts_with("..") || run.starts_with(". .") || run.starts_with('…') {
            return true;
        }
        // A run like `.”` or `.)` closes the sentence whatever the word before was.
        if run.chars().skip(1).any(|c| CLOSERS.contains(&c)) {
            return true;
        }
        let word = word_before(text, mark);
        let lower = word.to_lowercase();
        let bare = lower.trim_start_matches(OPENERS);
        if self.number_prefixes.contains(bare) {
            return !opens_with_number(next_word.trim_start_matches(OPENERS));
        }
        // `Tuesday.Mr.`: the title after a period glued to the word before.
        if self.titles.contains(bare) || bare.rsplit('.').next().is_some_and(|tail| self.titles.contains(tail)) {
            return false;
        }
        let is_initial = bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic);
        // `you and I.`: the pronoun, not an initial, when a lower-case word comes before it.
        if word == "I" && word_before(text, mark - 1).trim_end().chars().next().is_some_and(char::is_lowercase) {
            return true;
        }
        // Built only after an abbreviation: a plain word's period needs no next token.
        let next_token = || -> String {
            next_word
                .trim_start_matches(OPENERS)
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '\'' || *c == '’')
                .flat_map(char::to_lowercase)
                .collect()
        };
        if self.clock_suffixes.contains(bare) && follows_clock_number(text, mark - word.len()) {
            return !self.time_followers.contains(&next_token()) && !names_a_zone(next_word) && !opens_its_sentence(text, mark - word.len());
        }
        if is_initial || self.abbreviations.contains(bare) || is_dotted_abbreviation(bare) {
            return self.sentence_starters.contains(&next_token());
        }
        true
    }

    /// `world.Today`: a period glued to a capitalized word ends a sentence when the
    /// word before is a plain word or number (not an abbreviation, domain or decimal).
    fn ends_unspaced_sentence(&self, text: &str, mark: usize, end: usize) -> bool {
        if end != mark + 1 {
            return false;
        }
        let word = word_before(text, mark);
        let last = word.chars().last();
        if !last.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()) || word.contains('.') {
            return false;
        }
        let lower = word.to_lowercase();
        if self.titles.contains(&lower) || self.abbreviations.contains(&lower) {
            return false;
        }
        let next_token = text[end..].split(char::is_whitespace).next().unwrap_or("");
        let letters = next_token.trim_end_matches(['.', '!', '?', ',', ';', ':']);
        let mut chars = letters.chars();
        chars.next().is_some_and(|c| c.is_uppercase())
            && letters.chars().count() > 1
            && chars.all(|c| c.is_lowercase())
    }

    /// A blank line always ends a sentence; a single line break ends one when the
    /// line before has no terminal punctuation and the next line starts a new unit.
    fn line_break_ends_sentence(&self, text: &str, at: usize) -> bool {
        let before = text[..at].trim_end_matches([' ', '\t', '\r']);
        let after = &text[at + 1..];
        let after_trimmed = after.trim_start_matches([' ', '\t', '\r']);
        if before.is_empty() || before.ends_with('\n') || after_trimmed.starts_with('\n') {
            return true;
        }
        let next = after_trimmed.chars().next();
        let last = before.chars().last();
        match (last, next) {
            (_, None) => true,
            (Some(',' | ';' | ':' | '-' | '–' | '('), _) => false,
            (_, Some(n)) if n.is_lowercase() => false,
            _ => true,
        }
    }
}

/// The span of an enumerated list item's marker: `1.`, `2.)`, `3)`, `a.`, `• 9.`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ListMarker {
    start: usize,
    end: usize,
    ordinal: u32,
    /// Not the first of its run and followed by a capitalized word: `… 2.) The second`.
    /// (A run's first marker may follow a lead-in: `the following: a) Leaving`.)
    opens_sentence: bool,
}

/// List markers that belong to a run of consecutive ordinals (1, 2 or a, b), so that
/// a lone `in 2. Then` is not taken for one. A marker stands at the start of the text
/// or after whitespace and is followed by whitespace.
///
/// Found from their punctuation back: `.` and `)` are rare next to word starts, so the
/// text is searched for them instead of visiting every word.
fn list_markers(text: &str) -> Vec<ListMarker> {
    let found = marker_candidates(text);
    let in_run = |i: usize| {
        let follows = i > 0 && found[i - 1].ordinal + 1 == found[i].ordinal;
        let precedes = found.get(i + 1).is_some_and(|m| m.ordinal == found[i].ordinal + 1);
        follows || precedes
    };
    let mut markers = Vec::new();
    for i in (0..found.len()).filter(|&i| in_run(i)) {
        let first_of_run = !(i > 0 && found[i - 1].ordinal + 1 == found[i].ordinal);
        markers.push(ListMarker { opens_sentence: found[i].opens_sentence && !first_of_run, ..found[i] });
    }
    markers
}

/// Every marker, in a run or not, that does not overlap the one before.
fn marker_candidates(text: &str) -> Vec<ListMarker> {
    let bytes = text.as_bytes();
    let mut found: Vec<ListMarker> = Vec::new();
    let mut from = 0;
    while let Some(after) = next_of(bytes, from, b".)") {
        from = after + 1;
        // The ordinal before the punctuation: one or two digits, or one lower-case letter.
        let digits = bytes[..after].iter().rev().take(3).take_while(|b| b.is_ascii_digit()).count();
        let pos = match digits {
            1 | 2 => after - digits,
            0 if after > 0 && bytes[after - 1].is_ascii_lowercase() => after - 1,
            _ => continue,
        };
        // Where the marker starts: a bullet (then spaces) at a word start, else the ordinal.
        let spaced = pos - bytes[..pos].iter().rev().take_while(|&&b| b == b' ').count();
        let bullet = text[..spaced].chars().next_back().filter(|c| matches!(c, '•' | '⁃' | '-' | '*'));
        let start = match bullet {
            Some(c) if starts_word(text, spaced - c.len_utf8()) => spaced - c.len_utf8(),
            _ if starts_word(text, pos) => pos,
            _ => continue,
        };
        let ordinal = if digits > 0 { text[pos..after].parse::<u32>().unwrap() } else { u32::from(bytes[pos] - b'a') + 1 };
        let punctuation = if text[after..].starts_with(".)") { 2 } else { 1 };
        let end = after + punctuation;
        if text[end..].starts_with(char::is_whitespace) && found.last().is_none_or(|m| m.end <= start) {
            let opens_sentence = text[end..].trim_start().starts_with(char::is_uppercase);
            found.push(ListMarker { start, end, ordinal, opens_sentence });
        }
    }
    found
}

/// The start of the text, or just after whitespace.
fn starts_word(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_none_or(char::is_whitespace)
}

/// The first byte at or after `from` that is one of `targets`, eight bytes at a time.
fn next_of(bytes: &[u8], from: usize, targets: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        let word = u64::from_le_bytes(*chunk);
        // A byte's high bit is set where it equals a target; the lowest one is exact.
        let hits = targets.iter().fold(0, |hits, &t| {
            let x = word ^ (ONES * u64::from(t));
            hits | (x.wrapping_sub(ONES) & !x & HIGH)
        });
        if hits != 0 {
            return Some(at + hits.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes.get(at..)?.iter().position(|b| targets.contains(b)).map(|i| at + i)
}

/// The whitespace-delimited word that ends just before byte `at`.
fn word_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start = head.rfind(char::is_whitespace).map_or(0, |i| i + head[i..].chars().next().unwrap().len_utf8());
    &head[start..]
}

/// The word before the one starting at `word_start`, and where it starts.
fn previous_word(text: &str, word_start: usize) -> (usize, &str) {
    let end = text[..word_start].trim_end().len();
    let word = word_before(text, end);
    (end - word.len(), word)
}

/// `3 a.m.`, `11:30 p.m.`, `five p.m.`: the word before the clock abbreviation at `clock_at`
/// is a time.
fn follows_clock_number(text: &str, clock_at: usize) -> bool {
    let (_, number) = previous_word(text, clock_at);
    number.starts_with(|c: char| c.is_ascii_digit())
        || is_number_word(number) && parse_words(number).is_some_and(|hour| (1.0..=12.0).contains(&hour))
}

/// `New York time`, `Moscow time`: up to three capitalized words and then `time`.
fn names_a_zone(next_words: &str) -> bool {
    for word in next_words.split_whitespace().take(4) {
        if word.trim_end_matches([',', '.', ';', ')']).eq_ignore_ascii_case("time") {
            return true;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// `At 5 a.m.`: the time, after a capitalized preposition, is the first phrase of its
/// sentence, so the capitalized word after it (`Mr. Smith went out`) goes on the same one.
fn opens_its_sentence(text: &str, clock_at: usize) -> bool {
    let (number_at, _) = previous_word(text, clock_at);
    let (preposition_at, preposition) = previous_word(text, number_at);
    if !preposition.starts_with(char::is_uppercase) || preposition.len() > 6 {
        return false;
    }
    let before = text[..preposition_at].trim_end();
    before.is_empty() || text[before.len()..preposition_at].contains('\n') || before.ends_with(['.', '!', '?', '"', '”', '\''])
}

/// `u.s`, `a.m`, `d.c`: single letters joined by periods.
/// `10`, `#3`, `IV`: what follows `No.` or `Vol.` when they abbreviate `number` and `volume`.
fn opens_with_number(text: &str) -> bool {
    let word: &str = text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')')).next().unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_digit() || c == '#')
        || !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// `iPhone`, `eBay`, `wikiHow`: a name that starts in lower case but has a capital inside
/// opens a sentence as a capitalized word would.
fn is_camel_case_name(text: &str) -> bool {
    let word: &str = text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.any(char::is_uppercase)
}

fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.') && word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let slice = &text[start..end];
    let trimmed_start = start + (slice.len() - slice.trim_start().len());
    let trimmed_end = start + slice.trim_end().len();
    if trimmed_start < trimmed_end {
        out.push(Sentence { index: out.len(), start: trimmed_start, end: trimmed_end });
    }
}

/// Index of the sentence that contains byte `at` (or the last one that starts before it).
pub fn sentence_at(sentences: &[Sentence], at: usize) -> usize {
    sentences.partition_point(|s| s.start <= at).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let splitter = Splitter::new(&RuleSet::bundled().unwrap()).unwrap();
        splitter.split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn a_capitalized_word_after_a_clock_time_opens_a_sentence_unless_it_names_the_time() {
        assert_eq!(split("Two men were arrested at about 3 a.m. Police said both were armed."), [
            "Two men were arrested at about 3 a.m.",
            "Police said both were armed.",
        ]);
        assert_eq!(split("He left at 6 P.M. Mr. Smith then went home."), ["He left at 6 P.M.", "Mr. Smith then went home."]);
        assert_eq!(split("He left at five p.m. Police came later."), ["He left at five p.m.", "Police came later."]);
        // The time goes on: a day, a zone, a city's time; or it opens its sentence.
        assert_eq!(split("The vote closes at 8 p.m. Tuesday in most states."), ["The vote closes at 8 p.m. Tuesday in most states."]);
        assert_eq!(split("Markets open at 9:30 a.m. ET on weekdays."), ["Markets open at 9:30 a.m. ET on weekdays."]);
        assert_eq!(split("The blast hit at 2 a.m. Moscow time, officials said."), ["The blast hit at 2 a.m. Moscow time, officials said."]);
        assert_eq!(split("It rained. At 5 a.m. Mr. Smith went out."), ["It rained.", "At 5 a.m. Mr. Smith went out."]);
        assert_eq!(split("Headline\nBy 7 a.m. Crews had cleared the road."), ["Headline", "By 7 a.m. Crews had cleared the road."]);
        // Not a time: `a.m.` after a word keeps the general abbreviation rule.
        assert_eq!(split("The a.m. Show aired daily."), ["The a.m. Show aired daily."]);
    }

    #[test]
    fn a_name_suffix_may_close_a_sentence() {
        assert_eq!(split("The deal was signed by Ferdinand Marcos Jr. The president left."), [
            "The deal was signed by Ferdinand Marcos Jr.",
            "The president left.",
        ]);
        assert_eq!(split("Schools close on Martin Luther King Jr. Day this year."), ["Schools close on Martin Luther King Jr. Day this year."]);
        assert_eq!(split("Marcos Jr. said the talks went well."), ["Marcos Jr. said the talks went well."]);
    }

    #[test]
    fn an_aside_between_dashes_goes_on_after_its_own_mark() {
        assert_eq!(split("The plan -- if it works! -- would cut costs. It may not."), [
            "The plan -- if it works! -- would cut costs.",
            "It may not.",
        ]);
        assert_eq!(split("Will it pass? — The vote is Monday."), ["Will it pass?", "— The vote is Monday."]);
    }

    #[test]
    fn keeps_abbreviations_titles_initials_and_decimals_inside_sentences() {
        assert_eq!(split("Mr. Biden met Gov. Abbott at 4:22 p.m. on Friday. It rained."), [
            "Mr. Biden met Gov. Abbott at 4:22 p.m. on Friday.",
            "It rained."
        ]);
        assert_eq!(split("They live outside the U.S. and may stay. Costs rose 3.5 percent."), [
            "They live outside the U.S. and may stay.",
            "Costs rose 3.5 percent."
        ]);
        assert_eq!(split("John F. Kennedy spoke. He left."), ["John F. Kennedy spoke.", "He left."]);
        assert_eq!(split("It was in the U.S. The agency agreed."), ["It was in the U.S.", "The agency agreed."]);
    }

    #[test]
    fn quotes_close_sentences_and_attributions_stay_attached() {
        let text = "“We’re making progress. We know it,” Brané said. “Thanks.”";
        assert_eq!(split(text), ["“We’re making progress.", "We know it,” Brané said.", "“Thanks.”"]);
        assert_eq!(split("“Is it over?” she asked. Yes."), ["“Is it over?” she asked.", "Yes."]);
    }

    #[test]
    fn headlines_and_bylines_without_punctuation_end_at_the_line() {
        let text = "Task force reunites 500 children\nBy Jane Doe\n\nThe task force said so.";
        assert_eq!(split(text), ["Task force reunites 500 children", "By Jane Doe", "The task force said so."]);
    }

    #[test]
    fn enumerated_lists_split_at_their_markers_not_after_them() {
        assert_eq!(split("1.) The first item 2.) The second item"), ["1.) The first item", "2.) The second item"]);
        assert_eq!(split("a. The first item b. The second item"), ["a. The first item", "b. The second item"]);
        // Inline enumerations and lone numbers stay inside their sentence.
        let inline = "You either 1) sacrifice breadth, or 2) you sacrifice quality.";
        assert_eq!(split(inline), [inline]);
        assert_eq!(split("The vote was 3 to 1. 2 members left."), ["The vote was 3 to 1.", "2 members left."]);
    }

    #[test]
    fn ellipses_omissions_and_glued_sentences() {
        assert_eq!(split("It was less complex. . . . Next one."), ["It was less complex. . . .", "Next one."]);
        assert_eq!(split("He said . . . nothing more."), ["He said . . . nothing more."]);
        let cited = "\"Bohr [...] used stairways [...]\" (Smith 55).";
        assert_eq!(split(cited), [cited]);
        assert_eq!(split("It rained [...] Ozone fell."), ["It rained [...]", "Ozone fell."]);
        assert_eq!(split("Hello world.Today is Tuesday.Mr. Smith came."), ["Hello world.", "Today is Tuesday.", "Mr. Smith came."]);
        // Domains and decimals are not glued sentences.
        assert_eq!(split("See www.Example.com for 3.5 more."), ["See www.Example.com for 3.5 more."]);
        assert_eq!(split("We make a team, you and I. Did you see Albert I. Jones?"), [
            "We make a team, you and I.",
            "Did you see Albert I. Jones?"
        ]);
    }

    #[test]
    fn a_number_abbreviation_holds_before_a_number_and_is_a_word_before_anything_else() {
        assert_eq!(split("He lives at No. 10 Downing Street."), ["He lives at No. 10 Downing Street."]);
        assert_eq!(split("See Vol. IV of the report."), ["See Vol. IV of the report."]);
        assert_eq!(split("He voted no. The bill failed."), ["He voted no.", "The bill failed."]);
        assert_eq!(split("She studied art. Then she left."), ["She studied art.", "Then she left."]);
    }

    #[test]
    fn a_name_in_camel_case_opens_a_sentence_and_a_plain_lower_case_word_does_not() {
        assert_eq!(split("Apple cut prices. iPhone sales rose 5%."), ["Apple cut prices.", "iPhone sales rose 5%."]);
        assert_eq!(split("Shares fell. eBay said it would cut jobs."), ["Shares fell.", "eBay said it would cut jobs."]);
        // After an abbreviation, and before a lower-case word, the sentence goes on.
        assert_eq!(split("Phones, e.g. iPhone models, sold well."), ["Phones, e.g. iPhone models, sold well."]);
        assert_eq!(split("It costs 5 p. per unit."), ["It costs 5 p. per unit."]);
    }

    #[test]
    fn sentence_at_finds_the_containing_sentence() {
        let s = [Sentence { index: 0, start: 0, end: 5 }, Sentence { index: 1, start: 7, end: 12 }];
        assert_eq!((sentence_at(&s, 0), sentence_at(&s, 4), sentence_at(&s, 8)), (0, 0, 1));
    }

    /// The word-by-word scan `list_markers` replaced, as a reference: the markers it
    /// found before the run filter.
    fn markers_by_word_scan(text: &str) -> Vec<ListMarker> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut after_space = true;
        let mut next = 0;
        while next < bytes.len() {
            if !after_space {
                // Inside a word no marker starts: skip ASCII non-space bytes at once
                // (the ASCII bytes `char::is_whitespace` accepts are ` ` and `\t`..=`\r`).
                let rest = &bytes[next..];
                next += rest.iter().position(|&b| b >= 0x80 || matches!(b, b' ' | b'\t'..=b'\r')).unwrap_or(rest.len());
                if next == bytes.len() {
                    break;
                }
            }
            let at = next;
            // Bytes, not chars: only a non-ASCII character is decoded.
            let ch = if bytes[at] < 0x80 { bytes[at] as char } else { text[at..].chars().next().expect("at a char boundary") };
            next += ch.len_utf8();
            let starts_word = after_space;
            after_space = ch.is_whitespace();
            if !starts_word {
                continue;
            }
            let mut pos = at;
            if matches!(ch, '•' | '⁃' | '-' | '*') {
                pos += ch.len_utf8();
                pos += text[pos..].len() - text[pos..].trim_start_matches(' ').len();
            } else if !ch.is_ascii_alphanumeric() {
                continue;
            }
            let digits = bytes[pos..].iter().take_while(|b| b.is_ascii_digit()).count();
            let ordinal = if (1..=2).contains(&digits) {
                text[pos..pos + digits].parse::<u32>().unwrap()
            } else if digits == 0 && bytes.get(pos).is_some_and(u8::is_ascii_lowercase) {
                u32::from(bytes[pos] - b'a') + 1
            } else {
                continue;
            };
            let after = pos + digits.max(1);
            let punctuation = [".)", ".", ")"].into_iter().find(|p| text[after..].starts_with(p));
            let Some(punctuation) = punctuation else { continue };
            let end = after + punctuation.len();
            if text[end..].starts_with(char::is_whitespace) && found.last().is_none_or(|m: &ListMarker| m.end <= at) {
                let opens_sentence = text[end..].trim_start().starts_with(char::is_uppercase);
                found.push(ListMarker { start: at, end, ordinal, opens_sentence });
            }
        }
        found
    }

    #[test]
    fn markers_found_from_their_punctuation_are_those_a_word_scan_finds() {
        let texts = [
            "1.) The first item 2.) The second item",
            "a. The first b. The second c) third",
            "You either 1) sacrifice breadth, or 2) you sacrifice quality.",
            "• 9. Nine\n• 10. Ten\n- 11) eleven * 12.) Twelve",
            "--1. x -1. y  -   2. z 123. 12. 1.2. a.b. ab. b.c.",
            "\u{a0}1. One\u{2003}2. Two é3. 4.",
            "a.\tb.\nc.d. e. f.)",
            "• \u{2043}1. x ⁃ 2. y 3.)",
            "1.",
            ".) 1.)2.) 3. ",
        ];
        for text in texts {
            for cut in 0..=text.len() {
                if let Some(text) = text.get(cut..) {
                    assert_eq!(marker_candidates(text), markers_by_word_scan(text), "{text:?}");
                }
            }
        }
    }
}
