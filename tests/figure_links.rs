//! What a figure inherits from its sentence: a unit from a plural noun before
//! it, a date from its own clause.

mod util;

use figures::Engine;
use figures::record::Figure;

fn figure(engine: &Engine, text: &str, reference: Option<&str>, starts: &str) -> Figure {
    util::figure_starting(engine, text, reference, starts)
}

#[test]
fn a_verb_before_the_number_is_no_unit() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(figure(&engine, "Migrants wait months for hearings as backlog tops 2 million", None, "2 million").unit, None);
    assert_eq!(figure(&engine, "Dow falls below 9,000", None, "below 9,000").unit, None);
    // Determiners and modifiers between the verb and the number change nothing.
    assert_eq!(figure(&engine, "Boeing delivers the final 717 to AirTran", None, "717").unit, None);
    assert_eq!(figure(&engine, "The company claims that nearly 300 will fly by May.", None, "nearly 300").unit, None);
    // Inheriting still works within the clause.
    assert_eq!(figure(&engine, "Of the 2,000 children held, 500 were released.", None, "500").unit.as_deref(), Some("child"));
    assert_eq!(figure(&engine, "The number of deaths rose to 500 on Friday.", None, "500").unit.as_deref(), Some("death"));
    // A vague number (`thousands`, `dozens`) is no group a later count counts.
    assert_eq!(figure(&engine, "Tens of thousands fled, and 2,000 were killed.", None, "2,000").unit, None);
    assert_eq!(figure(&engine, "Dozens of villages burned and 300 were destroyed.", None, "300").unit.as_deref(), Some("village"));
}

#[test]
fn a_toll_named_by_its_cause_counts_deaths() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(figure(&engine, "Flood toll climbs to 310 in Kerala", None, "310").unit.as_deref(), Some("death"));
    assert_eq!(figure(&engine, "The virus toll passed 2,000 on Friday.", None, "2,000").unit.as_deref(), Some("death"));
    // A toll named by what it counts keeps it.
    assert_eq!(figure(&engine, "The casualty toll rose to 95.", None, "95").unit.as_deref(), Some("casualty"));
}

#[test]
fn a_noun_the_figure_sizes_takes_no_group_from_the_sentence_before() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "About 400 pupils missed school. The final was played before a crowd of 61,000.";
    assert_eq!(figure(&engine, text, None, "61,000").unit, None);
    // A change restating the one before still counts the same thing.
    let text = "The index gained 210 points on Monday. Tuesday brought an increase of 95.";
    assert_eq!(figure(&engine, text, None, "95").unit.as_deref(), Some("point"));
}

#[test]
fn reported_may_modify_the_counted_noun() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The county logged 1,250 reported cases of measles.";
    assert_eq!(figure(&engine, text, None, "1,250").unit.as_deref(), Some("case"));
    // A number before `reported` as a verb still stands bare.
    let text = "Health officials said 300 reported to hospitals.";
    assert_eq!(figure(&engine, text, None, "300").unit, None);
}

#[test]
fn a_bare_number_joined_to_the_next_figure_shares_its_noun() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The flights killed 102 and 21 people respectively, after two major disasters.";
    assert_eq!(figure(&engine, text, None, "102").unit.as_deref(), Some("person"));
    let text = "It comes in two sizes, holding 500 and 1,000 songs.";
    assert_eq!(figure(&engine, text, None, "two sizes").unit.as_deref(), Some("size"));
    assert_eq!(figure(&engine, text, None, "500").unit.as_deref(), Some("song"));
    let joined = figure(&engine, "The chips run at 1.83 and 2 GHz.", None, "1.83");
    assert_eq!((joined.measure.as_str(), joined.unit.as_deref()), ("quantity", Some("gigahertz")));
    // A range keeps its own reading; a comma is no join.
    assert_eq!(figure(&engine, "They hired 40, and 300 workers left.", None, "40").unit, None);
}

#[test]
fn a_comparison_separates_the_dates_of_two_figures() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Roughly 30% of applicants had a lawyer, compared with 60% a decade ago.";
    assert_eq!(figure(&engine, text, Some("2023-01-10"), "Roughly 30%").date, None);
    assert_eq!(figure(&engine, text, Some("2023-01-10"), "60%").date.as_deref(), Some("2013"));
    let text = "The backlog reached more than 2 million cases, up from 1.1 million in 2020.";
    assert_eq!(figure(&engine, text, None, "more than 2 million").date, None);
    assert_eq!(figure(&engine, text, None, "1.1 million").date.as_deref(), Some("2020"));
}

#[test]
fn an_acronym_modifies_the_counted_noun() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Seventeen US states also sued the administration on Tuesday.";
    assert_eq!(figure(&engine, text, None, "Seventeen").unit.as_deref(), Some("state"));
    assert_eq!(figure(&engine, "About 500 DHS officials left.", None, "About 500").unit.as_deref(), Some("official"));
    // A dotted one too, keeping its period (`U.S.`), as long as the phrase runs on.
    assert_eq!(figure(&engine, "The Pentagon sent 500 U.S. troops to the region.", None, "500").unit.as_deref(), Some("troop"));
    let cents = figure(&engine, "The Australian dollar fell to 65.8 U.S. cents.", None, "65.8");
    assert_eq!((cents.measure.as_str(), cents.unit.as_deref()), ("money", Some("cent")));
    let text = "The firm has about 300 staff in the U.K. Workers there voted on Monday.";
    assert_eq!(figure(&engine, text, None, "about 300 staff").unit.as_deref(), Some("staff"));
    let text = "The plant will hire 300 in the U.S. Officials said more would follow.";
    assert_eq!(figure(&engine, text, None, "300").unit, None);
}

#[test]
fn a_name_before_a_noun_modifies_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "About 500 United Nations peacekeepers arrived on Monday.";
    assert_eq!(figure(&engine, text, None, "About 500").unit.as_deref(), Some("peacekeeper"));
    let text = "Three major United States stock market indexes closed lower.";
    assert_ne!(figure(&engine, text, None, "Three").unit.as_deref(), Some("state"));
    // A name at the end of the phrase is still what is counted.
    assert_eq!(figure(&engine, "He has visited 12 United States.", None, "12").unit.as_deref(), Some("state"));
    let text = "The three major US stock market indices fell.";
    assert_eq!(figure(&engine, text, None, "three").unit.as_deref(), Some("index"));
}

#[test]
fn a_count_of_times_inherits_no_unit() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The department added 24,000 agents. The rule has been used to expel migrants more than 2.8 million times.";
    assert_eq!(figure(&engine, text, None, "more than 2.8 million").unit, None);
}

#[test]
fn a_figure_among_the_sources_counts_no_event_of_the_content() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Justice Department has agreed to pay about $450,000 to each family that was separated, two people familiar with the negotiations told reporters.";
    let sources = figure(&engine, text, None, "two people");
    assert_eq!((sources.event, sources.agency), (None, None));
    let paid = figure(&engine, text, None, "about $450,000");
    assert_eq!(paid.event.as_deref(), Some("pay"));
    assert_eq!(paid.speaker.as_deref(), Some("two people familiar with the negotiations"));
    assert_eq!(paid.agency.as_deref(), Some("Department of Justice"));
}

#[test]
fn a_unit_or_noun_joined_by_a_hyphen_is_counted() {
    let engine = Engine::bundled().expect("bundled rules");
    let journey = figure(&engine, "They arrived after a 2,000-mile journey.", None, "2,000-mile");
    assert_eq!((journey.value, journey.unit.as_deref(), journey.measure.as_str()), (2000.0, Some("mile"), "quantity"));
    // A noun joined by a hyphen is still counted (`500-page`); a length of time is a date,
    // and an age, a `-strong` or a `-fold` counts nothing.
    let report = figure(&engine, "The 500-page report and a 30-minute wait – 12–15 of them.", None, "500-page");
    assert_eq!((report.value, report.unit.as_deref(), report.measure.as_str()), (500.0, Some("page"), "count"));
    let (_, analysis) = figures::pipeline::analyze_text(&engine, "case", "The 500-page report and a 30-minute wait by a 23-year-old and a 2,000-strong crowd, a 3-fold rise.");
    assert!(!analysis.records.iter().any(|r| r.as_figure().is_some_and(|f| [30.0, 23.0, 2000.0, 3.0].contains(&f.value))));
}

/// A unit word before a plural names a kind of it (`degree programs`); a vague head keeps the
/// noun before it (`job seekers`); `acre-feet` is a physical unit.
#[test]
fn compound_nouns_name_the_counted_unit() {
    let engine = Engine::bundled().expect("bundled rules");
    let programs = figure(&engine, "The college will drop 12 degree courses next year.", None, "12 degree");
    assert_eq!((programs.unit.as_deref(), programs.measure.as_str()), (Some("course"), "count"));
    let hot = figure(&engine, "It was 35 degrees in the shade.", None, "35 degrees");
    assert_eq!((hot.unit.as_deref(), hot.measure.as_str()), (Some("degree"), "quantity"));
    let seekers = figure(&engine, "The charity has helped about 800 job seekers this year.", None, "about 800");
    assert_eq!(seekers.unit.as_deref(), Some("job seeker"));
    let holders = figure(&engine, "Some 2,000 new ticket holders were refunded.", None, "Some 2,000");
    assert_eq!(holders.unit.as_deref(), Some("ticket holder"));
    let officers = figure(&engine, "The agency hired 300 new border officers.", None, "300");
    assert_eq!(officers.unit.as_deref(), Some("officer"));
    let water = figure(&engine, "The city bought 2,500 acre-feet of water.", None, "2,500");
    assert_eq!(water.measure, "quantity");
}

#[test]
fn who_expected_a_figure_is_not_what_it_counts() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Employers added 253,000 jobs in May, far above the 180,000 economists had expected.";
    assert_eq!(figure(&engine, text, None, "180,000").unit.as_deref(), Some("job"));
    let text = "Prices rose 3.2%, more than the 3% analysts had forecast for May.";
    assert_eq!(figure(&engine, text, None, "3%").measure, "percent");
    // An expectation verb with an object: the noun is what is counted.
    assert_eq!(figure(&engine, "Some 500 economists predicted a recession.", None, "Some 500").unit.as_deref(), Some("economist"));
    assert_eq!(figure(&engine, "About 200 residents expected delays.", None, "About 200").unit.as_deref(), Some("resident"));
}

/// `rose 8% to 2,000`: a change and the level it reached are two figures; a range needs
/// bounds of one measure (`5%-7%`, `8-10%`).
#[test]
fn a_percentage_and_a_level_are_not_a_range() {
    let engine = figures::Engine::bundled().expect("bundled rules load");
    let spans = |text: &str| -> Vec<(String, Option<f64>)> {
        let (doc, analysis) = figures::pipeline::analyze_text(&engine, "t", text);
        analysis.records.iter().filter_map(|r| r.as_figure().map(|f| (doc.text[r.start..r.end].to_string(), f.high))).collect()
    };
    let got = spans("Sales rose 8% to 2,000 units, and revenue rose 3% to $2 billion.");
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["8%", "2,000 units", "3%", "$2 billion"], "{got:?}");
    assert!(got.iter().all(|(_, high)| high.is_none()), "{got:?}");
    let ranges = spans("Rates of 5%-7% and 8-10% are common.");
    assert_eq!(ranges, [("5%-7%".to_string(), Some(7.0)), ("8-10%".to_string(), Some(10.0))]);
}

#[test]
fn a_change_from_one_number_to_another_is_two_figures() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The number of children rose from 8,300 to 9,800 last week.";
    assert_eq!(figure(&engine, text, None, "8,300").high, None);
    assert_eq!(figure(&engine, text, None, "9,800").value, 9800.0);
    // Percentages and falls too: a fall is no score, a percent sign no obstacle.
    let text = "Unemployment rose from 12% to 15% last year.";
    assert_eq!((figure(&engine, text, None, "12%").high, figure(&engine, text, None, "15%").value), (None, 15.0));
    let text = "Arrests fell from 400 to 300 people in March.";
    assert_eq!(figure(&engine, text, None, "400").unit.as_deref(), Some("person"));
    let text = "Arrests fell from 400 to 300 in March.";
    assert_eq!((figure(&engine, text, None, "400").high, figure(&engine, text, None, "300").value), (None, 300.0));
    let text = "Its share fell from 40 percent to 25 percent.";
    assert_eq!(figure(&engine, text, None, "40 percent").high, None);
    // A tally without a verb of change is still no figure.
    let text = "The bill passed 52 to 48 in the Senate.";
    assert!(figures::pipeline::analyze_text(&engine, "t", text).1.records.iter().all(|r| r.as_figure().is_none()));
    // Without a verb of change, `from … to` is a range.
    let range = figure(&engine, "Anywhere from 200 to 300 people attended.", None, "200");
    assert_eq!((range.value, range.high), (200.0, Some(300.0)));
    let range = figure(&engine, "Estimates range from 29 to 36 deaths.", None, "29");
    assert_eq!(range.high, Some(36.0));
}

#[test]
fn a_range_without_a_noun_takes_the_group_counted_before() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The number of children in federal care rose to 9,800 last week. Officials expect between 10,000 and 12,000 by summer.";
    assert_eq!(figure(&engine, text, None, "between 10,000").unit.as_deref(), Some("child"));
}

#[test]
fn a_fronted_date_dates_the_reported_figure_and_a_telling_date_does_not() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "By the end of June 2018, officials said 2,047 children remained in custody.";
    assert_eq!(figure(&engine, text, None, "2,047").date.as_deref(), Some("2018-06"));
    let text = "In the first quarter of last year, GM had reported a loss of $381 million.";
    assert_eq!(figure(&engine, text, Some("2009-05-07"), "$381 million").date.as_deref(), Some("2008-Q1"));
    // A reporting verb opening the sentence makes the date the telling's.
    let text = "Officials said on Friday that 2,047 children remained.";
    assert_eq!(figure(&engine, text, Some("2021-05-07"), "2,047").date, None);
}

#[test]
fn a_participle_clause_keeps_its_own_dates_but_shares_the_one_before() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The agency has reunited 400 more families, bringing the total to 1,200 since it began in February 2021.";
    assert_eq!(figure(&engine, text, None, "400 more families").date, None);
    assert_eq!(figure(&engine, text, None, "1,200").date.as_deref(), Some("2021-02"));
    let crash = "The jet crashed into the ocean in June 2009, killing all 228 people on board.";
    assert_eq!(figure(&engine, crash, None, "228 people").date.as_deref(), Some("2009-06"));
}

#[test]
fn a_dated_aside_keeps_its_date_to_itself() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Jobs, born in San Francisco on February 24, 1955, built a company worth $348.8 billion.";
    assert_eq!(figure(&engine, text, None, "$348.8 billion").date, None);
    let text = "The agency, which was created in 2003, processed 500 claims in May 2021.";
    assert_eq!(figure(&engine, text, None, "500 claims").date.as_deref(), Some("2021-05"));
    // A figure inside the aside still takes its date.
    let text = "The agency, which processed 500 claims in May 2021, said more would follow.";
    assert_eq!(figure(&engine, text, None, "500 claims").date.as_deref(), Some("2021-05"));
}

/// A relative clause that closes the sentence keeps its date from the figures before it (a
/// number with a comma inside does not end it), while its own figures may still take the
/// sentence's date.
#[test]
fn a_closing_relative_clause_keeps_its_date_and_may_share_the_sentences() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The fire service said 266 firefighters were fighting the blaze, which has burned 3,500 hectares since May 2021.";
    assert_eq!(figure(&engine, text, None, "266 firefighters").date, None);
    assert_eq!(figure(&engine, text, None, "3,500 hectares").date.as_deref(), Some("2021-05"));
    let text = "Two crashes in 2007 drew the ban, which followed the deaths of 102 people.";
    assert_eq!(figure(&engine, text, None, "102 people").date.as_deref(), Some("2007"));
    // Without the relative clause the date is the sentence's.
    let text = "The fire service said 266 firefighters had fought the blaze since May 2021.";
    assert_eq!(figure(&engine, text, None, "266 firefighters").date.as_deref(), Some("2021-05"));
}

#[test]
fn a_unit_of_time_is_no_group_to_inherit() {
    let engine = Engine::bundled().expect("bundled rules");
    // The toll's unit (lives), not the hours'.
    let text = "Had it come four hours earlier, the toll would have been more than a thousand.";
    assert_eq!(figure(&engine, text, None, "more than a thousand").unit.as_deref(), Some("death"));
    let text = "Had it come four hours earlier, there would have been more than a thousand.";
    assert_eq!(figure(&engine, text, None, "more than a thousand").unit, None);
    let text = "The storm killed dozens of people over three days, and more than 1,000 by Friday.";
    assert_eq!(figure(&engine, text, None, "more than 1,000").unit.as_deref(), Some("person"));
}

#[test]
fn a_speaker_after_a_clause_of_its_own_is_not_the_figures() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The agency has processed about 36,000 applications, but officials acknowledged a backlog of at least 9,000 cases.";
    assert_eq!(figure(&engine, text, None, "about 36,000").speaker, None);
    assert_eq!(figure(&engine, text, None, "at least 9,000").speaker.as_deref(), Some("officials"));
    // A fronted phrase before the speaker is still theirs.
    let text = "Of the 3,900 children, officials said 2,000 had been reunited.";
    assert_eq!(figure(&engine, text, None, "3,900").speaker.as_deref(), Some("officials"));
}

#[test]
fn a_year_naming_an_occasion_dates_what_happened_in_it_but_not_what_it_names() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Turnout was about 68%, down from 74% in the 2023 election.";
    assert_eq!(figure(&engine, text, None, "74%").date.as_deref(), Some("2023"));
    let text = "The club scored 81 goals during the 2019 season.";
    assert_eq!(figure(&engine, text, None, "81").date.as_deref(), Some("2019"));
    // Without the preposition the year names the thing: `the 2018 policy` is no date of the count.
    let text = "The 2018 policy separated more than 5,000 children.";
    assert_eq!(figure(&engine, text, None, "more than 5,000").date, None);
    let text = "Lawmakers want to repeal the 2017 law that cut taxes by $1.5 trillion.";
    assert_eq!(figure(&engine, text, None, "$1.5 trillion").date, None);
    // A year naming a writing dates the writing, not the figures it reports.
    let text = "In the 2019 report, the agency warned that 130 dams were at risk.";
    assert_eq!(figure(&engine, text, None, "130").date, None);
    let text = "In a 1996 study, researchers warned that 40% of wells were polluted.";
    assert_eq!(figure(&engine, text, None, "40%").date, None);
}

#[test]
fn a_date_after_the_earlier_level_is_that_levels() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The unemployment rate fell to 3.5% from 3.7% in August.";
    assert_eq!(figure(&engine, text, None, "3.5%").date, None);
    assert_eq!(figure(&engine, text, None, "3.7%").date.as_deref(), Some("XXXX-08"));
    // A date before both dates the change.
    let text = "In August, the rate fell from 3.7% to 3.5%.";
    assert_eq!(figure(&engine, text, None, "3.5%").date.as_deref(), Some("XXXX-08"));
    // `from 2009 to 2011` is a range of dates, no earlier level.
    let text = "It will receive six new aircraft from 2009 to 2011.";
    assert_eq!(figure(&engine, text, None, "six").date.as_deref(), Some("2009/2011"));
}

#[test]
fn a_verb_of_telling_before_that_is_no_group_to_inherit() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Today about 100,000 Greeks worship the old gods. The Church estimates that number is closer to 40,000.";
    assert_eq!(figure(&engine, text, None, "40,000").unit.as_deref(), Some("greek"));
}

/// All the texts' figures: (text, value, unit).
fn all_figures(engine: &Engine, text: &str) -> Vec<(String, f64, Option<String>)> {
    let (doc, analysis) = figures::pipeline::analyze_text(engine, "t", text);
    analysis.records.iter().filter_map(|r| r.as_figure().map(|f| (doc.text[r.start..r.end].to_string(), f.value, f.unit.clone()))).collect()
}

#[test]
fn a_written_number_after_digits_starts_its_own_phrase() {
    let engine = Engine::bundled().expect("bundled rules");
    // The age in `five-year-olds` is no part of the count (it is a date record).
    let got = all_figures(&engine, "Schools enrolled 3,000 five-year-olds and 12 two-year-olds.");
    assert_eq!(got, [("3,000".to_string(), 3000.0, None), ("12".to_string(), 12.0, None)]);
    // Numbers in a modifier still let the noun be counted; a year and a count stay apart.
    let got = all_figures(&engine, "The 300 one-bedroom flats were sold. In 2019 two people died.");
    assert_eq!(got, [("300 one-bedroom flats".to_string(), 300.0, Some("flat".to_string())), ("two people".to_string(), 2.0, Some("person".to_string()))]);
}

#[test]
fn counts_listed_before_a_time_unit_or_after_aged_are_no_figures() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(all_figures(&engine, "Sentences of two, three or four years were handed down."), []);
    assert_eq!(all_figures(&engine, "The children, aged 5, 7 and 9, were returned."), []);
    // A count in a clause of its own, or with a noun after the last age, still is one.
    assert_eq!(all_figures(&engine, "He hired 40, and two years later left."), [("40".to_string(), 40.0, None)]);
    let got = all_figures(&engine, "They were aged 20, and 30 people came.");
    assert_eq!(got, [("30 people".to_string(), 30.0, Some("person".to_string()))]);
}

#[test]
fn an_age_set_off_after_a_person_is_no_figure() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = all_figures(&engine, "John Smith, 45, said 300 people left.");
    assert_eq!(got, [("300 people".to_string(), 300.0, Some("person".to_string()))]);
    assert_eq!(all_figures(&engine, "Maria Lopez, 32, and her son, 7, crossed the river."), []);
    // After a plain noun the number counts.
    assert_eq!(all_figures(&engine, "For that reason, 45, not 50, was the limit.").len(), 2);
    // So is one closing the sentence after the person; a count closing a list stays.
    let got = all_figures(&engine, "Some 40 homes flooded overnight, said Ahmed Karimi, 61. He lost his shop.");
    assert_eq!(got, [("Some 40 homes".to_string(), 40.0, Some("home".to_string()))]);
    assert_eq!(all_figures(&engine, "The vote was 212 for and, on the second reading, 145.").len(), 2);
}

#[test]
fn a_year_before_to_is_no_score() {
    let engine = Engine::bundled().expect("bundled rules");
    let got: Vec<f64> = all_figures(&engine, "Arrests rose from 300 in 2019 to 500 in 2021.").iter().map(|f| f.1).collect();
    assert_eq!(got, [300.0, 500.0]);
    // A score still is none.
    assert_eq!(all_figures(&engine, "The home side won 3-1 on Sunday."), []);
}

#[test]
fn a_comparison_base_keeps_its_date_to_itself() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Arrests rose to 500 from 300 in 2019.";
    assert_eq!((figure(&engine, text, None, "500").date, figure(&engine, text, None, "300").date.as_deref()), (None, Some("2019")));
    let text = "Arrests totaled 500, against 300 in 2019.";
    assert_eq!(figure(&engine, text, None, "500").date, None);
    let text = "Arrests reached 500, more than the 300 recorded in 2019.";
    assert_eq!(figure(&engine, text, None, "500").date, None);
    let text = "Arrests rose from 300 in 2019 to 500 in 2021.";
    assert_eq!(figure(&engine, text, None, "500").date.as_deref(), Some("2021"));
    // A range of years after `from` is no base; a date of the figure's own clause stays.
    let text = "It will receive six new aircraft from 2009 to 2011.";
    assert_eq!(figure(&engine, text, None, "six").date.as_deref(), Some("2009/2011"));
    let text = "The firm cut its workforce in 2019 to 500.";
    assert_eq!(figure(&engine, text, None, "500").date.as_deref(), Some("2019"));
}

/// `from 300 in 2019 to 500`: the date after the base is the base's, also with no date after
/// the later level; that one takes an earlier date of its clause, if there is one.
#[test]
fn the_later_level_takes_no_date_from_the_base_before_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Enrollment climbed from 1,200 in 2015 to 1,900.";
    assert_eq!(figure(&engine, text, None, "1,200").date.as_deref(), Some("2015"));
    assert_eq!(figure(&engine, text, None, "1,900").date, None);
    let text = "In 2022, exports fell from $4 billion in 2020 to $3 billion.";
    assert_eq!(figure(&engine, text, None, "$4 billion").date.as_deref(), Some("2020"));
    assert_eq!(figure(&engine, text, None, "$3 billion").date.as_deref(), Some("2022"));
    let text = "Prices fell from 40% in March to a record 25%.";
    assert_eq!(figure(&engine, text, None, "25%").date, None);
    // Without a base before it, the date is the change's.
    let text = "Membership grew in 2020 to 800 people.";
    assert_eq!(figure(&engine, text, None, "800").date.as_deref(), Some("2020"));
}

/// A base written in words keeps its date as a base in digits does: the figure records say where
/// the number is, whatever its spelling.
#[test]
fn a_base_in_words_keeps_its_date_to_itself() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Branches dropped from forty in 2012 to twenty-five.";
    assert_eq!(figure(&engine, text, None, "forty").date.as_deref(), Some("2012"));
    assert_eq!(figure(&engine, text, None, "twenty-five").date, None);
    let text = "In 2023, the fleet grew from about six hundred in 2018 to 900.";
    assert_eq!(figure(&engine, text, None, "about six hundred").date.as_deref(), Some("2018"));
    assert_eq!(figure(&engine, text, None, "900").date.as_deref(), Some("2023"));
    let text = "Wages rose to eleven dollars from nine dollars in April.";
    assert_eq!(figure(&engine, text, None, "eleven dollars").date, None);
    // Without `from` the date after a number in words is the change's.
    let text = "Turnout climbed to seventy percent in 2020.";
    assert_eq!(figure(&engine, text, None, "seventy percent").date.as_deref(), Some("2020"));
}

#[test]
fn spelled_out_metric_units_are_quantities() {
    let engine = Engine::bundled().expect("bundled rules");
    let rain = figure(&engine, "Forecasters expect another 100 to 150 millimeters of rain.", None, "100 to 150");
    assert_eq!((rain.measure.as_str(), rain.unit.as_deref(), rain.high), ("quantity", Some("millimeter"), Some(150.0)));
    let snow = figure(&engine, "Up to 30 centimetres of snow fell, and winds reached 40 knots.", None, "40 knots");
    assert_eq!((snow.measure.as_str(), snow.unit.as_deref()), ("quantity", Some("knot")));
    // A counted thing stays a count.
    assert_eq!(figure(&engine, "The plant employs 300 workers.", None, "300").measure, "count");
}

#[test]
fn a_tally_named_before_a_bare_number_says_what_it_counts() {
    let engine = Engine::bundled().expect("bundled rules");
    // Not the noun of the sentence before, nor of the figure before in the same sentence.
    let text = "Rescuers pulled 30 survivors from the rubble. The death toll climbed to 212 on Sunday.";
    assert_eq!(figure(&engine, text, None, "212").unit.as_deref(), Some("death"));
    let text = "Nine nurses fell ill and the case count reached 1,450 by Friday.";
    assert_eq!(figure(&engine, text, None, "1,450").unit.as_deref(), Some("case"));
    // A toll on its own counts lives; an adjective before another tally names nothing; a
    // tally in another clause is not this one's.
    let text = "Thirty officers were hurt. The overall toll stood at 87 on Monday.";
    assert_eq!(figure(&engine, text, None, "87").unit.as_deref(), Some("death"));
    assert_eq!(figure(&engine, "The official tally stood at 87 on Monday.", None, "87").unit, None);
    let text = "The death toll was unclear, but 40 migrants were rescued and 12 remained missing.";
    assert_eq!(figure(&engine, text, None, "12").unit.as_deref(), Some("migrant"));
}

#[test]
fn the_actor_before_a_verb_is_no_group_its_object_counts() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Some 6,000 villagers were cut off. Navy boats ferried roughly 900 of them to the coast.";
    assert_eq!(figure(&engine, text, None, "roughly 900").unit.as_deref(), Some("villager"));
    assert_eq!(figure(&engine, "Volunteers quickly planted 400 before lunch.", None, "400").unit, None);
    // The subject of a verb of change or level is what the number counts.
    assert_eq!(figure(&engine, "In May, complaints climbed to 4,300.", None, "4,300").unit.as_deref(), Some("complaint"));
    assert_eq!(figure(&engine, "By June the claims topped 12,000.", None, "12,000").unit.as_deref(), Some("claim"));
    // Nor is the actor whose object is a pronoun the figure sizes (`put it at`).
    let text = "Police estimated the crowd at 40,000, but unions put it at 90,000.";
    assert_eq!(figure(&engine, text, None, "90,000").unit, None);
    assert_eq!(figure(&engine, "Walkouts reached 80,000 in March.", None, "80,000").unit.as_deref(), Some("walkout"));
}

#[test]
fn a_verb_of_harm_or_rescue_counts_people() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(figure(&engine, "Landslides kill at least 31 in Peru", None, "at least 31").unit.as_deref(), Some("person"));
    assert_eq!(figure(&engine, "Coastguard crews rescued 14 off Dover.", None, "14").unit.as_deref(), Some("person"));
    assert_eq!(figure(&engine, "At least 9 dead after bus plunges into gorge", None, "At least 9").unit.as_deref(), Some("person"));
    // Other verbs say nothing of what is counted; nor does a noun after the number.
    assert_eq!(figure(&engine, "The board approved 31 on Monday.", None, "31").unit, None);
    assert_eq!(figure(&engine, "The blast killed 5 horses.", None, "5 horses").unit.as_deref(), Some("horse"));
    // Even after another figure, when the verb opens a predicate of its own.
    assert_eq!(figure(&engine, "The storm destroyed 40 homes and killed 12.", None, "12").unit.as_deref(), Some("person"));
    assert_eq!(figure(&engine, "Mudslides buried 23 houses, killing 19.", None, "19").unit.as_deref(), Some("person"));
    // Unless a verb of harm counted that figure too: its noun is people already.
    let text = "The floods killed 30 migrants and injured 12.";
    assert_eq!(figure(&engine, text, None, "12").unit.as_deref(), Some("migrant"));
}

#[test]
fn a_plural_opening_the_sentence_before_a_verb_of_change_is_counted() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The county logged 410 burglaries in 2021. Robberies dropped 8% last year to 212, the sheriff said.";
    assert_eq!(figure(&engine, text, None, "212").unit.as_deref(), Some("robbery"));
    let text = "LAGOS (Reuters) - Arrivals rose to 18,400 in March.";
    assert_eq!(figure(&engine, text, None, "18,400").unit.as_deref(), Some("arrival"));
    // A capitalized plural before another verb is a name or an actor.
    let text = "The fund lost 300 clients. Reuters counted 120 in May.";
    assert_eq!(figure(&engine, text, None, "120").unit.as_deref(), Some("client"));
    // Nor does the group cross a semicolon.
    assert_eq!(figure(&engine, "Markets down across Asia; Nikkei falls below 30,000", None, "below 30,000").unit, None);
}

#[test]
fn the_number_of_a_plural_names_what_a_later_level_counts() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Some 300 nurses quit in 2023, and the number of vacancies rose 9% to 4,100.";
    assert_eq!(figure(&engine, text, None, "4,100").unit.as_deref(), Some("vacancy"));
    let text = "About 60 schools closed, and the number of new pupils fell to 2,300.";
    assert_eq!(figure(&engine, text, None, "2,300").unit.as_deref(), Some("pupil"));
    // A noun may modify the plural, and the plural's own modifiers may run long, a name's
    // `and` included.
    let text = "The number of visa claims awaiting review at the Department of Labor and Industry has risen to nearly 40,000.";
    assert_eq!(figure(&engine, text, None, "nearly 40,000").unit.as_deref(), Some("claim"));
    let text = "The number of job seekers on the register has fallen to 80,000.";
    assert_eq!(figure(&engine, text, None, "80,000").unit.as_deref(), Some("job seeker"));
    // Without a plural right after `number of`, nothing is told.
    assert_eq!(figure(&engine, "The number of unemployed falls to 1.2 million.", None, "1.2 million").unit, None);
}
