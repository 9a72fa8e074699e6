//! Quote records: who said what, direct or reported.
//!
//! Direct quotes come from a quotation-mark scanner (`scan`), so stray
//! apostrophes cannot break pairing; their attribution is read after the
//! closing mark (`“…,” Brané said`, `“…,” said Gelernt, deputy …`), before the
//! opening one (`Gelernt said: “…”`), or inherited from the quote before in
//! news style. Reported speech is anchored on a reporting verb from
//! `rules/quote/lexicon/cues.tsv`, with the speaker before it (`DHS said it
//! expects …`) or after the content (`…, the department says.`), and on
//! `according to`. Rule files `rules/quote/*.toml` add surface patterns (tweets).
//! Speakers leave this stage as the phrase the text gives; `link::speaker`
//! turns them into canonical names.

mod cues;
pub(crate) mod literal;
pub mod scan;

use super::{Schema, SpanIndex, resolve_overlaps};
use crate::document::Document;
use crate::error::RuleError;
use crate::normalize::number::is_number_word;
use crate::record::{Kind, Quote, Record, RecordData};
use crate::ruleset::{Rule, RuleSet};
use crate::split::{Sentence, sentence_at};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
// Fx hashing: the sets are looked up per word, and SipHash cost more than the lookups.
use rustc_hash::FxHashSet as HashSet;

pub static SCHEMA: Schema = Schema { params: &["direct", "cue"], groups: &["content", "speaker", "cue", "role"] };

pub const CUES_FILE: &str = "quote/lexicon/cues.tsv";
pub const WORDS_FILE: &str = "quote/lexicon/words.toml";

/// Word lists shared with `link::speaker`.
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub titles: HashSet<String>,
    pub speaker_heads: HashSet<String>,
    pub person_pronouns: HashSet<String>,
    pub other_pronouns: HashSet<String>,
    pub interjections: HashSet<String>,
    pub generic_subjects: HashSet<String>,
    pub document_nouns: HashSet<String>,
    pub adverbs: HashSet<String>,
    /// Adverbs that may open a sentence before its subject and a comma (`Meanwhile, the …`).
    pub fronted_adverbs: HashSet<String>,
    pub function_words: HashSet<String>,
    pub weak_cues: HashSet<String>,
    /// Cues whose object a number right after them is (`added 253,000 jobs`).
    pub number_object_cues: HashSet<String>,
    /// Sources whose findings a weak cue reports without `that` (`a poll found …`).
    pub research_heads: HashSet<String>,
    /// Words that open a post-modifier after a speaker head (`a letter seen by …`).
    pub postmodifiers: HashSet<String>,
    /// `for`, `at`, `with` before whom or where a speaker works (`a lawyer for the family`).
    pub affiliation_words: HashSet<String>,
    /// Words that open a speaker phrase as a determiner does (`two people familiar with …`).
    pub quantifiers: HashSet<String>,
    /// Participles whose `by` names who got a document, not who wrote it (`obtained by CNN`).
    pub receiving_participles: HashSet<String>,
    /// Finite verb forms that show a cue's object is a clause without `that`
    /// (`explained Warhol's obsession … began`, `project inflation will ease`).
    pub finite_verbs: HashSet<String>,
    /// Two-word nouns that open with a cue's form (`think tank`): there the form is no cue.
    pub cue_compounds: HashSet<String>,
    /// Irregular past forms that are participles too (`sent`, `held`): a verb only before an object.
    pub past_forms: HashSet<String>,
    /// Words that open a clause as a cue's object (`explained how …`).
    pub clause_openers: HashSet<String>,
    /// Cues that may take an addressee before what is said (`told reporters that …`).
    pub addressee_cues: HashSet<String>,
    /// Nouns such a cue names as what is told (`told a story`), not as a clause's subject.
    pub told_nouns: HashSet<String>,
    /// Cues whose person object a topic may follow (`warned residents of a storm surge`).
    pub topic_cues: HashSet<String>,
    /// Prepositions that open the topic after a `topic_cues` object (`residents of …`).
    pub topic_words: HashSet<String>,
    /// Besides the determiners, words that open a noun phrase, so `to` before them is no
    /// infinitive (`voters to them`, `to all`).
    pub noun_openers: HashSet<String>,
    /// `the`, `his`, `these`…: a word after one is no verb, and `to` before one no infinitive.
    pub determiners: HashSet<String>,
    /// Words after which a past participle goes on modifying its noun, not taking an object
    /// (`a letter sent to the mayor`, `a report released last week`).
    pub no_object_words: HashSet<String>,
    /// Head noun → the agency types it refers back to (`the group` → the last `ngo`).
    pub head_types: rustc_hash::FxHashMap<String, Vec<String>>,
    /// Form → lemma of the verbs of naming (`called` → `call`).
    pub naming_verbs: rustc_hash::FxHashMap<String, String>,
    /// Words that make a capitalized run a company or body, not a titled person
    /// (`General Motors`, `Chief Executives Board`).
    pub organization_words: HashSet<String>,
    /// Heads that refer back to the last company named (`the company`, `the drugmaker`).
    pub company_heads: HashSet<String>,
    /// Words that end a company's name as written (`Inc`, `Co.`): not lowercased.
    pub company_suffixes: HashSet<String>,
    /// Titles of two words that are one word when phrases are compared (`inspector general`).
    pub compound_titles: HashSet<String>,
    /// Words before a title that make it another office (`Vice President`, `former Gov.`).
    pub title_changers: HashSet<String>,
    /// Lowercase particles inside a person's name (`Lula da Silva`, `de Gaulle`).
    pub name_particles: HashSet<String>,
    /// Title → its abbreviations before a name (`senator` → `sen.`).
    pub title_abbreviations: rustc_hash::FxHashMap<String, Vec<String>>,
    /// Generational suffixes after a name (`Jr.`): their period ends no clause.
    pub name_suffixes: HashSet<String>,
}

impl Words {
    pub fn load(rules: &RuleSet) -> Result<Words, RuleError> {
        let file = rules.source.display_path(WORDS_FILE);
        let table = crate::ruleset::parse_toml(&file, rules.data_file(WORDS_FILE)?)?;
        let list = |key: &str| -> Result<HashSet<String>, RuleError> {
            let value = table.get(key).ok_or_else(|| RuleError::new(&file, format!("missing list `{key}`")))?;
            let items = crate::ruleset::string_list(value)
                .ok_or_else(|| RuleError::new(&file, format!("`{key}` must be a list of strings")))?;
            Ok(items.into_iter().map(|s| s.to_lowercase()).collect())
        };
        // `[key]` of `name = [items]`: every (name, lowercased item).
        let table_of_lists = |key: &str| -> Result<Vec<(String, String)>, RuleError> {
            let value = table.get(key).ok_or_else(|| RuleError::new(&file, format!("missing table `{key}`")))?;
            let names = value.as_table().ok_or_else(|| RuleError::new(&file, format!("`{key}` must be a table of lists")))?;
            let mut pairs = Vec::new();
            for (name, items) in names {
                let items = crate::ruleset::string_list(items)
                    .ok_or_else(|| RuleError::new(&file, format!("`{key}.{name}` must be a list of strings")))?;
                pairs.extend(items.into_iter().map(|item| (name.clone(), item.to_lowercase())));
            }
            Ok(pairs)
        };
        Ok(Words {
            titles: list("titles")?,
            speaker_heads: list("speaker_heads")?,
            person_pronouns: list("person_pronouns")?,
            other_pronouns: list("other_pronouns")?,
            interjections: list("interjections")?,
            generic_subjects: list("generic_subjects")?,
            document_nouns: list("document_nouns")?,
            adverbs: list("adverbs")?,
            fronted_adverbs: list("fronted_adverbs")?,
            function_words: list("function_words")?,
            weak_cues: list("weak_cues")?,
            number_object_cues: list("number_object_cues")?,
            research_heads: list("research_heads")?,
            postmodifiers: list("postmodifiers")?,
            affiliation_words: list("affiliation_words")?,
            quantifiers: list("quantifiers")?,
            receiving_participles: list("receiving_participles")?,
            finite_verbs: list("finite_verbs")?,
            cue_compounds: list("cue_compounds")?,
            past_forms: list("past_forms")?,
            clause_openers: list("clause_openers")?,
            addressee_cues: list("addressee_cues")?,
            told_nouns: list("told_nouns")?,
            topic_cues: list("topic_cues")?,
            topic_words: list("topic_words")?,
            noun_openers: list("noun_openers")?,
            determiners: list("determiners")?,
            no_object_words: list("no_object_words")?,
            head_types: {
                let mut map = rustc_hash::FxHashMap::default();
                for (kind, head) in table_of_lists("head_types")? {
                    map.entry(head).or_insert_with(Vec::new).push(kind);
                }
                map
            },
            naming_verbs: table_of_lists("naming_verbs")?.into_iter().map(|(lemma, form)| (form, lemma)).collect(),
            organization_words: list("organization_words")?,
            company_heads: list("company_heads")?,
            company_suffixes: {
                let value = table.get("company_suffixes").ok_or_else(|| RuleError::new(&file, "missing list `company_suffixes`"))?;
                let items = crate::ruleset::string_list(value).ok_or_else(|| RuleError::new(&file, "`company_suffixes` must be a list of strings"))?;
                items.into_iter().collect()
            },
            compound_titles: list("compound_titles")?,
            title_changers: list("title_changers")?,
            name_particles: list("name_particles")?,
            name_suffixes: list("name_suffixes")?,
            title_abbreviations: {
                let mut map = rustc_hash::FxHashMap::default();
                for (title, abbreviation) in table_of_lists("title_abbreviations")? {
                    map.entry(title).or_insert_with(Vec::new).push(abbreviation);
                }
                map
            },
        })
    }

    /// `Ms.`, `Sen.`, `Lee J.`: a period of a title or a middle initial, not a clause end.
    pub fn is_title_dot(&self, text: &str, dot: usize) -> bool {
        let before = &text[..dot];
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let word_start = dot - word.len();
        let mut chars = word.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        let after_name = text[..word_start].strip_suffix(' ').is_some_and(|b| {
            b.rsplit(' ').next().is_some_and(|w| w.chars().all(char::is_alphabetic) && w.starts_with(char::is_uppercase))
        });
        // `chief U.S. economist`: a dotted abbreviation before a lowercase word.
        let dotted = initial
            && text[..word_start].strip_suffix('.').is_some_and(|b| {
                let mut back = b.chars().rev();
                back.next().is_some_and(char::is_uppercase) && !back.next().is_some_and(char::is_alphabetic)
            })
            && text[dot + 1..].trim_start().starts_with(char::is_lowercase);
        // The word with its period is a slice of the text: no String to look it up.
        let title = if text[dot..].starts_with('.') {
            lower_in(&self.titles, &text[word_start..dot + 1])
        } else {
            self.titles.contains(&format!("{}.", word.to_lowercase()))
        };
        // `Ferdinand Marcos Jr.`: a suffix after a name.
        let suffix = after_name && text[dot..].starts_with('.') && lower_in(&self.name_suffixes, &text[word_start..dot + 1]);
        (initial && after_name) || dotted || title || suffix
    }

    /// The first of `stops` in `text[from..to]` that is not a title's period.
    pub fn clause_stop(&self, text: &str, from: usize, to: usize, stops: &[char]) -> Option<usize> {
        text[from..to]
            .match_indices(stops)
            .map(|(n, _)| from + n)
            .find(|&at| (!text[at..].starts_with('.') || !self.is_title_dot(text, at)) && !in_parentheses(text, from, at))
    }

    /// A word that opens a speaker phrase as a determiner does: `two`, `several`, digits.
    pub fn is_quantifier(&self, word: &str) -> bool {
        self.quantifiers.contains(word) || word.bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether a cue's object reads as a clause: it opens with `how`, `why`, …, or a
    /// finite verb follows its first word before any comma or relative pronoun (`the
    /// findings show pollution is …`, not `identified 102 children who were …`). A fronted
    /// adjunct before a comma is passed over (`estimated by 2050, demand would rise`).
    pub fn reads_as_clause(&self, object: &str) -> bool {
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').to_lowercase();
        let first = bare(object.split_whitespace().next().unwrap_or(""));
        if self.clause_openers.contains(&first) {
            return true;
        }
        let mut object = object;
        if PREPOSITIONS.contains(&first.as_str())
            && let Some(n) = find_comma_space(object)
            && !more_words_than(&object[..n], 6)
        {
            object = &object[n + 2..];
        }
        for (i, word) in object.split_whitespace().take(14).enumerate() {
            let w = bare(word);
            if matches!(w.as_str(), "who" | "which" | "that" | "whom" | "whose" | "where") {
                return false;
            }
            // A capital is a name, not a verb (`found 300 parents in May`).
            let finite = !word.starts_with(char::is_uppercase) && (self.finite_verbs.contains(&w) || w.ends_with("n’t") || w.ends_with("n't"));
            if i > 0 && finite {
                return true;
            }
            // `found his brother he had …`: a new subject, so the object was a noun phrase.
            if i > 0 && matches!(w.as_str(), "he" | "she" | "they" | "we" | "i" | "you" | "it") {
                return false;
            }
            if word.ends_with([',', ';', ':']) {
                return false;
            }
        }
        false
    }

    /// `reads_as_clause`, or a past form with an object after a noun within its first eight
    /// words, before any punctuation (`the fires posed an extreme threat`).
    pub fn reads_as_clause_or_past(&self, object: &str) -> bool {
        if self.reads_as_clause(object) {
            return true;
        }
        let mut previous = "";
        let mut at = 0;
        for word in object.split(' ').take(8) {
            at += word.len() + 1;
            if self.verb_after_noun(previous, word, object.get(at..).unwrap_or("")) {
                return true;
            }
            if word.ends_with([',', ';', ':', '.']) {
                return false;
            }
            previous = word;
        }
        false
    }

    /// Whether `word`, after `previous` and before `rest`, is the finite verb of a clause whose
    /// subject ends at `previous`: one of finite_verbs, or a past form (`-ed`, past_forms) with
    /// an object after it (`the police sent more officers`, `the city faced a long recovery`),
    /// not a participle that modifies the noun (`a letter sent to the mayor`, `residents
    /// displaced by the fire`, `a report released last week`) or an adjective after a
    /// determiner (`the armed forces`, `two hundred`).
    pub fn verb_after_noun(&self, previous: &str, word: &str, rest: &str) -> bool {
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let (previous, verb) = (bare(previous), bare(word));
        if !word.starts_with(char::is_lowercase)
            || previous.is_empty()
            || self.determiners.contains(&previous)
            || self.is_quantifier(&previous)
            || is_number_word(&previous)
            || previous.starts_with(|c: char| c.is_ascii_digit())
        {
            return false;
        }
        if self.finite_verbs.contains(&verb) {
            return true;
        }
        let past = verb.len() > 4 && verb.ends_with("ed") && !is_number_word(&verb) || self.past_forms.contains(&verb);
        // A past form with punctuation after it has no object.
        if !past || word.ends_with([',', ';', ':', '.']) {
            return false;
        }
        let Some(next) = rest.split_whitespace().next() else { return false };
        let next_bare = bare(next);
        // `reviewed roughly 2.4 million applications`: an adverb before a quantity is the object's.
        if next_bare.ends_with("ly") && rest.split_whitespace().nth(1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '$')) {
            return true;
        }
        next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '$')
            && !self.no_object_words.contains(&next_bare)
            && !next_bare.ends_with("ly")
            && !WEEKDAYS.contains(&next_bare.as_str())
            && time_adjunct_len(rest.trim_start()).is_none()
    }

    /// Whether an addressee cue's object is a plain noun phrase naming what is told, not a
    /// clause: `of …`/`about …` (`told of their escape`), or a lowercase phrase whose head
    /// within four words is one of `told_nouns` (`a long story about …`), with no finite verb
    /// after it (`the story was false` is a clause).
    pub fn told_noun_phrase(&self, object: &str) -> bool {
        let words: Vec<&str> = object.split_whitespace().take(4).collect();
        let bare = |w: &str| w.trim_end_matches([',', '.', ';', ':']).to_lowercase();
        let Some(first) = words.first().map(|w| bare(w)) else { return false };
        let named = if matches!(first.as_str(), "of" | "about") {
            // `about 200 people had died` is a number, not a topic.
            words.get(1).is_some_and(|w| !w.starts_with(|c: char| c.is_ascii_digit()) && !is_number_word(&bare(w)))
        } else {
            first != "that"
                && words.iter().position(|w| self.told_nouns.contains(&bare(w))).is_some_and(|n| {
                    words[..n].iter().all(|w| w.starts_with(char::is_lowercase) && !w.ends_with([',', '.', ';', ':']))
                })
        };
        named && !self.reads_as_clause(object)
    }

    /// Whether the object of a `topic_cues` cue is the person addressed, then what the words
    /// were about: at most five plain words, then `of`, `about`, `against`, `over`, `on`,
    /// `for`, or `to` before a noun phrase (`residents of a storm surge`, `the committee
    /// about the budget`, `voters to the polls`). Not when it reads as a clause, nor when an
    /// infinitive follows before any comma or second topic (`residents of coastal towns to
    /// leave` is a directive the cue reports).
    pub fn object_then_topic(&self, object: &str) -> bool {
        if self.reads_as_clause(object) {
            return false;
        }
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
        // The words up to the first punctuation: a comma may open another clause.
        let mut words = Vec::new();
        for w in object.split_whitespace().take(16) {
            words.push(w);
            if w.ends_with([',', ';', ':', '.', '"', '”']) {
                break;
            }
        }
        let Some(p) = words.iter().take(6).position(|w| self.topic_words.contains(&bare(w))) else { return false };
        if words[..p].iter().any(|w| w.ends_with([',', ';', ':']) || self.clause_openers.contains(&bare(w)) || matches!(bare(w).as_str(), "that" | "if" | "who" | "which")) {
            return false;
        }
        // `to` before a verb is an infinitive; before a determiner, a name or a number, a place or recipient.
        let infinitive = |i: usize| {
            bare(words[i]) == "to"
                && words.get(i + 1).is_some_and(|n| n.starts_with(char::is_lowercase) && !self.determiners.contains(&bare(n)) && !self.noun_openers.contains(&bare(n)) && !is_number_word(&bare(n)))
        };
        // The infinitive must come before a second topic: in `members of Congress of his plan
        // to veto …` it belongs to the topic's noun.
        let second_topic = (p + 1..words.len()).find(|&i| self.topic_words.contains(&bare(words[i])) && !infinitive(i)).unwrap_or(words.len());
        !(p..second_topic).any(infinitive)
    }

    /// The words of a lowercase phrase as compared for a back-reference: without
    /// determiners and punctuation, a compound title one word (`inspector general`).
    pub fn phrase_words<'p>(&self, phrase: &'p str) -> Vec<std::borrow::Cow<'p, str>> {
        let bare: Vec<&str> = phrase
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty() && !matches!(*w, "the" | "a" | "an"))
            .collect();
        let mut out = Vec::with_capacity(bare.len());
        let mut i = 0;
        while i < bare.len() {
            if let Some(next) = bare.get(i + 1)
                && self.compound_titles.contains(&format!("{} {next}", bare[i]))
            {
                out.push(std::borrow::Cow::Owned(format!("{} {next}", bare[i])));
                i += 2;
                continue;
            }
            out.push(std::borrow::Cow::Borrowed(bare[i]));
            i += 1;
        }
        out
    }

    /// Whether every word of a reference (its `phrase_words`) is a whole word of
    /// `antecedent` (lowercase): `the DHS official` → `a senior DHS official`, not `the White
    /// House official`, and `the general` is no `inspector general`. With `same_head`, both
    /// also end in the same word (`the government` is no `government officials`).
    pub fn covers(&self, reference: &[std::borrow::Cow<str>], antecedent: &str, same_head: bool) -> bool {
        // A substring test first: most antecedents fail it, and it allocates nothing.
        if reference.is_empty() || !reference.iter().all(|w| antecedent.contains(w.as_ref())) {
            return false;
        }
        let of = self.phrase_words(antecedent);
        (!same_head || reference.last() == of.last()) && reference.iter().all(|w| of.contains(w))
    }

    pub fn is_pronoun(&self, word: &str) -> bool {
        lowered(word, |w| self.person_pronouns.contains(w) || self.other_pronouns.contains(w))
    }
}

/// Calls `f` with `word` lowercased, on the stack when it is short ASCII (most words), so a
/// set lookup per word allocates nothing. Same text as `str::to_lowercase`.
pub fn lowered<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        return f(std::str::from_utf8(buf).expect("ASCII stays UTF-8"));
    }
    f(&word.to_lowercase())
}

/// Whether `set` (of lowercase words) holds `word` lowercased.
pub fn lower_in(set: &HashSet<String>, word: &str) -> bool {
    lowered(word, |w| set.contains(w))
}

pub struct QuoteExtractor {
    rules: Vec<Rule>,
    /// Per rule, a literal each of its matches holds: a text without it is not searched.
    rule_literals: Vec<Option<String>>,
    cues: AhoCorasick,
    /// The same forms read word by word, when their shape allows it (see `cues`).
    cue_words: Option<cues::CueWords>,
    cue_lemmas: Vec<String>,
    words: Words,
}

/// A cue found in the text: byte range and lemma.
#[derive(Debug, Clone, Copy)]
struct Cue<'a> {
    start: usize,
    end: usize,
    lemma: &'a str,
}

/// Every cue of a document, found in one pass: each part of the text (sentence, quote,
/// attribution) then reads its cues from here instead of running the automaton over it.
struct DocCues<'a> {
    /// The word-bounded cues `cues_in` keeps, in order; `None` when each part is searched
    /// on its own (see `cues::CueWords::scan`).
    cues: Option<Vec<Cue<'a>>>,
}

/// A speaker phrase: its byte range, and the byte range of an appositive role.
#[derive(Debug, Clone, Copy)]
struct Speaker {
    start: usize,
    end: usize,
    role: Option<(usize, usize)>,
}

/// A quote before it becomes a record.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    speaker: Speaker,
    cue: String,
    direct: bool,
    attribution: (usize, usize),
    rule: &'static str,
}

/// The entries of the cue lexicon (`CUES_FILE`) with their 1-based line numbers: `(form,
/// lemma)`, or `None` for a line that is not `form<TAB>lemma`. Comments and blanks are skipped.
pub fn cue_entries(text: &str) -> impl Iterator<Item = (usize, Option<(&str, &str)>)> {
    text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()).map(|(n, line)| {
        let entry = line.split_once('\t').map(|(form, lemma)| (form, lemma.trim())).filter(|(form, lemma)| !form.is_empty() && !lemma.is_empty());
        (n + 1, entry)
    })
}

impl QuoteExtractor {
    pub fn new(rules: &RuleSet) -> Result<Self, Vec<RuleError>> {
        let file = rules.source.display_path(CUES_FILE);
        let text = rules.data_file(CUES_FILE).map_err(|e| vec![e])?;
        let mut forms = Vec::new();
        let mut cue_lemmas = Vec::new();
        let mut errors = Vec::new();
        for (line, entry) in cue_entries(text) {
            match entry {
                Some((form, lemma)) => {
                    forms.push(form.to_string());
                    cue_lemmas.push(lemma.to_string());
                }
                None => errors.push(RuleError::new(&file, "expected form<TAB>lemma").at(line, None)),
            }
        }
        forms.push("according to".into());
        cue_lemmas.push("according_to".into());
        let words = Words::load(rules).map_err(|e| vec![e])?;
        if !errors.is_empty() {
            return Err(errors);
        }
        let cues = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            // A DFA: several times faster per byte than the NFA the builder would pick.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&forms)
            .map_err(|e| vec![RuleError::new(&file, e.to_string())])?;
        let rules: Vec<Rule> = rules.of_kind(Kind::Quote).cloned().collect();
        let rule_literals = rules.iter().map(|r| literal::required_literal(r.expanded.as_str())).collect();
        let cue_words = cues::CueWords::new(&forms);
        Ok(QuoteExtractor { rules, rule_literals, cues, cue_words, cue_lemmas, words })
    }

    pub fn words(&self) -> &Words {
        &self.words
    }

    // Out of line: once per document, and profiles then charge the stage by name.
    #[inline(never)]
    pub fn extract(&self, doc: &Document, sentences: &[Sentence], out: &mut Vec<Record>) {
        let text = doc.text.as_str();
        let cues = &self.doc_cues(text);
        let mut candidates = Vec::new();
        let mut found = self.direct_quotes(cues, text, sentences);
        let mut taken = Taken::new(found.iter().flat_map(|f| [(f.start, f.end), f.attribution]).collect());
        let quoted: Vec<Found> = found.iter().filter(|f| f.rule == "quote/scan/attribution-after").cloned().collect();
        found.extend(self.reported_speech(cues, text, sentences, &mut taken, &quoted));
        // `Heald noted the findings show …. "An air-quality cleanup …"`: a quotation with no
        // attribution of its own right after a reported sentence is that speaker's, not the
        // speaker of an earlier quotation.
        let reported: Vec<Found> = found.iter().filter(|f| !f.direct).cloned().collect();
        // By start, only those starting between the attribution and the quote can qualify, and
        // of those the last found wins; a scan of all per quote is quadratic in a long document.
        let mut by_start: Vec<usize> = (0..reported.len()).collect();
        by_start.sort_by_key(|&k| reported[k].start);
        for f in found.iter_mut().filter(|f| f.rule == "quote/scan/continued") {
            let from = by_start.partition_point(|&k| reported[k].start < f.attribution.1);
            let to = by_start.partition_point(|&k| reported[k].start <= f.start);
            let just_before = by_start[from..to.max(from)]
                .iter()
                .copied()
                .filter(|&k| {
                    let r = &reported[k];
                    r.end <= f.start && text[r.end..f.start].chars().all(|c| c.is_whitespace() || ".!?\"“”".contains(c))
                })
                .max()
                .map(|k| &reported[k]);
            if let Some(r) = just_before {
                (f.speaker, f.cue, f.attribution) = (r.speaker, r.cue.clone(), r.attribution);
            }
        }
        let (coordinated, nested): (Vec<Found>, Vec<Found>) =
            self.nested(cues, text, &mut found).into_iter().partition(|f| f.rule == "quote/reported/coordinated");
        found.extend(coordinated);
        // `According to a court filing Monday, …`: a date that ends the speaker phrase says
        // when, not who.
        // Date starts by their end, looked up once per quote (a page may hold thousands of both).
        let date_by_end: rustc_hash::FxHashMap<usize, usize> = out.iter().filter(|r| r.kind() == Kind::Date).map(|r| (r.end, r.start)).collect();
        for f in &mut found {
            let phrase_end = f.speaker.start + text[f.speaker.start..f.speaker.end].trim_end_matches([' ', ',', '.']).len();
            if let Some(&date_start) = date_by_end.get(&phrase_end).filter(|&&s| s > f.speaker.start) {
                let cut = f.speaker.start + text[f.speaker.start..date_start].trim_end().len();
                // `the report released Friday`, `posts from Friday`: a date a participle or a
                // preposition takes belongs to the phrase, which reads as before.
                let before = &text[f.speaker.start..cut];
                let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
                let attached = last.ends_with("ed") || lower_in(&self.words.function_words, &last) || matches!(last.as_str(), "made" | "written" | "seen" | "given" | "taken");
                if more_words_than(before, 0) && !attached {
                    f.speaker.end = cut;
                }
            }
        }
        for f in found {
            candidates.push((0, self.record(text, sentences, f.rule, f)));
        }
        for (priority, rule) in self.rules.iter().enumerate() {
            if self.rule_literals[priority].as_ref().is_some_and(|l| !text.contains(l.as_str())) {
                continue;
            }
            for caps in rule.regex().captures_iter(text) {
                let (Some(content), Some(speaker)) = (rule.group(&caps, "content"), rule.group(&caps, "speaker")) else { continue };
                let cue = rule
                    .param_str("cue")
                    .map(str::to_string)
                    .or_else(|| rule.group(&caps, "cue").and_then(|c| self.lemma(c.as_str())))
                    .unwrap_or_else(|| "say".to_string());
                let f = Found {
                    start: content.start(),
                    end: content.end(),
                    speaker: Speaker {
                        start: speaker.start(),
                        end: speaker.end(),
                        role: rule.group(&caps, "role").map(|r| (r.start(), r.end())),
                    },
                    cue,
                    direct: rule.params.get("direct").and_then(|v| v.as_bool()).unwrap_or(true),
                    attribution: (speaker.start(), caps.get(0).map_or(speaker.end(), |m| m.end())),
                    rule: "",
                };
                candidates.push((priority + 1, self.record(text, sentences, &rule.id, f)));
            }
        }
        let kept = resolve_overlaps(candidates);
        // A nested attribution lies inside the quote that holds it: after it, in text order.
        let mut nested = nested.into_iter().map(|f| self.record(text, sentences, f.rule, f)).peekable();
        for record in kept {
            let (start, end) = (record.start, record.end);
            out.push(record);
            while let Some(inner) = nested.next_if(|n| n.start < end) {
                if start <= inner.start && inner.end <= end {
                    out.push(inner);
                }
            }
        }
    }

    /// Attributions inside the content of another: `Memon also said [she believed …]`,
    /// `According to ABC News, [Basya also believes …]`, `"[I think] his photography …"`.
    /// In reported content the inner subject is a pronoun or a name; in a quotation only
    /// `I`, who is the quote's own speaker.
    fn nested(&self, cues: &DocCues, text: &str, found: &mut [Found]) -> Vec<Found> {
        let mut out = Vec::new();
        let mut ordered: Vec<usize> = (0..found.len()).collect();
        ordered.sort_by_key(|&i| (found[i].start, found[i].end));
        for i in ordered {
            let f = found[i].clone();
            for &cue in self.cues_in(cues, text, f.start, f.end).iter() {
                if cue.lemma == "according_to" || text[cue.start..cue.end].ends_with("ing") {
                    continue;
                }
                // The inner clause starts after the last sentence end in the content before the cue.
                let reach = clause_reach(text, &Sentence { index: 0, start: f.start, end: f.end }, cue.start, cue.end);
                let clause_start = [". ", "? ", "! "]
                    .iter()
                    .filter_map(|m| text[reach.start..cue.start].rfind(m).map(|n| reach.start + n + 2))
                    .max()
                    .unwrap_or(reach.start);
                let inner = Sentence { index: 0, start: clause_start, end: reach.end };
                let lead = text[clause_start..cue.start].trim_end();
                let conjunction = [" and", ", but"].iter().find(|c| lead.ends_with(**c));
                // `said A, but warned B`: the second verb's subject is the speaker's, whatever A
                // opens with (not after `according to`, whose content has its own subject).
                let but = conjunction == Some(&", but") && !f.direct && f.cue != "according_to";
                let Some(mut g) = self.frontal(cues, text, &inner, &cue, but) else { continue };
                let subject = text[g.speaker.start..g.speaker.end].trim();
                // `They claimed A and claim B`, `said A, but warned B`: a second cue coordinated
                // with the outer one. Each verb has its own content: the outer one ends before
                // `and` or `, but`.
                if !f.direct && let Some(conjunction) = conjunction {
                    let cut = text[f.start..cue.start].trim_end().len() - conjunction.len();
                    let (start, end) = trim_content(text, f.start, f.start + cut);
                    if start == f.start && more_words_than(&text[start..end], 2) && g.start >= end {
                        found[i].end = end;
                        g.speaker = f.speaker;
                        g.rule = "quote/reported/coordinated";
                        out.push(g);
                    }
                    continue;
                }
                let ok = if f.direct {
                    subject == "I"
                } else if let Some(head) = subject.strip_prefix("the ") {
                    // `Heald noted [the findings show …]`: a study's findings report too.
                    self.words.research_heads.contains(head)
                } else {
                    lower_in(&self.words.person_pronouns, subject)
                        || subject == "they"
                        || subject.starts_with(char::is_uppercase) && !self.words.is_pronoun(subject)
                };
                if !ok || g.start <= f.start || g.end > f.end || g.end <= g.start {
                    continue;
                }
                if f.direct {
                    g.speaker = f.speaker;
                }
                g.rule = "quote/reported/nested";
                out.push(g);
            }
        }
        out.sort_by_key(|f| (f.start, f.end));
        out
    }

    fn record(&self, text: &str, sentences: &[Sentence], rule: &str, f: Found) -> Record {
        Record {
            sentence: sentence_at(sentences, f.start),
            start: f.start,
            end: f.end,
            rule: rule.to_string(),
            data: RecordData::Quote(Quote {
                speaker: text[f.speaker.start..f.speaker.end].to_string(),
                role: f.speaker.role.map(|(s, e)| text[s..e].to_string()),
                cue: f.cue,
                direct: f.direct,
                speaker_span: Some((f.speaker.start, f.speaker.end)),
                attribution: Some(f.attribution),
            }),
        }
    }

    /// The lemma of a cue form (`said` → `say`).
    pub fn lemma(&self, form: &str) -> Option<String> {
        let m = self.cues.find(form)?;
        (m.start() == 0 && m.end() == form.len()).then(|| self.cue_lemmas[m.pattern().as_usize()].clone())
    }

    /// The document's cues, for `cues_in`.
    fn doc_cues(&self, text: &str) -> DocCues<'_> {
        let found = self.cue_words.as_ref().and_then(|w| w.scan(text));
        let cues = found.map(|found| found.into_iter().filter_map(|(s, e, pattern)| self.cue(text, s, e, pattern)).collect());
        DocCues { cues }
    }

    /// The cue of a word-bounded match, unless it is capitalized: capitalized verbs are
    /// names or headline words, except `According to`.
    fn cue(&self, text: &str, start: usize, end: usize, pattern: usize) -> Option<Cue<'_>> {
        let lemma = self.cue_lemmas[pattern].as_str();
        if self.in_compound(text, start, end) || self.subject_noun(text, start, end, lemma) {
            return None;
        }
        (lemma == "according_to" || !text[start..end].starts_with(|c: char| c.is_uppercase())).then_some(Cue { start, end, lemma })
    }

    /// Whether the cue form at `start..end` is a noun with its verb right after it: a finite
    /// verb (`what he said was true`, `the estimate is`), or a past form after a bare form
    /// (`Public comment lasted four hours`).
    fn subject_noun(&self, text: &str, start: usize, end: usize, lemma: &str) -> bool {
        let next = word_after(text, end);
        if next.is_empty() || next.starts_with(char::is_uppercase) {
            return false;
        }
        let bare_form = text[start..end].eq_ignore_ascii_case(lemma);
        // (`think it's …` opens a clause: a contraction is its subject, not the noun's verb.)
        let contraction = next.contains(['\'', '’']);
        !contraction && self.words.finite_verbs.contains(next) || bare_form && next.len() > 4 && next.ends_with("ed")
    }

    /// Whether the cue form at `start..end` opens a listed compound noun (`think tank`).
    /// (Every cue is asked, so the short list is compared in place, with no string built.)
    fn in_compound(&self, text: &str, start: usize, end: usize) -> bool {
        let next = word_after(text, end).split(['\'', '’']).next().unwrap_or("");
        let cue = &text[start..end];
        !next.is_empty()
            && self.words.cue_compounds.iter().any(|c| c.split_once(' ').is_some_and(|(a, b)| a.eq_ignore_ascii_case(cue) && b.eq_ignore_ascii_case(next)))
    }

    /// Word-bounded cues in `text[from..to]`, in order: those of a search of that part.
    fn cues_in<'s, 'c>(&'s self, cues: &'c DocCues<'s>, text: &str, from: usize, to: usize) -> std::borrow::Cow<'c, [Cue<'s>]> {
        match &cues.cues {
            // Cues do not overlap, so those inside the part are a run of them.
            Some(all) if from < to => {
                let first = all.partition_point(|c| c.start < from);
                let last = all.partition_point(|c| c.end <= to).max(first);
                std::borrow::Cow::Borrowed(&all[first..last])
            }
            _ => std::borrow::Cow::Owned(
                self.cues
                    .find_iter(&text[from..to])
                    .map(|m| (from + m.start(), from + m.end(), m.pattern().as_usize()))
                    .filter(|&(s, e, _)| word_bounded(text, s, e))
                    .filter_map(|(s, e, pattern)| self.cue(text, s, e, pattern))
                    .collect(),
            ),
        }
    }

    fn direct_quotes(&self, cues: &DocCues, text: &str, sentences: &[Sentence]) -> Vec<Found> {
        let quoted = scan::scan(text);
        let paragraphs = Paragraphs::new(text);
        let mut found: Vec<Option<Found>> = Vec::with_capacity(quoted.len());
        // Quotes with no attribution of their own, to inherit one later.
        let mut standalone = Vec::new();
        for (i, q) in quoted.iter().enumerate() {
            let (start, end) = trim_content(text, q.start, q.end);
            if end <= start {
                found.push(None);
                continue;
            }
            let para_end = paragraphs.end_after(q.close);
            let next_open = quoted.get(i + 1).map_or(text.len(), |n| n.open);
            let tail_end = para_end.min(next_open);
            let sentence_start = first_sentence(sentences, q.open, |s| s.start <= q.open && q.open < s.end.max(s.start + 1))
                .map_or(q.open, |s| s.start);
            let para_start = paragraphs.start_before(q.open);
            // Within reach of the mark: a page without sentence ends would make every head the whole page.
            let head = Sentence { index: 0, start: sentence_start.max(para_start).min(q.open), end: q.open };
            let head_start = clause_reach(text, &head, q.open, q.open).start;
            // `Cruz called the ruling "a disgrace"`: a verb of naming says whose words the marks
            // hold, however few; `… "dangerous" and "ideological"` names twice.
            let named_before = (i > 0)
                .then(|| found[i - 1].as_ref().filter(|f| f.rule == "quote/scan/naming" || f.rule == "quote/scan/words-of"))
                .flatten()
                .filter(|_| matches!(text[quoted[i - 1].close.min(q.open)..q.open].trim(), "and" | "or" | ","));
            if let Some(prev) = named_before {
                let prev = prev.clone();
                found.push(Some(Found { start, end, ..prev }));
                continue;
            }
            let naming = self
                .naming_attribution(text, head_start, q.open)
                .map(|(speaker, lemma)| (speaker, lemma, "quote/scan/naming"))
                .or_else(|| Some((self.words_of(text, head_start, q.open)?, "say", "quote/scan/words-of")));
            if let Some((speaker, lemma, rule)) = naming {
                found.push(Some(Found {
                    start,
                    end,
                    speaker,
                    cue: lemma.to_string(),
                    direct: true,
                    attribution: (speaker.start, q.open),
                    rule,
                }));
                continue;
            }
            // `the so-called "zero tolerance" policy`, `The "History" section`: a short phrase in
            // marks inside a sentence, with a word right after it, names or labels; nobody says it.
            if scare_quote(text, head_start, q.open, q.start, q.end, q.close) {
                found.push(None);
                continue;
            }
            // `… every family." A spokesperson said 3,500 …`: after a quote that ends its sentence,
            // a cue that opens a clause of its own attributes that clause, not the quote.
            let ends_sentence = text[q.start..q.end].trim_end().ends_with(['.', '!', '?']);
            let attribution = self
                .attribution_after(cues, text, sentences, q.close, tail_end)
                .map(|(speaker, cue, attr_end)| {
                    let sentence_end = first_sentence(sentences, attr_end, |s| s.start <= attr_end && attr_end <= s.end).map_or(attr_end, |s| clause_reach(text, s, attr_end, attr_end).end);
                    (speaker, cue, attr_end, sentence_end)
                })
                .filter(|(_, cue, attr_end, sentence_end)| {
                    let after = skip_adjuncts(text, *attr_end, *sentence_end, cue.lemma, &self.words);
                    !ends_sentence || !more_words_than(&text[after..*sentence_end], 3)
                });
            if let Some((speaker, cue, attr_end, sentence_end)) = attribution {
                // Several words before the mark: a reported sentence holding a partial quote.
                let partial = more_words_than(&text[head_start..q.open], 2);
                let (start, end, direct) = if partial { (head_start, q.close, false) } else { (start, end, true) };
                found.push(Some(Found {
                    start,
                    end,
                    speaker,
                    cue: cue.lemma.to_string(),
                    direct,
                    attribution: (q.close, sentence_end.max(attr_end)),
                    rule: "quote/scan/attribution-after",
                }));
                continue;
            }
            // `Obama tweeted using his @POTUS account:` may also end the paragraph before, the
            // quote opening the next one.
            let before_para = text[..para_start].trim_end();
            let colon_before = (text[para_start..q.open].trim().is_empty() && before_para.ends_with(':')).then(|| before_para.len() - 1);
            let before = self
                .attribution_before(cues, text, head_start, q.open)
                .map(|(speaker, cue)| (speaker, cue, q.open, "quote/scan/attribution-before"))
                .or_else(|| {
                    let colon = colon_before?;
                    let prev_para_start = paragraphs.start_before(colon);
                    let from = first_sentence(sentences, colon, |s| s.start <= colon && colon < s.end).map_or(prev_para_start, |s| s.start.max(prev_para_start));
                    let (speaker, cue) = self.attribution_before(cues, text, from, q.open)?;
                    Some((speaker, cue, colon + 1, "quote/scan/attribution-before-paragraph"))
                });
            if let Some((speaker, cue, attribution_end, rule)) = before {
                found.push(Some(Found {
                    start,
                    end,
                    speaker,
                    cue: cue.lemma.to_string(),
                    direct: true,
                    attribution: (speaker.start, attribution_end),
                    rule,
                }));
                continue;
            }
            // `"So far, it's the Internet: 1, Scientology: 0." - Matthew Ingram`: a name after a
            // dash, closing the paragraph, signs the quote.
            if let Some(speaker) = dash_signature(text, q.close, para_end) {
                found.push(Some(Found {
                    start,
                    end,
                    speaker,
                    cue: "say".to_string(),
                    direct: true,
                    attribution: (q.close, speaker.end),
                    rule: "quote/scan/dash-signature",
                }));
                continue;
            }
            // `"…," Noori told the press, "to show …"`: the second part continues the first.
            // The attribution between the parts ends with a comma (`says on "The … Countdown"` names a title).
            let resumes = i > 0
                && found[i - 1].as_ref().is_some_and(|f| f.direct && f.attribution.1 >= q.open.min(f.attribution.1) && !more_words_than(&text[f.attribution.0.min(q.open)..q.open], 12) && quoted[i - 1].close <= q.open && !text[quoted[i - 1].close..q.open].contains('\n'))
                && text[quoted[i - 1].close..q.open].trim_end().ends_with([',', ':', '—', '–']);
            if resumes {
                let prev = found[i - 1].clone().unwrap();
                found.push(Some(Found { start, end, rule: "quote/scan/continued", ..prev }));
                continue;
            }
            // Words before the mark in its sentence make it a phrase inside prose
            // (scare quotes, titles), not a quotation of its own.
            let opens_sentence = text[head_start..q.open].trim().is_empty();
            // A short one counts when it is a whole sentence (`"We will appeal."`), as titles are not.
            if opens_sentence && (more_words_than(&text[start..end], 3) || (ends_sentence && more_words_than(&text[start..end], 1))) {
                standalone.push(i);
            }
            found.push(None);
        }
        for i in standalone {
            let q = quoted[i];
            let para_start = paragraphs.start_before(q.open);
            // The quote before it in its paragraph or the paragraph before, else the next in its paragraph.
            let prev_para_start = paragraphs.start_before(text[..para_start.saturating_sub(1)].trim_end().len());
            // Found quotes start in text order, so both looks stop at the first one out of
            // reach: a scan to the document's ends for every quote is quadratic.
            let before = found[..i].iter().rev().flatten().take_while(|f| f.start >= prev_para_start).find(|f| f.direct).cloned();
            let para_end = paragraphs.end_after(q.close);
            let after = || found[i + 1..].iter().flatten().next().filter(|f| f.start < para_end).cloned();
            if let Some(source) = before.or_else(after) {
                let (start, end) = trim_content(text, q.start, q.end);
                found[i] = Some(Found { start, end, rule: "quote/scan/continued", ..source });
            }
        }
        found.into_iter().flatten().collect()
    }

    /// `, Brané said` / `, said Gelernt, deputy …` / `, the department said` after a closing mark.
    fn attribution_after<'s>(&'s self, cues: &DocCues<'s>, text: &str, sentences: &[Sentence], from: usize, to: usize) -> Option<(Speaker, Cue<'s>, usize)> {
        let rest = &text[from..to];
        let lead = rest.len() - rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',').len();
        let from = from + lead;
        // `"…," U.S. President Joe Biden said`: a dotted abbreviation the splitter ran on
        // through ends no sentence.
        let splitter_ends = |dot: usize| {
            let next = dot + 1 + (text[dot + 1..].len() - text[dot + 1..].trim_start().len());
            let i = sentences.partition_point(|s| s.start <= dot);
            sentences.get(i).is_some_and(|s| s.start <= next)
        };
        let initialism = |dot: usize| {
            let word = text[..=dot].rsplit(' ').next().unwrap_or("");
            word.len() >= 4 && word.as_bytes().chunks(2).all(|pair| pair.len() == 2 && pair[0].is_ascii_uppercase() && pair[1] == b'.')
        };
        let sentence_end = text[from..to]
            .match_indices(". ")
            .map(|(n, _)| from + n)
            .find(|&dot| !self.words.is_title_dot(text, dot) && (!initialism(dot) || splitter_ends(dot)))
            .map_or(to, |dot| dot + 1);
        // Not a cue inside a relative clause of the speaker (`an agent, who asked not to be named, wrote`).
        let in_relative = |at: usize| {
            let head = &text[from..at];
            [", who ", ", which "].iter().filter_map(|c| head.rfind(c)).max().is_some_and(|n| !head[n + 2..].contains(", "))
        };
        // Nor a cue's form used as a noun (`a spokesman for the secretary of state said`).
        let as_noun = |at: usize| {
            lowered(last_word(&text[from..at]), |w| w == "of" || self.words.determiners.contains(w))
        };
        let cue = *self.cues_in(cues, text, from, sentence_end).iter().find(|c| !in_relative(c.start) && !as_noun(c.start))?;
        let before = text[from..cue.start].trim();
        if more_words_than(before, 20) {
            return None;
        }
        let clause_end = sentence_end;
        if before.is_empty() {
            // Inverted: `said Homeland Security Secretary Alejandro Mayorkas, who …`.
            let speaker = self.speaker_after(text, cue.end, clause_end).or_else(|| self.document_source(text, &cue, clause_end))?;
            let end = speaker.role.map_or(speaker.end, |r| r.1);
            return Some((speaker, cue, end));
        }
        let speaker = self.speaker_phrase(text, from, cue.start)?;
        // `"…," Obama explained the rationale behind the plan`: a weak cue with an object of
        // its own attributes nothing to the marks before it.
        if self.words.weak_cues.contains(cue.lemma) {
            let after = skip_adjuncts(text, cue.end, clause_end, cue.lemma, &self.words);
            let object = text[after..clause_end].trim_start();
            let first = object.split_whitespace().next().unwrap_or("");
            // `he added, declining to give details`: a comma right after the cue leaves it
            // without an object of its own.
            if more_words_than(object, 2) && !PREPOSITIONS.contains(&first) && !object.starts_with(',') {
                return None;
            }
        }
        Some((speaker, cue, cue.end))
    }

    /// `according to a statement from the ministry`: the body that issued the document.
    fn document_source(&self, text: &str, cue: &Cue, to: usize) -> Option<Speaker> {
        if cue.lemma != "according_to" {
            return None;
        }
        let rest = &text[cue.end..to];
        let mut words = rest.split_whitespace();
        let (determiner, noun, link) = (words.next()?, words.next()?, words.next()?);
        let documented = matches!(determiner.to_lowercase().as_str(), "a" | "an" | "the" | "its" | "their")
            && self.words.document_nouns.contains(&noun.to_lowercase())
            && matches!(link, "from" | "by" | "of");
        if !documented {
            return None;
        }
        let source = cue.end + rest.find(&format!(" {link} "))? + link.len() + 2;
        self.speaker_after(text, source, to)
    }

    /// `Cruz called the ruling "`, `He described Montalvo as an individual, "`, `what she
    /// termed "`: a finite verb of naming and its object (or `what` and the subject before
    /// it) right before the opening mark. Passives (`was called`) and reduced relatives
    /// (`a group called "`, `the plan, often called "`) name nobody's words.
    fn naming_attribution(&self, text: &str, from: usize, open: usize) -> Option<(Speaker, &str)> {
        let head = text[from..open].trim_end();
        let head = head.strip_suffix(',').unwrap_or(head).trim_end();
        let head_end = from + head.len();
        // The last words, from the right, with their starts; the tenth is the rest of the head.
        let mut starts = Vec::with_capacity(10);
        let mut end = head_end;
        for word in head.rsplitn(10, ' ') {
            let start = end - word.len();
            starts.push((start, word));
            end = start.saturating_sub(1);
        }
        let (verb_at, lemma) =
            starts.iter().take(9).enumerate().find_map(|(i, (_, w))| Some((i, self.words.naming_verbs.get(&w.to_lowercase())?.as_str())))?;
        let (verb_start, verb) = starts[verb_at];
        if verb.starts_with(char::is_uppercase) {
            return None;
        }
        let object = text[verb_start + verb.len()..head_end].trim();
        if object.contains(['.', ';', ':', '!', '?', '"', '“', '”', '(', ')']) {
            return None;
        }
        let object = object.strip_suffix(" as").or_else(|| (object == "as").then_some("")).unwrap_or(object).trim();
        // Adverbs between subject and verb are passed over (`has repeatedly called`).
        let mut subject_end = verb_start;
        for &(start, word) in &starts[verb_at + 1..] {
            if !(lower_in(&self.words.adverbs, word) || word.ends_with("ly")) {
                break;
            }
            subject_end = start;
        }
        let before = text[from..subject_end].trim_end();
        let previous = before.rsplit(' ').next().unwrap_or("").to_lowercase();
        // One comma before the verb sets off a reduced relative (`the plan, often called`); a
        // second closes an appositive after the subject (`Rand Paul, R-Ky., called`).
        let reduced_relative = before.ends_with(',') && before.matches(", ").count() < 1;
        if reduced_relative || matches!(previous.as_str(), "was" | "were" | "is" | "are" | "be" | "been" | "being" | "so" | "also") {
            return None;
        }
        if object.is_empty() {
            // `what she termed "…"`: the subject between `what` and the verb.
            let what = before.rfind("what ").filter(|&n| n == 0 || before[..n].ends_with(' '))?;
            let subject_start = from + what + "what ".len();
            if more_words_than(&text[subject_start..subject_end], 4) {
                return None;
            }
            return Some((self.speaker_phrase(text, subject_start, subject_end)?, lemma));
        }
        if matches!(object.to_lowercase().as_str(), "the" | "a" | "an") {
            return None;
        }
        // `The head of CEI (Italian Episcopal Conference), Nunzio Galantino, has called`: the
        // subject is the name after the parenthesis.
        // (`Rep. Tom Kessler (R-Ohio) called`: a party tag is the name's, no aside.)
        let aside = text[from..subject_end].rfind(')').filter(|&close| {
            let upto = &text[from..from + close + 1];
            !upto.rfind('(').is_some_and(|open| party_and_state(&upto[open..]))
        });
        let subject_from = match aside {
            Some(close) => {
                let after = &text[from + close + 1..subject_end];
                subject_end - after.trim_start_matches([',', ' ']).len()
            }
            None => from,
        };
        let speaker = self.clause_speaker(text, subject_from, subject_end)?;
        if text[speaker.start..speaker.end].contains(['(', ')']) {
            return None;
        }
        Some((speaker, lemma))
    }

    /// `in the words of the Crown prosecutor, Mark Tedeschi, "`: the speaker after `of`.
    fn words_of(&self, text: &str, from: usize, open: usize) -> Option<Speaker> {
        let head = text[from..open].trim_end();
        let head_end = from + head.trim_end_matches([',', ':']).trim_end().len();
        const LEAD: &str = "n the words of ";
        let at = text[from..head_end].rfind(LEAD).filter(|&n| n > 0 && text[from + n - 1..].starts_with(['i', 'I']))?;
        let speaker_start = from + at + LEAD.len();
        if more_words_than(&text[speaker_start..head_end], 12) {
            return None;
        }
        self.speaker_phrase(text, speaker_start, head_end + usize::from(text[head_end..].starts_with(',')))
    }

    /// `Gelernt said: “` / `Clinicians identified “` before an opening mark.
    fn attribution_before<'s>(&'s self, cues: &DocCues<'s>, text: &str, from: usize, open: usize) -> Option<(Speaker, Cue<'s>)> {
        let head = text[from..open].trim_end();
        let colon = head.ends_with(':');
        let head = head.trim_end_matches([':', ',']).trim_end();
        let head_end = from + head.len();
        let cue = *self.cues_in(cues, text, from, head_end).last()?;
        // `tweeted using his @POTUS account: "…"`: a colon allows a short adjunct after the cue.
        let gap = text[cue.end..head_end].split_whitespace().count();
        // `said in a statement, "…"`, `told reporters Monday: "…"`: only adjuncts after the cue.
        let adjuncts_only = || skip_adjuncts(text, cue.end, head_end, cue.lemma, &self.words) >= head_end;
        if cue.end != head_end && !(colon && gap <= 6) && !adjuncts_only() {
            return None;
        }
        let speaker = self.clause_speaker(text, from, cue.start).or_else(|| self.participle_subject(text, from, &cue))?;
        // `Hunt said the fall showed "our plan is working"`: a cue inside the phrase makes the
        // marks part of that cue's reported content, which reported speech finds whole.
        if !self.cues_in(cues, text, speaker.start, speaker.end).is_empty() {
            return None;
        }
        Some((speaker, cue))
    }

    /// `The mayor resigned on Monday, saying …`: a participle cue after a comma has the
    /// subject opening the clause before it as speaker. Only a short clause is read (300
    /// bytes), so a long sentence costs no scan from its start.
    fn participle_subject(&self, text: &str, from: usize, cue: &Cue) -> Option<Speaker> {
        if !text[cue.start..cue.end].ends_with("ing") {
            return None;
        }
        let comma = from + text[from..cue.start].trim_end().strip_suffix(',')?.len();
        if comma - from > 300 {
            return None;
        }
        let speaker = self.sentence_subject(text, from, comma)?;
        // `The ministry issued a statement`, `The police sent more officers`: a past form
        // with an object is the clause's verb, not a participle modifying the subject (`a
        // statement issued by …`), so the subject ends before it.
        let phrase = &text[speaker.start..speaker.end];
        // What follows a word runs on past the phrase to the comma: `Governor Gavin Newsom
        // declared` is a phrase whose last word has its object after it.
        let clause = &text[speaker.start..comma];
        let mut previous = "";
        let mut at = 0;
        for w in phrase.split(' ') {
            if self.words.verb_after_noun(previous, w, &clause[(at + w.len()).min(clause.len())..]) {
                return Some(Speaker { start: speaker.start, end: speaker.start + phrase[..at].trim_end().len(), role: None });
            }
            previous = w;
            at += w.len() + 1;
        }
        Some(speaker)
    }

    /// `…, with the Times reporting …`: the subject of an absolute clause whose verb is the
    /// participle cue, read within 200 bytes before it.
    fn absolute_subject(&self, text: &str, s: &Sentence, cue: &Cue) -> Option<Speaker> {
        let near = tail_start(text, s.start, cue.start, 200);
        let n = text[near..cue.start].rfind(", with ")?;
        let from = near + n + ", with ".len();
        self.speaker_phrase(text, from, cue.start)
    }

    /// Reported content after such a participle, when it reads as a clause (`, saying the
    /// city was safe`, `, adding that …`), not a noun phrase (`, adding 200 jobs`).
    fn participle_after_clause(&self, text: &str, s: &Sentence, cue: &Cue) -> Option<Found> {
        let speaker = self.participle_subject(text, s.start, cue)?;
        self.participle_content(text, s, cue, speaker, "quote/reported/participle-subject", false)
    }

    /// The reported content after participle `cue` in `s`, said by `speaker`: past any adjuncts
    /// it opens with `that` or reads as a clause. With `not_quotation`, a quotation mark there
    /// ends it (the quotation is a record of its own).
    fn participle_content(&self, text: &str, s: &Sentence, cue: &Cue, speaker: Speaker, rule: &'static str, not_quotation: bool) -> Option<Found> {
        let after = skip_adjuncts(text, cue.end, s.end, cue.lemma, &self.words);
        let object = text[after..s.end].trim_start();
        if not_quotation && object.starts_with(['"', '“']) || !object.starts_with("that ") && !self.object_reads_as_clause(cue, object) {
            return None;
        }
        let (start, end) = content_after(text, after, s.end, cue.lemma, &self.words)?;
        Some(Found { start, end, speaker, cue: cue.lemma.to_string(), direct: false, attribution: (cue.start, cue.end), rule })
    }

    /// Whether a participle cue's object without `that` is a clause: for a weak cue one that
    /// reads as a clause; for another a past verb after a noun does too (`, saying the fires
    /// posed an extreme threat`, not `, saying a prayer`).
    fn object_reads_as_clause(&self, cue: &Cue, object: &str) -> bool {
        if self.words.weak_cues.contains(cue.lemma) {
            self.words.reads_as_clause(object)
        } else {
            self.words.reads_as_clause_or_past(object)
        }
    }

    /// `"…," Smith said in a statement, adding that the deal would create jobs`: reported
    /// content after a participle cue in the attribution of a quotation, whose speaker it has;
    /// at most ten words stand between the speaker (or role) and the comma before the cue.
    fn participle_after_quotation(&self, text: &str, s: &Sentence, cue: &Cue, quoted: &[Found]) -> Option<Found> {
        if !text[cue.start..cue.end].ends_with("ing") {
            return None;
        }
        let q = quoted.iter().find(|q| q.attribution.0 <= cue.start && cue.start < q.attribution.1)?;
        let said_end = q.speaker.role.map_or(q.speaker.end, |r| r.1).max(q.speaker.end);
        let between = text.get(said_end..cue.start)?;
        if !between.trim_end().ends_with(',') || more_words_than(between, 10) || has_quote_or_colon(between) {
            return None;
        }
        self.participle_content(text, s, cue, q.speaker, "quote/reported/participle", true)
    }

    /// `The bank held rates, with Governor Andrew Bailey saying the outlook was uncertain`:
    /// an absolute clause reports the words of its own subject, whatever the clause before.
    fn absolute_clause(&self, text: &str, s: &Sentence, cue: &Cue) -> Option<Found> {
        let speaker = self.absolute_subject(text, s, cue)?;
        self.participle_content(text, s, cue, speaker, "quote/reported/absolute", false)
    }

    /// The speaker phrase right before a cue, after any lead-in (`However, the DHS noted`).
    fn clause_speaker(&self, text: &str, from: usize, to: usize) -> Option<Speaker> {
        // `…; Jones said`: the subject is in the clause after the last semicolon (looked for
        // near the cue only: a sentence may run for megabytes).
        let near = tail_start(text, from, to, 400);
        let from = text[near..to].rfind("; ").map_or(from, |n| near + n + 2);
        let lead = text[from..to].len() - text[from..to].trim_start().len();
        let from = from + lead + dateline_len(&text[from + lead..to]);
        // `corp . ' s chevrolet division said`: a tokenized possessive the splitter cut from its
        // owner; the subject is what it owns.
        let from = ["' s ", "'s ", "’s "].iter().find(|p| text[from..to].starts_with(**p)).map_or(from, |p| from + p.len());
        // `Speaking to the public he said`: a participle phrase without its comma, then the subject.
        let head = text[from..to].trim_end();
        if head.split(' ').next().is_some_and(|w| w.ends_with("ing") && w.starts_with(char::is_uppercase))
            && let Some(space) = head.rfind(' ')
            && self.words.is_pronoun(&head[space + 1..].to_lowercase())
        {
            return self.speaker_phrase(text, from + space + 1, to);
        }
        if let Some(s) = self.speaker_phrase(text, from, to) {
            return Some(s);
        }
        // `Scott Carson, president and CEO of Boeing Commercial Airplanes said`: a name and its
        // role, the role's closing comma left out.
        if let Some(n) = find_comma_space(head) {
            let (name, role) = (&head[..n], &head[n + 2..]);
            let words = name.split(' ').count();
            let role_opens = role.split(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase) && lower_in(&self.words.titles, w));
            if (2..=3).contains(&words) && name.split(' ').all(|w| w.starts_with(char::is_uppercase)) && role_opens && !role.contains(", ") {
                let role_start = from + n + 2;
                return Some(Speaker { start: from, end: from + n, role: Some((role_start, from + head.len())) });
            }
        }
        let mut at = from;
        while let Some(n) = find_comma_space(&text[at..to]) {
            at += n + 2;
            let rest = &text[at..to];
            // `…, with Boswell stating: "…"`: the subject of an absolute clause.
            let after_conjunction = ["but ", "and ", "while ", "so ", "with "].iter().find_map(|c| rest.strip_prefix(c)).map(|r| to - r.len());
            if let Some(s) = self.speaker_phrase(text, after_conjunction.unwrap_or(at), to) {
                return Some(s);
            }
        }
        // `… the station where they claimed`: the subject of a subordinate clause, after the
        // last of these words, if at most six words follow it (`after US bank chief Ben
        // Bernanke said`). Each ends in a space, so the spaces are tried from the right, and
        // the look stops once more than six words follow.
        let head = &text[from..to];
        const SUBORDINATORS: &[&str] =
            &[" where ", " because ", " when ", " after ", " as ", " since ", " while ", " but ", " and ", " although ", " though ", " if "];
        for (space, _) in head.rmatch_indices(' ') {
            let at = from + space + 1;
            if more_words_than(&text[at..to], 6) {
                return None;
            }
            if SUBORDINATORS.iter().any(|w| head[..space + 1].ends_with(w)) {
                return self.speaker_phrase(text, at, to);
            }
        }
        None
    }

    /// Where `, who` opens the relative clause whose verb is the cue right after `before`
    /// (only adverbs and auxiliaries between: `, who had also told`).
    fn relative_subject_at(&self, before: &str) -> Option<usize> {
        let n = before.rfind(", who ")?;
        let between = &before[n + ", who ".len()..];
        between.split_whitespace().all(|w| lower_in(&self.words.adverbs, w) || w.ends_with("ly")).then_some(n)
    }

    /// Where a relative clause opens in `before` (the text up to a cue) whose own verb is not
    /// the cue (`who heads the group` then `said`); `who said` is left to the cue's subject.
    fn open_relative_clause_at(&self, before: &str) -> Option<usize> {
        // The clause is short, its subject shorter: only the text near the cue is searched.
        let near = tail_start(before, 0, before.len(), 300);
        let (n, w) = first_relative_pronoun(&before[near..]).map(|(i, w)| (near + i, w))?;
        let clause = &before[n + w.len()..];
        let own_verb = clause.split_whitespace().any(|w| !lower_in(&self.words.adverbs, w) && !w.ends_with("ly"));
        // A comma or a conjunction in between may start another clause with its own subject
        // (`The man who lost his job left, but his lawyer said`).
        let one_clause = !clause.contains(", ") && !clause.contains(" and ") && !clause.contains(" but ") && !more_words_than(clause, 12);
        // `The document, which media reports range …`: the pronoun is the object and the
        // clause's own subject reports (a name, a determiner, a pronoun or a speaker noun first).
        let first = clause.split_whitespace().next().unwrap_or("");
        let own_subject = w != " whose "
            && (first.starts_with(char::is_uppercase)
                || lowered(first, |f| matches!(f, "the" | "a" | "an" | "his" | "her" | "their" | "its") || self.words.is_pronoun(f))
                || !more_words_than(clause, 1) && lower_in(&self.words.speaker_heads, first));
        (own_verb && one_clause && !own_subject).then(|| before[..n].trim_end_matches(',').len())
    }

    /// `speaking at a rally in Ohio`, `adding that …`: a participle phrase after a name is an
    /// adjunct, no role (`managing director`, `acting secretary` have a title word soon).
    fn participle_phrase(&self, role: &str) -> bool {
        let mut words = role.split_whitespace();
        // `said Smith, adding: "…"`: the colon that opens the next quotation is no part of it.
        let first = words.next().unwrap_or("").trim_end_matches([',', ':', ';']);
        first.len() > 4 && first.starts_with(char::is_lowercase) && first.ends_with("ing") && !words.take(2).any(|w| lower_in(&self.words.titles, w.trim_end_matches(',')))
    }

    /// Where reported content `text[start..end]` ends when a `, and` / `, but` / `;` in it
    /// opens a clause whose subject is a speaker phrase right before a cue (`…, and Jones
    /// said …`); `, and that …` continues the same report.
    fn next_attributed_clause(&self, cues: &DocCues, text: &str, start: usize, end: usize) -> Option<usize> {
        let content = &text[start..end];
        for (n, separator) in content.match_indices([',', ';']) {
            // `, with the Times reporting …`: an absolute clause, whose cue is a participle.
            let mut with = false;
            let mut rest = start + n + 1;
            rest += text[rest..end].len() - text[rest..end].trim_start().len();
            if separator == "," {
                let after = &text[rest..end];
                let Some(conjunction) = ["and ", "but ", "while ", "with "].iter().find(|c| after.starts_with(**c)) else { continue };
                rest += conjunction.len();
                with = *conjunction == "with ";
            }
            // The cue is looked for only near the separator: a long sentence has many commas.
            let mut reach = (rest + 200).min(end);
            while !text.is_char_boundary(reach) {
                reach -= 1;
            }
            let Some(&cue) = self.cues_in(cues, text, rest, reach).first() else { continue };
            if text[cue.start..cue.end].ends_with("ing") != with || more_words_than(&text[rest..cue.start], 8) {
                continue;
            }
            if self.speaker_phrase(text, rest, cue.start).is_some() {
                return Some(start + content[..n].trim_end().len());
            }
        }
        None
    }

    /// Where `, saying`, `, adding` or another participle cue right after a comma cuts the
    /// content `start..end`: the end of the content before that comma.
    fn participle_cue_after_comma(&self, cues: &DocCues, text: &str, start: usize, end: usize) -> Option<usize> {
        let content = &text[start..end];
        content.match_indices(", ").find_map(|(n, _)| {
            let at = start + n + 2;
            let cue = *self.cues_in(cues, text, at, end).first()?;
            (cue.start == at && text[cue.start..cue.end].ends_with("ing")).then(|| start + content[..n].trim_end().len())
        })
    }

    /// After the comma at `comma`, an appositive describing a person or body and closed by a
    /// comma before `to`: `a spokesman for the county`, `the group's director` (a determiner,
    /// then a title word or speaker noun within eight words). Its span, without the commas.
    fn appositive_at(&self, text: &str, comma: usize, to: usize) -> Option<(usize, usize)> {
        let rest = text[comma..to].strip_prefix(',')?;
        let start = comma + 1 + (rest.len() - rest.trim_start().len());
        let n = find_comma_space(&text[start..to])?;
        let segment = &text[start..start + n];
        let mut words = segment.split_whitespace();
        // (`one of two members who voted against it` describes as `a member` does.)
        let determiner = words.next().is_some_and(|w| matches!(w, "a" | "an" | "the" | "its" | "his" | "her" | "their")) || segment.starts_with("one of ");
        let described = segment
            .split_whitespace()
            .skip(1)
            .take(8)
            .any(|w| lower_in(&self.words.titles, w.trim_end_matches(',')) || lower_in(&self.words.speaker_heads, w.trim_end_matches(',')));
        (determiner && described && !more_words_than(segment, 12)).then_some((start, start + n))
    }

    /// The name or determined noun phrase that ends at `to`: a run of capitalized words
    /// (`Tom Devocht`), else `the|a … HEAD` (`the spokesman`), as a speaker phrase.
    fn noun_before(&self, text: &str, from: usize, to: usize) -> Option<Speaker> {
        let head = &text[from..to];
        let mut starts = Vec::new();
        let mut at = head.len();
        for word in head.rsplit(' ') {
            if word.is_empty() {
                break;
            }
            at -= word.len();
            starts.push((from + at, word));
            at = at.saturating_sub(1);
            if starts.len() >= 6 {
                break;
            }
        }
        let capitals = starts.iter().take_while(|(_, w)| w.starts_with(char::is_uppercase)).count();
        if capitals > 0 {
            // A sentence-initial word (`He met Devocht`) is not part of the name.
            let mut k = capitals;
            while k > 1 && (starts[k - 1].0 == from || self.words.is_pronoun(starts[k - 1].1)) {
                k -= 1;
            }
            return self.core_phrase(text, starts[k - 1].0, to);
        }
        // The shortest determined phrase: `… surprised most analysts, who` → `most analysts`.
        starts.iter().find_map(|&(at, w)| {
            let lower = w.to_lowercase();
            let determined = matches!(lower.as_str(), "the" | "a" | "an") || self.words.is_quantifier(&lower);
            if determined { self.core_phrase(text, at, to) } else { None }
        })
    }

    /// The longest speaker phrase that opens the sentence, after any fronted adjuncts
    /// (`On Tuesday, the ministry issued …`: the subject is `the ministry`, not `On`).
    fn sentence_subject(&self, text: &str, from: usize, to: usize) -> Option<Speaker> {
        // `WILMINGTON, Del. (AP) — Hartwell's filed … and said`: the subject follows the dateline.
        let from = from + dateline_len(&text[from..to]);
        let from = past_fronted_adjuncts(text, from, to, &self.words.fronted_adverbs);
        let mut best = None;
        let mut at = from;
        let mut previous = "";
        for word in text[from..to].split_inclusive(' ') {
            // `Mayor Eric Adams praised the ruling and said …`: a verb after the name ends the
            // subject, though a title before it lets a lowercase word head a phrase.
            // `The Government Accountability Office (GAO) reviewed …`: an abbreviation in brackets too.
            if best.is_some() && previous.trim_start_matches('(').starts_with(char::is_uppercase) && self.words.verb_after_noun(previous, word.trim_end(), &text[at + word.len()..to]) {
                break;
            }
            previous = word.trim_end();
            at += word.len();
            // `Rep. Henry Cuellar, D-Texas, called …`: a comma after a word does not end the name.
            let end = from + text[from..at].trim_end_matches([' ', ',']).len();
            match self.core_phrase(text, from, end) {
                Some(s) => best = Some(s),
                None if best.is_some() => break,
                None => {}
            }
        }
        best
    }

    /// `text[from..to]` as a speaker phrase: a short noun phrase headed by a
    /// name, an acronym, a pronoun or a speaker noun, with an optional appositive
    /// (`Michelle Brané, executive director of …,`).
    fn speaker_phrase(&self, text: &str, from: usize, to: usize) -> Option<Speaker> {
        if to <= from {
            return None;
        }
        let mut raw = &text[from..to];
        // `As Heald told The Huffington Post, …`: a conjunction opening the sentence is no
        // part of the speaker's name.
        let opened = raw.trim_start();
        // After a comma too: `…, as aid groups warned that …`.
        let opener = ["As ", "When ", "While ", "Although ", "Though ", "Because ", "But ", "And ", "So ", "Yet "]
            .iter()
            .find(|w| (opened.starts_with(**w) || opened.starts_with(&w.to_lowercase()) && **w != "So ") && opened[w.len()..].starts_with(char::is_alphabetic));
        if let Some(w) = opener {
            return self.speaker_phrase(text, to - opened.len() + w.len(), to);
        }
        // `If volunteers think the site is going wrong, …`: a condition reports nobody's words.
        if opened.starts_with("If ") || opened.starts_with("Unless ") {
            return None;
        }
        // `Valeska Paris, an Australian woman, has claimed`: the auxiliary goes first.
        for aux in [" has", " have", " had"] {
            if let Some(rest) = raw.trim_end().strip_suffix(aux) {
                raw = rest;
            }
        }
        // `The ministry on Tuesday said …`: when the speaker spoke is no part of who.
        if let Some(cut) = trailing_time_adjunct(raw.trim_end()) {
            raw = &raw[..cut];
        }
        let trimmed = raw.trim_end();
        let lead = raw.len() - raw.trim_start().len();
        let start = from + lead;
        if trimmed.ends_with(',') {
            // NAME, APPOSITIVE,   or   NAME, (a comma before the verb)
            let inner = trimmed[lead..trimmed.len() - 1].trim_end();
            let Some(comma) = find_comma_space(inner) else {
                return self.core_phrase(text, start, start + inner.len());
            };
            let name_end = start + comma;
            if let Some(inverted) = self.role_then_name(text, start, name_end, start + inner.len()) {
                return Some(inverted);
            }
            let core = self.core_phrase(text, start, name_end)?;
            let mut role_start = name_end + 2;
            let mut role_end = start + inner.len();
            // `Maria Gomez, 45, a mother of three`: the age is no part of the role.
            let age = text[role_start..role_end].bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&age) && text[role_start + age..role_end].starts_with(", ") {
                role_start += age + 2;
            }
            // `deputy director of the project, who argued the case`, `a lawyer who has filed
            // suit`: the relative clause is no role.
            let role_text = &text[role_start..role_end];
            if let Some(n) = first_relative_clause(role_text).into_iter().chain(first_relative_pronoun(role_text).map(|(n, _)| n)).min() {
                role_end = role_start + n;
            }
            let role_text = &text[role_start..role_end];
            if more_words_than(role_text, 40) {
                return None;
            }
            // `Jones, 52, said`: an age alone is no role.
            if is_age(role_text) {
                return Some(core);
            }
            // Case kept: `WHO regional director` opens a role, `who argued` a clause.
            let first = role_text.split_whitespace().next().unwrap_or("");
            // `Judge Dana Sabraw, in San Diego,`: a place, no role.
            let placed = matches!(first, "in" | "at" | "from" | "on" | "near");
            // `one of two members who voted against it` says which group, not a role.
            let one_of = role_text.starts_with("one of ");
            let role = if matches!(first, "who" | "which" | "whose" | "where") || placed || one_of || party_and_state(role_text) || self.participle_phrase(role_text) {
                None
            } else {
                Some(strip_article(text, role_start, without_party_tag(text, role_start, role_end)))
            };
            return Some(Speaker { role, ..core });
        }
        self.core_phrase(text, start, from + trimmed.len())
    }

    /// `Its chief executive, Enver Solomon, said`, `A spokeswoman for DHS, Katie Waldman,
    /// said`: a determined role, then the name.
    fn role_then_name(&self, text: &str, start: usize, role_end: usize, end: usize) -> Option<Speaker> {
        let role = &text[start..role_end];
        let words: Vec<&str> = role.split_whitespace().collect();
        let first = words.first()?.to_lowercase();
        let determined = first == "another" || first == "one" || self.words.determiners.contains(&first);
        // The role's last word names a person or body (`the restaurant's owner`, `another
        // automaker`), or a title stands in it (`the chief executive officer`).
        let head = words.last()?;
        let head_noun = head.starts_with(char::is_lowercase) && (lower_in(&self.words.titles, head) || lower_in(&self.words.speaker_heads, head));
        let titled = words.iter().skip(1).any(|w| lower_in(&self.words.titles, w));
        // Without a determiner only a description of a few words (`Irish low cost airline,
        // Ryanair, announced`, as headlines and ledes write it), never a lone noun (`Police,`)
        // or a fronted place (`In the capital, …`).
        let described = head_noun && words.len() >= 2 && !PREPOSITIONS.contains(&first.as_str());
        if !(determined && (titled || head_noun) || !determined && described) {
            return None;
        }
        // `The Refugee Council's director, …` names its body: leave it to the usual path
        // (`the Crown prosecutor, Mark Tedeschi` is a title with a capital, no body).
        let name_start = role_end + 2;
        let mut name: Vec<&str> = text[name_start..end].split_whitespace().collect();
        // `General Motors (GM)`: the abbreviation after a name is no part of it.
        let mut name_end = end;
        if let Some(abbreviation) = name.last().filter(|w| name.len() > 1 && w.starts_with('(') && w.ends_with(')')) {
            let before = text[name_start..end].trim_end().strip_suffix(abbreviation)?;
            name_end = name_start + before.trim_end().len();
            name.pop();
        }
        // (A number may end a body's name: `The union representing 2,300 workers, AFSCME Local 1102,`.)
        let name_word = |w: &&str| w.starts_with(char::is_uppercase) || w.bytes().all(|b| b.is_ascii_digit());
        if !(1..=4).contains(&name.len()) || !name[0].starts_with(char::is_uppercase) || !name.iter().all(name_word) || self.words.is_pronoun(name[0]) {
            return None;
        }
        let role_start = if determined { start + first.len() + 1 } else { start };
        Some(Speaker { start: name_start, end: name_end, role: Some((role_start, role_end)) })
    }

    fn core_phrase(&self, text: &str, from: usize, to: usize) -> Option<Speaker> {
        if to <= from {
            return None;
        }
        let mut end = to;
        // Drop adverbs before the cue: `the report further`, `officials also`.
        loop {
            let phrase = text[from..end].trim_end();
            let last_start = phrase.rfind(' ').map_or(0, |n| n + 1);
            let last = &phrase[last_start..];
            // `the family`, `an ally`: after a determiner a word in -ly is a noun.
            let after_determiner = lowered(last_word(&phrase[..last_start]), |w| self.words.determiners.contains(w));
            if last_start > 0 && last.starts_with(char::is_lowercase) && (self.words.adverbs.contains(last) || last.ends_with("ly") && !after_determiner) {
                end = from + last_start;
                continue;
            }
            end = from + phrase.len();
            break;
        }
        // `Rep. Tom Kessler (R-Ohio) called …`: a party tag in brackets is no part of the name.
        if let Some(n) = text[from..end].rfind(" (").filter(|&n| text[..end].ends_with(')') && party_and_state(&text[from + n + 1..end])) {
            end = from + n;
        }
        // `the task force created by Mr. Biden`: the modifier is not part of the name.
        // (Each marker holds `d by` or `d in`: most phrases are ruled out by one pass.)
        if text.as_bytes()[from..end].windows(4).any(|w| w == b"d by" || w == b"d in") {
            for marker in [" created by ", " led by ", " based in "] {
                if let Some(n) = text[from..end].find(marker) {
                    end = from + n;
                }
            }
        }
        let phrase = &text[from..end];
        // The cheapest tests first: a phrase with quotation marks, `;` or `:` is no speaker.
        if has_quote_or_colon(phrase) {
            return None;
        }
        // A list of names (`A, B and C`) is one speaker; other commas end the phrase.
        let list = rfind_comma_space(phrase).is_some_and(|n| phrase[n..].contains(" and "))
            && phrase.split(", ").all(|p| p.starts_with(char::is_uppercase) || p.starts_with("the "));
        if phrase.contains(',') && !list {
            return None;
        }
        // More than 24 words (16 but in a list) are never a speaker phrase, so the words
        // fit in an array and are split no further than that.
        let limit = if list { 24 } else { 16 };
        let mut words = [""; 24];
        let mut count = 0;
        for word in phrase.split_whitespace() {
            if count == limit {
                return None;
            }
            words[count] = word;
            count += 1;
        }
        let tokens = &words[..count];
        if tokens.is_empty() {
            return None;
        }
        // `' s chevrolet division` (a tokenized possessive cut off from its owner): a phrase
        // opening with a single quotation mark or a bare `s` is the tail of another word.
        if tokens[0].starts_with(['\'', '‘', '’']) || tokens[0] == "s" {
            return None;
        }
        // `You'll note …`: a generic second person reports nobody's words.
        if count == 1 && lower_in(&self.words.generic_subjects, tokens[0]) {
            return None;
        }
        // `Developer Brightfen Energy said`, `Retailer Hartwell's said`: a company noun before
        // a name, capitalized only as the sentence's first word, describes the company.
        if count > 1
            && tokens[0].starts_with(char::is_uppercase)
            && lower_in(&self.words.company_heads, tokens[0])
            && tokens[1..].iter().all(|t| t.starts_with(char::is_uppercase))
            && let Some(n) = phrase.find(tokens[1])
        {
            return self.core_phrase(text, from + n, end);
        }
        // `Well I think …`, `First of all, we believe …` (as interviews are transcribed): the
        // interjection is no part of the pronoun subject after it.
        if count > 1 && self.words.is_pronoun(tokens[count - 1]) {
            let pronoun_at = phrase.len() - tokens[count - 1].len();
            if lower_in(&self.words.interjections, phrase[..pronoun_at].trim_end().trim_end_matches(',')) {
                return self.core_phrase(text, from + pronoun_at, end);
            }
        }
        let opens_with_capital = tokens[0].starts_with(char::is_uppercase);
        // A clause, not a noun phrase: `The case on which the Court`, `Kim Shin-Wook was`.
        // Subordinators too: `Eventually when he found …` has its subject after `when`,
        // `Shares rose 5% after the company said …` after `after`.
        // (A `match`, not a list search: compiled to a switch on the length.)
        let clause_word = |t: &str| {
            matches!(
                t,
                "which" | "who" | "whom" | "whose" | "that" | "was" | "were" | "is" | "are" | "be" | "been" | "will" | "would" | "when" | "if"
                    | "because" | "although" | "though" | "unless" | "whether" | "after" | "until" | "whereas"
            )
        };
        if tokens.iter().any(|t| clause_word(t)) || lowered(tokens[0], |w| PREPOSITIONS.contains(&w)) {
            return None;
        }
        // `…, beating economists' forecasts`: a participle opens a clause of its own, no speaker.
        // (`acting FEMA Administrator Laura Quinn`, `outgoing Mayor …`: adjectives of office are no participle.)
        if tokens[0].starts_with(char::is_lowercase)
            && tokens[0].ends_with("ing")
            && !lower_in(&self.words.speaker_heads, tokens[0])
            && !matches!(tokens[0], "acting" | "outgoing" | "incoming" | "sitting" | "presiding" | "managing" | "leading")
        {
            return None;
        }
        let clean = |t: &str| trim_to_alphanumeric(t).to_lowercase();
        if self.head_first(tokens) {
            return Some(Speaker { start: from, end, role: None });
        }
        let mut loose = 0;
        for t in tokens {
            let proper = t.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || t.chars().any(char::is_uppercase) && t.contains('-');
            // Lowercased only when the word is not proper.
            let ok = proper
                || lowered(trim_to_alphanumeric(t), |c| {
                    c.is_empty()
                        || self.words.function_words.contains(c)
                        || self.words.speaker_heads.contains(c)
                        || self.words.is_pronoun(c)
                        || c.ends_with("’s") && t.chars().next().is_some_and(char::is_uppercase)
                });
            // A capitalized phrase may carry a few common-noun modifiers (`Immigrant advocacy organization Al Otro Lado`).
            if !ok {
                loose += 1;
                let head = tokens[tokens.len() - 1];
                let head_ok = head.starts_with(|c: char| c.is_uppercase() || c == '(') || lower_in(&self.words.speaker_heads, trim_to_alphanumeric(head));
                if !(opens_with_capital || head_ok) || loose > 2 {
                    return None;
                }
            }
        }
        let head = tokens[tokens.len() - 1];
        let head_clean = clean(head);
        let capitals = tokens.iter().filter(|t| t.starts_with(char::is_uppercase)).count();
        // A title-case name may end in a lowercase word (`Department of Health and Human services`).
        let head_ok = head.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
            || capitals >= 3 && tokens.len() <= 8
            || self.words.speaker_heads.contains(&head_clean)
            || self.words.is_pronoun(&head_clean);
        let first = clean(tokens[0]);
        if !head_ok
            || matches!(head_clean.as_str(), "the" | "a" | "an" | "of" | "and")
            || (tokens.len() > 1 && self.words.is_pronoun(&first))
            || (first != "the" && first != "a" && first != "an" && tokens[0].starts_with(|c: char| c.is_lowercase())
                && self.words.function_words.contains(&first) && !self.words.speaker_heads.contains(&first)
                // `former President Donald Trump`, `senior official Jane Doe`: a modifier may lead.
                // So may a field (`…, health authorities said`, `border officials said`).
                && !(tokens.len() > 1
                    && matches!(
                        first.as_str(),
                        "former" | "senior" | "acting" | "interim" | "top" | "local" | "federal" | "state" | "unnamed" | "anonymous" | "one" | "another" | "health" | "government" | "border" | "immigration"
                    ))
                // `van Dijk told the BBC`: a surname may open with its particle.
                && !(self.words.name_particles.contains(&first)
                    && tokens[1..].iter().find(|t| !self.words.name_particles.contains(**t)).is_some_and(|t| t.starts_with(char::is_uppercase))))
        {
            return None;
        }
        // A pronoun stands alone; "It is unclear whether" must not become a speaker.
        if tokens.len() == 1 && self.words.is_pronoun(&head_clean) && head_clean == "it" {
            return None;
        }
        Some(Speaker { start: from, end, role: None })
    }

    /// `A leaked internal letter seen by Sky News`, `PC World's recent analysis of
    /// its own traffic`: a determiner or possessive, at most three modifiers, a
    /// speaker head, then nothing or a post-modifier.
    fn head_first(&self, tokens: &[&str]) -> bool {
        // Each word is looked up lowercased and trimmed of punctuation, without a String.
        let trim = trim_to_alphanumeric;
        if tokens.len() < 2 || tokens.len() > 14 {
            return false;
        }
        // `PC World's recent analysis`: a possessive name of up to three words is a determiner.
        let possessive = tokens.iter().take(3).position(|t| t.ends_with("'s") || t.ends_with("’s"));
        if let Some(p) = possessive.filter(|&p| p > 0 && tokens[..p].iter().all(|t| t.starts_with(char::is_uppercase))) {
            return self.head_first(&tokens[p..]);
        }
        let determined = lowered(trim(tokens[0]), |first| {
            matches!(first, "the" | "a" | "an" | "some" | "many" | "other" | "its" | "their" | "his" | "her")
                || tokens[0].ends_with("'s")
                || tokens[0].ends_with("’s")
                || self.words.is_quantifier(first)
        });
        if !determined {
            // `people familiar with the matter`, `sources close to the talks`: a bare head
            // and its post-modifier.
            return lower_in(&self.words.speaker_heads, trim(tokens[0])) && lower_in(&self.words.postmodifiers, trim(tokens[1]));
        }
        let Some(k) = (1..tokens.len().min(5)).find(|&k| lower_in(&self.words.speaker_heads, trim(tokens[k]))) else {
            return false;
        };
        // A head word used as a modifier (`the government data`) is fine; what follows must modify it.
        tokens[1..k].iter().all(|t| !lowered(trim(t), |c| self.words.is_pronoun(c)))
            && (k + 1 == tokens.len()
                || lower_in(&self.words.postmodifiers, trim(tokens[k + 1]))
                || lower_in(&self.words.affiliation_words, trim(tokens[k + 1]))
                    && tokens.get(k + 2).is_some_and(|t| t.starts_with(char::is_uppercase) || lowered(trim(t), |c| self.words.determiners.contains(c)))
                || lower_in(&self.words.speaker_heads, trim(tokens[k + 1])) && k + 2 == tokens.len())
    }

    /// The speaker after an inverted cue: `said Gelernt, deputy director of …`.
    fn speaker_after(&self, text: &str, from: usize, to: usize) -> Option<Speaker> {
        let rest = &text[from..to];
        let lead = rest.len() - rest.trim_start().len();
        let start = from + lead;
        let mut stop = self.words.clause_stop(text, start, to, &[',', '.', ';', '\n']).unwrap_or(to);
        // `said Uralsib analyst Chris Weafer commenting on the decision`: a participle after
        // the name opens an adjunct.
        let mut previous_capitalized = false;
        for (at, word) in text[start..stop].split(' ').scan(start, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        }) {
            if previous_capitalized && word.len() > 4 && word.ends_with("ing") && word.starts_with(char::is_lowercase) {
                stop = at - 1;
                break;
            }
            previous_capitalized = word.starts_with(char::is_uppercase);
        }
        // `said a witness who gave only his first name, Ahmed`: the relative clause is no
        // part of the speaker.
        if let Some(n) = [" who ", " whose ", " whom "].iter().filter_map(|w| text[start..stop].find(w)).min() {
            stop = start + n;
        }
        // `said Bolden to the crowd`: the adjunct after the name is not the speaker.
        if let Some(n) = [" to ", " in ", " at ", " on ", " during ", " after ", " before ", " outside "]
            .iter()
            .filter_map(|p| text[start..stop].find(p))
            .min()
        {
            // `said Afghan Ambassador to the United States Hamdullah Mohib`: a title's complement.
            let before = text[start..start + n].rsplit(' ').next().unwrap_or("").to_lowercase();
            if text[start..start + n].starts_with(char::is_uppercase) && !self.words.titles.contains(&before) {
                stop = start + n;
            }
        }
        // `wrote about the war`, `spoke to the union`: a preposition after the cue opens its
        // complement, and no speaker stands there.
        let first = text[start..stop].split(' ').next().unwrap_or("");
        if matches!(first, "about" | "of" | "to" | "into" | "against" | "toward" | "towards" | "upon" | "through" | "across" | "around" | "with" | "for") {
            return None;
        }
        // `said in a statement` is an adjunct, not a speaker; so is `announced Monday`.
        let core = self.core_phrase(text, start, stop)?;
        let day = text[core.start..core.end].to_lowercase();
        if WEEKDAYS.contains(&day.as_str()) || matches!(day.as_str(), "today" | "yesterday") {
            return None;
        }
        // `said coach Hernan Gomez`, `said team member Rodaba Noori`: a lowercase title before a name.
        let phrase = &text[core.start..core.end];
        let first = phrase.split_whitespace().next().unwrap_or("");
        let titled_name = !PREPOSITIONS.contains(&first)
            && !self.words.adverbs.contains(first)
            && !more_words_than(phrase, 5)
            && phrase.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase));
        // `said a patient`, `said another witness`: an indefinite speaker as well as a definite
        // one; an indefinite document (`according to a statement from the ministry`) is left
        // to name its issuer.
        let indefinite = ["a ", "an ", "another "].iter().any(|d| phrase.starts_with(d))
            && !phrase.split_whitespace().take(4).any(|w| lower_in(&self.words.document_nouns, w));
        let determined = phrase.starts_with("the ") || indefinite;
        // `said former officials`, `said people familiar with the matter`: a bare plural
        // speaker noun among the first words.
        let bare_speakers = !PREPOSITIONS.contains(&first)
            && !self.words.adverbs.contains(first)
            && !matches!(first, "a" | "an" | "another")
            && (phrase.split_whitespace().take(3).any(|w| lower_in(&self.words.speaker_heads, w)) || lower_in(&self.words.speaker_heads, last_word(phrase)));
        if first.starts_with(char::is_lowercase) && !determined && !titled_name && !bare_speakers && !self.words.is_quantifier(first) {
            return None;
        }
        if text[stop..to].starts_with(", ") {
            let mut role_start = stop + 2;
            let mut role_end = text[role_start..to].trim_end_matches(['.', ' ']).len() + role_start;
            // `said the company's chief executive, John Smith.`: the role, then the name (and
            // maybe an age: `said one voter, Linda Park, 67`).
            let name_end = find_comma_space(&text[role_start..role_end])
                .filter(|&n| is_age(&text[role_start + n + 2..role_end]))
                .map_or(role_end, |n| role_start + n);
            if core.end == stop
                && let Some(named) = self.role_then_name(text, core.start, stop, name_end)
            {
                return Some(named);
            }
            // `said Karen Tumlin, founder of the center, whose group plans to sue`.
            if let Some(n) = first_relative_clause(&text[role_start..role_end]) {
                role_end = role_start + n;
            }
            // `said Ana Ruiz, chair of the committee, adding that …`: a participle clause
            // after the role is no part of it.
            if let Some(n) = participle_clause_at(&text[role_start..role_end]) {
                role_end = role_start + n;
            }
            // `said Mira Hoffmann, the charity's head of mission, in a statement`: an adjunct of
            // the saying after the role is no part of it.
            if let Some(n) = adjunct_clause_at(&text[role_start..role_end]) {
                role_end = role_start + n;
            }
            // `said Ana Gomez, 34, who lives nearby`: an age alone is no role.
            if is_age(&text[role_start..role_end]) {
                return Some(core);
            }
            // `said Maria Santos, 52, a fish vendor`: the role follows the age.
            if let Some(n) = find_comma_space(&text[role_start..role_end]).filter(|&n| is_age(&text[role_start..role_start + n])) {
                role_start += n + 2;
            }
            // Case kept, as in speaker_phrase (`WHO regional director`).
            let first = text[role_start..role_end].split_whitespace().next().unwrap_or("");
            if role_end > role_start
                && !matches!(first, "who" | "which" | "whose" | "according")
                && !party_and_state(&text[role_start..role_end])
                && !self.participle_phrase(&text[role_start..role_end])
            {
                return Some(Speaker { role: Some(strip_article(text, role_start, without_party_tag(text, role_start, role_end))), ..core });
            }
        }
        Some(core)
    }

    fn reported_speech(&self, doc_cues: &DocCues, text: &str, sentences: &[Sentence], taken: &mut Taken, quoted: &[Found]) -> Vec<Found> {
        let mut out = Vec::new();
        for sentence in sentences {
            let cues = self.cues_in(doc_cues, text, sentence.start, sentence.end);
            let mut last: Option<Found> = None;
            for (k, cue) in cues.iter().enumerate() {
                let s = &clause_reach(text, sentence, cue.start, cue.end);
                // `"…," Smith said on Sunday, adding that …`: the participle continues the
                // quotation's attribution with its speaker.
                if let Some(f) = self.participle_after_quotation(text, s, cue, quoted) {
                    taken.push((f.start, f.end));
                    last = Some(f.clone());
                    out.push(f);
                    continue;
                }
                if taken.any(cue.start, cue.start + 1, |a, b| a <= cue.start && cue.start < b) {
                    continue;
                }
                // `a DHS report said …`: a cue word right before another cue is a noun.
                // (`They say adding salt …` is a verb before a gerund.)
                if cues.get(k + 1).is_some_and(|next| text[cue.end..next.start].trim().is_empty() && !text[next.start..next.end].ends_with("ing")) {
                    continue;
                }
                // `Insurance claims could top $10 billion`: a plural noun before a modal.
                let surface = &text[cue.start..cue.end];
                let next_word = text[cue.end..s.end].split_whitespace().next().unwrap_or("");
                if surface.ends_with('s') && surface != "says" && MODALS.contains(&next_word) {
                    continue;
                }
                let found = if cue.lemma == "according_to" {
                    self.according_to(text, s, cue)
                } else if text[cue.start..cue.end].ends_with("ing") {
                    // `…, noting that …` continues the clause before with the same speaker.
                    last.as_ref().and_then(|prev| {
                        let (start, end) = content_after(text, cue.end, s.end, cue.lemma, &self.words)?;
                        Some(Found { start, end, cue: cue.lemma.to_string(), attribution: (cue.start, cue.end), rule: "quote/reported/participle", ..prev.clone() })
                    })
                    .or_else(|| self.participle_after_clause(text, s, cue))
                    .or_else(|| self.absolute_clause(text, s, cue))
                    .map(|f| match self.absolute_subject(text, s, cue) {
                        Some(speaker) => Found { speaker, ..f },
                        None => f,
                    })
                } else {
                    self.inverted_inside(text, s, cue)
                        .or_else(|| self.frontal(doc_cues, text, s, cue, false))
                        .or_else(|| self.trailing(text, s, cue))
                        .or_else(|| self.trailing_inverted(text, s, cue))
                };
                let found = found.filter(|f| !taken.any(f.start, f.end, |a, b| f.start < b && a < f.end && (a, b) != f.attribution && b - a > 0 && overlaps_content(f, a, b)));
                if let Some(f) = found {
                    taken.push((f.start, f.end));
                    taken.push(f.attribution);
                    last = Some(f.clone());
                    out.push(f);
                }
            }
        }
        out
    }

    /// `SPEAKER CUE (that) CONTENT.`
    /// `coordinated`: the cue follows another quote's content after `, but` (`said A, but
    /// warned B`), and that quote's speaker speaks (the caller sets it).
    fn frontal(&self, cues: &DocCues, text: &str, s: &Sentence, cue: &Cue, coordinated: bool) -> Option<Found> {
        let before = text[s.start..cue.start].trim_end();
        let speaker = if coordinated {
            self.sentence_subject(text, s.start, cue.start).unwrap_or(Speaker { start: s.start, end: s.start, role: None })
        } else if before.ends_with(" and") {
            // `The government identified 102 children …, and said 54 were …`.
            self.sentence_subject(text, s.start, cue.start)?
        } else if let Some(n) = self.relative_subject_at(before) {
            // `… to meet with Devocht, who had told Montalvo he would …`: `who` stands for the noun before it.
            self.noun_before(text, s.start, s.start + n)?
        } else if let Some(n) = relative_clause_at(before).or_else(|| self.open_relative_clause_at(before)) {
            // `The ACLU, which brought the lawsuit in 2018, said …`: the speaker is before the
            // clause. `The official who briefed reporters said`, `Smith, who heads the group
            // said`: a relative clause without its closing comma ends before the cue.
            // `Smith, a lawyer who has filed suit, said …`: the clause is inside an appositive,
            // and the whole phrase names the speaker and the role.
            let appositive = find_comma_space(&text[s.start..s.start + n]).is_some_and(|c| self.appositive_at(text, s.start + c, cue.start).is_some());
            if appositive {
                self.clause_speaker(text, s.start, cue.start).or_else(|| self.clause_speaker(text, s.start, s.start + n))?
            } else {
                self.clause_speaker(text, s.start, s.start + n).or_else(|| self.clause_speaker(text, s.start, cue.start))?
            }
        } else {
            self.clause_speaker(text, s.start, cue.start)?
        };
        // `I was hauled in and told that …`: `told` without an addressee is passive, and its
        // subject heard the words rather than said them.
        if cue.lemma == "tell" && text[cue.end..s.end].trim_start().starts_with("that ") {
            return None;
        }
        // `He was asked whether …`, `they were told …`: the subject is the addressee.
        let aux = text[s.start..cue.start].split_whitespace().next_back().unwrap_or("");
        if matches!(cue.lemma, "tell" | "ask") && matches!(aux, "was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got") {
            return None;
        }
        let after = skip_adjuncts(text, cue.end, s.end, cue.lemma, &self.words);
        let speaker_head = text[speaker.start..speaker.end].rsplit(' ').next().unwrap_or("").to_lowercase();
        let object = text[after..s.end].trim_start();
        if self.words.number_object_cues.contains(cue.lemma)
            && (object.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'))
                || object.split([' ', '-']).next().is_some_and(is_number_word))
        {
            return None;
        }
        // `told a story about the war`, `told reporters of their escape`: no reported content.
        if self.words.addressee_cues.contains(cue.lemma) && self.words.told_noun_phrase(object) {
            return None;
        }
        // `warned residents of a storm surge`: whom they addressed and the topic, no statement.
        if self.words.topic_cues.contains(cue.lemma) && self.words.object_then_topic(object) {
            return None;
        }
        if self.words.weak_cues.contains(cue.lemma)
            && !object.starts_with("that ")
            && parenthetical_that(object).is_none()
            && adjunct_then_that(object).is_none()
            && !self.words.research_heads.contains(&speaker_head)
            && !self.words.reads_as_clause(object)
        {
            return None;
        }
        let (start, mut end) = content_after(text, after, s.end, cue.lemma, &self.words)?;
        // A trailing `, NBC News reported` belongs to another attribution.
        if let Some(comma) = rfind_comma_space(&text[start..end]) {
            let tail = &text[start + comma + 2..end];
            if !more_words_than(tail, 5) && self.cues_in(cues, text, start + comma + 2, end).last().is_some_and(|c| c.end == end) {
                end = start + comma;
            }
        }
        // `A said X, and B said Y`, `A said X; B said Y`: the content ends before another
        // clause with an attribution of its own.
        if let Some(cut) = self.next_attributed_clause(cues, text, start, end) {
            end = cut;
        }
        // `said that 14 soldiers had been killed, adding that …`: the participle cue opens a
        // statement of its own, which its own record reports.
        if let Some(cut) = self.participle_cue_after_comma(cues, text, start, end) {
            end = cut;
        }
        // `have criticized it, the Times reported`: a lone pronoun object is no reported content.
        if matches!(text[start..end].trim(), "it" | "them" | "this" | "that" | "him" | "her" | "us" | "me") {
            return None;
        }
        Some(Found {
            start,
            end,
            speaker,
            cue: cue.lemma.to_string(),
            direct: false,
            attribution: (speaker.start, after),
            rule: "quote/reported/speaker-first",
        })
    }

    /// `CONTENT, said SPEAKER (in PLACE).`: the attribution inverted after reported content.
    fn trailing_inverted(&self, text: &str, s: &Sentence, cue: &Cue) -> Option<Found> {
        let before = text[s.start..cue.start].trim_end();
        let comma = before.strip_suffix(',')?.len() + s.start;
        let speaker = self.speaker_after(text, cue.end, s.end)?;
        let (start, end) = content_before(&self.words, text, s.start, comma)?;
        let attribution_end = speaker.role.map_or(speaker.end, |r| r.1);
        Some(Found {
            start,
            end,
            speaker,
            cue: cue.lemma.to_string(),
            direct: false,
            attribution: (comma, attribution_end),
            rule: "quote/reported/cue-speaker-after",
        })
    }

    /// `Recipients, said Mauer, are required to …`: the attribution interrupts the content,
    /// whose verb follows it; the content is the whole sentence.
    fn inverted_inside(&self, text: &str, s: &Sentence, cue: &Cue) -> Option<Found> {
        let before = text[s.start..cue.start].trim_end();
        let comma = before.strip_suffix(',')?.len() + s.start;
        let subject = &text[s.start..comma];
        if subject.trim().is_empty() || subject.contains(", ") {
            return None;
        }
        let speaker = self.speaker_after(text, cue.end, s.end)?;
        let (role_start, _) = speaker.role?;
        let verb = text[role_start..s.end].split_whitespace().next().unwrap_or("");
        if !self.words.finite_verbs.contains(verb) {
            return None;
        }
        let (start, end) = trim_content(text, s.start, s.end);
        let end = strip_final_period(text, start, end);
        let speaker = Speaker { role: None, ..speaker };
        Some(Found { start, end, speaker, cue: cue.lemma.to_string(), direct: false, attribution: (comma, speaker.end), rule: "quote/reported/cue-speaker-inside" })
    }

    /// `…, the utility said`, `…, a state-run broadcaster reported`: between the comma and a
    /// trailing cue, an article and one or two common words name a speaker, whether or not
    /// the head is a listed speaker noun (news quotes institutions by any kind).
    fn determined_noun(&self, text: &str, from: usize, to: usize) -> Option<Speaker> {
        let phrase = text[from..to].trim_end();
        let tokens: Vec<&str> = phrase.split(' ').collect();
        let common = |w: &&str| {
            w.len() > 1
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !self.words.function_words.contains(*w)
                && !self.words.adverbs.contains(*w)
                && !self.words.finite_verbs.contains(*w)
                && !self.words.is_pronoun(w)
        };
        let determined = matches!(tokens.first(), Some(&("the" | "a" | "an")));
        (determined && (2..=3).contains(&tokens.len()) && tokens[1..].iter().all(common)).then_some(Speaker { start: from, end: from + phrase.len(), role: None })
    }

    /// `…, the Council on Criminal Justice, a nonpartisan think tank, said`: where the comma
    /// before a trailing cue closes an appositive (an article and at most six words), the
    /// name before it speaks, the appositive its role. The comma opening the name, and the speaker.
    fn trailing_appositive(&self, text: &str, from: usize, close: usize, cue: usize) -> Option<(usize, Speaker)> {
        if !text[close + 2..cue].trim().is_empty() {
            return None;
        }
        let open = rfind_comma_space(&text[from..close])? + from;
        let appositive = &text[open + 2..close];
        let mut words = appositive.split(' ');
        let article = words.next().is_some_and(|w| matches!(w, "a" | "an" | "the"));
        if !article || more_words_than(appositive, 7) || appositive.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let comma = rfind_comma_space(&text[from..open])? + from;
        let name = self.core_phrase(text, comma + 2, open)?;
        // A name, not a description (`…, the company, a unit of …`).
        if !text[name.start..name.end].split(' ').any(|w| w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A" | "An")) {
            return None;
        }
        Some((comma, Speaker { role: Some(strip_article(text, open + 2, close)), ..name }))
    }

    /// `CONTENT, SPEAKER CUE (adjunct).`
    fn trailing(&self, text: &str, s: &Sentence, cue: &Cue) -> Option<Found> {
        // `Gaza aid convoy hit, UN says` on a line of its own: a headline, no report.
        let surface = &text[cue.start..cue.end];
        if (surface.ends_with('s') || surface == "say") && headline_end(text, s.end) {
            return None;
        }
        let comma = rfind_comma_space(&text[s.start..cue.start])? + s.start;
        let (comma, speaker) = match self.trailing_appositive(text, s.start, comma, cue.start) {
            Some(found) => found,
            None => (comma, self.core_phrase(text, comma + 2, cue.start).or_else(|| self.determined_noun(text, comma + 2, cue.start))?),
        };
        let (start, end) = content_before(&self.words, text, s.start, comma)?;
        // `As the storm neared, the governor declared an emergency`: a subordinate clause
        // alone before the comma frames the sentence; it is nobody's words.
        // (`Since 2019 the city has lost …` and `As many as 40 …` are content.)
        let content = &text[start..end];
        let mut words = content.split(' ');
        let (opener, next) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let subordinate = matches!(opener, "When" | "While" | "Although" | "Though" | "Because" | "If" | "Once" | "Unless" | "Whereas")
            || opener == "As" && matches!(next, "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we" | "his" | "her" | "their" | "its");
        if subordinate && !content.contains(", ") {
            return None;
        }
        // What follows the cue up to a `, noting that …` continuation.
        let adjunct = &text[cue.end..s.end];
        let adjunct = adjunct.split(", ").next().unwrap_or(adjunct);
        if more_words_than(adjunct, 16) || adjunct.contains(" that ") {
            return None;
        }
        // `On Tuesday, the government announced the start of …`: a weak cue with an object
        // reports nothing, before it or after.
        let first = adjunct.split_whitespace().next().unwrap_or("");
        if self.words.weak_cues.contains(cue.lemma) && more_words_than(adjunct, 3) && !PREPOSITIONS.contains(&first) {
            return None;
        }
        Some(Found {
            start,
            end,
            speaker,
            cue: cue.lemma.to_string(),
            direct: false,
            attribution: (comma, cue.end + adjunct.len()),
            rule: "quote/reported/speaker-after",
        })
    }

    /// `According to X, CONTENT.` and `CONTENT, according to X.`
    fn according_to(&self, text: &str, s: &Sentence, cue: &Cue) -> Option<Found> {
        let before = text[s.start..cue.start].trim_end();
        let rest_start = cue.end + (text[cue.end..s.end].len() - text[cue.end..s.end].trim_start().len());
        let rule = "quote/reported/according-to";
        // `Wikinews has learned that according to X, …`: fronted inside a `that` clause.
        let after_that = before.ends_with(" that");
        if before.is_empty() || after_that || before.ends_with(',') && !more_words_than(before, 3) {
            // Fronted: the source runs to the next comma (or ends with its capitalized words),
            // the content after it; a short remainder means it was trailing after all.
            let source_end = match find_comma_space(&text[rest_start..s.end]) {
                Some(n) if !more_words_than(&text[rest_start..rest_start + n], 12) => Some(rest_start + n),
                _ => capitalized_run_end(text, rest_start, s.end),
            };
            if let Some(source_end) = source_end {
                // `According to Tom Brown, a spokesman for the county, …`: the appositive is the
                // source's role, no content.
                // (After a name only: `According to officials, the police, who …` has the
                // content's subject there.)
                let named = text[rest_start..source_end].starts_with(char::is_uppercase);
                let role = self.appositive_at(text, source_end, s.end).filter(|&(_, e)| {
                    let next = text[e + 1..s.end].split_whitespace().next().unwrap_or("");
                    named && !matches!(next, "who" | "which" | "whose" | "not" | "and" | "or")
                });
                let content_from = role.map_or(source_end, |(_, e)| e);
                let (start, end) = trim_content(text, (content_from + 1).min(s.end), s.end);
                let end = strip_final_period(text, start, end);
                if end > start && more_words_than(&text[start..end], 3) {
                    let speaker = Speaker { start: rest_start, end: source_end, role: role.map(|(a, b)| strip_article(text, a, b)) };
                    return Some(Found { start, end, speaker, cue: cue.lemma.to_string(), direct: false, attribution: (cue.start, content_from), rule });
                }
            }
            if before.is_empty() || after_that {
                return None;
            }
        }
        // Trailing: `CONTENT(,) according to X(, apposition).`
        let stop = text[rest_start..s.end].find([',', ';']).map_or(s.end, |n| rest_start + n);
        let speaker_end = strip_final_period(text, rest_start, stop);
        // `according to two U.S. officials who spoke on condition of anonymity`: the relative clause is not the source.
        let speaker_end = [" who ", " which ", " that "]
            .iter()
            .filter_map(|w| text[rest_start..speaker_end].find(w))
            .min()
            .map_or(speaker_end, |n| rest_start + n);
        let speaker = Speaker { start: rest_start, end: speaker_end, role: None };
        let content_end = s.start + before.trim_end_matches(',').len();
        let (start, end) = trim_content(text, s.start, content_end);
        if end <= start || !more_words_than(&text[start..end], 3) {
            return None;
        }
        Some(Found { start, end, speaker, cue: cue.lemma.to_string(), direct: false, attribution: (cue.start, stop), rule })
    }
}

/// A scare quote: at most four words in marks after other words of the sentence
/// (`head_start..open`), not ending in punctuation, and followed by a word, not by the
/// comma or stop that ends a quotation (`the "zero tolerance" policy was`).
fn scare_quote(text: &str, head_start: usize, open: usize, start: usize, end: usize, close: usize) -> bool {
    let before = text[head_start..open].trim_end();
    let content = &text[start..end];
    let next = text[close..].trim_start_matches([' ', '\u{a0}']).chars().next();
    !before.is_empty()
        && !before.ends_with([',', ':', ';', '—', '–', '-', '('])
        && !more_words_than(content, 4)
        && !content.trim_end().ends_with(|c: char| c.is_ascii_punctuation())
        && next.is_some_and(char::is_alphanumeric)
}

/// ` - Matthew Ingram` or ` — Jane Doe` and nothing else up to the paragraph's end: two to
/// four capitalized words.
fn dash_signature(text: &str, close: usize, para_end: usize) -> Option<Speaker> {
    let rest = &text[close..para_end.max(close)];
    let after_dash = rest.trim_start().strip_prefix(['-', '–', '—'])?;
    let lead = rest.len() - after_dash.len();
    let name = after_dash.trim();
    // Five words at most are looked at: the paragraph may run on for megabytes.
    let words: Vec<&str> = name.split_whitespace().take(5).collect();
    let capitalized = |w: &&str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'));
    if !(2..=4).contains(&words.len()) || !words.iter().all(capitalized) {
        return None;
    }
    let start = close + lead + (after_dash.len() - after_dash.trim_start().len());
    Some(Speaker { start, end: start + name.len(), role: None })
}

/// A sentence that ends a line (or the text) with no closing punctuation: a headline's.
fn headline_end(text: &str, end: usize) -> bool {
    let body = text[..end].trim_end_matches([' ', '\t']);
    let after = &text[body.len()..];
    !body.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ':', ';', ',']) && (after.trim_start_matches([' ', '\t']).is_empty() || after.trim_start_matches([' ', '\t']).starts_with(['\n', '\r']))
}

/// Whether `at` lies inside a parenthesis opened after `from` (`Ocasio-Cortez (D-N.Y.)`).
fn in_parentheses(text: &str, from: usize, at: usize) -> bool {
    text[from..at].rfind('(').is_some_and(|open| !text[from + open..at].contains(')'))
}

/// `R-Iowa`, `D-N.Y.`: a legislator's party and state, not a role.
fn party_and_state(role: &str) -> bool {
    let role = role.trim().trim_start_matches('(').trim_end_matches(')');
    let mut parts = role.splitn(2, ['-', '–']);
    matches!(parts.next(), Some("R" | "D" | "I")) && parts.next().is_some_and(|s| s.starts_with(char::is_uppercase) && !more_words_than(s, 2))
}

/// Where the last `max` bytes (at a character boundary) of `text[from..to]` start.
fn tail_start(text: &str, from: usize, to: usize, max: usize) -> usize {
    let mut at = to.saturating_sub(max).max(from);
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The end of a role without a party tag closing it: `Republican senator, R-Iowa` and
/// `senator (R-Iowa)` are the role `… senator`.
fn without_party_tag(text: &str, start: usize, end: usize) -> usize {
    let role = &text[start..end];
    if let Some(n) = rfind_comma_space(role).filter(|&n| party_and_state(&role[n + 2..])) {
        return start + n;
    }
    if let Some(n) = role.rfind(" (").filter(|&n| party_and_state(&role[n + 1..])) {
        return start + n;
    }
    end
}

/// Reported content that stands before its attribution, `text[from..to]` trimmed: a clause
/// of four words or more. `In a statement to …, the Church denied` has only a fronted
/// adjunct; `On Sunday, agents encountered 1,200 people, a spokesman said` and `Since 2019
/// the city has lost 40,000 residents, the mayor said` have a clause after it.
fn content_before(words: &Words, text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let (start, end) = trim_content(text, from, to);
    // `LONDON (Reuters) - Britain will …`: the dateline is no content.
    let (start, end) = trim_content(text, start + dateline_len(&text[start..end]), end);
    let content = &text[start..end];
    let first = content.split_whitespace().next().unwrap_or("").to_lowercase();
    let adjunct_only = (PREPOSITIONS.contains(&first.as_str()) || first == "however") && !content.contains(", ")
        && !opens_with_quantity(content)
        && !words.reads_as_clause(content);
    (more_words_than(content, 3) && !adjunct_only).then_some((start, end))
}

/// Where a non-restrictive relative clause (`, which …,`, `, who …,`) that ends the
/// text before a cue begins.
fn relative_clause_at(before: &str) -> Option<usize> {
    if !before.ends_with(',') {
        return None;
    }
    first_relative_clause(before)
}

/// Where the first `, which`/`, who`/`, whose` relative clause opens in `s`.
fn first_relative_clause(s: &str) -> Option<usize> {
    [", which ", ", who ", ", whose "].iter().filter_map(|w| s.find(w)).min()
}

/// End of the run of capitalized words (and `the`, `of`) starting at `from`, if the run has any.
fn capitalized_run_end(text: &str, from: usize, to: usize) -> Option<usize> {
    let mut end = None;
    let mut at = from;
    for word in text[from..to].split_inclusive(' ') {
        let bare = word.trim_end();
        let proper = bare.starts_with(char::is_uppercase);
        if !(proper || (at == from && bare == "the") || (end.is_some() && matches!(bare, "of" | "and"))) {
            break;
        }
        at += word.len();
        if proper {
            end = Some(at - (word.len() - bare.len()));
        }
    }
    end
}

/// `s.contains(['“', '”', '"', ';', ':'])`, on bytes (`“` and `”` are E2 80 9C and E2 80 9D).
/// The last space-separated word of `s`, after trailing spaces.
fn last_word(s: &str) -> &str {
    s.trim_end().rsplit(' ').next().unwrap_or("")
}

/// `34`: digits and nothing else, as an age stands in an appositive.
fn is_age(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn has_quote_or_colon(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        matches!(b, b'"' | b';' | b':') || (b == 0xE2 && bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x9C | 0x9D)))
    })
}

fn trim_to_alphanumeric(t: &str) -> &str {
    t.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The first ` who `, ` which ` or ` whose ` in `hay`, as (offset, word): each opens with
/// ` wh` and no two start at one byte, so one search finds the first of the three.
fn first_relative_pronoun(hay: &str) -> Option<(usize, &'static str)> {
    hay.match_indices(" wh").find_map(|(i, _)| [" who ", " which ", " whose "].into_iter().find(|w| hay[i..].starts_with(w)).map(|w| (i, w)))
}

/// `s.split_whitespace().count() > n`, reading no further than that: words are counted
/// where one starts, with no slice made per word.
fn more_words_than(s: &str, n: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for c in s.chars() {
        let space = c.is_whitespace();
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// `s.find(", ")` by memchr on the comma: a two-byte needle sets up a searcher per call.
/// Where `, adding …`, `, noting …` opens a participle clause in `s`.
fn participle_clause_at(s: &str) -> Option<usize> {
    s.match_indices(", ").map(|(n, _)| n).find(|&n| {
        let word = s[n + 2..].split([' ', ',']).next().unwrap_or("");
        word.len() > 5 && word.ends_with("ing") && word.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// Where `, in a statement`, `, at a news conference`, `, on Tuesday` opens in `s`: a comma,
/// then a preposition that opens an adjunct.
fn adjunct_clause_at(s: &str) -> Option<usize> {
    s.match_indices(", ").map(|(n, _)| n).find(|&n| {
        let word = s[n + 2..].split([' ', ',']).next().unwrap_or("");
        matches!(word, "in" | "at" | "on" | "during" | "after" | "before" | "via")
    })
}

fn find_comma_space(s: &str) -> Option<usize> {
    s.match_indices(',').map(|(n, _)| n).find(|&n| s.as_bytes().get(n + 1) == Some(&b' '))
}

/// `s.rfind(", ")`, as `find_comma_space`.
fn rfind_comma_space(s: &str) -> Option<usize> {
    s.rmatch_indices(',').map(|(n, _)| n).find(|&n| s.as_bytes().get(n + 1) == Some(&b' '))
}

/// Words that open an adjunct, never a speaker or a reported clause.
const PREPOSITIONS: &[&str] = &["in", "on", "at", "for", "after", "before", "during", "despite", "with", "from", "by", "since", "under", "while"];

/// Where the subject starts after at most two fronted adjuncts that end in a comma: a
/// prepositional phrase or a time phrase of at most eight words (`On Tuesday,`, `After the
/// vote,`, `Last week,`) or a sentence adverb (`Meanwhile,`). A name before a comma
/// (`Smith, the director,`) is no adjunct, so `from` is kept.
fn past_fronted_adjuncts(text: &str, from: usize, to: usize, fronted_adverbs: &HashSet<String>) -> usize {
    let mut at = from;
    for _ in 0..2 {
        let rest = &text[at..to];
        let Some(n) = find_comma_space(rest) else { break };
        let adjunct = &rest[..n];
        let first = adjunct.split_whitespace().next().unwrap_or("").to_lowercase();
        // `When the Air Force picked Northrop on February 29 to build it, Boeing protested`:
        // a fronted subordinate clause may run longer than an adjunct.
        let subordinate = matches!(first.as_str(), "when" | "while" | "although" | "though" | "because" | "once" | "whereas" | "as")
            && !more_words_than(adjunct, 30);
        if more_words_than(adjunct, 8) && !subordinate || adjunct.contains([',', ';', ':', '"', '“', '”', '(']) {
            break;
        }
        let one_word = !more_words_than(adjunct, 1);
        let preposition = (PREPOSITIONS.contains(&first.as_str()) || matches!(first.as_str(), "amid" | "following" | "throughout" | "until" | "within" | "over"))
            && !opens_with_quantity(adjunct);
        let fronted = (preposition || subordinate) && !one_word
            || fronted_adverbs.contains(first.as_str()) && one_word
            || WEEKDAYS.contains(&first.as_str()) && !more_words_than(adjunct, 2)
            || time_adjunct_len(adjunct) == Some(adjunct.len());
        if !fronted {
            break;
        }
        at += n + 2;
    }
    at
}

/// Whether a taken range lies inside the content of `f` (a quotation already found there).
fn overlaps_content(f: &Found, a: usize, b: usize) -> bool {
    f.start <= a && b <= f.end
}

/// Skips what may stand between a cue and its content: the addressee of
/// `tell` (`told The Hill`), a day (`said Thursday`, `on Thursday`), `in a statement`.
fn skip_adjuncts(text: &str, from: usize, to: usize, lemma: &str, words: &Words) -> usize {
    let mut at = from;
    let mut first = true;
    loop {
        let rest = &text[at..to];
        let trimmed = rest.trim_start();
        let pos = at + rest.len() - trimmed.len();
        let word_end = |w: &str| {
            trimmed.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)) && !trimmed[w.len()..].starts_with(char::is_alphanumeric)
        };
        let next_word = trimmed.split_whitespace().next().unwrap_or("");
        if lemma == "tell" && first && next_word.starts_with(char::is_uppercase) {
            // The addressee: a capitalized run (`The Hill`, `CBS News`).
            let mut end = pos;
            for w in trimmed.split_inclusive(' ') {
                let bare = w.trim_end();
                if !bare.starts_with(char::is_uppercase) {
                    break;
                }
                end += w.len();
                if bare.ends_with([',', '.']) {
                    break;
                }
            }
            at = end;
            first = false;
            continue;
        }
        // `asked government officials how …`: the addressee of `ask`, up to a clause opener.
        if lemma == "ask" && first {
            let mut end = pos;
            let mut found = None;
            for (i, w) in trimmed.split_inclusive(' ').enumerate() {
                let bare = w.trim_end().to_lowercase();
                if i > 0 && matches!(bare.as_str(), "how" | "why" | "whether" | "if" | "what" | "when" | "where") {
                    found = Some(end);
                    break;
                }
                if i >= 4 || bare.ends_with([',', '.', ';', ':']) {
                    break;
                }
                end += w.len();
            }
            if let Some(end) = found {
                at = end;
                first = false;
                continue;
            }
        }
        // `told the Associated Press that …`, `told her lawyer that …`: the addressee.
        if first && words.addressee_cues.contains(lemma)
            && let Some(n) = addressee_len(trimmed, words)
        {
            at = pos + n;
            first = false;
            continue;
        }
        if lemma == "tell" && first && ["reporters", "him", "her", "them", "us", "me"].iter().any(|w| word_end(w)) {
            at = pos + next_word.len();
            first = false;
            continue;
        }
        // `stated to LA Weekly that`.
        if first && word_end("to") && trimmed[2..].trim_start().starts_with(char::is_uppercase) {
            let after_to = pos + 2 + (trimmed[2..].len() - trimmed[2..].trim_start().len());
            let mut end = after_to;
            for w in text[after_to..to].split_inclusive(' ') {
                if !w.starts_with(char::is_uppercase) {
                    break;
                }
                end += w.len();
            }
            at = end;
            first = false;
            continue;
        }
        first = false;
        let day = |w: &str| {
            let w = w.trim_end_matches([',', '.']).to_lowercase();
            // A part of the day goes with it (`admitted Thursday night that`).
            WEEKDAYS.contains(&w.as_str()) || matches!(w.as_str(), "today" | "yesterday" | "tonight" | "night" | "morning" | "afternoon" | "evening")
        };
        // The day without a comma after it: `said on Monday, drawing criticism` leaves no content.
        let bare = |w: &str| w.trim_end_matches([',', '.']).len();
        if day(next_word) {
            at = pos + bare(next_word);
            continue;
        }
        // `said last month that`, `said late Monday`: a time adjunct.
        if let Some(n) = time_adjunct_len(trimmed) {
            at = pos + n;
            continue;
        }
        if word_end("on") && day(trimmed[2..].split_whitespace().next().unwrap_or("")) {
            let after_on = pos + 2 + (trimmed[2..].len() - trimmed[2..].trim_start().len());
            at = after_on + bare(trimmed[2..].split_whitespace().next().unwrap_or(""));
            continue;
        }
        // `cautioned, however, that …`, `said, in a statement, that …`: an aside set off by
        // commas before `that`.
        if let Some(aside) = trimmed.strip_prefix(',')
            && let Some(close) = aside.find(',')
            && (1..=4).contains(&aside[..close].split_whitespace().count())
            && aside[close + 1..].trim_start().strip_prefix("that").is_some_and(|r| r.starts_with(char::is_whitespace))
        {
            at = pos + 1 + close + 1;
            continue;
        }
        for phrase in ["in a statement", "in a report", "in an interview", "in its report", "earlier"] {
            if word_end(phrase) {
                at = pos + phrase.len();
                break;
            }
        }
        if at > pos {
            continue;
        }
        return pos;
    }
}

/// Length of the addressee (and any adjunct) opening `rest` after a cue such as `told`: the
/// words before `that`, or before the subject of a clause without `that` (`residents | the
/// storm would pass`, `the mayor | he would resign`); none when neither comes soon, or when a
/// finite verb follows the first noun phrase: that phrase is then the subject of a clause
/// without `that` (`warned | the city faced a long recovery`), not an addressee.
fn addressee_len(rest: &str, words: &Words) -> Option<usize> {
    const SUBJECTS: &[&str] = &["the", "a", "an", "he", "she", "they", "we", "i", "you", "there", "his", "her", "their", "its"];
    // After these the determiner opens an object, not a new clause (`the truth about the case`).
    const BINDERS: &[&str] = &["about", "of", "in", "on", "to", "for", "with", "at", "from", "by", "into", "and", "or"];
    let mut at = 0;
    let mut previous = String::new();
    let mut determined = false;
    // A verb inside a relative clause (`the people who were there`) is not the clause's.
    let mut relative = false;
    for (i, w) in rest.split_inclusive(' ').enumerate() {
        let bare = w.trim_end();
        let lower = bare.to_lowercase();
        if i == 0 {
            // A subject pronoun opens the clause itself; a possessive determines the addressee.
            if SUBJECTS[3..10].contains(&lower.as_str()) || lower == "that" || !bare.chars().all(|c| c.is_alphabetic() || c == '-') {
                return None;
            }
            determined = SUBJECTS[..3].contains(&lower.as_str()) || SUBJECTS[10..].contains(&lower.as_str());
        } else if lower == "that"
            || i <= 4 && SUBJECTS.contains(&lower.as_str()) && !BINDERS.contains(&previous.as_str()) && !(determined && i < 2)
        {
            return Some(at);
        } else if i > 0 && !relative && words.verb_after_noun(&previous, bare, &rest[at + w.len()..]) {
            return None;
        }
        relative |= matches!(lower.as_str(), "who" | "which" | "whom" | "whose");
        if i >= 8 || bare.ends_with([',', ';', ':', '.', '"', '”']) || bare.starts_with(['"', '“']) {
            return None;
        }
        previous = lower;
        at += w.len();
    }
    None
}

/// Length of a relative time adjunct opening `s`: `last month`, `earlier this year`,
/// `late Monday`, `early last week`.
fn time_adjunct_len(s: &str) -> Option<usize> {
    const UNITS: &[&str] = &["week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter", "night", "morning", "afternoon", "evening"];
    let mut at = 0;
    let mut words = s.split_inclusive(' ');
    let mut next = || {
        let w = words.next()?;
        let start = at;
        at += w.len();
        Some((start, w.trim_end().to_lowercase()))
    };
    let (_, first) = next()?;
    let (mut second_start, mut second) = next()?;
    if matches!(first.as_str(), "early" | "late" | "earlier" | "later") {
        if WEEKDAYS.contains(&second.trim_end_matches([',', '.'])) {
            return Some(second_start + second.trim_end_matches([',', '.']).len());
        }
        if !matches!(second.as_str(), "this" | "last" | "next") {
            return None;
        }
        (second_start, second) = next()?;
    } else if !matches!(first.as_str(), "last" | "this" | "next") {
        return None;
    }
    let bare = second.trim_end_matches([',', '.']);
    UNITS.contains(&bare).then_some(second_start + bare.len())
}

/// Where a time adjunct that ends `phrase` starts (`… on Tuesday`, `… late on Friday night`,
/// `… on March 3`, `… yesterday`, `… earlier this week`), if one does and something is before it.
/// Only the last five words are read: the phrase grows word by word as a subject is sought.
fn trailing_time_adjunct(phrase: &str) -> Option<usize> {
    // The last words, last first, each with where it starts.
    let mut tail: [(usize, &str); 5] = [(0, ""); 5];
    let mut n = 0;
    let mut end = phrase.len();
    while n < tail.len() {
        let start = phrase[..end].rfind(' ').map_or(0, |i| i + 1);
        tail[n] = (start, phrase[start..end].trim_end_matches(','));
        n += 1;
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    let word = |i: usize| if i < n { tail[i].1 } else { "" };
    let is = |i: usize, options: &[&str]| options.iter().any(|o| word(i).eq_ignore_ascii_case(o));
    // How many of the last words the adjunct takes.
    let mut taken = if is(0, &["yesterday", "today"]) {
        1
    } else if is(1, &["last", "this"]) && is(0, &["week", "month", "year", "night", "weekend"]) {
        2
    } else {
        // `on Tuesday`, `on Tuesday morning`, `on March 3`, `on Jan. 5`.
        let part_of_day = usize::from(is(0, &["morning", "afternoon", "evening", "night"]));
        let day = word(0);
        let month_day = part_of_day == 0 && (1..=2).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit()) && {
            let month = word(1);
            let stem = month.trim_end_matches('.');
            MONTHS.iter().any(|full| full.eq_ignore_ascii_case(stem) || month.ends_with('.') && stem.len() >= 3 && full.get(..stem.len()).is_some_and(|p| p.eq_ignore_ascii_case(stem)))
        };
        if is(part_of_day, WEEKDAYS) && is(part_of_day + 1, &["on"]) {
            part_of_day + 2
        } else if month_day && is(2, &["on"]) {
            3
        } else {
            0
        }
    };
    // `late on Friday`, `earlier this week`.
    if taken > 0 && is(taken, &["late", "early", "earlier", "later"]) {
        taken += 1;
    }
    // Something must stay before the adjunct.
    (taken > 0 && taken < n).then(|| tail[taken - 1].0.saturating_sub(1))
}

/// The content after a cue: an optional `that`, then to the end of the sentence.
fn content_after(text: &str, from: usize, to: usize, lemma: &str, words: &Words) -> Option<(usize, usize)> {
    // `…, the task force revealed in its report, noting …`: nothing follows the cue itself,
    // unless a parenthetical adjunct leads to `that` (`explains, in a satirical fashion, that …`).
    if text[from..to].trim_start().starts_with(',') {
        let start = from + parenthetical_that(&text[from..to])?;
        return content_after(text, start, to, lemma, words);
    }
    let mut rest = text[from..to].trim_start_matches([' ', ',', ':']);
    // `said later that`, `said repeatedly that`: an adverb before `that` is no content.
    let adverb = rest.split_whitespace().next().unwrap_or("");
    if (lower_in(&words.adverbs, adverb) || adverb.ends_with("ly")) && rest[adverb.len()..].trim_start().starts_with("that ") {
        rest = rest[adverb.len()..].trim_start();
    }
    let mut start = to - rest.len();
    let mut that = rest.starts_with("that ");
    if that {
        start += 5;
    } else if let Some(n) = adjunct_then_that(rest) {
        // `said at a news conference that …`, `said in an interview with CNN that …`.
        start += n;
        that = true;
    }
    let (start, end) = trim_content(text, start, to);
    let end = strip_final_period(text, start, end);
    if text[start..end].ends_with(':') {
        return None; // it introduces a quotation, which the scanner attributes
    }
    let few = !more_words_than(&text[start..end], 2);
    // Content is a clause: several words that do not open with `to`/`for`/`by`.
    let first = text[start..end].split_whitespace().next().unwrap_or("");
    let quantity = opens_with_quantity(&text[start..end]);
    // `estimated by 2050, demand would rise …`: a weak cue's adjunct, then the clause.
    let adjunct_clause = || words.weak_cues.contains(lemma) && text[start..end].contains(", ") && words.reads_as_clause(&text[start..end]);
    // `ruled against the company`, `ruled 6-3 on Friday`, `conceded shortly after 10 p.m.`:
    // an adjunct, no clause.
    let adjunct_first = matches!(
        first,
        "to" | "by" | "in" | "on" | "at" | "as" | "with" | "about" | "for" | "against" | "of" | "into" | "without" | "amid" | "after" | "before" | "during" | "until" | "shortly" | "soon"
    )
        || is_tally(first);
    if few || !that && !quantity && adjunct_first && !adjunct_clause() {
        return None;
    }
    Some((start, end))
}

/// The word right after `end` past one space (letters and apostrophes), or `""`.
fn word_after(text: &str, end: usize) -> &str {
    let Some(rest) = text[end..].strip_prefix(' ') else { return "" };
    rest.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’').next().unwrap_or("")
}

/// `at least 3,900 children …`, `about 200 …`, `about a dozen …`, `as many as 40 …`, `Over 200
/// homes`, `Under 5% of voters`: content that opens with a quantity, not with an adjunct.
fn opens_with_quantity(content: &str) -> bool {
    let mut leading = content.split_whitespace().map(str::to_lowercase);
    let (first, second, third) = (leading.next().unwrap_or_default(), leading.next().unwrap_or_default(), leading.next().unwrap_or_default());
    let number = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            || is_number_word(w.split('-').next().unwrap_or(""))
            || matches!(w, "dozen" | "hundred" | "thousand" | "million" | "billion" | "third" | "quarter" | "fifth" | "half")
    };
    matches!((first.as_str(), second.as_str()), ("at", "least" | "most") | ("as", "many" | "much" | "few" | "little"))
        || matches!(first.as_str(), "over" | "under") && number(&second)
        || (first == "about" && (number(&second) || matches!(second.as_str(), "a" | "an" | "half") && (second == "half" || number(&third))))
}

/// `, in a satirical fashion, that …`: where the `that` after a parenthetical prepositional
/// adjunct of at most eight words starts.
fn parenthetical_that(rest: &str) -> Option<usize> {
    let inner = rest.trim_start().strip_prefix(',')?.trim_start();
    let n = inner.find(", that ")?;
    let adjunct = &inner[..n];
    let ok = !more_words_than(adjunct, 8) && PREPOSITIONS.contains(&adjunct.split_whitespace().next().unwrap_or("")) && !adjunct.contains(',');
    ok.then(|| rest.len() - inner.len() + n + ", ".len())
}

/// After a prepositional adjunct of at most twelve words, where the clause after its `that`
/// starts (`said in a filing with the Securities and Exchange Commission that …`).
fn adjunct_then_that(rest: &str) -> Option<usize> {
    let first = rest.split_whitespace().next()?;
    // `ruled 4-3 on Tuesday that …`: a vote tally is an adjunct too, and so is the topic
    // in `said of his time there that …`.
    if !PREPOSITIONS.contains(&first) && !matches!(first, "to" | "of") && !is_tally(first) {
        return None;
    }
    let mut at = 0;
    for (i, word) in rest.split_inclusive(' ').enumerate() {
        if i > 12 || word.trim_end().ends_with([',', ';', ':']) {
            return None;
        }
        at += word.len();
        if i > 0 && word.trim_end() == "that" {
            return Some(at);
        }
    }
    None
}

/// A vote tally: `4-3`, `6–3`.
fn is_tally(word: &str) -> bool {
    word.split_once(['-', '–']).is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
    })
}

fn strip_final_period(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let t = s.trim_end_matches(['.', ' ']);
    // Keep the period of an abbreviation at the very end (`the U.S.`).
    let mut back = t.chars().rev();
    let abbreviation = back.next().is_some_and(char::is_uppercase) && back.next() == Some('.');
    if t.len() < s.len() && abbreviation {
        return start + t.len() + 1;
    }
    start + t.len()
}

/// Content without surrounding whitespace and without a trailing comma (`“…,” he said`).
fn trim_content(text: &str, start: usize, end: usize) -> (usize, usize) {
    if end <= start || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return (start.min(end), start.min(end));
    }
    let s = &text[start..end];
    let left = s.len() - s.trim_start().len();
    let left = left + dateline_len(&s[left..]);
    let right = s.trim_end_matches(|c: char| c.is_whitespace() || c == ',').len();
    if right <= left { (start, start) } else { (start + left, start + right) }
}

/// Ranges already claimed by a quotation or an attribution: those of the direct
/// quotes, sorted by start, and those claimed since, in the order claimed. A range can
/// hold or overlap `lo..hi` only if it ends after `lo` and (when sorted) starts before
/// `hi`; running maxima of the ends find the first such range by binary search, so a
/// long document is not scanned whole for every cue.
struct Taken {
    sorted: SpanIndex,
    recent: Vec<(usize, usize)>,
    recent_reach: Vec<usize>,
}

impl Taken {
    fn new(ranges: Vec<(usize, usize)>) -> Taken {
        Taken { sorted: SpanIndex::new(ranges), recent: Vec::new(), recent_reach: Vec::new() }
    }

    fn push(&mut self, range: (usize, usize)) {
        self.recent_reach.push(self.recent_reach.last().map_or(range.1, |&r| r.max(range.1)));
        self.recent.push(range);
    }

    /// Whether `test` holds for a range that ends after `lo` and starts before `hi`.
    fn any(&self, lo: usize, hi: usize, test: impl Fn(usize, usize) -> bool) -> bool {
        let recent = self.recent[self.recent_reach.partition_point(|&r| r <= lo)..].iter().copied();
        self.sorted.reaching(lo, hi).chain(recent).any(|(a, b)| test(a, b))
    }
}

/// The line breaks of a text, so that the paragraph around a quote is found by a
/// binary search: searching the text for `\n` from every quote is quadratic in a
/// document that is one long line.
struct Paragraphs {
    breaks: Vec<usize>,
    len: usize,
}

impl Paragraphs {
    fn new(text: &str) -> Paragraphs {
        // `match_indices` on a char jumps between line breaks with memchr instead of testing every byte.
        Paragraphs { breaks: text.match_indices('\n').map(|(i, _)| i).collect(), len: text.len() }
    }

    /// Where the paragraph holding `at` starts: after the last `\n` before `at`.
    fn start_before(&self, at: usize) -> usize {
        let k = self.breaks.partition_point(|&n| n < at);
        if k == 0 { 0 } else { self.breaks[k - 1] + 1 }
    }

    /// Where the paragraph holding `at` ends: the first `\n` at or after `at`.
    fn end_after(&self, at: usize) -> usize {
        let k = self.breaks.partition_point(|&n| n < at);
        self.breaks.get(k).copied().unwrap_or(self.len)
    }
}

/// The first sentence, in order, that `holds`, among those that can contain or end at
/// `at` (sentences are sorted and do not overlap, so only the last to start at or
/// before `at` and any that end right at `at` are looked at).
fn first_sentence(sentences: &[Sentence], at: usize, holds: impl Fn(&Sentence) -> bool) -> Option<&Sentence> {
    let last = sentences.partition_point(|s| s.start <= at);
    let mut first = last.saturating_sub(1);
    while first > 0 && sentences[first - 1].end >= at {
        first -= 1;
    }
    sentences[first..last.max(first)].iter().find(|s| holds(s))
}

/// `WASHINGTON — `, `SAN DIEGO, Calif. -- `: the dateline that opens an article's first paragraph.
pub(crate) fn dateline_len(s: &str) -> usize {
    // The capitals come first, so most texts are ruled out before any dash is looked for.
    let first = s.split([',', ' ']).next().unwrap_or("");
    if first.len() < 3 || !first.chars().all(|c| c.is_ascii_uppercase()) {
        return 0;
    }
    let Some((n, dash)) = [" — ", " -- ", " – ", " - "].iter().filter_map(|d| s.find(d).map(|n| (n, d.len()))).min() else {
        return 0;
    };
    // A wire's dateline names the city, country and day before its credit:
    // `PORTO ALEGRE, Brazil, May 6 (Reuters) - `.
    let head = &s[..n];
    let credited = head.ends_with(')') && head.contains(" (");
    if !more_words_than(head, if credited { 10 } else { 5 }) { n + dash } else { 0 }
}

/// A role without its leading article (`a lawyer with …` → `lawyer with …`).
fn strip_article(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    for article in ["a ", "an ", "the ", "A ", "An ", "The "] {
        if let Some(rest) = s.strip_prefix(article) {
            return (end - rest.len(), end);
        }
    }
    (start, end)
}

const MONTHS: &[&str] = &["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// How far around a cue a reported clause is read, in bytes each side. News sentences stay
/// far below it; a crawled page without sentence ends does not, and every attribution
/// read over the whole of it made the quote stage cubic in its length.
const CLAUSE_REACH: usize = 2_000;

/// The part of sentence `s` within `CLAUSE_REACH` of the cue at `cue_start..cue_end`,
/// cut at whitespace so no word is split.
fn clause_reach(text: &str, s: &Sentence, cue_start: usize, cue_end: usize) -> Sentence {
    let mut start = s.start;
    if cue_start - s.start > CLAUSE_REACH {
        let from = text.floor_char_boundary(cue_start - CLAUSE_REACH);
        start = text[from..cue_start]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(cue_start, |(n, c)| from + n + c.len_utf8());
    }
    let mut end = s.end;
    if s.end - cue_end > CLAUSE_REACH {
        let to = text.floor_char_boundary(cue_end + CLAUSE_REACH);
        end = text[cue_end..to].rfind(char::is_whitespace).map_or(cue_end, |n| cue_end + n);
    }
    Sentence { index: s.index, start, end }
}

/// Modal verbs, which never follow a reporting verb directly.
const MODALS: &[&str] = &["could", "would", "will", "may", "might", "can", "should", "must"];

fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-') && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_counts_agree_with_split_whitespace() {
        for s in ["", " ", "a", " a ", "a b", "a  b\tc\n", "\u{a0}x\u{2003}y z ", "é ü", "a,b c"] {
            for n in 0..5 {
                assert_eq!(more_words_than(s, n), s.split_whitespace().count() > n, "{s:?} {n}");
            }
        }
    }

    #[test]
    fn the_first_relative_pronoun_is_the_first_of_three_searches() {
        for hay in ["The man who lost his job", "A firm, which whose who wh", "the whole group whose which who", "who which", " whose", "x who ", " wh who", ""] {
            let three = [" who ", " which ", " whose "].into_iter().filter_map(|w| hay.find(w).map(|n| (n, w))).min();
            assert_eq!(first_relative_pronoun(hay), three, "{hay}");
        }
    }

    /// The cues of a part read from the document's scan are those a search of the part finds.
    #[test]
    fn cues_from_the_document_index_match_a_search_of_the_part() {
        let rules = RuleSet::bundled().unwrap();
        let ex = QuoteExtractor::new(&rules).unwrap();
        assert!(ex.cue_words.is_some(), "the bundled cue forms are words");
        let direct = |text: &str, from: usize, to: usize| -> Vec<(usize, usize, String)> {
            let mut out = Vec::new();
            for m in ex.cues.find_iter(&text[from..to]) {
                let (s, e) = (from + m.start(), from + m.end());
                // The same reading of each match as a cue (case, compounds, a verb after it).
                if word_bounded(text, s, e) && let Some(cue) = ex.cue(text, s, e, m.pattern().as_usize()) {
                    out.push((s, e, cue.lemma.to_string()));
                }
            }
            out
        };
        let check = |text: &str, step: usize| {
            let cues = ex.doc_cues(text);
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (k, &from) in bounds.iter().enumerate().step_by(step) {
                for &to in bounds[k..].iter().step_by(step) {
                    let indexed: Vec<(usize, usize, String)> =
                        ex.cues_in(&cues, text, from, to).iter().map(|c| (c.start, c.end, c.lemma.to_string())).collect();
                    assert_eq!(indexed, direct(text, from, to), "{from}..{to} of {text:?}");
                }
            }
        };
        let texts = [
            "Officials said according to the report, she told reporters she says saying Said it. \
             He said: “We added 20 jobs,” according to DHS, which reported, said Smith.",
            "ACCORDING TO him, unsaid said-so 3said saidé saïd éSaid said. according tolls, According To: xaccording to them",
            "It was according told, by accounts; according  to; according to-day. said",
            "said",
            "",
        ];
        for text in texts {
            check(text, 1);
        }
        // `according told`: the form may hide `told`, so parts are searched on their own.
        assert!(ex.doc_cues(texts[2]).cues.is_none());
        assert!(ex.doc_cues(texts[1]).cues.is_some());
        let corpus = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")).unwrap();
        for entry in corpus {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            check(&text, 97);
        }
    }
}
