//! The event a figure gets, on constructions beyond the seed articles.

use figures::Engine;
use figures::pipeline::analyze_text;

/// The event of the figure whose text starts with `figure`.
fn event_of(engine: &Engine, text: &str, figure: &str) -> Option<String> {
    let (_, analysis) = analyze_text(engine, "case", text);
    let record = analysis
        .records
        .iter()
        .find(|r| r.as_figure().is_some() && text[r.start..r.end].starts_with(figure))
        .unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"));
    record.as_figure().and_then(|f| f.event.clone())
}

#[test]
fn a_word_inside_an_agency_name_is_no_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Office of Refugee Resettlement said it was caring for 9,312 children.";
    assert_eq!(event_of(&engine, text, "9,312"), Some("care".into()));
    let text = "The Family Reunification Task Force said 300 parents had been contacted.";
    assert_eq!(event_of(&engine, text, "300"), Some("contact".into()));
}

#[test]
fn an_according_to_source_is_no_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Nearly 4,000 were unaccompanied minors, according to CBP data released late Monday.";
    assert_eq!(event_of(&engine, text, "Nearly 4,000"), None);
}

#[test]
fn news_events_beyond_immigration() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "The company sold 142,285 vehicles in May.", "142,285"), Some("sell".into()));
    assert_eq!(event_of(&engine, "GM said it had lost $5.9 billion in the quarter.", "$5.9 billion"), Some("lose".into()));
    assert_eq!(event_of(&engine, "The airline will receive six new aircraft.", "six"), Some("receive".into()));
    assert_eq!(event_of(&engine, "Tesla delivered 1.81 million vehicles last year.", "1.81 million"), Some("deliver".into()));
    assert_eq!(event_of(&engine, "He was fined $5,000 by the court.", "$5,000"), Some("fine".into()));
    assert_eq!(event_of(&engine, "The airline cancelled 1,500 flights.", "1,500"), Some("cancel".into()));
    // Taking delivery is receiving, not delivering.
    assert_eq!(event_of(&engine, "From 2014 it will take delivery of six new A350 aircraft.", "six"), Some("receive".into()));
    // The currency word of an amount is no event; the verb still is.
    assert_eq!(event_of(&engine, "Revenues climbed 11.5% to 3.2 trillion won.", "3.2 trillion won"), Some("rise".into()));
    assert_eq!(event_of(&engine, "The club won 3 titles in a row.", "3 titles"), Some("win".into()));
    // `fine` alone is mostly the adjective.
    assert_eq!(event_of(&engine, "It was a fine day, and 300 people gathered.", "300"), None);
}

#[test]
fn business_and_market_verbs_are_events() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        ("Qatar Airways will also purchase 20 of the larger planes.", "20", "buy"),
        ("General Motors said it would axe 10,000 jobs in Europe.", "10,000", "cut"),
        ("Ford will cut 30,000 jobs after a $1.6 billion loss.", "30,000", "cut"),
        ("GM reported a loss of $381 million in the quarter.", "$381 million", "lose"),
        ("The Dow Jones Industrial Average gained 155.91 points.", "155.91", "rise"),
        ("The Nasdaq dipped by 96 points.", "96", "drop"),
        ("A survey of 1,709 schoolchildren was carried out in May.", "1,709", "conduct"),
        ("Air Canada has ordered 18 new jets.", "18", "order"),
        ("A total of 1,556 children were placed with sponsors.", "1,556", "place"),
        ("Volunteers helped 1,200 families file paperwork.", "1,200", "assist"),
    ];
    for (text, figure, event) in cases {
        assert_eq!(event_of(&engine, text, figure).as_deref(), Some(event), "{text}");
    }
    // `a score of` counts twenty; it is no scoring.
    let text = "The airline signed a contract to purchase a score of jets for 9.9 billion yuan.";
    assert_ne!(event_of(&engine, text, "9.9 billion").as_deref(), Some("score"));
}

#[test]
fn a_range_does_not_take_the_event_of_an_earlier_equal_number() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The ceiling fell to 15,000. Officials expect between 15,000 and 20,000 from Latin America.";
    assert_eq!(event_of(&engine, text, "between 15,000"), None);
    // A repeated single number is still the same group.
    let text = "The agency deported 15,000 people. Of the 15,000, most were adults.";
    let (_, analysis) = analyze_text(&engine, "case", text);
    let later = analysis.records.iter().filter(|r| r.as_figure().is_some() && r.start > 30).find_map(|r| r.as_figure());
    assert_eq!(later.and_then(|f| f.event.clone()), Some("deport".into()));
}

#[test]
fn declined_to_is_a_refusal_not_a_fall() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "A dozen parents have declined to return.", "A dozen"), None);
    assert_eq!(event_of(&engine, "Crossings declined to 4,000 in May.", "4,000"), Some("drop".into()));
}

#[test]
fn sending_is_an_event() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "The Pentagon has sent 1,500 troops to the border.", "1,500"), Some("send".into()));
}

#[test]
fn the_cue_of_a_trailing_attribution_is_no_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "About 3 in 10 adults said immigration was the top problem, a Gallup poll found.";
    assert_eq!(event_of(&engine, text, "About 3 in 10"), None);
}

#[test]
fn a_verb_right_before_the_figure_beats_its_counted_noun() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The agency had approved 4,200 applications for assistance.";
    assert_eq!(event_of(&engine, text, "4,200 applications").as_deref(), Some("approve"));
    let text = "Officials processed nearly 3,000 applications last month.";
    assert_eq!(event_of(&engine, text, "nearly 3,000 applications").as_deref(), Some("process"));
    // Without such a verb the noun names the event.
    let text = "There were 500 deportations in May.";
    assert_eq!(event_of(&engine, text, "500 deportations").as_deref(), Some("deport"));
}

#[test]
fn disasters_burn_destroy_and_damage() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Camp Fire destroyed nearly 14,000 homes and killed 85 people.";
    assert_eq!(event_of(&engine, text, "nearly 14,000 homes").as_deref(), Some("destroy"));
    assert_eq!(event_of(&engine, text, "85 people").as_deref(), Some("kill"));
    assert_eq!(event_of(&engine, "Wildfires burned 1.6 million acres.", "1.6 million acres").as_deref(), Some("burn"));
}

#[test]
fn a_relative_clause_about_a_later_noun_has_its_own_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "She was one of the 1,500 people bused to New York, which has spent $1.5bn on migrant services.";
    assert_eq!(event_of(&engine, text, "1,500 people").as_deref(), Some("transport"));
    let text = "She was one of the 1,500 people in the group, which has spent $1.5bn on migrant services.";
    assert_eq!(event_of(&engine, text, "1,500 people"), None);
    assert_eq!(event_of(&engine, text, "$1.5bn").as_deref(), Some("spend"));
    // One right after the figure describes what it counts.
    let text = "Officials counted 500 children, who were deported in May.";
    assert_eq!(event_of(&engine, text, "500 children").as_deref(), Some("deport"));
}

#[test]
fn immigration_verbs_paroled_bused_removals_and_stopped_at_the_border() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "Officials paroled 1,200 migrants.", "1,200 migrants").as_deref(), Some("parole"));
    assert_eq!(event_of(&engine, "Texas has bused 9,000 migrants to New York.", "9,000 migrants").as_deref(), Some("transport"));
    assert_eq!(event_of(&engine, "There were 72,000 removals last year.", "72,000 removals").as_deref(), Some("deport"));
    let text = "More than 6 million migrants have been stopped at the border.";
    assert_eq!(event_of(&engine, text, "More than 6 million migrants").as_deref(), Some("encounter"));
}

#[test]
fn up_and_down_before_a_change_are_its_direction() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Dow Jones was down 2.62% at 16:08 UTC, a slight increase from earlier in the day.";
    assert_eq!(event_of(&engine, text, "2.62%"), Some("drop".into()));
    assert_eq!(event_of(&engine, "Shares were up 3.1% by noon.", "3.1%"), Some("rise".into()));
    // `up to` bounds a number; it is no rise.
    assert_eq!(event_of(&engine, "The ship can carry up to 840 people.", "up to 840"), Some("carry".into()));
    assert_eq!(event_of(&engine, "The economy shed 663,000 jobs in March.", "663,000"), Some("cut".into()));
}

#[test]
fn the_reporting_verb_is_no_event_of_the_reported_figures() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The plan will cost $26 million, although a recent poll found only a quarter of citizens favoured a change.";
    assert_eq!(event_of(&engine, text, "a quarter"), None);
    assert_eq!(event_of(&engine, text, "$26 million"), Some("cost".into()));
    let text = "The vote will be held in May, although a recent poll found only a quarter of citizens favoured a change.";
    assert_eq!(event_of(&engine, text, "a quarter"), None);
    // Without a reported clause the verb is the figure's event.
    assert_eq!(event_of(&engine, "Searchers found 300 parents in May.", "300"), Some("locate".into()));
}

#[test]
fn a_verb_of_cost_is_the_event_and_its_noun_is_not() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "The new iPod will cost $199 in the US.", "$199"), Some("cost".into()));
    assert_eq!(event_of(&engine, "The firm wants to reduce costs at Opel by 30%.", "30%"), Some("cut".into()));
}

#[test]
fn added_jobs_are_the_event_add() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "U.S. employers added 263,000 jobs in September.", "263,000"), Some("add".into()));
}

#[test]
fn pledges_of_aid_are_the_event_pledge() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The European Commission pledged 200 million euros in humanitarian aid.";
    assert_eq!(event_of(&engine, text, "200 million euros"), Some("pledge".into()));
}

#[test]
fn of_coordinated_verbs_the_first_is_the_event() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "The agency has deported or expelled 2,000 people.", "2,000"), Some("deport".into()));
    assert_eq!(event_of(&engine, "About 2,000 migrants were deported or returned.", "About 2,000"), Some("deport".into()));
    assert_eq!(event_of(&engine, "The agency has located, contacted and reunited 300 parents.", "300"), Some("locate".into()));
    // A verb with its own object is another clause's, and a comma alone joins nothing.
    assert_eq!(event_of(&engine, "Agents arrested 40 people and deported 2,000 others.", "2,000"), Some("deport".into()));
    assert_eq!(event_of(&engine, "Having deported, the agency reunited 300 parents.", "300"), Some("reunite".into()));
}

/// `funds` is the money, not funding: the figure takes no event from it; the verb still names one.
#[test]
fn funds_the_noun_is_no_event() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "Only about 10 percent of the funds have been disbursed.", "about 10 percent"), None);
    assert_eq!(event_of(&engine, "The state funded 200 schools last year.", "200 schools"), Some("fund".into()));
    assert_eq!(event_of(&engine, "Congress approved $5 million in funding for the program.", "$5 million"), Some("approve".into()));
}

#[test]
fn a_verdict_is_no_search_and_a_courts_damages_no_harm() {
    let engine = Engine::bundled().expect("bundled rules");
    // `found … liable/guilty` is a verdict; `found` with no verdict is still a search's result.
    assert_eq!(event_of(&engine, "The panel found the landlord liable on three of the five counts.", "three"), None);
    assert_eq!(event_of(&engine, "A jury found both men guilty of 14 charges.", "14 charges"), None);
    assert_eq!(event_of(&engine, "Divers found 23 bodies in the wreck.", "23 bodies"), Some("locate".into()));
    // Damages a court awards are money, not harm; harm done keeps its event.
    assert_eq!(event_of(&engine, "She was awarded $4.2 million in punitive damages.", "$4.2 million"), Some("award".into()));
    assert_eq!(event_of(&engine, "The tenants are seeking $90,000 in damages.", "$90,000"), None);
    assert_eq!(event_of(&engine, "The fire damaged 86 shops.", "86 shops"), Some("damage".into()));
    assert_eq!(event_of(&engine, "The floods caused $3 billion in damages.", "$3 billion"), Some("damage".into()));
}

#[test]
fn a_relative_cost_is_the_cost_event_and_the_noun_is_not() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "The bridge, which cost $640 million, opened in May.", "$640 million"), Some("cost".into()));
    assert_eq!(event_of(&engine, "Its cost was put at $640 million.", "$640 million"), None);
}

#[test]
fn a_figure_after_a_fronted_phrase_takes_its_own_clauses_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "In a survey published Monday, 41% of nurses rejected the offer.";
    assert_eq!(event_of(&engine, text, "41%"), Some("deny".into()));
    // With no event after it, the one before still serves.
    let text = "Troops evacuated 900 villagers, 300 of them children.";
    assert_eq!(event_of(&engine, text, "300"), Some("evacuate".into()));
}

#[test]
fn what_a_study_found_is_no_search() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "The audit found 1,200 errors in the ledgers.", "1,200"), None);
    assert_eq!(event_of(&engine, "Divers searching the lake found 4 cars.", "4 cars"), Some("locate".into()));
}

#[test]
fn a_fund_as_a_noun_is_no_funding() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "The pension fund manages $86 billion.", "$86 billion"), None);
    assert_eq!(event_of(&engine, "The grant will fund 45 research posts.", "45"), Some("fund".into()));
}

#[test]
fn a_noun_before_a_change_is_no_event_of_its_own() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "Teachers accepted a 6.5% pay rise.", "6.5%"), Some("rise".into()));
    assert_eq!(event_of(&engine, "The budget relies on $12 billion of spending cuts.", "$12 billion"), Some("cut".into()));
    assert_eq!(event_of(&engine, "Employers must pay 6.5% more in contributions.", "6.5%"), Some("pay".into()));
}

#[test]
fn separate_as_an_adjective_is_no_separation() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The insurer reached a separate settlement of $65 million with the regulator.";
    assert_eq!(event_of(&engine, text, "$65 million"), None);
    let text = "In two separate raids, police seized 140 kilograms of heroin.";
    assert_eq!(event_of(&engine, text, "140 kilograms"), Some("seize".into()));
    // The verb still names the event.
    let text = "The policy would separate about 2,000 children from their parents.";
    assert_eq!(event_of(&engine, text, "about 2,000 children"), Some("separate".into()));
    let text = "Agents were ordered not to separate 300 families at the border.";
    assert_eq!(event_of(&engine, text, "300 families"), Some("separate".into()));
}

#[test]
fn a_participle_or_a_report_after_a_figure_is_not_its_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The avalanche swept away 14 chalets, killing 6 skiers.";
    assert_eq!(event_of(&engine, text, "14 chalets"), None);
    assert_eq!(event_of(&engine, text, "6 skiers"), Some("kill".into()));
    let text = "A review of 61,000 patient records found that fewer patients died after the change.";
    assert_eq!(event_of(&engine, text, "61,000"), None);
    // A participle that is not an event, or an event with no report between, still serves.
    let text = "More than 80 people, including 12 children, were rescued from the roof.";
    assert_eq!(event_of(&engine, text, "More than 80 people"), Some("rescue".into()));
    let text = "About 400 workers were laid off last month, the union said.";
    assert_eq!(event_of(&engine, text, "About 400 workers"), Some("lay_off".into()));
}

#[test]
fn more_verbs_of_a_level_moving_are_rises_and_falls() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        ("Consumer inflation slowed to 2.7% in June.", "2.7%", "drop"),
        ("Car sales slumped 11% in the quarter.", "11%", "drop"),
        ("The budget gap narrowed to $41 billion.", "$41 billion", "drop"),
        ("The jobless rate ticked down to 5.1%.", "5.1%", "drop"),
        ("The FTSE 100 rallied 0.8% by midday.", "0.8%", "rise"),
        ("Its current-account deficit widened to 3.9% of GDP.", "3.9%", "rise"),
    ];
    for (text, figure, event) in cases {
        assert_eq!(event_of(&engine, text, figure).as_deref(), Some(event), "{text}");
    }
    // `quantitative easing` and an `advanced` economy move no level.
    assert_eq!(event_of(&engine, "The bank kept quantitative easing at $600 billion.", "$600 billion"), None);
    assert_eq!(event_of(&engine, "Output in advanced economies is 4% below trend.", "4%"), None);
}

#[test]
fn another_clause_with_a_subject_or_figures_of_its_own_lends_no_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Burglaries rose 6% to 81,000, while shoplifting accounted for 420,000 offences.";
    assert_eq!(event_of(&engine, text, "420,000"), None);
    let text = "About 3,000 homes lost power overnight, and the number of outages rose 40% by noon.";
    assert_eq!(event_of(&engine, text, "About 3,000 homes"), Some("lose".into()));
    let text = "Some 900 teachers joined the strike, and the number of closures rose 12% on Friday.";
    assert_eq!(event_of(&engine, text, "Some 900 teachers"), None);
    // A gapped clause (no words of its own before the figure) still borrows.
    assert_eq!(event_of(&engine, "Exports rose 5% in May, but only 2% in June.", "2%"), Some("rise".into()));
}

#[test]
fn a_relative_clauses_verb_of_a_later_figure_is_not_an_earlier_ones() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The state opened a $12 million clinic that employs 40 nurses.";
    assert_eq!(event_of(&engine, text, "$12 million"), Some("open".into()));
    // Without a later figure the relative clause still serves, and a subject keeps its verb.
    let text = "The council approved a $12 million plan that was rejected last year.";
    assert_eq!(event_of(&engine, text, "$12 million"), Some("approve".into()));
    let text = "Eight ministers had received 5 million yen from the industry.";
    assert_eq!(event_of(&engine, text, "Eight ministers"), Some("receive".into()));
}

#[test]
fn common_news_verbs_are_events_in_any_tense() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        ("The visitors missed 14 open chances before the break.", "14", "miss"),
        ("By March, 22 states had passed laws limiting the practice.", "22 states", "pass"),
        ("Nearly 150 firefighters were battling the flames overnight.", "Nearly 150", "fight"),
        ("About 900 homes collapsed in the worst-hit town.", "About 900", "collapse"),
        ("The developer will build 1,400 flats on the site.", "1,400", "build"),
        ("The state collected $3.1 billion in fuel taxes.", "$3.1 billion", "collect"),
        ("Doctors have treated 230 patients for smoke inhalation.", "230", "treat"),
        ("The bill sets aside $40 million for flood defences.", "$40 million", "allocate"),
        ("The retailer plans to close 45 stores next year.", "45", "close"),
        ("At least 2,000 residents were cut off by the landslide.", "At least 2,000", "strand"),
        ("The levy that funds 120 extra teachers was renewed.", "120", "fund"),
    ];
    for (text, figure, event) in cases {
        assert_eq!(event_of(&engine, text, figure).as_deref(), Some(event), "{text}");
    }
    // A cut that is no isolation, and a closing bell that closes nothing.
    assert_eq!(event_of(&engine, "The carrier cut 600 jobs in May.", "600").as_deref(), Some("cut"));
    let text = "The Dow fell 1.2%, or 410 points, at the closing bell.";
    assert_eq!(event_of(&engine, text, "410").as_deref(), Some("drop"));
}

#[test]
fn a_subject_with_a_predicate_of_its_own_borrows_no_event() {
    let engine = Engine::bundled().expect("bundled rules");
    // The lexicon does not know `crumbled`: the houses still take no injuries.
    let text = "Some 700 walls crumbled in the old town, and at least 90 people were injured.";
    assert_eq!(event_of(&engine, text, "Some 700"), None);
    assert_eq!(event_of(&engine, text, "at least 90").as_deref(), Some("injure"));
    // Nor, after a comma, an event from the phrase before it.
    let text = "The group includes a woman being treated for shock, 14 have no papers.";
    assert_eq!(event_of(&engine, text, "14"), None);
    // Without a predicate, a figure still shares its neighbour's (gapping).
    let text = "Exports rose 4% in March and 6% in April.";
    assert_eq!(event_of(&engine, text, "6%").as_deref(), Some("rise"));
}

#[test]
fn a_figure_joined_to_an_object_shares_its_verb() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The navy sent 300 sailors and four ships to assist the rescue.";
    assert_eq!(event_of(&engine, text, "four ships").as_deref(), Some("send"));
    // The level reached after a change, past a date.
    let text = "Thefts fell 9% last year to 31,500, while police made 400 more arrests.";
    assert_eq!(event_of(&engine, text, "31,500").as_deref(), Some("drop"));
    // A restatement after `, or`, whatever verb follows it.
    let text = "The Nikkei dropped 2.1%, or 640 points, to close at 29,800.";
    assert_eq!(event_of(&engine, text, "640").as_deref(), Some("drop"));
    // A subject with its own verb keeps it.
    let text = "The blast killed 12 workers and 30 were injured.";
    assert_eq!(event_of(&engine, text, "30").as_deref(), Some("injure"));
}

#[test]
fn the_event_noun_a_figure_completes_wins() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Losses of up to 6% were recorded in Asian markets.";
    assert_eq!(event_of(&engine, text, "up to 6%").as_deref(), Some("lose"));
    let text = "The evacuation of 3,000 residents was ordered on Friday.";
    assert_eq!(event_of(&engine, text, "3,000").as_deref(), Some("evacuate"));
    // A noun that is no event leaves the verb.
    let text = "A fleet of 40 boats rescued the crew.";
    assert_eq!(event_of(&engine, text, "40").as_deref(), Some("rescue"));
}

#[test]
fn a_figure_in_an_aside_counts_an_event_of_the_aside_only() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The hospital, which has 1,200 beds, has cut 300 nursing posts.";
    assert_eq!(event_of(&engine, text, "1,200"), None);
    assert_eq!(event_of(&engine, text, "300").as_deref(), Some("cut"));
    // An aside that restates the figure before it keeps that figure's event.
    let text = "The index fell by 2.4%, which is 118 points, to 4,907.";
    assert_eq!(event_of(&engine, text, "118").as_deref(), Some("drop"));
    // So does a chain of restatements and the level reached.
    let text = "The Dow, which fell 678 points or more than 7.3% to below 9,000, closed lower.";
    assert_eq!(event_of(&engine, text, "below 9,000").as_deref(), Some("drop"));
}

#[test]
fn phrasal_verbs_and_progressives_name_their_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        ("High winds knocked out electricity to 85,000 customers in Ohio.", "85,000", "knock_out"),
        ("The ice storm is knocking out power lines across 12 counties.", "12 counties", "knock_out"),
        ("Gusts knocked down 300 power poles in the province.", "300 power poles", "knock_out"),
        ("Agents rounded up 200 migrants near the border.", "200 migrants", "detain"),
        ("The board turned down 35 requests for parole.", "35 requests", "deny"),
        // `in the process of being …`: the verb after it, not processing.
        ("Some 90 families are in the process of being resettled in Canada.", "Some 90 families", "resettle"),
    ];
    for (text, figure, event) in cases {
        assert_eq!(event_of(&engine, text, figure).as_deref(), Some(event), "{text}");
    }
}

#[test]
fn up_or_down_before_a_figure_is_a_change() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        ("The forecast cut sent the stock down 11% in late trading.", "11%", "drop"),
        ("The merger news pushed shares of the bank up as much as 14%.", "as much as 14%", "rise"),
        ("Home prices averaged $410,000 in March, up 4.2% from a year earlier.", "4.2%", "rise"),
    ];
    for (text, figure, event) in cases {
        assert_eq!(event_of(&engine, text, figure).as_deref(), Some(event), "{text}");
    }
    // The level before it keeps no change of its own.
    let text = "Home prices averaged $410,000 in March, up 4.2% from a year earlier.";
    assert_eq!(event_of(&engine, text, "$410,000"), None);
    // A particle `up` of another verb is no rise; nor is an `up to` bound.
    let text = "The 3,000 nurses make up 15% of the hospital's staff.";
    assert_ne!(event_of(&engine, text, "15%").as_deref(), Some("rise"));
    let text = "The fund will pay up to $5,000 to each family.";
    assert_eq!(event_of(&engine, text, "up to $5,000").as_deref(), Some("pay"));
}

#[test]
fn a_players_statistics_are_no_events() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "The center finished with 14 rebounds on Sunday.", "14 rebounds"), None);
    assert_eq!(event_of(&engine, "Garcia added nine assists in the win over Denver.", "nine assists").as_deref(), Some("add"));
    // Not the verb of the figure before it either: `and grabbed` has a verb of its own.
    assert_eq!(event_of(&engine, "Okafor scored 22 points and grabbed 11 rebounds.", "11 rebounds"), None);
    // The verb stays one: prices rebound.
    assert_eq!(event_of(&engine, "Copper prices rebounded 4% on Friday.", "4%").as_deref(), Some("rise"));
}

#[test]
fn an_as_clause_keeps_its_event_to_itself() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Quarterly revenue reached $8 billion as shipping costs fell 6%.";
    assert_eq!(event_of(&engine, text, "$8 billion"), None);
    assert_eq!(event_of(&engine, text, "6%").as_deref(), Some("drop"));
    let text = "The city hired 450 teachers as enrollment rose.";
    assert_eq!(event_of(&engine, text, "450 teachers").as_deref(), Some("hire"));
    // `as many as`, `such as`, `as part of`: no clause of their own.
    let text = "Officials evacuated as many as 3,000 residents as part of the plan.";
    assert_eq!(event_of(&engine, text, "as many as 3,000").as_deref(), Some("evacuate"));
}

#[test]
fn a_figure_after_and_and_a_verb_of_its_own_borrows_no_event() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The cyclone destroyed 900 huts and left 60,000 villagers without shelter.";
    assert_eq!(event_of(&engine, text, "60,000"), None);
    // Gapping without a verb still borrows.
    let text = "Officials deported 3,000 people in May and 2,400 in June.";
    assert_eq!(event_of(&engine, text, "2,400").as_deref(), Some("deport"));
}

#[test]
fn confirmed_or_feared_dead_is_killed() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(event_of(&engine, "Mudslides buried the village, with 31 confirmed dead.", "31").as_deref(), Some("kill"));
    assert_eq!(event_of(&engine, "Nine fishermen are feared dead off the coast.", "Nine fishermen").as_deref(), Some("kill"));
}

#[test]
fn a_figure_an_article_sets_before_a_change_noun_is_that_change() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Clinics logged 8,000 new admissions, a 15% jump from last month.";
    assert_eq!(event_of(&engine, text, "15%").as_deref(), Some("rise"));
    let text = "Airlines carried 2 million passengers, a 4% decline on the year.";
    assert_eq!(event_of(&engine, text, "4%").as_deref(), Some("drop"));
}

#[test]
fn rebuilding_restoring_and_boosting_are_events() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        ("Some 650 schools were rebuilt after the quake.", "Some 650 schools", "build"),
        ("Utilities restored service to 80% of households overnight.", "80%", "restore"),
        ("Cheaper fuel boosted airline profits 9% in the quarter.", "9%", "rise"),
    ];
    for (text, figure, event) in cases {
        assert_eq!(event_of(&engine, text, figure).as_deref(), Some(event), "{text}");
    }
}

#[test]
fn cost_joined_to_an_earlier_verb_by_and_is_the_cost() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The storm closed 30 schools and cost the county an estimated $12m.";
    assert_eq!(event_of(&engine, text, "an estimated $12m"), Some("cost".into()));
    let text = "The scanner, which costs $3 million, arrived on Monday.";
    assert_eq!(event_of(&engine, text, "$3 million"), Some("cost".into()));
}
