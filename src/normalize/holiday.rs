//! Named days (`Christmas`, `Thanksgiving`, `Good Friday`): the lexicon in
//! `rules/date/holidays.tsv` and the calendar arithmetic that dates them in a year.

use crate::document::CivilDate;
use crate::normalize::timex::{nth_weekday, weekday_number};
use std::collections::HashMap;

/// When a named day falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// The same month and day every year.
    Fixed { month: u32, day: u32 },
    /// The month's nth weekday (`-1`: the last), moved by `shift` days (Election Day is the
    /// Tuesday after the first Monday of November).
    Nth { month: u32, nth: i32, weekday: u32, shift: i64 },
    /// Easter Sunday, moved by `shift` days.
    Easter { shift: i64 },
}

impl Holiday {
    /// `12-25`, `11 4 thursday`, `11 1 monday +1`, `easter -2`.
    pub fn parse(spec: &str) -> Result<Holiday, String> {
        let fields: Vec<&str> = spec.split_whitespace().collect();
        let shift_of = |field: Option<&&str>| -> Result<i64, String> {
            field.map_or(Ok(0), |f| f.trim_start_matches('+').parse().map_err(|_| format!("`{f}` is no day shift like +1 or -2")))
        };
        match fields.as_slice() {
            [date] if date.contains('-') => {
                let (m, d) = date.split_once('-').expect("checked");
                let (month, day) = (m.parse().map_err(|_| format!("bad month in `{date}`"))?, d.parse().map_err(|_| format!("bad day in `{date}`"))?);
                if !(1..=12).contains(&month) || day < 1 || day > crate::document::days_in_month(2000, month) {
                    return Err(format!("`{date}` is no month and day"));
                }
                Ok(Holiday::Fixed { month, day })
            }
            ["easter", rest @ ..] if rest.len() <= 1 => Ok(Holiday::Easter { shift: shift_of(rest.first())? }),
            [month, nth, weekday, rest @ ..] if rest.len() <= 1 => {
                let month: u32 = month.parse().ok().filter(|m| (1..=12).contains(m)).ok_or(format!("bad month `{month}`"))?;
                let nth: i32 = nth.parse().ok().filter(|n| matches!(n, -1 | 1..=5)).ok_or(format!("nth must be 1 to 5 or -1, not `{nth}`"))?;
                let weekday = weekday_number(weekday).ok_or(format!("`{weekday}` is no weekday"))?;
                Ok(Holiday::Nth { month, nth, weekday, shift: shift_of(rest.first())? })
            }
            _ => Err(format!("`{spec}`: expected MM-DD, `MM NTH WEEKDAY [±days]` or `easter [±days]`")),
        }
    }

    /// Its date in `year`.
    pub fn in_year(self, year: i32) -> Option<CivilDate> {
        match self {
            Holiday::Fixed { month, day } => CivilDate::new(year, month, day),
            Holiday::Nth { month, nth, weekday, shift } => {
                let day = nth_weekday(year, month, weekday, nth)?;
                Some(CivilDate::new(year, month, day)?.add_days(shift))
            }
            Holiday::Easter { shift } => Some(easter_sunday(year)?.add_days(shift)),
        }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
pub fn easter_sunday(year: i32) -> Option<CivilDate> {
    if year < 1583 {
        return None;
    }
    let golden = year % 19;
    let (century, rest) = (year / 100, year % 100);
    let leap_skips = century / 4;
    let lunar_fix = (century + 8) / 25;
    let epact = (19 * golden + century - leap_skips - (century - lunar_fix + 1) / 3 + 15) % 30;
    let weekday_fix = (32 + 2 * (century % 4) + 2 * (rest / 4) - epact - rest % 4) % 7;
    let late = (golden + 11 * epact + 22 * weekday_fix) / 451;
    let n = epact + weekday_fix - 7 * late + 114;
    CivilDate::new(year, (n / 31) as u32, (n % 31 + 1) as u32)
}

/// The lexicon: names as written, folded by `key`.
#[derive(Default)]
pub struct Holidays {
    by_name: HashMap<String, Holiday>,
}

impl Holidays {
    /// Rows `name<TAB>spec`; an error names the line.
    pub fn parse(text: &str) -> Result<Holidays, Vec<(usize, String)>> {
        let mut holidays = Holidays::default();
        let mut errors = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, spec)) = line.split_once('\t') else {
                errors.push((index + 1, "expected a name and a date, separated by a tab".to_string()));
                continue;
            };
            match Holiday::parse(spec.trim()) {
                Ok(holiday) => {
                    holidays.by_name.insert(key(name), holiday);
                }
                Err(e) => errors.push((index + 1, e)),
            }
        }
        if errors.is_empty() { Ok(holidays) } else { Err(errors) }
    }

    pub fn get(&self, written: &str) -> Option<Holiday> {
        self.by_name.get(&key(written)).copied()
    }
}

/// Lower case, straight apostrophes, single spaces: `New Year’s  Eve` → `new year's eve`.
fn key(name: &str) -> String {
    name.split_whitespace().map(|w| w.to_lowercase().replace('’', "'")).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_falls_on_known_sundays() {
        for (year, month, day) in [(2018, 4, 1), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25), (1961, 4, 2)] {
            assert_eq!(easter_sunday(year), CivilDate::new(year, month, day), "{year}");
        }
    }

    #[test]
    fn specs_parse_and_date() {
        let thanksgiving = Holiday::parse("11 4 thursday").unwrap();
        assert_eq!(thanksgiving.in_year(2024), CivilDate::new(2024, 11, 28));
        let election = Holiday::parse("11 1 monday +1").unwrap();
        assert_eq!(election.in_year(2020), CivilDate::new(2020, 11, 3));
        let memorial = Holiday::parse("05 -1 monday").unwrap();
        assert_eq!(memorial.in_year(2021), CivilDate::new(2021, 5, 31));
        assert_eq!(Holiday::parse("easter -2").unwrap().in_year(2019), CivilDate::new(2019, 4, 19));
        assert_eq!(Holiday::parse("12-25").unwrap(), Holiday::Fixed { month: 12, day: 25 });
        for bad in ["13-01", "02-30", "11 6 thursday", "11 4 thorsday", "easter two", "christmas"] {
            assert!(Holiday::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lookup_folds_case_spaces_and_apostrophes() {
        let table = Holidays::parse("# comment\nnew year's eve\t12-31\n").unwrap();
        assert_eq!(table.get("New Year’s  Eve"), Some(Holiday::Fixed { month: 12, day: 31 }));
        assert!(Holidays::parse("christmas 12-25\n").is_err());
    }
}
