//! The figure stages on hostile input: odd Unicode, truncated phrases, numbers at the
//! very start or end, and a deterministic stream of random texts over a number-heavy
//! alphabet. Nothing may panic, and every figure's span must lie on character
//! boundaries and hold its number.

use figures::Engine;
use figures::pipeline::analyze_text;

fn check(engine: &Engine, text: &str) {
    let (doc, analysis) = analyze_text(engine, "edge", text);
    for record in &analysis.records {
        assert!(record.start <= record.end && record.end <= doc.text.len(), "{text:?}: span {}..{}", record.start, record.end);
        assert!(doc.text.is_char_boundary(record.start) && doc.text.is_char_boundary(record.end), "{text:?}: span off a char boundary");
        if let Some(figure) = record.as_figure() {
            assert!(figure.value.is_finite(), "{text:?}: value {}", figure.value);
            assert!(figure.high.is_none_or(|h| h > figure.value), "{text:?}: high not above value");
        }
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let engine = Engine::bundled().expect("bundled rules load");
    for text in [
        "",
        "5",
        "-",
        "$",
        "%",
        "between 5 and",
        "more than",
        "five hundred and",
        "1,",
        "1,000,",
        ".5",
        "5.",
        "a\u{a0}5\u{a0}children",
        "les\u{2009}500\u{2009}enfants",
        "40\u{202f}000 people",
        "über 500 Kinder – 20 % — 3–4 ½",
        "🙂 500 🙂 children 🙂",
        "—Updated at 4:22 p.m.",
        "twenty-",
        "-twenty",
        "one in",
        "3 out of",
        "half",
        "x>10 and y<20 <>30 =>30",
        "9999999999999999999999999999999999 children",
        "1e308 people and 1.7976931348623157e308",
        "one hundred and three-nought-four-",
        "\u{feff}500 children\r\n\r\n700 families",
    ] {
        check(&engine, text);
    }
}

#[test]
fn random_number_heavy_texts_do_not_panic() {
    let engine = Engine::bundled().expect("bundled rules load");
    let pieces = [
        "5", "0", "1,000", "2.3", "m", "bn", "k", "$", "£", "%", " ", " ", " ", "-", "–", ",", ".", ":", "/", "'", "’", "\u{a0}", "\n",
        "and", "or", "to", "between", "more than", "nearly", "up to", "some", "half", "a", "one", "two", "twenty", "hundred", "thousand",
        "million", "children", "families", "percent", "per cent", "years", "old", "aged", "Title", "iPhone", "May", "Friday", "who",
        "were", "reunited", "not", "separated", "still", "é", "🙂", "of", "the",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..1500 {
        let mut text = String::new();
        for _ in 0..(state % 24) {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            if state & 1 == 0 {
                text.push(' ');
            }
        }
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        check(&engine, &text);
    }
}

/// `(text, unit)` of each figure in `text`.
fn units(engine: &Engine, text: &str) -> Vec<(String, Option<String>)> {
    let (doc, analysis) = analyze_text(engine, "edge", text);
    analysis.records.iter().filter_map(|r| r.as_figure().map(|f| (doc.text[r.start..r.end].to_string(), f.unit.clone()))).collect()
}

/// A rate written with a slash is one unit; a slash after a unit that makes no rate leaves it alone.
#[test]
fn a_slashed_rate_is_one_unit() {
    let engine = Engine::bundled().expect("bundled rules load");
    let one = |text: &str| units(&engine, text);
    assert_eq!(one("Winds of 120 km/h knocked down power lines."), [("120 km/h".into(), Some("kilometer per hour".into()))]);
    assert_eq!(one("Gusts reached 30 m/s."), [("30 m/s".into(), Some("meter per second".into()))]);
    assert_eq!(one("The plot is 2 km/ 3 km wide."), [("2 km".into(), Some("kilometer".into())), ("3 km".into(), Some("kilometer".into()))]);
}

/// An age set off by commas after a person's role is no figure; after a thing it stays one.
#[test]
fn an_age_after_a_role_is_no_figure() {
    let engine = Engine::bundled().expect("bundled rules load");
    let texts = |text: &str| units(&engine, text).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
    assert!(texts("The suspect, 34, was sentenced on Friday.").is_empty());
    assert!(texts("The victim, 19, and the driver, 45, were hurt.").is_empty());
    assert!(texts("The veteran lawmaker, 81, died in his sleep.").is_empty());
    assert_eq!(texts("The players, 34, were named in the squad."), ["34"]);
}

/// A minus sign negates a number standing alone, not the upper end of a range or a name's number.
#[test]
fn a_minus_sign_negates_only_a_lone_number() {
    let engine = Engine::bundled().expect("bundled rules load");
    let values = |text: &str| {
        let (_, analysis) = analyze_text(&engine, "edge", text);
        analysis.records.iter().filter_map(|r| r.as_figure().map(|f| (f.value, f.high))).collect::<Vec<_>>()
    };
    assert_eq!(values("The index recovered slightly to -36."), [(-36.0, None)]);
    assert_eq!(values("Lows of minus 5 are forecast."), [(-5.0, None)]);
    assert_eq!(values("The 5 -7 split held."), [(5.0, Some(7.0))]);
    assert!(values("COVID-19 cases and the F-35 jets.").iter().all(|(v, _)| *v >= 0.0));
}

/// `pounds` are sterling where their sentence speaks of money, and weight otherwise.
#[test]
fn pounds_are_money_in_a_sentence_about_money() {
    let engine = Engine::bundled().expect("bundled rules load");
    let one = |text: &str| units(&engine, text);
    assert_eq!(one("The regulator capped standing charges at 312 pounds a year."), [("312 pounds".into(), Some("gbp".into()))]);
    assert_eq!(one("Councils will be fined 900 pounds for each missed collection."), [("900 pounds".into(), Some("gbp".into()))]);
    assert_eq!(one("The hospital trust spent 2 million pounds on agency staff."), [("2 million pounds".into(), Some("gbp".into()))]);
    // Weight stays weight, even where money is named.
    assert_eq!(one("The lineman weighs 310 pounds and earns a large salary."), [("310 pounds".into(), Some("pound".into()))]);
    assert_eq!(one("Agents seized 640 pounds of methamphetamine."), [("640 pounds".into(), Some("pound".into()))]);
    assert_eq!(one("A 275-pound defensive end joined the squad."), [("275-pound".into(), Some("pound".into()))]);
    assert_eq!(one("The 275-pound tackle was paid handsomely."), [("275-pound".into(), Some("pound".into()))]);
}

/// `euro cents` are cents, not euros; `euro` before another noun stays the currency.
#[test]
fn euro_cents_are_cents() {
    let engine = Engine::bundled().expect("bundled rules load");
    let one = |text: &str| units(&engine, text);
    assert_eq!(one("The utility will pay 62 euro cents a share."), [("62 euro cents".into(), Some("cent".into()))]);
    assert_eq!(one("Fans paid 62 euros a ticket."), [("62 euros".into(), Some("eur".into()))]);
}

/// A verb of weight change before `pounds` makes them weight, even with a rate after them.
#[test]
fn pounds_gained_or_lost_are_weight() {
    let engine = Engine::bundled().expect("bundled rules load");
    let one = |text: &str| units(&engine, text);
    assert_eq!(one("The patient gained about 30 pounds a year."), [("about 30 pounds".into(), Some("pound".into()))]);
    assert_eq!(one("Trial volunteers shed 12 pounds in six months."), [("12 pounds".into(), Some("pound".into()))]);
    // A scale, or no such verb, keeps money.
    assert_eq!(one("The insurer lost 40 million pounds on the deal."), [("40 million pounds".into(), Some("gbp".into()))]);
    assert_eq!(one("Nurses were paid 45 pounds a night."), [("45 pounds".into(), Some("gbp".into()))]);
}

/// Sets of a match listed by commas are a score; ranges of percentages listed so stay figures.
#[test]
fn listed_set_scores_are_no_figures() {
    let engine = Engine::bundled().expect("bundled rules load");
    assert_eq!(units(&engine, "Rybakina won 7-6 (4), 3-6, 6-1 in Doha."), []);
    assert_eq!(units(&engine, "Wages rose 3-4% in May, and rents 5-6%, 7-8% in some cities.").len(), 3);
}

/// (text, value, qualifier, measure, unit) of every figure.
fn figures_of(engine: &Engine, text: &str) -> Vec<(String, f64, String, String, Option<String>)> {
    let (_, analysis) = analyze_text(engine, "case", text);
    analysis
        .records
        .iter()
        .filter_map(|r| r.as_figure().map(|f| (text[r.start..r.end].to_string(), f.value, f.qualifier.clone(), f.measure.clone(), f.unit.clone())))
        .collect()
}

#[test]
fn an_average_or_median_is_exact() {
    let engine = Engine::bundled().expect("bundled rules");
    for (text, figure) in [
        ("Households spent an average of $1,200 on heating last winter.", "an average of $1,200"),
        ("Rents rose 4.5% on average in the capital.", "4.5%"),
        ("Wages grew by a median of 3.1% last year.", "3.1%"),
    ] {
        let found = figures_of(&engine, text);
        let f = found.iter().find(|f| f.0.ends_with(figure) || f.0 == figure).unwrap_or_else(|| panic!("{figure} in {found:?}"));
        assert_eq!(f.2, "exact", "{text}");
    }
    // An estimate stays one.
    let found = figures_of(&engine, "An estimated 4,000 people attended.");
    assert_eq!(found[0].2, "about");
}

#[test]
fn concentrations_are_quantities() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        ("Methane reached 1,930 parts per billion last year.", "part per billion"),
        ("Tests found 22 ppm of lead in the paint.", "part per million"),
        ("Fine particles hit 310 micrograms per cubic meter in Delhi.", "microgram per cubic meter"),
        ("Nitrate levels of 12 milligrams per litre were measured.", "milligram per liter"),
    ];
    for (text, unit) in cases {
        let found = figures_of(&engine, text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].3.as_str(), found[0].4.as_deref()), ("quantity", Some(unit)), "{text}");
    }
}

#[test]
fn a_part_of_a_duration_is_no_figure() {
    let engine = Engine::bundled().expect("bundled rules");
    assert!(figures_of(&engine, "The judge gave him six years, four of them suspended.").is_empty());
    assert!(figures_of(&engine, "She served 18 months, nine of which were on probation.").is_empty());
    let found = figures_of(&engine, "He got a 24-month sentence, 12 of them suspended.");
    assert!(found.iter().all(|f| f.0 != "12"), "{found:?}");
    // A part of a counted group stays a figure, with the group's noun.
    let found = figures_of(&engine, "Eleven miners died, three of them teenagers.");
    assert_eq!(found.len(), 2, "{found:?}");
    let found = figures_of(&engine, "The team played 30 games, winning 21 of them.");
    assert!(found.iter().any(|f| f.0 == "21" && f.4.as_deref() == Some("game")), "{found:?}");
}

#[test]
fn an_estimate_at_a_number_is_about_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let found = figures_of(&engine, "Organizers estimated attendance at 75,000.");
    assert_eq!(found[0].2, "about");
    let found = figures_of(&engine, "Losses were estimated at $3 billion.");
    assert_eq!(found[0].2, "about");
    // `at` without an estimate is exact.
    let found = figures_of(&engine, "Police put the crowd at 75,000.");
    assert_eq!(found[0].2, "exact");
}

#[test]
fn a_quakes_measure_is_a_magnitude() {
    let engine = Engine::bundled().expect("bundled rules");
    let found = figures_of(&engine, "A quake measuring 5.8 shook the island on Monday.");
    assert_eq!((found[0].1, found[0].3.as_str(), found[0].4.as_deref()), (5.8, "quantity", Some("magnitude")));
}

/// A money unit joined to its number by a hyphen is money (`a 25-cent fee`), as a physical
/// unit is a quantity (`a 5-ton truck`); a year made long ago is a date, no count.
#[test]
fn hyphenated_money_and_old_years() {
    let engine = Engine::bundled().expect("bundled rules");
    let figures = figures_of(&engine, "Shoppers will pay a 25-cent fee for each paper bag.");
    assert_eq!(figures.len(), 1);
    assert_eq!((figures[0].0.as_str(), figures[0].3.as_str()), ("25-cent", "money"));
    assert!(figures_of(&engine, "The chalice, made around 1340 in Siena, was stolen.").is_empty());
}

/// A bare count that takes its noun from the sentence before takes the one of the figure
/// nearest in size when the last is more than ten times off (`That compares with 152,000`).
#[test]
fn a_bare_count_takes_the_noun_of_a_figure_its_size() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "More than 40,000 nurses quit their jobs this year at 212 hospitals. That compares with about 55,000 last year.";
    assert_eq!(units(&engine, text).last().cloned(), Some(("about 55,000".into(), Some("nurse".into()))));
    // Within ten times, the last one still.
    let text = "The bank's five-member board matched the forecasts of 14 of the 17 analysts in a poll. The other three had expected a cut.";
    assert_eq!(units(&engine, text).last().cloned(), Some(("three".into(), Some("analyst".into()))));
}

/// `cut the number of daily transit slots to 27`: the tally's plural is found past an
/// adjective in -ly and a noun modifier.
#[test]
fn a_tally_names_its_plural_past_two_modifiers() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The port will cut the number of weekly cargo berths to 18 from 25.";
    assert_eq!(units(&engine, text).first().cloned(), Some(("18".into(), Some("berth".into()))));
}

/// `a family of four`: a group of people sized by a bare number counts persons; `a mother of
/// three` counts children. A written number after a bare one starts its own phrase (`down from
/// 3,640 seven years ago` counts no years).
#[test]
fn a_family_of_four_counts_persons() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Prices rose 5% last year. A household of six now spends far more on food.";
    assert_eq!(units(&engine, text).last().cloned(), Some(("six".into(), Some("person".into()))));
    let text = "Rents rose 5% last year. Maria Ortiz, a mother of three, said she would move.";
    assert_eq!(units(&engine, text).last().cloned(), Some(("three".into(), Some("child".into()))));
    let text = "Membership stands at 2,100 nurses, down from 2,480 six years ago.";
    assert_eq!(units(&engine, text).last().cloned(), Some(("2,480".into(), Some("nurse".into()))));
}

/// `sent 214 residents to hospital and killed 11`: a verb of harm joined to a figure of people
/// counts those people; joined to one of things, persons (`destroyed 40 homes and killed 12`).
#[test]
fn a_joined_verb_of_harm_counts_the_people_before() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The storm sent 120 residents to shelters and killed 14, officials said.";
    assert_eq!(units(&engine, text).last().cloned(), Some(("14".into(), Some("resident".into()))));
    let text = "The storm destroyed 40 homes and killed 12, officials said.";
    assert_eq!(units(&engine, text).last().cloned(), Some(("12".into(), Some("person".into()))));
}
