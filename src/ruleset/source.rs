//! Where rule files come from: the copy bundled at build time, or `--rules DIR`.

use crate::error::RuleError;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/bundled_rules.rs"));

/// The text of every file in a rules folder, keyed by `/`-separated relative path.
#[derive(Debug, Clone)]
pub struct RuleSource {
    /// How paths are shown in messages: `rules` for the bundled set, else the folder given.
    pub origin: String,
    files: BTreeMap<String, String>,
}

impl RuleSource {
    pub fn bundled() -> Self {
        let files = BUNDLED_RULES.iter().map(|(path, text)| (path.to_string(), text.to_string())).collect();
        RuleSource { origin: "rules".to_string(), files }
    }

    pub fn from_dir(dir: &Path) -> Result<Self, RuleError> {
        let origin = dir.display().to_string().trim_end_matches('/').to_string();
        if !dir.is_dir() {
            return Err(RuleError::new(origin, "not a folder of rules"));
        }
        let mut files = BTreeMap::new();
        read_tree(dir, dir, &mut files)?;
        Ok(RuleSource { origin, files })
    }

    /// A source made of in-memory files, for tests and `explain`.
    pub fn from_files(origin: &str, files: impl IntoIterator<Item = (String, String)>) -> Self {
        RuleSource { origin: origin.to_string(), files: files.into_iter().collect() }
    }

    pub fn text(&self, relative: &str) -> Option<&str> {
        self.files.get(relative).map(String::as_str)
    }

    /// A file a stage needs, or an error naming it.
    pub fn data_file(&self, relative: &str) -> Result<&str, RuleError> {
        self.text(relative).ok_or_else(|| RuleError::new(self.display_path(relative), "missing data file"))
    }

    /// Files whose relative path starts with `prefix`, in path order.
    pub fn files_under<'a>(&'a self, prefix: &str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        let prefix = prefix.to_string();
        self.files
            .range(prefix.clone()..)
            .take_while(move |(path, _)| path.starts_with(&prefix))
            .map(|(path, text)| (path.as_str(), text.as_str()))
    }

    /// The path of a file as a user would type it.
    pub fn display_path(&self, relative: &str) -> String {
        format!("{}/{relative}", self.origin)
    }
}

fn read_tree(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) -> Result<(), RuleError> {
    let entries = fs::read_dir(dir).map_err(|e| RuleError::new(dir.display().to_string(), e.to_string()))?;
    for entry in entries {
        let path = entry.map_err(|e| RuleError::new(dir.display().to_string(), e.to_string()))?.path();
        if path.is_dir() {
            read_tree(root, &path, files)?;
            continue;
        }
        let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let bytes = fs::read(&path).map_err(|e| RuleError::new(path.display().to_string(), e.to_string()))?;
        let text = String::from_utf8(bytes)
            .map_err(|e| RuleError::new(path.display().to_string(), format!("not UTF-8 text: {e}")))?;
        files.insert(relative, text);
    }
    Ok(())
}
