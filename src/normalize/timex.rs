//! TIMEX3 values for date expressions, resolved against a reference date when
//! there is one (`Friday` → the Friday on or before it), else with `X` placeholders.
//!
//! The extractor turns a rule's capture groups into `Parts`; `value` computes the
//! TIMEX3 value and whether the expression is relative to the reference date.

use crate::document::CivilDate;
use crate::normalize::number::parse_number;
use std::fmt::Write;

/// Stands for the day last named in the document (else the reference date) until the
/// extractor has seen the dates before it.
pub const ANAPHORIC_DAY: &str = "SAME-DAY";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    Last,
    This,
    Next,
    /// `the same year`: the year of the previous date in the document.
    Same,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Year,
    Month,
    Week,
    Day,
    Decade,
    Century,
    Quarter,
    Hour,
    Minute,
    Second,
    Weekend,
    Fortnight,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Count {
    N(f64),
    /// `a few`, `several`, a bare plural: TIMEX3 `X`.
    Vague,
}

/// The pieces a rule captured, already parsed.
#[derive(Debug, Clone, Default)]
pub struct Parts {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub weekday: Option<u32>,
    /// Which of the month's weekdays (`the first Monday in October` → 1; `last` → -1).
    pub nth: Option<i32>,
    /// First three digits of a decade: `1990s` → 199.
    pub decade: Option<i32>,
    pub season: Option<&'static str>,
    pub quarter: Option<u32>,
    /// Half of the year (`the first half of 2023` → 1).
    pub half: Option<u32>,
    /// last/this/next before the unit, month, weekday or season.
    pub rel: Option<Rel>,
    /// last/this/next/same of the year a month belongs to (`September of last year`).
    pub year_rel: Option<Rel>,
    pub unit: Option<Unit>,
    pub count: Option<Count>,
    /// -1 for `ago`/`earlier`, +1 for `later`/`from now`.
    pub shift: i32,
    /// Offset in days from the reference date (`yesterday` → -1).
    pub days: Option<i64>,
    pub hour: Option<u32>,
    pub minute: Option<u32>,
    pub utc: bool,
    pub part: Option<&'static str>,
    /// The sentence speaks of the future (`will`, `is expected to`): bare weekdays and months look ahead.
    pub future: bool,
    /// The clause tells what happened (`the economy grew in …`): a quarter, month or season
    /// ahead of the reference date is last year's.
    pub past: bool,
    /// A schedule told from the past (`was set to take effect in April`): a month ahead of the
    /// reference date stays this year's.
    pub pending: bool,
    /// `later this year` (true) or `earlier this year` (false): the part of the year left or gone.
    pub later: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn parse(s: &str) -> Option<TimexType> {
        Some(match s {
            "DATE" => TimexType::Date,
            "TIME" => TimexType::Time,
            "DURATION" => TimexType::Duration,
            "SET" => TimexType::Set,
            _ => return None,
        })
    }
}

/// The TIMEX3 value and `relative`, or `None` when the parts make no value of this type.
pub fn value(kind: TimexType, p: &Parts, reference: Option<CivilDate>) -> Option<(String, bool)> {
    match kind {
        TimexType::Duration => duration(p).map(|v| (v, p.rel.is_some())),
        TimexType::Set => {
            if let Some(wd) = p.weekday {
                return Some((format!("XXXX-WXX-{wd}"), false));
            }
            // `every morning`: that part of any day.
            if let Some(part) = &p.part {
                return Some((format!("XXXX-XX-XXT{part}"), false));
            }
            // `every January`, `each March 1`, `each autumn`: that month, day or season of any year.
            if let Some(month) = p.month {
                let day = p.day.map_or(String::new(), |d| format!("-{d:02}"));
                return Some((format!("XXXX-{month:02}{day}"), false));
            }
            if let Some(season) = p.season {
                return Some((format!("XXXX-{season}"), false));
            }
            let unit = p.unit?;
            let n = match p.count {
                Some(Count::N(n)) => n,
                _ => 1.0,
            };
            Some((period(Count::N(n), unit), false))
        }
        TimexType::Time => time(p, reference),
        TimexType::Date => date(p, reference),
    }
}

fn duration(p: &Parts) -> Option<String> {
    let unit = p.unit?;
    Some(period(p.count.unwrap_or(Count::N(1.0)), unit))
}

/// `P2Y`, `PT30M`, `PXW`; decades and centuries in years, fortnights in weeks.
pub fn period(count: Count, unit: Unit) -> String {
    let (scale, letter, time) = match unit {
        Unit::Year => (1.0, "Y", false),
        Unit::Month => (1.0, "M", false),
        Unit::Week => (1.0, "W", false),
        Unit::Day => (1.0, "D", false),
        Unit::Decade => (10.0, "Y", false),
        Unit::Century => (100.0, "Y", false),
        Unit::Quarter => (1.0, "Q", false),
        Unit::Weekend => (1.0, "WE", false),
        Unit::Fortnight => (2.0, "W", false),
        Unit::Hour => (1.0, "H", true),
        Unit::Minute => (1.0, "M", true),
        Unit::Second => (1.0, "S", true),
    };
    let mut out = String::from(if time { "PT" } else { "P" });
    match count {
        Count::N(n) => push_number(&mut out, n * scale),
        Count::Vague if unit == Unit::Decade => return "PXDE".into(),
        Count::Vague if unit == Unit::Century => return "PXCE".into(),
        Count::Vague => out.push('X'),
    }
    out.push_str(letter);
    out
}

fn push_number(out: &mut String, n: f64) {
    if n.fract() == 0.0 {
        let _ = write!(out, "{}", n as i64);
    } else {
        let _ = write!(out, "{}", (n * 1000.0).round() / 1000.0);
    }
}

fn time(p: &Parts, reference: Option<CivilDate>) -> Option<(String, bool)> {
    let has_date = p.weekday.is_some() || p.days.is_some() || p.month.is_some() || p.rel.is_some();
    let (date, relative) = if has_date {
        date(p, reference)?
    } else {
        // A clock time alone is on the day last named (the extractor fills it in).
        let _ = reference;
        (ANAPHORIC_DAY.to_string(), false)
    };
    let mut out = if p.hour.is_none() && date.is_empty() { "XXXX-XX-XX".to_string() } else { date };
    out.push('T');
    if let Some(hour) = p.hour {
        let _ = write!(out, "{hour:02}:{:02}", p.minute.unwrap_or(0));
        if p.utc {
            out.push('Z');
        }
    } else {
        out.push_str(p.part?);
    }
    // A part of a day not named (`in the morning`) is the reference day's; of a written date, not.
    Some((out, relative || p.part.is_some() && p.hour.is_none() && !has_date))
}

fn date(p: &Parts, reference: Option<CivilDate>) -> Option<(String, bool)> {
    if let Some(days) = p.days {
        return Some((reference.map_or("XXXX-XX-XX".into(), |r| r.add_days(days).to_string()), true));
    }
    if p.year_rel == Some(Rel::Same) && p.month.is_none() && p.season.is_none() && p.quarter.is_none() && p.half.is_none() {
        // `that year`: the extractor puts in the year the text last named.
        return Some(("XXXX".into(), false));
    }
    if p.shift != 0 {
        return Some((shifted(p, reference)?, true));
    }
    let calendar = p.year.is_some()
        || p.month.is_some()
        || p.season.is_some()
        || p.quarter.is_some()
        || p.half.is_some()
        || p.weekday.is_some()
        || p.decade.is_some();
    if !calendar {
        let rel = p.rel?;
        let unit = p.unit?;
        if let (Some(later), Some(r), Rel::This, Unit::Year) = (p.later, reference, rel, unit) {
            return Some((part_of_year(r, later), true));
        }
        // `protesters gathered over the weekend`, told on a weekday: the weekend just gone.
        if let (true, Some(r), Rel::This, Unit::Weekend) = (p.past, reference, rel, unit)
            && r.weekday() <= 5
        {
            return Some((this_unit(Rel::Last, unit, reference), true));
        }
        return Some((this_unit(rel, unit, reference), true));
    }
    if let Some(decade) = p.decade {
        return Some((format!("{decade:03}"), false));
    }
    if let (Some(wd), None) = (p.weekday, p.month) {
        return Some((weekday(wd, p.rel, p.future, reference), true));
    }
    // The year: written, relative to the reference year, or the reference year itself.
    let mut relative = p.year.is_none();
    let year = match (p.year, p.year_rel, p.rel) {
        (Some(y), _, _) => Some(y),
        (None, Some(Rel::Same), _) => {
            relative = false;
            None
        }
        (None, Some(rel), _) => reference.map(|r| r.year + rel_step(rel)),
        (None, None, Some(rel)) if p.month.is_some() => reference.zip(p.month).map(|(r, month)| year_of_named(r, month, rel)),
        (None, None, Some(rel)) if p.season.is_some() => reference.map(|r| year_of_season(r, p.season, rel)),
        (None, None, Some(_)) => reference.map(|r| r.year),
        (None, None, None) => reference.map(|r| match p.quarter {
            // `the fourth quarter` reported in March is last year's; the quarter right after
            // the current one is this year's (results of last year's come out long before).
            Some(q) if !p.future && !p.pending && q > (r.month - 1) / 3 + 1 && (p.past || !(q == (r.month - 1) / 3 + 2 && r.month > 3)) => r.year - 1,
            // Ahead, the quarter just ended is still this year's (`will publish third-quarter
            // figures` in October); only one further back comes round next year.
            Some(q) if p.future => {
                if q + 1 < (r.month - 1) / 3 + 1 { r.year + 1 } else { r.year }
            }
            _ => {
                // News reports the past: a month well after the reference month is last year's.
                let month = p.month.unwrap_or_else(|| season_month(p.season));
                if p.future && month < r.month {
                    r.year + 1
                } else if !p.future && !p.pending && (p.month.is_some() && month > r.month + 2 || p.past && month > r.month) {
                    r.year - 1
                } else {
                    r.year
                }
            }
        }),
    };
    let mut out = match year {
        Some(y) => format!("{y:04}"),
        None => "XXXX".into(),
    };
    if let Some(month) = p.month {
        let _ = write!(out, "-{month:02}");
        let nth_day = match (year, p.weekday, p.nth) {
            (Some(y), Some(wd), Some(n)) => Some(nth_weekday(y, month, wd, n)?),
            _ => p.day,
        };
        if let Some(day) = nth_day {
            let _ = write!(out, "-{day:02}");
        }
    } else if let Some(season) = p.season {
        let _ = write!(out, "-{season}");
    } else if let Some(q) = p.quarter {
        let _ = write!(out, "-Q{q}");
    } else if let Some(h) = p.half {
        let _ = write!(out, "-H{h}");
    }
    Some((out, relative || p.rel.is_some()))
}

/// `later this year`: what is left of the reference year, as TimeML annotators write it
/// (in the last quarter `Q4`, in the second half `H2`, else the year); `earlier` mirrors it.
fn part_of_year(r: CivilDate, later: bool) -> String {
    let quarter = (r.month - 1) / 3 + 1;
    let part = match (later, quarter) {
        (true, 4) => "-Q4",
        (true, 3) => "-H2",
        (false, 1) => "-Q1",
        (false, 2) => "-H1",
        _ => "",
    };
    format!("{:04}{part}", r.year)
}

fn rel_step(rel: Rel) -> i32 {
    match rel {
        Rel::Last => -1,
        Rel::Next => 1,
        Rel::This | Rel::Same => 0,
    }
}

fn season_month(season: Option<&str>) -> u32 {
    match season {
        Some("SP") => 4,
        Some("SU") => 7,
        Some("FA") => 10,
        _ => 1,
    }
}

/// `last September`: the most recent September before the reference month; `next` the first after.
fn year_of_named(r: CivilDate, month: u32, rel: Rel) -> i32 {
    match rel {
        Rel::Last if month >= r.month => r.year - 1,
        Rel::Next if month <= r.month => r.year + 1,
        _ => r.year,
    }
}

/// `last summer`: the most recent summer over before the reference month, so said in
/// August it is last year's and in October this year's (seasons as whole months: spring
/// March–May, summer June–August, fall September–November, winter December–February).
/// `next` and `this` read as for a month.
fn year_of_season(r: CivilDate, season: Option<&str>, rel: Rel) -> i32 {
    // A season's middle month (`season_month`) is followed by its last.
    let last_month = season_month(season) + 1;
    match rel {
        // A winter is named by the year its December falls in: the one over by March 2026 is
        // 2025-WI, so said in February it is two years back, in any later month one.
        Rel::Last if season == Some("WI") => r.year - if r.month <= last_month { 2 } else { 1 },
        Rel::Last if r.month <= last_month => r.year - 1,
        Rel::Last => r.year,
        _ => year_of_named(r, season_month(season), rel),
    }
}

fn shift_quarter(year: i32, quarter: u32, step: i32) -> (i32, u32) {
    let index = year * 4 + quarter as i32 - 1 + step;
    (index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
}

/// A weekday: by default the one on or before the reference date (news reports what happened);
/// `last` strictly before, `next` strictly after, and in a sentence about the future the next one.
pub fn weekday(wd: u32, rel: Option<Rel>, future: bool, reference: Option<CivilDate>) -> String {
    let Some(r) = reference else { return format!("XXXX-WXX-{wd}") };
    let back = (i64::from(r.weekday()) - i64::from(wd)).rem_euclid(7);
    let ahead = (i64::from(wd) - i64::from(r.weekday())).rem_euclid(7);
    let offset = match rel {
        Some(Rel::Last) => -(if back == 0 { 7 } else { back }),
        Some(Rel::Next) => if ahead == 0 { 7 } else { ahead },
        Some(Rel::This) => i64::from(wd) - i64::from(r.weekday()),
        _ if future && back != 0 => ahead,
        _ => -back,
    };
    r.add_days(offset).to_string()
}

/// `Friday` with ISO weekday `weekday` (1 = Monday): the one on or before the reference date.
pub fn weekday_value(wd: u32, reference: Option<CivilDate>) -> String {
    weekday(wd, None, false, reference)
}

/// `last year`, `this week`, `next month`, `last quarter`.
fn this_unit(rel: Rel, unit: Unit, reference: Option<CivilDate>) -> String {
    let step = rel_step(rel);
    let Some(r) = reference else {
        return match unit {
            Unit::Year => "XXXX",
            Unit::Month => "XXXX-XX",
            Unit::Week | Unit::Fortnight => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Quarter => "XXXX-QX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
            _ => "XXXX-XX-XX",
        }
        .into();
    };
    match unit {
        Unit::Year => format!("{:04}", r.year + step),
        Unit::Month => {
            let index = r.year * 12 + r.month as i32 - 1 + step;
            format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
        }
        Unit::Week | Unit::Fortnight => iso_week(r.add_days(7 * i64::from(step))),
        Unit::Weekend => iso_week(r.add_days(7 * i64::from(step))) + "-WE",
        Unit::Quarter => {
            let (y, q) = shift_quarter(r.year, (r.month - 1) / 3 + 1, step);
            format!("{y:04}-Q{q}")
        }
        Unit::Decade => format!("{:03}", r.year / 10 + step),
        Unit::Century => format!("{:02}", r.year / 100 + step),
        _ => r.add_days(i64::from(step)).to_string(),
    }
}

/// `two years ago` → the reference year minus two; granularity follows the unit.
fn shifted(p: &Parts, reference: Option<CivilDate>) -> Option<String> {
    let unit = p.unit?;
    let n = match p.count.unwrap_or(Count::N(1.0)) {
        Count::N(n) if n.fract() == 0.0 => n as i64 * i64::from(p.shift),
        _ => return Some(if p.shift < 0 { "PAST_REF" } else { "FUTURE_REF" }.into()),
    };
    let Some(r) = reference else {
        return Some(
            match unit {
                Unit::Year | Unit::Decade | Unit::Century => "XXXX",
                Unit::Month | Unit::Quarter => "XXXX-XX",
                _ => "XXXX-XX-XX",
            }
            .into(),
        );
    };
    Some(match unit {
        Unit::Year => format!("{:04}", r.year as i64 + n),
        Unit::Decade => format!("{:04}", r.year as i64 + 10 * n),
        Unit::Century => format!("{:04}", r.year as i64 + 100 * n),
        Unit::Month | Unit::Quarter => {
            let months = if unit == Unit::Quarter { 3 * n } else { n };
            let index = r.year as i64 * 12 + i64::from(r.month) - 1 + months;
            format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
        }
        Unit::Week | Unit::Weekend => r.add_days(7 * n).to_string(),
        Unit::Fortnight => r.add_days(14 * n).to_string(),
        Unit::Day => r.add_days(n).to_string(),
        Unit::Hour | Unit::Minute | Unit::Second => r.to_string(),
    })
}

/// ISO 8601 week of a date: `2004-W47`.
pub fn iso_week(d: CivilDate) -> String {
    // The Thursday of the date's week decides the ISO year.
    let thursday = d.add_days(4 - i64::from(d.weekday()));
    let jan1 = CivilDate { year: thursday.year, month: 1, day: 1 };
    let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
    format!("{:04}-W{week:02}", thursday.year)
}

/// The day of the month that is its `n`th weekday `wd` (ISO, 1 = Monday); `n = -1` is the last.
pub fn nth_weekday(year: i32, month: u32, wd: u32, n: i32) -> Option<u32> {
    let first = CivilDate::new(year, month, 1)?;
    let first_match = 1 + (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7) as u32;
    let last_day = crate::document::days_in_month(year, month);
    let day = if n < 0 { first_match + (last_day - first_match) / 7 * 7 } else { first_match + 7 * (n as u32 - 1) };
    (day <= last_day).then_some(day)
}

/// `first` → 1 … `fourth` → 4, `last` → -1.
pub fn nth_number(word: &str) -> Option<i32> {
    Some(match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        "last" | "final" => -1,
        _ => return None,
    })
}

/// ISO weekday number of an English weekday name or abbreviation.
/// An ordinal in digits (`18th`, `21st`) or words (`eighteenth`, `twenty-first`).
pub fn ordinal_number(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|suffix| lower.strip_suffix(suffix));
    if let Some(n) = digits.and_then(|d| d.parse().ok()) {
        return Some(n);
    }
    const UNITS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    const TEENS: &[&str] = &[
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];
    if let Some(i) = UNITS.iter().position(|w| *w == lower) {
        return Some(i as u32 + 1);
    }
    if let Some(i) = TEENS.iter().position(|w| *w == lower) {
        return Some(i as u32 + 10);
    }
    match lower.split_once(['-', ' ']) {
        None if lower == "twentieth" => Some(20),
        None if lower == "thirtieth" => Some(30),
        Some(("twenty", unit)) => UNITS.iter().position(|w| *w == unit).map(|i| i as u32 + 21),
        _ => None,
    }
}

pub fn weekday_number(name: &str) -> Option<u32> {
    // `every Tuesday`: the last word names the day.
    let lower = name.rsplit(' ').next().unwrap_or(name).to_ascii_lowercase();
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().position(|p| lower.starts_with(p)).map(|i| i as u32 + 1)
}

/// Month number of an English month name or abbreviation (`Sept.` → 9).
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.trim_end_matches('.');
    if lower.len() < 3 {
        return lower.parse().ok().filter(|m| (1..=12).contains(m));
    }
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|p| lower.starts_with(p))
        .map(|i| i as u32 + 1)
}

pub fn season_code(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.split_whitespace().last().unwrap_or("") {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

pub fn part_code(name: &str) -> Option<&'static str> {
    let lower: String = name.to_ascii_lowercase().chars().filter(char::is_ascii_alphabetic).collect();
    Some(match lower.as_str() {
        // The small hours (`the early hours of Saturday`) are the morning's.
        "morning" | "midmorning" | "earlyhours" => "MO",
        "afternoon" | "midafternoon" => "AF",
        "evening" => "EV",
        "night" | "tonight" | "overnight" => "NI",
        _ => return None,
    })
}

pub fn unit_of(word: &str) -> Option<(Unit, bool)> {
    let lower = word.to_ascii_lowercase();
    let plural = lower.ends_with('s') || lower == "centuries";
    let stem = lower.trim_end_matches('s');
    let unit = match stem {
        "year" => Unit::Year,
        "month" => Unit::Month,
        "week" => Unit::Week,
        "day" => Unit::Day,
        "decade" => Unit::Decade,
        "century" | "centurie" => Unit::Century,
        "quarter" => Unit::Quarter,
        "hour" | "hr" => Unit::Hour,
        "minute" | "min" => Unit::Minute,
        "second" | "sec" => Unit::Second,
        "weekend" => Unit::Weekend,
        "fortnight" => Unit::Fortnight,
        _ => return None,
    };
    Some((unit, plural))
}

pub fn rel_of(word: &str) -> Option<Rel> {
    let lower = word.to_ascii_lowercase();
    let last_word = lower.split_whitespace().last().unwrap_or("");
    Some(match last_word {
        "last" | "past" | "previous" | "preceding" | "prior" => Rel::Last,
        "this" | "current" | "present" => Rel::This,
        "next" | "coming" | "following" | "upcoming" => Rel::Next,
        "recent" => Rel::Last,
        "same" | "that" => Rel::Same,
        _ => return None,
    })
}

/// `two`, `12`, `a`, `two and a half`; vague amounts (`a few`, `several`) are `Vague`.
pub fn count_of(text: &str) -> Option<Count> {
    let lower = text.trim().to_ascii_lowercase();
    let (base, half) = match lower.strip_suffix("and a half") {
        Some(b) => (b.trim(), 0.5),
        None => (lower.as_str(), 0.0),
    };
    let n = match base {
        "a" | "an" | "one" | "single" | "another" => 1.0,
        // `half an hour`, `a half hour`: the span's `a` is no whole unit.
        "half a" | "half an" | "a half" => 0.5,
        "a couple of" | "a couple" | "couple of" => 2.0,
        "a few" | "few" | "several" | "some" | "many" | "a number of" | "numerous" => return Some(Count::Vague),
        other => parse_number(other)?,
    };
    Some(Count::N(n + half))
}

/// `seventies` → 197, `nineteen eighties` → 198, `eighteen nineties` → 189: the decade as
/// TIMEX3 writes it; without a century, the 1900s (as `the '70s`).
pub fn decade_in_words(text: &str) -> Option<i32> {
    let lower = text.to_ascii_lowercase();
    let (century, tens) = match lower.split_once([' ', '-']) {
        Some((c, t)) => (parse_number(c)? as i32, t.trim()),
        None => (19, lower.as_str()),
    };
    let tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        .iter()
        .position(|w| *w == tens)? as i32
        + 2;
    Some(century * 10 + tens)
}

/// Hour of a clock time in 24-hour form, or `None` when out of range.
pub fn hour_24(hour: u32, ampm: Option<&str>) -> Option<u32> {
    let pm = ampm.map(|s| s.to_ascii_lowercase().starts_with('p'));
    match pm {
        Some(_) if !(1..=12).contains(&hour) => None,
        Some(true) => Some(if hour == 12 { 12 } else { hour + 12 }),
        Some(false) => Some(if hour == 12 { 0 } else { hour }),
        None if hour <= 24 => Some(hour % 24),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(date: &str) -> Option<CivilDate> {
        CivilDate::parse(date)
    }

    #[test]
    fn an_nth_weekday_of_a_month_is_a_day() {
        assert_eq!(nth_weekday(2023, 10, 1, 1), Some(2)); // first Monday in October 2023
        assert_eq!(nth_weekday(2024, 11, 2, 1), Some(5)); // first Tuesday in November 2024
        assert_eq!(nth_weekday(2023, 11, 4, 4), Some(23)); // fourth Thursday: Thanksgiving
        assert_eq!(nth_weekday(2023, 5, 1, -1), Some(29)); // last Monday in May
        assert_eq!(nth_weekday(2023, 2, 3, 5), None); // no fifth Wednesday
    }

    #[test]
    fn a_bare_weekday_is_the_one_on_or_before_the_reference_date() {
        let wednesday = on("2023-02-08");
        assert_eq!(weekday_value(5, wednesday), "2023-02-03");
        assert_eq!(weekday_value(3, wednesday), "2023-02-08");
        assert_eq!(weekday_value(5, None), "XXXX-WXX-5");
        assert_eq!(weekday(5, None, true, wednesday), "2023-02-10");
        assert_eq!(weekday(3, Some(Rel::Last), false, wednesday), "2023-02-01");
        assert_eq!((weekday_number("Friday"), month_number("Sept."), month_number("May")), (Some(5), Some(9), Some(5)));
    }

    #[test]
    fn iso_weeks_follow_their_thursday() {
        assert_eq!(iso_week(on("2004-11-24").unwrap()), "2004-W48");
        assert_eq!(iso_week(on("2010-01-03").unwrap()), "2009-W53");
        assert_eq!(iso_week(on("2008-12-29").unwrap()), "2009-W01");
    }

    #[test]
    fn relative_units_resolve_or_keep_placeholders() {
        let p = Parts { rel: Some(Rel::Last), unit: Some(Unit::Quarter), ..Default::default() };
        assert_eq!(value(TimexType::Date, &p, on("2007-01-18")).unwrap().0, "2006-Q4");
        assert_eq!(value(TimexType::Date, &p, None).unwrap(), ("XXXX-QX".to_string(), true));
        let p = Parts { month: Some(9), year_rel: Some(Rel::Last), ..Default::default() };
        assert_eq!(value(TimexType::Date, &p, None).unwrap(), ("XXXX-09".to_string(), true));
        assert_eq!(value(TimexType::Date, &p, on("2022-03-01")).unwrap().0, "2021-09");
        let p = Parts { count: Some(Count::N(2.0)), unit: Some(Unit::Year), shift: -1, ..Default::default() };
        assert_eq!(value(TimexType::Date, &p, on("2022-03-01")).unwrap().0, "2020");
    }

    #[test]
    fn periods_and_counts() {
        assert_eq!(period(count_of("two and a half").unwrap(), Unit::Year), "P2.5Y");
        assert_eq!(period(count_of("a few").unwrap(), Unit::Month), "PXM");
        assert_eq!(period(Count::N(30.0), Unit::Minute), "PT30M");
        assert_eq!(period(Count::N(1.0), Unit::Decade), "P10Y");
        assert_eq!((hour_24(4, Some("p.m.")), hour_24(12, Some("a.m.")), hour_24(13, Some("pm"))), (Some(16), Some(0), None));
    }
}
