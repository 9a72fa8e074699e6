//! Speakers: each quote's speaker phrase becomes a canonical name, and each
//! figure gets the speaker of the quote or reported clause it stands in.
//!
//! Runs after every extractor, so agency records are there to name bodies
//! (`the administration’s Family Reunification Task Force` → its agency name).
//! Quotes are resolved in text order: a person's full name as first given
//! (`Brané` → `Michelle Brané`), `he`/`she` → the last person quoted, `the
//! report` → whoever the last report belonged to, `the DHS official` → the
//! earlier `a senior DHS official`. A role given once travels with the person.

use crate::document::Document;
use crate::error::RuleError;
use crate::extract::quote::{Words, lower_in, lowered};
use crate::extract::{SpanIndex, running_max};
use crate::record::{Record, RecordData};
use crate::ruleset::RuleSet;
use crate::split::Sentence;
use regex::Regex;
// Fx hashing: the maps are looked up per word, and SipHash cost more than the lookups.
use rustc_hash::FxHashMap as HashMap;

pub struct SpeakerLinker {
    words: Words,
    /// `Department of Homeland Security (DHS)`: a name and the abbreviation it defines.
    definition: Regex,
    /// Short mentions the agency stage resolves (`rules/agency/short.tsv`): when it found no
    /// fitting antecedent for `the agency`, no other body is guessed here.
    short_mentions: rustc_hash::FxHashSet<String>,
}

/// A resolved speaker: canonical name, role, and whether it is a person.
#[derive(Debug, Clone)]
struct Resolved {
    name: String,
    role: Option<String>,
    person: bool,
}

impl SpeakerLinker {
    pub fn new(rules: &RuleSet) -> Result<SpeakerLinker, Vec<RuleError>> {
        let definition = Regex::new(r"([A-Z][\w.’'-]*(?: (?:of|and|for|on|the|[A-Z][\w.’'-]*))*) \(([A-Z][A-Za-z.]{1,9})\)")
            .expect("a fixed regex compiles");
        let short_mentions = crate::extract::agency::short_phrases(rules).map_err(|e| vec![e])?.collect();
        Ok(SpeakerLinker { words: Words::load(rules).map_err(|e| vec![e])?, definition, short_mentions })
    }

    // Out of line: once per document, and profiles then charge the stage by name.
    #[inline(never)]
    pub fn link(&self, doc: &Document, sentences: &[Sentence], records: &mut [Record]) {
        self.resolve_quotes(doc, sentences, records);
        link_figures(&doc.text, records);
    }

    /// Persons named as the subject that opens a sentence (`Harry Kane won the award.`):
    /// (where, canonical name). A later `he said` may mean them rather than the last speaker.
    /// Without `runs`, only the titled ones (`John Doe, the county sheriff,`), whose roles
    /// every later quote may take; the rest matter only to a pronoun.
    fn sentence_subjects<'t>(&self, names: &FullNames<'t>, sentences: &[Sentence], agencies: &[Mention], runs: bool) -> Vec<(usize, Subject<'t>)> {
        let text = names.text;
        let agency_spans = SpanIndex::new(agencies.iter().map(|m| (m.start, m.end)).collect());
        let agencies_ordered = ordered_by_start(agencies);
        let mut out = Vec::new();
        for sentence in sentences {
            // `LONDON (Reuters) - Aston Villa have agreed …`: the subject follows the dateline.
            let skip = crate::extract::quote::dateline_len(&text[sentence.start..sentence.end]);
            let sentence = &Sentence { start: sentence.start + skip, ..*sentence };
            // `John Doe, the county sheriff, arrived …`: a name with a titled appositive.
            if let Some((name, appositive, has_title)) = self.titled_subject(&text[sentence.start..sentence.end])
                && let Some((canonical, _)) = self.person(names, name)
            {
                // A lone word opening a sentence is known as a name only if the text also
                // capitalizes it inside a sentence (`… Okafor said`); else it may still give
                // its role to a later quote by that name, but is no antecedent for `he`
                // (`Afterwards, the city's mayor, …`).
                let title = strip_determiner(appositive);
                let named = name.contains(' ') || names.capitalized_inside_a_sentence(name);
                if has_title {
                    out.push((sentence.start, if named { Subject::Titled(canonical, title) } else { Subject::TitledWord(canonical, title) }));
                } else if runs && named {
                    // `Maria Lopez, a nurse at the hospital, described …`: no title to carry,
                    // but the person a later `she said` means.
                    out.push((sentence.start, Subject::Named(canonical)));
                }
                continue;
            }
            // `The state's chief minister, Omar Abdullah, ordered …`: the role, then the name.
            if let Some((role, name)) = self.role_then_name_subject(&text[sentence.start..sentence.end])
                && let Some((canonical, _)) = self.person(names, name)
            {
                out.push((sentence.start, Subject::Titled(canonical, role)));
                continue;
            }
            if !runs {
                continue;
            }
            // The run of capitalized words that opens the sentence, and the word after it; the
            // words are split only as far as needed (a run of six or more is no subject, one of
            // four or five only with a title: `Prime Minister Narendra Modi expressed …`).
            // A period ends a sentence the splitter kept whole (`Thomas Jefferson. He was …`)
            // unless it closes an initial or a title (`J.`, `Sen.`).
            let in_run = |w: &str| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
                    && (!w.ends_with('.') || w.len() <= 2 || lower_in(&self.words.titles, w))
            };
            let mut words = [""; 5];
            let mut n = 0;
            let mut split = text[sentence.start..sentence.end].split_whitespace();
            let after_run = loop {
                match split.next() {
                    Some(w) if !in_run(w) => break Some(w),
                    Some(w) if n < 5 => {
                        words[n] = w;
                        n += 1;
                    }
                    _ => break None,
                }
            };
            let verb = after_run.is_some_and(|w| w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic));
            let Some(verb_word) = after_run.filter(|_| (1..=5).contains(&n) && verb) else { continue };
            if lower_in(&self.words.function_words, verb_word) {
                continue;
            }
            let phrase = words[..n].join(" ");
            let opener = words[0].to_lowercase();
            if matches!(opener.as_str(), "the" | "a" | "an" | "this" | "that" | "these" | "those" | "in" | "on" | "at" | "but" | "and" | "when" | "after") {
                continue;
            }
            if agency_spans.overlaps(sentence.start, sentence.start + phrase.len()) {
                // `Homeland Security Secretary Kristi Noem credited …`, `NASA Administrator Bill
                // Nelson told …`: a body, then a title and a name, is that person.
                let body_end = starting_within(agencies, agencies_ordered, sentence.start, sentence.start).find(|m| m.start == sentence.start).map(|m| m.end).filter(|&end| end < sentence.start + phrase.len());
                // (The run is found word by word: where the text spaces it otherwise, no slice.)
                let run = text.get(sentence.start..sentence.start + phrase.len()).filter(|run| *run == phrase);
                let titled = body_end.and_then(|end| text.get(end..sentence.start + phrase.len())).map(str::trim_start).filter(|rest| {
                    rest.split(' ').next().is_some_and(|w| lower_in(&self.words.titles, w)) && rest.split(' ').count() >= 2
                });
                if let Some((name, Some(_))) = titled.filter(|_| run.is_some()).and_then(|rest| self.person(names, rest)) {
                    match run.and_then(|run| run.strip_suffix(name.as_str())).map(str::trim_end) {
                        Some(role) => out.push((sentence.start, Subject::Titled(name, role))),
                        None => out.push((sentence.start, Subject::Named(name))),
                    }
                }
                continue;
            }
            // A lone capitalized word is a subject only as the surname of someone named in full
            // (`Rathbun requested …` after `Mark Rathbun`), not `Officials said` or `It was`:
            // looked up only if a pronoun asks, the full name being searched in the whole text.
            if n == 1 {
                let lower = words[0].to_lowercase();
                if !self.words.is_pronoun(&lower) && !lower_in(&self.words.function_words, &lower) {
                    out.push((sentence.start, Subject::Surname(words[0])));
                }
                continue;
            }
            if let Some((name, title)) = self.person(names, &phrase)
                && (n <= 3 || title.is_some())
            {
                out.push((sentence.start, Subject::Named(name)));
            }
        }
        out
    }

    /// The role and the name opening `sentence` as `The ROLE, Name Name, verb …`, where the
    /// role is determined and holds a title word (`The state's chief minister, Omar Abdullah,
    /// ordered …`, `Its chief executive, Jane Doe, said`); the role without its determiner.
    fn role_then_name_subject<'s>(&self, sentence: &'s str) -> Option<(&'s str, &'s str)> {
        let (role, rest) = sentence.split_once(", ")?;
        let mut role_words = role.split(' ');
        let first = role_words.next()?;
        let determined = matches!(first, "The" | "A" | "An" | "Its" | "His" | "Her" | "Their");
        if !determined || role.split(' ').count() > 8 || !role_words.any(|w| w.starts_with(char::is_lowercase) && lower_in(&self.words.titles, w)) {
            return None;
        }
        let (name, after) = rest.split_once(", ")?;
        let name_words = name.split(' ').count();
        let proper = name.split(' ').all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')));
        let verb = after.split(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic) && !matches!(w, "who" | "which" | "and" | "or" | "but"));
        ((1..=4).contains(&name_words) && proper && verb && !role.contains(['"', '“', ';'])).then(|| (&role[first.len() + 1..], name))
    }

    /// The name opening `sentence` as `Name Name, APPOSITIVE, verb …`, where the appositive
    /// opens with a determiner or a title word, and whether it holds a title word (`the
    /// county sheriff`, `a senior adviser to the mayor`; not `a nurse at the hospital`).
    fn titled_subject<'s>(&self, sentence: &'s str) -> Option<(&'s str, &'s str, bool)> {
        // The name is two or three words of letters and `.-'’`: the first other character
        // must be the `,` of the first `, `, and a third space ends the look, so a long
        // sentence is not searched for `, ` (the checks below then decide as before).
        let mut spaces = 0;
        let stop = sentence.char_indices().find(|&(_, c)| {
            spaces += usize::from(c == ' ');
            spaces > 2 || !(c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’' | ' '))
        })?;
        if stop.1 != ',' || !sentence[stop.0..].starts_with(", ") {
            return None;
        }
        self.titled_name(&sentence[..stop.0], &sentence[stop.0 + 2..])
    }

    /// `titled_subject` for the name before the first `, ` and the `rest` after it. One word
    /// may be a surname (`Okafor, the team's coach,`), not a capitalized opener, a day or a
    /// month, nor an acronym.
    fn titled_name<'s>(&self, name: &'s str, rest: &'s str) -> Option<(&'s str, &'s str, bool)> {
        let name_words = name.split(' ').count();
        let surname = name_words > 1
            || name.chars().skip(1).any(char::is_lowercase)
                && !SENTENCE_OPENERS.contains(&name)
                && !lowered(name, |w| CALENDAR_WORDS.contains(&w) || lower_in(&self.words.function_words, w) || self.words.is_pronoun(w));
        // `With Bush, the aggressive militarism of …`: a fronted preposition opens no name.
        let opener = name.split(' ').next().unwrap_or("");
        let fronted = lowered(opener, |w| {
            matches!(w, "with" | "for" | "in" | "on" | "at" | "to" | "by" | "from" | "after" | "before" | "during" | "under" | "since" | "despite" | "as" | "like" | "unlike" | "the" | "a" | "an")
        });
        if fronted {
            return None;
        }
        if !(1..=3).contains(&name_words) || !surname || !name.split(' ').all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))) {
            return None;
        }
        let (appositive, after) = rest.split_once(", ")?;
        let first = appositive.split(' ').next().unwrap_or("");
        let titled = matches!(first, "a" | "an" | "the" | "its" | "his" | "her" | "their") || first.starts_with(char::is_lowercase) && lower_in(&self.words.titles, first);
        let has_title = appositive.split(' ').take(8).any(|w| lower_in(&self.words.titles, w));
        let verb = after.split(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic) && !matches!(w, "who" | "which" | "and" | "or" | "but"));
        (titled && verb && !appositive.contains(['"', '“', ';'])).then_some((name, appositive, has_title))
    }

    fn resolve_quotes(&self, doc: &Document, sentences: &[Sentence], records: &mut [Record]) {
        let text = doc.text.as_str();
        let agencies: Vec<Mention> = records
            .iter()
            .filter_map(|r| match &r.data {
                RecordData::Agency(a) => Some(Mention { start: r.start, end: r.end, name: a.name.clone(), kind: a.agency_type.clone() }),
                _ => None,
            })
            .collect();
        let mut order: Vec<usize> = records
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match &r.data {
                RecordData::Quote(q) => Some((q.speaker_span.map_or(r.start, |s| s.0).min(r.start), i)),
                _ => None,
            })
            .map(|(_, i)| i)
            .collect();
        order.sort_by_key(|&i| {
            let r = &records[i];
            let q = match &r.data {
                RecordData::Quote(q) => q,
                _ => unreachable!(),
            };
            (q.speaker_span.map_or(r.start, |s| s.0).min(r.start), r.start)
        });
        // Only quotes change here: with none, nothing below need be listed.
        if order.is_empty() {
            return;
        }
        let abbreviations = self.abbreviations(text);
        let mut history: Vec<Resolved> = Vec::new();
        // Per entry of `history`, whether its phrase names several (`the researchers`,
        // `Smith and Jones`): `they` prefers such an antecedent to a body or a person.
        let mut plural: Vec<bool> = Vec::new();
        let mut roles: HashMap<String, String> = HashMap::default();
        let mut last_person: Option<Resolved> = None;
        // Where the last person speaker's attribution stands.
        let mut last_person_at: Option<usize> = None;
        let ordered = ordered_by_start(&agencies);
        let names = FullNames::new(text);
        let titled = self.sentence_subjects(&names, sentences, &agencies, false);
        // Every sentence's subject, listed only once a pronoun speaker asks for them.
        let subjects = once_cell::unsync::OnceCell::new();
        let titled_mentions = TitleMentions::default();
        // Per person, the first title written right before their full name (found once).
        let mut titles_written: HashMap<String, Option<(usize, String)>> = HashMap::default();
        // Companies named with their suffix (`Pfizer Inc`), listed once a `the company` asks.
        let companies = once_cell::unsync::OnceCell::new();
        let mut last_any: Option<Resolved> = None;
        let mut document_owner: HashMap<String, Resolved> = HashMap::default();
        let mut last_document: Option<Resolved> = None;
        // (lowercase phrase, resolved) of earlier unnamed speakers.
        let mut unnamed: Vec<(String, Resolved)> = Vec::new();
        // Subjects with a titled appositive seen so far: `Jane Doe, the county's health
        // director, visited …` gives the role a later `Doe said` takes.
        let mut titled_seen = 0;
        for i in order {
            let RecordData::Quote(q) = &records[i].data else { continue };
            let Some((s, e)) = q.speaker_span else { continue };
            while let Some((_, subject)) = titled.get(titled_seen).filter(|(at, _)| *at < s) {
                if let Subject::Titled(name, title) | Subject::TitledWord(name, title) = subject {
                    roles.insert(name.clone(), title.to_string());
                }
                titled_seen += 1;
            }
            let full_phrase = text[s..e].trim().trim_end_matches(',').to_string();
            let phrase = cut_participle(&full_phrase, &self.words).to_string();
            let given_role = q.role.clone();
            let attribution = q.attribution.map(|(a, b)| text[a.min(b)..b.max(a)].to_lowercase()).unwrap_or_default();
            let lower = phrase.to_lowercase();
            let bare = strip_determiner(&lower);
            let head = bare.rsplit(' ').next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_string();
            let definite = lower.starts_with("the ");
            // The head of the phrase without its participle: in `a budget document reviewed by
            // The Washington Post` the newspaper is no head.
            let phrase_start = s + (text[s..e].len() - text[s..e].trim_start().len());
            let cut_end = phrase_start + phrase.len();
            // Where the phrase's owner may be named: not after `obtained by`, `seen by`.
            let received = full_phrase[phrase.len()..].split_whitespace().next().is_some_and(|w| lower_in(&self.words.receiving_participles, w));
            let owner_end = if received { cut_end } else { e };
            let agency_inside = starting_within(&agencies, ordered, s, owner_end).find(|m| s <= m.start && m.end <= owner_end);
            let agency_at_head = starting_within(&agencies, ordered, s, cut_end).find(|m| s <= m.start && m.end <= cut_end && ends_phrase(&text[m.end..cut_end])).or_else(|| {
                // `The National Union of Rail, Maritime and Transport Workers, known as …`: the
                // phrase stopped at a comma inside the name the agency stage read whole.
                starting_within(&agencies, ordered, s, cut_end).find(|m| s <= m.start && m.end > e && matches!(text[s..m.start].trim(), "" | "The" | "the"))
            }).or_else(|| {
                // `the Department of Labor and Industry announced`: the phrase began after an
                // `and` inside the name the agency stage read whole.
                starting_before(&agencies, ordered, s).iter().rev().find(|m| m.start < s && m.end == cut_end && text[m.start..s].ends_with(" and "))
            });
            // `Jennifer Nagda of the Young Center …`: the person speaks, not the body at the head
            // (which starts after the name; `Federal Bureau of Investigation` is all one body).
            let name_of_body = agency_at_head.and_then(|m| {
                let name = self.name_before_body(&phrase, " of ")?;
                (m.start > phrase_start + name.len()).then_some(name)
            });
            let agency_at_head = agency_at_head.filter(|_| name_of_body.is_none());
            // A head word that ends an agency's name is no document (`the department's Bureau of
            // Labor Statistics`, not the department's statistics).
            let document_head = self.words.document_nouns.contains(&head) && agency_at_head.is_none();

            let resolved = if self.words.person_pronouns.contains(&lower) {
                // A person who opened a sentence since the last speaker's attribution is nearer.
                // Subjects come in sentence order: the ones before `s` are a prefix.
                let subjects = subjects.get_or_init(|| self.sentence_subjects(&names, sentences, &agencies, true));
                let subject = subjects[..subjects.partition_point(|(at, _)| *at < s)]
                    .iter()
                    .rev()
                    .take_while(|(at, _)| last_person_at.is_none_or(|p| *at > p))
                    .find_map(|(_, subject)| match subject {
                        Subject::Named(name) => Some((name.clone(), None)),
                        Subject::Titled(name, title) => Some((name.clone(), Some(title.to_string()))),
                        Subject::TitledWord(..) => None,
                        Subject::Surname(word) => {
                            names.full_name(word, &self.words)?;
                            self.person(&names, word).map(|(name, _)| (name, None))
                        }
                    })
                    .map(|(name, title)| Resolved { role: title.or_else(|| roles.get(&name).cloned()), name, person: true });
                subject.or_else(|| last_person.clone()).unwrap_or(Resolved { name: phrase.clone(), role: None, person: true })
            } else if self.words.other_pronouns.contains(&lower) {
                // `The Lancet said … They say …`: after the journal quoted the authors, `they`
                // means the researchers named among the last few speakers.
                let several = (lower == "they")
                    .then(|| (0..history.len()).rev().take(PLURAL_REACH).find(|&k| plural[k]).map(|k| history[k].clone()))
                    .flatten();
                several.or_else(|| last_any.clone()).unwrap_or(Resolved { name: phrase.clone(), role: None, person: false })
            } else if let Some(Mention { name, .. }) = agency_inside.filter(|_| document_head) {
                Resolved { name: name.clone(), role: None, person: false }
            } else if let Some(by) = document_head.then(|| appositive_source(text, q.attribution, &self.words)).flatten() {
                // `The report, released Tuesday by the Government Accountability Office, found`
                let name = self.organization(&by, &abbreviations).unwrap_or(by);
                Resolved { name, role: None, person: false }
            } else if document_head && definite && bare.split(' ').count() == 1 {
                // Another document's owner (`Data released by the DHS showed …. The report noted`),
                // not whoever spoke last.
                document_owner
                    .get(&head)
                    .or(last_document.as_ref())
                    .cloned()
                    .unwrap_or(Resolved { name: phrase.clone(), role: None, person: false })
            } else if let Some((name, title)) = name_of_body.and_then(|n| self.person(&names, n)) {
                Resolved { role: given_role.clone().or(title), name, person: true }
            } else if let Some(Mention { name, .. }) = agency_at_head {
                Resolved { name: name.clone(), role: None, person: false }
            } else if let Some(by) = source_after_by(&full_phrase, &self.words).filter(|_| self.words.document_nouns.contains(&first_noun(&lower))) {
                let name = self.organization(&by, &abbreviations).unwrap_or(by);
                Resolved { name, role: None, person: false }
            } else if let Some(name) = (definite && self.words.company_heads.contains(&head) && company_description(strip_determiner(&phrase), &head))
                .then(|| {
                    companies.get_or_init(|| company_names(text, &self.words)).iter().rev().find(|(end, _)| *end <= s).map(|(_, n)| n.clone()).or_else(|| {
                        // `Boeing said … The company said`: without a suffix, the last speaker
                        // named by one capitalized word no agency and no full name explain.
                        history
                            .iter()
                            .rev()
                            .take(COMPANY_REACH)
                            .find(|r| {
                                !r.name.contains(' ')
                                    && r.name.starts_with(char::is_uppercase)
                                    && r.role.is_none()
                                    && !self.words.is_pronoun(&r.name.to_lowercase())
                                    && !agencies.iter().any(|m| m.name == r.name)
                            })
                            .map(|r| r.name.clone())
                    })
                    .or_else(|| {
                        // `Novo Nordisk reported higher sales. The Danish drugmaker said`: the
                        // name opening one of the last sentences, given no role (no person's).
                        let subjects = subjects.get_or_init(|| self.sentence_subjects(&names, sentences, &agencies, true));
                        let here = crate::split::sentence_at(sentences, s);
                        let from = sentences.get(here.saturating_sub(COMPANY_SENTENCES)).map_or(0, |x| x.start);
                        // The name is followed by a verb in -ed or -s (`reported`, `says`), not by a
                        // noun it modifies (`United States automobile company General Motors`).
                        let verb_after = |at: usize, name: &str| {
                            let next = text[at..].strip_prefix(name).and_then(|r| r.split_whitespace().next()).unwrap_or("");
                            // `Aston Villa have agreed …`: a team takes a plural auxiliary.
                            next.starts_with(char::is_lowercase) && (next.ends_with("ed") || next.ends_with('s') && !next.ends_with("ss") || matches!(next, "have" | "had" | "will"))
                        };
                        subjects[..subjects.partition_point(|(at, _)| *at < s)].iter().rev().take_while(|(at, _)| *at >= from).find_map(|(at, subject)| match subject {
                            Subject::Named(name) if verb_after(*at, name) && !roles.contains_key(name) && !agencies.iter().any(|m| &m.name == name) => Some(name.clone()),
                            // One word no full name makes a surname (`Heineken raised prices`), no
                            // number (`Five years after …`).
                            Subject::Surname(word) if verb_after(*at, word) && !crate::normalize::number::is_number_word(word) && names.full_name(word, &self.words).is_none() && !agencies.iter().any(|m| m.name == *word) => Some(word.to_string()),
                            _ => None,
                        })
                    })
                })
                .flatten()
            {
                // `Boeing Co said … The company said`: the last company named before.
                Resolved { name, role: None, person: false }
            } else if definite && self.words.speaker_heads.contains(&head) && !proper_name(strip_determiner(&phrase)) {
                // `the DHS official` → the earlier `a senior DHS official`; `the department` → the last department.
                let short = self.short_mentions.contains(bare);
                let reference = self.words.phrase_words(bare);
                // Only when all the reference's words are the earlier phrase's (or a person's role).
                unnamed
                    .iter()
                    .rev()
                    .find(|(p, _)| self.words.covers(&reference, p, true))
                    .map(|(_, r)| r.clone())
                    .or_else(|| {
                        let r = history.iter().rev().find(|r| {
                            r.person && r.role.as_ref().is_some_and(|role| {
                                let role = role.to_lowercase();
                                self.words.covers(&reference, &role, true) && !self.another_office(&role, &reference)
                            })
                        })?;
                        Some(r.clone())
                    })
                    .or_else(|| {
                        // `President Joe Biden visited … the president added`: the one person the
                        // text has named with that title so far.
                        let (name, title) = self.title_holder(&names, &titled_mentions, s, strip_determiner(&phrase))?;
                        Some(Resolved { role: Some(roles.get(&name).cloned().unwrap_or(title)), name, person: true })
                    })
                    .or_else(|| {
                        // The agency stage resolves its short mentions or leaves them unresolved.
                        if short {
                            return None;
                        }
                        starting_before(&agencies, ordered, s)
                            .iter()
                            .rev()
                            .find(|m| m.start < s && self.words.covers(&reference, &m.name.to_lowercase(), false))
                            .map(|m| Resolved { name: m.name.clone(), role: None, person: false })
                    })
                    // A short mention the agency stage left unresolved may still be a company
                    // named before (`Bank of America … according to the bank`), never a body.
                    .or_else(|| {
                        history
                            .iter()
                            .rev()
                            .find(|r| !r.person && is_proper(&r.name) && self.words.covers(&reference, &r.name.to_lowercase(), false) && !(short && agencies.iter().any(|m| m.name == r.name)))
                            .cloned()
                    })
                    .or_else(|| {
                        // Only a bare head (`the group`), not a name (`the National Audit Office`).
                        if short {
                            return None;
                        }
                        let wanted = self.words.head_types.get(bare)?;
                        let m = starting_before(&agencies, ordered, s).iter().rev().find(|m| m.start < s && wanted.contains(&m.kind))?;
                        Some(Resolved { name: m.name.clone(), role: None, person: false })
                    })
                    .or_else(|| self.organization(&phrase, &abbreviations).map(|name| Resolved { name, role: None, person: false }))
                    .unwrap_or(Resolved { name: phrase.clone(), role: None, person: false })
            } else if let Some(name) = (!phrase.contains(' ') && phrase.starts_with(char::is_uppercase) && names.full_name(&phrase, &self.words).is_none())
                .then(|| companies.get_or_init(|| company_names(text, &self.words)).iter().rev().find(|(end, n)| *end <= s && n.strip_prefix(phrase.as_str()).is_some_and(|r| r.starts_with(' '))).map(|(_, n)| n.clone()))
                .flatten()
            {
                // `Harlow Industries … Harlow said`: a company's first word stands for it.
                Resolved { name, role: None, person: false }
            } else if let Some((name, title)) = self.person(&names, &phrase) {
                let role = given_role.clone().or(title).or_else(|| roles.get(&name).cloned());
                if let Some(r) = &role {
                    roles.insert(name.clone(), r.clone());
                }
                Resolved { name, role, person: true }
            } else if let Some(joint) = self.joint_persons(&names, &phrase) {
                joint
            } else if let Some(name) = self.organization(&phrase, &abbreviations) {
                Resolved { name, role: None, person: false }
            } else {
                Resolved { name: phrase.clone(), role: None, person: false }
            };
            let mut resolved = Resolved {
                role: if resolved.person { given_role.clone().or(resolved.role.clone()) } else { None },
                ..resolved
            };
            // `President Joe Biden signed the bill … "…," Biden said`: the title written before
            // the name earlier is the role the article gives.
            if resolved.person && resolved.role.is_none() && !roles.contains_key(&resolved.name) {
                let written = titles_written.entry(resolved.name.clone()).or_insert_with(|| self.title_before_name(text, &resolved.name));
                resolved.role = written.as_ref().filter(|(at, _)| *at < s).map(|(_, title)| title.clone());
            }
            if resolved.person {
                if let Some(r) = &resolved.role {
                    roles.insert(resolved.name.clone(), r.clone());
                }
                // A pronoun nothing resolved (`she`, with no name before it) is no antecedent
                // for the next one: `He added` stays `He`.
                if !self.words.is_pronoun(&resolved.name.to_lowercase()) {
                    last_person = Some(resolved.clone());
                    last_person_at = Some(s);
                }
            } else if !self.words.is_pronoun(&lower) {
                unnamed.push((lower.clone(), resolved.clone()));
            }
            // One pass over the attribution's words, not one per document noun.
            for word in attribution.split(|c: char| !c.is_alphanumeric()).chain([head.as_str()]) {
                if let Some(noun) = self.words.document_nouns.get(word) {
                    document_owner.insert(noun.clone(), resolved.clone());
                    last_document = Some(resolved.clone());
                }
            }
            last_any = Some(resolved.clone());
            // A study stands for its authors (`The study found … They say …`).
            let names_several = !self.words.is_pronoun(&lower)
                && (lower.contains(" and ")
                    || head.len() > 3 && head.ends_with('s') && !head.ends_with("ss") && self.words.speaker_heads.contains(&head)
                    || self.words.research_heads.contains(&head));
            plural.push(names_several);
            history.push(resolved.clone());
            if let RecordData::Quote(q) = &mut records[i].data {
                q.speaker = resolved.name;
                q.role = resolved.role;
            }
        }
    }

    /// The abbreviations the text defines (`Department of Homeland Security (DHS)`), the
    /// last definition of each winning. A match of `definition` holds ` (`, ends at the `)`
    /// after the abbreviation, and before ` (` holds no ASCII byte but letters, digits and
    /// `_.'- `: so the regex runs from the last other byte before each such ` (` to its
    /// `)`, which finds the matches a search of the whole text finds.
    fn abbreviations(&self, text: &str) -> HashMap<String, String> {
        let bytes = text.as_bytes();
        let mut out = HashMap::default();
        // End of the last match: the next starts at or after it.
        let mut done = 0;
        // `(` by memchr, then the space before it: a two-byte needle is searched byte by byte.
        for (open, _) in text.match_indices('(') {
            let Some(paren) = open.checked_sub(1).filter(|&p| bytes[p] == b' ' && p >= done) else { continue };
            let abbreviation = &bytes[paren + 2..];
            let run = abbreviation.iter().take(11).take_while(|b| b.is_ascii_alphabetic() || **b == b'.').count();
            if !abbreviation.first().is_some_and(u8::is_ascii_uppercase) || !(2..=10).contains(&run) || abbreviation.get(run) != Some(&b')') {
                continue;
            }
            let end = paren + 2 + run + 1;
            let breaks = |b: &u8| b.is_ascii() && !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'\'' | b'-' | b' '));
            let start = bytes[done..paren].iter().rposition(breaks).map_or(done, |n| done + n + 1);
            if let Some(c) = self.definition.captures(&text[start..end]) {
                out.insert(c[2].to_string(), strip_determiner(&c[1]).to_string());
                done = start + c.get(0).map_or(0, |m| m.end());
            }
        }
        out
    }

    /// The person the text before `s` names with the title `written` (`president`, `prime
    /// minister`) written before their name (`President Joe Biden`, `Sen. Tom Brown` for
    /// `senator`), and the title as written; `None` when it names none or several, or only
    /// with another office (`Vice President`, `former President`).
    fn title_holder(&self, names: &FullNames, titled: &TitleMentions, s: usize, written: &str) -> Option<(String, String)> {
        let words = written.split(' ').count();
        let title = written.to_lowercase();
        if words > 3 || !title.rsplit(' ').next().is_some_and(|w| self.words.titles.contains(w)) || !title.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-')) {
            return None;
        }
        let title = title.as_str();
        // Titles before a name are capitalized: `Prime Minister`, `Attorney General`.
        let capitalized = |w: &str| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        };
        // The words as written but capitalized: `MP` stays `MP`.
        let mut needles = vec![written.split(' ').map(capitalized).collect::<Vec<_>>().join(" ")];
        if words == 1
            && let Some(abbreviations) = self.words.title_abbreviations.get(title)
        {
            needles.extend(abbreviations.iter().map(|a| capitalized(a)));
        }
        let text = names.text;
        let before = &text[..s];
        let mut holder: Option<(String, String)> = None;
        // Of two holders the first stands unless another person holds the title too.
        let mut meet = |found: &(String, String)| match &holder {
            Some((known, _)) => *known == found.0,
            None => {
                holder = Some(found.clone());
                true
            }
        };
        for needle in &needles {
            let mut cache = titled.by_needle.borrow_mut();
            let mentions = cache.entry((needle.clone(), title.to_string())).or_insert_with(|| self.title_mentions(names, needle, title));
            // The matches wholly before `s` (a search of the text left to right finds
            // the prefix's matches first); those whose name reads past `s` are read again
            // within the prefix.
            let k = mentions.at.partition_point(|&at| at + needle.len() <= s);
            let tail = mentions.reach[..k].partition_point(|&r| r <= s);
            if let Some(first) = mentions.first.filter(|&f| f < tail)
                && (!meet(mentions.holders[first].as_ref().expect("the first holder")) || mentions.conflict < tail)
            {
                return None;
            }
            for &at in &mentions.at[tail..k] {
                if let Some(found) = self.holder_at(names, before, at, needle, title)
                    && !meet(&found)
                {
                    return None;
                }
            }
        }
        holder
    }

    /// Every place the text writes `needle` (a title before a name, for `title`), and the
    /// person each names: built once per document and title, as `title_holder` asks for
    /// every unresolved definite title, and a search of the text before each is quadratic.
    fn title_mentions(&self, names: &FullNames, needle: &str, title: &str) -> TitleMentionList {
        let text = names.text;
        let mut list = TitleMentionList { at: Vec::new(), reach: Vec::new(), holders: Vec::new(), first: None, conflict: usize::MAX };
        let mut reach = 0;
        for (at, _) in text.match_indices(needle) {
            // `name_at` reads at most five words after the needle.
            let from = at + needle.len() + 1;
            let read_to = text.get(from..).map_or(text.len(), |rest| rest.match_indices(' ').nth(4).map_or(text.len(), |(n, _)| from + n));
            reach = reach.max(read_to);
            let holder = self.holder_at(names, text, at, needle, title);
            if let Some((canonical, _)) = &holder {
                match list.first {
                    None => list.first = Some(list.holders.len()),
                    Some(f) if list.conflict == usize::MAX && list.holders[f].as_ref().is_some_and(|(known, _)| known != canonical) => {
                        list.conflict = list.holders.len();
                    }
                    Some(_) => {}
                }
            }
            list.at.push(at);
            list.reach.push(reach);
            list.holders.push(holder);
        }
        list
    }

    /// The person `needle` at `at` names in `before` (the text up to a quote, or all of it),
    /// and the title as written with the capitalized words before it.
    fn holder_at(&self, names: &FullNames, before: &str, at: usize, needle: &str, title: &str) -> Option<(String, String)> {
        let ahead = &before[..at];
        if ahead.ends_with(|c: char| c.is_alphanumeric() || c == '-') {
            return None;
        }
        let previous = ahead.trim_end().rsplit(|c: char| c.is_whitespace() || c == '-').next().unwrap_or("");
        let previous = previous.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        // `Inspector General Ann Walsh` holds no title `the general` names.
        if self.words.title_changers.contains(&previous) || self.words.compound_titles.contains(&format!("{previous} {title}")) {
            return None;
        }
        let name = before[at + needle.len()..].strip_prefix(' ').and_then(|rest| self.name_at(rest))?;
        let (canonical, _) = self.person(names, &name)?;
        Some((canonical, title_run(ahead, needle)))
    }

    /// Where the text first writes a title right before `name` (`President Joe Biden`,
    /// `Texas Attorney General Ken Paxton`), and the title with the capitalized words that
    /// belong to it (`Vice President`); not a title a lowercase word changes (`former President`).
    fn title_before_name(&self, text: &str, name: &str) -> Option<(usize, String)> {
        if !name.contains(' ') {
            return None;
        }
        let mut from = 0;
        while let Some(at) = find_from(text, from, name) {
            from = at + name.len();
            if text[from..].starts_with(char::is_alphanumeric) {
                continue;
            }
            let Some(ahead) = text[..at].strip_suffix(' ') else { continue };
            let word_start = ahead.rfind([' ', '\n']).map_or(0, |n| n + 1);
            let word = &ahead[word_start..];
            if !word.starts_with(char::is_uppercase) || !lower_in(&self.words.titles, word) || HONORIFICS.contains(&word.to_lowercase().as_str()) {
                continue;
            }
            let title = title_run(&ahead[..word_start], word);
            let before_title = ahead[..word_start + word.len() - title.len()].trim_end();
            let previous = before_title.rsplit([' ', '\n']).next().unwrap_or("").to_lowercase();
            if lower_in(&self.words.title_changers, &previous) {
                continue;
            }
            return Some((at, title));
        }
        None
    }

    /// Whether `role` (lowercase) is another office than the `reference` it covers: the word
    /// before its head changes the title (`shadow chancellor` for `the chancellor`).
    fn another_office(&self, role: &str, reference: &[std::borrow::Cow<str>]) -> bool {
        let mut words = role.rsplit(' ');
        words.next();
        words.next().is_some_and(|w| self.words.title_changers.contains(w) && !reference.iter().any(|r| r == w))
    }

    /// The capitalized name that opens `rest` (`Luiz Inácio Lula da Silva said`, `Biden's
    /// plan`), up to five words, ended by punctuation other than an initial's period.
    fn name_at(&self, rest: &str) -> Option<String> {
        let mut tokens: Vec<&str> = Vec::new();
        for word in rest.split(' ').take(5) {
            let core = word.trim_end_matches([',', ';', ':', ')', '"', '”']);
            let core = core.strip_suffix("'s").or_else(|| core.strip_suffix("’s")).unwrap_or(core);
            let ended = core.len() != word.len() || core.ends_with('.') && !is_initial(core);
            let core = if ended { core.trim_end_matches('.') } else { core };
            let name_word = core.starts_with(char::is_uppercase)
                && core.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                && !lowered(core, |w| CALENDAR_WORDS.contains(&w));
            // `Lula da Silva`, `Ursula von der Leyen`: short lowercase particles inside a name.
            let particle = !tokens.is_empty() && self.words.name_particles.contains(core);
            if !name_word && !particle {
                break;
            }
            tokens.push(core);
            if ended {
                break;
            }
        }
        while tokens.last().is_some_and(|t| t.starts_with(char::is_lowercase)) {
            tokens.pop();
        }
        (!tokens.is_empty()).then(|| tokens.join(" "))
    }

    /// A name of two or three capitalized words (no title among them) before `separator`
    /// and whom they speak for (`Lydia Buchtmann for …`, `Jennifer Nagda of …`).
    fn name_before_body<'p>(&self, phrase: &'p str, separator: &str) -> Option<&'p str> {
        let name = &phrase[..phrase.find(separator)?];
        // Titles may lead (`Executive Director Jane Doe of …`): the name is what follows them.
        let bare: Vec<&str> = name.split_whitespace().skip_while(|w| lower_in(&self.words.titles, w)).collect();
        let ok = (2..=3).contains(&bare.len()) && bare.iter().all(|w| w.starts_with(char::is_uppercase) && !lower_in(&self.words.titles, w));
        ok.then_some(name)
    }

    /// A person's canonical name and the title before it, or `None` if the
    /// phrase is not a name (`officials`, `NBC News` are not persons here only
    /// when an agency record covers them; otherwise capitalized words are taken as a name).
    fn person(&self, names: &FullNames, phrase: &str) -> Option<(String, Option<String>)> {
        let phrase = phrase.strip_prefix("the ").or_else(|| phrase.strip_prefix("The ")).unwrap_or(phrase);
        if phrase.contains(", ") {
            return None;
        }
        // `the ACLU's Lee Gelernt`: the body's person.
        if let Some((owner, person)) = phrase.split_once("'s ").or_else(|| phrase.split_once("’s "))
            && owner.starts_with(char::is_uppercase)
            && person.starts_with(char::is_uppercase)
        {
            return self.person(names, person);
        }
        // `Lydia Buchtmann for Food Standards Australia New Zealand`: a name, then whom they speak for.
        if let Some(name) = self.name_before_body(phrase, " for ") {
            return self.person(names, name);
        }
        let tokens: Vec<&str> = phrase.split_whitespace().filter(|t| !(t.starts_with('(') && t.ends_with(')'))).collect();
        let capitalized = |t: &&str| t.starts_with(char::is_uppercase) || t.contains('-') && t.chars().any(char::is_uppercase);
        if tokens.is_empty() {
            return None;
        }
        // The name: the capitalized words after the last title word, or after a
        // lowercase descriptor (`team member Rodaba Noori`).
        let last_lower = tokens.iter().rposition(|t| !capitalized(t) && !lower_in(&self.words.function_words, t));
        let is_title = |t: &&str| lower_in(&self.words.titles, t);
        let suffixes = tokens.iter().rev().take_while(|t| lower_in(&self.words.name_suffixes, t)).count();
        // `Martin Luther King Jr.`: a title's word right before a name suffix is the surname.
        let title_word = match tokens.iter().rposition(is_title) {
            Some(n) if suffixes > 0 && n + suffixes + 1 == tokens.len() => tokens[..n].iter().rposition(is_title),
            found => found,
        };
        let last_title = title_word.max(last_lower).filter(|&n| n + 1 < tokens.len());
        // Only a speaker head as descriptor, no title word (`analysts at Moody's`).
        let descriptor_only =
            last_lower.is_some_and(|n| lower_in(&self.words.speaker_heads, tokens[n])) && title_word < last_lower;
        if last_lower.is_some() && last_title.is_none() || tokens.len() > 12 {
            return None;
        }
        // `Officials in the eastern state of West Bengal`, `Researchers at the University of
        // Oxford`: people named by where they are, no title before a name.
        if tokens.len() > 2
            && lower_in(&self.words.speaker_heads, tokens[0])
            && !lower_in(&self.words.titles, tokens[0])
            && matches!(tokens[1], "in" | "at" | "from" | "with" | "for" | "on")
        {
            return None;
        }
        // `an analyst at Goldman Sachs`, `a spokesman for Chevron`: a determined common noun
        // and whom it works for describe the speaker; the body after it is no person's name.
        let indefinite = lowered(tokens[0], |w| matches!(w, "a" | "an" | "one" | "another"));
        if let Some(n) = last_lower.filter(|&n| indefinite && title_word == Some(n))
            && tokens.get(n + 1).is_some_and(|w| lower_in(&self.words.affiliation_words, w))
        {
            return None;
        }
        let mut name_tokens = &tokens[last_title.map_or(0, |n| n + 1)..];
        // `A federal judge in California`, `the mayor at the time`: a place or time after the
        // title, no name.
        if last_title.is_some() && name_tokens.first().is_some_and(|t| matches!(*t, "in" | "at" | "near" | "from" | "outside" | "across")) {
            return None;
        }
        let mut place_len = 0;
        // `Mayor Jane Doe of Austin`, `Sen. Tom Brown from Ohio`: after a titled name, a place
        // or body is no part of the name (`Governor of Washington …` has its `of` first).
        if last_title.is_some()
            && let Some(k) = name_tokens.iter().position(|t| matches!(*t, "of" | "from" | "in")).filter(|&k| k >= 1)
        {
            let place = &name_tokens[k + 1..];
            let place = if place.first().is_some_and(|t| *t == "the") { &place[1..] } else { place };
            if name_tokens[..k].iter().all(capitalized) && (1..=4).contains(&place.len()) && place.iter().all(capitalized) {
                place_len = name_tokens.len() - k;
                name_tokens = &name_tokens[..k];
            }
        }
        // `Lula da Silva`: a particle between capitalized words is part of the name.
        // `van Dijk`: a surname may open with one (`Virgil van Dijk` in full).
        let is_particle = |t: &str| lower_in(&self.words.name_particles, t);
        let particle = |tokens: &[&str], i: usize| {
            is_particle(tokens[i])
                && tokens[..i].iter().rev().find(|t| !is_particle(t)).is_none_or(capitalized)
                && tokens[i + 1..].iter().find(|t| !is_particle(t)).is_some_and(capitalized)
        };
        // `Chelsea co-owners Todd Boehly and Behdad Eghbali`: two full names after one title
        // are both the speakers, not a complement and the second name.
        if let Some(title_end) = last_title.map(|n| n + 1)
            && place_len == 0
            && let Some(k) = name_tokens.iter().position(|t| *t == "and")
            && [&name_tokens[..k], &name_tokens[k + 1..]].iter().all(|side| (2..=3).contains(&side.len()) && side.iter().all(|t| capitalized(t) && t.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')))
        {
            let title = tokens[..title_end].join(" ");
            return Some((name_tokens.join(" "), Some(title)));
        }
        // `Governor of Washington Chris Gregoire`: the name starts after the last function word.
        if last_title.is_some()
            && let Some(n) = (0..name_tokens.len())
                .rposition(|i| name_tokens[i].starts_with(char::is_lowercase) && lower_in(&self.words.function_words, name_tokens[i]) && !particle(name_tokens, i))
        {
            // `analysts at Moody's`: a common noun and its complement, not a titled name.
            if descriptor_only {
                return None;
            }
            name_tokens = &name_tokens[n + 1..];
            // The title's complement is a place or body (`New York Kathy Hochul`,
            // `United States Hamdullah Mohib`): the name is the last two words, with
            // a middle initial three (`Antony J. Blinken`).
            let keep = if name_tokens.len() >= 3 && is_initial(name_tokens[name_tokens.len() - 2]) { 3 } else { 2 };
            if name_tokens.len() > keep {
                name_tokens = &name_tokens[name_tokens.len() - keep..];
            }
        }
        let title_end = tokens.len() - name_tokens.len() - place_len;
        let particles = (0..name_tokens.len()).filter(|&i| particle(name_tokens, i)).count();
        let named = (0..name_tokens.len()).all(|i| capitalized(&name_tokens[i]) || particle(name_tokens, i));
        if name_tokens.is_empty() || name_tokens.len() - particles > 4 || !named {
            return None;
        }
        // `… estimate released Monday`: a day or month is no name.
        if name_tokens.len() == 1 && lowered(name_tokens[0], |w| CALENDAR_WORDS.contains(&w)) {
            return None;
        }
        if last_title.is_none() && name_tokens.len() == 1 && name_tokens[0].chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
            return None; // an acronym, not a person
        }
        if name_tokens.iter().any(|t| lower_in(&self.words.speaker_heads, t)) || lower_in(&self.words.organization_words, name_tokens[name_tokens.len() - 1]) {
            return None;
        }
        // `Mr. Biden`: an honorific alone is no role.
        let title = last_title.map(|_| tokens[..title_end].join(" ")).filter(|t| !HONORIFICS.contains(&t.to_lowercase().as_str()));
        let name = name_tokens.join(" ");
        let surname_only = (0..name_tokens.len().saturating_sub(1)).all(|i| particle(name_tokens, i));
        let name = if surname_only { names.full_name(&name, &self.words).unwrap_or(name) } else { name };
        Some((name, title))
    }

    /// A body's name from its phrase: `the administration’s Family Reunification Task
    /// Force` → `Family Reunification Task Force`, `the DHS` → its definition in the
    /// text, `a Department of Homeland Security (DHS) report` → the department.
    fn organization(&self, phrase: &str, abbreviations: &HashMap<String, String>) -> Option<String> {
        let mut name = strip_determiner(phrase.trim());
        for apostrophe in ["’s ", "'s "] {
            if let Some((_, rest)) = name.split_once(apostrophe)
                && rest.starts_with(char::is_uppercase)
            {
                name = rest;
            }
        }
        let mut tokens: Vec<&str> = name.split_whitespace().filter(|t| !(t.starts_with('(') && t.ends_with(')'))).collect();
        // `a Democrat`, `one Republican`: someone described, not a body named; an indefinite
        // document may still name its issuer (`a Department of Homeland Security report`).
        let indefinite = phrase.trim().split(' ').next().is_some_and(|w| lowered(w, |w| matches!(w, "a" | "an" | "one" | "another")));
        if indefinite && !tokens.last().is_some_and(|t| lower_in(&self.words.document_nouns, t)) {
            return None;
        }
        if tokens.len() > 1 && lower_in(&self.words.document_nouns, tokens[tokens.len() - 1]) {
            tokens.pop();
            // `Cornyn's statement`: the statement's owner speaks.
            if let Some(owner) = tokens.last_mut() {
                *owner = owner.strip_suffix("’s").or_else(|| owner.strip_suffix("'s")).unwrap_or(owner);
            }
            // `Court filings`, `Government data`: a generic head names no body.
            if tokens.len() == 1 && lower_in(&self.words.speaker_heads, tokens[0]) {
                return None;
            }
        }
        if tokens.len() > 1 && matches!(tokens[0], "US" | "U.S." | "UK" | "U.K.") {
            tokens.remove(0);
        }
        // `American automobile manufacturer Chrysler LLC`: a descriptor, then the company's name.
        if let Some(last_lower) = tokens.iter().rposition(|t| t.starts_with(char::is_lowercase) && !self.words.function_words.contains(*t))
            && tokens.last().is_some_and(|t| lower_in(&self.words.organization_words, t))
        {
            tokens.drain(..=last_lower);
        }
        let name = tokens.join(" ");
        if !name.starts_with(char::is_uppercase) || tokens.iter().any(|t| t.starts_with(char::is_lowercase) && !self.words.function_words.contains(*t)) {
            return None;
        }
        Some(abbreviations.get(&name).cloned().unwrap_or(name))
    }

    /// `A, B and C` where each part is a person with a title.
    fn joint_persons(&self, full_names: &FullNames, phrase: &str) -> Option<Resolved> {
        let mut parts: Vec<&str> = phrase.split(", ").collect();
        if parts.len() < 2 {
            return None;
        }
        let last = parts.pop()?;
        let (a, b) = last.split_once(" and ")?;
        parts.push(a);
        parts.push(b);
        let mut names = Vec::new();
        let mut titles = Vec::new();
        for part in parts {
            let (name, title) = self.person(full_names, part)?;
            names.push(name);
            titles.push(title.unwrap_or_default());
        }
        let join = |list: &[String]| {
            let (last, rest) = list.split_last().unwrap();
            format!("{} and {}", rest.join(", "), last)
        };
        let role = titles.iter().all(|t| !t.is_empty()).then(|| {
            let trimmed: Vec<String> = titles.iter().map(|t| strip_determiner(t).to_string()).collect();
            join(&trimmed)
        });
        Some(Resolved { name: join(&names), role, person: true })
    }
}

/// An agency mention of the document: span, canonical name and type.
struct Mention {
    start: usize,
    end: usize,
    name: String,
    kind: String,
}

/// Where to look among mentions in text order: a binary search instead of a scan of
/// all of them per quote, which is quadratic in a long document. (In any other order
/// every mention is looked at, as the callers' conditions still decide.)
fn ordered_by_start(mentions: &[Mention]) -> bool {
    mentions.is_sorted_by_key(|m| m.start)
}

/// The mentions that may start at or after `from` and no later than `to`.
fn starting_within(mentions: &[Mention], ordered: bool, from: usize, to: usize) -> impl Iterator<Item = &Mention> {
    let first = if ordered { mentions.partition_point(|m| m.start < from) } else { 0 };
    mentions[first..].iter().take_while(move |m| !ordered || m.start <= to)
}

/// The mentions that may start before `at`.
fn starting_before(mentions: &[Mention], ordered: bool, at: usize) -> &[Mention] {
    if ordered { &mentions[..mentions.partition_point(|m| m.start < at)] } else { mentions }
}

/// The title `written` with the capitalized words before it in `ahead` that belong to it
/// (`Senate Majority Leader`, `Texas Attorney General`), at most three, no determiner.
fn title_run(ahead: &str, written: &str) -> String {
    let mut start = ahead.len();
    for _ in 0..3 {
        let Some(rest) = ahead[..start].strip_suffix(' ') else { break };
        let word_start = rest.rfind([' ', '\n']).map_or(0, |n| n + 1);
        let word = &rest[word_start..];
        let name_word = word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '.') && !word.ends_with('.');
        if !name_word || matches!(word, "The" | "A" | "An") || SENTENCE_OPENERS.contains(&word) {
            break;
        }
        start = word_start;
    }
    format!("{}{written}", &ahead[start..])
}

/// How many sentences before it `the company` looks back over for one a company's name opens.
const COMPANY_SENTENCES: usize = 2;
/// How many of the last speakers `the company` looks back over for a company named without
/// a suffix (each is checked against the agency mentions).
const COMPANY_REACH: usize = 10;

/// How many of the last speakers `they` looks back over for one that names several.
const PLURAL_REACH: usize = 3;

/// Titles of address that say nothing of a person's role.
const HONORIFICS: &[&str] = &["mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms"];

/// `drugmaker`, `Danish drugmaker`, `Seattle-based retailer`, `Silicon Valley chipmaker`: the
/// company head (lowercase) alone or after at most two capitalized words or an `X-based` that
/// say where it is from, not a description (`the largest retailer`, `the company's lawyer`).
fn company_description(bare: &str, head: &str) -> bool {
    let Some(modifiers) = bare.len().checked_sub(head.len()).and_then(|n| bare.get(..n)).filter(|_| bare.to_lowercase().ends_with(head)) else { return false };
    let modifiers = modifiers.trim_end();
    modifiers.is_empty() || modifiers.split(' ').count() <= 2 && modifiers.split(' ').all(|w| w.ends_with("-based") || w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// `J.`: a middle initial.
fn is_initial(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.') && chars.next().is_none()
}

/// What may follow the head of a phrase: nothing, or an abbreviation in parentheses.
fn ends_phrase(rest: &str) -> bool {
    let rest = rest.trim().trim_end_matches(',');
    // `The UN's humanitarian office (OCHA)`: the abbreviation in parentheses names the phrase.
    rest.is_empty() || rest == ")" || (rest.starts_with('(') && rest.ends_with(')') && !rest[1..].contains('(')) || local_office(rest)
}

/// `the National Weather Service office in Sacramento`: a body's local office speaks for it.
fn local_office(rest: &str) -> bool {
    let Some(place) = ["office", "offices", "field office", "branch"].iter().find_map(|w| rest.strip_prefix(w)) else { return false };
    let place = place.trim_start();
    place.is_empty()
        || ["in ", "at "].iter().any(|p| place.strip_prefix(p).is_some_and(|n| !n.is_empty() && n.split_whitespace().all(|w| w.starts_with(char::is_uppercase))))
}

/// A name of two or more words, each capitalized (`National Audit Office`), not a description.
fn proper_name(phrase: &str) -> bool {
    phrase.split_whitespace().count() >= 2 && phrase.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
}

/// A proper name: every word capitalized but `of`, `and`, `for`, `the`.
fn is_proper(name: &str) -> bool {
    name.split_whitespace().all(|w| w.starts_with(|c: char| !c.is_lowercase()) || matches!(w, "of" | "and" | "for" | "the" | "on"))
}

/// A phrase without a participial modifier: `a DHS report prepared for President Biden`,
/// `CBP data released late Monday` → `a DHS report`, `CBP data`.
fn cut_participle<'a>(phrase: &'a str, words: &Words) -> &'a str {
    let mut at = 0;
    let tokens: Vec<&str> = phrase.split(' ').collect();
    for (i, w) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).copied().unwrap_or("");
        let participle = w.ends_with("ed") && w.starts_with(char::is_lowercase);
        let after_document = i > 0 && lower_in(&words.document_nouns, tokens[i - 1]);
        let before_preposition = matches!(next, "for" | "by" | "in" | "on" | "at" | "to" | "with");
        // `data released`, `a letter seen`: a verb form from the post-modifier list, not `of`, `by`.
        let postmodifier = after_document && words.postmodifiers.contains(*w) && !POSTMODIFIER_PREPOSITIONS.contains(w);
        // `a person briefed on the talks`: a listed post-modifier of a person stays.
        let describes_person = !after_document && words.postmodifiers.contains(*w);
        if i > 0 && (participle && before_preposition && !describes_person || postmodifier) {
            return phrase[..at].trim_end();
        }
        at += w.len() + 1;
    }
    phrase
}

/// Post-modifier words that are prepositions, not verb forms.
const POSTMODIFIER_PREPOSITIONS: &[&str] = &["of", "such", "from", "by", "to"];

/// `the health secretary` → `health secretary`.
fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "a ", "an ", "The ", "A ", "An "] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest;
        }
    }
    s
}

fn first_noun(lower: &str) -> String {
    strip_determiner(lower).split(' ').next().unwrap_or("").to_string()
}

/// Every company the text names with a suffix (`Boeing Co`, `Shares of Pfizer Inc rose`):
/// where each ends, and the name with its suffix, in text order.
fn company_names(text: &str, words: &Words) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    for token in text.split(' ') {
        let start = at;
        at += token.len() + 1;
        let core = token.trim_end_matches([',', ';', ':', ')', '"', '”', '’', '\'']);
        if !words.company_suffixes.contains(core) {
            continue;
        }
        // The capitalized words right before the suffix, at most four.
        let mut name_start = start;
        for word in text[..start].strip_suffix(' ').unwrap_or("").rsplit(' ').take(4) {
            let name_word = word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && word.chars().all(|c| c.is_alphanumeric() || matches!(c, '&' | '.' | '-' | '\'' | '’'))
                && !(word.ends_with('.') && word.len() > 2 && !word[..word.len() - 1].contains('.'));
            if !(name_word || word == "&") || SENTENCE_OPENERS.contains(&word) || matches!(word, "The" | "A" | "An") {
                break;
            }
            name_start -= word.len() + 1;
        }
        if name_start < start {
            let end = start + core.trim_end_matches('.').len();
            out.push((end, text[name_start..end].to_string()));
        }
    }
    out
}

/// `A study by Physicians for Human Rights` → `Physicians for Human Rights`.
fn source_after_by(phrase: &str, words: &Words) -> Option<String> {
    let (before, rest) = phrase.split_once(" by ")?;
    if before.rsplit(' ').next().is_some_and(|w| lower_in(&words.receiving_participles, w)) {
        return None;
    }
    let rest = strip_determiner(rest.trim());
    rest.starts_with(char::is_uppercase).then(|| rest.to_string())
}

/// `The report, released Tuesday by the Government Accountability Office, found`: the body
/// after `by` in an appositive between the speaker and the cue.
fn appositive_source(text: &str, attribution: Option<(usize, usize)>, words: &Words) -> Option<String> {
    let (a, b) = attribution?;
    let (_, appositive) = text.get(a.min(b)..b.max(a))?.split_once(", ")?;
    let by = source_after_by(appositive, words)?;
    Some(by.split(',').next().unwrap_or(&by).trim().to_string())
}

/// A document's text with the full names found so far for bare surnames: each
/// surname is looked for once per document, not once per quote (a search from the
/// text's start for every quote is quadratic in a long document).
struct FullNames<'t> {
    text: &'t str,
    found: std::cell::RefCell<HashMap<String, Option<String>>>,
    /// Per word, whether the text capitalizes it inside a sentence: each answer may search
    /// the whole text, and a long document asks again for every sentence the word opens.
    capitalized_inside: std::cell::RefCell<HashMap<String, bool>>,
}

impl<'t> FullNames<'t> {
    fn new(text: &'t str) -> FullNames<'t> {
        FullNames { text, found: Default::default(), capitalized_inside: Default::default() }
    }

    fn capitalized_inside_a_sentence(&self, word: &str) -> bool {
        if let Some(&known) = self.capitalized_inside.borrow().get(word) {
            return known;
        }
        let answer = capitalized_inside_a_sentence(self.text, word);
        self.capitalized_inside.borrow_mut().insert(word.to_string(), answer);
        answer
    }

    fn full_name(&self, surname: &str, words: &Words) -> Option<String> {
        if let Some(known) = self.found.borrow().get(surname) {
            return known.clone();
        }
        let name = full_name(self.text, surname, words);
        self.found.borrow_mut().insert(surname.to_string(), name.clone());
        name
    }
}

/// Per (needle, title), where the document writes a title before a name.
#[derive(Default)]
struct TitleMentions {
    by_needle: std::cell::RefCell<HashMap<(String, String), TitleMentionList>>,
}

/// The places one needle is written, in text order, with what each names.
struct TitleMentionList {
    at: Vec<usize>,
    /// The furthest any match up to this one reads to find its name.
    reach: Vec<usize>,
    /// The person each names and the title as written.
    holders: Vec<Option<(String, String)>>,
    /// The first that names a person.
    first: Option<usize>,
    /// The first that names another person than `first` (`usize::MAX` if none).
    conflict: usize,
}

/// Who opens a sentence: a name, or a lone capitalized word that is a person's only if the
/// text names someone with that surname in full.
enum Subject<'t> {
    Named(String),
    /// A name and the title its appositive gives (`John Doe, the county sheriff,`).
    Titled(String, &'t str),
    /// A lone capitalized word with a titled appositive, not otherwise known as a name: its
    /// role goes to later quotes by that name only.
    TitledWord(String, &'t str),
    Surname(&'t str),
}

/// The first `Given Surname` in the text for a bare surname.
fn full_name(text: &str, surname: &str, words: &Words) -> Option<String> {
    let mut from = 0;
    while let Some(at) = find_from(text, from, surname) {
        from = at + surname.len();
        let after = text[from..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let before = &text[..at];
        if !before.ends_with(' ') {
            continue;
        }
        let mut given = Vec::new();
        let mut stopped_at = "";
        for word in before[..before.len() - 1].rsplit(char::is_whitespace) {
            let ok = word.starts_with(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
                // `Thomas Jefferson. He`: a period ends the run unless it closes an initial.
                && (!word.ends_with('.') || is_initial(word))
                && !lower_in(&words.titles, word)
                && !matches!(word, "The" | "A" | "An")
                // `For Kevin Allton, …`: a sentence-initial preposition is no given name.
                && !SENTENCE_OPENERS.contains(&word)
                && given.len() < 3;
            if !ok {
                stopped_at = word;
                break;
            }
            given.push(word);
        }
        // A longer capitalized run, or two words after `of`/`to`/`the`, holds a place or body
        // before the given name (`the United States Hamdullah Mohib`); a middle initial stays.
        let complement = given.len() == 3 || (given.len() == 2 && matches!(stopped_at, "of" | "to" | "the" | "for"));
        if complement && !given.first().is_some_and(|w| is_initial(w)) {
            given.truncate(1);
        } else {
            given.truncate(2);
        }
        // `ISRO Chairman R. Venkatesh`: after a title, initials alone are the given name.
        let initials_after_title = !given.is_empty() && given.iter().all(|w| is_initial(w)) && lower_in(&words.titles, stopped_at);
        if let Some(first) = given.last()
            // Two letters are a given name (`Ur Jaddou`, `Al Gore`); capitals alone an acronym.
            && (first.chars().count() >= 2 && !first.ends_with('.') && !first.chars().all(char::is_uppercase) || initials_after_title)
        {
            given.reverse();
            // `Ferdinand Marcos Jr.`, `Luiz Inacio Lula da Silva`: a suffix, or particles and a
            // capitalized word, after the word are part of the full name.
            let mut after = text[from..].split(' ').skip(1).take(4).map(|w| w.trim_end_matches([',', ';', ':']));
            let mut tail = Vec::new();
            let mut next = after.next();
            while let Some(w) = next.filter(|w| lower_in(&words.name_particles, w) && w.starts_with(char::is_lowercase)) {
                tail.push(w);
                next = after.next();
            }
            let rest = match next {
                Some(w) if tail.is_empty() && lower_in(&words.name_suffixes, w) => format!(" {w}"),
                Some(w) if !tail.is_empty() && w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-') => format!(" {} {w}", tail.join(" ")),
                _ => String::new(),
            };
            return Some(format!("{} {surname}{rest}", given.join(" ")));
        }
    }
    None
}

/// `text[from..].find(needle)` as an offset in `text`: the needle's first character is
/// found by memchr and the rest compared, cheaper for a capitalized name than a
/// two-way search of the whole text.
fn find_from(text: &str, from: usize, needle: &str) -> Option<usize> {
    let Some(first) = needle.chars().next() else { return text[from..].find(needle).map(|n| from + n) };
    let mut at = from;
    while let Some(n) = text[at..].find(first) {
        let start = at + n;
        if text[start..].starts_with(needle) {
            return Some(start);
        }
        at = start + first.len_utf8();
    }
    None
}

/// Capitalized function words that open sentences, never a given name.
const SENTENCE_OPENERS: &[&str] = &[
    "For", "In", "At", "On", "To", "With", "From", "By", "And", "But", "Or", "As", "After", "Before", "During", "Under", "Since",
    "While", "When", "If", "Of", "So", "Then", "Although", "Though", "Like", "Unlike", "According", "Despite", "Without", "Meanwhile",
];

/// Days and months, which open sentences before a comma (`Tuesday, the mayor, …`) and are capitalized anywhere.
const CALENDAR_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "tonight",
];

/// Whether `word` stands capitalized somewhere in `text` after a word of the same sentence
/// (not after `.`, `!`, `?` or a line break), as a name does (`"…," Okafor said`).
fn capitalized_inside_a_sentence(text: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(at) = find_from(text, from, word) {
        from = at + word.len();
        if text[from..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let Some(before) = text[..at].strip_suffix(' ') else { continue };
        if before.trim_end_matches(' ').ends_with(|c: char| !matches!(c, '.' | '!' | '?' | '\n' | '\r')) {
            return true;
        }
    }
    false
}

/// A quote's content start and end, sentence, speaker span and speaker.
type QuoteSpan = (usize, usize, usize, Option<(usize, usize)>, String);

/// A figure takes the speaker of the quote whose content holds it, or of a
/// reported quote in its sentence whose speaker comes after it (`In addition to
/// the 3,900 separations …, DHS said …`).
fn link_figures(text: &str, records: &mut [Record]) {
    let quotes: Vec<QuoteSpan> = records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Quote(q) => Some((r.start, r.end, r.sentence, q.speaker_span, q.speaker.clone())),
            _ => None,
        })
        .collect();
    // In text order (as the quote stage leaves them) the quote holding a figure is the
    // first whose running maximum end reaches it, and a sentence's quotes are one run:
    // binary searches, where a scan of every quote per figure is quadratic.
    let ordered = quotes.is_sorted_by_key(|q| q.0) && quotes.is_sorted_by_key(|q| q.2);
    let reach_by_quote = running_max(quotes.iter().map(|q| q.1));
    // Listed on the first figure that has a speaker after it in its sentence.
    let openers = once_cell::unsync::OnceCell::new();
    for i in super::figure_positions(records) {
        let (start, end, sentence) = (records[i].start, records[i].end, records[i].sentence);
        let inside = if ordered {
            let opened = quotes.partition_point(|q| q.0 <= start);
            let first = reach_by_quote[..opened].partition_point(|&r| r < end);
            quotes[first..opened].iter().find(|(qs, qe, ..)| *qs <= start && end <= *qe)
        } else {
            quotes.iter().find(|(qs, qe, ..)| *qs <= start && end <= *qe)
        };
        let before_speaker = || {
            let in_sentence = if ordered {
                &quotes[quotes.partition_point(|q| q.2 < sentence)..quotes.partition_point(|q| q.2 <= sentence)]
            } else {
                &quotes[..]
            };
            // A figure before the speaker of a quote in its sentence is theirs (`Of the 3,900
            // children, officials said 2,000 …`), but not across a clause of its own
            // (`… processed 36,000 applications, but officials acknowledged a backlog …`).
            in_sentence.iter().find(|(qs, _, qsent, span, _)| {
                *qsent == sentence
                    && span.is_some_and(|(ss, _)| end <= ss && end <= *qs && ss < *qs && !openers.get_or_init(|| ClauseOpeners::new(text)).opens_between(end, ss))
            })
        };
        if let Some((.., speaker)) = inside.or_else(before_speaker) {
            records[i].as_figure_mut().unwrap().speaker = Some(speaker.clone());
        }
    }
}

/// Where coordinated or subordinate clauses open (`, but`, `; `), listed once per document
/// so that each figure's question is two binary searches: a scan from every figure to each
/// later speaker is quadratic on a page that is one long sentence.
struct ClauseOpeners {
    /// Start of each opener, ascending.
    starts: Vec<usize>,
    /// The least end among the openers from that index on.
    least_end_from: Vec<usize>,
}

const CLAUSE_OPENER_MARKS: [&str; 8] = ["; ", ", but ", ", and ", ", while ", ", although ", ", though ", ", whereas ", ", yet "];

static CLAUSE_OPENERS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
    once_cell::sync::Lazy::new(|| aho_corasick::AhoCorasick::new(CLAUSE_OPENER_MARKS).expect("fixed patterns"));

impl ClauseOpeners {
    fn new(text: &str) -> Self {
        let mut found: Vec<(usize, usize)> = CLAUSE_OPENERS.find_overlapping_iter(text).map(|m| (m.start(), m.end())).collect();
        found.sort_unstable();
        let mut least_end_from = vec![usize::MAX; found.len()];
        let mut least = usize::MAX;
        for (i, &(_, end)) in found.iter().enumerate().rev() {
            least = least.min(end);
            least_end_from[i] = least;
        }
        ClauseOpeners { starts: found.into_iter().map(|(start, _)| start).collect(), least_end_from }
    }

    /// Whether a clause opens wholly inside `from..to`.
    fn opens_between(&self, from: usize, to: usize) -> bool {
        let first = self.starts.partition_point(|&s| s < from);
        self.least_end_from.get(first).is_some_and(|&end| end <= to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_openers_agree_with_a_search_of_the_span() {
        let text = "A, but B; C, and, yet D, while E; ; F, though G, although H";
        let openers = ClauseOpeners::new(text);
        for from in 0..=text.len() {
            for to in 0..=text.len() {
                let expected = text.get(from..to).is_some_and(|span| CLAUSE_OPENER_MARKS.iter().any(|m| span.contains(m)));
                assert_eq!(openers.opens_between(from, to), expected, "{from}..{to}");
            }
        }
    }

    #[test]
    fn find_from_finds_what_str_find_finds() {
        let text = "Ann Annan met Brané, BranéBrané and Ünal; Ün Ünal. Ann";
        for needle in ["Ann", "Annan", "Brané", "Ünal", "Ün", "n", "xyz", "Ann "] {
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(find_from(text, from, needle), text[from..].find(needle).map(|n| from + n), "{needle} from {from}");
            }
        }
    }

    /// The bounded look for the name's comma finds the subjects a split at the first `, ` finds.
    #[test]
    fn titled_subjects_match_a_split_at_the_first_comma() {
        let linker = SpeakerLinker::new(&RuleSet::bundled().unwrap()).unwrap();
        let texts = [
            "John Doe, the county sheriff, arrived on Monday.",
            "Jane O’Neil-Smith, a senior adviser to the mayor, said no.",
            "Jo Ann Lee, the state's health director, visited.",
            "Jo Ann Lee Park, the sheriff, went.",
            "John Doe,the sheriff, went. Ann Lee, the sheriff, went.",
            "John 3Doe, the sheriff, went.",
            "John Doe, the sheriff said.",
            "J. Doe , the sheriff, went.",
            "Ünal Öz, the mayor, spoke.",
            "John  Doe, the sheriff, went.",
            "John Doe",
        ];
        for text in texts {
            let split = text.split_once(", ").and_then(|(name, rest)| linker.titled_name(name, rest));
            assert_eq!(linker.titled_subject(text), split, "{text}");
        }
        assert!(linker.titled_subject(texts[0]).is_some_and(|(_, _, has_title)| has_title));
    }

    /// The indexed title holders are those a search of the text before each place finds.
    #[test]
    fn title_holders_match_a_search_of_the_text_before() {
        let linker = SpeakerLinker::new(&RuleSet::bundled().unwrap()).unwrap();
        // The first search, kept here to compare with: every needle's matches in `before`.
        let naive = |names: &FullNames, before: &str, needles: &[&str], title: &str| {
            let mut holder: Option<(String, String)> = None;
            for needle in needles {
                for (at, _) in before.match_indices(needle) {
                    let Some(found) = linker.holder_at(names, before, at, needle, title) else { continue };
                    match &holder {
                        Some((known, _)) if *known != found.0 => return None,
                        Some(_) => {}
                        None => holder = Some(found),
                    }
                }
            }
            holder
        };
        let texts = [
            "President Joe Biden spoke. The president said no. Vice President Kamala Harris said yes. President Biden left.",
            "Sen. Tom Brown and Senator Ann Lee met. the senator said. Sen. Tom Brown said",
            "Prime Minister Rishi Sunak met Prime Minister Narendra Modi. The prime minister said. Prime Minister",
            "Meet President Lula da Silva today, President Lula said. President",
        ];
        for text in texts {
            let names = FullNames::new(text);
            let titled = TitleMentions::default();
            for (written, needles, title) in [("president", vec!["President"], "president"), ("senator", vec!["Senator", "Sen."], "senator"), ("prime minister", vec!["Prime Minister"], "prime minister")] {
                for s in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    assert_eq!(linker.title_holder(&names, &titled, s, written), naive(&names, &text[..s], &needles, title), "{written} before {s} in {text}");
                }
            }
        }
    }

    /// The windowed search finds the definitions a search of the whole text finds.
    #[test]
    fn abbreviations_match_a_search_of_the_whole_text() {
        let linker = SpeakerLinker::new(&RuleSet::bundled().unwrap()).unwrap();
        let texts = [
            "The Department of Homeland Security (DHS) and the U.S. Customs and Border Protection (CBP) said.",
            "Officials (DHS) (ABC) xYZ Corp (ABC) then O’Neil-Smith Group (OSG.) and Bank of the West (BOTW)",
            "A (BC)(DE) Fund (F) Fund (FOOBARBAZQU) Fund (FOOBARBAZ) Two  Spaces (TS) line\nBreak (LB)",
            "The National Audit Office (NAO) said the NAO (National) and Ünïcode Wörks (UW) and 3M Co (MMM)",
            "Über (UB) (CD) (",
        ];
        let corpus = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")).unwrap();
        let files: Vec<String> = corpus.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect();
        for text in texts.iter().copied().chain(files.iter().map(String::as_str)) {
            let whole: HashMap<String, String> =
                linker.definition.captures_iter(text).map(|c| (c[2].to_string(), strip_determiner(&c[1]).to_string())).collect();
            assert_eq!(linker.abbreviations(text), whole, "{text}");
        }
    }
}
