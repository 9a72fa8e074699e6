//! Arbitrary bytes through decoding, every stage and emit: nothing panics, and every record
//! written is JSON whose character offsets slice its own text.
#![no_main]

use figures::Engine;
use figures::emit;
use figures::load::decode_text;
use figures::pipeline::analyze_text;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::bundled().expect("bundled rules compile"))
}

fn check(text: &str) {
    let (doc, analysis) = analyze_text(engine(), "fuzz", text);
    for s in &analysis.sentences {
        assert!(s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    let mut out = Vec::new();
    emit::write_records(&doc, &analysis.records, &mut out);
    let out = String::from_utf8(out).expect("output is UTF-8");
    let chars: Vec<char> = text.chars().collect();
    for line in out.lines() {
        let record: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        let start = record["start"].as_u64().expect("start") as usize;
        let end = record["end"].as_u64().expect("end") as usize;
        assert!(start < end && end <= chars.len(), "offsets in range: {line}");
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(Some(slice.as_str()), record["text"].as_str(), "text[start:end]: {line}");
    }
}

fuzz_target!(|data: &[u8]| {
    // What the loader accepts goes through as is; the rest, made valid, must still be safe.
    if let Ok(text) = decode_text(data.to_vec()) {
        check(&text);
    }
    check(&String::from_utf8_lossy(data));
});
