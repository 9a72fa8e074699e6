//! TIMEX3 values for date expressions, resolved against a reference date when
//! there is one (`Friday` → the Friday on or before it), else with `X` placeholders.

use crate::document::CivilDate;

/// `Friday` with ISO weekday `weekday` (1 = Monday): the one on or before the reference date.
pub fn weekday_value(weekday: u32, reference: Option<CivilDate>) -> String {
    match reference {
        Some(date) => {
            let back = (i64::from(date.weekday()) - i64::from(weekday)).rem_euclid(7);
            date.add_days(-back).to_string()
        }
        None => format!("XXXX-WXX-{weekday}"),
    }
}

/// ISO weekday number of an English weekday name or abbreviation.
pub fn weekday_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    let lower = lower.trim_end_matches('.');
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .position(|p| lower.starts_with(p))
        .map(|i| i as u32 + 1)
}

/// Month number of an English month name or abbreviation (`Sept.` → 9).
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    let lower = lower.trim_end_matches('.');
    if lower.len() < 3 {
        return None;
    }
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|p| lower.starts_with(p))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_weekday_is_the_one_on_or_before_the_reference_date() {
        let wednesday = CivilDate::parse("2023-02-08");
        assert_eq!(weekday_value(5, wednesday), "2023-02-03");
        assert_eq!(weekday_value(3, wednesday), "2023-02-08");
        assert_eq!(weekday_value(5, None), "XXXX-WXX-5");
        assert_eq!((weekday_number("Friday"), month_number("Sept."), month_number("May")), (Some(5), Some(9), Some(5)));
    }
}
