//! The word-bounded cues of a whole document, read word by word instead of running the
//! cue automaton over every byte.
//!
//! What a part of the text must get is what a leftmost-longest search of that part finds,
//! kept where word-bounded. When every form is ASCII letters, or such words joined by single
//! spaces, those are just the word-bounded occurrences of the forms: a match inside a word
//! ends inside it, so it hides no word-bounded match after it. Only a multi-word form can
//! cover the start of a later word (`according told`), and a document where it might is left
//! to the search, part by part.

use rustc_hash::FxHashMap;

/// The cue forms as words, when they are all of the shape above.
pub struct CueWords {
    /// Lowercased one-word form → its pattern.
    words: FxHashMap<Box<[u8]>, usize>,
    /// Lowercased first word of a multi-word form → the rest (from its space) and the
    /// pattern, longest first.
    phrases: FxHashMap<Box<[u8]>, Vec<Phrase>>,
    /// Per length and first letter of a form's first word, a bit per its second letter and
    /// one per its last: most words of a text are ruled out by these, without a lookup.
    seconds: [[u32; 26]; MAX_WORD],
    lasts: [[u32; 26]; MAX_WORD],
    /// Per pattern, the lowercased text that, right before one of its matches, could be a
    /// multi-word form covering it.
    hazards: Vec<Vec<Box<[u8]>>>,
}

/// The words of a multi-word form after its first (from the space before them), and its pattern.
type Phrase = (Box<[u8]>, usize);

/// Forms whose first word is longer are not read word by word.
const MAX_WORD: usize = 32;

/// A word-bounded occurrence of a form: byte range and pattern.
pub type Occurrence = (usize, usize, usize);

impl CueWords {
    /// `None` when some form is not ASCII letters in single-spaced words, or two forms are
    /// the same but for case: then only the automaton's search is exact.
    pub fn new(forms: &[String]) -> Option<CueWords> {
        let lowered: Vec<Vec<u8>> = forms.iter().map(|f| f.to_ascii_lowercase().into_bytes()).collect();
        let mut cue_words = CueWords {
            words: FxHashMap::default(),
            phrases: FxHashMap::default(),
            seconds: [[0; 26]; MAX_WORD],
            lasts: [[0; 26]; MAX_WORD],
            hazards: vec![Vec::new(); forms.len()],
        };
        for (pattern, form) in lowered.iter().enumerate() {
            if form.split(|&b| b == b' ').any(|w| w.is_empty() || !w.iter().all(u8::is_ascii_lowercase)) {
                return None;
            }
            let first_len = form.iter().position(|&b| b == b' ').unwrap_or(form.len());
            if first_len >= MAX_WORD {
                return None;
            }
            let (first, second, last) = (letter(form[0]), letter(form[1.min(first_len - 1)]), letter(form[first_len - 1]));
            cue_words.seconds[first_len][first] |= 1 << second;
            cue_words.lasts[first_len][first] |= 1 << last;
            if first_len == form.len() {
                if cue_words.words.insert(form.clone().into_boxed_slice(), pattern).is_some() {
                    return None;
                }
            } else {
                let (first, rest) = form.split_at(first_len);
                cue_words.phrases.entry(first.into()).or_default().push((rest.into(), pattern));
            }
        }
        for list in cue_words.phrases.values_mut() {
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
            if list.windows(2).any(|w| w[0].0 == w[1].0) {
                return None;
            }
        }
        // A multi-word form `m` covers a match of `form` at its word starting at `k` when the
        // two agree as far as both go; then `m[..k]` stands right before that match.
        for m in lowered.iter().filter(|m| m.contains(&b' ')) {
            for k in (1..m.len()).filter(|&k| m[k - 1] == b' ') {
                for (pattern, form) in lowered.iter().enumerate() {
                    if form.starts_with(&m[k..]) || m[k..].starts_with(form) {
                        cue_words.hazards[pattern].push(m[..k].into());
                    }
                }
            }
        }
        Some(cue_words)
    }

    /// The word-bounded occurrences of the forms in `text`, in order, or `None` when a
    /// multi-word form may cover one of them.
    pub fn scan(&self, text: &str) -> Option<Vec<Occurrence>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        // Words are found 64 bytes at a time from a mask of letters: a branch per byte
        // mispredicts at every word edge. Invariant: no letter right before `i`.
        let mut i = 0;
        while i < bytes.len() {
            let block = &bytes[i..bytes.len().min(i + 64)];
            let letters = letter_mask(block);
            let mut starts = letters & !(letters << 1);
            let mut next = i + block.len();
            while starts != 0 {
                let at = starts.trailing_zeros();
                starts &= starts - 1;
                let run = (!(letters >> at)).trailing_zeros() as usize;
                let start = i + at as usize;
                let mut end = start + run.min(block.len() - at as usize);
                if end == i + block.len() {
                    // The word goes on past the block: the next block starts after it.
                    end += bytes[end..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                    next = end + 1;
                }
                if let Some(found) = self.word_at(text, start, end) {
                    out.push(found?);
                }
            }
            i = next;
        }
        Some(out)
    }

    /// The word-bounded form that the letters `text[start..end]` open, if any; `Some(None)`
    /// when a multi-word form may cover it.
    #[inline]
    fn word_at(&self, text: &str, start: usize, end: usize) -> Option<Option<Occurrence>> {
        let bytes = text.as_bytes();
        let len = end - start;
        if len >= MAX_WORD {
            return None;
        }
        let first = letter(bytes[start]);
        if self.seconds[len][first] >> letter(bytes[start + 1.min(len - 1)]) & 1 == 0
            || self.lasts[len][first] >> letter(bytes[end - 1]) & 1 == 0
            || !bounded_before(text, start)
        {
            return None;
        }
        let mut buf = [0u8; MAX_WORD];
        let word = &mut buf[..len];
        word.copy_from_slice(&bytes[start..end]);
        word.make_ascii_lowercase();
        let word = &*word;
        // The longest form at `start` is the match there, word-bounded or not.
        let phrase = self
            .phrases
            .get(word)
            .and_then(|list| list.iter().find(|(rest, _)| bytes.len() - end >= rest.len() && bytes[end..end + rest.len()].eq_ignore_ascii_case(rest)));
        let found = match phrase {
            Some((rest, pattern)) => Some((start, end + rest.len(), *pattern)),
            None => self.words.get(word).map(|&pattern| (start, end, pattern)),
        };
        let (s, e, pattern) = found.filter(|&(_, e, _)| bounded_after(text, e))?;
        if self.hazards[pattern].iter().any(|h| s >= h.len() && bytes[s - h.len()..s].eq_ignore_ascii_case(h)) {
            return Some(None);
        }
        Some(Some((s, e, pattern)))
    }
}

/// An ASCII letter's place in the alphabet, either case.
#[inline]
fn letter(b: u8) -> usize {
    ((b | 0x20) - b'a') as usize
}

/// Bit `j` set when `block[j]` is an ASCII letter (`block` holds at most 64 bytes).
#[inline]
fn letter_mask(block: &[u8]) -> u64 {
    let mut mask = 0;
    for (k, chunk) in block.chunks(8).enumerate() {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        mask |= letters_of_8(u64::from_le_bytes(word)) << (8 * k);
    }
    mask
}

/// Bit `j` set when byte `j` (little-endian) of `x` is an ASCII letter, eight bytes at once:
/// per byte, the top bit of `y + 0x1f` says `y >= 'a'`, that of `y + 0x05` says `y > 'z'`,
/// with `y` the byte folded to lowercase and below 0x80 so that no sum carries.
#[inline]
fn letters_of_8(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const TOP: u64 = 0x8080_8080_8080_8080;
    let y = (x | 0x2020_2020_2020_2020) & LOW7;
    let at_least_a = y + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = y + 0x0505_0505_0505_0505;
    let tops = at_least_a & !past_z & !x & TOP;
    // Gathers the eight top bits into the top byte, byte 0's lowest.
    ((tops >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Whether no letter, digit or hyphen stands right before byte `at`.
fn bounded_before(text: &str, at: usize) -> bool {
    match text.as_bytes()[..at].last() {
        None => true,
        Some(&b) if b.is_ascii() => !(b.is_ascii_alphanumeric() || b == b'-'),
        Some(_) => !text[..at].chars().next_back().is_some_and(char::is_alphanumeric),
    }
}

/// Whether no letter, digit or hyphen stands at byte `at`.
fn bounded_after(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => true,
        Some(&b) if b.is_ascii() => !(b.is_ascii_alphanumeric() || b == b'-'),
        Some(_) => !text[at..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

#[cfg(test)]
mod tests {
    use super::letter_mask;

    #[test]
    fn the_letter_mask_marks_the_ascii_letters() {
        let bytes: Vec<u8> = (0..=255u8).chain(b"Said, \xc3\xa9 z{@[`aZ".iter().copied()).collect();
        for start in 0..bytes.len() {
            let block = &bytes[start..bytes.len().min(start + 64)];
            let naive = block.iter().enumerate().filter(|(_, b)| b.is_ascii_alphabetic()).fold(0u64, |m, (j, _)| m | 1 << j);
            assert_eq!(letter_mask(block), naive, "from {start}");
        }
    }
}
