//! Helpers for the rule-tooling tests: a writable copy of the bundled rules.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// A copy of the project's `rules/` inside `dir`, to break or extend in a test.
pub fn rules_copy(dir: &Path) -> PathBuf {
    let rules = dir.join("rules");
    copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"), &rules);
    rules
}
