//! Numbers in model and index names, inch marks and fractions of a point: what must
//! and what must not come out as a figure (and, for index names, as a year). The
//! texts are written here, not taken from the corpus, so they check the general cues.

use figures::Engine;
use figures::pipeline::analyze_text;
use figures::record::Record;

/// A figure as (text, value, unit).
type Figure = (String, f64, Option<String>);

/// Every figure, and the text of every date.
fn read(engine: &Engine, text: &str) -> (Vec<Figure>, Vec<String>) {
    let (doc, analysis) = analyze_text(engine, "t", text);
    let slice = |r: &Record| doc.text[r.start..r.end].to_string();
    let figures = analysis.records.iter().filter_map(|r| r.as_figure().map(|f| (slice(r), f.value, f.unit.clone()))).collect();
    let dates = analysis.records.iter().filter(|r| r.as_figure().is_none() && r.kind().as_str() == "date").map(slice).collect();
    (figures, dates)
}

fn engine() -> Engine {
    Engine::bundled().expect("bundled rules load")
}

#[test]
fn model_numbers_are_not_figures() {
    let engine = engine();
    for text in [
        "The 787 Dreamliner was grounded.",
        "The Boeing 737 Max crashed.",
        "The pilot flew an F-35 over the base.",
        "Apple unveiled the iPhone 15 on Tuesday.",
        "Microsoft shipped Windows 11.",
        "The Airbus A320 landed safely.",
        "A 747 jumbo jet landed.",
        "He flew a 787 to Tokyo.",
    ] {
        let (figures, _) = read(&engine, text);
        assert!(figures.is_empty(), "{text:?}: expected no figure, got {figures:?}");
    }
}

#[test]
fn counts_near_model_names_stay_figures() {
    let engine = engine();
    for (text, span, value, unit) in [
        ("Boeing delivered 12 787 Dreamliners in May.", "12 787 Dreamliners", 12.0, "dreamliner"),
        ("They ordered 20 737 MAX jets.", "20 737 MAX jets", 20.0, "jet"),
        ("Some 787 Dreamliners were delivered.", "Some 787 Dreamliners", 787.0, "dreamliner"),
        ("Boeing cut 2,000 jobs.", "2,000 jobs", 2000.0, "job"),
        ("The agency sent 1,600 Border Patrol agents.", "1,600 Border Patrol agents", 1600.0, "agent"),
        ("The Airbus A320 seats 150 passengers.", "150 passengers", 150.0, "passenger"),
        ("Lockheed delivered 141 F-35 jets.", "141 F-35 jets", 141.0, "jet"),
        ("China's population is 1 414 021 100 people.", "1 414 021 100 people", 1_414_021_100.0, "person"),
        ("He bought a 100 shares.", "100 shares", 100.0, "share"),
        ("Biden Administration Reunites 12 500 Children", "12 500 Children", 12500.0, "child"),
        ("A 1,000 strong crowd gathered.", "1,000", 1000.0, ""),
        // A name and its model between the number and the noun.
        ("Aeroflot will buy 22 new Boeing 787 Dreamliner aircraft.", "22 new Boeing 787 Dreamliner aircraft", 22.0, "aircraft"),
        ("Two of the Rolls-Royce Trent 900 engines failed.", "Two", 2.0, "engine"),
        ("Qatar will buy 20 of Boeing's larger 777 planes.", "20", 20.0, "plane"),
        // A noun with `of` counts the number itself; a plural before it does not.
        ("It flew into blue skies with a flight crew of six on board.", "six", 6.0, "crew"),
        ("It flew into blue skies with a flight team of six on board.", "six", 6.0, ""),
        ("The rate was 12.5 deaths per 100,000 people.", "12.5 deaths", 12.5, "death"),
    ] {
        let (figures, _) = read(&engine, text);
        assert!(
            figures.iter().any(|(s, v, u)| s == span && *v == value && u.as_deref().unwrap_or("") == unit),
            "{text:?}: expected {span:?} = {value} {unit}, got {figures:?}"
        );
    }
    // The base of a rate is no count.
    let (figures, _) = read(&engine, "The rate was 12.5 deaths per 100,000 people.");
    assert_eq!(figures.len(), 1, "{figures:?}");
    // Digits grouped by a plain space before a lower-case word are still one number.
    let (figures, _) = read(&engine, "40 000 is the same as 40 000");
    assert!(figures.iter().all(|(_, v, _)| *v == 40000.0) && figures.len() == 2, "{figures:?}");
}

#[test]
fn stock_index_numbers_are_neither_figures_nor_years() {
    let engine = engine();
    for text in [
        "The Russell 2000 fell on Monday.",
        "Small caps in the Russell 2000 index slid.",
        "The S&P 500, the FTSE 100 and the Nikkei 225 rose.",
        "The Nasdaq-100 and the Euro Stoxx 50 slipped; the DAX 40 and CAC 40 gained.",
        "Stocks in the Standard & Poor's 500 index rose.",
    ] {
        let (figures, dates) = read(&engine, text);
        assert!(figures.is_empty(), "{text:?}: expected no figure, got {figures:?}");
        assert!(dates.iter().all(|d| !d.chars().any(|c| c.is_ascii_digit())), "{text:?}: index number read as a date: {dates:?}");
    }
    // The moves of an index are figures, and a real year beside an index is a year.
    let (figures, dates) = read(&engine, "In 2000 the Russell 2000 rose 25 points and the Dow fell 300 points.");
    assert_eq!(dates, vec!["2000".to_string()]);
    let spans: Vec<&str> = figures.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(spans, vec!["25 points", "300 points"]);
}

#[test]
fn inch_marks_before_screens_are_inches() {
    let engine = engine();
    for (text, span, value) in [
        ("The laptop has a 13.3\" screen.", "13.3\"", 13.3),
        ("It has a 15.6\" LED display.", "15.6\"", 15.6),
        ("The laptop has a 13.3-inch screen.", "13.3-inch", 13.3),
        ("The panel measures 27″ across.", "27″", 27.0),
    ] {
        let (figures, _) = read(&engine, text);
        assert!(
            figures.iter().any(|(s, v, u)| s == span && *v == value && u.as_deref() == Some("inch")),
            "{text:?}: expected {span:?} = {value} inch, got {figures:?}"
        );
    }
    // A straight quote that can close a quotation is not an inch mark.
    for text in ["He said \"it cost 5\" and left.", "She called it \"the best 10\" ever."] {
        let (figures, _) = read(&engine, text);
        assert!(figures.iter().all(|(_, _, u)| u.as_deref() != Some("inch")), "{text:?}: {figures:?}");
    }
}

#[test]
fn fractions_of_a_point_are_parts_of_a_point() {
    let engine = engine();
    for (text, span, value, unit) in [
        ("Rates rose three-quarters of a point.", "three-quarters of a point", 0.75, "point"),
        ("The Fed raised rates by three-quarters of a percentage point.", "three-quarters of a percentage point", 0.75, "percentage point"),
        ("Yields fell half a point.", "half a point", 0.5, "point"),
        ("The central bank made a quarter-point cut.", "a quarter-point", 0.25, "point"),
        ("Two-thirds of voters agreed.", "Two-thirds", 66.67, "percent"),
    ] {
        let (figures, dates) = read(&engine, text);
        assert!(
            figures.iter().any(|(s, v, u)| s == span && (*v - value).abs() < 1e-9 && u.as_deref() == Some(unit)),
            "{text:?}: expected {span:?} = {value} {unit}, got {figures:?}"
        );
        assert!(dates.is_empty(), "{text:?}: a fraction read as a date: {dates:?}");
    }
}

#[test]
fn a_model_named_once_is_no_figure_where_it_stands_bare() {
    let engine = engine();
    // `Boeing 717` makes the later bare 717 the model; a counted 500 stays a figure.
    let (figures, _) = read(&engine, "Boeing delivered the final 717 to AirTran. The Boeing 717 was its last jet.");
    assert!(figures.is_empty(), "{figures:?}");
    let (figures, _) = read(&engine, "The S&P 500 fell. Some 500 companies reported.");
    assert_eq!(figures.iter().map(|f| (f.0.as_str(), f.2.as_deref())).collect::<Vec<_>>(), [("Some 500 companies", Some("company"))]);
    // Without the name anywhere, bare digits are still a figure.
    let (figures, _) = read(&engine, "The airline delivered the final 717 on Tuesday.");
    assert_eq!(figures.len(), 1, "{figures:?}");
}

#[test]
fn a_verb_before_its_object_is_no_counted_noun() {
    let engine = engine();
    for (text, unit) in [
        ("Boeing pushes back 737 replacement development.", None),
        ("The company lays off 500 in Ohio.", None),
        ("Boeing unveils long-range 777 today.", None),
        ("Hundreds of migrants, some 500 in all, arrived.", Some("migrant")),
    ] {
        let (figures, _) = read(&engine, text);
        assert_eq!(figures.len(), 1, "{text:?}: {figures:?}");
        assert_eq!(figures[0].2.as_deref(), unit, "{text:?}: {figures:?}");
    }
}

#[test]
fn fractions_written_with_a_space_are_shares_not_counts_or_durations() {
    let engine = engine();
    for (text, span, value) in [("Three quarters of voters agreed.", "Three quarters", 75.0), ("Two thirds of the money was spent.", "Two thirds", 66.67)] {
        let (figures, dates) = read(&engine, text);
        assert!(figures.iter().any(|(s, v, u)| s == span && (*v - value).abs() < 0.01 && u.as_deref() == Some("percent")), "{text:?}: {figures:?}");
        assert!(dates.is_empty(), "{text:?}: a share read as a duration: {dates:?}");
    }
    // Quarters of a year stay a duration.
    let (figures, dates) = read(&engine, "It posted two consecutive quarters of growth.");
    assert!(figures.is_empty(), "{figures:?}");
    assert_eq!(dates, ["two consecutive quarters"]);
}

#[test]
fn sports_scores_are_not_ranges() {
    let engine = engine();
    for text in [
        "Belgium defeated debutants Panama 3 – 0, and Tunisia lost 1 – 2 to England.",
        "Group G — Tunisia 1 – 2 England",
        "The Yankees beat Boston 5-3 on Sunday.",
    ] {
        let (figures, _) = read(&engine, text);
        assert!(figures.is_empty(), "{text:?}: expected no figure, got {figures:?}");
    }
    // Ranges of counts and of ages stay what they were.
    for (text, figure) in [("Officials expect 10-15 deaths.", "10-15 deaths"), ("The Giants lost 10-15 players to injury.", "10-15 players")] {
        let (figures, _) = read(&engine, text);
        assert!(figures.iter().any(|f| f.0 == figure), "{text:?}: expected {figure:?}, got {figures:?}");
    }
}

#[test]
fn items_numbered_together_are_not_figures() {
    let engine = engine();
    for text in ["Shells fell near posts 250 and 251.", "Tickets for games 3, 4 and 5 sold out."] {
        let (figures, _) = read(&engine, text);
        assert!(figures.is_empty(), "{text:?}: expected no figure, got {figures:?}");
    }
}

#[test]
fn a_number_with_thousands_separators_after_a_capitalized_word_counts() {
    let (figures, _) = read(&engine(), "Death Toll From Turkey Earthquake Tops 40,000\n\nRescuers kept digging.");
    assert_eq!(figures.iter().map(|f| f.1).collect::<Vec<_>>(), vec![40000.0], "{figures:?}");
}

#[test]
fn a_written_number_after_the_noun_starts_a_phrase_of_its_own() {
    let (figures, dates) = read(&engine(), "The quake was followed by a 7.5 aftershock nine hours later.");
    assert_eq!(figures, vec![("7.5".to_string(), 7.5, None)]);
    assert_eq!(dates, vec!["nine hours".to_string()]);
}

#[test]
fn a_cricket_score_is_no_count_of_wickets() {
    let engine = engine();
    let (figures, _) = read(&engine, "Sri Lanka reached 263 for eight in their 50 overs.");
    assert_eq!(figures, vec![("50 overs".to_string(), 50.0, Some("over".to_string()))]);
    let (figures, _) = read(&engine, "New Zealand were 94 for 2 at tea.");
    assert!(figures.is_empty(), "{figures:?}");
    // Runs for a span of time, or votes for a side, stay figures.
    let (figures, _) = read(&engine, "The appeal raised 263 for eight months of school meals.");
    assert_eq!(figures.iter().map(|f| f.1).collect::<Vec<_>>(), vec![263.0], "{figures:?}");
    let (figures, _) = read(&engine, "The motion passed 263 for, 190 against.");
    assert_eq!(figures.iter().map(|f| f.1).collect::<Vec<_>>(), vec![263.0, 190.0], "{figures:?}");
}

#[test]
fn plus_or_minus_is_a_margin_not_a_negative() {
    let engine = engine();
    let (figures, _) = read(&engine, "The survey of 2,040 voters has a margin of error of plus or minus 3.1 percentage points.");
    assert_eq!(figures.iter().map(|f| f.1).collect::<Vec<_>>(), vec![2040.0, 3.1], "{figures:?}");
    let (figures, _) = read(&engine, "Overnight lows fell to minus 7 degrees.");
    assert_eq!(figures.iter().map(|f| f.1).collect::<Vec<_>>(), vec![-7.0], "{figures:?}");
}
