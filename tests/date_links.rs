//! Which date a figure holds for, when its sentence has more than one: a baseline it is
//! measured against (`the highest since 2015`, `since records began in 1961`) or an earlier
//! level's date is not the figure's.

mod util;

use figures::Engine;

/// The date of the figure whose text starts with `starts`.
fn date_of(engine: &Engine, text: &str, reference: &str, starts: &str) -> Option<String> {
    util::figure_starting(engine, text, Some(reference), starts).date
}

#[test]
fn a_baseline_after_since_is_not_the_figures_date() {
    let engine = Engine::bundled().expect("bundled rules");
    let date = |text: &str, starts: &str| date_of(&engine, text, "2026-12-03", starts);
    assert_eq!(date("Consumer prices rose 9.1%, the fastest pace since 1981.", "9.1%"), None);
    assert_eq!(date("Some 2,300 people died in the heatwave, the most since records began in 1961.", "Some 2,300"), None);
    assert_eq!(date("Mortgage rates hit 7.8%, a level not seen since 2000.", "7.8%"), None);
    assert_eq!(date("It was the wettest spring since record-keeping began in 1895, with 410 mm of rain.", "410 mm"), Some("2026-SP".into()));
    assert_eq!(date("Car sales of 1.4 million in 2025 were the lowest since 2012.", "1.4 million"), Some("2025".into()));
    // `since` that starts the figure's own period: its date.
    assert_eq!(date("About 300 protesters have joined the sit-in since Monday.", "About 300"), Some("2026-11-30".into()));
    assert_eq!(date("Since 2019, the charity has built 40 schools, the most in the region.", "40 schools"), Some("2019".into()));
}

#[test]
fn a_base_after_from_yields_to_the_clauses_own_date() {
    let engine = Engine::bundled().expect("bundled rules");
    let date = |text: &str, starts: &str| date_of(&engine, text, "2026-12-03", starts);
    assert_eq!(date("In October, factory orders dropped 2.7% from September.", "2.7%"), Some("2026-10".into()));
    assert_eq!(date("During 2025, the airline carried 14% more passengers from 2024.", "14%"), Some("2025".into()));
    // With no other date in its clause, the date after `from` is still the figure's.
    assert_eq!(date("Water bills will rise 6% from April.", "6%"), Some("2027-04".into()));
}

#[test]
fn a_date_the_figures_own_preposition_opens_is_its_date() {
    let engine = Engine::bundled().expect("bundled rules");
    let date = |text: &str, starts: &str| date_of(&engine, text, "2024-03-20", starts);
    let listed = "Rents rose 4% in January, 3.5% in February and 3.1% in March.";
    assert_eq!(date(listed, "3.5%"), Some("2024-02".into()));
    assert_eq!(date(listed, "3.1%"), Some("2024-03".into()));
    assert_eq!(date("The mill cut 200 jobs in 2022 and 150 more in 2023.", "150"), Some("2023".into()));
    // No date of its own after it: the nearest before it still dates it.
    assert_eq!(date("In 2023, the port handled 9 million containers and 40,000 ships.", "40,000"), Some("2023".into()));
}

#[test]
fn a_base_belongs_to_the_figure_right_before_its_from() {
    let engine = Engine::bundled().expect("bundled rules");
    let date = |text: &str, starts: &str| date_of(&engine, text, "2024-06-03", starts);
    let text = "Tourism income should reach $12 billion, up 6% from last year.";
    assert_eq!(date(text, "$12 billion"), None);
    assert_eq!(date(text, "6%"), Some("2023".into()));
}

#[test]
fn a_year_naming_the_event_dates_its_figures() {
    let engine = Engine::bundled().expect("bundled rules");
    let date = |text: &str, starts: &str| date_of(&engine, text, "2026-12-03", starts);
    assert_eq!(date("The 2011 tsunami destroyed more than 120,000 buildings.", "more than 120,000"), Some("2011".into()));
    assert_eq!(date("Its 2030 target of 40% renewable power looks out of reach.", "40%"), Some("2030".into()));
    // A year naming a policy or a document, or an event the figure comes after, is not its date.
    assert_eq!(date("The 2019 law lets 5,000 families claim aid.", "5,000"), None);
    assert_eq!(date("After the 2008 crisis, the bank shed 12,000 jobs.", "12,000"), None);
}

#[test]
fn a_when_clause_right_after_a_date_is_dated_by_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let date = |text: &str, starts: &str| date_of(&engine, text, "2026-12-03", starts);
    assert_eq!(date("Turnout peaked in 2019, when 3.2 million people voted.", "3.2 million"), Some("2019".into()));
    assert_eq!(date("In March 2022, when prices spiked, the fund lost 8%.", "8%"), Some("2022-03".into()));
    // A `when` clause away from the date is a clause of its own.
    assert_eq!(date("In 2019 the plant closed when 300 workers walked out.", "300"), None);
}

#[test]
fn a_contract_month_is_not_the_figures_date() {
    let engine = Engine::bundled().expect("bundled rules");
    let date = |text: &str, starts: &str| date_of(&engine, text, "2026-12-03", starts);
    assert_eq!(date("Corn for March delivery slipped 4 cents to $4.21 a bushel on Tuesday.", "4 cents"), Some("2026-12-01".into()));
    assert_eq!(date("The February futures contract lost 3% in Tuesday's session.", "3%"), Some("2026-12-01".into()));
    // A month that is no contract's still dates the figure.
    assert_eq!(date("Orders for March rose 4% from a year earlier.", "4%"), Some("2026-03".into()));
}
