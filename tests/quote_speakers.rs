//! Speaker attribution on constructions news uses that the seed articles do not:
//! each case is one sentence or two, and the speaker the quote must get.

use figures::Engine;
use figures::pipeline::analyze_text;
use figures::record::{Quote, RecordData};

/// (content, quote) of every quote record.
fn quotes(engine: &Engine, text: &str) -> Vec<(String, Quote)> {
    let (_, analysis) = analyze_text(engine, "case", text);
    analysis
        .records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Quote(q) => Some((text[r.start..r.end].to_string(), q.clone())),
            _ => None,
        })
        .collect()
}

/// (content, speaker) of every quote record.
fn speakers(engine: &Engine, text: &str) -> Vec<(String, String)> {
    quotes(engine, text).into_iter().map(|(content, q)| (content, q.speaker)).collect()
}

fn assert_speaker(engine: &Engine, text: &str, content_start: &str, speaker: &str) {
    let found = speakers(engine, text);
    let quote = found.iter().find(|(content, _)| content.starts_with(content_start));
    assert_eq!(quote.map(|(_, s)| s.as_str()), Some(speaker), "in {text:?}: quotes {found:?}");
}

#[test]
fn honorifics_and_initials_do_not_end_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "\"We are full,\" said Ms. Ortega, a spokeswoman for the agency.", "We are full", "Ortega");
    assert_speaker(&engine, "\"We are full,\" said Dr. Ana Ruiz.", "We are full", "Ana Ruiz");
    assert_speaker(&engine, "\"It is not over,\" said Lee J. Gelernt, a lawyer.", "It is not over", "Lee J. Gelernt");
}

#[test]
fn a_document_source_is_its_agency() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "U.S. Customs and Border Protection (CBP) runs the stations. Nearly 4,000 minors crossed alone in October, according to CBP data released late Monday.";
    assert_speaker(&engine, text, "Nearly 4,000", "U.S. Customs and Border Protection");
}

#[test]
fn a_relative_clause_after_the_speaker_is_skipped() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The American Civil Liberties Union, which brought the lawsuit in 2018, said at least 3,900 children had been taken from their parents.";
    assert_speaker(&engine, text, "at least 3,900", "American Civil Liberties Union");
}

#[test]
fn reported_content_may_open_with_a_quantity_or_follow_an_adjunct() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Officials said about 200 families were still waiting.", "about 200", "Officials");
    assert_speaker(&engine, "Garcia said about a dozen other mothers are still looking.", "about a dozen", "Garcia");
    assert_speaker(&engine, "Mayorkas said at a news conference that the plan would work.", "the plan would work", "Mayorkas");
}

#[test]
fn the_group_is_the_last_ngo_named() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The American Civil Liberties Union sued in 2018. About two-thirds of the children have since been reunited, the group said.";
    assert_speaker(&engine, text, "About two-thirds", "American Civil Liberties Union");
}

#[test]
fn a_fronted_adjunct_before_reported_content_is_kept() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "On Sunday, Border Patrol agents encountered 1,200 people, a spokesman said.";
    assert_speaker(&engine, text, "On Sunday, Border Patrol", "a spokesman");
    // An adjunct alone is no content.
    let found = speakers(&engine, "In a statement to reporters on Friday, the church denied it.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_vote_tally_before_that_is_an_adjunct() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Ohio Supreme Court ruled 4-3 on Tuesday that the state must count 1,200 ballots.";
    assert_speaker(&engine, text, "the state must count", "Ohio Supreme Court");
}

/// The (speaker, role) of the quote whose content starts with `content_start`.
fn speaker_and_role(engine: &Engine, text: &str, content_start: &str) -> Option<(String, Option<String>)> {
    quotes(engine, text).into_iter().find(|(content, _)| content.starts_with(content_start)).map(|(_, q)| (q.speaker, q.role))
}

#[test]
fn titles_with_a_complement_and_legislators() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str| speaker_and_role(&engine, text, "It is over");
    assert_eq!(
        got("\"It is over,\" said Afghan Ambassador to the United States Hamdullah Mohib."),
        Some(("Hamdullah Mohib".into(), Some("Afghan Ambassador to the United States".into())))
    );
    assert_eq!(got("\"It is over,\" said Sen. Chuck Grassley, R-Iowa."), Some(("Chuck Grassley".into(), Some("Sen.".into()))));
    assert_eq!(got("\"It is over,\" said Rep. Alexandria Ocasio-Cortez (D-N.Y.)."), Some(("Alexandria Ocasio-Cortez".into(), Some("Rep.".into()))));
    assert_eq!(got("\"It is over,\" said Mr. Biden."), Some(("Biden".into(), None)));
    // A surname later resolves to the name, not the place before it.
    let text = "Governor of New York Kathy Hochul spoke first. \"It is over,\" Hochul said.";
    assert_eq!(got(text).map(|(s, _)| s), Some("Kathy Hochul".into()));
}

#[test]
fn he_after_a_sentence_about_someone_new_means_them() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"We lost,\" said coach Hernan Gomez. Harry Kane won the award. He said, \"It is over for them.\"";
    assert_speaker(&engine, text, "It is over", "Harry Kane");
    // With no new subject, he is the last speaker.
    let text = "\"We lost,\" said coach Hernan Gomez. The award went to a striker. He said, \"It is over for them.\"";
    assert_speaker(&engine, text, "It is over", "Hernan Gomez");
}

#[test]
fn documents_as_sources() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Court filings show that the government separated 5,569 children.", "the government", "Court filings");
    // `report` before `said` is the noun: the content starts after `said`.
    let text = "A Department of Homeland Security (DHS) report said 545 parents could not be found.";
    assert_speaker(&engine, text, "545 parents", "Department of Homeland Security");
}

#[test]
fn reported_content_before_said_and_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Children under the age of five must be reunited within 14 days, said Judge Dana Sabraw in California.";
    assert_speaker(&engine, text, "Children under", "Dana Sabraw");
    assert!(speakers(&engine, "In the end, said Brané.").is_empty());
}

#[test]
fn a_dateline_is_neither_content_nor_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "WASHINGTON — The Biden administration is offering parole to 500 parents, according to a DHS official.";
    assert_speaker(&engine, text, "The Biden administration", "a DHS official");
    assert_speaker(&engine, "SAN DIEGO, Calif. -- The judge ruled that 300 families must be reunited.", "300 families", "The judge");
    // A wire dateline with the country, the day and the credit.
    let text = "PORTO ALEGRE, Brazil, May 6 (Reuters) - Floods in the south have killed at least 83 people, the state's civil defense agency said on Monday.";
    assert_speaker(&engine, text, "Floods in the south", "the state's civil defense agency");
    // Without a credit, a long capitalized opener before a dash is no dateline.
    let text = "NATO leaders who met in Brussels on Monday for two days - the alliance's largest summit - said 32 members agreed.";
    assert!(speakers(&engine, text).iter().all(|(content, _)| !content.starts_with("the alliance")), "{:?}", speakers(&engine, text));
}

#[test]
fn a_named_body_is_not_an_earlier_speaker_with_the_same_head() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Arrivals fell in May, the Home Office said. The government spends £5.6m a day on hotels, the National Audit Office said.";
    assert_speaker(&engine, text, "The government spends", "National Audit Office");
}

#[test]
fn a_legislator_with_party_and_state_who_did_something_first() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Rep. Henry Cuellar, D-Texas, called the situation chaotic and said the city had received $6 million in aid.";
    assert_eq!(speaker_and_role(&engine, text, "the city"), Some(("Henry Cuellar".into(), Some("Rep.".into()))));
    let text = "Agents detained 10,000 migrants a day, according to two U.S. officials who spoke on condition of anonymity.";
    assert_speaker(&engine, text, "Agents detained", "two U.S. officials");
}

#[test]
fn a_cue_that_opens_its_own_clause_after_a_finished_quote_is_not_its_attribution() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "In a statement, the White House said the president \"remains committed to every family.\" A spokesperson said 3,500 children had been reunited.";
    let found = speakers(&engine, text);
    assert!(found.iter().any(|(c, s)| c.starts_with("the president") && s == "White House"), "{found:?}");
    assert!(found.iter().any(|(c, s)| c.starts_with("3,500") && s == "A spokesperson"), "{found:?}");
    // A short attribution after a finished quote still counts.
    assert_speaker(&engine, "\"We are full.\" Brané said on Thursday in a statement.", "We are full", "Brané");
}

#[test]
fn counted_speakers_with_a_post_modifier_report_speech() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Two officials familiar with the talks said a deal was near.", "a deal", "Two officials familiar with the talks");
    assert_speaker(&engine, "Three people involved said a deal could be announced within weeks.", "a deal", "Three people involved");
    let told = "The deal is near, two people familiar with the negotiations told reporters on Thursday.";
    assert_speaker(&engine, told, "The deal", "two people familiar with the negotiations");
    assert_speaker(&engine, "The deal is near, said two people familiar with the negotiations.", "The deal", "two people familiar with the negotiations");
}

#[test]
fn a_relative_time_after_the_cue_is_no_content() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Mayorkas said last month that the department would act.", "the department would act", "Mayorkas");
    assert_speaker(&engine, "Mayorkas said earlier this year the department would act.", "the department would act", "Mayorkas");
    assert_speaker(&engine, "The agency said late Monday that 300 people were moved.", "300 people", "The agency");
}

#[test]
fn who_obtained_a_document_is_not_its_source() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "A leaked internal letter seen by Sky News said 300 staff would go.", "300 staff", "A leaked internal letter");
    let text = "Nearly 4,000 minors crossed alone in October, according to a report obtained by CNN.";
    assert_speaker(&engine, text, "Nearly 4,000", "a report");
    let text = "The administration has asked Congress for $4.9 billion, according to a budget document reviewed by The Washington Post.";
    assert_speaker(&engine, text, "The administration", "a budget document");
    // Who released or wrote it still is.
    let text = "U.S. Customs and Border Protection (CBP) runs the stations. Nearly 4,000 minors crossed alone in October, according to data released by CBP on Monday.";
    assert_speaker(&engine, text, "Nearly 4,000", "U.S. Customs and Border Protection");
}

#[test]
fn a_plural_cue_noun_before_a_modal_is_the_subject() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Insurance claims could top $10 billion, analysts at Moody's estimated last week.";
    assert_speaker(&engine, text, "Insurance claims could", "analysts at Moody's");
    assert_speaker(&engine, "Insurance claims could top $10 billion, analysts said.", "Insurance claims could", "analysts");
}

#[test]
fn the_agency_refers_back_to_an_intergovernmental_body_too() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Hundreds of children are traveling alone, UNICEF said Tuesday. One in five migrants crossing the gap is a child, the agency said.";
    assert_speaker(&engine, text, "One in five", "United Nations Children's Fund");
}

#[test]
fn a_participle_after_the_day_is_no_content_and_a_dateline_is_not_either() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "LONDON (Reuters) - Britain will cap the number of refugees at 5,000 a year, Home Secretary Suella Braverman announced on Monday, drawing criticism from charities.";
    let found = speakers(&engine, text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.starts_with("Britain will cap"), "{found:?}");
    assert_eq!(found[0].1, "Suella Braverman");
}

#[test]
fn a_determined_role_before_the_name_is_the_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Refugee Council objected. Its chief executive, Enver Solomon, said more than 45,000 people had crossed.";
    assert_eq!(speaker_and_role(&engine, text, "more than"), Some(("Enver Solomon".into(), Some("chief executive".into()))));
}

#[test]
fn a_dotted_abbreviation_does_not_end_the_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"The labor market remains very tight,\" said Michelle Meyer, chief U.S. economist at the Mastercard Economics Institute.";
    let role = "chief U.S. economist at the Mastercard Economics Institute";
    assert_eq!(speaker_and_role(&engine, text, "The labor market"), Some(("Michelle Meyer".into(), Some(role.into()))));
}

#[test]
fn a_number_after_added_is_its_object_not_a_report() {
    let engine = Engine::bundled().expect("bundled rules");
    for text in ["Employers added 253,000 jobs in May.", "The fund added $2 billion last year.", "The company added two hundred workers."] {
        assert_eq!(speakers(&engine, text), vec![], "in {text:?}");
    }
    // With `that`, or a clause after it, `added` still reports.
    assert_speaker(&engine, "Officials added that 500 were released.", "500 were released", "Officials");
    assert_speaker(&engine, "He added the agency would hire 20 more.", "the agency would hire", "He");
}

#[test]
fn an_unresolved_pronoun_is_no_antecedent_for_the_next() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"We are working on it,\" she added. He added: \"We will reunite 500 families.\"";
    assert_speaker(&engine, text, "We are working", "she");
    assert_speaker(&engine, text, "We will reunite", "He");
    // A named speaker before them is still the antecedent.
    let text = "\"We are working on it,\" Maria Lopez said. \"More will come,\" she added.";
    assert_speaker(&engine, text, "More will come", "Maria Lopez");
}

#[test]
fn a_weak_cue_without_that_reports_a_clause() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Wilkins explained Warhol's obsession with celebrities began when he was a child.";
    assert_speaker(&engine, text, "Warhol's obsession with celebrities began", "Wilkins");
    assert_speaker(&engine, "She explained how the camera revealed his process.", "how the camera", "She");
    assert_speaker(&engine, "Fed officials project inflation will ease next year.", "inflation will ease", "Fed officials");
    let text = "They estimated by 2050, a growing population would need 50 percent more food.";
    assert_speaker(&engine, text, "by 2050, a growing population", "They");
    // A noun phrase object is no content, even with a verb in a relative clause or a new clause after it.
    for text in [
        "The government identified 102 children who were separated from their parents.",
        "She explained the plan to reporters on Monday.",
        "Eventually when he found his brother he had resolution.",
    ] {
        let found = speakers(&engine, text);
        assert!(found.is_empty(), "in {text:?}: {found:?}");
    }
}

#[test]
fn a_straight_mark_after_the_cue_and_comma_opens_the_quote() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Kristin Wilkins curated the show. Wilkins said,\" [Warhol] liked the way photo booths looked\". She left.";
    assert_speaker(&engine, text, "[Warhol] liked", "Kristin Wilkins");
}

#[test]
fn who_after_a_name_is_the_subject_of_its_cue() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "He traveled to Florida to meet with Devocht, who had told Montalvo he would help him find work.";
    assert_speaker(&engine, text, "he would help", "Devocht");
    // A relative clause with a verb of its own before the cue is skipped as before.
    assert_speaker(&engine, "Smith, who was there, said the fire started at noon.", "the fire started", "Smith");
    let text = "The reports surprised most analysts, who had forecast that the company would lose money.";
    assert_speaker(&engine, text, "the company would", "most analysts");
}

#[test]
fn an_attribution_may_interrupt_reported_content() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Institutional recipients, said Mauer, are required to exhibit the photographs every ten years.";
    assert_speaker(&engine, text, "Institutional recipients, said Mauer, are required", "Mauer");
    let text = "Prices, said the spokesman, rose by 5% last year.";
    assert_speaker(&engine, text, "Prices, said the spokesman, rose", "the spokesman");
    // Without a verb after it, the attribution ends the content: no subject-less content.
    let found = speakers(&engine, "Institutional recipients, said Mauer, in a statement.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_attribution_inside_content_is_a_quote_of_its_own() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Memon also said she believed the movement had helped the family.";
    assert_speaker(&engine, text, "she believed", "Memon");
    assert_speaker(&engine, text, "the movement had helped", "Memon");
    let found = quotes(&engine, text);
    assert_eq!(found.iter().find(|(c, _)| c.starts_with("the movement")).map(|(_, q)| q.cue.as_str()), Some("believe"));
    // `I think` inside a quotation is the quote's speaker.
    let text = "\"I think his photography is as influential as his prints,\" said Braysmith.";
    assert_speaker(&engine, text, "his photography", "Braysmith");
    // A second cue coordinated with the first has the same subject.
    let text = "They also claimed Paris was a volunteer and claim she has a vested interest in the case.";
    assert_speaker(&engine, text, "she has a vested", "They");
    let found = speakers(&engine, text);
    assert!(found.iter().any(|(c, _)| c == "Paris was a volunteer"), "{found:?}");
    // A study's findings report; a noun phrase after `said` is no attribution.
    assert_speaker(&engine, "Heald noted the findings show pollution reduction is also important.", "pollution reduction", "the findings");
    let found = speakers(&engine, "Officials said the plan was working.");
    assert_eq!(found.len(), 1, "{found:?}");
    // `we` inside a quotation is not taken for a nested speaker.
    let found = speakers(&engine, "\"We believe the plan will work,\" Garcia said.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_short_phrase_in_marks_inside_a_sentence_is_no_quote() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The \"History\" section of the site explains the attack in a satirical fashion.";
    let found = quotes(&engine, text);
    assert!(found.iter().all(|(c, _)| c != "History"), "{found:?}");
    let text = "The so-called \"zero tolerance\" policy separated thousands of families, officials said.";
    let found = quotes(&engine, text);
    assert!(found.iter().all(|(c, _)| c != "zero tolerance"), "{found:?}");
    // A comma inside the marks ends a quotation, not a label.
    let text = "Describing the problem as one that had been \"decades in the making,\" Obama explained his plan.";
    assert!(!quotes(&engine, text).is_empty());
    // A partial quote that ends its clause is still a quote.
    let text = "Cooper said her party has supported the idea \"for months\", and said it was overdue.";
    assert!(!quotes(&engine, text).is_empty());
    // A title after `says on` does not continue the quote before it.
    let text = "\"It is time to say goodbye,\" Microsoft says on \"The Internet Explorer 6 Countdown\".";
    let found = quotes(&engine, text);
    assert!(found.iter().all(|(c, _)| !c.starts_with("The Internet Explorer")), "{found:?}");
    // After a comma it does.
    assert_speaker(&engine, "\"We are interested,\" Noori told the press, \"to show that women can make robots.\"", "to show", "Noori");
}

#[test]
fn a_sentence_initial_preposition_is_no_given_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "For Kevin Allton, a USI instructor, Warhol was a legend. \"It was magical,\" Allton said.";
    assert_speaker(&engine, text, "It was magical", "Kevin Allton");
}

#[test]
fn told_without_an_addressee_is_passive() {
    let engine = Engine::bundled().expect("bundled rules");
    let found = speakers(&engine, "I was hauled in and told that my mother had attacked the church.");
    assert!(found.is_empty(), "{found:?}");
    assert_speaker(&engine, "Whitmore told LA Weekly that the drives were worth $200.", "the drives", "Whitmore");
}

#[test]
fn weak_cues_with_a_noun_object_report_nothing() {
    let engine = Engine::bundled().expect("bundled rules");
    for text in [
        "On Tuesday, the government announced the start of a public process to suggest designs.",
        "NASA tweeted support of Ahmed Mohamed via its account.",
        "NASA Administrator Charles Bolden announced the locations that would be given the orbiters.",
    ] {
        let found = speakers(&engine, text);
        assert!(found.is_empty(), "in {text:?}: {found:?}");
    }
    assert_speaker(&engine, "The government announced that the flag would change.", "the flag would", "The government");
    let text = "Steve Jobs, the chief executive of Apple, announced Monday in an internal memo that he would be on leave.";
    assert_speaker(&engine, text, "he would be", "Steve Jobs");
    let found = speakers(&engine, text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_speaker(&engine, "Charles Bolden announces where four orbiters will be displayed.", "where four", "Charles Bolden");
    assert_speaker(&engine, "The Home Office letter reads \"we may extend the use of the questionnaire\".", "we may extend", "Home Office");
}

#[test]
fn an_unattributed_quote_after_a_reported_sentence_is_its_speakers() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"Ozone causes damage,\" the department said.\n\nHeald noted the findings show pollution reduction is also important. \"An air-quality cleanup would improve crop yields.\"";
    assert_speaker(&engine, text, "An air-quality cleanup", "Heald");
    // With no reported sentence between, the quote before still lends its speaker.
    let text = "\"Ozone causes damage,\" Heald said. \"An air-quality cleanup would improve crop yields.\"";
    assert_speaker(&engine, text, "An air-quality cleanup", "Heald");
}

#[test]
fn an_absolute_clause_names_its_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "It quoted critics, with Boswell stating: \"This latest move is clumsy and unthinking.\"";
    assert_speaker(&engine, text, "This latest move", "Boswell");
}

#[test]
fn possessive_names_and_one_determine_a_speaker_phrase() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "PC World's recent analysis of its own web traffic statistics concluded, \"Usually, Internet Explorer is the second browser.\"";
    assert_speaker(&engine, text, "Usually, Internet", "PC World's recent analysis of its own web traffic statistics");
    let text = "Critics were harsh, with one poster writing \"How can people look at both sides if one side is gone?\"";
    assert_speaker(&engine, text, "How can people", "one poster");
}

#[test]
fn according_to_fronted_inside_a_that_clause() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Wikinews has learned that according to an Internet posting, the church's website is being attacked by hackers.";
    assert_speaker(&engine, text, "the church's website", "an Internet posting");
}

#[test]
fn the_addressee_of_ask_and_a_parenthetical_before_that_are_skipped() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Environment Minister John Baird has asked government officials how such documents wound up on the street.";
    assert_speaker(&engine, text, "how such documents", "John Baird");
    for text in ["The minister asked government officials to look into the incident.", "He was asked whether he would run again.", "She asked him to resign."] {
        let found = speakers(&engine, text);
        assert!(found.is_empty(), "in {text:?}: {found:?}");
    }
    let text = "The site explains, in a satirical fashion, that the incident was prompted by the church.";
    assert_speaker(&engine, text, "the incident was prompted", "The site");
    let found = speakers(&engine, "The task force revealed in its report, noting nothing new.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_colon_ending_the_paragraph_before_attributes_the_quote() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The governor wrote on her website:\n\n\"We will not stop until every family is home.\"";
    assert_speaker(&engine, text, "We will not stop", "The governor");
    // Without the colon the paragraph before says nothing about the quote.
    let text = "The governor wrote on her website.\n\n\"We will not stop until every family is home.\"";
    assert!(speakers(&engine, text).iter().all(|(_, s)| s != "The governor"), "{:?}", speakers(&engine, text));
}

#[test]
fn a_name_after_a_dash_signs_the_quote() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Other sites kept the video up.\n\n\"So far, it's the Internet: 1, the church: 0.\" - Matthew Ingram\n\nMore followed.";
    assert_speaker(&engine, text, "So far", "Matthew Ingram");
    // A dash with more prose after it is no signature.
    let text = "\"So far, so good\" - Matthew Ingram wrote a column about it.";
    assert!(speakers(&engine, text).iter().all(|(_, s)| s != "Matthew Ingram wrote"), "{:?}", speakers(&engine, text));
}

#[test]
fn an_office_holder_unnamed_is_a_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The mayor told reporters that the city will not stop.", "the city will not stop", "The mayor");
    assert_speaker(&engine, "\"We will not stop,\" the governor said.", "We will not stop", "the governor");
    assert_speaker(&engine, "The union said it would strike on Friday.", "it would strike", "The union");
}

#[test]
fn the_owner_of_a_statement_speaks() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Cornyn's statement added, \"There is no question Houston should have been selected.\"";
    assert_speaker(&engine, text, "There is no question", "Cornyn");
}

#[test]
fn a_person_of_a_body_speaks_for_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"It's a shocking number,\" said Jennifer Nagda of the Young Center for Immigrant Children's Rights.";
    assert_speaker(&engine, text, "It's a shocking number", "Jennifer Nagda");
    assert_speaker(&engine, "Lee Gelernt of the ACLU said 500 families remain apart.", "500 families", "Lee Gelernt");
    // A body whose own name holds `of` is still the body.
    let text = "The Federal Bureau of Investigation said it would hire 300 agents.";
    assert_speaker(&engine, text, "it would hire", "Federal Bureau of Investigation");
}

#[test]
fn a_participle_clause_is_no_speaker_and_a_poll_is_its_pollster() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Employers added 531,000 jobs last month, beating economists' forecasts of 450,000.";
    assert!(speakers(&engine, text).iter().all(|(_, s)| !s.starts_with("beating")), "{:?}", speakers(&engine, text));
    let text = "About two-thirds of Americans support the plan, a Gallup poll released Wednesday found.";
    assert_speaker(&engine, text, "About two-thirds", "Gallup");
}

#[test]
fn a_body_owning_the_speaker_gives_way_to_its_person_or_speaks_for_its_document() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "\"We will keep fighting,\" the ACLU's Lee Gelernt said.", "We will keep fighting", "Lee Gelernt");
    let text = "The report, released Tuesday by the Government Accountability Office, found that 1,000 children were missing.";
    assert_speaker(&engine, text, "1,000 children", "Government Accountability Office");
    // Who saw a document did not write it.
    assert_speaker(&engine, "A letter, seen by Reuters, said 300 jobs would go.", "300 jobs", "A letter");
}

#[test]
fn a_short_quoted_sentence_continues_the_quote_before_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"This is not over,\" Gelernt said. \"We will appeal.\"";
    assert_speaker(&engine, text, "We will appeal", "Gelernt");
}

#[test]
fn a_verb_of_naming_attributes_the_words_in_marks() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Senator Ted Cruz called the decision \"a disgrace\" on Monday.", "a disgrace", "Ted Cruz");
    assert_speaker(&engine, "Nunzio Galantino has called the ruling \"dangerous\" and \"ideological\".", "ideological", "Nunzio Galantino");
    assert_speaker(&engine, "\"We need homes,\" said Ana Ruiz. The city faces what she described as \"a crisis\" in housing.", "a crisis", "Ana Ruiz");
    assert_speaker(&engine, "Sen. Rand Paul, R-Ky., called the measure \"a monstrosity\" and voted no.", "a monstrosity", "Rand Paul");
    let cue = quotes(&engine, "Ana Ruiz described the plan as \"reckless\" on Friday.").into_iter().map(|(_, q)| q.cue).next();
    assert_eq!(cue.as_deref(), Some("describe"));
    // Names for things, passives and reduced relatives quote nobody.
    for text in [
        "A group called \"Anonymous\" attacked the site on Monday.",
        "The plan, often called \"Obamacare\" by critics, passed.",
        "It was called \"a miracle\" by doctors at the hospital.",
        "The so-called \"zero tolerance\" policy ended in June.",
    ] {
        assert!(quotes(&engine, text).is_empty(), "{text:?}: {:?}", quotes(&engine, text));
    }
}

#[test]
fn a_date_that_ends_the_source_is_not_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "According to a court filing Monday, the ACLU has been unable to reach the parents of 337 children.", "the ACLU", "a court filing");
    // A date the phrase's own participle or preposition takes stays in it.
    assert_speaker(&engine, "According to a report released Friday, 500 children remain in custody at the border.", "500 children", "a report");
}

#[test]
fn a_conjunction_opening_the_sentence_is_not_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "As Heald told The Huffington Post, surface ozone has dropped since the 1980s.", "surface ozone", "Heald");
    assert_speaker(&engine, "But officials said the program would continue into next year.", "the program", "officials");
}

#[test]
fn in_the_words_of_names_the_speaker_of_the_quote() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "In the words of Lincoln, \"a house divided against itself cannot stand.\"", "a house divided", "Lincoln");
}

#[test]
fn a_surname_opening_a_sentence_is_nearer_than_the_last_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Former members Tom Devocht and Mark Rathbun left. \"He walked in,\" said Steve Whitmore, a spokesman. \
                Rathbun requested donations on his blog. He described Montalvo as an individual, \"facing prison for his sins.\"";
    assert_speaker(&engine, text, "facing prison", "Mark Rathbun");
    // A pronoun opening a sentence is no new person, and `Jefferson. He` is no name.
    let interview = "Which governor do you admire?\nThomas Jefferson. He was learned.\nWhat about Bob McDonnell?\n\
                     McDonnell did well early on. Of course, he said he regretted the deal.";
    assert_speaker(&engine, interview, "he regretted", "Bob McDonnell");
}

#[test]
fn an_adverb_before_that_is_not_content() {
    let engine = Engine::bundled().expect("bundled rules");
    let found = quotes(&engine, "Smith said later that he regretted the deal. Jones said repeatedly that the plan had failed.");
    let contents: Vec<&str> = found.iter().map(|(content, _)| content.as_str()).collect();
    assert_eq!(contents, vec!["he regretted the deal", "the plan had failed"]);
}

#[test]
fn a_company_named_with_a_title_word_is_not_a_titled_person() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "General Motors said it would cut 10,000 jobs.", "it would cut", "General Motors");
    let descriptor = "The US car manufacturer General Motors Corporation announced that it would axe 10,000 jobs.";
    assert_speaker(&engine, descriptor, "it would axe", "General Motors Corporation");
    // A rank before a person's name is still a title.
    assert_speaker(&engine, "General David Petraeus said the surge had worked.", "the surge", "David Petraeus");
}

#[test]
fn add_with_a_noun_object_reports_nothing() {
    let engine = Engine::bundled().expect("bundled rules");
    assert!(quotes(&engine, "Members of the program can add applications to the store for free.").is_empty());
    assert_speaker(&engine, "Smith added the company would appeal.", "the company would appeal", "Smith");
}

#[test]
fn a_capitalized_month_is_no_verb_of_a_reported_clause() {
    let engine = Engine::bundled().expect("bundled rules");
    assert!(quotes(&engine, "Searchers found 300 parents in May.").is_empty());
    assert_speaker(&engine, "Searchers found the parents may never be located.", "the parents may", "Searchers");
}

#[test]
fn adjuncts_around_a_speaker_are_cut_from_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let participle = "\"It took too long,\" said Uralsib analyst Chris Weafer commenting on the decision.";
    assert_speaker(&engine, participle, "It took too long", "Chris Weafer");
    let found = quotes(&engine, "GM admitted Thursday night that the loss could swell.");
    assert_eq!(found.first().map(|(content, _)| content.as_str()), Some("the loss could swell"));
    let text = "Fritz Henderson spoke on Monday. Speaking to the public he said that the old GM was history.";
    assert_speaker(&engine, text, "the old GM", "Fritz Henderson");
}

#[test]
fn a_name_and_role_without_the_closing_comma_is_still_the_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Scott Carson, president and CEO of Boeing Commercial Airplanes said, \"This has been a wonderful day.\"";
    assert_eq!(
        speaker_and_role(&engine, text, "This has been"),
        Some(("Scott Carson".into(), Some("president and CEO of Boeing Commercial Airplanes".into())))
    );
    // A capitalized name that spells a function word (`Press`) is still a name.
    let text = "\"Signs of life,\" said the vice president and chairman of Chrysler LLC Jim Press.";
    assert_speaker(&engine, text, "Signs of life", "Jim Press");
    assert_speaker(&engine, "Music sales rose 5 percent in February, according to figures released April 3 by NPD Group.", "Music sales", "NPD Group");
}

#[test]
fn a_weak_cue_with_an_object_attributes_no_quote_before_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Describing the problem as one \"decades in the making,\" Obama explained the rationale behind the plan.";
    assert!(quotes(&engine, text).is_empty(), "{:?}", quotes(&engine, text));
    let text = "Citing \"a precautionary measure\", Airbus announced that two of the engines would be replaced.";
    assert_speaker(&engine, text, "two of the engines", "Airbus");
    assert_speaker(&engine, "\"We are done,\" Smith explained to reporters.", "We are done", "Smith");
}

#[test]
fn an_appositive_place_or_relative_clause_is_no_role() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(
        speaker_and_role(&engine, "U.S. District Judge Dana Sabraw, in San Diego, said the government had failed.", "the government"),
        Some(("Dana Sabraw".into(), Some("U.S. District Judge".into())))
    );
    assert_eq!(
        speaker_and_role(&engine, "Lee Gelernt, deputy director of the project, who argued the case, said the ruling was a victory.", "the ruling"),
        Some(("Lee Gelernt".into(), Some("deputy director of the project".into())))
    );
    assert_eq!(
        speaker_and_role(&engine, "A spokeswoman for the Department of Homeland Security, Katie Waldman, said the agency was reviewing it.", "the agency"),
        Some(("Katie Waldman".into(), Some("spokeswoman for the Department of Homeland Security".into())))
    );
}

#[test]
fn a_two_letter_given_name_and_a_whose_clause_after_the_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "USCIS Director Ur Jaddou said the plan works. Jaddou, who took office in 2021, added that the agency had hired 1,200 officers.";
    assert_speaker(&engine, text, "the agency had hired", "Ur Jaddou");
    let text = "\"This is a cruel policy,\" said Karen Tumlin, founder of the Justice Action Center, whose group plans to sue.";
    assert_eq!(speaker_and_role(&engine, text, "This is a cruel").and_then(|(_, role)| role).as_deref(), Some("founder of the Justice Action Center"));
}

#[test]
fn a_lone_pronoun_object_is_no_reported_content() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Some 40 advocacy groups have criticized it, the Los Angeles Times reported.";
    assert_speaker(&engine, text, "Some 40 advocacy groups", "Los Angeles Times");
}

#[test]
fn unnamed_agents_and_relative_clauses_of_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"We are doing our best,\" a Border Patrol agent, who asked not to be named, wrote in an email.";
    assert_speaker(&engine, text, "We are doing our best", "a Border Patrol agent");
    assert_speaker(&engine, "The agent said the station was holding more than 1,000 people.", "the station", "The agent");
    // An age between commas is no role, and a condition reports nothing.
    let text = "Maria Gomez, 45, a mother of three, said she had waited eight months.";
    assert_eq!(speaker_and_role(&engine, text, "she had waited").and_then(|(_, role)| role).as_deref(), Some("mother of three"));
    assert!(quotes(&engine, "If volunteers think the site is going wrong, they can take the content.").is_empty());
}

#[test]
fn the_addressee_of_told_is_neither_speaker_nor_content() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str| quotes(&engine, text).into_iter().map(|(content, q)| (content, q.speaker)).collect::<Vec<_>>();
    let pair = |c: &str, s: &str| vec![(c.to_string(), s.to_string())];
    assert_eq!(got("Jane Smith told the Associated Press that the plan would fail."), pair("the plan would fail", "Jane Smith"));
    assert_eq!(got("The governor told lawmakers on Tuesday that the budget was balanced."), pair("the budget was balanced", "The governor"));
    assert_eq!(got("Carla Ruiz told residents the storm would pass by Friday."), pair("the storm would pass by Friday", "Carla Ruiz"));
    assert_eq!(got("Ruiz told the mayor he would resign."), pair("he would resign", "Ruiz"));
    assert_eq!(got("Ruiz told her lawyer that the plan would fail."), pair("the plan would fail", "Ruiz"));
    assert_eq!(got("Ruiz told his aides the plan would fail."), pair("the plan would fail", "Ruiz"));
    assert_eq!(got("Ruiz told her the plan would fail."), pair("the plan would fail", "Ruiz"));
    // A determiner after a preposition opens no clause: the object stays whole.
    assert!(got("Ruiz told the truth about the war in the mountains.").iter().all(|(c, _)| c.starts_with("the truth")));
    // An infinitive after the addressee is an order, not reported speech.
    assert!(got("Ruiz told residents to leave their homes.").is_empty());
}

#[test]
fn a_relative_clause_without_its_commas_is_skipped_before_the_cue() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str| speakers(&engine, text);
    let pair = |c: &str, s: &str| vec![(c.to_string(), s.to_string())];
    assert_eq!(got("Ann Walsh, who heads the group, said the plan would fail."), pair("the plan would fail", "Ann Walsh"));
    assert_eq!(got("Ann Walsh who heads the group said the plan would fail."), pair("the plan would fail", "Ann Walsh"));
    assert_eq!(got("Ann Walsh, who heads the group said the plan would fail."), pair("the plan would fail", "Ann Walsh"));
    assert_eq!(got("The official who briefed reporters said the plan would fail."), pair("the plan would fail", "The official"));
    // `who said` is the cue's own subject: the people did not report anything here.
    assert!(got("The people who said the plan would fail were ignored.").is_empty());
    // A clause after the relative one has a subject of its own.
    assert_eq!(
        got("The man who lost his job blamed the company, but his lawyer said the firing was legal."),
        pair("the firing was legal", "his lawyer")
    );
    // The pronoun as the object: the clause's own subject reports, not the noun before it.
    let found = got("The memo, which officials say runs to 40 pages was leaked on Monday.");
    assert!(found.iter().all(|(_, s)| s != "The memo"), "{found:?}");
}

#[test]
fn a_place_after_a_titled_name_is_no_part_of_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str, content: &str| speaker_and_role(&engine, text, content);
    let who = |s: &str, r: &str| Some((s.to_string(), Some(r.to_string())));
    assert_eq!(got("Mayor Jane Doe of Austin said the plan would fail.", "the plan"), who("Jane Doe", "Mayor"));
    assert_eq!(got("Sen. Tom Brown of Ohio said the plan would fail.", "the plan"), who("Tom Brown", "Sen."));
    assert_eq!(got("\"It is over,\" said Rep. Ana Ruiz from New Mexico.", "It is over"), who("Ana Ruiz", "Rep."));
    assert_eq!(got("Executive Director Jane Doe of the Refugee Council said the plan would fail.", "the plan"), who("Jane Doe", "Executive Director"));
    // A complement right after the title stays in the role.
    assert_eq!(got("Governor of Washington Chris Gregoire said the plan would fail.", "the plan"), who("Chris Gregoire", "Governor of Washington"));
}

#[test]
fn a_back_reference_names_all_the_words_of_its_antecedent() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str, content: &str| speaker_and_role(&engine, text, content).map(|(s, _)| s);
    let some = |s: &str| Some(s.to_string());
    let text = "A senior DHS official said the plan would fail. The DHS official said it would cost more.";
    assert_eq!(got(text, "it would cost"), some("A senior DHS official"));
    // Another official, however like the head: no back-reference.
    let text = "A senior DHS official said the plan would fail. The White House official said it would cost more.";
    assert_eq!(got(text, "it would cost"), some("The White House official"));
    // An inspector general is a speaker, and the person with that title; a general is neither.
    assert_eq!(got("The inspector general said the program wasted $5 million.", "the program"), some("The inspector general"));
    let text = "Inspector General Ann Walsh said the FBI erred. The inspector general said 300 files were lost.";
    assert_eq!(got(text, "300 files"), some("Ann Walsh"));
    let text = "Inspector General Ann Walsh said the FBI erred. The general said 300 files were lost.";
    assert_eq!(got(text, "300 files"), some("The general"));
    // `the report` is the last document's owner, not whoever spoke last.
    let text = "The Justice Department said the arrest was illegal. The report said 300 journalists were jailed.";
    assert_eq!(got(text, "300 journalists"), some("The report"));
    let text = "Data released by the Justice Department showed that 40 journalists were jailed. The report said 300 were released.";
    assert_eq!(got(text, "300 were"), some("Department of Justice"));
}

#[test]
fn party_tags_participles_and_ranks_are_no_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str, content: &str| speaker_and_role(&engine, text, content);
    let who = |s: &str, r: Option<&str>| Some((s.to_string(), r.map(str::to_string)));
    assert_eq!(got("\"It is over,\" said Tom Brown, a Republican senator, R-Iowa.", "It is over"), who("Tom Brown", Some("Republican senator")));
    assert_eq!(got("Joni Ernst, a senator (R-Iowa), said the plan would fail.", "the plan"), who("Joni Ernst", Some("senator")));
    assert_eq!(got("\"It is over,\" said Tom Brown, speaking at a rally in Ohio.", "It is over"), who("Tom Brown", None));
    assert_eq!(got("Tom Brown, speaking at a rally in Ohio, said the plan would fail.", "the plan"), who("Tom Brown", None));
    // A participle before a title word is part of the role.
    assert_eq!(got("\"It is over,\" said Tom Brown, managing director of the fund.", "It is over"), who("Tom Brown", Some("managing director of the fund")));
    // Ranks are titles: never the speaker, and the appositive is the role when there is one.
    assert_eq!(got("\"It is over,\" said Lt. Tom Brown.", "It is over"), who("Tom Brown", Some("Lt.")));
    assert_eq!(got("Sgt. Ana Ruiz, a police spokeswoman, said the plan would fail.", "the plan"), who("Ana Ruiz", Some("police spokeswoman")));
    assert_eq!(got("\"It is over,\" said Maj. Gen. Tom Brown, commander of the division.", "It is over"), who("Tom Brown", Some("commander of the division")));
}

#[test]
fn reported_content_ends_before_a_coordinated_attribution() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str| speakers(&engine, text);
    let pairs = |list: &[(&str, &str)]| list.iter().map(|(c, s)| (c.to_string(), s.to_string())).collect::<Vec<_>>();
    assert_eq!(
        got("Ruiz said the plan would fail, and Walsh said it would work."),
        pairs(&[("the plan would fail", "Ruiz"), ("it would work", "Walsh")])
    );
    assert_eq!(
        got("Ruiz said the plan would fail; Walsh said it would work."),
        pairs(&[("the plan would fail", "Ruiz"), ("it would work", "Walsh")])
    );
    assert_eq!(
        got("Ruiz said the plan would fail, but officials said it would work."),
        pairs(&[("the plan would fail", "Ruiz"), ("it would work", "officials")])
    );
    // `, and that …` and a clause without a cue continue the same report.
    assert_eq!(got("Ruiz said the plan would fail, and that it would cost more."), pairs(&[("the plan would fail, and that it would cost more", "Ruiz")]));
    assert_eq!(got("Ruiz said the plan would fail, and the mayor agreed."), pairs(&[("the plan would fail, and the mayor agreed", "Ruiz")]));
}

#[test]
fn the_appositive_after_according_to_is_the_role_not_content() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str, content: &str| speaker_and_role(&engine, text, content);
    let text = "According to Tom Brown, a spokesman for the county, 300 people were sick.";
    assert_eq!(got(text, "300 people were sick"), Some(("Tom Brown".to_string(), Some("spokesman for the county".to_string()))));
    assert!(quotes(&engine, text).iter().all(|(content, _)| !content.contains("spokesman")));
    // The subject of the content with its own appositive stays in the content.
    let text = "According to CNN, the police, who arrived late, fired the shots.";
    assert!(got(text, "the police, who arrived late").is_some(), "{:?}", quotes(&engine, text));
    let text = "According to officials, the police, not the army, fired the shots.";
    assert!(got(text, "the police, not the army").is_some(), "{:?}", quotes(&engine, text));
}

#[test]
fn he_after_a_name_with_a_titled_appositive_means_them() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str, content: &str| speaker_and_role(&engine, text, content);
    let text = "\"We lost,\" said coach Hernan Gomez. John Doe, the county sheriff, arrived at the scene on Monday. He said the fire was arson.";
    assert_eq!(got(text, "the fire"), Some(("John Doe".to_string(), Some("county sheriff".to_string()))));
    // An appositive without a title gives no role, but names whom `he` means, as the
    // name alone would (`John Doe arrived …. He said`).
    let text = "\"We lost,\" said coach Hernan Gomez. John Doe, a local farmer, arrived at the scene on Monday. He said the fire was arson.";
    assert_eq!(got(text, "the fire"), Some(("John Doe".to_string(), None)));
}

#[test]
fn doubled_and_lone_single_marks_quote() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "‘‘We will win,’’ Ortega said.", "We will win", "Ortega");
    assert_speaker(&engine, "Ortega said, ``We don't know yet.''", "We don't know yet", "Ortega");
    assert_speaker(&engine, "'We won't quit,' said Dr. Ana Ruiz.", "We won't quit", "Ana Ruiz");
    assert_speaker(&engine, "Ruiz said: ‘The Smiths’ house is safe.’", "The Smiths’ house is safe", "Ruiz");
    // Apostrophes make no quotation and leave a reported clause whole.
    let text = "Ruiz said the Immigrants’ Rights Project grew in the '90s under Trump’ tenure and the players' union.";
    let found = speakers(&engine, text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.starts_with("the Immigrants’ Rights Project") && found[0].0.ends_with("players' union"), "{found:?}");
}

#[test]
fn a_told_noun_phrase_is_no_reported_content() {
    let engine = Engine::bundled().expect("bundled rules");
    for text in ["The veteran told a long story about the war.", "He told the court the story of the abuse.", "They told reporters of their escape.", "He told jokes about the war."] {
        let found = speakers(&engine, text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    // A clause after the noun, `that`, or a clause without a told noun still reports.
    assert_speaker(&engine, "He told reporters the story was false.", "the story was false", "He");
    assert_speaker(&engine, "Ruiz told reporters that the story of the war was false.", "the story of the war", "Ruiz");
    assert_speaker(&engine, "Ruiz told the jury she was innocent.", "she was innocent", "Ruiz");
}


#[test]
fn a_person_object_then_a_topic_is_no_reported_content() {
    let engine = Engine::bundled().expect("bundled rules");
    for text in [
        "Forecasters warned coastal towns of flooding on Sunday.",
        "The minister told the panel about her travel plans.",
        "The union cautioned its members against a walkout.",
        "Doctors advised patients of the risks of the surgery.",
        "The coach told the BBC of his fears.",
        "The group urged donors to the appeal.",
        "The governor told leaders of both parties of her plan to cut taxes.",
    ] {
        let found = speakers(&engine, text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    // `that`, a clause, a quotation, or an infinitive directive after the object still report.
    assert_speaker(&engine, "Forecasters warned that flooding would reach the coast.", "flooding would reach", "Forecasters");
    assert_speaker(&engine, "Forecasters warned towns of the coast that flooding was likely.", "flooding was likely", "Forecasters");
    assert_speaker(&engine, "The minister warned, \"Nobody is safe here.\"", "Nobody is safe", "The minister");
    assert_speaker(&engine, "The minister told members of the panel the plan was dead.", "the plan was dead", "The minister");
    assert_speaker(&engine, "The group urged donors in rich countries to give more.", "donors in rich countries to give", "The group");
}
#[test]
fn a_role_given_in_a_sentence_without_a_quote_travels_to_a_later_quote() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Jane Doe, the county's health director, visited the clinic on Monday. Doe said the outbreak was contained.";
    assert_eq!(speaker_and_role(&engine, text, "the outbreak"), Some(("Jane Doe".into(), Some("county's health director".into()))));
    let text = "Jane Doe, the county's health director, visited the clinic. \"It is contained,\" Doe said.";
    assert_eq!(speaker_and_role(&engine, text, "It is contained"), Some(("Jane Doe".into(), Some("county's health director".into()))));
    // A role the attribution gives wins; a role given only after the quote does not reach back.
    let text = "Jane Doe, the county's health director, visited the clinic. \"It is contained,\" said Doe, a spokeswoman.";
    assert_eq!(speaker_and_role(&engine, text, "It is contained"), Some(("Jane Doe".into(), Some("spokeswoman".into()))));
    let text = "Doe said it was over. Jane Doe, the county's health director, visited the clinic.";
    assert_eq!(speaker_and_role(&engine, text, "it was over"), Some(("Jane Doe".into(), None)));
}

#[test]
fn a_one_word_name_with_a_titled_appositive_gives_its_role_to_later_quotes() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Okafor, the league's chief referee, reviewed the footage on Sunday. \"The goal should stand,\" Okafor said.";
    assert_eq!(speaker_and_role(&engine, text, "The goal should stand"), Some(("Okafor".into(), Some("league's chief referee".into()))));
    let text = "Okafor, the league's chief referee, reviewed the footage. Okafor said the goal should stand.";
    assert_eq!(speaker_and_role(&engine, text, "the goal should stand"), Some(("Okafor".into(), Some("league's chief referee".into()))));
    // Capitalized inside a sentence too, the word is a name `he` may refer to.
    let text = "Okafor, the league's chief referee, reviewed the footage. \"The goal should stand,\" he said. Fans booed Okafor.";
    assert_eq!(speaker_and_role(&engine, text, "The goal should stand"), Some(("Okafor".into(), Some("league's chief referee".into()))));
    // A word that only ever opens a sentence is no name: no role, and no antecedent for `he`.
    let text = "Afterwards, the league's chief referee, reviewed the footage. \"The goal should stand,\" he said.";
    assert_eq!(speaker_and_role(&engine, text, "The goal should stand"), Some(("he".into(), None)));
    let text = "Friday, the league's chief referee, reviewed the footage. \"The goal should stand,\" he said on Friday.";
    assert_eq!(speaker_and_role(&engine, text, "The goal should stand"), Some(("he".into(), None)));
}

#[test]
fn a_participle_cue_after_a_clause_has_its_subject_as_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The mayor resigned on Monday, saying the city was safe.", "the city was safe", "The mayor");
    assert_speaker(&engine, "The ministry issued a statement, saying that the talks had failed.", "the talks had failed", "The ministry");
    assert_speaker(&engine, "Ruiz resigned on Monday, saying: \"I have done my part.\"", "I have done my part", "Ruiz");
    // A noun phrase after the participle, or a participle without its comma, reports nothing.
    for text in ["Employers hired more workers, adding 200,000 jobs in May.", "He left the room, saying nothing.", "It is an old saying that the city was safe."] {
        let found = speakers(&engine, text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn a_participle_cue_finds_the_subject_past_a_fronted_adjunct() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        ("After the hearing, the regulator released a report, saying fares would rise.", "fares would rise", "the regulator"),
        ("Late Friday, Ana Costa quit the cabinet, adding that the plan had failed.", "the plan had failed", "Ana Costa"),
        ("Separately, the union filed a complaint, saying the talks were over.", "the talks were over", "the union"),
        ("In a rare move, the court postponed the trial, saying witnesses were missing.", "witnesses were missing", "the court"),
        ("On Sunday, however, the police closed the road, saying the border was quiet.", "the border was quiet", "the police"),
    ];
    for (text, content, speaker) in cases {
        assert_speaker(&engine, text, content, speaker);
    }
    // A name before the comma is the subject, not an adjunct; an unfronted subject is kept.
    assert_speaker(&engine, "Okafor, the team's coach, left the field, saying the referee was wrong.", "the referee was wrong", "Okafor");
    assert_speaker(&engine, "The regulator released a report on Monday, saying fares would rise.", "fares would rise", "The regulator");
}

#[test]
fn an_absolute_clause_with_a_participle_cue_is_its_own_attribution() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The mayor said the road was closed, with police saying it would reopen on Friday.";
    let found = speakers(&engine, text);
    assert_eq!(found, [("the road was closed".to_string(), "The mayor".to_string()), ("it would reopen on Friday".to_string(), "police".to_string())]);
    // Without a cue the absolute clause stays in the content; `reporting to` reports nothing.
    assert_speaker(&engine, "The mayor said the road was closed, with traffic moving slowly.", "the road was closed, with traffic", "The mayor");
    let found = speakers(&engine, "He joined the company in 2010, reporting to the chief executive.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn adjuncts_between_the_cue_and_the_opening_mark_are_skipped() {
    let engine = Engine::bundled().expect("bundled rules");
    for text in ["Ruiz said in a statement, \"We are done here.\"", "Ruiz said in an interview \"We are done here.\"", "Ruiz told reporters on Monday, \"We are done here.\""] {
        let found = quotes(&engine, text);
        assert!(found.iter().any(|(c, q)| c == "We are done here." && q.speaker == "Ruiz" && q.direct), "{text:?}: {found:?}");
    }
    // Content before the mark keeps the quotation a part of reported speech.
    let found = quotes(&engine, "Ruiz said the city was safe, \"and we are proud of it.\"");
    assert!(found.iter().all(|(_, q)| !q.direct), "{found:?}");
}

#[test]
fn a_past_verb_with_an_object_ends_the_subject_of_a_participle_cue() {
    let engine = Engine::bundled().expect("bundled rules");
    let cases = [
        // Irregular past forms (words.toml `past_forms`) and `-ed` forms before any object.
        ("The ministry sent two envoys to the talks, saying a deal was close.", "a deal was close", "The ministry"),
        ("The agency released new figures on Tuesday, saying arrests had fallen.", "arrests had fallen", "The agency"),
        ("The prosecutors sent letters to six banks, adding that fines were likely.", "fines were likely", "The prosecutors"),
        ("The agency issued fresh warnings, saying the river would crest.", "the river would crest", "The agency"),
    ];
    for (text, content, speaker) in cases {
        assert_speaker(&engine, text, content, speaker);
    }
    // A participle before a preposition modifies the subject and stays in it.
    let text = "The officials sent to the border returned on Monday, saying the camps were full.";
    assert_speaker(&engine, text, "the camps were full", "The officials sent to the border");
}

#[test]
fn a_noun_phrase_before_a_finite_verb_is_the_subject_of_the_content_not_an_addressee() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str| quotes(&engine, text).into_iter().map(|(content, q)| (content, q.speaker)).collect::<Vec<_>>();
    let pair = |c: &str, s: &str| vec![(c.to_string(), s.to_string())];
    // `that` dropped: the phrase after the cue opens the content.
    assert_eq!(got("Forecasters warned coastal residents faced a long night."), pair("coastal residents faced a long night", "Forecasters"));
    assert_eq!(got("The coach warned the team lost its focus."), pair("the team lost its focus", "The coach"));
    assert_eq!(got("The mayor assured the public remained safe."), pair("the public remained safe", "The mayor"));
    // An addressee before a clause of its own is still skipped, a participle after it too.
    assert_eq!(got("The coach told his players the team lost its focus."), pair("the team lost its focus", "The coach"));
    assert_eq!(got("The official told the assembled reporters the talks had stalled."), pair("the talks had stalled", "The official"));
    assert_eq!(got("Ruiz told residents displaced by the flood that the city would pay."), pair("the city would pay", "Ruiz"));
}

#[test]
fn a_role_before_the_name_gives_the_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let case = |text: &str, content: &str| speaker_and_role(&engine, text, content);
    let name_and_role = |name: &str, role: &str| Some((name.to_string(), Some(role.to_string())));
    assert_eq!(case("Another lawyer, John Smith, said that the ruling was wrong.", "the ruling"), name_and_role("John Smith", "lawyer"));
    assert_eq!(case("\"We have lost 40 percent,\" the restaurant's owner, Maria Lopez, said.", "We have lost"), name_and_role("Maria Lopez", "restaurant's owner"));
    assert_eq!(case("\"Prices will rise,\" said the company's chief executive, John Smith.", "Prices will rise"), name_and_role("John Smith", "company's chief executive"));
    assert_eq!(case("Irish low cost airline, Ryanair, announced that it would buy five jets.", "it would buy"), name_and_role("Ryanair", "Irish low cost airline"));
    // The abbreviation after the name is no part of it (a company speaks without a role).
    assert_speaker(&engine, "Another automaker, General Motors (GM), announced that it seeks more loans.", "it seeks", "General Motors");
    // A name first keeps the name.
    assert_eq!(case("John Smith, a local lawyer, said that the ruling was wrong.", "the ruling"), name_and_role("John Smith", "local lawyer"));
}

#[test]
fn a_relative_clause_inside_an_appositive_leaves_the_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let case = |text: &str| speaker_and_role(&engine, text, "the ruling");
    let expected = Some(("John Smith".to_string(), Some("lawyer".to_string())));
    assert_eq!(case("John Smith, a lawyer who has filed suit, said on Friday that the ruling was wrong."), expected);
    assert_eq!(case("John Smith (R), a lawyer who has filed suit, said on Friday that the ruling was wrong."), expected);
    // Without an appositive the relative clause still ends the speaker.
    assert_speaker(&engine, "The official who briefed reporters said that the ruling was wrong.", "the ruling", "The official");
}

#[test]
fn institutions_and_same_form_past_verbs_before_a_participle_cue() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The bank raised its forecast to 3%, saying demand was strong.", "demand was strong", "The bank");
    assert_speaker(&engine, "The International Monetary Fund cut its forecast to 2.7%, warning that the worst is yet to come.", "the worst", "International Monetary Fund");
    assert_speaker(&engine, "Officials set a deadline of Friday, saying the talks had stalled.", "the talks", "Officials");
}

#[test]
fn a_participle_after_the_comma_leaves_a_weak_cue_its_quote() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "\"This is just the beginning,\" he added, declining to give details.", "This is just", "he");
    // With an object of its own the weak cue still attributes nothing to the marks.
    let text = "\"It is a plan,\" Obama explained the rationale behind the plan.";
    assert!(speakers(&engine, text).iter().all(|(content, _)| !content.starts_with("It is a plan")), "{:?}", speakers(&engine, text));
}

#[test]
fn a_document_after_according_to_names_its_issuer() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Smith spoke first. \"The numbers are clear,\" according to a statement from the ministry.", "The numbers are clear", "the ministry");
}

#[test]
fn an_age_alone_is_no_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = speaker_and_role(&engine, "\"It was terrifying,\" said Ana Gomez, 34, who lives nearby.", "It was terrifying");
    assert_eq!(got, Some(("Ana Gomez".to_string(), None)));
}

#[test]
fn a_participle_cue_after_the_content_reports_on_its_own() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The ministry said in a statement that 14 soldiers had been killed, adding that an investigation was under way.";
    let found = speakers(&engine, text);
    let contents: Vec<&str> = found.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(contents, ["14 soldiers had been killed", "an investigation was under way"], "{found:?}");
    assert!(found.iter().all(|(_, s)| s == "The ministry"), "{found:?}");
    // A comma before a word that is no cue leaves the content whole.
    assert_speaker(&engine, "The ministry said that 14 soldiers had been killed, raising the toll to 40.", "14 soldiers had been killed, raising", "The ministry");
}

#[test]
fn an_age_alone_before_the_cue_is_no_role() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(speaker_and_role(&engine, "\"It's over,\" Jones, 52, said.", "It's over"), Some(("Jones".to_string(), None)));
    // An age before a role leaves the role.
    assert_eq!(
        speaker_and_role(&engine, "\"It's over,\" Maria Gomez, 45, a mother of three, said.", "It's over"),
        Some(("Maria Gomez".to_string(), Some("mother of three".to_string())))
    );
}

#[test]
fn a_speaker_named_by_whom_they_work_for() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = |speaker: &str| format!("\"We disagree with the ruling,\" {speaker} said.");
    for speaker in [
        "a lawyer for the family",
        "an attorney representing the family",
        "a spokesman for the secretary of state's office",
        "a spokesman for Georgia's secretary of state",
        "a spokeswoman with the agency",
    ] {
        assert_speaker(&engine, &text(speaker), "We disagree", speaker);
    }
    // A word in -ly after a determiner is a noun; without one it is an adverb before the cue.
    assert_speaker(&engine, "\"We disagree with the ruling,\" the family later said.", "We disagree", "the family");
}

#[test]
fn a_dotted_abbreviation_before_a_title_ends_no_sentence() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str, content: &str| speaker_and_role(&engine, text, content);
    assert_eq!(
        got("\"We stand with Ukraine,\" U.S. President Joe Biden said.", "We stand"),
        Some(("Joe Biden".to_string(), Some("U.S. President".to_string())))
    );
    assert_eq!(
        got("\"This is a catastrophe,\" U.N. Secretary-General Antonio Guterres said in a statement.", "This is"),
        Some(("Antonio Guterres".to_string(), Some("U.N. Secretary-General".to_string())))
    );
    // Where the abbreviation ends a sentence, the next one is not the quote's attribution.
    let text = "\"We will stay,\" the company said of its plant in the U.S. Workers there said they were relieved.";
    assert_speaker(&engine, text, "We will stay", "the company");
}

#[test]
fn people_quoted_for_what_they_are() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(
        speaker_and_role(&engine, "\"I was shocked,\" said one voter, Linda Park, 67.", "I was shocked"),
        Some(("Linda Park".to_string(), Some("voter".to_string())))
    );
    assert_speaker(&engine, "Some customers said that the lines were long.", "the lines", "Some customers");
    assert_speaker(&engine, "\"It hurts,\" a patient said.", "It hurts", "a patient");
}

#[test]
fn a_role_naming_a_body_before_the_name_gives_the_name() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_eq!(
        speaker_and_role(&engine, "The European Union's top diplomat, Josep Borrell, said the bloc would respond.", "the bloc"),
        Some(("Josep Borrell".to_string(), Some("European Union's top diplomat".to_string())))
    );
    assert_speaker(&engine, "\"We must act now,\" the secretary-general said.", "We must act", "the secretary-general");
}

#[test]
fn content_that_opens_with_a_quantity_is_no_fronted_adjunct() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "At least 32 people died and 150 were injured in the attack, Health Minister Ahmed Khan told reporters late Sunday.";
    assert_speaker(&engine, text, "At least 32 people died", "Ahmed Khan");
    assert_speaker(&engine, "As many as 40 people were missing, police said.", "As many as 40", "police");
    // A fronted place or time alone is still no content.
    assert!(speakers(&engine, "At the meeting in Geneva, he said.").is_empty());
}

#[test]
fn a_fronted_adjunct_without_a_comma_opens_content_that_has_a_verb() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Since 2019 the city has lost 40,000 residents, the mayor said.", "Since 2019 the city", "the mayor");
    assert_speaker(&engine, "In Kabul the situation remains tense, officials said.", "In Kabul", "officials");
    // The verb of a relative clause inside the adjunct makes no content of it.
    assert!(speakers(&engine, "In a statement that was posted online, the company said.").is_empty());
}

#[test]
fn an_article_and_a_common_noun_before_a_trailing_cue_are_a_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Most of the city was without power on Tuesday, the utility said.", "Most of the city", "the utility");
    assert_speaker(&engine, "The plant will close in June with the loss of 300 jobs, the startup said.", "The plant will close", "the startup");
    assert_speaker(&engine, "Trains will run every ten minutes from Monday, a regional railway announced.", "Trains will run", "a regional railway");
    assert_speaker(&engine, "Nearly half of the respondents said they would vote for the incumbent.", "they would vote", "Nearly half of the respondents");
    // A modal is no noun: `the bartender will recount …` names no speaker `the bartender will`.
    let text = "The drink costs $8, and upon an order for it, the bartender will recount the story of its name.";
    assert!(speakers(&engine, text).iter().all(|(_, s)| s != "the bartender will"), "{:?}", speakers(&engine, text));
}

#[test]
fn a_cue_form_that_opens_a_compound_noun_is_no_cue() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Resolution Foundation think tank said real wages had grown for 11 straight months.";
    assert_speaker(&engine, text, "real wages", "The Resolution Foundation think tank");
    // The verb itself still reports.
    assert_speaker(&engine, "Most economists think rates will fall by June.", "rates will fall", "Most economists");
}

#[test]
fn a_cue_form_with_its_own_verb_after_it_is_a_noun() {
    let engine = Engine::bundled().expect("bundled rules");
    assert!(speakers(&engine, "Public comment lasted nearly four hours, with more than 60 residents speaking.").is_empty());
    assert_speaker(&engine, "Recent reports have revealed that the plant leaked.", "the plant leaked", "Recent reports");
    // A past participle after a past form is what was said (`said armed men …`).
    assert_speaker(&engine, "Officials said armed men stormed the building.", "armed men", "Officials");
    // A contraction after the cue is the reported clause's subject.
    assert_speaker(&engine, "\"We won,\" he said. Fans think it's the best team in years.", "it's the best", "Fans");
}

#[test]
fn an_agency_named_after_an_owner_speaks_for_itself() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Employers added 175,000 jobs, the Labor Department said. The jobless rate rose to 3.9%, the department's Bureau of Labor Statistics said.";
    assert_speaker(&engine, text, "The jobless rate", "Bureau of Labor Statistics");
    // A document noun as the head still speaks for its owner.
    let text = "Employers added 175,000 jobs, the Labor Department said. The jobless rate rose to 3.9%, the department's figures showed.";
    assert_speaker(&engine, text, "The jobless rate", "Department of Labor");
}

#[test]
fn a_participle_cue_after_a_quotations_attribution_reports_more_of_the_same_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"It's a tragedy,\" the mayor told CNN, adding that 12 people were still missing.";
    assert_speaker(&engine, text, "12 people were still missing", "the mayor");
    // `adding 200 jobs` adds a thing, it reports nothing.
    let found = speakers(&engine, "\"We are ready,\" she said, adding 200 jobs to the plan.");
    assert!(found.iter().all(|(content, _)| !content.contains("200 jobs")), "{found:?}");
}

#[test]
fn an_unnamed_person_at_a_named_body_is_the_whole_description() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str, content: &str| speaker_and_role(&engine, text, content);
    assert_eq!(
        got("\"Markets had priced in a cut,\" an analyst at Goldman Sachs said.", "Markets had"),
        Some(("an analyst at Goldman Sachs".to_string(), None))
    );
    assert_eq!(got("\"It's a big shift,\" said an economist at Capital Economics.", "It's a big"), Some(("an economist at Capital Economics".to_string(), None)));
    assert_eq!(got("\"We remain cautious,\" a spokesman for Chevron said.", "We remain"), Some(("a spokesman for Chevron".to_string(), None)));
    // A named person with the body as role keeps the name.
    assert_eq!(
        got("\"We remain cautious,\" said Jan Hatzius, chief economist at Goldman Sachs.", "We remain"),
        Some(("Jan Hatzius".to_string(), Some("chief economist at Goldman Sachs".to_string())))
    );
    assert_eq!(
        got("\"We remain cautious,\" Goldman Sachs economist Jan Hatzius said.", "We remain"),
        Some(("Jan Hatzius".to_string(), Some("Goldman Sachs economist".to_string())))
    );
}

#[test]
fn a_pronoun_means_the_person_opening_a_sentence_with_an_untitled_appositive() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Rachel Reeves said growth was strong. Maria Lopez, a nurse at St. Mary's Hospital, described chaotic scenes. She said patients had waited for hours.";
    assert_speaker(&engine, text, "patients had waited", "Maria Lopez");
    // A fronted preposition opens no name: `she` is still the last speaker.
    let text = "Rachel Reeves said growth was strong. With Labour, a party in turmoil, nothing is certain. She said taxes would not rise.";
    assert_speaker(&engine, text, "taxes would not rise", "Rachel Reeves");
}

#[test]
fn a_subordinate_clause_holds_its_own_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Shares of Tesla rose 5% after the company said deliveries beat estimates.", "deliveries beat", "the company");
    // `after` in the content leaves the speaker before the cue.
    assert_speaker(&engine, "The company said after the vote that it would appeal.", "it would appeal", "The company");
}

#[test]
fn an_absolute_clause_with_a_participle_cue_reports_its_subject() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Bank of England kept rates on hold, with Governor Andrew Bailey saying the outlook was uncertain.";
    assert_eq!(
        speaker_and_role(&engine, text, "the outlook was uncertain"),
        Some(("Andrew Bailey".to_string(), Some("Governor".to_string())))
    );
    assert_speaker(&engine, "The index fell 2%, with analysts saying the outlook was uncertain.", "the outlook", "analysts");
    // A weak cue's noun-phrase object reports nothing.
    assert!(speakers(&engine, "The shares fell, with analysts estimating 200 job cuts.").is_empty());
    assert!(speakers(&engine, "Stocks fell, with the Nasdaq losing 2%.").is_empty());
}

#[test]
fn a_long_adjunct_before_that_is_skipped() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The company said in a filing with the Securities and Exchange Commission that it expected a loss.";
    assert_speaker(&engine, text, "it expected a loss", "The company");
    let text = "Stephen Colbert said of his time at Second City that they had avoided political humor.";
    assert_speaker(&engine, text, "they had avoided", "Stephen Colbert");
    // Without `that` the adjunct is no content.
    assert!(speakers(&engine, "The firm said in a filing with the Securities and Exchange Commission.").is_empty());
    assert!(speakers(&engine, "The company said of its plant in Ohio.").is_empty());
}

#[test]
fn a_ruling_by_a_tally_or_against_a_party_reports_nothing() {
    let engine = Engine::bundled().expect("bundled rules");
    assert!(speakers(&engine, "The Supreme Court ruled 6-3 on Friday.").is_empty());
    assert!(speakers(&engine, "The appeals court ruled against the company last year.").is_empty());
    assert_speaker(&engine, "The court ruled 6-3 on Friday that the law was unconstitutional.", "the law was", "The court");
    assert_speaker(&engine, "A federal judge ruled on Tuesday that the policy was unlawful.", "the policy was", "A federal judge");
}

#[test]
fn declaring_an_emergency_is_no_statement() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Governor Gavin Newsom declared a state of emergency on Sunday, saying the fires posed an extreme threat.";
    let found = speakers(&engine, text);
    assert_eq!(found, [("the fires posed an extreme threat".to_string(), "Gavin Newsom".to_string())]);
    assert_speaker(&engine, "The president declared that the war was over.", "the war was over", "The president");
    // A participle's noun-phrase object is no statement.
    assert!(speakers(&engine, "The mayor resigned on Monday, saying a prayer for the victims.").is_empty());
}

#[test]
fn a_modifier_before_a_title_leaves_the_attribution() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str| speaker_and_role(&engine, text, "That's a lie");
    assert_eq!(
        got("\"That's a lie,\" former President Donald Trump said at a rally in Ohio."),
        Some(("Donald Trump".to_string(), Some("former President".to_string())))
    );
    assert_eq!(got("\"That's a lie,\" former Vice President Mike Pence said."), Some(("Mike Pence".to_string(), Some("former Vice President".to_string()))));
    // A preposition still opens no speaker.
    assert!(speakers(&engine, "\"That's a lie,\" of course, he did not say.").iter().all(|(_, s)| !s.starts_with("of")));
}

#[test]
fn a_participle_with_a_colon_after_the_name_is_no_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"We have no choice,\" said Smith, adding: \"The law is clear.\"";
    assert_eq!(speaker_and_role(&engine, text, "We have no choice"), Some(("Smith".to_string(), None)));
    // A title after the name is still the role.
    let text = "\"We have no choice,\" said Smith, managing director of the fund.";
    assert_eq!(speaker_and_role(&engine, text, "We have no choice"), Some(("Smith".to_string(), Some("managing director of the fund".to_string()))));
}

#[test]
fn a_quantity_opening_reported_content_is_no_fronted_adjunct() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "NEW DELHI (AP) — At least 32 people were killed in the crash on Tuesday, officials said.", "At least 32 people", "officials");
    assert_speaker(&engine, "Over 200 homes were destroyed in the fire, the governor said.", "Over 200 homes", "the governor");
    // A place or time before the comma is still an adjunct, no content.
    assert!(speakers(&engine, "In the end, police said.").is_empty());
    assert_speaker(&engine, "At the hospital, doctors said the boy was stable.", "the boy was stable", "doctors");
}

#[test]
fn he_after_a_role_then_name_or_a_titled_name_means_them() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str| speaker_and_role(&engine, text, "the government");
    let text = "\"We lost,\" said coach Hernan Gomez. The state's chief minister, Omar Abdullah, ordered an inquiry. He said the government would pay.";
    assert_eq!(got(text), Some(("Omar Abdullah".to_string(), Some("state's chief minister".to_string()))));
    let text = "\"We lost,\" said coach Hernan Gomez. Prime Minister Narendra Modi expressed grief over the accident. He said the government would pay.";
    assert_eq!(got(text).map(|(s, _)| s), Some("Narendra Modi".to_string()));
    // A fronted place before a name, or a long run without a title, introduces nobody.
    let text = "\"We lost,\" said coach Hernan Gomez. In the capital, New Delhi, police arrested two men. He said the government would pay.";
    assert_eq!(got(text).map(|(s, _)| s), Some("Hernan Gomez".to_string()));
    let text = "\"We lost,\" said coach Hernan Gomez. Kishtwar District Hospital Staff worked overnight. He said the government would pay.";
    assert_eq!(got(text).map(|(s, _)| s), Some("Hernan Gomez".to_string()));
}

#[test]
fn an_indefinite_speaker_after_an_inverted_cue() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "\"It hurts,\" said a patient.", "It hurts", "a patient");
    assert_speaker(&engine, "\"It hurts,\" said another witness.", "It hurts", "another witness");
    assert_speaker(&engine, "\"It hurts,\" said a spokesman for the hospital.", "It hurts", "a spokesman for the hospital");
    assert_speaker(&engine, "The fire spread quickly, said a firefighter at the scene.", "The fire spread", "a firefighter at the scene");
    // A relative clause after the speaker is cut off.
    assert_speaker(&engine, "\"It hurts,\" said a witness who gave only his first name, Ahmed.", "It hurts", "a witness");
    // An adjunct after the cue is no speaker: the speaker stays before it.
    assert_speaker(&engine, "\"It hurts,\" she said a day later.", "It hurts", "she");
    assert_speaker(&engine, "\"We will stay,\" the mayor said in a statement.", "We will stay", "the mayor");
}

#[test]
fn posting_on_social_media_is_a_cue_that_needs_a_clause() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"We need help,\" Mayor Karen Bass posted on social media.";
    assert_eq!(speaker_and_role(&engine, text, "We need help"), Some(("Karen Bass".to_string(), Some("Mayor".to_string()))));
    assert_speaker(&engine, "Smith posted on Facebook that the shop would close.", "the shop would close", "Smith");
    // A company posts results, not words.
    assert!(speakers(&engine, "The company posted a loss of $2 billion in the third quarter.").is_empty());
    assert!(speakers(&engine, "The bank posted quarterly results that beat estimates.").is_empty());
}

#[test]
fn state_media_and_an_abbreviation_naming_the_phrase() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The death toll from the earthquake rose to 2,000, state television said.", "The death toll", "state television");
    // `state` before a noun is no cue: the speaker is the agency after it.
    assert_speaker(&engine, "Chinese state news agency Xinhua said the plane had crashed.", "the plane had crashed", "Xinhua");
    assert!(speakers(&engine, "The same story played out in Kolkata, the capital of the eastern state of West Bengal, a week later.").is_empty());
    assert_speaker(&engine, "The report states that 40% of children were affected.", "40% of children", "The report");
    let text = "The UN's humanitarian office (OCHA) said aid was blocked.";
    assert_speaker(&engine, text, "aid was blocked", "Office for the Coordination of Humanitarian Affairs");
}

#[test]
fn people_named_by_where_they_are_keep_the_whole_phrase() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Officials in the eastern state of West Bengal said the river had burst its banks.";
    assert_eq!(speaker_and_role(&engine, text, "the river"), Some(("Officials in the eastern state of West Bengal".to_string(), None)));
    assert_speaker(&engine, "Police in Texas said the suspect was arrested.", "the suspect", "Police in Texas");
    // A title before its complement and the name still gives the name.
    let text = "Governor of Washington Chris Gregoire said the state would recover.";
    assert_eq!(speaker_and_role(&engine, text, "the state"), Some(("Chris Gregoire".to_string(), Some("Governor of Washington".to_string()))));
}

#[test]
fn a_participle_after_a_quotations_attribution_reports_for_its_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"This is a historic day,\" Nigerian President Bola Tinubu said in a statement on Sunday, adding that the deal would create jobs.";
    let found = quotes(&engine, text);
    let added = found.iter().find(|(content, _)| content == "the deal would create jobs").map(|(_, q)| q);
    assert_eq!(added.map(|q| (q.speaker.as_str(), q.cue.as_str(), q.direct)), Some(("Bola Tinubu", "add", false)), "{found:?}");
    assert_speaker(&engine, "\"We have no choice,\" said Smith, noting the law was clear.", "the law was clear", "Smith");
    // A participle with a noun-phrase object, or one opening a quotation, adds no reported record.
    assert_eq!(quotes(&engine, "\"We have no choice,\" Smith said, adding 200 jobs to the plan.").len(), 1);
    let found = quotes(&engine, "\"We have no choice,\" said Smith, adding: \"The law is clear.\"");
    assert!(found.iter().all(|(_, q)| q.direct), "{found:?}");
}

#[test]
fn a_definite_title_refers_back_to_the_one_person_named_with_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "President Amara Diallo toured the flooded district on Sunday. \"We will rebuild every home,\" the president added.";
    assert_eq!(speaker_and_role(&engine, text, "We will rebuild"), Some(("Amara Diallo".to_string(), Some("President".to_string()))));
    // An abbreviated title before the name, a place after it.
    let text = "Sen. Ruth Calloway of Maine voted against the bill. The senator told reporters the bill was rushed.";
    assert_speaker(&engine, text, "the bill was rushed", "Ruth Calloway");
    // A particle inside the name stays in it.
    let text = "Prime Minister Joana da Costa opened the summit. \"Trade is our future,\" the prime minister said.";
    assert_speaker(&engine, text, "Trade is our future", "Joana da Costa");
}

#[test]
fn a_definite_title_stays_unresolved_when_no_one_or_several_hold_it() {
    let engine = Engine::bundled().expect("bundled rules");
    // Another office (`Vice President`, `former President`) is not the title.
    let text = "Vice President Lena Ortiz spoke first. Former President Hal Greer stayed away. \"We will win,\" the president said.";
    assert_speaker(&engine, text, "We will win", "the president");
    // Two presidents: which one is meant is not known.
    let text = "President Amara Diallo met Kenyan President Joseph Mwangi. \"We agree on trade,\" the president said.";
    assert_speaker(&engine, text, "We agree on trade", "the president");
}

#[test]
fn a_party_or_legislator_descriptor_before_a_name_is_its_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str, content: &str| speaker_and_role(&engine, text, content);
    let who = |name: &str, role: &str| Some((name.to_string(), Some(role.to_string())));
    assert_eq!(got("\"The votes are there,\" top Democrat Maria Ellison said.", "The votes"), who("Maria Ellison", "top Democrat"));
    assert_eq!(got("Senior Republican Dan Whitfield said the vote would slip.", "the vote"), who("Dan Whitfield", "Senior Republican"));
    assert_eq!(got("\"We are ready,\" said Labour MP Priya Natarajan.", "We are ready"), who("Priya Natarajan", "Labour MP"));
    // A party's body or members are no titled person.
    assert_speaker(&engine, "The Republican National Committee said the mailer was false.", "the mailer", "Republican National Committee");
    assert_speaker(&engine, "Republican leaders said the vote would wait.", "the vote", "Republican leaders");
}

#[test]
fn an_inverted_cue_may_take_a_bare_plural_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The merger talks stalled in the spring, said former regulators.", "The merger talks", "former regulators");
    assert_speaker(&engine, "The airline will cut 400 jobs next year, said people familiar with the plans.", "The airline will", "people familiar with the plans");
    assert_speaker(&engine, "The ceasefire is expected to hold through Sunday, said current and former diplomats.", "The ceasefire", "current and former diplomats");
    assert_speaker(&engine, "A person briefed on the talks said the offer would be raised.", "the offer", "A person briefed on the talks");
    // A bare plural that is no speaker noun, or a verb's object, names no one.
    assert!(speakers(&engine, "The storm weakened over the weekend, said goodbyes to the coast and moved north.").is_empty());
    assert!(speakers(&engine, "The team lost its final three matches, said farewells and went home.").is_empty());
}

#[test]
fn a_participle_clause_after_the_role_is_no_part_of_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The river will crest on Friday, said Dr. Hana Petrov, chair of the flood committee, adding that levees were holding.";
    assert_eq!(speaker_and_role(&engine, text, "The river"), Some(("Hana Petrov".to_string(), Some("chair of the flood committee".to_string()))));
    let found = quotes(&engine, text);
    assert!(found.iter().any(|(c, q)| c.starts_with("levees") && q.cue == "add" && q.speaker == "Hana Petrov"), "{found:?}");
    // A role whose own words end in -ing stays whole.
    let text = "\"Orders are up,\" said Ravi Menon, head of marketing and engineering at Corvex.";
    assert_eq!(speaker_and_role(&engine, text, "Orders are up"), Some(("Ravi Menon".to_string(), Some("head of marketing and engineering at Corvex".to_string()))));
}

#[test]
fn an_estimate_is_a_document_and_a_day_is_no_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The bill would cost $40 billion over a decade, according to a Congressional Budget Office estimate released Thursday.";
    assert_speaker(&engine, text, "The bill would cost", "Congressional Budget Office");
    // A person named before the day keeps the name.
    let text = "\"The bill is dead,\" said Senator Maria Ellison on Thursday.";
    assert_speaker(&engine, text, "The bill is dead", "Maria Ellison");
}

#[test]
fn chancellors_and_mps_are_titles_and_a_shadow_office_is_another() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The chancellor, Jane Marsh, said on Monday that taxes would not rise. The shadow chancellor, Owen Pryce, called the plan reckless. \"The books are worse than we thought,\" the chancellor added, \"but we will not raise taxes.\"";
    assert_speaker(&engine, text, "taxes would not rise", "Jane Marsh");
    assert_speaker(&engine, text, "The books are worse", "Jane Marsh");
    let text = "Green MP Tessa Hurd told the BBC the bill was flawed. The MP said many colleagues shared her concerns.";
    assert_speaker(&engine, text, "many colleagues", "Tessa Hurd");
    // The shadow chancellor alone is no antecedent for `the chancellor`.
    let text = "\"It is reckless,\" said the shadow chancellor, Owen Pryce. \"We will cut waste,\" the chancellor said.";
    assert_speaker(&engine, text, "We will cut waste", "the chancellor");
}

#[test]
fn a_player_named_by_position_is_a_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Asked about the injury, the midfielder said: \"My ankle is fine. I will play on Saturday.\"";
    assert_speaker(&engine, text, "My ankle is fine", "the midfielder");
    assert_speaker(&engine, "\"We were second best,\" the manager admitted.", "We were second best", "the manager");
    // A position that is no subject of the cue is no speaker.
    assert!(speakers(&engine, "The striker's goal was the difference, and the crowd said little.").iter().all(|(_, s)| s != "The striker"));
}

#[test]
fn a_definite_title_takes_the_role_as_written_before_the_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Senate Majority Leader Dana Whitcomb opened the debate. The leader said the vote would be held on Friday.";
    assert_eq!(speaker_and_role(&engine, text, "the vote"), Some(("Dana Whitcomb".to_string(), Some("Senate Majority Leader".to_string()))));
    // A word opening the sentence before the title is no part of it.
    let text = "In Lagos, President Amara Diallo met traders. \"Prices will fall,\" the president said.";
    assert_eq!(speaker_and_role(&engine, text, "Prices will fall"), Some(("Amara Diallo".to_string(), Some("President".to_string()))));
}

/// Public services and their units speak as bodies do: `the fire service said`, `the coast guard
/// said`, `the port authority said`, `a war monitor said`.
#[test]
fn a_public_service_is_a_speaker() {
    let engine = Engine::bundled().expect("bundled rules load");
    assert_speaker(&engine, "The fire service said 266 firefighters were fighting the blaze.", "266 firefighters", "The fire service");
    assert_speaker(&engine, "The coast guard said the boats had taken 2,000 people off beaches.", "the boats", "The coast guard");
    assert_speaker(&engine, "The state's disaster management authority said more than 300 people were stranded.", "more than 300", "The state's disaster management authority");
    // `service` as the thing served is no speaker.
    assert!(speakers(&engine, "The service will resume on Monday after repairs.").is_empty());
}

/// An aside set off by commas between the cue and `that` (`cautioned, however, that`, `said, in
/// a statement, that`) is skipped; without `that` after it nothing is read as content.
#[test]
fn an_aside_between_the_cue_and_that_is_skipped() {
    let engine = Engine::bundled().expect("bundled rules load");
    assert_speaker(&engine, "Powell cautioned, however, that the bank needs more time.", "the bank needs", "Powell");
    assert_speaker(&engine, "The minister said, in a statement, that 40 people had died.", "40 people", "The minister");
    assert!(speakers(&engine, "Officials met, however, and the talks went on.").is_empty());
}

#[test]
fn a_pronoun_finds_a_person_titled_by_a_body_before_the_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Homeland Security Secretary Kristi Noem praised the agents. \"The numbers speak for themselves,\" she said.";
    let found = quotes(&engine, text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.speaker, "Kristi Noem");
    assert_eq!(found[0].1.role.as_deref(), Some("Homeland Security Secretary"));
    // A body opening the sentence with no title and name after it is nobody `he` can mean.
    assert_speaker(&engine, "The Justice Department sued the city. \"This is unlawful,\" he said.", "This is unlawful", "he");
    assert_speaker(&engine, "Border Patrol agents arrested 40 people. \"We are overwhelmed,\" she said.", "We are overwhelmed", "she");
}

#[test]
fn offices_of_public_finance_are_titles_and_heads() {
    let engine = Engine::bundled().expect("bundled rules");
    let found = quotes(&engine, "Treasurer Jim Chalmers said the update would come in December.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].1.speaker.as_str(), found[0].1.role.as_deref()), ("Jim Chalmers", Some("Treasurer")));
    assert_speaker(&engine, "The state auditor said 40% of the records were missing.", "40% of the records", "The state auditor");
    // A company named with a title-like word is still the company.
    assert_speaker(&engine, "Premier Foods said sales fell 3%.", "sales fell", "Premier Foods");
}

#[test]
fn a_verb_after_a_titled_name_ends_the_subject_of_a_later_cue() {
    let engine = Engine::bundled().expect("bundled rules");
    let found = quotes(&engine, "Mayor Eric Adams praised the ruling and said the city would comply.");
    let said = found.iter().find(|(content, _)| content.starts_with("the city would comply")).expect("the said clause");
    assert_eq!((said.1.speaker.as_str(), said.1.role.as_deref()), ("Eric Adams", Some("Mayor")));
    // Without a verb between them, the title and name stay one subject.
    assert_speaker(&engine, "Mayor Eric Adams said the city would comply.", "the city would comply", "Eric Adams");
    assert_speaker(&engine, "Officials in Kyiv counted the dead and said 14 people had been killed.", "14 people", "Officials");
}

#[test]
fn when_the_speaker_spoke_is_no_part_of_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The ministry on Tuesday said 12 people had died.", "12 people", "The ministry");
    assert_speaker(&engine, "The company late on Friday said it would cut 300 jobs.", "it would cut", "The company");
    assert_speaker(&engine, "Officials last week said 40 people had died.", "40 people", "Officials");
    let found = quotes(&engine, "Prime Minister Keir Starmer on Monday said the plan would cost 2 billion pounds.");
    assert_eq!((found[0].1.speaker.as_str(), found[0].1.role.as_deref()), ("Keir Starmer", Some("Prime Minister")));
    // A weekday that names the body is kept.
    assert_speaker(&engine, "The Monday committee said it would meet.", "it would meet", "The Monday committee");
}

#[test]
fn an_indefinite_speaker_is_the_phrase_that_describes_them() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "\"The votes are not there,\" a Republican told reporters.", "The votes are not there", "a Republican");
    assert_speaker(&engine, "\"We will keep talking,\" one Democrat said on Thursday.", "We will keep talking", "one Democrat");
    assert_speaker(&engine, "\"The camps are full,\" a Save the Children researcher said.", "The camps are full", "a Save the Children researcher");
    // A definite name stays a name, and an indefinite document still names its issuer.
    assert_speaker(&engine, "\"The votes are not there,\" said Republican Jane Holt.", "The votes are not there", "Jane Holt");
    assert_speaker(&engine, "A Government Accountability Office report found the program had lost $2 billion.", "the program had lost", "Government Accountability Office");
}

#[test]
fn the_company_is_the_last_company_named() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Siemens AG said on Tuesday it would sell its rail unit. Shares of Alstom SA fell 4%. The company said the deal was not final.";
    assert_speaker(&engine, text, "the deal was not final", "Alstom SA");
    assert_speaker(&engine, "Rio Tinto Ltd cut its forecast. The miner said iron ore demand had slowed.", "iron ore demand", "Rio Tinto Ltd");
    // With no company named before it, the phrase stays; a body's own head is not a company's.
    assert_speaker(&engine, "The company said its profit fell. Walmart Inc was not asked.", "its profit fell", "The company");
    assert_speaker(&engine, "Ford Motor Co will build the plant. The company's lawyer said the permits were late.", "the permits were late", "The company's lawyer");
}

#[test]
fn a_title_written_before_the_name_earlier_is_the_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Prime Minister Anthony Albanese visited the flooded town on Sunday. \"We will rebuild,\" Albanese said.";
    assert_eq!(speaker_and_role(&engine, text, "We will rebuild"), Some(("Anthony Albanese".into(), Some("Prime Minister".into()))));
    // A title a lowercase word changes, or a name with no title before it, gives none.
    let text = "The former Governor Ann Richards toured the site. \"It is sad,\" Richards said.";
    assert_eq!(speaker_and_role(&engine, text, "It is sad"), Some(("Ann Richards".into(), None)));
    let text = "Residents thanked Ann Richards on Monday. \"It is sad,\" Richards said.";
    assert_eq!(speaker_and_role(&engine, text, "It is sad"), Some(("Ann Richards".into(), None)));
}

#[test]
fn an_age_before_the_role_is_no_part_of_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"The water came in minutes,\" said Tomas Reyes, 61, a retired teacher in Valencia.";
    assert_eq!(speaker_and_role(&engine, text, "The water came"), Some(("Tomas Reyes".into(), Some("retired teacher in Valencia".into()))));
    let text = "\"The water came in minutes,\" said Tomas Reyes, 61, who lives by the river.";
    assert_eq!(speaker_and_role(&engine, text, "The water came"), Some(("Tomas Reyes".into(), None)));
}

#[test]
fn a_surname_may_open_with_its_particle() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Rafael van der Berg scored twice. \"It was a long season,\" van der Berg told reporters.";
    assert_speaker(&engine, text, "It was a long season", "Rafael van der Berg");
    // A lowercase word that is no particle still opens no speaker.
    let text = "\"It was a long season,\" then Berg told reporters.";
    assert!(!speakers(&engine, text).iter().any(|(_, s)| s.starts_with("then")), "{:?}", speakers(&engine, text));
}

#[test]
fn a_company_unit_may_speak() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Sony's music division said on Monday that streaming revenue rose 12%.", "streaming revenue rose", "Sony's music division");
}

#[test]
fn a_reporting_verb_with_a_data_object_or_an_adjunct_reports_nothing() {
    let engine = Engine::bundled().expect("bundled rules");
    for text in [
        "The ministry reported a 15% drop in hospital admissions.",
        "Peru reported the most deaths, with 900.",
        "The governor conceded shortly after midnight.",
        "The senator conceded before dawn on Wednesday.",
    ] {
        let found = speakers(&engine, text);
        assert!(found.is_empty(), "in {text:?}: {found:?}");
    }
    // A clause or `that` after the cue still reports.
    assert_speaker(&engine, "The ministry reported admissions had fallen 15% since May.", "admissions had fallen", "The ministry");
    assert_speaker(&engine, "The governor conceded that the count was lost.", "the count was lost", "The governor");
}

#[test]
fn an_abbreviation_opening_the_role_is_no_relative_pronoun() {
    let engine = Engine::bundled().expect("bundled rules");
    let role = Some("WHO representative in Haiti".to_string());
    let text = "\"The wards are full,\" said Ana Costa, WHO representative in Haiti.";
    assert_eq!(speaker_and_role(&engine, text, "The wards"), Some(("Ana Costa".into(), role.clone())));
    let text = "Ana Costa, WHO representative in Haiti, said the wards were full.";
    assert_eq!(speaker_and_role(&engine, text, "the wards"), Some(("Ana Costa".into(), role)));
    // A lowercase `who` still opens a relative clause, no role.
    let text = "Ana Costa, who leads the team in Haiti, said the wards were full.";
    assert_eq!(speaker_and_role(&engine, text, "the wards"), Some(("Ana Costa".into(), None)));
}

#[test]
fn a_generational_suffix_is_part_of_the_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Governor Thomas Reyes Jr. toured the levee on Monday. \"We held,\" said Reyes. \"The water is falling,\" Thomas Reyes Jr. said.";
    assert_speaker(&engine, text, "We held", "Thomas Reyes Jr.");
    assert_speaker(&engine, text, "The water", "Thomas Reyes Jr.");
    // A title's word right before the suffix is the surname, and an adverb before the cue no part of the name.
    let text = "Robert Bishop Sr. once said the farm would never be sold.";
    assert_eq!(speaker_and_role(&engine, text, "the farm"), Some(("Robert Bishop Sr.".into(), None)));
    // Without a suffix the name stays as written.
    assert_speaker(&engine, "Thomas Reyes toured the levee. \"We held,\" said Reyes.", "We held", "Thomas Reyes");
}

#[test]
fn they_prefers_a_speaker_that_names_several() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Scientists at the survey mapped 300 faults. The scientists said the risk was rising. \
                \"This changes the hazard maps,\" the journal said. They say the next quake could come within decades.";
    assert_speaker(&engine, text, "This changes", "the journal");
    assert_speaker(&engine, text, "the next quake", "The scientists");
    // With no plural speaker before, `they` keeps the last speaker.
    let text = "\"This changes the hazard maps,\" the journal said. They say the next quake could come within decades.";
    assert_speaker(&engine, text, "the next quake", "the journal");
}

#[test]
fn a_speaker_never_opens_with_a_cut_off_possessive() {
    let engine = Engine::bundled().expect("bundled rules");
    // Tokenized, lowercased text: the splitter once cut `corp .` from its possessive (it keeps
    // the sentence whole since `' s` is read past like an opening mark); either way no
    // speaker is the cut-off tail.
    let text = "acme motors corp . ' s truck division , citing weak demand , said it will cut prices by 5 % .";
    let found = speakers(&engine, text);
    assert!(found.iter().all(|(_, s)| !s.starts_with('\'') && !s.starts_with("s ")), "{found:?}");
    // Cut by a line break, the tail still yields the owned noun as the subject.
    let text = "acme motors corp .\n' s truck division , citing weak demand , said it will cut prices by 5 % .";
    assert_speaker(&engine, text, "it will cut", "truck division");
    // A name with its possessive whole keeps it.
    assert_speaker(&engine, "Acme's truck division said it will cut prices.", "it will cut", "Acme's truck division");
}

#[test]
fn the_company_may_be_a_name_written_without_a_suffix() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Airbus said it would build 75 jets a month. The company said deliveries would resume in May.";
    assert_speaker(&engine, text, "deliveries would resume", "Airbus");
    // An agency or a titled person is no company.
    let text = "The Federal Aviation Administration said the jets were safe. The company said deliveries would resume in May.";
    assert_speaker(&engine, text, "deliveries would resume", "The company");
    let text = "Senator Ana Ruiz said the jets were safe. The company said deliveries would resume in May.";
    assert_speaker(&engine, text, "deliveries would resume", "The company");
}

#[test]
fn marks_inside_reported_content_are_no_quote_of_the_clause_before_them() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Mayor Ruth Okafor said the vote proved \"the city is ready\", adding that work would start in May.";
    let found = quotes(&engine, text);
    let (content, quote) = found.iter().find(|(c, _)| c.contains("the city is ready")).expect("a quote");
    assert_eq!((content.as_str(), quote.speaker.as_str(), quote.direct), ("the vote proved \"the city is ready\"", "Ruth Okafor", false));
    // A cue right before the marks, with no cue in its subject, still attributes them.
    assert_speaker(&engine, "Mayor Ruth Okafor told reporters: \"The city is ready.\"", "The city is ready", "Ruth Okafor");
}

#[test]
fn a_full_name_keeps_its_particles_after_the_word_quoted() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Minister Jose Carlos Lima da Costa toured the port. \"Trade will recover,\" Lima said.";
    assert_speaker(&engine, text, "Trade will recover", "Jose Carlos Lima da Costa");
    // A lowercase word that is no particle ends the name.
    let text = "Minister Jose Carlos Lima toured the port. \"Trade will recover,\" Lima said.";
    assert_speaker(&engine, text, "Trade will recover", "Jose Carlos Lima");
}

#[test]
fn experts_named_by_their_field_speak() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The heat wave is the longest on record, forecasters said.", "The heat wave", "forecasters");
    assert_speaker(&engine, "Seismologists said the fault had been quiet for a century.", "the fault had been", "Seismologists");
    // A field's noun that is no speaker head stays no speaker.
    let found = speakers(&engine, "The heat wave is the longest on record, thermometers said.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn two_full_names_after_one_title_are_joint_speakers() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"We will rebuild,\" club co-founders Maria Ortiz and Sean Dolan said in a statement.";
    assert_eq!(
        speaker_and_role(&engine, text, "We will rebuild"),
        Some(("Maria Ortiz and Sean Dolan".into(), Some("club co-founders".into())))
    );
    // A title's complement and one name stay a titled name.
    let text = "\"We will rebuild,\" Governor of Utah and Idaho Sean Dolan said.";
    assert_eq!(speaker_and_role(&engine, text, "We will rebuild").map(|(s, _)| s), Some("Sean Dolan".into()));
}

#[test]
fn a_place_after_a_title_is_no_name() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "A state judge in Ohio ruled that the map was unconstitutional.", "the map", "A state judge in Ohio");
    assert_speaker(&engine, "An appeals court judge in Texas said the law could stand.", "the law", "An appeals court judge in Texas");
}

#[test]
fn a_described_company_is_the_company_named_before() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Heineken raised prices in May. The Dutch brewer said sales rose 3%.", "sales rose", "Heineken");
    assert_speaker(&engine, "Toyota lowered its forecast for the year. The Japanese company said sales fell 5% in March.", "sales fell", "Toyota");
    // A company head after an origin: the last company opening a sentence.
    assert_speaker(&engine, "Rio Tinto posted a loss on Monday. The Anglo-Australian miner said costs rose 12% last year.", "costs rose", "Rio Tinto");
    assert_speaker(&engine, "Hyundai said exports rose 8% in May. The South Korean automaker said demand was strong in Europe.", "demand was strong", "Hyundai");
    // Not a described company: a superlative, and a name that does not open its sentence with a verb.
    assert_speaker(&engine, "Rio Tinto posted a loss. The largest miner said costs rose 12% last year.", "costs rose", "The largest miner");
}

#[test]
fn a_headline_attribution_is_no_quote_but_a_sentence_is() {
    let engine = Engine::bundled().expect("bundled rules");
    let found = speakers(&engine, "Flooding closes 40 schools, officials say\nHeavy rain closed 40 schools on Monday, officials said.");
    assert!(!found.iter().any(|(c, _)| c.starts_with("Flooding")), "{found:?}");
    assert!(found.iter().any(|(c, _)| c.starts_with("Heavy rain")), "{found:?}");
    let found = speakers(&engine, "Prices will keep rising, the central bank says.");
    assert!(found.iter().any(|(c, _)| c.starts_with("Prices")), "{found:?}");
}

#[test]
fn a_subject_ends_at_its_verb_past_a_bracketed_abbreviation_and_an_adverb_of_quantity() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Congressional Budget Office (CBO) reviewed nearly 300 programs and found that 40 of them overlapped.";
    assert_speaker(&engine, text, "40 of them", "Congressional Budget Office");
    let text = "The Congressional Budget Office reviewed roughly 300 programs and found that 40 of them overlapped.";
    assert_speaker(&engine, text, "40 of them", "Congressional Budget Office");
}

#[test]
fn a_conjunction_after_a_comma_is_no_part_of_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Rents climbed again in May, as economists warned that prices would keep rising.", "prices would", "economists");
    assert_speaker(&engine, "The river crested on Friday, while engineers said the levees would hold.", "the levees", "engineers");
}

#[test]
fn a_bodys_local_office_speaks_for_the_body() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Snowfall reached 20 inches, the National Weather Service office in Denver said.", "Snowfall", "National Weather Service");
}

#[test]
fn a_companys_first_word_and_a_described_team_stand_for_the_name() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "A jury ordered paint maker Corwin Industries to pay $40 million. Corwin, which is based in Ohio, said it would appeal.";
    assert_speaker(&engine, text, "it would appeal", "Corwin Industries");
    let text = "MANCHESTER (Reuters) - Burnley have signed Danish defender Jonas Holm for 12 million pounds, the Championship club said on Friday.";
    assert_speaker(&engine, text, "Burnley have signed", "Burnley");
}

#[test]
fn bare_plural_bodies_and_fields_before_a_cue_are_speakers() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "Local fire services said they had rescued 40 people overnight.", "they had rescued", "Local fire services");
    assert_speaker(&engine, "Measles has infected at least 90 children, health authorities said Friday.", "Measles has", "health authorities");
    assert_speaker(&engine, "In 2012, auditors estimated that about $3 million had been lost.", "about $3 million", "auditors");
    assert_speaker(&engine, "The Nurses Association of Ohio met on Monday. The association urged lawmakers to hire 200 more nurses.", "lawmakers to hire", "Nurses Association of Ohio");
}

#[test]
fn but_and_a_plural_body_before_a_cue_opens_another_report() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The operator said the signal fault had been fixed, but airlines warned that delays could last for days.";
    assert_speaker(&engine, text, "the signal fault", "The operator");
    assert_speaker(&engine, text, "delays could last", "airlines");
}

#[test]
fn acting_and_a_bracketed_party_tag_belong_to_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "\"We have fixed the gaps,\" acting IRS Commissioner Dana Ruiz wrote.", "We have fixed", "Dana Ruiz");
    assert_speaker(&engine, "Sen. Ann Cole (D-Maine) called the report \"a disgrace\".", "a disgrace", "Ann Cole");
}

#[test]
fn a_name_then_an_appositive_before_a_trailing_cue_speaks() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Rents rose 6% in 40 cities last year, the Housing Policy Council, a nonpartisan research group, said on Monday.";
    assert_speaker(&engine, text, "Rents rose", "Housing Policy Council");
    let text = "The ban will stand until May, Maria Ortiz, a lawyer for the city, said.";
    assert_speaker(&engine, text, "The ban", "Maria Ortiz");
    // A description, not a name, before the appositive.
    let found = speakers(&engine, "Prices rose 3%, the company, a unit of Alphabet, said.");
    assert!(!found.iter().any(|(_, s)| s == "the company"), "{found:?}");
}

#[test]
fn a_local_office_or_resident_before_a_name_is_the_role() {
    let engine = Engine::bundled().expect("bundled rules");
    for (text, speaker, role) in [
        ("\"We need more nurses,\" Supervisor Karen Whitfield said.", "Karen Whitfield", "Supervisor"),
        ("Councilwoman Ana Ruiz said the plan would cost $2 million.", "Ana Ruiz", "Councilwoman"),
        ("Longtime resident Tom Bell said the water had been brown for a week.", "Tom Bell", "Longtime resident"),
    ] {
        let found = quotes(&engine, text);
        assert!(found.iter().any(|(_, q)| q.speaker == speaker && q.role.as_deref() == Some(role)), "in {text:?}: {found:?}");
    }
}

#[test]
fn an_adjunct_after_the_role_is_no_part_of_it() {
    let engine = Engine::bundled().expect("bundled rules");
    let got = |text: &str| speaker_and_role(&engine, text, "We reached them");
    assert_eq!(
        got("\"We reached them at dawn,\" said Jo Lind, the charity's head of rescue, in a statement."),
        Some(("Jo Lind".into(), Some("charity's head of rescue".into())))
    );
    assert_eq!(
        got("\"We reached them at dawn,\" said Jo Lind, a coast guard captain, at a news conference."),
        Some(("Jo Lind".into(), Some("coast guard captain".into())))
    );
}

#[test]
fn a_speaker_phrase_opening_after_and_inside_a_body_s_name_is_that_body() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Fares rise on May 1, after the Department of Transport and Infrastructure announced that the base fare will go up.";
    assert_speaker(&engine, text, "the base fare", "Department of Transport and Infrastructure");
}

#[test]
fn a_short_mention_no_body_takes_is_the_company_named_before() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Harwell Bank Corporation, a regional lender, said it lost $2 billion. According to the bank, the losses equal 26 cents a share.";
    assert_speaker(&engine, text, "the losses equal", "Harwell Bank Corporation");
}

#[test]
fn an_interjection_before_a_pronoun_subject_is_no_part_of_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "\"Why teach it?\" asked the host. Marta Lindqvist said the course was new. Well I think the students like it a lot.";
    assert_speaker(&engine, text, "the students like it", "Marta Lindqvist");
    let text = "Marta Lindqvist said the course was new. First of all, I think the students like it a lot.";
    assert_speaker(&engine, text, "the students like it", "Marta Lindqvist");
}

#[test]
fn a_generic_you_and_a_preposition_after_the_cue_report_nobody() {
    let engine = Engine::bundled().expect("bundled rules");
    let none = |text: &str| assert!(speakers(&engine, text).is_empty(), "{text}: {:?}", speakers(&engine, text));
    none("You'll note we offer a couple of versions of some books.");
    none("Walt Whitman, the first great American poet, wrote about the Civil War.");
    // The inverted attribution still reads when a name follows the cue.
    assert_speaker(&engine, "The plan will fail next year, wrote Smith in a letter.", "The plan will fail", "Smith");
}

#[test]
fn a_fronted_subordinate_clause_is_neither_speaker_nor_content() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "When the Air Force picked the rival bid on February 29 to build the new tankers, Boeing filed a formal protest, claiming the evaluation was skewed.";
    assert_speaker(&engine, text, "the evaluation was skewed", "Boeing");
    let text = "As the storm approached the coast on Tuesday night, the governor declared an emergency.";
    assert!(speakers(&engine, text).is_empty(), "{:?}", speakers(&engine, text));
}

#[test]
fn a_titled_name_of_five_words_after_a_subordinator_is_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Stocks rose on Friday, after US bank chief Ben Bernanke said that the economy was starting to recover.";
    assert_speaker(&engine, text, "the economy was starting", "Ben Bernanke");
}

#[test]
fn a_bodys_count_or_results_are_the_body_speaking() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(
        &engine,
        "Turnout fell to 41%, the Central Election Commission said. About 2 million people voted, according to the commission's final count.",
        "About 2 million",
        "Central Election Commission",
    );
}

#[test]
fn initials_after_a_title_are_the_given_name() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(
        &engine,
        "The rocket is ready, agency Chairman K. Sivan told reporters. \"We will fly in May,\" Sivan said.",
        "We will fly",
        "K. Sivan",
    );
}

#[test]
fn one_of_a_group_after_a_name_is_no_speaker_and_no_role() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "Council Member Ann Ruiz, one of three members who voted against the plan, said the fee would hurt renters.";
    let found = quotes(&engine, text);
    let quote = found.iter().find(|(c, _)| c.starts_with("the fee")).map(|(_, q)| q);
    assert_eq!(quote.map(|q| q.speaker.as_str()), Some("Ann Ruiz"), "{found:?}");
    assert!(!quote.and_then(|q| q.role.as_deref()).is_some_and(|r| r.starts_with("one of")), "{found:?}");
}

#[test]
fn institutions_and_plural_operators_report_speech() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The museum said it would stay closed until May.", "it would stay", "The museum");
    assert_speaker(&engine, "Bus operators say ridership is still 10% below 2019 levels.", "ridership", "Bus operators");
}

#[test]
fn said_a_but_warned_b_are_two_quotes_with_their_cues() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "The Lakeside Water Board said on Monday that half of its pumps were working again, but warned that repairs would take weeks.";
    let found = quotes(&engine, text);
    let cue = |start: &str| found.iter().find(|(c, _)| c.starts_with(start)).map(|(_, q)| q.cue.clone());
    assert_eq!(cue("half of its pumps"), Some("say".to_string()), "{found:?}");
    assert_eq!(cue("repairs would take"), Some("warn".to_string()), "{found:?}");
}

#[test]
fn a_description_then_a_bodys_name_ending_in_a_number_speaks() {
    let engine = Engine::bundled().expect("bundled rules");
    assert_speaker(&engine, "The union representing about 900 transit workers, ATU Local 1277, said it would strike on Monday.", "it would strike", "ATU Local 1277");
}

#[test]
fn a_dateline_and_a_company_noun_opening_the_sentence_are_no_part_of_the_speaker() {
    let engine = Engine::bundled().expect("bundled rules");
    let text = "WILMINGTON, Del. (AP) — Kessler Foods filed for bankruptcy on Monday and said it would close 112 stores.";
    assert_speaker(&engine, text, "it would close", "Kessler Foods");
    assert_speaker(&engine, "Developer Brightfen Energy said the farm would power 115,000 homes.", "the farm would", "Brightfen Energy");
}
