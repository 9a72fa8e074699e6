//! A literal every match of a regex holds, read from its source: a text without it has no
//! match, so the regex need not run over the whole text. The reading is conservative: on
//! anything it does not follow (alternation at the top, case-insensitive or verbose flags,
//! escapes such as `\x41` or `\p{L}`) it gives `None`, and the regex runs as before.

/// The longest run of literal characters that stands at the top level of `pattern`, or of a
/// group there, with no quantifier that could skip it; `None` if there is none or the pattern
/// is not understood.
pub fn required_literal(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut runs: Vec<String> = Vec::new();
    let mut run = String::new();
    // Whether the item just read is the last character of `run` (so a quantifier acts on it).
    let mut last_is_literal = false;
    let mut i = 0;
    let end_run = |run: &mut String, runs: &mut Vec<String>| {
        if !run.is_empty() {
            runs.push(std::mem::take(run));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let next = *chars.get(i + 1)?;
                if next.is_alphanumeric() {
                    // Classes and assertions end a run; other escapes are not followed.
                    if !"dDwWsSbBAz".contains(next) {
                        return None;
                    }
                    end_run(&mut run, &mut runs);
                    last_is_literal = false;
                } else {
                    run.push(next);
                    last_is_literal = true;
                }
                i += 2;
            }
            '[' => {
                end_run(&mut run, &mut runs);
                last_is_literal = false;
                i = class_end(&chars, i)?;
            }
            '(' => {
                end_run(&mut run, &mut runs);
                last_is_literal = false;
                let end = group_end(&chars, i)?;
                // A group every match passes through holds literals of its own (a group
                // not understood just gives none).
                if !may_skip(&chars, end)
                    && let Some(inner) = group_body(&chars, i, end).and_then(|body| required_literal(&body))
                {
                    runs.push(inner);
                }
                i = end;
            }
            '.' | '^' | '$' => {
                end_run(&mut run, &mut runs);
                last_is_literal = false;
                i += 1;
            }
            '*' | '?' | '+' | '{' => {
                let (min_zero, next) = if c == '{' {
                    let close = chars[i..].iter().position(|&x| x == '}')? + i;
                    let min: String = chars[i + 1..close].iter().take_while(|x| x.is_ascii_digit()).collect();
                    (min.parse::<usize>().ok()? == 0, close + 1)
                } else {
                    (c != '+', i + 1)
                };
                // A quantifier with no item before it is not followed.
                if i == 0 {
                    return None;
                }
                if last_is_literal {
                    let kept = run.pop()?;
                    if !min_zero {
                        // Required once, but what follows need not be next to it.
                        run.push(kept);
                    }
                }
                end_run(&mut run, &mut runs);
                last_is_literal = false;
                // A lazy quantifier's `?`.
                i = if chars.get(next) == Some(&'?') { next + 1 } else { next };
            }
            '|' | ')' => return None,
            _ => {
                run.push(c);
                last_is_literal = true;
                i += 1;
            }
        }
    }
    end_run(&mut run, &mut runs);
    // The first of the longest.
    runs.into_iter().rev().max_by_key(String::len)
}

/// Whether a quantifier at `at` lets the item before it match nothing (`?`, `*`, `{0,…}`).
fn may_skip(chars: &[char], at: usize) -> bool {
    match chars.get(at) {
        Some('?' | '*') => true,
        Some('{') => {
            let min: String = chars[at + 1..].iter().take_while(|x| x.is_ascii_digit()).collect();
            min.parse::<usize>().map_or(true, |min| min == 0)
        }
        _ => false,
    }
}

/// The pattern inside the group from `open` to just past its `)` at `end`, after its `?:`,
/// `?P<name>`, `?<name>` or `?flags:`; `None` for a group of flags alone (`(?m)`).
fn group_body(chars: &[char], open: usize, end: usize) -> Option<String> {
    let inside = &chars[open + 1..end - 1];
    let start = match inside.first() {
        Some('?') if matches!(inside.get(1), Some('P' | '<')) => inside.iter().position(|&c| c == '>')? + 1,
        Some('?') => inside.iter().position(|&c| c == ':' || c == ')').filter(|&n| inside[n] == ':')? + 1,
        _ => 0,
    };
    Some(inside[start..].iter().collect())
}

/// Index just past the class opening at `open`.
fn class_end(chars: &[char], open: usize) -> Option<usize> {
    let mut i = open + 1;
    if chars.get(i) == Some(&'^') {
        i += 1;
    }
    // A `]` first is a literal.
    if chars.get(i) == Some(&']') {
        i += 1;
    }
    let mut depth = 1;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Index just past the group opening at `open`; `None` for a group that sets the `i` or `x`
/// flag (its effect reaches past the group when it has no `:`).
fn group_end(chars: &[char], open: usize) -> Option<usize> {
    // The loop's first step reads the group at `open` itself, flags included.
    let mut depth = 0;
    let mut i = open;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' => {
                i = class_end(chars, i)?;
                continue;
            }
            '(' => {
                if chars.get(i + 1) == Some(&'?') && !matches!(chars.get(i + 2), Some('P' | '<')) {
                    let flags: String = chars[i + 2..].iter().take_while(|&&x| x != ')' && x != ':').collect();
                    if flags.contains(['i', 'x']) {
                        return None;
                    }
                }
                depth += 1;
            }
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_literal_is_a_required_top_level_run() {
        let tweet = r#"(?m)^(?P<content>[^\n“”"]{10,}?)(?:\s+(?:https?://|pic\.twitter\.com/)\S+)*\s+[—–-]\s*(?P<speaker>[^\n(—]+?)\s*\(@\w+\)"#;
        assert_eq!(required_literal(tweet).as_deref(), Some("(@"));
        assert_eq!(required_literal("abc+d").as_deref(), Some("abc"));
        assert_eq!(required_literal("xy?z").as_deref(), Some("x"));
        assert_eq!(required_literal("ab{0,2}cd").as_deref(), Some("cd"));
        assert_eq!(required_literal("ab{2}c").as_deref(), Some("ab"));
        assert_eq!(required_literal(r"said[,:]\s+“").as_deref(), Some("said"));
        // Inside groups that every match passes through.
        let office = r"(?-u:\b)(?:The )?(?P<name>(?:[A-Z][a-z]+ ){1,3}(?:County )?(?:Sheriff|Mayor)(?:\x27s|’s) Office)(?-u:\b)";
        assert_eq!(required_literal(office).as_deref(), Some(" Office"));
        assert_eq!(required_literal("(?:xy)+z").as_deref(), Some("xy"));
        assert_eq!(required_literal("(?P<a>ab(?<b>cde))").as_deref(), Some("cde"));
        assert_eq!(required_literal("(?s:abc).").as_deref(), Some("abc"));
    }

    #[test]
    fn what_is_not_followed_gives_none() {
        assert_eq!(required_literal("abc|def"), None);
        assert_eq!(required_literal("(?i)abc"), None);
        assert_eq!(required_literal("(?x)a b c"), None);
        assert_eq!(required_literal(r"\x41bc"), None);
        assert_eq!(required_literal(r"\p{L}+"), None);
        assert_eq!(required_literal(r"[a-z]+\s"), None);
        assert_eq!(required_literal("(?:ab)*"), None);
        assert_eq!(required_literal("(?:ab)?c{0}"), None);
        assert_eq!(required_literal("(?:ab){0,3}"), None);
        assert_eq!(required_literal("(?:ab|cd)"), None);
        assert_eq!(required_literal("(?:(?i)ab)"), None);
        assert_eq!(required_literal("(?i:ab)"), None);
        assert_eq!(required_literal("(?m)"), None);
    }

    /// Where the literal is absent the regex finds nothing.
    #[test]
    fn a_text_without_the_literal_has_no_match() {
        let patterns = ["ab+c(?:x|y)z", r"(?m)^[A-Z]\w+ said\s*:", r"\(@\w+\)", "a.b[c]d?e", "(?:The )?(?P<n>(?:[A-Z]x )+Off)", "q(?:rs){2}"];
        let texts = ["abbcxz", "ab cxz", "Jones said: yes\nSmith said :", "(@abc)", "(abc)", "aXb]de", "axbcde", "axbce", "The Ax Bx Off", "Ax Of", "qrsrs", "qrs"];
        for pattern in patterns {
            let literal = required_literal(pattern).unwrap();
            let regex = regex::Regex::new(pattern).unwrap();
            for text in texts {
                if regex.is_match(text) {
                    assert!(text.contains(&literal), "{pattern} on {text}: {literal}");
                }
            }
        }
    }
}
