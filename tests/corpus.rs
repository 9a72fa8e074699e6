//! One snapshot per corpus document: any rule change shows up as a readable
//! diff of JSON lines in `snapshots/`. Accept changes with `cargo insta review`.

use figures::Engine;
use figures::emit;
use figures::pipeline::analyze_text;

#[test]
fn corpus_records() {
    let engine = Engine::bundled().expect("bundled rules load");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::glob!("../corpus", "*.txt", |path| {
            let text = std::fs::read_to_string(path).unwrap();
            let id = path.file_stem().unwrap().to_str().unwrap();
            let (doc, analysis) = analyze_text(&engine, id, &text);
            let mut out = Vec::new();
            emit::write_records(&doc, &analysis.records, &mut out);
            insta::assert_snapshot!(String::from_utf8(out).unwrap());
        });
    });
}
