//! Pairs quotation marks into quoted spans.
//!
//! Curly marks say which way they face; a straight `"` is read from its
//! neighbours (after a space it opens, before one it closes). Doubled single
//! marks (`‘‘…’’`, PTB's ``` ``…'' ```) are double marks. A lone single mark is
//! mostly an apostrophe (`Immigrants’ Rights`, `Trump’ tenure`, `the '90s`), so
//! it opens only at a word start before a capital and closes only after `, . ! ?`
//! before a space; it pairs only outside a double quotation, never crosses a
//! paragraph, and a double mark opening replaces it. A paragraph that
//! opens a quote without closing it continues into the next paragraph when
//! that one opens with a quotation mark (the news convention); otherwise it
//! ends with its paragraph. A mark still open at the end of the text is dropped.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark.
    pub close: usize,
    /// Byte range between the marks.
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Facing {
    Opening,
    Closing,
    Neither,
}

/// A quotation mark at `at`: which way it faces, its length in bytes, and whether it is a
/// lone single mark. `None` for any other character.
fn mark_at(text: &str, at: usize) -> Option<(Facing, usize, bool)> {
    let rest = &text[at..];
    for (doubled, face) in [("‘‘", Facing::Opening), ("``", Facing::Opening), ("’’", Facing::Closing), ("''", Facing::Closing)] {
        if rest.starts_with(doubled) {
            return Some((face, doubled.len(), false));
        }
    }
    let ch = rest.chars().next()?;
    let len = ch.len_utf8();
    if matches!(ch, '\'' | '‘' | '’') {
        let before = text[..at].chars().next_back();
        let after = rest[len..].chars().next();
        let opens = ch != '’' && before.is_none_or(|c| c.is_whitespace() || "([—–".contains(c)) && after.is_some_and(char::is_uppercase);
        let closes = ch != '‘' && before.is_some_and(|c| ",.!?".contains(c)) && after.is_none_or(|c| c.is_whitespace() || ")—–".contains(c));
        let face = if opens { Facing::Opening } else if closes { Facing::Closing } else { Facing::Neither };
        return Some((face, len, true));
    }
    matches!(ch, '“' | '”' | '"' | '«' | '»').then(|| (facing(text, at, ch), len, false))
}

fn facing(text: &str, at: usize, mark: char) -> Facing {
    match mark {
        '“' | '«' => Facing::Opening,
        '”' | '»' => Facing::Closing,
        '"' => {
            let before = text[..at].chars().next_back();
            let after = text[at + 1..].chars().next();
            let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
            let space_after = after.is_none_or(|c| c.is_whitespace());
            // `said,"[Warhol] liked …"`: after a comma or colon with no space, it opens.
            let after_lead_in = before.is_some_and(|c| c == ',' || c == ':') && !space_after;
            match (space_before || after_lead_in, space_after) {
                (true, false) => Facing::Opening,
                (false, _) => Facing::Closing,
                (true, true) => Facing::Neither,
            }
        }
        _ => Facing::Neither,
    }
}

/// The first byte at or after `from` that is `\n`, `"`, `'`, `` ` `` or the lead byte of
/// `“ ” ‘ ’ « »` (0xE2, 0xC2). Eight bytes are tested at once: a chunk of ASCII without
/// them (most of a text) is passed over without looking at its bytes one by one.
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `x` is `b` (the borrow trick: exact as a yes or no).
    let holds = |x: u64, b: u8| {
        let v = x ^ (ONES * u64::from(b));
        v.wrapping_sub(ONES) & !v & HIGH != 0
    };
    let mut at = from;
    loop {
        while let Some(chunk) = bytes.get(at..at + 8) {
            let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if x & HIGH != 0 || holds(x, b'\n') || holds(x, b'"') || holds(x, b'\'') || holds(x, b'`') {
                break;
            }
            at += 8;
        }
        let end = (at + 8).min(bytes.len());
        if let Some(n) = bytes[at..end].iter().position(|&b| matches!(b, b'\n' | b'"' | b'\'' | b'`' | 0xE2 | 0xC2)) {
            return Some(at + n);
        }
        if end == bytes.len() {
            return None;
        }
        at = end;
    }
}

/// Every paired quotation in `text`, in order.
pub fn scan(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    // (offset of the opening mark, start of content, opened by a lone single mark)
    let mut open: Option<(usize, usize, bool)> = None;
    // An open quote has reached the end of its paragraph, at this offset.
    let mut crossed = false;
    let mut paragraph_end = 0;
    let bytes = text.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        // Outside a crossed paragraph only line breaks and marks matter: jump to the next
        // byte that can start one (`"`, `'`, `` ` ``, `\n`, and the lead bytes of `“ ” ‘ ’ « »`).
        if !crossed {
            match next_candidate(bytes, next) {
                Some(at) => next = at,
                None => break,
            }
        }
        let at = next;
        let ch = text[at..].chars().next().expect("a character at a char boundary");
        next += ch.len_utf8();
        if ch == '\n' {
            if open.is_some_and(|(_, _, single)| single) {
                open = None; // a lone single mark that never closed was an apostrophe
            } else if open.is_some() && !crossed {
                crossed = true;
                paragraph_end = at;
            }
            continue;
        }
        if ch.is_whitespace() {
            continue;
        }
        let (face, len, single) = mark_at(text, at).unwrap_or((Facing::Neither, ch.len_utf8(), false));
        next = at + len;
        if crossed {
            crossed = false;
            if face == Facing::Opening && !single {
                continue; // the quote goes on in this paragraph
            }
            if let Some((o, start, _)) = open.take() {
                let end = text[..paragraph_end].trim_end().len().max(start);
                out.push(Quoted { open: o, close: end, start, end });
            }
        }
        let open_single = open.map(|(_, _, s)| s);
        match face {
            // Single marks inside a double quotation are nested quotes or apostrophes.
            Facing::Opening if single && open_single == Some(false) => {}
            Facing::Opening => open = Some((at, at + len, single)),
            Facing::Closing if single != (open_single == Some(true)) => {}
            Facing::Closing => {
                if let Some((o, start, _)) = open.take() {
                    out.push(Quoted { open: o, close: at + len, start, end: at });
                } else if ch == '"' && text[..at].ends_with([',', ':']) && text[at + 1..].starts_with(' ') {
                    // `Wilkins said," [Warhol] liked …"`: with nothing open, a mark after a
                    // lead-in's comma or colon opens, though a space follows it.
                    open = Some((at, at + 1, false));
                }
            }
            Facing::Neither => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        scan(text).iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn the_chunked_search_finds_the_first_candidate_byte() {
        let text = "plain ascii text here, then é and ’ then “x” and \"y\"\n«z» the end, no more marks at all";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let expected = bytes[from..].iter().position(|&b| matches!(b, b'\n' | b'"' | b'\'' | b'`' | 0xE2 | 0xC2)).map(|n| from + n);
            assert_eq!(next_candidate(bytes, from), expected, "from {from}");
        }
    }

    #[test]
    fn curly_and_straight_marks_pair() {
        assert_eq!(contents("“We’re making progress,” Brané said."), ["We’re making progress,"]);
        assert_eq!(contents("He said \"no\" and \"yes.\""), ["no", "yes."]);
    }

    #[test]
    fn a_straight_mark_right_after_a_comma_opens_when_a_word_follows() {
        assert_eq!(contents("Wilkins said,\"He liked booths,\" she said."), ["He liked booths,"]);
    }

    #[test]
    fn a_straight_mark_after_a_comma_opens_when_nothing_is_open() {
        assert_eq!(contents("Wilkins said,\" [Warhol] liked booths\". She left."), [" [Warhol] liked booths"]);
        // After a quote has closed the next comma-mark still closes nothing it should not.
        assert_eq!(contents("\"Yes,\" she said, \"no.\""), ["Yes,", "no."]);
    }

    #[test]
    fn apostrophes_do_not_break_pairing() {
        let text = "“the ACLU’s Immigrants’ Rights Project,” said Gelernt. Trump’ tenure “ended.”";
        assert_eq!(contents(text), ["the ACLU’s Immigrants’ Rights Project,", "ended."]);
    }

    #[test]
    fn a_stray_straight_mark_after_a_word_is_ignored() {
        let text = "the Trump administration\" s policy is \"inhumane\" and cruel.";
        assert_eq!(contents(text), ["inhumane"]);
    }

    #[test]
    fn an_unclosed_paragraph_continues_into_the_next_quoted_one() {
        let text = "“First part.\n\n“Second part,” she said.";
        let quotes = scan(text);
        assert_eq!(quotes.len(), 1);
        assert_eq!(&text[quotes[0].start..quotes[0].end], "First part.\n\n“Second part,");
    }

    #[test]
    fn an_unclosed_quote_followed_by_plain_paragraph_ends_with_its_paragraph() {
        assert_eq!(contents("“Never closed. \n\nPlain text. “Closed.”"), ["Never closed.", "Closed."]);
        assert!(scan("“").is_empty());
        assert!(scan("”").is_empty());
    }
    #[test]
    fn doubled_single_marks_are_double_marks() {
        assert_eq!(contents("‘‘We will win,’’ he said."), ["We will win,"]);
        assert_eq!(contents("He said, ``We don't know.'' Then he left."), ["We don't know."]);
    }

    #[test]
    fn lone_single_marks_quote_only_at_a_capital_and_after_punctuation() {
        assert_eq!(contents("'We won't quit,' he said."), ["We won't quit,"]);
        assert_eq!(contents("She said: ‘The Smiths’ house is safe.’ Then"), ["The Smiths’ house is safe."]);
        // Apostrophes: possessives, elisions, decades, a mark after a name.
        assert!(contents("the Immigrants’ Rights Project in the '90s, Trump’ tenure, rock 'n' roll.").is_empty());
        assert!(contents("The players' union said 'no' to James' offer.").is_empty());
    }

    #[test]
    fn lone_single_marks_nest_in_double_ones_and_never_cross_a_paragraph() {
        assert_eq!(contents("“He told me, ‘Leave now,’ and left,” she said."), ["He told me, ‘Leave now,’ and left,"]);
        assert!(contents("'Tis the season\n\nIt ended, 'he said.").is_empty());
        assert_eq!(contents("'Tis the season. \"Yes,\" she said."), ["Yes,"]);
    }
}
