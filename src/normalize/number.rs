//! Text of a number → its value: `3,913` → 3913, `Five hundred` → 500,
//! `1.7 million` → 1700000, `twenty-nine` → 29, `a dozen` → 12, `2.3m` → 2300000,
//! `half` → 50 (as a percentage).
//!
//! The rules (`rules/patterns/figure.toml`) decide *where* a number is; this
//! module only says what it is worth, and rejects sequences that are not one
//! number (`two three`, `2018 500`), so a rule never turns two numbers into one.

/// Parses digits (with separators, decimals, scale words or abbreviations) or English number words.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let value = parse_digits(text).or_else(|| parse_abbreviated(text)).or_else(|| parse_words(text))?;
    Some(tidy(value))
}

/// Removes binary noise from scaling (`1.7 * 1e6` is 1700000, not 1699999.9999999998).
pub fn tidy(value: f64) -> f64 {
    let rounded = value.round();
    if (value - rounded).abs() <= 1e-9 * value.abs().max(1.0) {
        return rounded;
    }
    let scaled = (value * 1e9).round() / 1e9;
    if scaled.is_finite() { scaled } else { value }
}

/// `3,913` → 3913, `3.5` → 3.5, `.08` → 0.08, `40 000` (narrow or no-break space) → 40000.
/// Rejects misplaced separators (`1,00`, `12,3456`).
pub fn parse_digits(text: &str) -> Option<f64> {
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text, None),
    };
    let is_separator = |c: char| c == ',' || c == ' ' || c == '\u{202f}' || c == '\u{a0}' || c == '\u{2009}';
    if whole.contains(is_separator) {
        let groups: Vec<&str> = whole.split(is_separator).collect();
        let (first, rest) = groups.split_first()?;
        let (last, middle) = rest.split_last()?;
        let western = first.len() <= 3 && rest.iter().all(|g| g.len() == 3);
        // Indian grouping: 12,34,567
        let indian = whole.contains(',') && first.len() <= 2 && middle.iter().all(|g| g.len() == 2) && last.len() == 3;
        if first.is_empty() || !(western || indian) {
            return None;
        }
    }
    let mut digits = String::with_capacity(text.len());
    digits.extend(whole.chars().filter(|c| !is_separator(*c)));
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match fraction {
        Some(f) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => {
            if digits.is_empty() {
                digits.push('0');
            }
            digits.push('.');
            digits.push_str(f);
            digits.parse().ok()
        }
        Some(_) => None,
        None if digits.is_empty() => None,
        None => digits.parse().ok(),
    }
}

/// Digits with a scale abbreviation: `10k`, `2.33 k`, `1.2b`, `10M`, `$2bn`, `1MM`, `2mil`.
fn parse_abbreviated(text: &str) -> Option<f64> {
    let split = text.find(|c: char| c.is_ascii_alphabetic())?;
    let (number, suffix) = text.split_at(split);
    let base = parse_digits(number.trim_end())?;
    Some(base * scale_abbreviation(suffix)?)
}

/// The value of a scale abbreviation written after digits.
pub fn scale_abbreviation(word: &str) -> Option<f64> {
    Some(match word.trim_end_matches('.') {
        "k" | "K" => 1e3,
        "m" | "M" | "mm" | "MM" | "mn" | "mln" | "mil" => 1e6,
        "b" | "B" | "bn" | "BN" | "bln" => 1e9,
        "tn" | "trn" | "tln" => 1e12,
        _ => return None,
    })
}

/// The value of a scale word: `million` → 1e6, `lakh` → 1e5.
pub fn scale_value(word: &str) -> Option<f64> {
    let lower = word.trim().to_ascii_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    Some(match singular {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "lakh" | "lac" => 1e5,
        "million" => 1e6,
        "crore" => 1e7,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return scale_abbreviation(word.trim()),
    })
}

/// Whether a word is a number word below a hundred (`nought`, `four`, `twenty`).
pub fn is_number_word(word: &str) -> bool {
    small_word(&word.to_ascii_lowercase()).is_some()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Last {
    Start,
    Unit,
    Teen,
    Tens,
    Hundred,
    Big,
    Digits,
}

fn small_word(word: &str) -> Option<(f64, Last)> {
    Some(match word {
        "zero" | "nought" | "naught" => (0.0, Last::Unit),
        "one" => (1.0, Last::Unit),
        "two" => (2.0, Last::Unit),
        "three" => (3.0, Last::Unit),
        "four" => (4.0, Last::Unit),
        "five" => (5.0, Last::Unit),
        "six" => (6.0, Last::Unit),
        "seven" => (7.0, Last::Unit),
        "eight" => (8.0, Last::Unit),
        "nine" => (9.0, Last::Unit),
        "ten" => (10.0, Last::Teen),
        "eleven" => (11.0, Last::Teen),
        "twelve" => (12.0, Last::Teen),
        "thirteen" => (13.0, Last::Teen),
        "fourteen" => (14.0, Last::Teen),
        "fifteen" => (15.0, Last::Teen),
        "sixteen" => (16.0, Last::Teen),
        "seventeen" => (17.0, Last::Teen),
        "eighteen" => (18.0, Last::Teen),
        "nineteen" => (19.0, Last::Teen),
        "twenty" => (20.0, Last::Tens),
        "thirty" => (30.0, Last::Tens),
        "forty" => (40.0, Last::Tens),
        "fifty" => (50.0, Last::Tens),
        "sixty" => (60.0, Last::Tens),
        "seventy" => (70.0, Last::Tens),
        "eighty" => (80.0, Last::Tens),
        "ninety" => (90.0, Last::Tens),
        _ => return None,
    })
}

/// English number words of any size, possibly mixed with digits:
/// `two thousand five hundred and six`, `a dozen`, `half a dozen`, `322 hundred`,
/// `4 thousand 3 hundred and 21`, `twenty-one trillion`, `two hundred point zero three`.
pub fn parse_words(text: &str) -> Option<f64> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect();
    let (integer_words, decimal_words) = match words.iter().position(|w| *w == "point") {
        Some(at) => (&words[..at], Some(&words[at + 1..])),
        None => (&words[..], None),
    };
    let mut value = parse_integer_words(integer_words)?;
    if let Some(decimals) = decimal_words {
        value += parse_decimal_words(decimals)?;
    }
    Some(value)
}

fn parse_integer_words(words: &[&str]) -> Option<f64> {
    // Drop a trailing "and" the rule may have taken ("five hundred and more").
    let words = match words.last() {
        Some(&"and") => &words[..words.len() - 1],
        _ => words,
    };
    if words.is_empty() {
        return None;
    }
    if let ["half", "a" | "an", scale] = words {
        // `half a dozen`, `half a million`.
        return match *scale {
            "dozen" => Some(6.0),
            big => scale_value(big).map(|v| v / 2.0),
        };
    }
    // `a quarter of a trillion`, `three quarters of a million`, `a quarter million`.
    if let [numerator, fraction, rest @ ..] = words
        && let [.., scale] = rest
        && matches!(rest, [_] | ["of", "a" | "an", _])
        && let (Some(share), Some(big)) = (fraction_percent(&format!("{numerator} {fraction}")), scale_value(scale))
    {
        return Some(tidy(share / 100.0 * big));
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = Last::Start;
    let mut smallest_scale: Option<f64> = None;
    // The value of the current group up to its hundred (`three hundred` in `three hundred and two`).
    let mut group_base = 0.0;
    let mut article = false;
    for (i, word) in words.iter().enumerate() {
        match *word {
            "and" => {
                if !matches!(last, Last::Hundred | Last::Big) {
                    return None;
                }
                continue;
            }
            "a" | "an" if i == 0 => {
                article = true;
                current = 1.0;
                continue;
            }
            "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => {
                article = false;
                // "three hundred and two dozens": the dozen counts the part after the hundred.
                let small = current - group_base;
                current = group_base + if small == 0.0 { 12.0 } else { small * 12.0 };
                last = Last::Hundred;
                continue;
            }
            _ => {}
        }
        if article && !matches!(*word, "hundred" | "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore") {
            return None;
        }
        article = false;
        if let Some((v, kind)) = small_word(word) {
            let allowed = match kind {
                Last::Unit => matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Big),
                _ => matches!(last, Last::Start | Last::Hundred | Last::Big),
            };
            // "one hundred and three" is fine; "twenty thirty", "two three" are two numbers.
            if !allowed || (last == Last::Hundred && current % 100.0 != 0.0 && kind != Last::Unit) {
                return None;
            }
            current += v;
            last = kind;
        } else if *word == "hundred" || *word == "hundreds" {
            // "3 hundred and 2 hundred" is two numbers.
            if last == Last::Hundred || (last == Last::Big && current == 0.0) || group_base > 0.0 {
                return None;
            }
            current = if current == 0.0 { 100.0 } else { current * 100.0 };
            group_base = current;
            last = Last::Hundred;
        } else if let Some(scale) = scale_value(word).filter(|s| *s >= 1e3) {
            let grows = smallest_scale.is_some_and(|p| scale > p);
            if current == 0.0 && (last == Last::Start || (last == Last::Big && !grows)) {
                return None;
            }
            match smallest_scale {
                // "two thousand million": a larger scale multiplies what came before.
                Some(previous) if scale > previous => total = (total + current) * scale,
                Some(previous) if scale == previous => return None,
                _ => total += current * scale,
            }
            smallest_scale = Some(smallest_scale.map_or(scale, |p: f64| p.min(scale)));
            current = 0.0;
            group_base = 0.0;
            last = Last::Big;
        } else if let Some(v) = parse_digits(word) {
            // "4 thousand 3 hundred and 0": a zero adds nothing, so it is a second number.
            let zero_after_scale = v == 0.0 && last != Last::Start;
            if zero_after_scale || !matches!(last, Last::Start | Last::Big | Last::Hundred) || (last == Last::Hundred && current % 100.0 != 0.0) {
                return None;
            }
            current += v;
            last = Last::Digits;
        } else {
            return None;
        }
    }
    if article {
        return None;
    }
    Some(total + current)
}

/// Words after "point": `zero three` → 0.03, `seventy-one` → 0.71.
fn parse_decimal_words(words: &[&str]) -> Option<f64> {
    let mut digits = String::from("0.");
    let mut i = 0;
    while i < words.len() {
        let (mut v, kind) = small_word(words[i])?;
        if let (Last::Tens, Some((unit, Last::Unit))) = (kind, words.get(i + 1).and_then(|w| small_word(w))) {
            v += unit;
            i += 1;
        }
        digits.push_str(&format!("{}", v as u32));
        i += 1;
    }
    if digits.len() == 2 {
        return None;
    }
    digits.parse().ok()
}

/// A fraction written as words, as a percentage: `half` → 50, `two-thirds` → 66.67,
/// `a quarter` → 25, `three in four` handled by the rule as a ratio elsewhere.
pub fn fraction_percent(text: &str) -> Option<f64> {
    let lower = text.to_lowercase();
    // "one in five", "3 out of 10": a ratio.
    for joint in [" out of ", " in "] {
        if let Some((numerator, denominator)) = lower.split_once(joint) {
            let (n, d) = (parse_number(numerator)?, parse_number(denominator)?);
            let calendar_year = !denominator.contains(',') && (1800.0..=2100.0).contains(&d);
            if n <= 0.0 || n >= d || calendar_year {
                return None;
            }
            // Rounded as the word fractions are (`one in three` and `a third` are both 33.33).
            return Some((n / d * 10000.0).round() / 100.0);
        }
    }
    let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect();
    let (numerator, denominator_word) = match words.as_slice() {
        [d] => (1.0, *d),
        [n, d] => {
            let n = match *n {
                "a" | "an" | "one" => 1.0,
                other => small_word(other)?.0,
            };
            (n, *d)
        }
        _ => return None,
    };
    let denominator = match denominator_word.trim_end_matches('s') {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "eighth" => 8.0,
        "tenth" => 10.0,
        _ => return None,
    };
    if numerator >= denominator || numerator <= 0.0 {
        return None;
    }
    Some((numerator / denominator * 10000.0).round() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Duckling style: one value, many surface forms.
    fn assert_all(expected: f64, forms: &[&str]) {
        for form in forms {
            assert_eq!(parse_number(form), Some(expected), "{form}");
        }
    }

    #[test]
    fn small_numbers_in_digits_and_words() {
        assert_all(0.0, &["0", "zero", "nought"]);
        assert_all(5.0, &["5", "five", "Five", "FIVE"]);
        assert_all(12.0, &["12", "twelve", "a dozen", "dozen", "one dozen"]);
        assert_all(29.0, &["29", "twenty-nine", "twenty nine", "Twenty-Nine", "twenty - nine"]);
        assert_all(6.0, &["6", "half a dozen", "six"]);
        assert_all(500_000.0, &["half a million", "Half a million", "five hundred thousand"]);
        assert_all(250_000.0, &["a quarter of a million", "a quarter million", "a quarter-million"]);
        assert_all(750_000_000.0, &["three quarters of a billion", "three-quarters of a billion"]);
        assert_all(36.0, &["36", "three dozen", "3 dozens", "thirty-six", "3 dzs"]);
        assert_all(324.0, &["three hundred and two dozens", "324"]);
    }

    #[test]
    fn hundreds_and_thousands() {
        assert_all(500.0, &["500", "five hundred", "Five hundred", "5 hundred", "five hundred and"]);
        assert_all(116.0, &["116", "one hundred and sixteen", "one hundred sixteen", "a hundred and sixteen"]);
        assert_all(3913.0, &["3,913", "three thousand nine hundred thirteen", "three thousand nine hundred and thirteen"]);
        assert_all(2_000.0, &["2,000", "2000", "two thousand", "2 thousand", "twenty hundred"]);
        assert_all(1_900.0, &["1,900", "nineteen hundred", "one thousand nine hundred"]);
        assert_all(32_200.0, &["32,200", "322 hundred"]);
        assert_all(4_321.0, &["4,321", "4 thousand 3 hundred and 21", "four thousand three hundred twenty-one"]);
        assert_all(202_000.0, &["202,000", "two hundred and two thousand"]);
    }

    #[test]
    fn millions_and_more() {
        assert_all(1_700_000.0, &["1.7 million", "1,700,000", "1.7m", "1.7M", "1.7 mln", "one million seven hundred thousand"]);
        assert_all(2_000_000_000.0, &["2 billion", "2bn", "2 bn", "two billion", "2,000,000,000", "2b", "two thousand million"]);
        assert_all(10_000.0, &["10k", "10 K", "ten thousand", "10,000"]);
        assert_all(2_330.0, &["2.33 k", "2,330"]);
        assert_all(21_000_000_000_300.0, &["twenty-one trillion three hundred", "twenty-one trillion and three hundred"]);
        assert_all(1_300_000.0, &["13 lakh", "thirteen lakh"]);
        assert_all(10_000_000.0, &["1 crore", "10M", "10 million"]);
    }

    #[test]
    fn decimals() {
        assert_all(3.5, &["3.5", "three point five"]);
        assert_all(0.08, &[".08", "0.08", "zero point zero eight"]);
        assert_all(200.71, &["200.71", "two hundred point seventy-one"]);
        assert_all(1_234_567.89, &["1\u{202f}234\u{202f}567.89", "1,234,567.89", "12,34,567.89", "1 234 567.89"]);
    }

    #[test]
    fn fractions_as_percentages() {
        assert_eq!(fraction_percent("half"), Some(50.0));
        assert_eq!(fraction_percent("one in three"), fraction_percent("a third"));
        assert_eq!(fraction_percent("a third"), Some(33.33));
        assert_eq!(fraction_percent("two-thirds"), Some(66.67));
        assert_eq!(fraction_percent("three quarters"), Some(75.0));
        assert_eq!(fraction_percent("a quarter"), Some(25.0));
        assert_eq!(fraction_percent("five thirds"), None);
        assert_eq!(fraction_percent("One in five"), Some(20.0));
        assert_eq!(fraction_percent("3 out of 10"), Some(30.0));
        assert_eq!(fraction_percent("1 in 2018"), None);
    }

    #[test]
    fn rejects_what_is_not_one_number() {
        for bad in [
            "1,00", ",500", "12,3456", "five apples", "", "3.x", "two three", "twenty thirty", "2018 500", "a", "an",
            "one two", "thousand", "a five", "five hundred hundred", "3 hundred and 2 hundred", "three-nought-four",
        ] {
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
    }
}
