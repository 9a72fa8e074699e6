//! Text of a number → its value: `3,913` → 3913, `Five hundred` → 500,
//! `1.7 million` → 1700000, `twenty-nine` → 29, `a dozen` → 12.

/// Parses digits (with thousands separators and decimals) or English number words.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if text.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        if let Some(value) = parse_digits(text) {
            return Some(value);
        }
    }
    // Words, or digits followed by scale words ("5 hundred", "1.7 million").
    parse_words(text)
}

/// `3,913` → 3913, `3.5` → 3.5, `1,000,000` → 1e6; rejects misplaced separators.
pub fn parse_digits(text: &str) -> Option<f64> {
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text, None),
    };
    if whole.contains(',') {
        let mut groups = whole.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.clone().any(|g| g.len() != 3) {
            return None;
        }
    }
    let digits: String = whole.chars().filter(|c| *c != ',').collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match fraction {
        Some(f) if !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()) => format!("{}.{f}", if digits.is_empty() { "0" } else { &digits }).parse().ok(),
        Some(_) => None,
        None => digits.parse().ok(),
    }
}

/// The value of a scale word: `million` → 1e6, `m`/`bn` abbreviations too.
pub fn scale_value(word: &str) -> Option<f64> {
    Some(match word.trim().to_lowercase().trim_end_matches('.') {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mln" => 1e6,
        "billion" | "b" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "t" => 1e12,
        _ => return None,
    })
}

fn unit_word(word: &str) -> Option<f64> {
    Some(match word {
        "zero" | "none" => 0.0,
        "a" | "an" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" | "dozen" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// English number words of any size: `two thousand five hundred and six`, `a dozen`.
pub fn parse_words(text: &str) -> Option<f64> {
    let lower = text.to_lowercase();
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen_any = false;
    for word in lower.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()) {
        if word == "and" {
            continue;
        }
        if word == "dozen" {
            current = if current == 0.0 { 12.0 } else { current * 12.0 };
            seen_any = true;
        } else if word == "hundred" {
            current = if current == 0.0 { 100.0 } else { current * 100.0 };
            seen_any = true;
        } else if let Some(scale) = scale_value(word).filter(|s| *s >= 1e3 && word.len() > 2) {
            let base = if current == 0.0 { 1.0 } else { current };
            total += base * scale;
            current = 0.0;
            seen_any = true;
        } else if let Some(v) = unit_word(word) {
            current += v;
            seen_any = true;
        } else if let Some(v) = parse_digits(word) {
            current += v;
            seen_any = true;
        } else {
            return None;
        }
    }
    seen_any.then_some(total + current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_all(expected: f64, forms: &[&str]) {
        for form in forms {
            assert_eq!(parse_number(form), Some(expected), "{form}");
        }
    }

    #[test]
    fn parses_digits_and_words_to_the_same_value() {
        assert_all(500.0, &["500", "five hundred", "Five hundred", "5 hundred"]);
        assert_all(3913.0, &["3,913", "three thousand nine hundred thirteen"]);
        assert_all(29.0, &["29", "twenty-nine", "twenty nine"]);
        assert_all(12.0, &["12", "a dozen", "dozen"]);
        assert_all(2_000.0, &["2,000", "two thousand"]);
        assert_all(1_700_000.0, &["1.7 million", "1,700,000"]);
        assert_all(3.5, &["3.5"]);
    }

    #[test]
    fn rejects_malformed_numbers() {
        for bad in ["1,00", ",500", "12,3456", "five apples", "", "3.x"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }
}
