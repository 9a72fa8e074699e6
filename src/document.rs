//! What flows into the pipeline: a `Document` (id, text, optional reference
//! date), plus the one place where byte offsets become character offsets.
//!
//! Every stage works on byte ranges into `Document::text`, which is what the
//! `regex` crate returns; only `emit` converts them to character offsets with a
//! `CharIndex`.

use std::fmt;

/// One article. `id` orders the output; `reference_date` anchors relative dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub reference_date: Option<CivilDate>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), text: text.into(), reference_date: None }
    }
}

/// A proleptic Gregorian calendar date, enough for TIMEX3 resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl CivilDate {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD`; a longer ISO timestamp (`2021-05-03T10:00:00Z`) keeps its date part.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let date = text.get(..10)?;
        let bytes = date.as_bytes();
        if bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        if text.len() > 10 && !matches!(text.as_bytes()[10], b'T' | b' ') {
            return None;
        }
        let year = date[..4].parse().ok()?;
        let month = date[5..7].parse().ok()?;
        let day = date[8..10].parse().ok()?;
        CivilDate::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }

    pub fn add_days(self, days: i64) -> Self {
        CivilDate::from_days(self.to_days() + days)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Maps byte offsets of one text to character (Unicode scalar) offsets.
///
/// ASCII-only texts need no table; otherwise a sorted list of the byte offsets
/// of non-ASCII characters lets a lookup count them with a binary search.
pub struct CharIndex {
    /// Byte offset of each multi-byte character, with the bytes it adds beyond one.
    wide_chars: Vec<(usize, usize)>,
    /// Prefix sums of the extra bytes, aligned with `wide_chars`.
    extra_before: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut wide_chars = Vec::new();
        let mut extra_before = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            // The lead byte of a character tells its length; no need to decode it.
            for (at, &byte) in text.as_bytes().iter().enumerate() {
                if byte >= 0xC0 {
                    let more = if byte >= 0xF0 { 3 } else if byte >= 0xE0 { 2 } else { 1 };
                    extra_before.push(extra);
                    wide_chars.push((at, more));
                    extra += more;
                }
            }
        }
        CharIndex { wide_chars, extra_before }
    }

    /// Character offset of a byte offset that lies on a character boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        let n = self.wide_chars.partition_point(|&(at, _)| at < byte);
        if n == 0 {
            return byte;
        }
        let (at, extra) = self.wide_chars[n - 1];
        byte - self.extra_before[n - 1] - extra.min(byte - at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalars_not_bytes() {
        let text = "Brané said “500” — 🎉 ok";
        let index = CharIndex::new(text);
        for (chars, (bytes, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(bytes), chars, "at byte {bytes}");
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn civil_dates_round_trip_and_know_weekdays() {
        let d = CivilDate::parse("2023-02-08").unwrap();
        assert_eq!(d.weekday(), 3);
        assert_eq!(CivilDate::from_days(d.to_days()), d);
        assert_eq!(d.add_days(-5).to_string(), "2023-02-03");
        assert_eq!(CivilDate::parse("2020-02-29").unwrap().add_days(366).to_string(), "2021-03-01");
        assert!(CivilDate::parse("2021-02-29").is_none());
        assert!(CivilDate::parse("yesterday").is_none());
        assert_eq!(CivilDate::parse("2005-06-13T10:00:00Z").unwrap().to_string(), "2005-06-13");
    }
}
