//! Date records: temporal expressions with TIMEX3 values.
//!
//! A date rule's capture groups name the pieces of the expression (`month`,
//! `day`, `rel`, `unit`, …); `normalize::timex` turns them into a value, resolved
//! against the document's reference date. `span` (when present) is the record's
//! extent, so a rule may require context around it.

use super::{Schema, SpanIndex, anchor_windows, captures_in, resolve_overlaps};
use crate::document::{CivilDate, Document, days_in_month};
use crate::error::RuleError;
use crate::normalize::holiday::{Holiday, Holidays};
use crate::normalize::timex::{self, Count, Parts, Rel, TimexType};
use crate::record::{Date, Kind, Record, RecordData};
use crate::ruleset::{MatchingSets, Rule, RuleSet};
use crate::split::{Sentence, sentence_at};
use regex::{Captures, Regex};

pub static SCHEMA: Schema = Schema {
    params: &["type", "value", "relative", "unit", "days", "days_ahead", "offset", "rel", "anaphor", "not_followed_by", "not_after_name", "not_after", "not_after_cue", "not_date", "list", "week_ending", "fiscal"],
    groups: &[
        "year", "yy", "month", "day", "weekday", "decade", "season", "quarter", "half", "rel", "yearrel", "unit", "num",
        "shift", "hour", "minute", "ampm", "zone", "part", "span", "nth", "mod", "holiday", "fy", "andhalf", "century",
    ],
};

struct DateRule {
    rule: Rule,
    kind: TimexType,
    value: Option<String>,
    relative: Option<bool>,
    unit: Option<timex::Unit>,
    days: Option<i64>,
    /// The offset in days instead of `days` in a clause that looks ahead (`overnight`: the night
    /// just gone, but `rain is expected overnight` the coming one).
    days_ahead: Option<i64>,
    /// Units a point anaphor moves from the last date, in place of a written count
    /// (`that month` → 0).
    offset: Option<i64>,
    rel: Option<Rel>,
    anaphor: Anaphor,
    /// Words that, right after a match, make it the name of a thing or a season (`Christmas
    /// tree`, `Christmas sales`): see `next_words`.
    not_followed_by: Vec<String>,
    /// A capitalized word before the match, inside the sentence, makes it part of a name
    /// (`illustrator Johnnie Christmas`).
    not_after_name: bool,
    /// Words that, right before the match, make it something else (`said that March, April
    /// and May were …`: the conjunction): `not_after`, and with `not_after_cue` the reporting
    /// verbs of the quote rules' cue lexicon.
    not_after: Vec<String>,
    /// A `not_date` rule marks a name (`Russell 2000`): it wins overlaps, then is dropped.
    not_date: bool,
    /// `list`: counts listed before or after a match are dates of its unit too.
    list: Option<ListSide>,
    /// `the week ending March 12`: the match names the week that ends on its day.
    week_ending: bool,
    /// `its fiscal first quarter`: a part of a fiscal year, even when the year is not written.
    fiscal: bool,
}

/// Dates whose value comes from a date before them in the text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Anaphor {
    None,
    /// `the day`, `that day`: the day of the last date before it (else the reference date).
    Day,
    /// `that year`, `that summer`: the year last written (else last named, else the reference year).
    Year,
    /// `three days later`, `a year earlier`: the last date shifted by the amount.
    Point,
    /// `the same period last year`: the last date, a year back, at its own granularity.
    Period,
}

pub struct DateExtractor {
    rules: Vec<DateRule>,
    /// Words that put a clause in the future, so a bare weekday or month after them looks ahead
    /// (`should be completed in October`, `could reach 40C on Saturday`; not `should have`,
    /// nor `could not`: `could not be reached on Friday`).
    future: Regex,
    /// Words that put a clause in the future as told now (`will`, `expects`; not `expected`):
    /// `the second half of the year` after one is not a year written before now.
    present_future: Regex,
    /// Which rules match a window.
    matching: MatchingSets,
    /// What every date contains ({DATE_ANCHOR}); rules run only in windows around it.
    anchor: Regex,
    holidays: Holidays,
    /// The words that tell a clause's tense (`rules/date/tense.tsv`).
    tense: TenseWords,
    /// Ids of the `not_date` rules, whose records are dropped once they have won their overlaps.
    not_date_rules: Vec<String>,
    /// Rules with `list`: the counts listed before (`two, three or four years`) or after
    /// (`aged 5, 7 and 9`) a match are each a date of the match's unit.
    list_rules: Vec<(String, ListSide)>,
    /// A list of counts ending right before a match, and one starting right after it.
    list_before: Regex,
    list_after: Regex,
    count: Regex,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ListSide {
    Before,
    After,
}

/// How far before and after an anchor a date rule's match may reach (`the end of the
/// last year`, `as many as a couple of consecutive years`).
pub const WINDOW_BEFORE: usize = 64;
pub const WINDOW_AFTER: usize = 64;
pub const HOLIDAYS_FILE: &str = "date/holidays.tsv";
pub const TENSE_FILE: &str = "date/tense.tsv";

impl DateExtractor {
    pub fn new(rules: &RuleSet) -> Result<Self, Vec<RuleError>> {
        let mut out = Vec::new();
        let mut errors = Vec::new();
        for rule in rules.of_kind(Kind::Date) {
            let err = |msg: &str| {
                RuleError::new(rules.source.display_path(&rule.file), msg.to_string()).at(rule.line, None).in_rule(&rule.id)
            };
            let Some(kind) = TimexType::parse(rule.param_str("type").unwrap_or("DATE")) else {
                errors.push(err("`type` must be DATE, TIME, DURATION or SET"));
                continue;
            };
            let unit = match rule.param_str("unit") {
                Some(u) => match timex::unit_of(u) {
                    Some((unit, _)) => Some(unit),
                    None => {
                        errors.push(err("`unit` must be a time unit (year, month, week, day, hour, …)"));
                        continue;
                    }
                },
                None => None,
            };
            let rel = match rule.param_str("rel") {
                Some(r) => match timex::rel_of(r) {
                    Some(rel) => Some(rel),
                    None => {
                        errors.push(err("`rel` must be last, this, next or same"));
                        continue;
                    }
                },
                None => None,
            };
            let list = match rule.param_str("list") {
                None => None,
                Some("before") => Some(ListSide::Before),
                Some("after") => Some(ListSide::After),
                Some(_) => {
                    errors.push(err("`list` must be \"before\" or \"after\""));
                    continue;
                }
            };
            let anaphor = match rule.param_str("anaphor") {
                Some("day") => Anaphor::Day,
                Some("year") => Anaphor::Year,
                Some("point") => Anaphor::Point,
                Some("period") => Anaphor::Period,
                Some(_) => {
                    errors.push(err("`anaphor` must be \"day\", \"year\", \"point\" or \"period\""));
                    continue;
                }
                None => Anaphor::None,
            };
            let mut not_after = match word_list(rule, "not_after") {
                Ok(words) => words,
                Err(e) => {
                    errors.push(err(&e));
                    continue;
                }
            };
            match rule.params.get("not_after_cue").map(|v| v.as_bool()) {
                None | Some(Some(false)) => {}
                Some(Some(true)) => match rules.data_file(super::quote::CUES_FILE) {
                    // Malformed lines are the quote stage's to report; the form is all this needs.
                    Ok(cues) => not_after.extend(super::quote::cue_entries(cues).filter_map(|(_, entry)| entry).map(|(form, _)| form.to_lowercase())),
                    Err(e) => {
                        errors.push(e);
                        continue;
                    }
                },
                Some(None) => {
                    errors.push(err("`not_after_cue` must be true or false"));
                    continue;
                }
            }
            let not_followed_by = match word_list(rule, "not_followed_by") {
                Ok(words) => words,
                Err(e) => {
                    errors.push(err(&e));
                    continue;
                }
            };
            out.push(DateRule {
                not_after,
                list,
                not_date: rule.param_str("not_date").is_some(),
                week_ending: rule.params.get("week_ending").and_then(|v| v.as_bool()).unwrap_or(false),
                fiscal: rule.params.get("fiscal").and_then(|v| v.as_bool()).unwrap_or(false),
                rel,
                anaphor,
                kind,
                value: rule.param_str("value").map(str::to_string),
                relative: rule.params.get("relative").and_then(|v| v.as_bool()),
                unit,
                days: rule.params.get("days").and_then(|v| v.as_integer()),
                days_ahead: rule.params.get("days_ahead").and_then(|v| v.as_integer()),
                offset: rule.params.get("offset").and_then(|v| v.as_integer()),
                not_after_name: rule.params.get("not_after_name").and_then(|v| v.as_bool()).unwrap_or(false),
                not_followed_by,
                rule: rule.clone(),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let future = Regex::new(
            r"(?i)(?-u:\b)(?:will|shall|going\s+to|(?:is|are)\s+(?:expected|scheduled|set|due|slated|poised|forecast|projected|predicted|likely)|(?:plans?|planned|aims?|aimed|hopes?|hoped|intends?|intended|expects?|expected|vows?|vowed|pledges?|pledged|promises?|promised)\s+to|(?:ordered|told|instructed|urged|expected|expects?)(?:\s+[a-z]+){0,3}?\s+to\s+[a-z]+|sees?|wants?|expects?|anticipates?|predicts?|upcoming|until|(?:chances?|odds|probability|likelihood)\s+(?:of|that)|targets?\s+for|due\s+(?:on|in|by|out|for))(?-u:\b)|(?-u:\b)expected\s+$|'ll(?-u:\b)|(?-u:\b)(?:should|would|must)\s+(?:[a-gi-z]|h[^a])|(?-u:\b)(?:could|might)\s+(?:[a-gi-mo-z]|h[^a])",
        )
        .expect("future regex");
        let present_future = Regex::new(
            r"(?i)(?-u:\b)(?:will|shall|going\s+to|(?:is|are)\s+(?:expected|scheduled|set|due|slated|poised|forecast|projected|predicted|likely)|plans?|aims?|hopes?|intends?|expects?|vows?|pledges?|promises?|sees?|wants?|anticipates?|predicts?|upcoming)(?-u:\b)|'ll(?-u:\b)",
        )
        .expect("present future regex");
        let matching = MatchingSets::new(out.iter().map(|dr| &dr.rule))
            .map_err(|e| vec![RuleError::new(rules.source.display_path("date"), format!("the date rules as sets: {e}"))])?;
        let anchor = rules
            .patterns
            .expand("{DATE_ANCHOR}")
            .and_then(|p| Regex::new(&p).map_err(|e| e.to_string()))
            .map_err(|e| vec![RuleError::new(rules.source.display_path("patterns.toml"), format!("DATE_ANCHOR: {e}"))])?;
        let holidays = Holidays::parse(rules.data_file(HOLIDAYS_FILE).map_err(|e| vec![e])?).map_err(|errors| {
            errors.into_iter().map(|(line, e)| RuleError::new(rules.source.display_path(HOLIDAYS_FILE), e).at(line, None)).collect::<Vec<_>>()
        })?;
        let tense = TenseWords::parse(rules.data_file(TENSE_FILE).map_err(|e| vec![e])?).map_err(|errors| {
            errors.into_iter().map(|(line, e)| RuleError::new(rules.source.display_path(TENSE_FILE), e).at(line, None)).collect::<Vec<_>>()
        })?;
        let not_date_rules = out.iter().filter(|dr| dr.not_date).map(|dr| dr.rule.id.clone()).collect();
        let list_rules = out.iter().filter_map(|dr| Some((dr.rule.id.clone(), dr.list?))).collect();
        // A count is digits or a number word (`two`, `twenty-five`), never `a` or `some`.
        let count = r"(?:[0-9]+(?:\.[0-9]+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?)(?-u:\b)";
        // A comma before `and` only after a comma list (`40, and two years later` is no list).
        // A range's lower bound is its own date too (`between 60 and 90 days`, `two to three
        // years`), as MEANTIME annotates it.
        let list_before = Regex::new(&format!(r"(?-u:\b)(?:(?:{count}\s*,\s*)+{count},?|{count})\s+(?:and|or|to)\s+$")).expect("list regex");
        // The last age has no noun after it (`aged 20 and 30 people` lists no ages).
        let list_after = Regex::new(&format!(
            r"^(?:(?:\s*,\s*{count})+,?)?\s+(?:and|or)\s+{count}(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or|who|were|are|was|is|in|at|from|when|but|respectively|years?)(?-u:\b))"
        ))
        .expect("list regex");
        let count = Regex::new(&format!("(?-u:\\b){count}")).expect("count regex");
        Ok(DateExtractor { rules: out, future, present_future, matching, anchor, holidays, tense, not_date_rules, list_rules, list_before, list_after, count })
    }

    pub fn extract(&self, doc: &Document, sentences: &[Sentence], out: &mut Vec<Record>) {
        let text = doc.text.as_str();
        // Figures found first: a bare number the figure stage counts (`2000 children`) is no year.
        let figures = SpanIndex::new(out.iter().filter(|r| r.kind() == Kind::Figure).map(|r| (r.start, r.end)).collect());
        // A fraction the figure stage reads as a share (`three quarters of voters`) is no
        // number of quarters.
        let shares = SpanIndex::new(
            out.iter().filter(|r| r.as_figure().is_some_and(|f| f.measure == "percent")).map(|r| (r.start, r.end)).collect(),
        );
        let mut candidates = Vec::new();
        // Window by window: the set tells which rules match in this one, and each of
        // those searches it alone, not the whole document.
        for (start, end) in anchor_windows(&self.anchor, text, WINDOW_BEFORE, WINDOW_AFTER) {
            for priority in self.matching.matching(&text[..end], start) {
                let dr = &self.rules[priority];
                for caps in captures_in(dr.rule.regex(), text, start, end) {
                    let whole = dr.rule.group(&caps, "span").unwrap_or_else(|| caps.get(0).expect("group 0"));
                    if whole.start() == whole.end()
                        || !word_bounded(text, whole.start(), whole.end())
                        || compound(text, whole.end())
                        || dr.kind == TimexType::Duration && compound_tail(text, whole.start())
                    {
                        continue;
                    }
                    if !dr.not_followed_by.is_empty() && next_words(text, whole.end()).iter().any(|w| dr.not_followed_by.contains(w)) {
                        continue;
                    }
                    let bare_number = whole.as_str().bytes().all(|b| b.is_ascii_digit());
                    if bare_number && figures.overlaps(whole.start(), whole.end()) {
                        continue;
                    }
                    if !dr.not_date && shares.contains((whole.start(), whole.end())) {
                        continue;
                    }
                    let sentence = sentence_at(sentences, whole.start());
                    if !dr.not_after.is_empty() && word_before(text, sentences.get(sentence).map_or(0, |s| s.start), whole.start()).is_some_and(|w| dr.not_after.contains(&w)) {
                        continue;
                    }
                    if dr.not_after_name && after_name(text, sentences.get(sentence).map_or(0, |s| s.start), whole.start()) {
                        continue;
                    }
                    if dr.not_date {
                        let data = RecordData::Date(Date { timex_type: type_name(dr.kind).into(), value: String::new(), relative: false });
                        candidates.push((priority, Record { sentence, start: whole.start(), end: whole.end(), rule: dr.rule.id.clone(), data }));
                        continue;
                    }
                    let sentence_span = sentences.get(sentence).map_or((0, text.len()), |s| (s.start, s.end));
                    let mut future = self.future_before(text, sentence_span.0, whole.start());
                    // Only a month, season or quarter without its year can move back a year, and
                    // only those and weekdays move ahead in a present-tense schedule: the clause
                    // is read for those alone (a scan per date cost the stage a fifth).
                    let yearless_period = ["month", "season", "quarter"].iter().any(|g| dr.rule.group(&caps, g).is_some())
                        && dr.rule.group(&caps, "year").is_none()
                        && dr.rule.group(&caps, "yy").is_none();
                    let weekday = dr.kind != TimexType::Set && dr.rule.group(&caps, "weekday").is_some();
                    // `over the weekend`: in a past clause told on a weekday, the weekend just gone.
                    let weekend = dr.kind == TimexType::Date && dr.rule.group(&caps, "unit").is_some_and(|u| u.as_str().eq_ignore_ascii_case("weekend"));
                    // `since March`, `for the first time since Sunday`: a period that began before
                    // now, whatever the clause's tense.
                    let since = (yearless_period || weekday || weekend) && after_since(text, whole.start());
                    // `wheat for January delivery`: a contract month lies ahead, whatever the clause.
                    future |= yearless_period
                        && dr.rule.group(&caps, "month").is_some()
                        && TenseWords::has(&self.tense.contract, &next_words(text, whole.end())[0]);
                    future &= !since;
                    let tense = if since {
                        ClauseTense::Past
                    } else if !future && doc.reference_date.is_some() && (yearless_period || weekday || weekend) {
                        tense_around(&self.tense, text, sentence_span, whole.start(), whole.end())
                    } else {
                        ClauseTense::Unstated
                    };
                    // `ahead of Sunday's final`, `bracing for Friday's vote`: the weekday lies
                    // ahead of the clause's time; in a past clause its event may be the one just
                    // gone or the coming one, and the nearer is taken.
                    if weekday && !future && !since && let Some(reference) = doc.reference_date && let Some(past) = awaited(&self.tense, text, sentence_span.0, whole.start()) {
                        let possessive = text[whole.end()..].starts_with("'s") || text[whole.end()..].starts_with("’s");
                        future = match past {
                            true => possessive && dr.rule.group(&caps, "weekday").and_then(|w| timex::weekday_number(w.as_str())).is_some_and(|wd| {
                                let ahead = (i64::from(wd) - i64::from(reference.weekday())).rem_euclid(7);
                                let back = (i64::from(reference.weekday()) - i64::from(wd)).rem_euclid(7);
                                ahead != 0 && ahead < back
                            }),
                            false => true,
                        };
                    }
                    // A present-tense schedule (`polls open on Thursday`, `the window opens on
                    // Jan. 1`) or a forecast (`forecast rain through Wednesday`) speaks of what is
                    // to come, as a clause about the future does.
                    future |= matches!(tense, ClauseTense::Present | ClauseTense::Forecast);
                    let Some((mut value, relative)) = self.normalize(dr, &caps, future, tense, doc) else { continue };
                    // `founded in 2017; by the end of the year it had 50 staff`: told in the past,
                    // the end of the year the text talks about, not of the reference year.
                    if dr.rel == Some(Rel::This) && dr.rule.group(&caps, "mod").is_none() && mentions_the_year(whole.as_str()) && doc.reference_date.is_some() && told_in_past(&self.tense, text, sentence_span, whole.start(), whole.end()) {
                        value = SAME_YEAR_LAST.to_string();
                    }
                    // `expects a rebound in the second half of the year`: the year ahead is not
                    // one written before the reference date (`that year` still is).
                    if dr.anaphor == Anaphor::Year && value.starts_with(SAME_YEAR) && mentions_the_year(whole.as_str()) && self.present_future_before(text, sentence_span.0, whole.start()) {
                        value.replace_range(..SAME_YEAR.len(), SAME_YEAR_AHEAD);
                    }
                    candidates.push((priority, Record {
                        sentence,
                        start: whole.start(),
                        end: whole.end(),
                        rule: dr.rule.id.clone(),
                        data: RecordData::Date(Date { timex_type: type_name(dr.kind).into(), value, relative }),
                    }));
                }
            }
        }
        let mut kept = resolve_overlaps(candidates);
        kept.retain(|r| !self.not_date_rules.contains(&r.rule));
        self.listed_counts(text, &mut kept);
        coordinated_years(text, &mut kept);
        resolve_anaphors(text, &mut kept, doc.reference_date);
        ordered_weekday_ranges(text, &mut kept, doc.reference_date);
        ordered_month_ranges(text, &mut kept, doc.reference_date);
        out.extend(kept);
    }

    /// `two, three or four years`, `aged 5, 7 and 9`: each count listed with a match of a
    /// `list` rule is a date of that match's unit (`P2Y`), written as its own record.
    fn listed_counts(&self, text: &str, records: &mut Vec<Record>) {
        if self.list_rules.is_empty() {
            return;
        }
        let mut added = Vec::new();
        for (k, record) in records.iter().enumerate() {
            let Some(&(_, side)) = self.list_rules.iter().find(|(id, _)| *id == record.rule) else { continue };
            let RecordData::Date(date) = &record.data else { continue };
            // The value's count and what stands around it: `P` + `4` + `Y`.
            let Some(digits_at) = date.value.find(|c: char| c.is_ascii_digit()) else { continue };
            let digits_end = date.value[digits_at..].find(|c: char| !c.is_ascii_digit() && c != '.').map_or(date.value.len(), |i| digits_at + i);
            let (prefix, suffix) = (&date.value[..digits_at], &date.value[digits_end..]);
            let (from, to) = match side {
                ListSide::Before => {
                    // Only when the match opens with its count (`four years`, not `the next four years`).
                    if self.count.find(&text[record.start..record.end]).is_none_or(|m| m.start() != 0) {
                        continue;
                    }
                    let lo = records[..k].last().map_or(0, |r| r.end).max(record.start.saturating_sub(120));
                    let lo = (lo..=record.start).find(|&i| text.is_char_boundary(i)).unwrap_or(record.start);
                    let Some(m) = self.list_before.find(&text[lo..record.start]) else { continue };
                    (lo + m.start(), lo + m.end())
                }
                ListSide::After => {
                    let hi = records.get(k + 1).map_or(text.len(), |r| r.start);
                    let Some(m) = self.list_after.find(&text[record.end..hi]) else { continue };
                    (record.end, record.end + m.end())
                }
            };
            for c in self.count.find_iter(&text[from..to]) {
                let Some(Count::N(n)) = timex::count_of(c.as_str()) else { continue };
                // Ages and durations are small: `aged 5, 7 and 300 people` lists no ages.
                if side == ListSide::After && n >= 130.0 {
                    break;
                }
                let value = format!("{prefix}{}{suffix}", tidy_count(n));
                added.push(Record {
                    sentence: record.sentence,
                    start: from + c.start(),
                    end: from + c.end(),
                    rule: record.rule.clone(),
                    data: RecordData::Date(Date { timex_type: date.timex_type.clone(), value, relative: date.relative }),
                });
            }
        }
        if added.is_empty() {
            return;
        }
        added.retain(|a| !records.iter().any(|r| r.start < a.end && a.start < r.end));
        records.extend(added);
        records.sort_by_key(|r| (r.start, r.end));
    }

    /// A future marker in the same clause, shortly before the date (`will vote on Wednesday`).
    fn future_before(&self, text: &str, sentence_start: usize, at: usize) -> bool {
        // Far enough back for a long object (`will start offering … at five walk-in clinics on`).
        let mut lo = at.saturating_sub(120).max(sentence_start.min(at));
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let window = &text[lo..at];
        let clause = window.rfind([',', ';', ':']).map_or(window, |i| &window[i + 1..]);
        // `will face curbs under rules approved Wednesday`: the date tells when the participle's
        // deed was done, whatever the clause's tense (not `a front expected Thursday`).
        if done_on(&self.tense, clause) {
            return false;
        }
        if self.looks_ahead(clause) {
            return true;
        }
        // `plans to reopen the plant, creating jobs in June`: a participle goes on in the time
        // of the clause before it.
        if clause.len() < window.len() && opens_with_participle(clause) {
            let comma = at - clause.len() - 1;
            let earlier = &text[text.ceil_char_boundary(comma.saturating_sub(80).max(sentence_start.min(comma)))..comma];
            let earlier = earlier.rfind([',', ';', ':']).map_or(earlier, |i| &earlier[i + 1..]);
            return self.looks_ahead(earlier);
        }
        false
    }

    /// A marker of a future told now in the clause before `at` (`will`, `expects`).
    fn present_future_before(&self, text: &str, sentence_start: usize, at: usize) -> bool {
        let lo = text.ceil_char_boundary(at.saturating_sub(80).max(sentence_start.min(at)));
        let window = &text[lo..at];
        let clause = window.rfind([',', ';', ':']).map_or(window, |i| &window[i + 1..]);
        self.present_future.is_match(clause)
    }

    /// A future marker in `clause`, other than a plan given up (`had planned to open by March`).
    fn looks_ahead(&self, clause: &str) -> bool {
        self.future.find_iter(clause).any(|m| {
            let before = clause[..m.start()].trim_end();
            // `schools were closed until Monday`: a past state ended then.
            if m.as_str().eq_ignore_ascii_case("until") && ended(&self.tense, before) {
                return false;
            }
            // `had met its target for March`: a target told in the past may be one gone by.
            if m.as_str().to_ascii_lowercase().starts_with("target") && clause_tense(&self.tense, before) == ClauseTense::Past {
                return false;
            }
            // `cut rates as expected Tuesday`, `rose more than expected Tuesday`: a forecast met
            // or beaten, not one of the date.
            let last_before = before.rsplit(|c: char| !c.is_ascii_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
            if m.as_str().to_ascii_lowercase().starts_with("expected") && ["as", "than"].iter().any(|w| w.eq_ignore_ascii_case(last_before)) {
                return false;
            }
            // `residents were ordered to leave on Tuesday`: a passive order tells when it was
            // given, not a task ahead (`were told to leave by Friday` still looks ahead).
            if passive_order(m.as_str(), before) && !ends_with_deadline(clause) {
                return false;
            }
            !(before.len() >= 3 && before.as_bytes()[before.len() - 3..].eq_ignore_ascii_case(b"had") && !before[..before.len() - 3].ends_with(|c: char| c.is_alphanumeric()))
        })
    }

    fn normalize(&self, dr: &DateRule, caps: &Captures, future: bool, tense: ClauseTense, doc: &Document) -> Option<(String, bool)> {
        let reference = doc.reference_date;
        if let Some(value) = &dr.value {
            return Some((value.clone(), dr.relative.unwrap_or(false)));
        }
        if dr.anaphor == Anaphor::Day {
            let offset = dr.days.map_or(String::new(), |d| format!("{d:+}"));
            return Some((format!("{SAME_DAY}{offset}"), dr.relative.unwrap_or(true)));
        }
        let get = |name: &str| dr.rule.group(caps, name).map(|m| m.as_str());
        if matches!(dr.anaphor, Anaphor::Point | Anaphor::Period) {
            return point_placeholder(dr, get("num"), get("unit"), get("shift")).map(|v| (v, dr.relative.unwrap_or(true)));
        }
        let days = if future { dr.days_ahead.or(dr.days) } else { dr.days };
        let (past, pending) = (tense == ClauseTense::Past, tense == ClauseTense::Pending);
        let mut p = Parts { future, past, pending, days, unit: dr.unit, rel: dr.rel, ..Default::default() };
        if dr.anaphor == Anaphor::Year {
            p.year_rel = Some(Rel::Same);
        }
        if let Some(m) = get("mod") {
            let lower = m.to_ascii_lowercase();
            p.later = Some(!lower.starts_with("earl"));
        }
        if let Some(y) = get("year") {
            p.year = Some(y.parse().ok()?);
        }
        if dr.fiscal || get("fy").is_some() {
            // A fiscal year keeps its own name: TIMEX3 writes `FY2021`, not the calendar year.
            // Which one a fiscal quarter without its year falls in depends on the company's
            // calendar, so its year stays unknown (`FYXXXX-Q1`).
            let year = match get("fy") {
                Some(fy) => {
                    let n: i32 = fy.parse().ok()?;
                    match (fy.len(), p.year) {
                        (4, _) => format!("{n:04}"),
                        // `fiscal 2024-25`: a fiscal year is named by the year it closes in.
                        (2, Some(start)) => format!("{:04}", closing_year(start, n)?),
                        (2, None) => format!("{:04}", century_year(n)),
                        _ => return None,
                    }
                }
                None => "XXXX".to_string(),
            };
            let quarter = match get("quarter") {
                Some(q) => format!("-Q{}", quarter_number(q)?),
                None => String::new(),
            };
            return Some((format!("FY{year}{quarter}"), get("fy").is_none()));
        }
        if let Some(c) = get("century") {
            // TIMEX3 writes a century as its first two digits: the 18th century is `17`.
            let n = timex::ordinal_number(c)?;
            return (1..=30).contains(&n).then(|| (format!("{:02}", n - 1), false));
        }
        if let Some(yy) = get("yy") {
            let n: i32 = yy.trim_start_matches(['\'', '’']).parse().ok()?;
            // After a written year (`the 2023-24 season`) two digits close the span of years.
            p.year = Some(match p.year {
                Some(start) => closing_year(start, n)?,
                None => century_year(n),
            });
        }
        if let Some(m) = get("month") {
            p.month = Some(timex::month_number(m)?);
        }
        if let Some(d) = get("day") {
            let digits = d.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let day: u32 = digits.parse().ok()?;
            let max = p.month.map_or(31, |m| days_in_month(p.year.unwrap_or(2000), m));
            if day == 0 || day > max {
                return None;
            }
            p.day = Some(day);
        }
        if let Some(w) = get("weekday") {
            p.weekday = Some(timex::weekday_number(w)?);
        }
        if let Some(n) = get("nth") {
            p.nth = Some(timex::nth_number(n)?);
        }
        if let Some(d) = get("decade").filter(|d| !d.bytes().any(|b| b.is_ascii_digit())) {
            p.decade = Some(timex::decade_in_words(d)?);
        } else if let Some(d) = get("decade") {
            let digits: String = d.chars().filter(char::is_ascii_digit).collect();
            let n: i32 = digits.parse().ok()?;
            p.decade = Some(match digits.len() {
                4 => n / 10,
                2 if n >= 20 => 190 + n / 10,
                2 => 200 + n / 10,
                _ => return None,
            });
        }
        if let Some(s) = get("season") {
            p.season = Some(timex::season_code(s)?);
        }
        if let Some(q) = get("quarter") {
            p.quarter = Some(quarter_number(q)?);
        }
        if let Some(h) = get("half") {
            p.half = Some(match h.to_ascii_lowercase().as_str() {
                "first" | "1st" | "h1" | "1h" => 1,
                "second" | "2nd" | "latter" | "last" | "final" | "h2" | "2h" => 2,
                _ => return None,
            });
        }
        if let Some(r) = get("rel") {
            p.rel = Some(timex::rel_of(r)?);
        }
        if let Some(r) = get("yearrel") {
            p.year_rel = Some(timex::rel_of(r)?);
        }
        if let Some(name) = get("holiday") {
            let holiday = self.holidays.get(name)?;
            return holiday_value(holiday, p, reference).map(|(v, relative)| (v, dr.relative.unwrap_or(relative)));
        }
        if let Some(n) = get("num") {
            p.count = Some(match (timex::count_of(n)?, get("andhalf")) {
                // `a year and a half`: the half comes after the unit.
                (Count::N(n), Some(_)) => Count::N(n + 0.5),
                (count, _) => count,
            });
        }
        if let Some(u) = get("unit") {
            let (unit, plural) = timex::unit_of(u)?;
            // `a second A380`, `about a quarter of its dealers`: ordinal and fraction, not time.
            if matches!(unit, timex::Unit::Second | timex::Unit::Quarter) && !plural && get("num").is_some_and(|n| n.eq_ignore_ascii_case("a") || n.eq_ignore_ascii_case("an")) {
                return None;
            }
            // `a decades-long`: one of a plural is no amount.
            if plural && matches!(p.count, Some(Count::N(n)) if n == 1.0) && get("num").is_some_and(|n| !n.starts_with('1')) {
                return None;
            }
            p.unit = Some(unit);
            if plural && p.count.is_none() {
                p.count = Some(Count::Vague);
            }
        }
        if let Some(s) = get("shift") {
            let lower = s.to_ascii_lowercase();
            p.shift = if matches!(lower.as_str(), "ago" | "earlier" | "before" | "previously" | "back") { -1 } else { 1 };
        }
        if let Some(h) = get("hour") {
            let digits = h.trim_start_matches('0');
            let hour: u32 = match digits.parse() {
                Ok(n) => n,
                Err(_) if digits.is_empty() => 0,
                // `seven o'clock`: an hour in words.
                Err(_) => match timex::count_of(h)? {
                    Count::N(n) if n.fract() == 0.0 && (1.0..=12.0).contains(&n) => n as u32,
                    _ => return None,
                },
            };
            let mut hour = timex::hour_24(hour, get("ampm"))?;
            // `3 in the afternoon`: the part of day says which half.
            if get("ampm").is_none() && (1..12).contains(&hour) {
                let pm = get("part").and_then(timex::part_code).is_some_and(|c| c != "MO");
                hour += if pm { 12 } else { 0 };
            }
            p.hour = Some(hour);
            let minute: u32 = get("minute").map_or(Some(0), |m| m.parse().ok())?;
            if minute > 59 {
                return None;
            }
            p.minute = Some(minute);
        }
        if let Some(z) = get("zone") {
            p.utc = matches!(z, "UTC" | "GMT" | "Z");
        }
        if let Some(part) = get("part") {
            p.part = Some(timex::part_code(part)?);
        }
        let (value, relative) = timex::value(dr.kind, &p, reference)?;
        if p.year_rel == Some(Rel::Same) {
            return Some((format!("{SAME_YEAR}{}", value.trim_start_matches("XXXX")), relative));
        }
        if dr.week_ending {
            // The ISO week holding most of the seven days ending on the day: that of its
            // fourth-last day. A day without its year stays the day.
            if let Some(day) = CivilDate::parse(&value).filter(|_| value.len() == 10) {
                return Some((timex::iso_week(day.add_days(-3)), dr.relative.unwrap_or(relative)));
            }
        }
        Some((value, dr.relative.unwrap_or(relative)))
    }
}

/// The words `rules/date/tense.tsv` gives a role, sorted for lookup.
struct TenseWords {
    /// Past forms besides regular `-ed` ones (`grew`, `fell`).
    past: Vec<String>,
    /// Words after which a past verb still looks ahead (`was expected to`), or that make
    /// the date a deadline (`by`, `until`).
    ahead: Vec<String>,
    /// Present forms that tell a schedule (`polls open on Nov. 5`, `the season starts in March`).
    present: Vec<String>,
    /// Words that make a present clause a habit (`each year`, `usually`), not a schedule.
    habit: Vec<String>,
    /// Forecasts and warnings (`forecast`, `warned`), which look ahead in any tense.
    forecast: Vec<String>,
    /// Words that carry a forecast on to the date after them (`through`, `until`).
    span: Vec<String>,
    /// Present forms of a fixture that are nouns too (`host`, `face`): a schedule only
    /// right after a subject (`Liverpool, who host United on Sunday`; not `the hosts`).
    schedule: Vec<String>,
    /// Deadlines (`by`, `before`): pending like `pending` words, unless a past verb came first.
    deadline: Vec<String>,
    /// Words of a schedule set in the past (`set`, `scheduled`, `starting`): a date after them
    /// is not moved back a year (`was set to take effect on April 1`).
    pending: Vec<String>,
    /// Past forms spelled as the present (`cut`, `put`, `set`): past only where a verb
    /// stands (`the bank cut rates in May`; not `a rate cut in May`, `to cut`).
    bare: Vec<String>,
    /// Words of a state in force (`remains`, `valid`): with a `reach` word before the date,
    /// the state lasts to a date ahead (`is valid until Monday`).
    lasting: Vec<String>,
    /// Words that carry a lasting state on to the date right after them (`through`, `until`).
    reach: Vec<String>,
    /// Words that look ahead to the date after them (`ahead of Sunday's final`).
    awaits: Vec<String>,
    /// Nouns right after a month that name a contract for then (`for January delivery`).
    contract: Vec<String>,
}

impl TenseWords {
    /// `word<TAB>role` lines; an error names the line of each malformed one.
    fn parse(text: &str) -> Result<TenseWords, Vec<(usize, String)>> {
        let mut words = TenseWords {
            past: Vec::new(),
            ahead: Vec::new(),
            present: Vec::new(),
            habit: Vec::new(),
            forecast: Vec::new(),
            span: Vec::new(),
            schedule: Vec::new(),
            pending: Vec::new(),
            deadline: Vec::new(),
            bare: Vec::new(),
            lasting: Vec::new(),
            reach: Vec::new(),
            awaits: Vec::new(),
            contract: Vec::new(),
        };
        let mut errors = Vec::new();
        for (line, fields) in super::figure::tsv_rows(text) {
            let [word, role] = fields.as_slice() else {
                errors.push((line, "expected 2 tab-separated fields: a word and its role (past, ahead, present, habit, forecast, span, schedule, pending, deadline, bare, lasting, reach, awaits or contract)".to_string()));
                continue;
            };
            // The clause is read word by word, split at anything but an ASCII letter.
            if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
                errors.push((line, format!("`{word}` must be one word in lowercase ASCII letters")));
                continue;
            }
            match *role {
                "past" => words.past.push(word.to_string()),
                "ahead" => words.ahead.push(word.to_string()),
                "present" => words.present.push(word.to_string()),
                "habit" => words.habit.push(word.to_string()),
                "forecast" => words.forecast.push(word.to_string()),
                "span" => words.span.push(word.to_string()),
                "schedule" => words.schedule.push(word.to_string()),
                "bare" => words.bare.push(word.to_string()),
                "pending" => words.pending.push(word.to_string()),
                "deadline" => words.deadline.push(word.to_string()),
                "lasting" => words.lasting.push(word.to_string()),
                "reach" => words.reach.push(word.to_string()),
                "awaits" => words.awaits.push(word.to_string()),
                "contract" => words.contract.push(word.to_string()),
                _ => errors.push((line, format!("unknown role `{role}`: expected past, ahead, present, habit, forecast, span, schedule, pending, deadline, bare, lasting, reach, awaits or contract"))),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        words.past.sort_unstable();
        words.ahead.sort_unstable();
        words.present.sort_unstable();
        words.habit.sort_unstable();
        words.forecast.sort_unstable();
        words.span.sort_unstable();
        words.schedule.sort_unstable();
        words.bare.sort_unstable();
        words.pending.sort_unstable();
        words.deadline.sort_unstable();
        words.lasting.sort_unstable();
        words.reach.sort_unstable();
        words.awaits.sort_unstable();
        words.contract.sort_unstable();
        Ok(words)
    }

    fn has(list: &[String], word: &str) -> bool {
        list.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
    }
}

/// The time a clause tells of, as far as its words show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ClauseTense {
    /// A past-tense verb and nothing that looks ahead from it: a date in it without a year
    /// lies before the reference date.
    Past,
    /// A present-tense schedule (`polls open on`, `said the store opens in`): the date lies
    /// ahead, as in a clause about the future.
    Present,
    /// Nothing told, or a past verb that still looks ahead (`was expected to`, `by`).
    Unstated,
    /// A schedule told from the past (`was set to take effect on April 1`, `cut aid starting
    /// in April`): the date is this year's, not moved back a year however far ahead it lies.
    Pending,
    /// A forecast reaching to the date (`it forecast rain through Wednesday`): the date lies
    /// ahead, in any tense.
    Forecast,
}

fn clause_tense(words: &TenseWords, clause: &str) -> ClauseTense {
    let mut past = false;
    // Whether the word before is a present or bare `be` (`is`, `is officially`).
    let mut after_be = false;
    let (mut previous, mut before_previous): (Option<&str>, Option<&str>) = (None, None);
    let mut clause_words = clause.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).peekable();
    while let Some(word) = clause_words.next() {
        let two_back = before_previous;
        let before = previous.replace(word);
        before_previous = before;
        // After a determiner a present form is a noun (`at the start of August`, `an end to`).
        let noun = before.is_some_and(|b| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(b)));
        if TenseWords::has(&words.present, word) && !noun || TenseWords::has(&words.schedule, word) && before.is_some_and(|b| is_subject(b, two_back)) {
            return ClauseTense::Present;
        }
        if TenseWords::has(&words.bare, word) && !after_be && before.is_some_and(|w| !NOT_BEFORE_VERB.iter().any(|n| n.eq_ignore_ascii_case(w))) && clause_words.peek().is_some_and(|w| !NOT_AFTER_VERB.contains(w)) {
            past = true;
            after_be = false;
            continue;
        }
        if TenseWords::has(&words.ahead, word) {
            // A later word may still make the date pending (`would have cut aid starting in`); a
            // deadline only when no past verb came before it (`see a cut by June`, not `had
            // repaid half by June`).
            // A deadline word stands right before the date (`by two points in May` is no deadline).
            let deadline = |w: &str, last: bool| last && !past && TenseWords::has(&words.deadline, w);
            let mut pending = TenseWords::has(&words.pending, word) || deadline(word, clause_words.peek().is_none());
            while !pending && let Some(w) = clause_words.next() {
                pending = TenseWords::has(&words.pending, w) || deadline(w, clause_words.peek().is_none());
            }
            return if pending { ClauseTense::Pending } else { ClauseTense::Unstated };
        }
        // A regular past form: lower case (not a name like `United`), not `need` or `hundred`,
        // and not a passive after `is`/`be` (`is planned`, `is officially reported`).
        let regular = word.len() > 4
            && word.ends_with("ed")
            && !word.ends_with("eed")
            && word != "hundred"
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !after_be;
        past |= regular || TenseWords::has(&words.past, word);
        after_be = matches!(word, "is" | "are" | "be" | "been" | "being" | "am") || after_be && word.ends_with("ly");
    }
    if past { ClauseTense::Past } else { ClauseTense::Unstated }
}

/// Determiners: a present form after one is a noun (`the start of August`).
const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "each", "every", "this", "these", "those"];
/// Words after which a form like `cut` or `host` is a noun or an infinitive, not a finite verb.
const NOT_BEFORE_VERB: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
    "any", "no", "each", "every", "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "not",
    "did", "does", "do",
];
/// Words after which `cut` or `set` is a noun or a schedule (`a cut in May`, `set for June`).
const NOT_AFTER_VERB: &[&str] = &[
    "in", "on", "at", "of", "for", "to", "from", "by", "is", "was", "are", "were", "will", "would", "could", "and", "or",
];

/// A word that may stand right before a fixture's verb as its subject: a relative or personal
/// pronoun, or a name (`who host`, `they face`, `Arsenal visit`), not a determiner. After a
/// determiner only a plural name is a subject (`the Lakers host`): `the IMF report` is a noun.
fn is_subject(word: &str, before: Option<&str>) -> bool {
    if before.is_some_and(|b| NOT_BEFORE_VERB.iter().any(|n| n.eq_ignore_ascii_case(b))) && !word.ends_with('s') {
        return false;
    }
    // A capital that opens the sentence may be a determiner or a preposition (`Its visit`, `During visits`).
    const NOT_NAMES: &[&str] = &["in", "on", "at", "for", "after", "during", "before", "with", "from", "by", "of", "as", "amid", "despite"];
    let not_name = |w: &str| NOT_BEFORE_VERB.iter().chain(NOT_NAMES).any(|n| n.eq_ignore_ascii_case(w));
    matches!(word, "who" | "which" | "that" | "they" | "we" | "he" | "she" | "it" | "They" | "We" | "He" | "She" | "It")
        || word.starts_with(|c: char| c.is_ascii_uppercase()) && !not_name(word)
}

/// The tense of the clause the date at `start..end` sits in (`the economy grew in the
/// July–September quarter`): the clause before it, or for a date that opens its sentence
/// (`In July, exports rose`) the clause after it. A present clause that tells a habit (`runs
/// May to September each year`) tells no schedule.
fn tense_around(words: &TenseWords, text: &str, (sentence_start, sentence_end): (usize, usize), start: usize, end: usize) -> ClauseTense {
    let lo = text.ceil_char_boundary(start.saturating_sub(80).max(sentence_start.min(start)));
    let before = &text[lo..start];
    let clause = before.rfind([',', ';', ':']).map_or(before, |i| &before[i + 1..]);
    let hi = text.floor_char_boundary(end.saturating_add(80).min(sentence_end.max(end)));
    let after = text[end..hi].trim_start_matches([',', ' ']);
    let after = after.find([',', ';', ':']).map_or(after, |i| &after[..i]);
    // A clause wholly before the date says how it happened; a fronted date (`In July,`) has
    // at most a preposition before it.
    // (`The rule, finalized in December, …`: the words before it follow a comma, and tell it.)
    let fronted = lo == sentence_start && clause.len() == before.len() && clause.split_whitespace().count() <= 2;
    if !fronted && forecast_reaches(words, clause) {
        return ClauseTense::Forecast;
    }
    let mut tense = clause_tense(words, if fronted { after } else { clause });
    // `They finished second, losing out by five points in May`: a participle's clause tells
    // no tense of its own, but goes on in the tense of the clause before it.
    if tense == ClauseTense::Unstated && !fronted && clause.len() < before.len() && opens_with_participle(clause) {
        let comma = start - clause.len() - 1;
        let earlier = &text[text.ceil_char_boundary(comma.saturating_sub(80).max(sentence_start.min(comma)))..comma];
        let earlier = earlier.rfind([',', ';', ':']).map_or(earlier, |i| &earlier[i + 1..]);
        tense = clause_tense(words, earlier);
    }
    if tense == ClauseTense::Present && (habitual(words, clause) || habitual(words, after)) {
        return ClauseTense::Unstated;
    }
    // `the curfew stays in place until Monday`; not `schools were closed until Monday`.
    if !fronted && tense != ClauseTense::Past && tense != ClauseTense::Forecast && lasting_reaches(words, clause) {
        return ClauseTense::Forecast;
    }
    tense
}

/// The clause before a date ends with a `span` word (`through`) and holds a forecast before it
/// (`warned of flooding through`), not one already over (`had warned`).
fn forecast_reaches(words: &TenseWords, clause: &str) -> bool {
    let mut lowered = String::new();
    let mut clause_words = clause.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
    if !clause_words.next_back().is_some_and(|w| TenseWords::has(&words.span, w)) {
        return false;
    }
    let mut forecast = false;
    for word in clause_words {
        if word == "had" {
            return false;
        }
        // `Forecasters warned`: a capital opens the sentence; lower it only then.
        let word = if word.starts_with(|c: char| c.is_ascii_uppercase()) {
            lowered.clear();
            lowered.push_str(word);
            lowered.make_ascii_lowercase();
            lowered.as_str()
        } else {
            word
        };
        forecast |= TenseWords::has(&words.forecast, word);
    }
    // `The warning was in place through Monday`: a forecast's state told in the plain past
    // ended then; it reaches no date ahead.
    let lasting = clause.split(|c: char| !c.is_ascii_alphabetic()).any(|w| TenseWords::has(&words.lasting, w));
    forecast && !(lasting && ended(words, clause))
}

/// The clause before a date ends with a regular past participle, `on` aside (`rules approved
/// Wednesday`, `a deal signed on Monday`), that is no word of a plan (`expected`, `scheduled`)
/// nor a passive after `be` (`will be announced Friday`).
fn done_on(words: &TenseWords, clause: &str) -> bool {
    let mut last = clause.rsplit(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
    let word = match last.next() {
        Some("on") => last.next().unwrap_or(""),
        Some(w) => w,
        None => "",
    };
    // A passive after `be` keeps the clause's tense (`will be announced Friday`).
    let passive = last.next().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "be" | "been" | "being" | "is" | "are" | "am" | "was" | "were" | "get" | "gets" | "got" | "getting"));
    !passive
        && word.len() > 4
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !TenseWords::has(&words.ahead, word)
        && !TenseWords::has(&words.forecast, word)
}

/// The clause before a date ends with a word that makes it a deadline (`by`, `before`).
fn ends_with_deadline(clause: &str) -> bool {
    let last = clause.rsplit(|c: char| !c.is_ascii_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
    ["by", "before", "until", "till", "within"].iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// `were ordered to`, `was urged to`: an order or plea to act at once given in the passive,
/// told in the past (`were told to return to work on Monday` may still look ahead).
fn passive_order(cue: &str, before: &str) -> bool {
    let first = cue.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    let last = before.rsplit(|c: char| !c.is_ascii_alphabetic()).find(|w| !w.is_empty()).unwrap_or("").to_ascii_lowercase();
    matches!(first.as_str(), "ordered" | "urged") && matches!(last.as_str(), "was" | "were" | "been")
}

/// The last words before a date in its clause are an `awaits` word of `rules/date/tense.tsv`
/// and the particles after it (`ahead of`, `bracing for`, `on the eve of`, `in the run-up to`):
/// whether the clause before that word is past (`police deployed officers ahead of`).
fn awaited(words: &TenseWords, text: &str, sentence_start: usize, at: usize) -> Option<bool> {
    let lo = text.ceil_char_boundary(at.saturating_sub(80).max(sentence_start.min(at)));
    let before = &text[lo..at];
    let clause = before.rfind([',', ';', ':']).map_or(before, |i| &before[i + 1..]);
    let mut rest = clause.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
    loop {
        let start = rest.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
        let word = &rest[start..];
        if word.is_empty() {
            return None;
        }
        rest = rest[..start].trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        if !matches!(word, "of" | "for" | "to" | "the" | "up" | "on" | "in" | "into") {
            return TenseWords::has(&words.awaits, &word.to_ascii_lowercase()).then(|| clause_tense(words, rest) == ClauseTense::Past);
        }
    }
}

/// The clause around a date is past: the one before it, or when that tells no tense (`, and
/// by the end of the year inflation had hit 7%`), the one after it.
fn told_in_past(words: &TenseWords, text: &str, sentence_span: (usize, usize), start: usize, end: usize) -> bool {
    match tense_around(words, text, sentence_span, start, end) {
        ClauseTense::Past => true,
        // A deadline (`, and by the end of the year`) tells no tense of its own either.
        ClauseTense::Unstated | ClauseTense::Pending => {
            let hi = text.floor_char_boundary(end.saturating_add(80).min(sentence_span.1.max(end)));
            let after = text[end..hi].trim_start_matches([',', ' ']);
            let after = after.find([',', ';', ':']).map_or(after, |i| &after[..i]);
            clause_tense(words, after) == ClauseTense::Past
        }
        _ => false,
    }
}

/// `the second half of the year`, `the first six months of the year`: the year named without
/// `that` or `same`, which a clause about the future reads as the year to come.
fn mentions_the_year(span: &str) -> bool {
    let lower = span.to_ascii_lowercase();
    lower.ends_with("the year") && !lower.contains("same")
}

/// The clause before a date ends with a `reach` word (`until`) and holds a `lasting` word
/// (`remains in effect through`, `is valid until`): a state now in force lasts to the date.
fn lasting_reaches(words: &TenseWords, clause: &str) -> bool {
    let rest = clause.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
    let start = rest.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    // The words before the `reach` word tell the tense: `until` itself is an `ahead` word.
    let rest_words = &rest[..start];
    TenseWords::has(&words.reach, &rest[start..])
        && rest_words.split(|c: char| !c.is_ascii_alphabetic()).any(|w| TenseWords::has(&words.lasting, w))
        && !ended(words, rest_words)
}

/// A clause told in a plain past form (`was`, `were`, `held`), not a perfect (`has held`): a
/// state in it up to a date ended then (`schools were closed until Monday`). Regular `-ed`
/// forms do not count: after a verb of lasting they describe a state still in force
/// (`markets remain closed until Friday`, `has continued to keep them closed until`).
fn ended(words: &TenseWords, clause: &str) -> bool {
    let mut previous = "";
    for word in clause.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        if TenseWords::has(&words.past, word) && !matches!(previous, "has" | "have" | "ve") {
            return true;
        }
        previous = word;
    }
    false
}

/// The clause opens with a lower-case `-ing` word (`losing`, `bringing`).
fn opens_with_participle(clause: &str) -> bool {
    clause.split_whitespace().next().is_some_and(|w| w.len() > 4 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase()))
}

fn habitual(words: &TenseWords, clause: &str) -> bool {
    clause.split(|c: char| !c.is_ascii_alphabetic()).any(|w| TenseWords::has(&words.habit, w))
}

/// A rule setting that lists words (`not_after`, `not_followed_by`), lowercased; empty when absent.
fn word_list(rule: &crate::ruleset::Rule, key: &str) -> Result<Vec<String>, String> {
    match rule.params.get(key) {
        None => Ok(Vec::new()),
        Some(list) => list
            .as_array()
            .and_then(|a| a.iter().map(|w| w.as_str().map(str::to_lowercase)).collect())
            .ok_or_else(|| format!("`{key}` must be a list of words")),
    }
}

/// A two-digit year: `'82` → 1982, `'07` → 2007.
fn century_year(yy: i32) -> i32 {
    if yy > 30 { 1900 + yy } else { 2000 + yy }
}

/// The year two digits name after a written one: `2023-24` → 2024, `2021-23` → 2023, `1999-00`
/// → 2000. Two digits that could be a month (`1995-01`, `2023-05`) close a span only as the
/// next year (`2011-12`), as seasons and fiscal years are written; none past ten years.
fn closing_year(start: i32, yy: i32) -> Option<i32> {
    let year = start - start.rem_euclid(100) + yy;
    let year = if year <= start { year + 100 } else { year };
    let span = year - start;
    (span == 1 || yy > 12 && span <= 10).then_some(year)
}

/// A named day: its month and day (or the month's nth weekday) go through the calendar
/// rules of a month and day, so the year resolves the same way; days that move more than
/// that (`Good Friday`, `Black Friday`) are dated once the year is known.
fn holiday_value(holiday: Holiday, mut p: Parts, reference: Option<CivilDate>) -> Option<(String, bool)> {
    // Whether the month-and-day rules date it fully; else they only give the year.
    let exact = match holiday {
        Holiday::Fixed { month, day } => {
            p.month = Some(month);
            p.day = Some(day);
            true
        }
        Holiday::Nth { month, nth, weekday, shift } => {
            p.month = Some(month);
            p.weekday = Some(weekday);
            p.nth = Some(nth);
            shift == 0
        }
        // The year as for the month it falls in (March or April, read as April).
        Holiday::Easter { .. } => {
            p.month = Some(4);
            false
        }
    };
    let (value, relative) = timex::value(TimexType::Date, &p, reference)?;
    if exact {
        return Some((value, relative));
    }
    let year = value.get(..4).and_then(|y| y.parse::<i32>().ok());
    let date = year.and_then(|y| holiday.in_year(y));
    let value = match date {
        Some(d) => d.to_string(),
        // No year: the month, when it is fixed.
        None if matches!(holiday, Holiday::Nth { .. }) => value,
        None => "XXXX-XX-XX".into(),
    };
    Some((value, relative))
}

/// `SAME-POINT` + `K` (keep the last date's granularity) or `T` + unit letter + signed count:
/// resolved in `resolve_anaphors` once the dates before it are known.
fn point_placeholder(dr: &DateRule, num: Option<&str>, unit: Option<&str>, shift: Option<&str>) -> Option<String> {
    let unit = match unit {
        Some(u) => timex::unit_of(u)?.0,
        None => dr.unit?,
    };
    let n = match num.map(timex::count_of) {
        Some(Some(Count::N(n))) if n.fract() == 0.0 => n as i64,
        Some(_) => return None,
        None => 1,
    };
    let sign = match shift.map(str::to_ascii_lowercase).as_deref() {
        Some("later" | "after" | "on" | "following" | "next") => 1,
        _ => -1,
    };
    let (n, sign) = dr.offset.map_or((n, sign), |offset| (offset, 1));
    let (letter, scale) = match unit {
        timex::Unit::Year => ('Y', 1),
        timex::Unit::Decade => ('Y', 10),
        timex::Unit::Quarter => ('M', 3),
        timex::Unit::Month => ('M', 1),
        timex::Unit::Week => ('D', 7),
        timex::Unit::Fortnight => ('D', 14),
        timex::Unit::Day => ('D', 1),
        _ => return None,
    };
    let keep = if dr.anaphor == Anaphor::Period { 'K' } else { 'T' };
    Some(format!("{SAME_POINT}{keep}{letter}{:+}", sign * n * scale))
}

/// Placeholders for `of the same year` and `the day` until the dates before them are known.
const SAME_YEAR: &str = "SAME";
/// `SAME` in a clause about the future: a year written before the reference year gives way to it.
const SAME_YEAR_AHEAD: &str = "SAME+";
/// The year of the last date named, of any kind (`showed on April 2 that … at the beginning
/// of the year`): a part of the year told in the past.
const SAME_YEAR_LAST: &str = "SAME~";
const SAME_DAY: &str = timex::ANAPHORIC_DAY;
const SAME_POINT: &str = "SAME-POINT";

/// `gap` without what stands in brackets (`local time (0400 GMT) on` → `local time  on`), or
/// `None` while a bracket is still open at its end.
fn without_brackets(gap: &str) -> Option<String> {
    let mut out = String::with_capacity(gap.len());
    let mut depth = 0usize;
    for c in gap.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    (depth == 0).then_some(out)
}

/// The gap between a clock time and a day without a time zone before it
/// (`5 p.m. Eastern time on Oct. 3`, `noon ET on Friday`).
fn without_time_zone(gap: &str) -> &str {
    const ZONES: &[&str] = &["eastern", "central", "mountain", "pacific", "local", "et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet"];
    let (first, rest) = gap.split_once(' ').unwrap_or((gap, ""));
    if !ZONES.contains(&first.trim_matches(|c: char| !c.is_alphanumeric())) {
        return gap;
    }
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("time").or_else(|| rest.strip_prefix("standard time")).or_else(|| rest.strip_prefix("daylight time")).unwrap_or(rest);
    rest.trim()
}

/// A count as TIMEX3 writes it: `2`, `2.5`.
fn tidy_count(n: f64) -> String {
    if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n}") }
}

/// `from Friday through Sunday`: the day that ends a range of weekdays is the first of its name
/// on or after the day that opens it, whichever way each was resolved alone. A range read as next
/// week's that a week earlier would hold the reference date is the one under way (`the meeting
/// runs from Sunday to Tuesday` said on a Monday).
fn ordered_weekday_ranges(text: &str, records: &mut [Record], reference: Option<CivilDate>) {
    const WEEKDAY_RULES: &[&str] = &["date/relative/weekday", "date/time/weekday-part"];
    for k in 1..records.len() {
        let (before, rest) = records.split_at_mut(k);
        let (first, second) = (&mut before[k - 1], &mut rest[0]);
        if !WEEKDAY_RULES.contains(&first.rule.as_str()) || !WEEKDAY_RULES.contains(&second.rule.as_str()) {
            continue;
        }
        let gap = text.get(first.end..second.start).unwrap_or("x").trim().to_ascii_lowercase();
        if !matches!(gap.as_str(), "to" | "through" | "thru" | "until" | "till" | "-" | "–") {
            continue;
        }
        let (RecordData::Date(opening), RecordData::Date(closing)) = (&mut first.data, &mut second.data) else { continue };
        // The day, and the part of it a `Sunday evening` adds.
        let day = |value: &str| value.get(..10).and_then(CivilDate::parse);
        let (Some(from), Some(mut to)) = (day(&opening.value), day(&closing.value)) else { continue };
        let behind = to.to_days() - from.to_days();
        if behind < 0 {
            to = to.add_days(7 * ((-behind + 6) / 7));
            closing.value = format!("{to}{}", &closing.value[10..]);
        }
        if let Some(r) = reference
            && from.to_days() > r.to_days()
            && from.add_days(-7).to_days() <= r.to_days()
            && r.to_days() <= to.add_days(-7).to_days()
        {
            opening.value = format!("{}{}", from.add_days(-7), &opening.value[10..]);
            closing.value = format!("{}{}", to.add_days(-7), &closing.value[10..]);
        }
    }
}

/// `in the April-July period`, `from April to July`: a range of months without their year ends
/// after it opens. Resolved alone, the tense may move one end to another year (`rose … April to
/// July` said in May: July is last year's); the end so moved carries the other with it.
fn ordered_month_ranges(text: &str, records: &mut [Record], reference: Option<CivilDate>) {
    let Some(reference) = reference else { return };
    // Year and month of a relative month or day found by the absolute rules (`2023-07`).
    let month_of = |r: &Record| match &r.data {
        RecordData::Date(d) if r.rule.starts_with("date/absolute/") && d.relative && d.timex_type == "DATE" && matches!(d.value.len(), 7 | 10) => {
            Some((d.value.get(..4)?.parse::<i32>().ok()?, d.value.get(5..7)?.parse::<u32>().ok()?))
        }
        _ => None,
    };
    for k in 1..records.len() {
        let (Some((from_year, from_month)), Some((to_year, to_month))) = (month_of(&records[k - 1]), month_of(&records[k])) else { continue };
        let gap = text.get(records[k - 1].end..records[k].start).unwrap_or("x").trim().to_ascii_lowercase();
        let between = || text[..records[k - 1].start].trim_end().rsplit(|c: char| !c.is_ascii_alphabetic()).next().is_some_and(|w| w.eq_ignore_ascii_case("between"));
        if !(matches!(gap.as_str(), "to" | "through" | "thru" | "until" | "till" | "-" | "–") || gap == "and" && between()) {
            continue;
        }
        // The months in order within a year, or across its turn (`November to February`).
        let wraps = i32::from(to_month < from_month);
        if to_year - from_year == wraps {
            continue;
        }
        let (moved_from, moved_to) = (from_year != reference.year, to_year != reference.year);
        let (index, year) = match (moved_from, moved_to) {
            (false, true) => (k - 1, to_year - wraps),
            (true, false) => (k, from_year + wraps),
            _ => continue,
        };
        if let RecordData::Date(d) = &mut records[index].data {
            d.value.replace_range(..4, &format!("{year:04}"));
        }
    }
}

/// `in November and December 2019`, `March 3 and April 5, 2020`: a month (or month and day)
/// coordinated with a later one that writes its year takes that year, not the reference's.
fn coordinated_years(text: &str, records: &mut [Record]) {
    const COORDINATORS: &[&str] = &["and", "or", ",", ", and", ", or", "to", "through", "-", "–", "and early", "and late"];
    let month_level = |r: &Record| match &r.data {
        RecordData::Date(d) => r.rule.starts_with("date/absolute/") && d.timex_type == "DATE" && matches!(d.value.len(), 7 | 10) && d.value.as_bytes()[4] == b'-' && d.value.as_bytes()[5].is_ascii_digit(),
        _ => false,
    };
    // The year written at the end of the chain being walked back, if any.
    let mut carry: Option<String> = None;
    for k in (0..records.len()).rev() {
        let joined = records.get(k + 1).is_some_and(|next| {
            let gap = text.get(records[k].end..next.start).unwrap_or("x").trim().to_ascii_lowercase();
            COORDINATORS.contains(&gap.as_str())
        });
        if !joined {
            carry = None;
        }
        if !month_level(&records[k]) {
            carry = None;
            continue;
        }
        let RecordData::Date(date) = &mut records[k].data else { continue };
        if !date.relative {
            carry = date.value[..4].bytes().all(|b| b.is_ascii_digit()).then(|| date.value[..4].to_string());
        } else if let Some(year) = &carry {
            date.value = format!("{year}{}", &date.value[4..]);
            date.relative = false;
        }
    }
}

/// `March 6 of the same year` takes the year of the last date before it that states one;
/// `the day` the last day named before it, else the reference date.
fn resolve_anaphors(text: &str, records: &mut [Record], reference: Option<CivilDate>) {
    let mut last_year: Option<String> = None;
    // The year the text last talked about: written out, or a whole year (`last year`), not
    // the year a `Friday` falls in.
    let mut talked_year: Option<String> = None;
    // The value of the last calendar date (`February`, `2009-Q3`), for `the same period last year`.
    let mut last_point: Option<String> = None;
    // The last month or day named (`2025-07`, `2025-07-03`), which `two weeks later` counts
    // from: a year in between is mostly a modifier (`its 2025 forecast`).
    let mut last_dated: Option<String> = None;
    let mut last_day: Option<String> = reference.map(|r| r.to_string());
    // (end, value) of the last day named, for a clock time in the same paragraph.
    let mut named_day: Option<(usize, String)> = None;
    // (sentence, year) of the last date that wrote its year out.
    let mut written_year: Option<(usize, String)> = None;
    let reference_year = reference.map(|r| r.to_string()[..4].to_string());
    for k in 0..records.len() {
        // `9 a.m. on March 3, 2023`: a clock time takes the day written right after it, past
        // an aside in brackets (`7 a.m. local time (0400 GMT) on Sunday`).
        let day_after = records[k + 1..].iter().take(3).find_map(|next| {
            let gap = &text[records[k].end..next.start];
            if gap.len() > 60 {
                return Some(None);
            }
            let gap = without_brackets(gap);
            match &next.data {
                RecordData::Date(d) if d.timex_type == "DATE" && d.value.len() == 10 && !d.value.starts_with(SAME_DAY) => {
                    let gap = gap.map(|g| g.trim().to_ascii_lowercase());
                    Some(gap.filter(|g| matches!(without_time_zone(g), "on" | "," | "")).map(|_| d.value.clone()))
                }
                // A time inside the brackets is passed over.
                _ if gap.is_none() => None,
                _ => Some(None),
            }
        }).flatten();
        let record = &mut records[k];
        let sentence = record.sentence;
        let span = &text[record.start..record.end];
        let RecordData::Date(date) = &mut record.data else { continue };
        let offset = date.value.strip_prefix(SAME_DAY).and_then(|rest| rest.parse::<i64>().ok());
        if date.value == SAME_DAY || offset.is_some() {
            let day = last_day.as_deref().and_then(CivilDate::parse);
            date.value = day.map_or("XXXX-XX-XX".into(), |d| d.add_days(offset.unwrap_or(0)).to_string());
        } else if let Some(time) = date.value.strip_prefix(SAME_DAY) {
            // A clock time alone takes the last day named in its paragraph, else the
            // reference date: a day named paragraphs back (`founded on March 3, 2019`) is
            // seldom the one the news happens on. `T16:22` when no day is known.
            let in_passage =
                named_day.as_ref().filter(|(end, _)| !text[*end..record.start].contains("\n\n")).map(|(_, d)| d.clone());
            let day = day_after.or(in_passage).or_else(|| reference.map(|r| r.to_string())).unwrap_or_default();
            date.value = format!("{day}{time}");
        } else if let Some(rest) = date.value.strip_prefix(SAME_POINT) {
            date.value = resolve_point(rest, last_point.as_deref(), last_dated.as_deref(), last_day.as_deref(), reference);
        } else if date.value == SAME_YEAR_LAST {
            date.value = last_year.as_deref().or(talked_year.as_deref()).or(reference_year.as_deref()).unwrap_or("XXXX").to_string();
        } else if let Some(rest) = date.value.strip_prefix(SAME_YEAR_AHEAD) {
            // A year before the reference year lies behind a clause about the future.
            let year = talked_year.as_deref().or(last_year.as_deref()).or(reference_year.as_deref());
            let year = match (year, reference_year.as_deref()) {
                (Some(y), Some(r)) if y < r => Some(r),
                (y, _) => y,
            };
            date.value = format!("{}{rest}", year.unwrap_or("XXXX"));
        } else if let Some(rest) = date.value.strip_prefix(SAME_YEAR) {
            let year = talked_year.as_deref().or(last_year.as_deref()).or(reference_year.as_deref());
            date.value = format!("{}{rest}", year.unwrap_or("XXXX"));
        } else if let Some(step) = year_step(span).filter(|_| date.relative && date.value.len() == 4) {
            // `a rise of 60 per cent in 2022 on the previous year`: the year before the one written.
            if let Some(year) = written_year.as_ref().filter(|(s, _)| *s == sentence).and_then(|(_, y)| y.parse::<i32>().ok()) {
                date.value = (year + step).to_string();
            }
        } else if record.rule.starts_with("date/absolute/") && date.relative {
            // `took effect on April 6, 2018, and was rescinded on June 20`: a month and day
            // without a year take the year written earlier in the same sentence.
            let filled = date.value.starts_with("XXXX") || reference_year.as_deref().is_some_and(|y| date.value.starts_with(y));
            let shifted = ["last", "next", "this", "coming", "past"].iter().any(|w| span.to_ascii_lowercase().contains(w));
            if let Some((_, year)) = written_year.as_ref().filter(|(s, _)| *s == sentence && filled && !shifted) {
                date.value = format!("{year}{}", &date.value[4..]);
            }
        } else if !date.relative && date.value.len() >= 4 && date.value.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
            // `the highest since 1995, and markets expect a hike by July`: a period's start is
            // no year the sentence is set in.
            if !after_since(text, record.start) {
                written_year = Some((sentence, date.value[..4].to_string()));
            }
        }
        // A fiscal year or quarter is a point too (`fiscal year 2022 …, the year before`).
        if let Some(fiscal) = date.value.strip_prefix("FY") {
            if let Some(year) = fiscal.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())) {
                last_year = Some(year.to_string());
                talked_year = Some(year.to_string());
            }
            last_point = Some(date.value.clone());
            continue;
        }
        let v = date.value.as_bytes();
        if date.timex_type == "DURATION" || v.len() < 4 || !v[..4].iter().all(u8::is_ascii_digit) {
            continue;
        }
        // `the lowest since the spring of 2024`: a period's start is not the year talked about.
        let baseline = after_since(text, record.start);
        if !baseline {
            last_year = Some(date.value[..4].to_string());
        }
        let filled = record.rule.starts_with("date/absolute/") && reference_year.as_deref().is_none_or(|y| !date.value.starts_with(y));
        if (!date.relative || v.len() == 4 || filled) && !baseline {
            talked_year = Some(date.value[..4].to_string());
        }
        if date.timex_type == "DATE" {
            // `since January, … fewer than in the same period last year`: the period runs from
            // the date to now, so a year back is only that year.
            last_point = Some(if baseline { date.value[..4].to_string() } else { date.value.clone() });
            let month_level = v.len() == 7 && v[4] == b'-' && v[5..7].iter().all(u8::is_ascii_digit);
            if month_level || v.len() == 10 {
                last_dated = Some(date.value.clone());
            }
            if v.len() == 10 {
                last_day = Some(date.value.clone());
                named_day = Some((record.end, date.value.clone()));
            }
        }
    }
}

/// `K` or `T`, a unit letter (`Y`, `M`, `D`) and a signed count, from `point_placeholder`.
/// Years shift the last calendar date (`K` keeps its month, quarter or week, `T` its month or quarter);
/// months the last date that has a month; days the last month or day named (a month to the
/// nearest month), else the reference date.
fn resolve_point(code: &str, last_point: Option<&str>, last_dated: Option<&str>, last_day: Option<&str>, reference: Option<CivilDate>) -> String {
    let mut chars = code.chars();
    let keep = chars.next() == Some('K');
    let letter = chars.next();
    let Ok(n) = chars.as_str().parse::<i64>() else { return "XXXX-XX-XX".into() };
    let year_of = |v: &str| v.get(..4).and_then(|y| y.parse::<i64>().ok());
    match letter {
        Some('Y') => {
            // A fiscal year or quarter stays one (`fiscal year 2022 …, the year before` →
            // FY2021), and one whose year is unknown stays unknown.
            let fiscal = last_point.and_then(|v| v.strip_prefix("FY"));
            let prefix = if fiscal.is_some() { "FY" } else { "" };
            let anchor = match fiscal.or(last_point) {
                Some(v) if fiscal.is_some() || year_of(v).is_some() => v.to_string(),
                _ => match reference {
                    Some(r) => format!("{:04}", r.year),
                    None => return "XXXX".into(),
                },
            };
            let year = year_of(&anchor).map_or_else(|| "XXXX".to_string(), |y| format!("{:04}", y + n));
            let rest = anchor.get(4..).unwrap_or_default();
            // A day is too fine for `a year earlier` (and for `the same period`, a period).
            if (keep && rest.len() < 6) || rest.len() == 3 {
                format!("{prefix}{year}{rest}")
            } else {
                format!("{prefix}{year}")
            }
        }
        Some('M') => {
            let has_month = |v: &&str| v.len() >= 7 && v.as_bytes()[4] == b'-' && v.as_bytes()[5..7].iter().all(u8::is_ascii_digit);
            let anchor = last_point.filter(has_month).and_then(|v| Some((year_of(v)?, v[5..7].parse::<i64>().ok()?)));
            let Some((y, m)) = anchor.or_else(|| reference.map(|r| (i64::from(r.year), i64::from(r.month)))) else { return "XXXX-XX".into() };
            let index = y * 12 + m - 1 + n;
            format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
        }
        _ => {
            // After a month named since the last day (`In July, it withdrew the forecast … two
            // weeks later`), days count from that month: the month they end in, to the nearest.
            let month = last_dated.filter(|v| v.len() == 7).and_then(|v| Some((year_of(v)?, v[5..7].parse::<i64>().ok()?)));
            if let Some((y, m)) = month {
                let index = y * 12 + m - 1 + (n as f64 / 30.44).round() as i64;
                return format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1);
            }
            let day = last_day.and_then(CivilDate::parse).or(reference);
            day.map_or("XXXX-XX-XX".into(), |d| d.add_days(n).to_string())
        }
    }
}

/// `the previous year` → -1, `the following year` → +1.
fn year_step(span: &str) -> Option<i32> {
    let lower = span.to_ascii_lowercase();
    let rest = lower.strip_prefix("the ")?.strip_suffix(" year")?;
    match rest {
        "previous" | "prior" | "preceding" => Some(-1),
        "following" | "next" | "subsequent" => Some(1),
        _ => None,
    }
}

fn quarter_number(text: &str) -> Option<u32> {
    // `January-March`: the quarter its first month opens (the rule pairs only whole quarters).
    if let Some((first, _)) = text.split_once(['-', '–', '/']) {
        return timex::month_number(first.trim()).map(|m| m.div_ceil(3));
    }
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim_start_matches('q');
    Some(match lower {
        "1" | "first" | "1st" => 1,
        "2" | "second" | "2nd" => 2,
        "3" | "third" | "3rd" => 3,
        "4" | "fourth" | "4th" | "final" | "last" => 4,
        // `the September quarter`: the quarter that month closes.
        _ => return timex::month_number(text).filter(|m| m % 3 == 0).map(|m| m / 3),
    })
}

fn type_name(kind: TimexType) -> &'static str {
    match kind {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// The span starts and ends at word edges (rules use ASCII `\b`, which a letter like `é` defeats).
fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let inner_first = text[start..].chars().next();
    let inner_last = text[..end].chars().next_back();
    let joins = |outer: Option<char>, inner: Option<char>| {
        matches!((outer, inner), (Some(o), Some(i)) if o.is_alphanumeric() && i.is_alphanumeric())
    };
    !joins(before, inner_first) && !joins(after, inner_last)
}

/// The word right after `end` and the first common word after it, lower case: past `and`,
/// `or` and capitalized words (`Christmas Island` → `island`, `island`; `Christmas and New
/// Year sales` → `and`, `sales`). Empty where punctuation comes first.
fn next_words(text: &str, end: usize) -> [String; 2] {
    let mut rest = &text[end..];
    let mut first = None;
    for _ in 0..5 {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let word_end = trimmed.find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).unwrap_or(trimmed.len());
        let word = &trimmed[..word_end];
        if word.is_empty() {
            break;
        }
        let first = first.get_or_insert_with(|| word.to_lowercase());
        if !(matches!(word, "and" | "or") || word.starts_with(char::is_uppercase)) {
            return [first.clone(), word.to_lowercase()];
        }
        rest = &trimmed[word_end..];
    }
    [first.unwrap_or_default(), String::new()]
}

/// Whether the word right before `at` is `since`.
fn after_since(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end().as_bytes();
    before.len() >= 5
        && before[before.len() - 5..].eq_ignore_ascii_case(b"since")
        && before.len().checked_sub(6).is_none_or(|i| !before[i].is_ascii_alphanumeric())
}

/// The word right before `at` inside the sentence, lower case; none after punctuation.
fn word_before(text: &str, sentence_start: usize, at: usize) -> Option<String> {
    let before = text[sentence_start.min(at)..at].trim_end();
    let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    (!word.is_empty()).then(|| word.to_lowercase())
}

/// Whether the word before `at` is capitalized and not the sentence's first.
fn after_name(text: &str, sentence_start: usize, at: usize) -> bool {
    let before = text[sentence_start.min(at)..at].trim_end();
    let Some(word_start) = before.rfind(|c: char| c.is_whitespace()).map(|i| i + 1) else { return false };
    before[word_start..].starts_with(|c: char| c.is_uppercase()) && !before[..word_start].trim().is_empty()
}

/// `after-hours trading`, `man-hours`, `light-years`: a lower-case length of time glued by a
/// hyphen to the word before it ends a compound, and lasts no time.
fn compound_tail(text: &str, start: usize) -> bool {
    let before = &text.as_bytes()[..start];
    let first = text.as_bytes().get(start).copied().unwrap_or(b' ');
    first.is_ascii_lowercase() && before.len() >= 2 && before[before.len() - 1] == b'-' && before[before.len() - 2].is_ascii_alphabetic()
}

/// `now-cancelled`, `then-year-old`: a span glued by a hyphen to a following lower-case word is
/// a modifier; one before a capital opens a range (`April 30-May 1`).
fn compound(text: &str, end: usize) -> bool {
    let rest = &text.as_bytes()[end..];
    rest.len() >= 2 && rest[0] == b'-' && rest[1].is_ascii_lowercase()
}
