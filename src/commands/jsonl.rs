//! Reading record files (JSONL) for `eval` and `diff`, with errors that name
//! the file and line.

use serde_json::{Map, Value};
use std::fs;
use std::io::{self, Read};
use std::path::Path;

pub type Object = Map<String, Value>;

/// The records of a JSONL file, or of stdin for `-`. Blank lines are skipped.
pub fn read_records(path: &Path) -> Result<Vec<Object>, String> {
    let name = path.display().to_string();
    let text = if name == "-" {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text).map_err(|e| format!("<stdin>: {e}"))?;
        text
    } else {
        fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?
    };
    parse_records(if name == "-" { "<stdin>" } else { &name }, &text)
}

pub fn parse_records(name: &str, text: &str) -> Result<Vec<Object>, String> {
    let mut records = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(record)) => records.push(record),
            Ok(_) => return Err(format!("{name}:{}: not a JSON object", n + 1)),
            Err(e) => return Err(format!("{name}:{}: not JSON: {e}", n + 1)),
        }
    }
    Ok(records)
}

/// A record's string field, or "" when absent.
pub fn str_field<'a>(record: &'a Object, key: &str) -> &'a str {
    record.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A record's span, when both offsets are integers.
pub fn span(record: &Object) -> Option<(i64, i64)> {
    Some((record.get("start")?.as_i64()?, record.get("end")?.as_i64()?))
}
