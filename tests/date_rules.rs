//! Every date rule's own examples and counter-examples, run through the whole
//! pipeline (with the example's reference date, if any): an example must yield a
//! date record whose text is exactly its `match` and whose fields equal its
//! `expect`; a `not_date` rule's example must yield no date inside its match; a
//! counter-example must yield no date from that rule.

use figures::document::{CivilDate, Document};
use figures::record::{Kind, RecordData};
use figures::Engine;

#[test]
fn date_rule_examples_hold() {
    let engine = Engine::bundled().expect("bundled rules load");
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in engine.rules.of_kind(Kind::Date) {
        for example in &rule.examples {
            checked += 1;
            let mut doc = Document::new("example", example.text.as_str());
            doc.reference_date = example.reference_date.as_deref().and_then(CivilDate::parse);
            let analysis = engine.analyze(&doc);
            let dates: Vec<(&str, &figures::record::Date, &str)> = analysis
                .records
                .iter()
                .filter_map(|r| match &r.data {
                    RecordData::Date(d) => Some((&doc.text[r.start..r.end], d, r.rule.as_str())),
                    _ => None,
                })
                .collect();
            let span = example.span.clone().unwrap_or_default();
            if rule.param_str("not_date").is_some() {
                let at = doc.text.find(span.as_str()).unwrap_or(0);
                let inside = analysis.records.iter().filter(|r| r.kind() == Kind::Date).find(|r| r.start < at + span.len() && at < r.end);
                if !rule.regex().is_match(&doc.text) || inside.is_some() {
                    failures.push(format!("{}: {:?}: no date may lie in {span:?} (found {inside:?})", rule.id, example.text));
                }
                continue;
            }
            let Some((_, date, by)) = dates.iter().find(|(text, _, _)| *text == span) else {
                let texts: Vec<&str> = dates.iter().map(|(t, _, _)| *t).collect();
                failures.push(format!("{}: {:?} yields {texts:?}, expected {span:?}", rule.id, example.text));
                continue;
            };
            if *by != rule.id {
                failures.push(format!("{}: {span:?} is produced by {by}", rule.id));
            }
            for (key, want) in &example.expect {
                let got = match key.as_str() {
                    "type" => toml::Value::String(date.timex_type.clone()),
                    "value" => toml::Value::String(date.value.clone()),
                    "relative" => toml::Value::Boolean(date.relative),
                    other => toml::Value::String(format!("unknown field {other}")),
                };
                if &got != want {
                    failures.push(format!("{}: {:?}: {key} = {got}, expected {want}", rule.id, example.text));
                }
            }
        }
        for counter in &rule.counters {
            checked += 1;
            let doc = Document::new("counter", counter.text.as_str());
            let analysis = engine.analyze(&doc);
            if let Some(r) = analysis.records.iter().find(|r| r.kind() == Kind::Date && r.rule == rule.id) {
                failures.push(format!("{}: counter-example {:?} yields {:?}", rule.id, counter.text, &doc.text[r.start..r.end]));
            }
        }
    }
    assert!(checked > 60, "only {checked} examples");
    assert!(failures.is_empty(), "{} of {checked} examples fail:\n{}", failures.len(), failures.join("\n"));
}

/// A name in `rules/date/holidays.tsv` that `{HOLIDAY}` does not match would never be found;
/// a name `{HOLIDAY}` matches but the table lacks would be found and dropped.
#[test]
fn holiday_names_and_holiday_pattern_agree() {
    let engine = Engine::bundled().expect("bundled rules load");
    let pattern = engine.rules.patterns.expand("{HOLIDAY}").expect("HOLIDAY is defined");
    let whole = regex::Regex::new(&format!("^(?:{pattern})$")).unwrap();
    let file = engine.rules.data_file("date/holidays.tsv").unwrap();
    let table = figures::normalize::holiday::Holidays::parse(file).unwrap();
    let names = file.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).filter_map(|l| l.split('\t').next());
    let unmatched: Vec<&str> = names.filter(|name| !whole.is_match(name)).collect();
    assert!(unmatched.is_empty(), "holidays.tsv names {{HOLIDAY}} does not match: {unmatched:?}");
    // Every way of writing a name the pattern allows (case, curly apostrophe) resolves.
    for written in ["CHRISTMAS EVE", "New Year’s Day", "Veterans Day", "Martin Luther King, Jr. Day", "Labour Day", "Easter Monday"] {
        assert!(whole.is_match(written), "{written}");
        assert!(table.get(written).is_some(), "{written} is not in holidays.tsv");
    }
}

/// A holiday on its own takes the year the way a month and day do; written with a year,
/// it is that year's, and days that move (Easter, Thanksgiving) are dated in it.
#[test]
fn holidays_resolve_against_the_reference_date() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str, reference: Option<&str>| dates(&engine, text, reference);
    assert_eq!(value("Stores close on Thanksgiving.", Some("2023-11-20")), ["Thanksgiving=2023-11-23"]);
    assert_eq!(value("Stores close on Thanksgiving.", None), ["Thanksgiving=XXXX-11"]);
    assert_eq!(value("He resigned on Easter Monday 2016.", None), ["Easter Monday 2016=2016-03-28"]);
    assert_eq!(value("Crowds gathered on the Fourth of July.", Some("2022-07-06")), ["Fourth of July=2022-07-04"]);
    assert_eq!(value("The Christmas lights went up early.", Some("2022-11-06")), Vec::<String>::new());
}

#[test]
fn an_age_with_its_unit_written_is_read_in_that_unit() {
    let engine = Engine::bundled().expect("bundled rules load");
    let ages = |text: &str| dates(&engine, text, None);
    assert_eq!(ages("The youngest, aged 2 months, was returned."), ["2 months=P2M"]);
    assert_eq!(ages("Children aged 10 years and older were held."), ["10 years=P10Y"]);
    assert_eq!(ages("Children aged five were held."), ["aged five=P5Y"]);
}

/// A bond named by its term is an instrument; the same term before any other noun is a length of time.
#[test]
fn a_term_before_a_bond_word_names_the_bond() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, None);
    assert_eq!(value("Investors bought the 5-year note and sold 30-year Treasuries."), Vec::<String>::new());
    assert_eq!(value("The 2-year yield jumped as gilts slid."), Vec::<String>::new());
    assert_eq!(value("She served a 12-year term on the board."), ["12-year=P12Y"]);
    assert_eq!(value("The ten-year strategy was dropped."), ["ten-year=P10Y"]);
    // A plural amount is no bond's name: the bond word opens the next clause.
    assert_eq!(value("Over three years bonds lost a fifth."), ["Over three years=P3Y"]);
    // Issuer words may stand between term and bond word; without a bond word after them the term is a length.
    assert_eq!(value("Funds piled into the 2-year US Treasury after the jobs report."), Vec::<String>::new());
    assert_eq!(value("A 15-year French sovereign bond was sold to banks."), Vec::<String>::new());
    assert_eq!(value("Ministers backed a seven-year European budget."), ["seven-year=P7Y"]);
    assert_eq!(value("He began a 12-year federal sentence, and yields rose."), ["12-year=P12Y"]);
}

/// After a preposition `that` is a determiner, and `that March` the month of the year last written;
/// after a verb of saying it is the conjunction, and the month stands alone.
#[test]
fn that_month_after_a_preposition_is_the_month_of_the_year_last_written() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2023-06-01"));
    assert_eq!(value("The dam was finished in 2011. Floods hit it during that April."), ["2011=2011", "that April=2011-04"]);
    assert_eq!(value("Prices peaked in 2014 and fell until that same October."), ["2014=2014", "that same October=2014-10"]);
    assert_eq!(dates(&engine, "The minister said that July would be decisive.", None), ["July=XXXX-07"]);
    assert_eq!(value("The team won the cup in 2009. It lost the final that August."), ["2009=2009", "that August=2009-08"]);
    assert_eq!(dates(&engine, "Analysts expect that October, usually weak, will be strong.", None), ["October=XXXX-10"]);
    // Before a comma: after a past verb or a noun the determiner, after a verb of saying or
    // expecting the conjunction.
    assert_eq!(value("The pier was rebuilt in 2013 and opened that June, to crowds."), ["2013=2013", "that June=2013-06"]);
    assert_eq!(value("Turnout fell in 2010. The vote that November, though, drew more."), ["2010=2010", "that November=2010-11"]);
    assert_eq!(dates(&engine, "Forecasters reported that January, February and March were dry.", None), ["January=XXXX-01", "February=XXXX-02", "March=XXXX-03"]);
    assert_eq!(dates(&engine, "Growers hope that July, normally the peak, will bring rain.", None), ["July=XXXX-07"]);
    assert_eq!(dates(&engine, "Officials say that September, not August, is the busiest.", None), ["September=XXXX-09", "August=XXXX-08"]);
}

/// A band of degrees after a weather word is no decade; a decade alone, in four digits or with
/// its apostrophe stays one.
#[test]
fn a_band_of_degrees_is_no_decade() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, None);
    assert_eq!(value("Daytime highs will reach the nineties."), Vec::<String>::new());
    assert_eq!(value("Temperatures stayed in the low 30s."), Vec::<String>::new());
    assert_eq!(value("Overnight lows dipped into the upper 20s."), Vec::<String>::new());
    assert_eq!(value("The band was famous in the sixties."), ["sixties=196"]);
    assert_eq!(value("Temperatures were lower in the 1960s."), ["1960s=196"]);
    assert_eq!(value("Highs felt like the '90s."), ["'90s=199"]);
    assert_eq!(value("Unemployment was high in the 80s."), ["80s=198"]);
}

/// A span of months that makes a calendar quarter is that quarter; one that does not is left to
/// the month rules, and a month range with a year takes that year.
#[test]
fn a_month_range_quarter_is_the_quarter() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("GDP shrank 2% in the October-December quarter."), ["the October-December quarter=2023-Q4"]);
    assert_eq!(value("Sales rose in the Jan.-March period of 2022."), ["the Jan.-March period of 2022=2022-Q1"]);
    // Each month alone, in one year: the range ends after it opens.
    assert_eq!(value("Sales rose in the April-July period."), ["April=2023-04", "July=2023-07"]);
    assert_eq!(value("The festival runs January-March each year."), ["January=2024-01", "March=2024-03", "each year=P1Y"]);
}

/// `late`/`early` before a weekday is part of the day's span (TimeML); the value is still the day.
#[test]
fn late_or_early_joins_the_weekday_span() {
    let engine = Engine::bundled().expect("bundled rules load");
    assert_eq!(dates(&engine, "The talks ended late Wednesday.", None), ["late Wednesday=XXXX-WXX-3"]);
    assert_eq!(dates(&engine, "Voting begins early Thursday.", Some("2024-05-10")), ["early Thursday=2024-05-09"]);
    assert_eq!(dates(&engine, "Police arrived late Friday night.", None), ["late Friday night=XXXX-WXX-5TNI"]);
    // A `late` that ends its clause, or is no day's, stays out.
    assert_eq!(dates(&engine, "He came in late. Wednesday was quiet.", None), ["Wednesday=XXXX-WXX-3"]);
    assert_eq!(dates(&engine, "He was late, Wednesday or not.", None), ["Wednesday=XXXX-WXX-3"]);
}

/// A range of counts before one unit is written like a list (`two, three or four years`):
/// each count its own duration in the unit written last.
#[test]
fn a_range_of_counts_is_each_count_in_the_last_unit() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, None);
    assert_eq!(value("Repairs take two to three weeks."), ["two=P2W", "three weeks=P3W"]);
    assert_eq!(value("He served between five and seven years."), ["five=P5Y", "seven years=P7Y"]);
    assert_eq!(value("It lasts three or four days."), ["three=P3D", "four days=P4D"]);
    // A count of something else before `and` is no part of the range.
    assert_eq!(value("Five officials left and two weeks passed."), ["two weeks=P2W"]);
}

/// A week named by its last day is the ISO week holding most of its seven days; without a
/// year to place the day in, the day is kept.
#[test]
fn a_week_ending_on_a_day_is_its_iso_week() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str, reference: Option<&str>| dates(&engine, text, reference);
    // Tuesday 2024-03-12 ends Wed 6 – Tue 12: four of the days are in W10.
    assert_eq!(value("Claims rose in the week ending March 12.", Some("2024-05-10")), ["the week ending March 12=2024-W10"]);
    assert_eq!(value("Stocks fell in the week ended Friday.", Some("2024-05-13")), ["the week ended Friday=2024-W19"]);
    assert_eq!(value("Claims rose in the week ending March 12.", None), ["the week ending March 12=XXXX-03-12"]);
    // A week that ends with no day named, and a weekend, are no such week.
    assert_eq!(value("The week ended with a rally on Friday.", None), ["Friday=XXXX-WXX-5"]);
    assert_eq!(value("The weekend ended March 12.", None), ["March 12=XXXX-03-12"]);
}

/// `span=value` of each date record in `text`, resolved against `reference`.
fn dates(engine: &Engine, text: &str, reference: Option<&str>) -> Vec<String> {
    let mut doc = Document::new("dates", text);
    doc.reference_date = reference.and_then(CivilDate::parse);
    engine
        .analyze(&doc)
        .records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Date(d) => Some(format!("{}={}", &doc.text[r.start..r.end], d.value)),
            _ => None,
        })
        .collect()
}

/// A quarter, month or season ahead of the reference date in a clause told in the past is last
/// year's; one in a clause that looks ahead (`will`, `was postponed until`, `is set to`) or
/// that states no past stays this year's.
#[test]
fn a_date_told_in_the_past_lies_before_the_reference_date() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("The economy grew 2.1% in the July-September quarter."), ["the July-September quarter=2023-Q3"]);
    assert_eq!(value("The economy contracted in the third quarter, data showed."), ["the third quarter=2023-Q3"]);
    assert_eq!(value("Sales fell in June, the agency said."), ["June=2023-06"]);
    assert_eq!(value("In July, exports rose 3%."), ["July=2023-07"]);
    assert_eq!(value("Sales jumped in the summer."), ["summer=2023-SU"]);
    assert_eq!(value("The plant was completed in June."), ["June=2023-06"]);
    // Looking ahead, or no past told: this year's.
    assert_eq!(value("In July, exports will rise."), ["July=2024-07"]);
    assert_eq!(value("The vote was postponed until June."), ["June=2024-06"]);
    assert_eq!(value("The vote was scheduled for June."), ["June=2024-06"]);
    assert_eq!(value("The plant is set to open in June."), ["June=2024-06"]);
    assert_eq!(value("The results are officially reported in June."), ["June=2024-06"]);
    assert_eq!(value("The company expects growth in the third quarter."), ["the third quarter=2024-Q3"]);
    // A month already past is this year's either way.
    assert_eq!(value("The company reported a loss in March."), ["March=2024-03"]);
}

/// A present-tense schedule (`polls open on`, `said the store opens in`) looks ahead: a month or
/// quarter well ahead of the reference date stays in this year, one before it is next year's;
/// the same clause told in the past, or with no verb of its own, still moves it back.
#[test]
fn a_present_schedule_looks_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("Election officials said polling stations open on Nov. 5."), ["Nov. 5=2024-11-05"]);
    assert_eq!(value("The retailer said its flagship store reopens in October."), ["October=2024-10"]);
    assert_eq!(value("In December, the new terminal begins operations."), ["December=2024-12"]);
    assert_eq!(value("The league's new season kicks off in the fourth quarter."), ["the fourth quarter=2024-Q4"]);
    assert_eq!(value("The registration period opens on Feb. 1 and closes on March 15."), ["Feb. 1=2025-02-01", "March 15=2025-03-15"]);
    assert_eq!(value("The registration period opened on Feb. 1."), ["Feb. 1=2024-02-01"]);
    // A habit, not a schedule: this year's, as with no verb.
    assert_eq!(value("The registration period usually opens on Feb. 1."), ["Feb. 1=2024-02-01"]);
    // Told in the past: last year's.
    assert_eq!(value("The retailer said it reopened its flagship store in October."), ["October=2023-10"]);
    assert_eq!(value("In December, the new terminal began operations."), ["December=2023-12"]);
    assert_eq!(value("Exports to China in October were weak."), ["October=2023-10"]);
}

/// A weekday in a present-tense schedule (`the hearing resumes on Tuesday`) or after `due on`
/// is the next one; told in the past, or after `due to` (because of), the last one.
#[test]
fn a_weekday_in_a_present_schedule_is_the_next_one() {
    let engine = Engine::bundled().expect("bundled rules load");
    // A Friday.
    let value = |text: &str| dates(&engine, text, Some("2026-06-12"));
    assert_eq!(value("The hearing resumes on Tuesday, a court spokesman said."), ["Tuesday=2026-06-16"]);
    assert_eq!(value("On Monday, the new cabinet meets for the first time."), ["Monday=2026-06-15"]);
    assert_eq!(value("Retail sales figures due on Wednesday should show a rebound."), ["Wednesday=2026-06-17"]);
    assert_eq!(value("The hearing resumed on Tuesday, a court spokesman said."), ["Tuesday=2026-06-09"]);
    assert_eq!(value("Trains were halted due to flooding on Wednesday."), ["Wednesday=2026-06-10"]);
}

/// `every January`, `each spring` recur: a set of that month or season of any year, while the
/// month or season said once is a date.
#[test]
fn every_month_or_season_is_a_set() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2025-03-01"));
    assert_eq!(value("Monks walk the pilgrim route every October."), ["every October=XXXX-10"]);
    assert_eq!(value("Each winter, the river freezes over."), ["Each winter=XXXX-WI"]);
    assert_eq!(value("Monks walked the pilgrim route in October."), ["October=2024-10"]);
}

/// A company's fiscal quarter is no calendar quarter: it keeps the fiscal form, with its year
/// unknown unless written, and `a year earlier` steps back within that form; a quarter said
/// without `fiscal` stays a calendar one.
#[test]
fn a_fiscal_quarter_is_no_calendar_quarter() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("The retailer's fiscal second-quarter profit doubled."), ["fiscal second-quarter=FYXXXX-Q2"]);
    assert_eq!(value("Shipments fell in the third quarter of fiscal 2023."), ["the third quarter of fiscal 2023=FY2023-Q3"]);
    assert_eq!(
        value("Bookings in the fiscal 2024 first quarter rose from a year earlier."),
        ["the fiscal 2024 first quarter=FY2024-Q1", "a year earlier=FY2023-Q1"]
    );
    assert_eq!(value("Bookings in its fiscal first quarter rose from a year earlier."), ["fiscal first quarter=FYXXXX-Q1", "a year earlier=FYXXXX-Q1"]);
    // Calendar quarters.
    assert_eq!(value("Shipments fell in the third quarter of 2023."), ["the third quarter of 2023=2023-Q3"]);
    assert_eq!(value("The retailer's second-quarter profit doubled, the fiscal watchdog said."), ["second-quarter=2024-Q2"]);
}

/// A span of years with its closing year in two digits (`the 2023-24 season`) dates both years,
/// as `2023-2024` does; a fiscal one is one record named by the year it closes in. Two digits
/// that read as a month, or a longer code, close no span.
#[test]
fn two_digits_after_a_year_close_a_span_of_years() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, None);
    assert_eq!(value("She scored 31 goals in the 2018-19 campaign."), ["2018=2018", "19=2019"]);
    assert_eq!(value("Tuition rose for the 1999/00 academic year."), ["1999=1999", "00=2000"]);
    assert_eq!(value("The state's fiscal 2025-26 budget cuts aid."), ["fiscal 2025-26=FY2026"]);
    assert_eq!(value("Tax receipts in the 2022/23 financial year fell."), ["2022/23 financial year=FY2023"]);
    // A month, a longer code, a span too long.
    assert_eq!(value("The report is filed as 2018-07 in the archive."), ["2018=2018"]);
    assert_eq!(value("Case number 2018-19-402 was closed."), ["2018=2018"]);
    assert_eq!(value("Spending rose from 1980-95, data showed."), ["1980=1980"]);
}

/// A clock time takes the day written after it past an aside in brackets (`7 a.m. local time
/// (0400 GMT) on Sunday`), and noon and midnight take a day as clock times do; a day after other
/// words stays apart.
#[test]
fn a_time_takes_the_day_after_it_past_brackets() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(
        value("The truce took effect at 7 a.m. local time (0400 GMT) on Sunday."),
        ["7 a.m.=2024-05-05T07:00", "0400 GMT=2024-05-05T04:00Z", "Sunday=2024-05-05"]
    );
    assert_eq!(value("The deadline is midnight on Tuesday."), ["midnight=2024-05-07T24:00", "Tuesday=2024-05-07"]);
    assert_eq!(value("Markets reopen at noon."), ["noon=2024-05-10T12:00"]);
    assert_eq!(value("He spoke at 3 p.m. (briefly) and left on Tuesday."), ["3 p.m.=2024-05-10T15:00", "Tuesday=2024-05-07"]);
}

/// The weekday that closes a range (`from Friday through Sunday`) is the first of its name on or
/// after the one that opens it; weekdays joined by `and` are each resolved alone.
#[test]
fn a_weekday_range_closes_after_it_opens() {
    let engine = Engine::bundled().expect("bundled rules load");
    // 2024-05-10 is a Friday.
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("The fair runs from Friday through Sunday."), ["Friday=2024-05-10", "Sunday=2024-05-12"]);
    assert_eq!(value("Polls are open Friday to Sunday evening."), ["Friday=2024-05-10", "Sunday evening=2024-05-12TEV"]);
    assert_eq!(value("Talks ran from Monday to Wednesday."), ["Monday=2024-05-06", "Wednesday=2024-05-08"]);
    assert_eq!(value("He worked Friday and Sunday."), ["Friday=2024-05-10", "Sunday=2024-05-05"]);
}

/// `the early hours` names a time of day, with its weekday when one follows; `early` away from
/// `hours` leaves `hours` the vague length it was.
#[test]
fn the_early_hours_are_a_time_of_day() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("Talks ran into the early hours of Saturday."), ["the early hours of Saturday=2024-05-04TMO"]);
    assert_eq!(value("The fire broke out in the early hours."), ["the early hours=2024-05-10TMO"]);
    assert_eq!(value("The shop keeps early opening hours."), ["hours=PTXH"]);
}

/// A range of counts before `later` or `ago` is one span, dated by its upper count; a count of
/// something else before it stays out.
#[test]
fn a_range_later_or_ago_is_one_span() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("Police left two or three days ago."), ["two or three days ago=2024-05-07"]);
    assert_eq!(value("It was fined in 2019 and again two to three years later."), ["2019=2019", "two to three years later=2022"]);
    assert_eq!(value("It was fined in 2019 and the court ruled 5 to 4 two years later."), ["2019=2019", "two years later=2021"]);
}

/// `the first nine months of the year` (no half or quarter) is one date, the year it belongs to;
/// the months alone stay a length of time.
#[test]
fn the_first_months_of_a_year_are_that_year() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("Exports rose in the first nine months of 2023."), ["the first nine months of 2023=2023"]);
    assert_eq!(value("In 2022 exports rose in the first nine months of the year."), ["2022=2022", "the first nine months of the year=2022"]);
    assert_eq!(value("Sales fell in the first four months of this year."), ["the first four months of this year=2024"]);
    assert_eq!(value("Exports rose in the first nine months."), ["the first nine months=P9M"]);
}

/// `the night of April 14, 1912` is one TIME, that part of the day written, and not relative when
/// the year is written; a part of something else before a date stays apart.
#[test]
fn a_part_of_a_written_day_is_one_time() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-07-10"));
    assert_eq!(value("The ship sank on the night of April 14, 1912."), ["the night of April 14, 1912=1912-04-14TNI"]);
    assert_eq!(value("He spoke on the evening of Friday, June 7."), ["the evening of Friday, June 7=2024-06-07TEV"]);
    assert_eq!(value("It was the morning of his life; June 3 was fine."), ["June 3=2024-06-03"]);
}

/// `the end of the decade` and `the rest of the century` are the reference date's decade and
/// century, as `the end of the year` is its year; `the decade` alone names none.
#[test]
fn the_end_of_the_decade_is_this_decade() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("Work will be finished by the end of the decade."), ["the end of the decade=202"]);
    assert_eq!(value("Seas will rise for the rest of the century."), ["the rest of the century=20"]);
    assert_eq!(value("The decade ended badly."), Vec::<String>::new());
}

/// `after-hours trading`, `man-hours`: a length of time glued to the word before it by a hyphen
/// ends a compound and lasts no time; on its own it still does.
#[test]
fn a_length_of_time_at_the_end_of_a_compound_is_none() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("Shares fell in after-hours trading."), Vec::<String>::new());
    assert_eq!(value("The repair took 500 man-hours."), Vec::<String>::new());
    assert_eq!(value("The talks lasted hours."), ["hours=PTXH"]);
}

/// A date in a clause that reports what is expected, promised or would happen (`expect a cut in
/// September`, `said it expected to restore power by Wednesday`, `said inflation would fall by
/// December`) lies ahead of the reference date; the same words about what did happen, or a
/// month already past, stay behind it.
#[test]
fn a_date_in_reported_expectation_lies_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    // Wednesday 2024-06-12.
    let value = |text: &str| dates(&engine, text, Some("2024-06-12"));
    assert_eq!(value("Analysts expect a first cut in September."), ["September=2024-09"]);
    assert_eq!(value("Policymakers said inflation would fall by December."), ["December=2024-12"]);
    assert_eq!(value("The utility said it expected to restore power by Friday."), ["Friday=2024-06-14"]);
    assert_eq!(value("The minister vowed to sign the deal on Monday."), ["Monday=2024-06-17"]);
    // What happened, and a counterfactual past: behind.
    assert_eq!(value("The utility restored power on Friday."), ["Friday=2024-06-07"]);
    assert_eq!(value("Sales fell more than expected in September."), ["September=2023-09"]);
    assert_eq!(value("He would have turned 80 on Friday."), ["Friday=2024-06-07"]);
}

/// A forecast or warning reaches ahead to the date after `through`, `until` or `for` even when
/// told in the past (`forecast rain through Wednesday`); the day it was told on, a forecast
/// already over (`had warned`) and the same words without a forecast stay behind.
#[test]
fn a_forecast_reaches_ahead_in_any_tense() {
    let engine = Engine::bundled().expect("bundled rules load");
    // A Thursday.
    let value = |text: &str| dates(&engine, text, Some("2026-12-03"));
    assert_eq!(value("The agency forecast more snow through Wednesday."), ["Wednesday=2026-12-09"]);
    assert_eq!(value("Meteorologists warned of gale-force winds until Tuesday."), ["Tuesday=2026-12-08"]);
    assert_eq!(value("Forecasters predicted freezing fog for Monday."), ["Monday=2026-12-07"]);
    assert_eq!(value("The bureau's outlook calls for dry weather into February."), ["February=2027-02"]);
    // Told on that day, over already, or no forecast at all: behind.
    assert_eq!(value("Forecasters warned on Tuesday of heavy snow."), ["Tuesday=2026-12-01"]);
    assert_eq!(value("The bureau had forecast more snow through Wednesday."), ["Wednesday=2026-12-02"]);
    assert_eq!(value("Heavy snow blanketed the region through Wednesday."), ["Wednesday=2026-12-02"]);
}

/// A postponement, in any tense, moves to a date ahead (`was postponed from June to September`
/// said in May: both this year's); where it was moved from stays as a plain month would.
#[test]
fn a_postponement_reaches_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-24"));
    assert_eq!(value("The final was postponed from June to September."), ["June=2024-06", "September=2024-09"]);
    assert_eq!(value("The deadline was extended to October."), ["October=2024-10"]);
    // Moved somewhere, not to a time: a month well ahead told in the past is last year's.
    assert_eq!(value("The firm moved its plant to Ohio in September."), ["September=2023-09"]);
}

/// `April 30-May 1`: a day before a hyphen and a capitalized month opens a range, each end its own
/// date; a day glued to a lower-case word (`a July 4-themed party`) is a modifier, no date.
#[test]
fn a_hyphen_before_a_month_opens_a_range_of_days() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-03-20"));
    assert_eq!(value("The summit runs Sept. 29-Oct. 2 in Lisbon."), ["Sept. 29=2024-09-29", "Oct. 2=2024-10-02"]);
    assert!(!value("Police warned of Sept. 11-style attacks.").iter().any(|d| d.starts_with("Sept. 11")));
}

/// A range of months without their year ends after it opens: the end the tense moves to another
/// year carries the other end (`rose from April to July` said in May is all last year's, `will
/// run from April to July` all next year's); a range across the new year keeps its turn.
#[test]
fn a_range_of_months_ends_after_it_opens() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-05-10"));
    assert_eq!(value("Exports climbed between March and August."), ["March=2023-03", "August=2023-08"]);
    assert_eq!(value("The museum will stay shut from April to June."), ["April=2025-04", "June=2025-06"]);
    assert_eq!(value("Heating bills rose from November to February."), ["November=2023-11", "February=2024-02"]);
    // Two months that make no range keep their own years.
    assert_eq!(value("Exports climbed in March and fell in August."), ["March=2024-03", "August=2023-08"]);
}

/// A participle's clause (`, losing out … in May`) tells no time of its own: it goes on in the
/// tense of the clause before it, past or future; after a present clause, or alone, nothing moves.
#[test]
fn a_participle_clause_takes_the_tense_before_it() {
    let engine = Engine::bundled().expect("bundled rules load");
    // A Saturday.
    let value = |text: &str| dates(&engine, text, Some("2024-03-16"));
    assert_eq!(value("The club finished third, missing out on the title by two points in May."), ["May=2023-05"]);
    assert_eq!(value("The front will move east, bringing heavy rain on Tuesday."), ["Tuesday=2024-03-19"]);
    assert_eq!(value("The retailer plans to expand, hiring 500 workers in June."), ["June=2024-06"]);
    // Nothing told before it: a month well ahead is last year's, a weekday the last one.
    assert_eq!(value("Shares are higher, extending a rally to Tuesday."), ["Tuesday=2024-03-12"]);
}

/// `a 60% chance of a cut in June`: the chance, odds or likelihood of something lies ahead.
#[test]
fn a_chance_of_something_lies_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2024-03-16"));
    assert_eq!(value("Traders priced a 70% chance of a rate cut in June."), ["June=2024-06"]);
    assert_eq!(value("Traders priced in a rate cut in June."), ["June=2023-06"]);
}

/// A range of weekdays that holds the reference date is the one under way, not next week's: the
/// summit `runs from Sunday to Tuesday` said on a Monday began yesterday; one ahead stays ahead.
#[test]
fn a_weekday_range_under_way_holds_the_reference_date() {
    let engine = Engine::bundled().expect("bundled rules load");
    // A Monday.
    let value = |text: &str| dates(&engine, text, Some("2024-06-03"));
    assert_eq!(value("The trade fair runs from Sunday to Wednesday."), ["Sunday=2024-06-02", "Wednesday=2024-06-05"]);
    assert_eq!(value("The trade fair runs from Thursday to Saturday."), ["Thursday=2024-06-06", "Saturday=2024-06-08"]);
}

/// A fixture's present verb that is also a noun (`host`, `face`) tells a schedule right after its
/// subject (`who host`, `Arsenal face`): the next such weekday. After a determiner it is the noun
/// (`the hosts`), and the clause's past verb dates the day before the reference date.
#[test]
fn a_fixture_after_its_subject_looks_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    // A Wednesday.
    let value = |text: &str| dates(&engine, text, Some("2026-09-16"));
    assert_eq!(value("Celtic, who host Rangers on Sunday, are unbeaten."), ["Sunday=2026-09-20"]);
    assert_eq!(value("The Wildcats face Duke on Saturday in the semi-final."), ["Saturday=2026-09-19"]);
    assert_eq!(value("They visit Leeds on Friday."), ["Friday=2026-09-18"]);
    assert_eq!(value("The governor, who tours the flooded towns on Friday, said little."), ["Friday=2026-09-18"]);
    assert_eq!(value("Chile, which holds a runoff in March, is divided."), ["March=2027-03"]);
    assert_eq!(value("Rival Nestle, which reports results on Thursday, fell 2%."), ["Thursday=2026-09-17"]);
    assert_eq!(value("The hosts scored twice on Sunday."), ["Sunday=2026-09-13"]);
    assert_eq!(value("The new reports on Monday were weak."), ["Monday=2026-09-14"]);
    assert_eq!(value("Its visit on Monday drew protests."), ["Monday=2026-09-14"]);
    assert_eq!(value("The IMF report on Monday showed slower growth."), ["Monday=2026-09-14"]);
    assert_eq!(value("The Lakers host the Celtics on Saturday."), ["Saturday=2026-09-19"]);
    assert_eq!(value("The country held a runoff in March."), ["March=2026-03"]);
    assert_eq!(value("The bank wants the first payment made by January."), ["January=2027-01"]);
    assert_eq!(value("The first payment was made in January."), ["January=2026-01"]);
    assert_eq!(value("A visit on Monday drew protests."), ["Monday=2026-09-14"]);
}

/// A past form spelled as the present (`cut`, `set`) is past where a finite verb stands: a month
/// ahead of the reference date is then last year's. As a noun (`a rate cut`), an infinitive (`to
/// cut`) or a schedule (`set for`) it tells no past.
#[test]
fn a_bare_past_verb_is_past_only_as_a_verb() {
    let engine = Engine::bundled().expect("bundled rules load");
    // Within two months of the reference month: this year's unless the clause is past.
    let value = |text: &str| dates(&engine, text, Some("2026-10-20"));
    assert_eq!(value("The central bank cut rates in November."), ["November=2025-11"]);
    assert_eq!(value("The sprinter set a national record in December."), ["December=2025-12"]);
    assert_eq!(value("Traders price in a rate cut in November."), ["November=2026-11"]);
    assert_eq!(value("Its cut in November surprised traders."), ["November=2026-11"]);
    assert_eq!(value("The bank may decide to cut rates in November."), ["November=2026-11"]);
    assert_eq!(value("The ballot was set for November."), ["November=2026-11"]);
}

/// A plan told in the past (`planned to`, `aimed to`) still looks ahead from the reference date,
/// as `plans to` does; one given up (`had planned to`) does not.
#[test]
fn a_plan_told_in_the_past_looks_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2026-11-05"));
    assert_eq!(value("The ministry aimed to vaccinate 2 million people by March."), ["March=2027-03"]);
    assert_eq!(value("The council planned to open two more clinics by September."), ["September=2027-09"]);
    assert_eq!(value("The council had planned to open two more clinics by September."), ["September=2026-09"]);
}

/// A month that closes a calendar quarter names it (`the September quarter`); other months do not.
#[test]
fn a_quarter_named_by_its_closing_month_is_that_quarter() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2026-11-05"));
    assert_eq!(value("Iron ore shipments rose 4% in the September quarter."), ["the September quarter=2026-Q3"]);
    assert_eq!(value("The lender posted a loss for the December 2025 quarter."), ["the December 2025 quarter=2025-Q4"]);
    assert_eq!(value("Shipments rose in the quarter ending in August."), ["August=2026-08"]);
}

/// `overnight` as an adverb is the night before the reference date, or the coming one in a
/// clause that looks ahead; before a noun it is an adjective and no date.
#[test]
fn overnight_is_the_night_before_unless_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2026-02-04"));
    assert_eq!(value("Shelling killed four civilians overnight."), ["overnight=2026-02-03TNI"]);
    assert_eq!(value("Temperatures will drop sharply overnight."), ["overnight=2026-02-04TNI"]);
    assert!(value("Banks lend at the overnight rate.").is_empty());
}

/// A month or weekday after `since` opens a period that began before now, whatever the clause's
/// tense; and a year after `since` is no year a later month of its sentence is set in.
#[test]
fn a_date_after_since_lies_behind() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2026-10-24"));
    assert_eq!(value("Rovers, who face Hull for the first time since March, are fourth."), ["March=2026-03"]);
    assert_eq!(value("Rovers, who face Hull for the first time in March, are fourth."), ["March=2027-03"]);
    assert_eq!(value("The index hit its highest since 2001, and traders expect a rally by December."), ["2001=2001", "December=2026-12"]);
    assert_eq!(value("The index has risen since May 2, 2001, and fell on June 20."), ["May 2, 2001=2001-05-02", "June 20=2026-06-20"]);
    assert_eq!(value("The index rose on May 2, 2001, and fell on June 20."), ["May 2, 2001=2001-05-02", "June 20=2001-06-20"]);
}

/// A duty or an order to act (`must`, `were told to`) sets a deadline ahead: a bare weekday after
/// it is the next one; `must have` looks back.
#[test]
fn an_order_to_act_looks_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    // A Monday.
    let value = |text: &str| dates(&engine, text, Some("2026-06-08"));
    assert_eq!(value("Residents were told to leave by Thursday."), ["Thursday=2026-06-11"]);
    assert_eq!(value("Bidders must file their offers by Thursday."), ["Thursday=2026-06-11"]);
    assert_eq!(value("Residents were told on Thursday that the water was safe."), ["Thursday=2026-06-04"]);
    assert_eq!(value("The thieves must have struck on Thursday."), ["Thursday=2026-06-04"]);
}

/// A schedule set in the past (`was set to take effect on`, `starting in`) keeps a month far ahead
/// of the reference date in its year, where a date with no tense told would move back a year; a
/// past verb before it (`finalized in`) still moves it back, even when it follows a comma.
#[test]
fn a_schedule_told_from_the_past_stays_this_year() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2026-01-14"));
    assert_eq!(value("The tariff was set to take effect on May 1."), ["May 1=2026-05-01"]);
    assert_eq!(value("A court blocked a rule that would have cut benefits starting in June."), ["June=2026-06"]);
    assert_eq!(value("The tariff took effect on May 1."), ["May 1=2025-05-01"]);
    assert_eq!(value("The tariff, approved in November, was set to take effect on May 1."), ["November=2025-11", "May 1=2026-05-01"]);
}

/// A deadline with no past verb before it (`see a cut by June`) keeps a month far ahead in the
/// reference year; after a past verb (`had repaid half by June`) the month moves back as before.
/// An order with its object (`ordered the defendant to … by Friday`) looks ahead.
#[test]
fn a_deadline_not_told_in_the_past_stays_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    // A Thursday.
    let value = |text: &str| dates(&engine, text, Some("2026-02-26"));
    assert_eq!(value("Traders price in a further hike by July."), ["July=2026-07"]);
    assert_eq!(value("Analysts see a recovery by July."), ["July=2026-07"]);
    assert_eq!(value("The firm had repaid half the loan by July."), ["July=2025-07"]);
    assert_eq!(value("The court ordered the company to hand over the records by Monday."), ["Monday=2026-03-02"]);
    assert_eq!(value("The court ordered the records sealed on Monday."), ["Monday=2026-02-23"]);
    assert_eq!(value("The minister, who presents the budget on Tuesday, declined to comment."), ["Tuesday=2026-03-03"]);
}

/// `of the year` after a baseline (`the lowest since the spring of 2024`) is not that baseline's year.
#[test]
fn a_baseline_year_is_not_the_year_talked_about() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2026-02-26"));
    assert_eq!(
        value("Prices rose at the slowest pace since the summer of 2021. Sales will recover in the second half of the year."),
        ["the summer of 2021=2021-SU", "the second half of the year=2026-H2"]
    );
    assert_eq!(
        value("Prices rose fast in the summer of 2021. Sales recovered in the second half of the year."),
        ["the summer of 2021=2021-SU", "the second half of the year=2021-H2"]
    );
}

/// `last summer` is the latest summer over: said during the summer (or before it) it is last
/// year's, said after it this year's.
#[test]
fn last_season_is_the_latest_one_over() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str, reference: &str| dates(&engine, text, Some(reference));
    assert_eq!(value("Use fell 12% from last summer.", "2025-07-20"), ["last summer=2024-SU"]);
    assert_eq!(value("Use fell 12% from last summer.", "2025-10-02"), ["last summer=2025-SU"]);
    assert_eq!(value("The pier closed last spring.", "2025-04-15"), ["last spring=2024-SP"]);
    assert_eq!(value("The pier closed last spring.", "2025-11-15"), ["last spring=2025-SP"]);
}

/// A present form after a determiner is a noun (`at the start of May`), no schedule: the
/// clause's past verb still places the month before the reference date.
#[test]
fn a_present_form_after_a_determiner_tells_no_schedule() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2025-06-20"));
    assert_eq!(value("Prices eased to 4.1% from 4.4% at the start of May."), ["May=2025-05"]);
    assert_eq!(value("Sales rose after the end of April."), ["April=2025-04"]);
    // A verb of schedule still looks ahead.
    assert_eq!(value("The festival starts in May."), ["May=2026-05"]);
}

/// `expected X to … by Tuesday`: an expectation with its object looks ahead.
#[test]
fn an_expectation_with_an_object_looks_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    // 2025-06-16 is a Monday.
    let value = |text: &str| dates(&engine, text, Some("2025-06-16"));
    assert_eq!(value("The airline said it expected flights to resume by Thursday."), ["Thursday=2025-06-19"]);
    assert_eq!(value("The airline said flights resumed on Thursday."), ["Thursday=2025-06-12"]);
}

/// A weekday's event that a clause heads into or sells tickets for lies ahead.
#[test]
fn a_weekday_event_headed_into_lies_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    // 2025-06-18 is a Wednesday.
    let value = |text: &str| dates(&engine, text, Some("2025-06-18"));
    assert_eq!(value("Both sides head into Sunday's decider level."), ["Sunday=2025-06-22"]);
    assert_eq!(value("Tickets for Friday's show have sold out."), ["Friday=2025-06-20"]);
    assert_eq!(value("The band played Friday's show to a full house."), ["Friday=2025-06-13"]);
}

/// A forecast's state told in the plain past (`was in place through Monday`) ended then.
#[test]
fn a_forecast_state_in_the_past_reaches_no_date_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    // 2025-06-18 is a Wednesday.
    let value = |text: &str| dates(&engine, text, Some("2025-06-18"));
    assert_eq!(value("The flood warning was in place through Monday."), ["Monday=2025-06-16"]);
    assert_eq!(value("The flood warning remains in place through Monday."), ["Monday=2025-06-23"]);
    assert_eq!(value("Forecasters warned of flooding through Monday."), ["Monday=2025-06-23"]);
}

/// A modal before a weekday looks ahead (`could reach 40C on Saturday`), but not `could not`
/// (`could not be reached on Friday`); a month that names a contract (`for March delivery`)
/// is the coming one, whatever the clause's tense.
#[test]
fn modals_and_contract_months_look_ahead() {
    let engine = Engine::bundled().expect("bundled rules load");
    // 2026-07-22 is a Wednesday.
    let value = |text: &str| dates(&engine, text, Some("2026-07-22"));
    assert_eq!(value("Forecasters said the river could crest near the dam on Sunday."), ["Sunday=2026-07-26"]);
    assert_eq!(value("Forecasters said the river might flood the valley on Sunday."), ["Sunday=2026-07-26"]);
    assert_eq!(value("The mayor could not be reached for comment on Monday."), ["Monday=2026-07-20"]);
    assert_eq!(value("Coffee for March delivery dropped 2 cents."), ["March=2027-03"]);
    assert_eq!(value("Coffee exports dropped 2% in March."), ["March=2026-03"]);
}

/// A weekday right after `expected` lies ahead (`a storm expected Friday`; not `as expected
/// Tuesday`); a passive order
/// tells when it was given (`were ordered to leave on Monday`) unless a deadline follows (`by`);
/// a long object does not hide `will` (`will open … at six new sites on Monday`), but a
/// participle right before the date tells when its deed was done (`rules approved Monday`).
#[test]
fn weekday_tense_cues() {
    let engine = Engine::bundled().expect("bundled rules load");
    // 2026-04-15 is a Wednesday.
    let value = |text: &str| dates(&engine, text, Some("2026-04-15"));
    assert_eq!(value("Officials said a storm expected Friday could cut power to the coast."), ["Friday=2026-04-17"]);
    assert_eq!(value("Hundreds of families were ordered to leave the valley on Monday as the river rose."), ["Monday=2026-04-13"]);
    assert_eq!(value("Hundreds of families were told to leave the valley by Friday."), ["Friday=2026-04-17"]);
    assert_eq!(value("Workers were told to return to work on Monday, the union said."), ["Monday=2026-04-20"]);
    assert_eq!(value("The regional transit agency will begin running extra late-night buses on its two busiest suburban commuter routes on Monday."), ["Monday=2026-04-20"]);
    assert_eq!(value("Drivers will pay a toll on the old bridge and the tunnel under the new fee rules approved Monday by the board."), ["Monday=2026-04-13"]);
    assert_eq!(value("The deal is expected to be signed on Monday."), ["Monday=2026-04-20"]);
    assert_eq!(value("The winners will be announced Friday at a ceremony."), ["Friday=2026-04-17"]);
    assert_eq!(value("The central bank cut rates as expected Tuesday."), ["Tuesday=2026-04-14"]);
}

/// Bets on a month keep it in the reference year (pending), a target for it looks ahead unless
/// told in the past; `last winter` is the winter named by the
/// year its December fell in; `of` may go before `last year`.
#[test]
fn month_and_season_cues() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2026-10-20"));
    // A bet placed looks ahead from then: its month stays in the reference year.
    assert_eq!(value("Investors pared bets on a rate hike in November after the data."), ["November=2026-11"]);
    assert_eq!(value("The firm said it had met its sales target for March."), ["March=2026-03"]);
    assert_eq!(value("The hospital's target for April is 85%."), ["April=2027-04"]);
    assert_eq!(value("Last winter, snow closed the pass for a week."), ["Last winter=2025-WI", "a week=P1W"]);
    assert_eq!(dates(&engine, "Last winter, snow closed the pass.", Some("2026-02-10")), ["Last winter=2024-WI"]);
    assert_eq!(value("Exports slumped in June last year."), ["June last year=2025-06"]);
}

/// Ages are dates (the record contract): one set off by commas after a person, a bound on a
/// group of people, a span of ages and a moved age limit; none of them is a count.
#[test]
fn ages_are_durations() {
    let engine = Engine::bundled().expect("bundled rules load");
    let value = |text: &str| dates(&engine, text, Some("2026-10-20"));
    assert_eq!(value("Shop owner Lina Abbas, 44, whose store flooded, said she would rebuild."), ["44=P44Y"]);
    assert_eq!(value("\"We will rebuild,\" said shop owner Lina Abbas, 44. She has no insurance."), ["44=P44Y"]);
    assert_eq!(value("Patients 75 and older will be seen first."), ["75=P75Y"]);
    assert_eq!(value("Doctors urged people over 80 to stay indoors."), ["80=P80Y"]);
    assert_eq!(value("The suspects, aged between 23 and 48, were arrested."), ["aged between 23=P23Y", "48=P48Y"]);
    assert_eq!(value("The bill lifts the retirement age from 65 to 68 over a decade."), ["65=P65Y", "68=P68Y", "over a decade=P10Y"]);
    let figures = |text: &str| {
        let doc = Document::new("t", text);
        engine.analyze(&doc).records.iter().filter(|r| r.kind() == Kind::Figure).map(|r| doc.text[r.start..r.end].to_string()).collect::<Vec<_>>()
    };
    assert!(figures("Patients 75 and older will be seen first.").is_empty());
    assert!(figures("The suspects, aged between 23 and 48, were arrested.").is_empty());
    assert!(figures("The bill lifts the retirement age from 65 to 68 over a decade.").is_empty());
    assert_eq!(figures("Route 66 and older roads closed; 52 members voted."), ["52 members"]);
}
