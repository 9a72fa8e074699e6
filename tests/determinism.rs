//! Output is byte-for-byte the same whatever the thread count.

mod util;

#[test]
fn extract_output_is_identical_for_1_2_and_8_threads() {
    // Many copies of the corpus, so several documents are in flight at once.
    let mut jsonl = String::new();
    for round in 0..20 {
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let id = format!("{round:02}-{}", path.file_stem().unwrap().to_str().unwrap());
            jsonl.push_str(&serde_json::json!({ "id": id, "text": text, "date": "2023-02-08" }).to_string());
            jsonl.push('\n');
        }
    }
    let outputs: Vec<Vec<u8>> = ["1", "2", "8"]
        .iter()
        .map(|threads| {
            let output = util::run(&["extract", "-", "-q", "-j", threads], jsonl.as_bytes());
            assert!(output.status.success(), "{}", util::stderr(&output));
            output.stdout
        })
        .collect();
    assert!(!outputs[0].is_empty());
    assert_eq!(outputs[0], outputs[1], "1 vs 2 threads");
    assert_eq!(outputs[0], outputs[2], "1 vs 8 threads");
}
