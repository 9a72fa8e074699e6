//! Dates whose value comes from another date in the text, not the reference date.

use figures::Engine;
use figures::document::{CivilDate, Document};
use figures::record::RecordData;

fn date_values(text: &str, reference: impl Into<Option<CivilDate>>) -> Vec<(String, String)> {
    let engine = Engine::bundled().expect("bundled rules");
    let mut doc = Document::new("case", text);
    doc.reference_date = reference.into();
    engine
        .analyze(&doc)
        .records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Date(d) => Some((text[r.start..r.end].to_string(), d.value.clone())),
            _ => None,
        })
        .collect()
}

fn value_of(found: &[(String, String)], span: &str) -> String {
    found.iter().find(|(t, _)| t == span).map(|(_, v)| v.clone()).unwrap_or_else(|| panic!("no date {span:?} in {found:?}"))
}

#[test]
fn a_month_and_day_take_the_year_written_earlier_in_the_sentence() {
    let reference = CivilDate::new(2022, 8, 18).unwrap();
    let found = date_values("The policy took effect on April 6, 2018, and was rescinded two months later, on June 20.", reference);
    assert_eq!(value_of(&found, "June 20"), "2018-06-20");
    // In a sentence of its own, the publication year.
    let found = date_values("The policy took effect in 2018. The deadline is June 20.", reference);
    assert_eq!(value_of(&found, "June 20"), "2022-06-20");
}

#[test]
fn a_clock_time_takes_the_day_written_after_it() {
    let reference = CivilDate::new(2022, 8, 18).unwrap();
    let found = date_values("They meet next Tuesday. The hearing is at 9 a.m. on March 3, 2023.", reference);
    assert_eq!(value_of(&found, "9 a.m."), "2023-03-03T09:00");
}

#[test]
fn a_bare_clock_time_takes_the_day_of_its_paragraph_else_the_reference_date() {
    let reference = CivilDate::new(2024, 5, 10).unwrap();
    // A day named paragraphs back is no day for it.
    let text = "The company was founded on March 3, 2019.\n\nPolice arrived at 3 p.m. and closed the road.";
    assert_eq!(value_of(&date_values(text, reference), "3 p.m."), "2024-05-10T15:00");
    // In the same paragraph the day named carries on.
    let text = "The raid began on Tuesday. Police left at 3 p.m.\n\nThe firm opened on March 3, 2019.";
    assert_eq!(value_of(&date_values(text, reference), "3 p.m."), "2024-05-07T15:00");
    // No reference date and no day in the paragraph: the day stays unknown.
    let text = "The company was founded on March 3, 2019.\n\nPolice arrived at 3 p.m.";
    assert_eq!(value_of(&date_values(text, None), "3 p.m."), "T15:00");
}

#[test]
fn the_first_six_months_of_the_year_follow_the_year_talked_about() {
    let reference = CivilDate::new(2024, 5, 10).unwrap();
    let found = date_values("Exports fell in 2022, mostly in the first six months of the year.", reference);
    assert_eq!(value_of(&found, "the first six months of the year"), "2022-H1");
    // Months of something else are a duration, not a half of any year.
    let found = date_values("In 2022 the first six months of the program were hard.", reference);
    assert!(found.iter().all(|(_, v)| !v.ends_with("-H1")), "{found:?}");
}

#[test]
fn all_day_is_one_day_but_all_days_are_no_single_day() {
    let found = date_values("Talks went on all day.", None);
    assert_eq!(value_of(&found, "all day"), "P1D");
    let found = date_values("Shops open all days of the week.", None);
    assert!(found.iter().all(|(_, v)| v != "P1D"), "{found:?}");
}

#[test]
fn the_previous_year_counts_from_the_year_written_in_the_sentence() {
    let reference = CivilDate::new(2023, 2, 23).unwrap();
    let found = date_values("More than 45,000 people crossed in 2022, a rise of 60 per cent on the previous year.", reference);
    assert_eq!(value_of(&found, "the previous year"), "2021");
    let found = date_values("Arrivals rose 60 per cent on the previous year.", reference);
    assert_eq!(value_of(&found, "the previous year"), "2022");
}

#[test]
fn without_a_reference_date_the_written_year_still_fills_in() {
    let found = date_values("The policy took effect on April 6, 2018, and was rescinded on June 20.", None);
    assert_eq!(value_of(&found, "June 20"), "2018-06-20");
    let found = date_values("Crossings rose in 2022, a rise of 60 per cent on the previous year.", None);
    assert_eq!(value_of(&found, "the previous year"), "2021");
    // Nothing written: the placeholder stays.
    let found = date_values("The deadline is June 20.", None);
    assert_eq!(value_of(&found, "June 20"), "XXXX-06-20");
}

#[test]
fn a_forecast_looks_ahead() {
    let text = "Temperatures are forecast to reach 105 degrees on Friday.";
    assert_eq!(value_of(&date_values(text, CivilDate::new(2021, 10, 20)), "Friday"), "2021-10-22");
    let text = "Temperatures reached 105 degrees on Friday.";
    assert_eq!(value_of(&date_values(text, CivilDate::new(2021, 10, 20)), "Friday"), "2021-10-15");
}

#[test]
fn a_time_zone_may_stand_between_a_clock_time_and_its_day() {
    let text = "The policy began on May 12, 2023. Lawyers have until 5 p.m. Eastern time on Oct. 3 to file briefs.";
    assert_eq!(value_of(&date_values(text, CivilDate::new(2023, 9, 14)), "5 p.m."), "2023-10-03T17:00");
}

#[test]
fn that_year_and_a_year_earlier_take_the_date_the_text_last_named() {
    let reference = CivilDate::new(2021, 3, 2).unwrap();
    let found = date_values("He joined in 2004. On Monday he said that year had changed him.", reference);
    assert_eq!(value_of(&found, "that year"), "2004");
    let found = date_values("Profit was $3 billion in the third quarter of 2009, up from $2 billion a year earlier.", reference);
    assert_eq!(value_of(&found, "a year earlier"), "2008-Q3");
    let found = date_values("Sales rose 43% in February compared to the same period last year.", reference);
    assert_eq!(value_of(&found, "the same period last year"), "2020-02");
    // `the day after <event>` is no date of its own.
    let found = date_values("Shares fell the day after the election.", reference);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn that_month_a_year_before_and_the_previous_month_take_the_last_date() {
    let reference = CivilDate::new(2021, 6, 1).unwrap();
    let found = date_values("The plan began in March 2019. That December, 300 families were reunited.", reference);
    assert_eq!(value_of(&found, "That December"), "2019-12");
    let found = date_values("The law passed on May 3, 2018. A year before, the agency had warned.", reference);
    assert_eq!(value_of(&found, "A year before"), "2017");
    let found = date_values("Prices rose in June 2020. The previous month they had fallen.", reference);
    assert_eq!(value_of(&found, "The previous month"), "2020-05");
    // `before` with an object is no point: the span is a duration.
    let found = date_values("The law passed in 2018. He resigned two years before the vote.", reference);
    assert_eq!(value_of(&found, "two years"), "P2Y");
    // A `that` that is a conjunction leaves the month to the reference year.
    let found = date_values("The law passed in 2018. Officials said that August would be busy.", reference);
    assert_eq!(value_of(&found, "August"), "2021-08");
}

#[test]
fn a_month_coordinated_with_a_dated_month_takes_its_year() {
    let reference = CivilDate::new(2021, 6, 1).unwrap();
    let found = date_values("Arrests rose in November and December 2019.", reference);
    assert_eq!(value_of(&found, "November"), "2019-11");
    let found = date_values("Sales fell in March, April and May 2020.", reference);
    assert_eq!((value_of(&found, "March"), value_of(&found, "April")), ("2020-03".into(), "2020-04".into()));
    let found = date_values("They met on March 3 and April 5, 2020.", reference);
    assert_eq!(value_of(&found, "March 3"), "2020-03-03");
    // A year alone, or a month in another clause, lends no year.
    let found = date_values("Arrests rose in November, and in 2019 they fell.", reference);
    assert_eq!(value_of(&found, "November"), "2020-11");
    let found = date_values("Arrests rose in November. December 2019 was calm.", reference);
    assert_eq!(value_of(&found, "November"), "2020-11");
}

#[test]
fn counts_listed_with_a_time_unit_or_an_age_are_each_a_date() {
    let found = date_values("Sentences of two, three or four years were handed down.", None);
    assert_eq!((value_of(&found, "two"), value_of(&found, "three")), ("P2Y".into(), "P3Y".into()));
    let found = date_values("The children, aged 5, 7 and 9, were returned.", None);
    assert_eq!((value_of(&found, "7"), value_of(&found, "9")), ("P7Y".into(), "P9Y".into()));
    // A range's lower bound is a date of its own, as MEANTIME annotates it; a count with a
    // noun after the ages is none.
    let found = date_values("The process takes between 60 and 90 days.", None);
    assert_eq!((value_of(&found, "60"), value_of(&found, "90 days")), ("P60D".into(), "P90D".into()));
    let found = date_values("Talks could take two to three years.", None);
    assert_eq!((value_of(&found, "two"), value_of(&found, "three years")), ("P2Y".into(), "P3Y".into()));
    let found = date_values("Shares rose 5% to a three-year high.", None);
    assert!(!found.iter().any(|(t, _)| t == "5"), "{found:?}");
    let found = date_values("They were aged 20, and 30 people came.", None);
    assert!(!found.iter().any(|(t, _)| t == "30"), "{found:?}");
}

/// Days or weeks later than a month named after the last day count from that month (to the
/// nearest month); after a day they count from the day.
#[test]
fn days_later_than_a_month_fall_in_a_month() {
    let reference = CivilDate::new(2025, 10, 15).unwrap();
    let found = date_values("The miners went on strike on Sept. 2. In June, the union had rejected the offer. It softened its stance two weeks later.", reference);
    assert_eq!(value_of(&found, "two weeks later"), "2025-06");
    let found = date_values("In June, the union rejected the offer. Five weeks later, it accepted.", reference);
    assert_eq!(value_of(&found, "Five weeks later"), "2025-07");
    // A year that only modifies a noun in between leaves the month the anchor.
    let found = date_values("On May 2 talks began. In June, the union rejected the 2025 pay offer. Two weeks later, it accepted.", reference);
    assert_eq!(value_of(&found, "Two weeks later"), "2025-06");
    let found = date_values("In June, the union rejected the offer. On June 12 it walked out, and two weeks later it accepted.", reference);
    assert_eq!(value_of(&found, "two weeks later"), "2025-06-26");
}
