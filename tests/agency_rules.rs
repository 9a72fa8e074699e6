//! Agency mentions and figure agencies on short made-up news text: each case
//! names one behaviour of `src/extract/agency.rs` or `src/link/agency.rs`.

use figures::Engine;
use figures::pipeline::analyze_text;
use figures::record::{Agency, RecordData};
use once_cell::sync::Lazy;

static ENGINE: Lazy<Engine> = Lazy::new(|| Engine::bundled().expect("bundled rules load"));

/// (mention text, agency) of every agency record.
fn agency_records(text: &str) -> Vec<(String, Agency)> {
    let (_, analysis) = analyze_text(&ENGINE, "t", text);
    analysis
        .records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Agency(a) => Some((text[r.start..r.end].to_string(), a.clone())),
            _ => None,
        })
        .collect()
}

/// (mention text, canonical name, abbreviation) of every agency record.
fn agencies(text: &str) -> Vec<(String, String, Option<String>)> {
    agency_records(text).into_iter().map(|(t, a)| (t, a.name, a.abbr)).collect()
}

/// (figure text, agency) of every figure.
fn figure_agencies(text: &str) -> Vec<(String, Option<String>)> {
    let (_, analysis) = analyze_text(&ENGINE, "t", text);
    analysis
        .records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Figure(f) => Some((text[r.start..r.end].to_string(), f.agency.clone())),
            _ => None,
        })
        .collect()
}

fn names(text: &str) -> Vec<(String, String)> {
    agencies(text).into_iter().map(|(t, n, _)| (t, n)).collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn short_mentions_resolve_to_the_latest_fitting_full_mention() {
    let found = names(
        "The Department of Justice opened an inquiry. The Environmental Protection Agency declined to comment. \
         The department said on Monday it would hire staff, and the agency said nothing.",
    );
    assert!(found.contains(&pair("The department", "Department of Justice")), "{found:?}");
    assert!(found.contains(&pair("the agency", "Environmental Protection Agency")), "{found:?}");
}

#[test]
fn the_agency_is_an_earlier_body_of_a_fitting_type_only() {
    // An intergovernmental body is an agency too, and the latest one named wins.
    let found = names("The Department of Justice opened a case. The World Health Organization issued a warning. The agency said more.");
    assert!(found.contains(&pair("The agency", "World Health Organization")), "{found:?}");
    // A charity, a court, a presidency or a national government is not `the agency`.
    for earlier in ["Greenpeace published a report.", "The Supreme Court ruled.", "The Biden administration acted.", "The Mexican government acted."] {
        let found = names(&format!("{earlier} The agency said more."));
        assert!(found.iter().all(|(mention, _)| mention != "The agency"), "{found:?}");
    }
    // … nor does the speaker stage guess one for it.
    let quotes = analyze_text(&ENGINE, "case", "The Biden administration acted. The agency said 300 people were sick.").1.records;
    let speaker = quotes.iter().find_map(|r| match &r.data {
        RecordData::Quote(q) => Some(q.speaker.clone()),
        _ => None,
    });
    assert_eq!(speaker.as_deref(), Some("The agency"));
    // `the organization` may be an intergovernmental body as well as an NGO.
    let found = names("The World Health Organization issued a warning. The organization said more.");
    assert!(found.contains(&pair("The organization", "World Health Organization")), "{found:?}");
}

#[test]
fn a_short_mention_without_antecedent_is_not_an_agency() {
    let found = names("The task force met on Monday. The department said nothing.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn lower_case_multiword_names_and_job_titles_are_mentions() {
    let found = names("Officials at the department of homeland security met. Homeland Security Secretary Alejandro Mayorkas spoke.");
    assert_eq!(found.iter().filter(|(_, n)| n == "Department of Homeland Security").count(), 2, "{found:?}");
}

#[test]
fn presidencies_are_named_by_their_president() {
    let found = names(
        "The Obama administration began the program. Trump’s administration ended it. \
         The administration of President Joe Biden restored it, and the administration said it would grow.",
    );
    assert!(found.contains(&pair("Obama administration", "Obama administration")), "{found:?}");
    assert!(found.contains(&pair("Trump’s administration", "Trump administration")), "{found:?}");
    assert!(found.contains(&pair("The administration of President Joe Biden", "Biden administration")), "{found:?}");
    assert!(found.contains(&pair("the administration", "Biden administration")), "{found:?}");
    assert!(!found.iter().any(|(_, n)| n == "The administration"), "{found:?}");
}

#[test]
fn the_previous_administration_is_the_presidency_before_the_latest_named() {
    let found = names("The Biden administration reunited families the Trump administration separated. The prior administration did not keep records.");
    assert!(found.contains(&pair("The prior administration", "Trump administration")), "{found:?}");
}

#[test]
fn a_definition_gives_the_abbreviation_and_later_uses_resolve() {
    let found = agencies("The nonprofit Kids in Need of Defense (KIND) sued. KIND said 40 children were affected.");
    let kind: Vec<_> = found.iter().filter(|(_, n, _)| n == "Kids in Need of Defense").collect();
    assert_eq!(kind.len(), 3, "{found:?}");
    assert!(kind.iter().all(|(_, _, a)| a.as_deref() == Some("KIND")), "{found:?}");
}

#[test]
fn initials_of_a_body_named_before_are_its_abbreviation_without_a_definition() {
    let found = agencies(
        "The Vermont Rail Safety Council said 14 crossings failed inspection. A spokesman for the VRSC said repairs \
         would start in May, and the VRSC expects to finish by August.",
    );
    let council: Vec<_> = found.iter().filter(|(_, n, _)| n == "Vermont Rail Safety Council").collect();
    assert_eq!(council.len(), 3, "{found:?}");
    assert!(council.iter().all(|(_, _, a)| a.as_deref() == Some("VRSC")), "{found:?}");
    // Capitals that spell another sequence, or come before the name, are left alone.
    let found = agencies("VRSC rules changed. The Vermont Rail Safety Council met. The VRS team and the RSC were not there.");
    assert!(found.iter().all(|(t, _, _)| t == "Vermont Rail Safety Council"), "{found:?}");
}

#[test]
fn a_government_tied_to_a_country_is_that_country_s_government() {
    let found = names(
        "Peru's government said 30 roads were closed. The Bolivian government sent help, and the government of \
         Uruguay offered planes. The government said more was coming. Local government staff and a government of \
         national unity were not mentioned.",
    );
    assert!(found.contains(&pair("Peru's government", "Government of Peru")), "{found:?}");
    assert!(found.contains(&pair("Bolivian government", "Government of Bolivia")), "{found:?}");
    assert!(found.contains(&pair("government of Uruguay", "Government of Uruguay")), "{found:?}");
    // Without a country the text gives, a government is left alone.
    assert_eq!(found.len(), 3, "{found:?}");
    // Punctuation and accented words after the country are cut at character boundaries.
    let found = names("They met the government of Kenya” éé said, then the government of Chile, Peru.");
    assert!(found.contains(&pair("government of Kenya", "Government of Kenya")), "{found:?}");
    assert!(found.contains(&pair("government of Chile", "Government of Chile")), "{found:?}");
}

#[test]
fn central_banks_unions_boards_and_coast_guards_are_named_then_mentioned_short() {
    let found = names(
        "The Central Bank of Peru cut its rate to 4%. The central bank said inflation eased. The Andean Dockers \
         Union said 300 members would strike, and the union said talks had failed. The Lima Water Board met; \
         the board said reservoirs were low.",
    );
    assert!(found.contains(&pair("Central Bank of Peru", "Central Bank of Peru")), "{found:?}");
    assert!(found.contains(&pair("The central bank", "Central Bank of Peru")), "{found:?}");
    assert!(found.contains(&pair("the union", "Andean Dockers Union")), "{found:?}");
    assert!(found.contains(&pair("the board", "Lima Water Board")), "{found:?}");
    // A development bank named before is no antecedent of `the central bank`.
    let found = names("The World Bank lent $2 billion. The central bank did not comment.");
    assert_eq!(found, vec![pair("World Bank", "World Bank")]);
}

#[test]
fn names_no_list_holds_are_found_by_their_head_word() {
    let found = names("The Texas Department of Public Safety said troopers found 12 migrants. The Border Health Task Force met.");
    assert!(found.contains(&pair("Texas Department of Public Safety", "Texas Department of Public Safety")), "{found:?}");
    assert!(found.contains(&pair("Border Health Task Force", "Border Health Task Force")), "{found:?}");
}

#[test]
fn a_partial_name_resolves_to_the_earlier_full_name() {
    let found = names("The Family Reunification Task Force met. Officials of the Reunification Task Force then left.");
    assert_eq!(found.iter().filter(|(_, n)| n == "Family Reunification Task Force").count(), 2, "{found:?}");
}

#[test]
fn title_case_headlines_do_not_make_names() {
    let found = names("Families Reunited Through Quiet Work Force\n\nThe story follows.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_short_sentence_on_its_own_line_is_no_headline_and_a_name_ends_at_the_line() {
    // Paragraphs one per line, as JSONL news often has them.
    let found = names("Data came from the Free Speech Coalition.\nThe law passed.");
    assert!(found.contains(&pair("Free Speech Coalition", "Free Speech Coalition")), "{found:?}");
    let found = names("Laws passed, according to the National Conference of State Legislatures.\nThe Court Ruled.");
    assert!(found.contains(&pair("National Conference of State Legislatures", "National Conference of State Legislatures")), "{found:?}");
    // A headline without a closing period is still a headline.
    assert!(names("Data Came From Quiet Work Force\n\nThe story follows.").is_empty());
}

#[test]
fn governments_by_demonym() {
    let found = names("The Mexican government and the federal government signed a deal.");
    assert!(found.contains(&pair("Mexican government", "Government of Mexico")), "{found:?}");
    assert!(found.contains(&pair("federal government", "United States government")), "{found:?}");
}

#[test]
fn a_figure_takes_the_agency_that_is_its_clauses_subject() {
    let found = figure_agencies("Under the Trump administration, the Department of Homeland Security has reunited 500 children.");
    assert_eq!(found, vec![("500 children".to_string(), Some("Department of Homeland Security".to_string()))]);
}

#[test]
fn an_agency_after_a_preposition_is_not_the_figures_agency() {
    let found = figure_agencies("Some 300 children remain in the custody of the Office of Refugee Resettlement.");
    assert_eq!(found, vec![("Some 300 children".to_string(), None)]);
}

#[test]
fn an_agency_speaker_is_the_figures_agency() {
    let found = figure_agencies("Nearly 700 children were reunited with their parents, DHS said on Thursday.");
    assert_eq!(found, vec![("Nearly 700 children".to_string(), Some("Department of Homeland Security".to_string()))]);
}

#[test]
fn another_clause_keeps_its_own_subject() {
    let found = figure_agencies("The ACLU has sued the government, but 200 families are still waiting.");
    assert_eq!(found, vec![("200 families".to_string(), None)]);
}

#[test]
fn a_head_word_inside_a_longer_name_or_after_a_possessor_is_not_cut_out() {
    let found = names("Jets flew from Wright-Patterson Air Force Base. The Beatles' Apple Corps sued.");
    assert!(!found.iter().any(|(_, n)| n.contains("Wright-Patterson")), "{found:?}");
    assert!(found.contains(&pair("Apple Corps", "Apple Corps")), "{found:?}");
}

#[test]
fn a_name_before_a_job_title_is_a_mention() {
    let found = names("Border Health Task Force Executive Director Ann Lee said families were waiting.");
    assert!(found.contains(&pair("Border Health Task Force", "Border Health Task Force")), "{found:?}");
}

#[test]
fn a_possessive_ends_the_agency_name() {
    let found = names("The Department of Homeland Security's inspector general reported in March that the agency was not prepared.");
    assert!(!found.is_empty() && found.iter().all(|(_, n)| n == "Department of Homeland Security"), "{found:?}");
}

#[test]
fn a_description_after_a_name_sets_its_type() {
    let found = agency_records("The Refugee Council, a charity, said the plans were cruel. The council urged ministers to act.");
    assert!(found.len() >= 2 && found.iter().all(|(_, a)| a.name == "Refugee Council" && a.agency_type == "ngo"), "{found:?}");
}

#[test]
fn societies_federations_leagues_and_caucuses_are_found_by_their_head_word() {
    let found = names(
        "On Monday the Congressional Hispanic Caucus wrote to the president. The Arizona Farm Bureau Federation said it was worried, and the Humane Society of Utah said 12 dogs were found.",
    );
    assert!(found.contains(&pair("Congressional Hispanic Caucus", "Congressional Hispanic Caucus")), "{found:?}");
    assert!(found.contains(&pair("Arizona Farm Bureau Federation", "Arizona Farm Bureau Federation")), "{found:?}");
    assert!(found.contains(&pair("Humane Society of Utah", "Humane Society of Utah")), "{found:?}");
}

#[test]
fn a_the_outlet_opening_a_sentence_before_a_capitalized_word_is_part_of_a_longer_name() {
    assert_eq!(
        agencies("The National Weather Service warned of floods."),
        vec![("National Weather Service".into(), "National Weather Service".into(), Some("NWS".into()))]
    );
    // Inside a sentence the capitalized `The` marks the outlet's name.
    assert_eq!(agencies("An official told The Hill Friday."), vec![("The Hill".into(), "The Hill".into(), None)]);
    assert_eq!(agencies("The Hill reported it."), vec![("The Hill".into(), "The Hill".into(), None)]);
}

#[test]
fn central_banks_and_their_short_names() {
    let found = agencies("The Federal Reserve and the European Central Bank met. The Fed and the ECB agreed, as did the Bank of England.");
    let names: Vec<&str> = found.iter().map(|(_, name, _)| name.as_str()).collect();
    assert_eq!(names, ["Federal Reserve", "European Central Bank", "Federal Reserve", "European Central Bank", "Bank of England"]);
}

#[test]
fn a_form_that_is_also_a_word_needs_evidence_where_a_sentence_opens() {
    // The adjective phrase, at a sentence's start and after a quotation mark.
    assert!(agencies("Fed up with the delays, residents marched on city hall.").is_empty());
    assert!(agencies("She shrugged. “Fed up, that is what we are.”").is_empty());
    // Followed by what a name is followed by, or inside a sentence, it is the body.
    let found = names("Fed officials project inflation will ease. Fed Chair Jerome Powell agreed. Fed’s staff too. Markets expect the Fed to wait.");
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(found.iter().all(|(_, name)| name == "Federal Reserve"), "{found:?}");
}

#[test]
fn local_governments_and_journals_are_named_by_their_head_word() {
    let found = names(
        "Teachers in the Irving Independent School District were told on Monday that the Municipality of Livorno \
         had written to them, according to a study in the Medical Journal of Australia.",
    );
    assert!(found.contains(&pair("Irving Independent School District", "Irving Independent School District")), "{found:?}");
    assert!(found.contains(&pair("Municipality of Livorno", "Municipality of Livorno")), "{found:?}");
    assert!(found.contains(&pair("Medical Journal of Australia", "Medical Journal of Australia")), "{found:?}");
    // `Municipality` names a body only with `of`: `the Livorno Municipality` is left alone.
    assert!(names("Workers of the Livorno Municipality said on Monday that they would strike.").is_empty());
}

#[test]
fn national_prefixes_and_inverted_departments_take_the_gazetteer_name() {
    let found = names("The U.S. Department of Agriculture and the US Labor Department disagreed with the US Air Force.");
    assert!(found.contains(&pair("U.S. Department of Agriculture", "Department of Agriculture")), "{found:?}");
    assert!(found.contains(&pair("US Labor Department", "Department of Labor")), "{found:?}");
    assert!(found.contains(&pair("US Air Force", "United States Air Force")), "{found:?}");
    // A state's department has no national prefix and keeps its own name.
    let found = names("The Texas Department of Public Safety said 300 migrants were detained.");
    assert!(found.contains(&pair("Texas Department of Public Safety", "Texas Department of Public Safety")), "{found:?}");
}

#[test]
fn a_head_word_takes_an_on_or_for_complement_but_no_date() {
    let names = |text: &str| agencies(text).into_iter().map(|(_, name, _)| name).collect::<Vec<_>>();
    assert_eq!(names("The Council on American-Islamic Relations said it was outraged."), vec!["Council on American-Islamic Relations"]);
    assert_eq!(names("The Joint Council for the Welfare of Immigrants criticised it."), vec!["Joint Council for the Welfare of Immigrants"]);
    assert_eq!(names("A report by the Australian Centre for Control of Iodine Deficiency Disorders."), vec!["Australian Centre for Control of Iodine Deficiency Disorders"]);
    // A date or a mission number after `on` is no part of the name.
    assert_eq!(names("The Government Accountability Office on June 18 called for a re-run."), vec!["Government Accountability Office"]);
    // `Center` alone is a place (`Kennedy Space Center`), not a body.
    assert!(names("The shuttle landed at the Johnson Space Center.").is_empty());
}

#[test]
fn un_agencies_that_news_names_are_in_the_gazetteer() {
    let found = agencies("The World Food Programme warned of famine. WFP executive director David Beasley said the U.N. nuclear watchdog was alarmed.");
    let names: Vec<(&str, Option<&str>)> = found.iter().map(|(_, n, a)| (n.as_str(), a.as_deref())).collect();
    assert!(names.contains(&("World Food Programme", Some("WFP"))), "{names:?}");
    assert!(names.contains(&("International Atomic Energy Agency", Some("IAEA"))), "{names:?}");
}

#[test]
fn a_regional_federal_reserve_bank_is_not_the_federal_reserve() {
    let names: Vec<String> = agencies("The Federal Reserve Bank of New York estimates that Americans owe $1.6 trillion.").into_iter().map(|(_, n, _)| n).collect();
    assert_eq!(names, vec!["Federal Reserve Bank of New York"]);
}

#[test]
fn refugee_councils_are_ngos_not_governments() {
    let found = agency_records("But the Refugee Council said the figures masked a backlog of 175,000 claims.");
    assert_eq!(found.iter().map(|(_, a)| (a.name.as_str(), a.agency_type.as_str())).collect::<Vec<_>>(), vec![("Refugee Council", "ngo")]);
}

#[test]
fn british_bodies_central_banks_and_statistics_offices_are_in_the_gazetteer() {
    let found = agencies("The NHS said waiting lists fell. The ONS said inflation eased. The RBA held rates. Scotland Yard said two men were held.");
    let expected = [
        ("NHS", "National Health Service", Some("NHS")),
        ("ONS", "Office for National Statistics", Some("ONS")),
        ("RBA", "Reserve Bank of Australia", Some("RBA")),
        ("Scotland Yard", "Metropolitan Police", None),
    ];
    for (text, name, abbr) in expected {
        assert!(found.contains(&(text.to_string(), name.to_string(), abbr.map(str::to_string))), "{text}: {found:?}");
    }
    // The Times of Israel is no The Times; the U.S. Geological Survey keeps its prefix.
    assert_eq!(names("The Times of Israel reported it."), [pair("The Times of Israel", "The Times of Israel")]);
    assert_eq!(names("The U.S. Geological Survey said."), [pair("U.S. Geological Survey", "U.S. Geological Survey")]);
    // A short form that names other things too is left to a definition in the text.
    assert!(agencies("CPS workers removed the child.").is_empty());
    assert!(
        agencies("The Crown Prosecution Service (CPS) charged him. The CPS said.").iter().all(|(_, n, a)| n == "Crown Prosecution Service" && a.as_deref() == Some("CPS"))
    );
}

#[test]
fn a_name_written_in_lowercase_needs_an_institution_head() {
    assert!(agencies("\"Nobody is above the law,\" the attorney general said. Aid workers tried to save the children.").is_empty());
    assert_eq!(names("Save the Children said."), [pair("Save the Children", "Save the Children")]);
    assert_eq!(names("The family reunification task force met."), [pair("family reunification task force", "Family Reunification Task Force")]);
}

#[test]
fn the_agency_may_be_a_body_named_administration_but_no_presidency_or_government() {
    assert!(names("The Food and Drug Administration approved the drug. The agency said it was safe.").contains(&pair("The agency", "Food and Drug Administration")));
    assert!(names("The Federal Aviation Administration grounded the jets. The agency said so.").contains(&pair("The agency", "Federal Aviation Administration")));
    // A presidency or a national government is no `agency`.
    assert_eq!(names("The Biden administration announced the plan. The agency said nothing."), [pair("Biden administration", "Biden administration")]);
    assert_eq!(names("The Mexican government said so. The agency said it would help."), [pair("Mexican government", "Government of Mexico")]);
}

#[test]
fn a_translated_name_takes_its_foreign_abbreviation() {
    // `Instituto Nacional de Estatística`: the letters hold every initial, in another order.
    let found = agency_records("The National Institute of Statistics (INE) said prices rose. INE revised its figures.");
    assert!(found.iter().any(|(t, a)| t == "INE" && a.name == "National Institute of Statistics"), "{found:?}");
    assert!(found.iter().all(|(_, a)| a.abbr.as_deref() == Some("INE") && a.agency_type == "government"), "{found:?}");
    // A country in parentheses is no abbreviation: too short, and missing the name's initials.
    let found = agencies("The Ministry of Defence (UK) said the drills would go on.");
    assert!(found.iter().all(|(_, _, abbr)| abbr.is_none()), "{found:?}");
    let found = agencies("The Federal Housing Agency (USA) said sales fell.");
    assert!(found.iter().all(|(_, _, abbr)| abbr.is_none()), "{found:?}");
}

#[test]
fn african_and_european_disease_agencies_are_not_the_us_cdc() {
    let found = names("The Africa Centres for Disease Control and Prevention (Africa CDC) counted 500 cases. Africa CDC asked for vaccines.");
    assert!(found.iter().all(|(_, n)| n == "Africa Centres for Disease Control and Prevention"), "{found:?}");
    let found = names("The CDC said 40 cases were confirmed.");
    assert_eq!(found, vec![pair("CDC", "Centers for Disease Control and Prevention")]);
}

/// `the 10-year Treasury note`, `Treasury yields`, `Fed funds futures`: a name followed by an
/// instrument word (`rules/agency/instruments.txt`) names the instrument, not the body.
#[test]
fn a_name_before_an_instrument_word_is_no_agency() {
    assert!(names("The yield on the 10-year Treasury note fell to 4.29%.").is_empty());
    assert!(names("Treasury yields rose on Monday.").is_empty());
    assert!(names("Traders in Fed funds futures priced in a cut.").is_empty());
    assert_eq!(names("The Treasury said it would sell more bonds."), [pair("Treasury", "Department of the Treasury")]);
    // A currency after an outlet's name: `The Australian dollar` is money, `The Australian` a paper.
    assert!(names("The Australian dollar rose 0.4% to 65.8 U.S. cents.").is_empty());
    assert_eq!(names("The Australian reported the deal on Friday."), [pair("The Australian", "The Australian")]);
}

#[test]
fn generic_national_bodies_belong_to_the_country_a_qualifier_or_dateline_names() {
    // A country's possessive or adjective before the name.
    let found = names("Chile's Senate approved the pension reform on Tuesday. Argentina’s Supreme Court struck down the decree.");
    assert!(found.contains(&pair("Senate", "Senate of Chile")), "{found:?}");
    assert!(found.contains(&pair("Supreme Court", "Supreme Court of Argentina")), "{found:?}");
    // The dateline's city sets the story, and `the court` is that court.
    let found = names(
        "ISLAMABAD (Reuters) - The Supreme Court on Monday ordered the release of a former minister. \
         The court said the arrest had been unlawful, and the Treasury said it would appeal.",
    );
    assert!(found.contains(&pair("Supreme Court", "Supreme Court of Pakistan")), "{found:?}");
    assert!(found.contains(&pair("The court", "Supreme Court of Pakistan")), "{found:?}");
    assert!(found.contains(&pair("Treasury", "Treasury of Pakistan")), "{found:?}");
    // An earlier name of that country's court holds the later bare one.
    let found = names("The Kenyan Supreme Court of Appeal heard the case in May. Lawyers said the Supreme Court would rule soon.");
    assert!(found.contains(&pair("Supreme Court", "Kenyan Supreme Court of Appeal")), "{found:?}");
    // The words of an undated story: a country named twice and the United States never.
    let found = names("Floods hit northern Nigeria this week. Nigeria's disaster agency counted the dead, and the federal government promised aid.");
    assert!(found.contains(&pair("federal government", "Government of Nigeria")), "{found:?}");
}

#[test]
fn generic_national_bodies_stay_american_in_a_us_story() {
    let found = names("SEATTLE (AP) — The Supreme Court agreed on Monday to hear the case, and the Senate delayed its vote.");
    assert!(found.contains(&pair("Supreme Court", "Supreme Court of the United States")), "{found:?}");
    assert!(found.contains(&pair("Senate", "United States Senate")), "{found:?}");
    // A foreign country named in a U.S. story does not move its bodies abroad.
    let found = names("U.S. officials met Mexico's envoy twice. Mexico has asked for talks, and the Treasury said tariffs would stay.");
    assert!(found.contains(&pair("Treasury", "Department of the Treasury")), "{found:?}");
    // `America's` is the United States.
    let found = names("America's Supreme Court has never ruled on the question.");
    assert!(found.contains(&pair("Supreme Court", "Supreme Court of the United States")), "{found:?}");
}

#[test]
fn a_national_institute_of_another_country_is_a_government_body() {
    let found = agency_records("Researchers at the Brazilian Institute of Space Research said the fires had doubled.");
    let types: Vec<(String, String)> = found.into_iter().map(|(t, a)| (t, a.agency_type)).collect();
    assert!(types.contains(&pair("Brazilian Institute of Space Research", "government")), "{types:?}");
    // A U.S. think tank's adjective is no government's.
    let found = agency_records("Economists at the American Growth Institute said wages rose.");
    let types: Vec<(String, String)> = found.into_iter().map(|(t, a)| (t, a.agency_type)).collect();
    assert!(types.contains(&pair("American Growth Institute", "ngo")), "{types:?}");
}

#[test]
fn a_later_short_mention_means_the_subject_of_an_earlier_sentence() {
    let found = names(
        "The Federal Trade Commission on Monday sued a unit of the Securities and Exchange Commission. \
         The commission said the unit had withheld records.",
    );
    assert!(found.contains(&pair("The commission", "Federal Trade Commission")), "{found:?}");
    // In its own sentence, or with no subject among them, the latest fitting body stands.
    let found = names("A ruling by the Texas Supreme Court reversed the Harris County Court. The court said the case was moot.");
    assert!(found.contains(&pair("The court", "Harris County Court")), "{found:?}");
}

#[test]
fn the_lower_court_is_no_appeals_or_supreme_court() {
    let found = names(
        "A judge of the U.S. District Court for the District of Oregon blocked the rule in May. \
         The 9th Circuit said on Friday that the lower court had misread the statute.",
    );
    assert!(found.contains(&pair("the lower court", "U.S. District Court for the District of Oregon")), "{found:?}");
    let found = names("The Ohio Supreme Court said the lower court had acted within its powers.");
    assert!(!found.iter().any(|(t, _)| t == "the lower court"), "{found:?}");
}

#[test]
fn sports_broadcasters_are_media() {
    let found = names("\"I'm so proud of these players,\" manager Pep Guardiola told Sky Sports.");
    assert_eq!(found, vec![pair("Sky Sports", "Sky Sports")]);
}

/// (mention text, type) of every agency record.
fn types(text: &str) -> Vec<(String, String)> {
    agency_records(text).into_iter().map(|(t, a)| (t, a.agency_type)).collect()
}

#[test]
fn a_body_named_by_a_region_of_several_countries_is_intergovernmental() {
    let found = types("The African Fisheries Commission said stocks had fallen by a third.");
    assert!(found.contains(&pair("African Fisheries Commission", "intergovernmental")), "{found:?}");
    // A people of one country is no region of several, and an NGO head keeps its type.
    let found = types("The African American Heritage Council said 300 people came.");
    assert!(found.contains(&pair("African American Heritage Council", "government")), "{found:?}");
    let found = types("The European Cyclists Association said 40 cities joined.");
    assert!(found.contains(&pair("European Cyclists Association", "ngo")), "{found:?}");
}

#[test]
fn a_conference_of_members_is_a_body_and_a_conference_on_a_topic_is_not() {
    let found = names("The National Conference of Rural Sheriffs (NCRS) said 12 counties had joined. NCRS plans more.");
    assert!(found.contains(&pair("National Conference of Rural Sheriffs", "National Conference of Rural Sheriffs")), "{found:?}");
    assert!(found.contains(&pair("NCRS", "National Conference of Rural Sheriffs")), "{found:?}");
    let found = names("Delegates gathered at the Global Conference on Coastal Erosion in Lisbon.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_abbreviation_of_clipped_words_is_defined_like_initials() {
    let text = "The Oregon Department of Forestry and Fire Management (ORE FIRE) said 40 homes burned. ORE FIRE crews stayed.";
    let found = agencies(text);
    let name = "Oregon Department of Forestry and Fire Management".to_string();
    assert!(found.contains(&("ORE FIRE".into(), name.clone(), Some("ORE FIRE".into()))), "{found:?}");
    let text = "The Oregon Department of Forestry and Fire Management (Ore Fire) said 40 homes burned.";
    assert!(agencies(text).contains(&("Ore Fire".into(), name, Some("Ore Fire".into()))), "{:?}", agencies(text));
    // Words in parentheses that are no clipping of the name define nothing.
    let text = "The Oregon Department of Forestry and Fire Management (Salem Office) said 40 homes burned.";
    let found = agencies(text);
    assert!(!found.iter().any(|(t, _, _)| t.contains("Salem")), "{found:?}");
}

#[test]
fn new_before_a_place_word_is_part_of_the_name() {
    let found = names("The study appeared in the New England Journal of Pediatrics on Tuesday.");
    assert!(found.contains(&pair("New England Journal of Pediatrics", "New England Journal of Pediatrics")), "{found:?}");
    // Right before the head, `New` names no place.
    let found = names("The New Task Force on Housing met on Tuesday.");
    assert!(!found.iter().any(|(t, _)| t.starts_with("New")), "{found:?}");
}

#[test]
fn a_service_after_proper_words_is_a_body_but_a_ceremony_is_not() {
    let found = names(
        "The Scottish Ambulance Service said crews were stretched. Officials at the Copernicus Climate Change Service \
         published the data. A Memorial Service was held on Sunday, and a Customer Service line opened.",
    );
    assert!(found.contains(&pair("Scottish Ambulance Service", "Scottish Ambulance Service")), "{found:?}");
    assert!(found.contains(&pair("Copernicus Climate Change Service", "Copernicus Climate Change Service")), "{found:?}");
    assert!(!found.iter().any(|(t, _)| t.contains("Memorial") || t.contains("Customer")), "{found:?}");
}

#[test]
fn a_sports_competition_is_no_body_but_a_league_of_members_is() {
    let found = names(
        "The Premier League said clubs spent more. Fans of the National Football League and the Champions League \
         complained, the League of Women Voters said. The Arab League met on Monday.",
    );
    assert!(!found.iter().any(|(t, _)| t.contains("Premier") || t.contains("Football") || t.contains("Champions")), "{found:?}");
    assert!(found.contains(&pair("League of Women Voters", "League of Women Voters")), "{found:?}");
}

#[test]
fn a_web_source_list_ngo_is_typed_ngo_and_an_outlet_media() {
    let found = agency_records("Transparency International and Survival International cited Public Radio International and the Tax Justice Network.");
    let kind = |name: &str| found.iter().find(|(_, a)| a.name == name).map(|(_, a)| a.agency_type.clone());
    assert_eq!(kind("Transparency International").as_deref(), Some("ngo"), "{found:?}");
    assert_eq!(kind("Survival International").as_deref(), Some("ngo"), "{found:?}");
    assert_eq!(kind("Tax Justice Network").as_deref(), Some("ngo"), "{found:?}");
    assert_eq!(kind("Public Radio International").as_deref(), Some("media"), "{found:?}");
}

#[test]
fn a_list_in_a_names_complement_is_part_of_it_and_known_as_defines_its_abbreviation() {
    let found = agencies(
        "The International Union of Mine, Mill and Smelter Workers, known as the IUMMSW, said talks failed. \
         IUMMSW officials met on Friday. The Association of Flight, Cabin and Ground Staff said nothing.",
    );
    let union = "International Union of Mine, Mill and Smelter Workers";
    assert!(found.contains(&(union.into(), union.into(), Some("IUMMSW".into()))), "{found:?}");
    assert!(found.iter().any(|(t, n, _)| t == "IUMMSW" && n == union), "{found:?}");
    assert!(found.iter().any(|(_, n, _)| n == "Association of Flight, Cabin and Ground Staff"), "{found:?}");
    // Bodies listed one after another are not one name.
    let listed = names("Members of the Doctor Who Society of Canada, and Starfleet Command Group came.");
    assert!(!listed.iter().any(|(t, _)| t.contains(", and")), "{listed:?}");
    let three = names("The Department of Labor, Treasury and Commerce said nothing.");
    assert!(!three.iter().any(|(t, _)| t.contains("Treasury and")), "{three:?}");
}

#[test]
fn unions_are_named_by_their_members() {
    let found = agency_records("The United Steel Workers and the Communications Workers of America backed the strike.");
    for name in ["United Steel Workers", "Communications Workers of America"] {
        assert!(found.iter().any(|(t, a)| t == name && a.agency_type == "ngo"), "{name}: {found:?}");
    }
}

#[test]
fn a_bare_administration_in_a_federal_story_is_the_presidency_in_office() {
    use figures::document::{CivilDate, Document};
    let text = "The agency asked Congress for more money. The request comes as the administration weighs new rules.";
    let named = |date: Option<CivilDate>| -> Vec<(String, String)> {
        let mut doc = Document::new("t", text);
        doc.reference_date = date;
        ENGINE
            .analyze(&doc)
            .records
            .iter()
            .filter_map(|r| match &r.data {
                RecordData::Agency(a) => Some((text[r.start..r.end].to_string(), a.name.clone())),
                _ => None,
            })
            .collect()
    };
    assert!(named(CivilDate::new(2022, 6, 1)).contains(&pair("the administration", "Biden administration")));
    assert!(named(CivilDate::new(2019, 6, 1)).contains(&pair("the administration", "Trump administration")));
    assert!(named(None).contains(&pair("the administration", "U.S. administration")));
    // A campus story has its own administration.
    let campus = names("Students marched across the campus, and the administration said classes would resume.");
    assert!(!campus.iter().any(|(t, _)| t == "the administration"), "{campus:?}");
    // A story set abroad by its dateline.
    let abroad = names("LONDON (AP) — Parliament and the administration disagreed, federal officials said.");
    assert!(!abroad.iter().any(|(t, _)| t == "the administration"), "{abroad:?}");
}

#[test]
fn special_districts_and_offices_are_named_by_their_head_and_referred_to_after() {
    let found = agencies("Farmers got less water this year from the Tulare Basin Irrigation District. The district said reservoirs were low, and the Serious Fraud Office opened an inquiry.");
    assert!(found.contains(&("Tulare Basin Irrigation District".into(), "Tulare Basin Irrigation District".into(), None)), "{found:?}");
    assert!(found.contains(&("The district".into(), "Tulare Basin Irrigation District".into(), None)), "{found:?}");
    assert!(found.iter().any(|(t, n, _)| t == "Serious Fraud Office" && n == "Serious Fraud Office"), "{found:?}");
    // A room, a product or a branch is no body.
    let none = agencies("The president spoke from the Oval Office while staff used Microsoft Office.");
    assert!(!none.iter().any(|(t, _, _)| t.contains("Office")), "{none:?}");
    // `the district` is a place unless a body ending in `District` was named.
    let place = agencies("Voters in the district chose a new mayor, the Brookings Institution said.");
    assert!(!place.iter().any(|(t, _, _)| t == "the district"), "{place:?}");
}

#[test]
fn institutes_associations_and_described_courts_are_referred_to_after() {
    let found = agencies("The Urban Policy Institute published the survey. Researchers at the institute said rents rose. The National Nurses Association backed it, and the association said so.");
    assert!(found.contains(&("the institute".into(), "Urban Policy Institute".into(), None)), "{found:?}");
    assert!(found.contains(&("the association".into(), "National Nurses Association".into(), None)), "{found:?}");
    let court = agencies("The General Court upheld the fine on Monday. The Luxembourg-based court said the fine was fair.");
    assert!(court.iter().any(|(t, n, _)| t == "General Court" && n == "General Court"), "{court:?}");
    assert!(court.iter().any(|(t, n, _)| t == "The Luxembourg-based court" && n == "General Court"), "{court:?}");
    // A title that runs into `General` makes no name.
    let title = agencies("The Attorney General Office statement was brief.");
    assert!(!title.iter().any(|(t, _, _)| t.contains("General Office")), "{title:?}");
}

#[test]
fn a_lowercase_modifier_before_a_listed_form_that_goes_on_is_no_part_of_it() {
    let found = agencies("The state Department of Parks and Recreation closed 12 beaches.");
    assert!(found.iter().any(|(t, n, _)| t == "Department of Parks and Recreation" && n == "Department of Parks and Recreation"), "{found:?}");
    assert!(!found.iter().any(|(_, n, _)| n == "Department of State"), "{found:?}");
}

#[test]
fn a_described_abbreviation_is_a_body_and_an_alias_defines_its_own() {
    let found = agencies("The bank told the national securities regulator, the CNV, about the deal. Police from the elite unit GEO were deployed.");
    assert!(found.contains(&("CNV".into(), "CNV".into(), Some("CNV".into()))), "{found:?}");
    assert!(found.contains(&("GEO".into(), "GEO".into(), Some("GEO".into()))), "{found:?}");
    // `Médecins Sans Frontières` is listed under its English name; its own initials define MSF.
    let msf = agencies("Médecins Sans Frontières (MSF) sent a team. MSF said 40 patients were treated.");
    assert_eq!(msf.iter().filter(|(t, _, a)| t == "MSF" && a.as_deref() == Some("MSF")).count(), 2, "{msf:?}");
}

#[test]
fn of_the_inside_a_complement_and_a_later_opening_of_the_name() {
    let found = names("The Court of Auditors of the African Union reviewed the budget. The Court of Auditors said spending rose.");
    assert!(found.contains(&pair("Court of Auditors of the African Union", "Court of Auditors of the African Union")), "{found:?}");
    assert!(found.contains(&pair("Court of Auditors", "Court of Auditors of the African Union")), "{found:?}");
}

#[test]
fn a_central_government_is_the_settings_government() {
    let found = names("ROME (AP) — Floods hit the north on Monday. The central government said it would send 500 troops.");
    assert!(found.contains(&pair("central government", "Government of Italy")), "{found:?}");
}

#[test]
fn a_legislature_is_a_body_bare_or_named() {
    let found = names("The bill passed the Oregon Legislature in May. Lawmakers in the Legislature said more cuts were coming.");
    assert!(found.contains(&pair("Oregon Legislature", "Oregon Legislature")), "{found:?}");
    assert!(found.iter().any(|(t, _)| t == "Legislature"), "{found:?}");
}

#[test]
fn a_capitalized_bare_head_is_the_body_named_with_it_before() {
    let found = names("The European Commission fined the company, and Commission officials said the fine was final.");
    assert!(found.contains(&pair("Commission", "European Commission")), "{found:?}");
    // Part of another name or title: no mention.
    let other = names("The Cascade Valley Water District met. U.S. District Judge Ann Lee ruled, and the City Council met. Council member Jo Park voted no.");
    assert!(!other.iter().any(|(t, _)| t == "District" || t == "Council"), "{other:?}");
}

#[test]
fn a_national_center_in_a_story_set_abroad_is_that_countrys_government() {
    let found = agency_records("MANILA, Philippines (AP) — The National Center for Flood Forecasting said rivers rose 3 meters.");
    assert!(found.iter().any(|(t, a)| t == "National Center for Flood Forecasting" && a.agency_type == "government"), "{found:?}");
    let home = agency_records("The National Center for Flood Research said rivers rose 3 meters.");
    assert!(home.iter().any(|(t, a)| t == "National Center for Flood Research" && a.agency_type == "ngo"), "{home:?}");
}

#[test]
fn a_local_newspaper_is_named_by_its_masthead_word() {
    let found = agency_records(
        "The superintendent told the Lakeview Sentinel on Monday that two schools would close. \
         The Carver County Gazette first reported the shortfall.",
    );
    let media: Vec<&str> = found.iter().filter(|(_, a)| a.agency_type == "media").map(|(_, a)| a.name.as_str()).collect();
    // A capital `The` before the masthead is its own.
    assert_eq!(media, ["Lakeview Sentinel", "The Carver County Gazette"], "{found:?}");
}

#[test]
fn a_record_set_in_sport_is_no_newspaper() {
    let found = names("She broke the World Record in the 400 metres, and her Criminal Record was read in court.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn initials_that_keep_a_small_word_small_are_the_bodys_abbreviation() {
    // Defined in parentheses, and implied by the name alone.
    let found = agencies("The Ministry of Justice (MoJ) said 80 prisons were full. The MoJ will build two more.");
    assert_eq!(found.iter().filter(|(t, _, abbr)| t == "MoJ" && abbr.as_deref() == Some("MoJ")).count(), 2, "{found:?}");
    let found = agencies("Fares will rise, the Department for Transport said. The DfT added that 300 trains ran late.");
    assert!(found.contains(&("DfT".to_string(), "Department for Transport".to_string(), Some("DfT".to_string()))), "{found:?}");
    // Capitals at both ends are not enough: the letters must be the name's initials.
    let found = agencies("The Department for Transport said so. McKinsey's DeSantis MxT report disagreed.");
    assert!(!found.iter().any(|(t, _, _)| t != "Department for Transport"), "{found:?}");
}

#[test]
fn a_short_name_the_text_says_a_body_is_known_by_is_its_abbreviation() {
    let found = agencies(
        "Fishermen alerted the National Search and Rescue Agency, known as Tagana, which sent two boats. \
         Tagana said 40 people were rescued.",
    );
    assert_eq!(found.iter().filter(|(_, name, abbr)| name == "National Search and Rescue Agency" && abbr.as_deref() == Some("Tagana")).count(), 3, "{found:?}");
    let found = agencies("The Water Authority of Jordan, known by its Arabic initials WAJ, cut supply. The WAJ blamed the drought.");
    assert!(found.contains(&("WAJ".to_string(), "Water Authority of Jordan".to_string(), Some("WAJ".to_string()))), "{found:?}");
}

#[test]
fn a_devolved_government_is_not_the_united_kingdoms() {
    let found = names("The Scottish government said fares would rise by 3.8%, while the British government froze them.");
    assert!(found.contains(&pair("Scottish government", "Scottish Government")), "{found:?}");
    assert!(found.contains(&pair("British government", "Government of the United Kingdom")), "{found:?}");
}

#[test]
fn where_a_body_is_based_is_no_part_of_its_name() {
    let found = names("Turnout was 38%, according to the Vienna-based Institute for Electoral Studies.");
    assert!(found.contains(&pair("Institute for Electoral Studies", "Institute for Electoral Studies")), "{found:?}");
}

#[test]
fn nhs_england_is_its_own_body() {
    let found = names("Waiting lists rose to 7.6 million, NHS England said. The NHS is under strain.");
    assert!(found.contains(&pair("NHS England", "NHS England")), "{found:?}");
    assert!(found.contains(&pair("NHS", "National Health Service")), "{found:?}");
}

#[test]
fn central_banks_coast_guards_and_red_cross_societies_named_with_their_country() {
    let found = names(
        "LIMA (Reuters) - Peru's central bank held its rate at 4%. The Peruvian bank meets again in May, and the \
         bank's target is 2%. The Ecuadorian coast guard and Spain's Coast Guard searched the area, the Peruvian \
         Red Cross said.",
    );
    assert!(found.contains(&pair("Peru's central bank", "Central Bank of Peru")), "{found:?}");
    // `bank` alone only once that country's central bank was named.
    assert!(found.contains(&pair("Peruvian bank", "Central Bank of Peru")), "{found:?}");
    assert!(found.contains(&pair("the bank", "Central Bank of Peru")), "{found:?}");
    assert!(found.contains(&pair("Ecuadorian coast guard", "Ecuador Coast Guard")), "{found:?}");
    assert!(found.contains(&pair("Spain's Coast Guard", "Spain Coast Guard")), "{found:?}");
    assert!(found.contains(&pair("Peruvian Red Cross", "Peruvian Red Cross")), "{found:?}");
    // A country's bank named without its central bank before is no body; nor is America's.
    let found = names("A Peruvian bank said profits rose. America's central bank held rates.");
    assert!(found.is_empty(), "{found:?}");
    // The name the document gives that country's central bank, else the gazetteer's.
    let found = names("Australia's central bank kept rates on hold. The Reserve Bank of Australia said inflation eased.");
    assert!(found.contains(&pair("Australia's central bank", "Reserve Bank of Australia")), "{found:?}");
    let found = names("Mexico's central bank cut rates.");
    assert_eq!(found, vec![pair("Mexico's central bank", "Central Bank of Mexico")]);
}

#[test]
fn an_abbreviation_after_a_public_body_s_name_is_evidence_for_its_head() {
    let found = names(
        "The National Flood Forecasting Centre (NFFC) issued a warning. The Data Protection Commissioner's Office \
         (DPCO) said it was told. Staff at the Harbour Centre and the Kennedy Space Center (KSC) were sent home.",
    );
    assert!(found.contains(&pair("National Flood Forecasting Centre", "National Flood Forecasting Centre")), "{found:?}");
    assert!(found.contains(&pair("NFFC", "National Flood Forecasting Centre")), "{found:?}");
    assert!(found.contains(&pair("Data Protection Commissioner's Office", "Data Protection Commissioner's Office")), "{found:?}");
    // Without one, or named for a person, `X Centre` is a building.
    assert!(!found.iter().any(|(t, _)| t.contains("Harbour") || t.contains("Kennedy") || t == "KSC"), "{found:?}");
}

#[test]
fn federal_and_saint_open_names_found_by_head_word() {
    let found = names("The Federal Statistics Bureau said prices rose, and the St. Cloud Parks Department closed two pools.");
    assert!(found.contains(&pair("Federal Statistics Bureau", "Federal Statistics Bureau")), "{found:?}");
    assert!(found.contains(&pair("St. Cloud Parks Department", "St. Cloud Parks Department")), "{found:?}");
}

#[test]
fn bodies_described_before_their_name_and_named_again_after() {
    let found = names(
        "The migrants were rescued by the Dutch charity Blue Harbour, alerted by the volunteer hotline Sea Watchers. \
         The ABVV Metaal union called a strike. Blue Harbour said 40 people were on board.",
    );
    assert!(found.contains(&pair("Blue Harbour", "Blue Harbour")), "{found:?}");
    assert!(found.contains(&pair("Sea Watchers", "Sea Watchers")), "{found:?}");
    assert!(found.contains(&pair("ABVV Metaal", "ABVV Metaal")), "{found:?}");
    assert_eq!(found.iter().filter(|(_, n)| n == "Blue Harbour").count(), 2, "{found:?}");
}

#[test]
fn short_mentions_of_offices_banks_and_authorities() {
    let found = names(
        "The Office of Fair Wages fined 12 firms, the office said. The Port of Valencia Authority said the port \
         authority would reopen the terminal.",
    );
    assert!(found.contains(&pair("the office", "Office of Fair Wages")), "{found:?}");
    assert!(found.contains(&pair("the port authority", "Port of Valencia Authority")), "{found:?}");
}

#[test]
fn a_united_nations_prefix_is_no_part_of_the_office_s_name() {
    let found = agency_records("The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said aid was late.");
    assert_eq!(found[0].1.name, "Office for the Coordination of Humanitarian Affairs", "{found:?}");
    assert_eq!(found[0].1.agency_type, "intergovernmental", "{found:?}");
}

#[test]
fn a_capitalized_head_opening_a_sentence_is_no_short_mention() {
    // At a sentence's start the capital tells nothing; after a quotation closed with a comma
    // the sentence goes on.
    let found = names(
        "The Maple Grove School District cut 12 jobs. District officials said enrollment fell. \"We will cope,\" \
         District spokeswoman Ana Ruiz said.",
    );
    let districts: Vec<usize> = found.iter().enumerate().filter(|(_, (t, _))| t == "District").map(|(i, _)| i).collect();
    assert_eq!(districts.len(), 1, "{found:?}");
    assert_eq!(found[districts[0]].1, "Maple Grove School District", "{found:?}");
}

#[test]
fn a_union_of_states_or_of_customs_is_no_trade_union() {
    let found = names("When the Soviet Union collapsed, the Customs Union held and the United Auto Workers Union said it would strike.");
    assert!(!found.iter().any(|(_, name)| name.contains("Soviet") || name.contains("Customs")), "{found:?}");
    assert!(found.iter().any(|(_, name)| name == "United Auto Workers Union"), "{found:?}");
}

#[test]
fn bodies_named_by_trust_consortium_regulator_campaign_and_purpose_heads() {
    let found = names(
        "The Dunmore Anglers' Trust said 40 members had left. The Northfield Retail Consortium and the Independent \
         Water Regulator met the Campaign for Safer Streets. The Ohio General Land Office and the Brookfield \
         Long-Term Recovery Group opened an office.",
    );
    for name in [
        "Dunmore Anglers' Trust",
        "Northfield Retail Consortium",
        "Independent Water Regulator",
        "Campaign for Safer Streets",
        "Ohio General Land Office",
        "Brookfield Long-Term Recovery Group",
    ] {
        assert!(found.iter().any(|(_, n)| n == name), "{name}: {found:?}");
    }
}

#[test]
fn a_fund_named_by_what_its_money_is_for_is_no_body() {
    let found = names("The Elm County Flood Relief Fund has paid 212 families, and the Queen's Fund for nurses gave more.");
    assert!(!found.iter().any(|(_, n)| n.contains("Relief Fund")), "{found:?}");
    assert!(found.iter().any(|(_, n)| n == "Queen's Fund"), "{found:?}");
}

#[test]
fn a_country_after_the_head_and_statistics_offices_named_by_their_country() {
    let found = agencies("Exports fell 4%, according to the Coal Council Indonesia, an industry body. Statistics Norway said prices rose.");
    assert!(found.iter().any(|(t, n, _)| t == "Coal Council Indonesia" && n == "Coal Council Indonesia"), "{found:?}");
    assert!(found.iter().any(|(t, _, _)| t == "Statistics Norway"), "{found:?}");
    let types = agency_records("Exports fell 4%, according to the Coal Council Indonesia, an industry body.");
    assert!(types.iter().any(|(_, a)| a.name == "Coal Council Indonesia" && a.agency_type == "ngo"), "{types:?}");
}

#[test]
fn an_abbreviation_with_a_hyphen_and_small_letters_is_defined_by_its_capitals() {
    let found = agencies(
        "The satellite was licensed by the Kenya Space Licensing Centre (K-SLiC), the regulator for private \
         launches. K-SLiC said 12 firms had applied.",
    );
    let centre: Vec<_> = found.iter().filter(|(_, n, _)| n == "Kenya Space Licensing Centre").collect();
    assert!(centre.len() >= 3, "{found:?}");
    assert!(centre.iter().all(|(_, _, a)| a.as_deref() == Some("K-SLiC")), "{found:?}");
    assert!(centre.iter().any(|(t, _, _)| t == "the regulator"), "{found:?}");
}

#[test]
fn a_byline_names_its_masthead_after_the_comma() {
    let found = names("Town votes to close pool\nBy Ana Costa, The Port Elwood Courier\nThe town council voted 5-2 on Monday.");
    assert!(found.iter().any(|(t, _)| t.ends_with("Port Elwood Courier")), "{found:?}");
}

#[test]
fn a_state_body_of_a_field_is_abbreviated_without_its_state() {
    let found = agencies("The fire grew, the Idaho Department of Water Resources said. The IDWR staff and the DWR said wells were dry.");
    assert!(found.iter().any(|(t, n, a)| t == "DWR" && n == "Idaho Department of Water Resources" && a.as_deref() == Some("DWR")), "{found:?}");
}

#[test]
fn a_short_mention_may_define_the_abbreviation() {
    let found = agencies(
        "The Mekong Basin Authority cut water releases, the authority said. In 2023 the authority, known by its French \
         initials ABM, cut them by half. The ABM said rain was late.",
    );
    let body: Vec<_> = found.iter().filter(|(_, n, _)| n == "Mekong Basin Authority").collect();
    assert_eq!(body.len(), 5, "{found:?}");
    assert!(body.iter().all(|(_, _, a)| a.as_deref() == Some("ABM")), "{found:?}");
}

#[test]
fn a_lowercase_head_before_a_title_is_the_body_named_before() {
    let found = names(
        "The Orchard Valley Foundation has paid out $800,000, said foundation president Ann Lee. The Mineral Safety \
         Department halted work. A department spokesman said inspectors were on site.",
    );
    assert!(found.contains(&pair("foundation", "Orchard Valley Foundation")), "{found:?}");
    assert!(found.contains(&pair("department", "Mineral Safety Department")), "{found:?}");
}

#[test]
fn a_name_written_again_in_lowercase_is_the_same_body() {
    let found = names("Officers from the Municipal Police made 12 arrests, said the head of the municipal police's fraud unit.");
    assert!(found.contains(&pair("municipal police", "Municipal Police")), "{found:?}");
}

#[test]
fn field_ministry_and_country_red_cross_take_the_documents_full_name() {
    let found = names(
        "Chile's Ministry of the Interior said 30 people were held. Thefts rose 9%, according to the Interior Ministry. \
         The American Red Cross opened a shelter, and Red Cross volunteers served meals.",
    );
    assert!(found.contains(&pair("Interior Ministry", "Ministry of the Interior")), "{found:?}");
    assert!(found.contains(&pair("Red Cross", "American Red Cross")), "{found:?}");
}

#[test]
fn short_mentions_of_trusts_regulators_and_services_by_their_field() {
    let found = names(
        "The Lakeside Supporters' Trust has 900 members; the trust said it would vote. The Independent Water \
         Regulator began work in May, and the regulator will review bills. The National Weather Service issued a \
         warning. The weather service said rain was coming. The Alpine Weather Service agreed.",
    );
    assert!(found.contains(&pair("the trust", "Lakeside Supporters' Trust")), "{found:?}");
    assert!(found.contains(&pair("the regulator", "Independent Water Regulator")), "{found:?}");
    assert!(found.contains(&pair("The weather service", "National Weather Service")), "{found:?}");
    assert!(found.contains(&pair("Alpine Weather Service", "Alpine Weather Service")), "{found:?}");
}

#[test]
fn the_icrc_is_a_body_of_its_own_and_a_later_red_cross_is_it() {
    let found = agencies("The International Committee of the Red Cross said 14 soldiers were freed. The Red Cross said the handover went well.");
    assert!(found.iter().all(|(_, name, _)| name == "International Committee of the Red Cross"), "{found:?}");
    assert!(found.iter().any(|(_, _, abbr)| abbr.as_deref() == Some("ICRC")), "{found:?}");
    let alone = names("The Red Cross said 40 families were helped.");
    assert_eq!(alone, vec![pair("Red Cross", "Red Cross")]);
}
