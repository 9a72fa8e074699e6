//! Property-style robustness of the extract path: many arbitrary byte strings
//! and random mixes of news fragments, scripts and emoji go through every
//! stage; nothing panics and every record is valid, with character offsets
//! that slice its own text. Seeded, so a failure names a reproducible case.

use figures::Engine;
use figures::emit;
use figures::load::decode_text;
use figures::pipeline::analyze_text;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::bundled().unwrap_or_else(|e| panic!("bundled rules: {e:?}")))
}

/// xorshift64*: small, seeded, good enough to pick cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Runs one text through every stage and emit, and checks each JSONL line.
fn check_text(case: &str, text: &str) {
    let (doc, analysis) = analyze_text(engine(), "case", text);
    let chars: Vec<char> = text.chars().collect();
    for s in &analysis.sentences {
        assert!(s.start <= s.end && s.end <= text.len(), "{case}: sentence out of range {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{case}: sentence splits a character");
    }
    let mut out = Vec::new();
    emit::write_records(&doc, &analysis.records, &mut out);
    let out = String::from_utf8(out).unwrap_or_else(|_| panic!("{case}: output is not UTF-8"));
    assert_eq!(out.lines().count(), analysis.records.len(), "{case}: one line per record");
    for line in out.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{case}: not JSON: {e}: {line}"));
        let start = record["start"].as_u64().unwrap_or_else(|| panic!("{case}: no start: {line}")) as usize;
        let end = record["end"].as_u64().unwrap_or_else(|| panic!("{case}: no end: {line}")) as usize;
        assert!(start < end && end <= chars.len(), "{case}: offsets {start}..{end} of {} chars: {line}", chars.len());
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(Some(slice.as_str()), record["text"].as_str(), "{case}: text[start:end] differs: {line}");
        let sentence = record["sentence"].as_u64().unwrap_or_else(|| panic!("{case}: no sentence: {line}")) as usize;
        assert!(sentence < analysis.sentences.len().max(1), "{case}: sentence {sentence} out of range: {line}");
        assert!(matches!(record["kind"].as_str(), Some("figure" | "date" | "agency" | "quote")), "{case}: kind: {line}");
        assert!(record["rule"].as_str().is_some_and(|r| !r.is_empty()), "{case}: rule: {line}");
        assert_eq!(record["doc"], "case");
    }
}

const FRAGMENTS: &[&str] = &[
    "Nearly 700 children were reunited with their families, officials said on Friday.",
    "“We are not done,” Michelle Brané told reporters. ",
    "The Department of Homeland Security (DHS) said 1.2 million people crossed in 2022.",
    "Prices rose 3.4% last year; the Fed raised rates by 0.25 percentage points.",
    "About $40 billion — roughly €37bn — was at stake.",
    "On March 1, 2008, Northrop Grumman won. ",
    "Dr. Smith arrived at 5 p.m. He left at 6 a.m.",
    "He said: \"Two hundred and fifty thousand people\" were there",
    "\r\n",
    "\n\n",
    "\u{feff}",
    "東京で3万人が集まった。",
    "قال المتحدث إن 40 شخصا ",
    "Привет, 12 миллионов рублей. ",
    "🎉🎉 500 🚀 people 👨‍👩‍👧 ",
    "e\u{301}\u{301} combining",
    "\u{200b}\u{200d}\t",
    "1,000,000,000,000,000,000,000,000 widgets",
    "99999999999999999999999999999999999999 dollars",
    "“",
    "”",
    "\"",
    "'",
    "(",
    ". . .",
    "Mr.",
    "U.S.",
    "\0",
    "Monday Tuesday last year next week 2023-02-08",
];

fn random_mix(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(24) + 1 {
        let fragment = *rng.pick(FRAGMENTS);
        // Sometimes only part of a fragment, cut at a character boundary.
        if rng.below(4) == 0 {
            let cuts: Vec<usize> = fragment.char_indices().map(|(i, _)| i).chain([fragment.len()]).collect();
            let a = *rng.pick(&cuts);
            let b = *rng.pick(&cuts);
            text.push_str(&fragment[a.min(b)..a.max(b)]);
        } else {
            text.push_str(fragment);
        }
        if rng.below(3) == 0 {
            text.push(*rng.pick(&[' ', '\n', '.', '"', '“', '”', '’', '5', '%', '$', '—', '\u{a0}']));
        }
    }
    text
}

#[test]
fn random_mixes_of_news_fragments_yield_valid_records() {
    let mut rng = Rng(0x5eed_f00d);
    let cases = if cfg!(debug_assertions) { 600 } else { 4000 };
    for case in 0..cases {
        let text = random_mix(&mut rng);
        check_text(&format!("mix case {case} {text:?}"), &text);
    }
}

#[test]
fn arbitrary_bytes_are_rejected_with_a_reason_or_processed() {
    let mut rng = Rng(0xb17e_5eed);
    let cases = if cfg!(debug_assertions) { 1500 } else { 10000 };
    let (mut decoded, mut rejected) = (0, 0);
    for case in 0..cases {
        let len = rng.below(300);
        // Mostly printable ASCII, with some high bytes, controls and multi-byte starts.
        let bytes: Vec<u8> = (0..len)
            .map(|_| match rng.below(10) {
                0 => rng.next() as u8,
                1 => *rng.pick(b"\n\r\t\0\xEF\xBB\xBF\xE2\x80\x9C\x9D"),
                _ => 0x20 + rng.below(95) as u8,
            })
            .collect();
        match decode_text(bytes.clone()) {
            Ok(text) => {
                decoded += 1;
                check_text(&format!("bytes case {case} {bytes:?}"), &text);
            }
            Err(reason) => {
                rejected += 1;
                assert!(!reason.is_empty(), "bytes case {case}: rejected without a reason");
            }
        }
        // The extract path itself never sees invalid UTF-8; lossy text must still work.
        let lossy = String::from_utf8_lossy(&bytes);
        check_text(&format!("lossy case {case} {bytes:?}"), &lossy);
    }
    assert!(decoded > 0 && rejected > 0, "the generator must produce both kinds ({decoded} decoded, {rejected} rejected)");
}

#[test]
fn news_texts_yield_valid_records() {
    // Copies of the shared external news texts (tests/data/news/SOURCE.md), so this runs in CI.
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let files = ["news/timex_news_texts.jsonl", "news/gum_wikinews_texts.jsonl", "quotes/gum_news_quotes.jsonl"];
    let mut documents = 0;
    for file in files {
        let content = std::fs::read_to_string(format!("{data}/{file}")).unwrap_or_else(|e| panic!("{file}: {e}"));
        for line in content.lines() {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = value["text"].as_str().unwrap_or_else(|| panic!("{file}: a line without text"));
            check_text(&format!("{file} {}", value["id"]), text);
            documents += 1;
        }
    }
    assert_eq!(documents, 120 + 43 + 24, "every news text was checked");
}

#[test]
fn bundled_corpus_yields_valid_records() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut documents = 0;
    for entry in std::fs::read_dir(corpus).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = decode_text(std::fs::read(&path).unwrap()).unwrap();
            check_text(&path.display().to_string(), &text);
            documents += 1;
        }
    }
    assert!(documents > 0);
}
