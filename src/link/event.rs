//! A figure's event: the lemma of the event it counts, found in its clause.
//!
//! The event lexicon (`rules/figure/events.tsv`) maps verb forms, nominalizations
//! and fixed phrases to a lemma (`reunification` → reunite, `brought together` →
//! reunite). `rules/figure/event_states.tsv` turns an event under a negation or
//! a lasting cue into a state (`not reunited`, `still separated` → remain_separated).
//!
//! Choice, per figure: a state event of its clause; else an event noun inside
//! the figure's own phrase (`3,900 separations`); else the nearest event of its
//! clause, looking first after the figure when it is the subject (`200 families
//! are being processed`) and first before it otherwise (`reunited 500 children`).
//! A figure whose clause names no event takes the event of a figure coordinated
//! with it (`2,176 children had been reunited … and 689 afterward`), else the
//! nearest event of its sentence, else that of an earlier figure of the same
//! (large) value, the same group mentioned again.

use crate::document::Document;
use crate::error::RuleError;
use crate::extract::figure::tsv_rows;
use crate::normalize::number::is_number_word;
use crate::record::{Record, RecordData};
use crate::ruleset::RuleSet;
use crate::split::Sentence;
use std::borrow::Cow;
// Fx hashing: the maps are looked up per word, and SipHash cost more than the lookups.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub const EVENTS_FILE: &str = "figure/events.tsv";
pub const STATES_FILE: &str = "figure/event_states.tsv";
pub const CUES_FILE: &str = "figure/event_cues.tsv";
/// The lemma of phrases that name no event and hide the event words inside them.
const NO_EVENT: &str = "-";

/// Auxiliaries and copulas: one of these right after a figure makes it a subject.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "have", "has", "had", "will", "would", "may", "might", "can", "could", "should", "must", "remain",
    "remains", "remained", "do", "did", "does", "be",
];
/// Words that open a clause after `that` (`found that the …`, `said that it …`), not a noun it
/// points to.
const CLAUSE_STARTS: &[&str] = &[
    "the", "it", "its", "he", "she", "they", "we", "you", "there", "this", "these", "those", "his", "her", "their", "our", "some", "many",
    "most", "all", "any", "each", "every", "one", "more", "less", "fewer", "about", "nearly", "almost", "only", "just", "not", "if", "when",
    "while", "once", "because", "although", "since", "after", "before", "until", "unless", "without", "with", "for", "from", "in", "on", "at",
    "by", "over", "under", "between", "among", "such", "both", "either", "neither", "none", "half", "much", "few", "several", "another", "other",
    "was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "may", "might", "must", "can",
];
/// Words that open a new clause.
const CLAUSE_OPENERS: &[&str] = &["but", "while", "whereas", "although", "though", "because", "since", "unless"];

/// The word lists of `rules/figure/event_cues.tsv`: words around an event word that say
/// whether it is one (the file describes each).
#[derive(Default)]
struct Cues {
    verdicts: HashSet<String>,
    change_nouns: HashSet<String>,
    studies: HashSet<String>,
    legal_damages: HashSet<String>,
    legal_cues: HashSet<String>,
    reporting_verbs: HashSet<String>,
    stat_nouns: HashSet<String>,
    as_not_before: HashSet<String>,
    as_not_after: HashSet<String>,
    irregular_past: HashSet<String>,
}

impl Cues {
    /// The list a name of the file stands for.
    fn list_mut(&mut self, name: &str) -> Option<&mut HashSet<String>> {
        match name {
            "verdict" => Some(&mut self.verdicts),
            "change_noun" => Some(&mut self.change_nouns),
            "study" => Some(&mut self.studies),
            "legal_damages" => Some(&mut self.legal_damages),
            "legal_cue" => Some(&mut self.legal_cues),
            "reporting_verb" => Some(&mut self.reporting_verbs),
            "stat_noun" => Some(&mut self.stat_nouns),
            "as_not_before" => Some(&mut self.as_not_before),
            "as_not_after" => Some(&mut self.as_not_after),
            "irregular_past" => Some(&mut self.irregular_past),
            _ => None,
        }
    }
}

struct StateRule {
    cues: HashSet<String>,
    state: usize,
}

pub struct EventLinker {
    lemmas: Vec<String>,
    /// First word of a form → (all words of the form, lemma index, whether the figure must
    /// follow it), longest form first.
    forms: HashMap<String, Vec<(Vec<String>, usize, bool)>>,
    states: HashMap<usize, StateRule>,
    state_lemmas: HashSet<usize>,
    cues: Cues,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    Word,
    Number,
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token<'t> {
    start: usize,
    end: usize,
    kind: TokenKind,
    /// The word lowercased; borrowed from the text when it is lowercase already (most are).
    lower: Cow<'t, str>,
}

impl Token<'_> {
    fn lower(&self) -> &str {
        &self.lower
    }
}

#[derive(Debug, Clone, Copy)]
struct Trigger {
    first: usize,
    last: usize,
    lemma: usize,
    /// A noun form (not `-ed`/`-ing`), which may name the event from inside a figure's phrase.
    nominal: bool,
    /// A form written with `#` after it (`up #`): an event only right before a figure.
    before_figure: bool,
}

/// Whether the character `n` at byte `at` of `region` continues a token of `kind`: letters
/// and inner apostrophes or hyphens a word, digits and inner separators a number.
fn joins(kind: TokenKind, region: &str, at: usize, n: char) -> bool {
    match kind {
        TokenKind::Word => n.is_alphabetic() || ((n == '\'' || n == '’' || n == '-') && region[at + n.len_utf8()..].starts_with(char::is_alphabetic)),
        _ => n.is_ascii_digit() || ((n == ',' || n == '.') && region[at + 1..].starts_with(|d: char| d.is_ascii_digit())),
    }
}

/// A word's lowercase form (borrowed when it is one already); other tokens have none.
fn lower_form(kind: TokenKind, word: &str) -> Cow<'_, str> {
    match kind {
        TokenKind::Word if word.bytes().all(|b| b.is_ascii_lowercase()) => Cow::Borrowed(word),
        TokenKind::Word if word.is_ascii() => Cow::Owned(word.to_ascii_lowercase()),
        TokenKind::Word => Cow::Owned(word.to_lowercase().replace('’', "'")),
        _ => Cow::Borrowed(""),
    }
}

fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    // About one token per five bytes of news text: few regrowths.
    let mut tokens = Vec::with_capacity((end - start) / 5 + 1);
    let region = &text[start..end];
    let bytes = region.as_bytes();
    // The character at byte `at` and its length: ASCII without decoding.
    let char_at = |at: usize| match bytes[at] {
        b if b < 0x80 => (b as char, 1),
        _ => region[at..].chars().next().map(|c| (c, c.len_utf8())).expect("a character at a char boundary"),
    };
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = char_at(i);
        let kind = if c.is_alphabetic() {
            TokenKind::Word
        } else if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_whitespace() {
            i += len;
            continue;
        } else {
            tokens.push(Token { start: start + i, end: start + i + len, kind: TokenKind::Punct(c), lower: Cow::Borrowed("") });
            i += len;
            continue;
        };
        let mut last = i + len;
        // Runs of ASCII letters (digits) always join a word (number): no decoding for them.
        let plain = |b: u8| if kind == TokenKind::Word { b.is_ascii_alphabetic() } else { b.is_ascii_digit() };
        while last < bytes.len() {
            if plain(bytes[last]) {
                last += 1;
                continue;
            }
            let (n, n_len) = char_at(last);
            if !joins(kind, region, last, n) {
                break;
            }
            last += n_len;
        }
        let word = &region[i..last];
        tokens.push(Token { start: start + i, end: start + last, kind, lower: lower_form(kind, word) });
        i = last;
    }
    tokens
}

impl EventLinker {
    pub fn new(rules: &RuleSet) -> Result<EventLinker, Vec<RuleError>> {
        let mut errors = Vec::new();
        let mut linker = EventLinker {
            lemmas: Vec::new(),
            forms: HashMap::default(),
            states: HashMap::default(),
            state_lemmas: HashSet::default(),
            cues: Cues::default(),
        };
        let display = |file: &str| rules.source.display_path(file);
        match rules.data_file(EVENTS_FILE) {
            Err(e) => errors.push(e),
            Ok(text) => {
                // A form under two lemmas would take whichever came first: the file says one thing.
                let mut first_line: HashMap<(Vec<String>, bool), (usize, usize)> = HashMap::default();
                for (line, fields) in tsv_rows(text) {
                    let [lemma, forms] = fields.as_slice() else {
                        errors.push(RuleError::new(display(EVENTS_FILE), "expected: lemma<TAB>form|form|…").at(line, None));
                        continue;
                    };
                    let index = linker.lemma_index(lemma);
                    for form in forms.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                        let mut words: Vec<String> = form.split_whitespace().map(|w| w.to_lowercase()).collect();
                        let before_figure = words.last().is_some_and(|w| w == "#");
                        if before_figure {
                            words.pop();
                        }
                        if words.is_empty() || words.iter().any(|w| w.contains('#')) {
                            errors.push(RuleError::new(display(EVENTS_FILE), format!("form `{form}`: `#` (the figure) stands alone, after the words")).at(line, None));
                            continue;
                        }
                        match first_line.get(&(words.clone(), before_figure)) {
                            Some(&(other, other_line)) if other != index => {
                                let message = format!("form `{form}` is also listed under another lemma (line {other_line})");
                                errors.push(RuleError::new(display(EVENTS_FILE), message).at(line, None));
                                continue;
                            }
                            Some(_) => continue,
                            None => {
                                first_line.insert((words.clone(), before_figure), (index, line));
                            }
                        }
                        linker.forms.entry(words[0].clone()).or_default().push((words, index, before_figure));
                    }
                }
            }
        }
        for list in linker.forms.values_mut() {
            list.sort_by_key(|(words, ..)| std::cmp::Reverse(words.len()));
        }
        match rules.data_file(STATES_FILE) {
            Err(e) => errors.push(e),
            Ok(text) => {
                for (line, fields) in tsv_rows(text) {
                    let [lemma, cues, state] = fields.as_slice() else {
                        errors.push(RuleError::new(display(STATES_FILE), "expected: lemma<TAB>cue|cue|…<TAB>state").at(line, None));
                        continue;
                    };
                    let lemma = linker.lemma_index(lemma);
                    let state = linker.lemma_index(state);
                    linker.state_lemmas.insert(state);
                    linker.states.insert(lemma, StateRule { cues: cues.split('|').map(|c| c.trim().to_lowercase()).collect(), state });
                }
            }
        }
        match rules.data_file(CUES_FILE) {
            Err(e) => errors.push(e),
            Ok(text) => {
                for (line, fields) in tsv_rows(text) {
                    let list = match fields.as_slice() {
                        [name, _] => linker.cues.list_mut(name),
                        _ => None,
                    };
                    let Some(list) = list else {
                        let message = "expected: verdict|change_noun|study|legal_damages|legal_cue|reporting_verb|stat_noun|as_not_before|as_not_after|irregular_past<TAB>word|word|…";
                        errors.push(RuleError::new(display(CUES_FILE), message).at(line, None));
                        continue;
                    };
                    list.extend(fields[1].split('|').map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()));
                }
            }
        }
        if errors.is_empty() { Ok(linker) } else { Err(errors) }
    }

    fn lemma_index(&mut self, lemma: &str) -> usize {
        match self.lemmas.iter().position(|l| l == lemma) {
            Some(i) => i,
            None => {
                self.lemmas.push(lemma.to_string());
                self.lemmas.len() - 1
            }
        }
    }

    /// Event forms in the tokens, longest match first, each turned into its state when a cue precedes it.
    fn triggers(&self, tokens: &[Token]) -> Vec<Trigger> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let matched = (tokens[i].kind == TokenKind::Word)
                .then(|| self.forms.get(tokens[i].lower()))
                .flatten()
                .and_then(|list| list.iter().find(|(words, ..)| self.matches_at(tokens, i, words)));
            let Some((words, lemma, before_figure)) = matched else {
                i += 1;
                continue;
            };
            let last = i + words.len() - 1;
            // `in the process of being reunified`: a phrase of the lemma `-` hides the event
            // words inside it.
            if self.lemmas[*lemma] == NO_EVENT {
                i = last + 1;
                continue;
            }
            // "researchers found that …": a verb taking a clause reports, it does not count;
            // "fighting that blaze": `that` before a lowercase singular noun points to it.
            // A verb of reporting or finding always takes a clause (`found that corroded cables`).
            let demonstrative = !self.cues.reporting_verbs.contains(tokens[last].lower()) && tokens.get(last + 2).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.lower.len() > 2
                    && !t.lower.ends_with('s')
                    // Borrowed: written in lowercase (`that Smith` opens a clause).
                    && matches!(t.lower, Cow::Borrowed(_))
                    && !CLAUSE_STARTS.contains(&t.lower())
            });
            if tokens.get(last + 1).is_some_and(|t| t.lower == "that") && !demonstrative {
                i = last + 1;
                continue;
            }
            // "found the company liable", "was found guilty": a verdict, not a search.
            let verdict = matches!(tokens[last].lower(), "find" | "finds" | "found" | "finding")
                && tokens[last + 1..].iter().take(5).take_while(|t| t.kind == TokenKind::Word).any(|t| self.cues.verdicts.contains(t.lower()));
            // "$210 million in compensatory damages", "sued for $5 million in damages": the
            // sum a court awards, not harm done (`damages as high as $10 billion` after a storm).
            let awarded = words.len() == 1 && tokens[i].lower() == "damages" && {
                let before = tokens[..i].iter().rev().find(|t| t.kind == TokenKind::Word).map(|t| t.lower());
                before.is_some_and(|b| self.cues.legal_damages.contains(b))
                    || (before == Some("in") && tokens.iter().any(|t| t.kind == TokenKind::Word && self.cues.legal_cues.contains(t.lower())))
            };
            // "a trial of 3,500 patients found the drug cut …": a study reports what it found.
            let study_found = matches!(tokens[i].lower(), "find" | "finds" | "found")
                && tokens[..i].iter().rev().take(6).take_while(|t| !matches!(t.kind, TokenKind::Punct(_))).any(|t| self.cues.studies.contains(t.lower()));
            // "a 5% pay rise", "spending cuts": a noun modifying a change is no event of its own.
            let modifier = words.len() == 1
                && !tokens[i].lower().ends_with("ed")
                && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && self.cues.change_nouns.contains(t.lower()));
            // "9 rebounds", "seven assists": a player's statistic counted, not a verb.
            let statistic = words.len() == 1
                && self.cues.stat_nouns.contains(tokens[i].lower())
                && i > 0
                && (tokens[i - 1].kind == TokenKind::Number || (tokens[i - 1].kind == TokenKind::Word && is_number_word(tokens[i - 1].lower())));
            // "raised pay 9.5%", "boosted funding by 5%": a plain form right after the past verb
            // of another event is that verb's object, a noun; one that heads the figure
            // stays its event (`carried fines of up to $10,000`).
            let object = words.len() == 1
                && !tokens[i].lower().ends_with("ed")
                && !tokens[i].lower().ends_with("ing")
                && tokens.get(i + 1).is_none_or(|t| t.lower() != "of")
                && i > 0
                && tokens[i - 1].kind == TokenKind::Word
                && (tokens[i - 1].lower().ends_with("ed") || self.cues.irregular_past.contains(tokens[i - 1].lower()))
                && self.forms.get(tokens[i - 1].lower()).is_some_and(|list| list.iter().any(|(w, ..)| w.len() == 1));
            if verdict || awarded || study_found || modifier || statistic || object {
                i = last + 1;
                continue;
            }
            // "declined to return": a refusal, not a fall (`declined to 4,000` stays one).
            let refusal = tokens[last].lower.starts_with("declin")
                && tokens.get(last + 1).is_some_and(|t| t.lower == "to")
                && tokens.get(last + 2).is_some_and(|t| t.kind == TokenKind::Word && !matches!(t.lower(), "a" | "an" | "the" | "about" | "around" | "under" | "below" | "just" | "nearly" | "roughly"));
            if refusal {
                i = last + 1;
                continue;
            }
            let head = tokens[last].lower();
            let nominal = !(head.ends_with("ed") || head.ends_with("ing"));
            found.push(Trigger { first: i, last, lemma: self.state_of(tokens, i, *lemma), nominal, before_figure: *before_figure });
            i = last + 1;
        }
        found
    }

    fn matches_at(&self, tokens: &[Token], at: usize, words: &[String]) -> bool {
        words.iter().enumerate().all(|(k, w)| tokens.get(at + k).is_some_and(|t| t.kind == TokenKind::Word && t.lower == *w))
    }

    /// The state an event becomes when one of its cues stands within three words before it.
    fn state_of(&self, tokens: &[Token], at: usize, lemma: usize) -> usize {
        let Some(rule) = self.states.get(&lemma) else { return lemma };
        let cued = tokens[..at]
            .iter()
            .rev()
            .filter(|t| t.kind == TokenKind::Word)
            .take(3)
            .any(|t| rule.cues.contains(t.lower()) || (rule.cues.contains("n't") && t.lower.ends_with("n't")));
        if cued { rule.state } else { lemma }
    }

    // Out of line: once per document, and profiles then charge the stage by name.
    #[inline(never)]
    pub fn link(&self, doc: &Document, sentences: &[Sentence], records: &mut [Record]) {
        let text = doc.text.as_str();
        let figures = super::figure_positions(records);
        let mut events: Vec<Option<usize>> = vec![None; records.len()];
        let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::default();
        for &i in &figures {
            by_sentence.entry(records[i].sentence).or_default().push(i);
        }
        // Words inside a name (`Office of Refugee Resettlement`) or an attribution that
        // opens with `according to` or follows its content (`…, a Gallup poll found`) are
        // no event of a figure; one before its content may span a whole coordinated clause.
        let attributions = super::source_attributions(records);
        let mut not_events: HashMap<usize, Vec<(usize, usize)>> = HashMap::default();
        // Nor is the currency word of an amount (`3.2 trillion won`).
        let money = |r: &Record| r.as_figure().is_some_and(|f| f.measure == "money");
        for r in records.iter().filter(|r| matches!(r.data, RecordData::Agency(_)) || money(r)) {
            not_events.entry(r.sentence).or_default().push((r.start, r.end));
        }
        for &(sentence, a, b) in &attributions {
            not_events.entry(sentence).or_default().push((a, b));
        }
        // Quote contents by sentence, for the figures they hold.
        // (content start, content end, attribution start, attribution end)
        let mut quote_spans: HashMap<usize, Vec<(usize, usize, usize, usize)>> = HashMap::default();
        for r in records.iter() {
            if let RecordData::Quote(q) = &r.data {
                let (a, b) = q.attribution.unwrap_or((r.start, r.start));
                quote_spans.entry(r.sentence).or_default().push((r.start, r.end, a, b));
            }
        }
        // By start (stably), so that the quote holding a figure is found by a binary search.
        for quotes in quote_spans.values_mut() {
            quotes.sort_by_key(|q| q.0);
        }
        // Figures inside such an attribution: they count the sources.
        let mut is_source = vec![false; records.len()];
        let mut sentence_ids: Vec<usize> = by_sentence.keys().copied().collect();
        sentence_ids.sort_unstable();
        for sentence_id in sentence_ids {
            let Some(sentence) = sentences.get(sentence_id) else { continue };
            let members = &by_sentence[&sentence_id];
            let tokens = tokenize(text, sentence.start, sentence.end);
            let quotes = quote_spans.get(&sentence_id).map_or(&[][..], Vec::as_slice);
            let mut triggers = self.triggers(&tokens);
            if let Some(spans) = not_events.get(&sentence_id) {
                triggers.retain(|t| !spans.iter().any(|&(a, b)| a <= tokens[t.first].start && tokens[t.last].end <= b));
            }
            let spans: Vec<(usize, usize)> = members.iter().map(|&i| token_span(&tokens, records[i].start, records[i].end)).collect();
            let index = SentenceIndex::new(&tokens, &spans, &self.cues);
            // `sending shares up 6%`, `down 3 points`: such a form is an event only right before a figure.
            triggers.retain(|t| !t.before_figure || index.by_first.binary_search(&(t.last + 1)).is_ok());
            // Not into a relative clause about a later noun (`1,500 people bused to New York,
            // which has spent $1.5bn`): that clause has its own event. One right after the
            // figure describes what it counts (`500 children, who were deported`).
            // The openers are listed once and searched per figure: a page that is one long
            // sentence has thousands of figures and may have no opener at all.
            let openers: Vec<usize> = (1..tokens.len()).filter(|&t| opens_relative_clause(&tokens, t)).collect();
            let relative_after: Vec<Option<usize>> = spans
                .iter()
                .map(|span| openers.get(openers.partition_point(|&t| t < span.1 + 3)).copied())
                .collect();
            let clause_of: Vec<(usize, usize)> = spans
                .iter()
                .zip(&relative_after)
                .map(|(&span, relative)| {
                    let (lo, hi) = index.clause(span);
                    (lo, relative.map_or(hi, |r| hi.min(r)))
                })
                .collect();
            // Nor out of a relative clause set off before it (`Sabraw, who ordered the
            // reunifications, said it covers 4,000 parents`): the triggers outside those.
            // Found once per sentence (a crawled page may be one sentence with thousands of
            // figures); a figure inside an aside keeps its triggers.
            let asides = relative_asides(&tokens);
            let outside: Vec<Trigger> = triggers.iter().filter(|t| !within_aside(&asides, t.first, t.last)).copied().collect();
            // A figure inside an aside counts an event of the aside only (`The force, which
            // has 4,800 officers, has lost 350`): its triggers are a contiguous run.
            let triggers_for: Vec<&[Trigger]> = spans
                .iter()
                .map(|span| {
                    if let Some((a, b)) = aside_around(&asides, span.0, span.1) {
                        return &triggers[triggers.partition_point(|t| t.first < a)..triggers.partition_point(|t| t.last < b)];
                    }
                    // Asides are in order and apart: the first says whether one closed before.
                    let after_aside = asides.first().is_some_and(|&(_, b)| b <= span.0);
                    if after_aside { outside.as_slice() } else { triggers.as_slice() }
                })
                .collect();
            // A figure in reported or quoted words counts an event of those words, not the
            // reporting verb (`a poll found only a quarter of citizens favoured …`).
            // Per figure, the innermost quote holding it: its first token, and its attribution's
            // byte range when that comes before the quoted words.
            let holder: Vec<Option<&(usize, usize, usize, usize)>> = members
                .iter()
                .map(|&i| {
                    let opened = quotes.partition_point(|q| q.0 <= records[i].start);
                    quotes[..opened].iter().rev().find(|q| records[i].end <= q.1)
                })
                .collect();
            let content_lo: Vec<usize> = holder.iter().map(|q| q.map_or(0, |q| token_span(&tokens, q.0, q.0 + 1).0)).collect();
            let own: Vec<Option<Trigger>> = spans
                .iter()
                .zip(&clause_of)
                .zip(&triggers_for)
                .zip(&content_lo)
                .map(|(((&span, &(lo, hi)), triggers), &content)| self.choose(&tokens, triggers, &index, span, (lo.max(content), hi)))
                .collect();
            // A trigger a later figure took, standing between the two, is that figure's verb
            // (`263,000 jobs …, while the rate fell to 3.5%`): no figure before it borrows it.
            // An earlier figure's may be gapped (`2,176 were reunited before it and 689 after`).
            let mut owners: HashMap<usize, Vec<usize>> = HashMap::default();
            for (m, trigger) in own.iter().enumerate() {
                if let Some(t) = trigger {
                    owners.entry(t.first).or_default().push(m);
                }
            }
            // So is the reporting verb before a later figure's quoted words (`…, although a
            // poll found only a quarter …`): it is no event of a figure before it.
            // (first token of a trigger inside an attribution before its quote → the last member
            // that quote holds), found once per sentence rather than per figure and trigger.
            let mut last_holder: HashMap<(usize, usize), usize> = HashMap::default();
            for (m, q) in holder.iter().enumerate() {
                if let Some(&&(start, _, a, b)) = q.as_ref()
                    && b <= start
                {
                    last_holder.insert((a, b), m);
                }
            }
            let mut reported_until: HashMap<usize, usize> = HashMap::default();
            for (&(a, b), &m) in &last_holder {
                let from = triggers.partition_point(|t| tokens[t.first].start < a);
                for t in triggers[from..].iter().take_while(|t| tokens[t.first].start < b).filter(|t| tokens[t.last].end <= b) {
                    let latest = reported_until.entry(t.first).or_insert(m);
                    *latest = (*latest).max(m);
                }
            }
            let reports_later = |k: usize, t: &Trigger| spans[k].1 < t.first && reported_until.get(&t.first).is_some_and(|&m| m > k);
            let taken_between = |k: usize, t: &Trigger| {
                reports_later(k, t)
                    || owners.get(&t.first).is_some_and(|ms| ms.iter().any(|&m| spans[k].1 < t.first && t.first < spans[m].0))
            };
            // The nearest chosen event before and after each member, for coordination.
            let mut previous_own: Vec<Option<Trigger>> = vec![None; own.len()];
            for k in 1..own.len() {
                previous_own[k] = own[k - 1].or(previous_own[k - 1]);
            }
            // (event, member it belongs to)
            let mut next_own: Vec<Option<(Trigger, usize)>> = vec![None; own.len()];
            for k in (0..own.len().saturating_sub(1)).rev() {
                next_own[k] = own[k + 1].map(|e| (e, k + 1)).or(next_own[k + 1]);
            }
            // The trigger each member got, as the loop goes: a figure after it may share it.
            let mut chosen: Vec<Option<Trigger>> = vec![None; members.len()];
            for (k, &record) in members.iter().enumerate() {
                let relative_after = relative_after[k];
                // A clause opened by `while`, `but`… with words of its own before the figure
                // (`…, while fraud accounted for 3.2 million incidents`) has its own verb: no
                // gapped event to borrow (`…, but only 3% in June` still borrows).
                let own_verb = clause_of[k].0 > 0
                    && CLAUSE_OPENERS.contains(&tokens[clause_of[k].0 - 1].lower())
                    && index.words_between(clause_of[k].0 - 1, spans[k].0) >= 2;
                // Nor one whose `and` stands before a past tense of its own, known or not
                // (`scored 30 points and grabbed 9 rebounds`, `and left 250,000 without power`).
                let own_past = spans[k].0 >= 2 && matches!(tokens[spans[k].0 - 2].lower(), "and" | "or") && {
                    let verb = tokens[spans[k].0 - 1].lower();
                    (verb.len() > 4 && verb.ends_with("ed")) || self.cues.irregular_past.contains(verb)
                };
                let own_verb = own_verb || own_past;
                // A subject with a predicate of its own (`2,000 houses collapsed, and 3,400
                // people were injured`) shares no event of another figure's clause.
                let own_predicate = index.has_own_predicate(&tokens, spans[k].1, clause_of[k].1);
                let in_aside = within_aside(&asides, spans[k].0, spans[k].1);
                // `scored 13 goals in 10 games`: a figure after a preposition right after another
                // figure frames that one (where, over what); it is no object of its verb.
                let frame = k > 0
                    && spans[k].0 >= 2
                    && spans[k - 1].1 + 2 == spans[k].0
                    && FRAME_PREPOSITIONS.contains(&tokens[spans[k].0 - 1].lower());
                let coordinated = || {
                    if own_verb || own_predicate || in_aside || frame {
                        return None;
                    }
                    let opens_with_and = clause_of[k].0 > 0 && matches!(tokens[clause_of[k].0 - 1].lower(), "and" | "or");
                    let next = next_own[k].filter(|&(_, m)| relative_after.is_none_or(|r| spans[m].0 < r)).map(|(e, _)| e);
                    let previous = previous_own[k];
                    let order = if opens_with_and { [previous, next] } else { [next, previous] };
                    order
                        .into_iter()
                        .flatten()
                        .find(|t| !taken_between(k, t) && t.first >= content_lo[k] && !self.beyond_report_or_participle(&tokens, spans[k].1, t))
                };
                // Nor is an event of another clause with figures of its own (`2.5 million children
                // missed …, and the number of infections rose 18%`) any of this figure's.
                let nearest_in_sentence = || {
                    self.choose(&tokens, triggers_for[k], &index, spans[k], (content_lo[k], relative_after.unwrap_or(tokens.len())))
                        .filter(|t| !taken_between(k, t) && !index.other_clause_with_figures(*t, clause_of[k]))
                };
                let r = &records[record];
                // A figure among the sources (`two people familiar with the talks said`) counts no event.
                if super::attribution_around(&attributions, r.sentence, r.start, r.end).is_some() {
                    is_source[record] = true;
                    continue;
                }
                // `deployed 400 soldiers and two helicopters to help`, `fell 7% to 48,200`: a figure
                // joined to the object before it by `and`/`or`, or the level `to` after a change,
                // is another object of that figure's verb (or noun: `the evacuation of 3,000
                // residents and 200 tourists`), unless it is a subject with its own. So is one
                // that restates it (`fell 1.1%, or 388 points`, `by 2.4%, which is 118 points`,
                // `a drop of 9% or 998 points`).
                let shared_verb = || {
                    let p = k.checked_sub(1)?;
                    let gap = tokens.get(spans[p].1 + 1..spans[k].0)?;
                    let restated = match gap {
                        [c, t] => c.kind == TokenKind::Punct(',') && t.lower() == "or",
                        [c, which, is] => {
                            c.kind == TokenKind::Punct(',') && which.lower() == "which" && matches!(is.lower(), "is" | "was" | "are" | "were")
                        }
                        _ => false,
                    };
                    let verb = chosen[p].filter(|t| t.last < spans[p].0)?;
                    let joined = restated
                        || matches!(gap, [t] if matches!(t.lower(), "and" | "or"))
                        || (gap.last().is_some_and(|t| t.lower() == "to") && gap.len() <= 3 && gap.iter().all(|t| t.kind == TokenKind::Word));
                    let free = own[k].is_none_or(|t| t.first > spans[k].1 && !own_predicate);
                    let trigger_between = triggers.iter().any(|t| t.first > spans[p].1 && t.last < spans[k].0);
                    (joined && free && !trigger_between).then_some(verb)
                };
                chosen[k] = shared_verb().or(own[k]).or_else(coordinated).or_else(nearest_in_sentence);
                events[record] = chosen[k].map(|t| t.lemma);
            }
        }
        // The same large number seen earlier is the same group: it keeps that group's event,
        // if it counts the same thing or names nothing (`Five hundred is a milestone`);
        // `300 roads` is no group of an earlier `300 mm` of rain.
        // (value bits → event, measure and unit of the latest earlier figure of that value that has one)
        let mut by_value: HashMap<u64, (usize, &str, Option<&str>)> = HashMap::default();
        for &i in &figures {
            let Some(figure) = records[i].as_figure() else { continue };
            let value = figure.value;
            // A range that starts at the value (`between 15,000 and 20,000`) is another group.
            let range = figure.high.is_some();
            if events[i].is_none() && value >= 100.0 && !range && !is_source[i] {
                events[i] = by_value
                    .get(&value.to_bits())
                    .filter(|&&(_, measure, unit)| measure == figure.measure && (figure.unit.is_none() || figure.unit.as_deref() == unit))
                    .map(|&(event, ..)| event);
            }
            if let Some(event) = events[i].filter(|_| !value.is_nan()) {
                by_value.insert(value.to_bits(), (event, figure.measure.as_str(), figure.unit.as_deref()));
            }
        }
        for i in figures {
            if let Some(figure) = records[i].as_figure_mut() {
                // `The 7.1-magnitude quake killed 40`: a magnitude measures the quake itself,
                // no amount of what the quake did.
                let own_size = figure.unit.as_deref() == Some("magnitude");
                figure.event = events[i].filter(|_| !own_size).map(|e| self.lemmas[e].clone());
            }
        }
    }

    /// The trigger of the event a figure spanning tokens `span` counts, within `bounds`.
    fn choose(
        &self,
        tokens: &[Token],
        triggers: &[Trigger],
        index: &SentenceIndex,
        span: (usize, usize),
        bounds: (usize, usize),
    ) -> Option<Trigger> {
        let (first, last) = span;
        // An event with another figure between it and this one belongs to that figure, so the
        // triggers left are a contiguous run (triggers are in token order).
        let (after_limit, before_limit) = index.unblocked(span);
        let lo = triggers
            .partition_point(|t| t.first < bounds.0)
            .max(before_limit.map_or(0, |b| triggers.partition_point(|t| t.last < b)));
        let hi = triggers
            .partition_point(|t| t.last < bounds.1)
            .min(after_limit.map_or(triggers.len(), |a| triggers.partition_point(|t| t.first <= a)));
        let in_clause: &[Trigger] = if lo < hi { &triggers[lo..hi] } else { &[] };
        let inside = |t: &&Trigger| t.first >= first && t.last <= last;
        let distance = |t: &Trigger| {
            if t.first > last {
                index.words_between(last, t.first)
            } else {
                index.words_between(t.last, first)
            }
        };
        // `In a poll released Wednesday, 38% of Americans approved`: a figure opening the clause
        // after a fronted phrase is that clause's subject, whatever comes before the comma.
        let after_comma = first > 0 && tokens[first - 1].kind == TokenKind::Punct(',');
        let subject = after_comma || index.subject_has_auxiliary(tokens, last, bounds.1.max(last + 1));
        // A relative clause's verb right before a later figure takes that figure as its object
        // (`a $40 million program that employs 300 workers`): no event of a figure before it.
        let object_verb_of_later = |t: &Trigger| {
            t.first > last + 1
                && matches!(tokens[t.first - 1].lower(), "that" | "which" | "who")
                && index.by_first.binary_search(&(t.last + 1)).is_ok()
        };
        // `…a parent being treated for a disease, 11 have a criminal history`: a subject after
        // a comma with a predicate of its own takes no event from the phrase before the comma.
        let own_subject = after_comma && index.has_own_predicate(tokens, last, bounds.1.max(last + 1));
        // `averaged 426.9 ppm, up 2.9 ppm`: a form that needs a figure after it is that figure's.
        let others = |t: &Trigger| t.before_figure && t.last + 1 != first;
        // `dropped up to 20 inches of rain`, `300 mm of rain could fall`: rain that falls or a
        // storm that drops it is no decrease.
        let precipitation = tokens.get(last + 1).is_some_and(|t| t.lower() == "of")
            && tokens.get(last + 2).is_some_and(|t| PRECIPITATION.contains(&t.lower()));
        let outside = || {
            in_clause.iter().filter(|t| {
                !(inside(t)
                    || (precipitation && self.lemmas[t.lemma] == "drop")
                    || others(t)
                    || self.beyond_report_or_participle(tokens, last, t)
                    || object_verb_of_later(t)
                    || (own_subject && t.last < first))
            })
        };
        if let Some(state) = outside().filter(|t| self.state_lemmas.contains(&t.lemma)).min_by_key(|t| distance(t)) {
            return Some(*state);
        }
        // `a 20% jump`, `a $2 billion loss`: the change noun an article's figure modifies.
        let article = first > 0 && matches!(tokens[first - 1].lower(), "a" | "an");
        if let Some(head) = outside().find(|t| article && t.nominal && !t.before_figure && t.first == last + 1) {
            return Some(*head);
        }
        // `losses of 3%`, `the evacuation of 3,000 residents`: the noun the figure completes.
        if let Some(head) = outside().rfind(|t| t.nominal && first >= 2 && t.last == first - 2 && tokens[first - 1].lower() == "of") {
            return Some(*head);
        }
        // `approved 4,200 applications`: the verb that takes the figure as its object names
        // the event, not the counted noun (`500 deportations` keeps its own).
        if let Some(verb) = outside().rfind(|t| !t.nominal && t.last < first && distance(t) == 0)
            && in_clause.iter().filter(inside).any(|t| t.nominal)
        {
            return Some(*verb);
        }
        // `1,100 flight departures canceled`, `1,100 departures and arrivals canceled`: a
        // participle right after the figure's phrase (with a noun joined to it) is what
        // happened to what it counts, not the counted nouns' own event.
        let joined_noun = in_clause
            .iter()
            .find(|t| t.nominal && t.first == last + 2 && matches!(tokens[last + 1].lower(), "and" | "or"));
        let phrase_last = joined_noun.map_or(last, |t| t.last);
        if let Some(verb) = outside().find(|t| !t.nominal && t.first == phrase_last + 1 && tokens[t.first].lower().ends_with("ed"))
            && (joined_noun.is_some() || in_clause.iter().filter(inside).any(|t| t.nominal))
        {
            return Some(*verb);
        }
        if let Some(noun) = in_clause.iter().filter(inside).find(|t| t.nominal) {
            return Some(*noun);
        }
        // `cut the risk of death by 20%`: a change `by` a figure is the verb's, not that of a
        // noun nearer it inside the verb's object (`of death`).
        if first > 0
            && tokens[first - 1].lower() == "by"
            && let Some(verb) = outside().rfind(|t| t.last < first && !(t.first > 0 && tokens[t.first - 1].lower() == "of"))
        {
            return Some(*verb);
        }
        let chosen = outside()
            .min_by_key(|t| {
                let after = t.first > last;
                let penalty = match (subject, after) {
                    (true, false) => 5,
                    (false, true) => 2,
                    _ => 0,
                };
                (distance(t) + penalty, after)
            })
            .copied()?;
        Some(first_coordinated(tokens, triggers, chosen))
    }

    /// After a figure ending at token `last`, a participle set off by a comma (`buried 23 houses,
    /// killing 19 people`) and the content of a report (`a study of 52,000 women found that …
    /// dying`) are events of their own, not of the figure.
    fn beyond_report_or_participle(&self, tokens: &[Token], last: usize, t: &Trigger) -> bool {
        t.first > last
            && ((tokens[t.first - 1].kind == TokenKind::Punct(',') && tokens[t.first].lower().ends_with("ing"))
                || tokens[last + 1..t.first].iter().any(|w| self.cues.reporting_verbs.contains(w.lower())))
    }
}

/// `deported or expelled 2,000`, `located and contacted 300`: of verbs joined by `and`/`or`,
/// the figure's event is the first.
/// Prepositions that, between two figures, make the second a frame of the first (`in 10 games`).
const FRAME_PREPOSITIONS: &[&str] = &["in", "across", "over", "from"];

/// Nouns of what falls from the sky: a verb of falling or dropping them tells no decrease.
const PRECIPITATION: &[&str] = &["rain", "rainfall", "snow", "snowfall", "hail", "sleet", "precipitation"];

fn first_coordinated(tokens: &[Token], triggers: &[Trigger], mut chosen: Trigger) -> Trigger {
    if chosen.nominal {
        return chosen;
    }
    // A bare comma joins only within a list that ends in `and`/`or` (`located, contacted and reunited`).
    let mut listed = false;
    while let Some(earlier) = triggers.iter().rev().find(|t| t.last < chosen.first) {
        let between = &tokens[earlier.last + 1..chosen.first];
        let conjunction = between.iter().any(|t| matches!(t.lower(), "and" | "or"));
        let joined = !between.is_empty()
            && (conjunction || listed)
            && between.iter().all(|t| matches!(t.lower(), "and" | "or" | "then") || matches!(t.kind, TokenKind::Punct(',')));
        if earlier.nominal || !joined {
            break;
        }
        listed = true;
        chosen = *earlier;
    }
    chosen
}

/// Whether token `t` opens a relative clause after a comma (`, who`, `, which`, `, whose`, `, where`).
fn opens_relative_clause(tokens: &[Token], t: usize) -> bool {
    t > 0 && matches!(tokens[t - 1].kind, TokenKind::Punct(',')) && matches!(tokens[t].lower(), "which" | "who" | "whose" | "where")
}

/// Token ranges of the relative clauses set off by commas (`, who … ,`) in a sentence's
/// tokens, in order and apart.
fn relative_asides(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut asides = Vec::new();
    let mut t = 1;
    while t < tokens.len() {
        if opens_relative_clause(tokens, t)
            && let Some(close) = (t + 1..tokens.len()).find(|&u| matches!(tokens[u].kind, TokenKind::Punct(',')))
        {
            asides.push((t, close));
            t = close;
        }
        t += 1;
    }
    asides
}

/// Whether tokens `first..=last` lie inside one of `asides` (before its closing comma).
fn within_aside(asides: &[(usize, usize)], first: usize, last: usize) -> bool {
    aside_around(asides, first, last).is_some()
}

/// The one of `asides` that tokens `first..=last` lie inside, if any.
fn aside_around(asides: &[(usize, usize)], first: usize, last: usize) -> Option<(usize, usize)> {
    let at = asides.partition_point(|&(a, _)| a <= first);
    (at > 0 && last < asides[at - 1].1).then(|| asides[at - 1])
}

/// The first and last token inside a byte range (tokens are in order, so both are binary searches).
fn token_span(tokens: &[Token], start: usize, end: usize) -> (usize, usize) {
    let after = tokens.partition_point(|t| t.end <= start);
    let first = if after < tokens.len() { after } else { tokens.len().saturating_sub(1) };
    let last = tokens.partition_point(|t| t.start < end).checked_sub(1).unwrap_or(first).max(first);
    (first, last)
}

/// Lookups over one sentence's tokens and figure spans, built once so that each figure's
/// clause, blocking figures, subject test and word distances cost O(log n), not O(n):
/// a sentence may hold a whole crawled page with thousands of figures.
struct SentenceIndex {
    /// Word tokens among `tokens[..i]`.
    words_upto: Vec<usize>,
    /// Positions of the word tokens.
    word_positions: Vec<usize>,
    /// One past the nearest clause boundary before `i`, or 0.
    clause_left: Vec<usize>,
    /// The nearest clause boundary at or after `i`, or the token count.
    clause_right: Vec<usize>,
    /// The nearest token at or after `i` that ends a subject's predicate (`,` `;` `who`…).
    predicate_stop: Vec<usize>,
    /// Figure spans by first token, with the smallest last token from each on.
    by_first: Vec<usize>,
    min_last_from: Vec<usize>,
    /// Figure spans by last token, with the largest first token up to each.
    by_last: Vec<usize>,
    max_first_upto: Vec<usize>,
}

impl SentenceIndex {
    fn new(tokens: &[Token], figures: &[(usize, usize)], cues: &Cues) -> SentenceIndex {
        let n = tokens.len();
        let mut words_upto = Vec::with_capacity(n + 1);
        let mut word_positions = Vec::new();
        words_upto.push(0);
        for (i, t) in tokens.iter().enumerate() {
            if t.kind == TokenKind::Word {
                word_positions.push(i);
            }
            words_upto.push(word_positions.len());
        }
        let mut starts: Vec<usize> = figures.iter().map(|&(f, _)| f).collect();
        starts.sort_unstable();
        starts.dedup();
        let boundary: Vec<bool> = (0..n).map(|i| is_clause_boundary(tokens, i, &starts, cues)).collect();
        let mut clause_left = Vec::with_capacity(n + 1);
        clause_left.push(0);
        for i in 0..n {
            let left = if boundary[i] { i + 1 } else { clause_left[i] };
            clause_left.push(left);
        }
        let mut clause_right = vec![n; n + 1];
        let mut predicate_stop = vec![n; n + 1];
        for i in (0..n).rev() {
            clause_right[i] = if boundary[i] { i } else { clause_right[i + 1] };
            let t = &tokens[i];
            let stops = t.kind == TokenKind::Punct(',')
                || t.kind == TokenKind::Punct(';')
                || matches!(t.lower(), "who" | "which" | "that" | "whom");
            predicate_stop[i] = if stops { i } else { predicate_stop[i + 1] };
        }
        let mut sorted = figures.to_vec();
        sorted.sort_unstable();
        let by_first: Vec<usize> = sorted.iter().map(|&(f, _)| f).collect();
        let mut min_last_from = vec![usize::MAX; sorted.len() + 1];
        for k in (0..sorted.len()).rev() {
            min_last_from[k] = min_last_from[k + 1].min(sorted[k].1);
        }
        sorted.sort_unstable_by_key(|&(f, l)| (l, f));
        let by_last: Vec<usize> = sorted.iter().map(|&(_, l)| l).collect();
        let mut max_first_upto = Vec::with_capacity(sorted.len() + 1);
        max_first_upto.push(0);
        for (k, &(f, _)) in sorted.iter().enumerate() {
            max_first_upto.push(max_first_upto[k].max(f));
        }
        SentenceIndex {
            words_upto,
            word_positions,
            clause_left,
            clause_right,
            predicate_stop,
            by_first,
            min_last_from,
            by_last,
            max_first_upto,
        }
    }

    /// The clause around a figure: bounded by `;` `:` dashes and brackets, by `, and` / `, or`,
    /// by clause openers (`but`, `while`…), and by `and`/`or` right before another figure.
    fn clause(&self, span: (usize, usize)) -> (usize, usize) {
        let n = self.clause_right.len() - 1;
        let left = self.clause_left[span.0.min(n)];
        let right = if span.1 + 1 >= n { span.1 + 1 } else { self.clause_right[span.1 + 1] };
        (left, right)
    }

    /// Whether trigger `t` lies in a clause other than `own` that holds a figure.
    fn other_clause_with_figures(&self, t: Trigger, own: (usize, usize)) -> bool {
        let (lo, hi) = self.clause((t.first, t.last));
        if lo < own.1 && own.0 < hi {
            return false;
        }
        self.by_first.partition_point(|&f| f < lo) < self.by_first.partition_point(|&f| f < hi)
    }

    /// Words strictly between token `a` and token `b` (a < b).
    fn words_between(&self, a: usize, b: usize) -> usize {
        self.words_upto[b] - self.words_upto[(a + 1).min(b)]
    }

    /// For a figure at `span`, the limits past which another figure stands between it and an
    /// event: events must start at or before the first (the smallest last token of a figure
    /// after it) and end at or after the second (the largest first token of a figure before it).
    fn unblocked(&self, (first, last): (usize, usize)) -> (Option<usize>, Option<usize>) {
        let after = self.by_first.partition_point(|&f| f <= last);
        let after_limit = (after < self.by_first.len()).then(|| self.min_last_from[after]);
        let before = self.by_last.partition_point(|&l| l < first);
        let before_limit = (before > 0).then(|| self.max_first_upto[before]);
        (after_limit, before_limit)
    }

    /// Whether a figure ending at token `last` is the subject of a predicate of its own before
    /// `end`: an auxiliary among the words after it, or a past tense right after it
    /// (`2,000 houses collapsed`), whether or not the lexicon knows the verb.
    fn has_own_predicate(&self, tokens: &[Token], last: usize, end: usize) -> bool {
        let past = tokens.get(last + 1).is_some_and(|t| last + 1 < end && t.kind == TokenKind::Word && t.lower().len() > 4 && t.lower().ends_with("ed"));
        past || self.subject_has_auxiliary(tokens, last, end)
    }

    /// Whether an auxiliary stands among the first four words after token `last`, before `end`
    /// and before a comma, semicolon or relative pronoun: then the figure is a subject.
    fn subject_has_auxiliary(&self, tokens: &[Token], last: usize, end: usize) -> bool {
        let stop = end.min(self.predicate_stop[(last + 1).min(self.predicate_stop.len() - 1)]);
        let from = self.word_positions.partition_point(|&w| w < last + 1);
        self.word_positions[from..].iter().take(4).take_while(|&&w| w < stop).any(|&w| AUXILIARIES.contains(&tokens[w].lower()))
    }
}

fn is_clause_boundary(tokens: &[Token], i: usize, figure_starts: &[usize], cues: &Cues) -> bool {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Punct(c) => matches!(c, ';' | ':' | '—' | '–' | '(' | ')'),
        TokenKind::Word => {
            if CLAUSE_OPENERS.contains(&t.lower()) {
                return true;
            }
            // `sales hit $2 billion as costs fell 3%`: `as` opening a clause of its own, not
            // `as many as`, `such as`, `served as`, `as of`, `as part of`.
            if t.lower() == "as" {
                let word = |at: usize| tokens.get(at).filter(|t| t.kind == TokenKind::Word).map(Token::lower);
                let before = i.checked_sub(1).and_then(word);
                let after = word(i + 1);
                return before.is_none_or(|b| !cues.as_not_before.contains(b)) && after.is_some_and(|a| !cues.as_not_after.contains(a));
            }
            if matches!(t.lower(), "and" | "or") {
                let after_comma = i > 0 && tokens[i - 1].kind == TokenKind::Punct(',');
                // "and (another|a further) 150": coordination of figures.
                let from = figure_starts.partition_point(|&f| f <= i);
                let before_figure = figure_starts[from..]
                    .iter()
                    .take_while(|&&f| f <= i + 3)
                    .any(|&f| tokens[i + 1..f].iter().all(|t| t.kind == TokenKind::Word));
                return after_comma || before_figure;
            }
            false
        }
        TokenKind::Number => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{Token, TokenKind, joins, lower_form};
    use crate::pipeline::{Engine, analyze_text};
    use std::borrow::Cow;
    use once_cell::sync::Lazy;

    static ENGINE: Lazy<Engine> = Lazy::new(|| Engine::bundled().unwrap());

    fn events(text: &str) -> Vec<(String, Option<String>)> {
        let (doc, analysis) = analyze_text(&ENGINE, "t", text);
        analysis
            .records
            .iter()
            .filter_map(|r| r.as_figure().map(|f| (doc.text[r.start..r.end].to_string(), f.event.clone())))
            .collect()
    }

    /// The tokenizer it replaced, which decoded every character (same joining and lowercasing).
    fn tokenize_by_chars(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
        // About one token per five bytes of news text: few regrowths.
        let mut tokens = Vec::with_capacity((end - start) / 5 + 1);
        let region = &text[start..end];
        let mut chars = region.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let kind = if c.is_alphabetic() {
                TokenKind::Word
            } else if c.is_ascii_digit() {
                TokenKind::Number
            } else if c.is_whitespace() {
                continue;
            } else {
                tokens.push(Token { start: start + i, end: start + i + c.len_utf8(), kind: TokenKind::Punct(c), lower: Cow::Borrowed("") });
                continue;
            };
            let mut last = i + c.len_utf8();
            while let Some(&(j, n)) = chars.peek() {
                if !joins(kind, region, j, n) {
                    break;
                }
                last = j + n.len_utf8();
                chars.next();
            }
            tokens.push(Token { start: start + i, end: start + last, kind, lower: lower_form(kind, &region[i..last]) });
        }
        tokens
    }

    #[test]
    fn the_byte_tokenizer_gives_the_tokens_of_the_char_tokenizer() {
        let corpus = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")).unwrap();
        let mut texts: Vec<String> = corpus.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect();
        texts.push("Ünïcode WÖRDS don’t-stop O'Neil 1,000.5 3.14, 2,3 $5 — “quoted” 'x-' \u{a0}nbsp\u{2009}thin İstanbul ΣΑΣ".to_string());
        for text in &texts {
            let key = |t: &[Token]| t.iter().map(|t| (t.start, t.end, t.kind, t.lower.to_string())).collect::<Vec<_>>();
            assert_eq!(key(&super::tokenize(text, 0, text.len())), key(&tokenize_by_chars(text, 0, text.len())));
        }
    }

    fn event_of(text: &str, figure: &str) -> Option<String> {
        events(text).into_iter().find(|(t, _)| t == figure).unwrap_or_else(|| panic!("no figure {figure:?} in {:?}", events(text))).1
    }

    #[test]
    fn the_governing_verb_of_an_object_wins_over_a_modifier() {
        assert_eq!(event_of("The agency has reunited 500 children separated from their parents.", "500 children").as_deref(), Some("reunite"));
        assert_eq!(event_of("Officials separated at least 3,913 migrant children in 2017.", "at least 3,913 migrant children").as_deref(), Some("separate"));
    }

    #[test]
    fn a_plain_form_right_after_a_past_event_verb_is_its_object() {
        assert_eq!(event_of("The new contract raised pay 4.5% over two years.", "4.5%").as_deref(), Some("raise"));
        assert_eq!(event_of("The law carried fines of up to $5,000 a day.", "up to $5,000").as_deref(), Some("fine"));
    }

    #[test]
    fn that_before_a_singular_noun_points_to_it() {
        assert_eq!(event_of("Some 300 firefighters were still fighting that blaze late on Monday.", "Some 300 firefighters").as_deref(), Some("fight"));
        assert_eq!(event_of("An inquiry found that corroded cables cut output by 20%.", "20%").as_deref(), Some("cut"));
    }

    #[test]
    fn a_subject_takes_the_event_of_its_predicate() {
        assert_eq!(event_of("Some 200 families are still being processed through the portal.", "Some 200 families").as_deref(), Some("process"));
        assert_eq!(event_of("More than 1,600 separated parents and nearly 400 children were deported.", "More than 1,600 separated parents").as_deref(), Some("deport"));
    }

    #[test]
    fn negated_or_lasting_events_become_states() {
        assert_eq!(event_of("That still leaves nearly 1,000 kids not reunited with their families.", "nearly 1,000 kids").as_deref(), Some("remain_separated"));
        assert_eq!(event_of("They were tasked with reuniting 1,000 children who remained separated.", "1,000 children").as_deref(), Some("remain_separated"));
    }

    #[test]
    fn an_event_past_another_figure_is_that_figures() {
        let text = "Of the 5,000 children separated, 1,000 have yet to be reunited.";
        assert_eq!(event_of(text, "5,000 children").as_deref(), Some("separate"));
        assert_eq!(event_of(text, "1,000").as_deref(), Some("remain_separated"));
    }

    #[test]
    fn nominalizations_and_phrases_map_to_lemmas() {
        assert_eq!(event_of("It facilitated the reunification of seven families.", "seven families").as_deref(), Some("reunite"));
        assert_eq!(event_of("Four families have since launched a suit against the government.", "Four families").as_deref(), Some("sue"));
        assert_eq!(event_of("In addition to the 3,900 separations under review, more came.", "3,900 separations").as_deref(), Some("separate"));
    }

    #[test]
    fn a_participle_after_the_counted_nouns_and_a_verb_before_by_win() {
        assert_eq!(event_of("The hub saw about 900 departures and arrivals canceled.", "about 900 departures").as_deref(), Some("cancel"));
        assert_eq!(event_of("The new drug cut the risk of death by 30% in trials.", "30%").as_deref(), Some("cut"));
        assert_eq!(event_of("Lawmakers voted to cut the agency's budget by 6% over two years.", "6%").as_deref(), Some("cut"));
        // A magnitude measures the quake, not what it did.
        assert_eq!(event_of("The 7.1-magnitude quake killed 40 people.", "7.1-magnitude").as_deref(), None);
        assert_eq!(event_of("The 7.1-magnitude quake killed 40 people.", "40 people").as_deref(), Some("kill"));
        // A figure framing another (`in 10 games`) counts no event of its verb.
        assert_eq!(event_of("She has scored 13 goals in 10 games.", "10 games").as_deref(), None);
        assert_eq!(event_of("She has scored 13 goals in 10 games.", "13 goals").as_deref(), Some("score"));
        // Rain that falls, or that a storm drops, is no decrease.
        assert_eq!(event_of("The storm dropped up to 15 inches of rain on the coast.", "up to 15 inches").as_deref(), None);
        assert_eq!(event_of("Another 150 millimeters of snow could fall by Friday.", "150 millimeters").as_deref(), None);
        assert_eq!(event_of("Sales dropped 15% in May.", "15%").as_deref(), Some("drop"));
    }

    #[test]
    fn a_later_figures_verb_between_them_is_not_borrowed() {
        let text = "The dollar traded at 145 yen, and oil prices rose 2 percent to $92.64 a barrel.";
        assert_eq!(event_of(text, "145 yen"), None);
        assert_eq!(event_of(text, "2 percent").as_deref(), Some("rise"));
        // Gapping: an earlier figure's verb between them still serves the later one.
        let gapped = "The report said 2,176 children had been reunited before the task force began and 689 afterward.";
        assert_eq!(event_of(gapped, "689").as_deref(), Some("reunite"));
    }

    #[test]
    fn a_relative_clause_set_off_before_the_figure_lends_it_no_event() {
        let text = "Judge Dana Sabraw, who ordered the reunifications in 2018, said the deal covers 4,000 parents.";
        assert_eq!(event_of(text, "4,000 parents"), None);
        // A figure inside the aside keeps the aside's event.
        let inside = "Sabraw, who ordered 2,000 reunifications in 2018, said the deal was fair.";
        assert_eq!(event_of(inside, "2,000 reunifications").as_deref(), Some("order"));
    }

    #[test]
    fn a_figure_without_an_event_borrows_from_its_coordinate_or_its_repeat() {
        assert_eq!(event_of("2,176 children had been reunited before the task force and 689 afterward.", "689").as_deref(), Some("reunite"));
        let text = "The agency reunited 500 children. Five hundred is a milestone.";
        assert_eq!(event_of(text, "Five hundred").as_deref(), Some("reunite"));
        assert_eq!(event_of("These include 11 with a serious criminal history.", "11"), None);
        // A repeat of the number that counts something else is another group.
        let text = "Some areas received more than 300 mm of rain. Officials said roughly 300 roads were blocked.";
        assert_eq!(event_of(text, "roughly 300 roads"), None);
        let text = "The agency reunited 500 children. Some 500 children were still waiting.";
        assert_eq!(event_of(text, "Some 500 children").as_deref(), Some("reunite"));
    }
}
