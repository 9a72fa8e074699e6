//! Whole-word phrase lookup for the gazetteer and the agency key words.
//!
//! A phrase can only match where a word may start (no letter or digit before it)
//! and must end where a word may end, so the text is walked once and a byte trie
//! is entered only at those places. An Aho-Corasick automaton over thousands of
//! names steps through every byte instead, and its matches inside words are
//! thrown away afterwards.
//!
//! Several sets share one trie over ASCII-folded bytes, so each place is walked once
//! for all of them (their phrases share most prefixes: `department`, `Department of
//! Justice`); a case-sensitive set's phrase is compared with the text where it ends.

/// Sets of phrases, each matched case-sensitively or ASCII case-insensitively.
pub struct PhraseSets<const N: usize> {
    fold: [bool; N],
    /// The bytes of each case-sensitive set's phrases, to compare with the text.
    bytes: [Vec<Box<[u8]>>; N],
    /// In a case-sensitive set: the next phrase equal to this one under folding, or `NONE`.
    next_alike: [Vec<u32>; N],
    /// Child of the root for each first byte (`NONE` where no phrase starts with it).
    root: Box<[u32; 256]>,
    /// The node after the first two bytes is `second[row[first] + class[second]]`: the
    /// children of a first byte are many, and most starts fail within two bytes. Bytes
    /// no phrase has second are class 0, whose column is all `NONE`; the classes keep
    /// the table small enough to stay in cache.
    row: Box<[u32; 256]>,
    class: Box<[u8; 256]>,
    second: Vec<u32>,
    /// Where these phrases may start.
    starts: StartFilter,
    /// Every node, and one more where the last one's edges end.
    nodes: Vec<Node>,
    /// Children of every node: a node's run of bytes, sorted, and the nodes they lead to.
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// Per set, the phrase that ends at a node (`Node::ends` indexes this), or `NONE`;
    /// in a case-sensitive set the first of those alike under folding.
    ends: Vec<[u32; N]>,
}

#[derive(Clone, Copy)]
struct Node {
    /// Where its edges start; they end where the next node's start.
    first_edge: u32,
    /// Index into `ends` if a phrase ends here, or `NONE`.
    ends: u32,
}

const NONE: u32 = u32::MAX;

/// One match: byte range and the index of the phrase in its set's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    pub phrase: usize,
}

impl<const N: usize> PhraseSets<N> {
    /// The trie of the sets (each a phrase list and whether it folds case); of two
    /// phrases of a set equal under its matching the first is kept.
    pub fn new<S: AsRef<str>>(sets: [(&[S], bool); N]) -> PhraseSets<N> {
        // Built as nested child lists, then laid out flat for the search.
        let mut children: Vec<Vec<(u8, usize)>> = vec![Vec::new()];
        let mut ends: Vec<[u32; N]> = vec![[NONE; N]];
        let mut bytes: [Vec<Box<[u8]>>; N] = std::array::from_fn(|_| Vec::new());
        let mut next_alike: [Vec<u32>; N] = std::array::from_fn(|_| Vec::new());
        let mut starts = StartFilter::empty();
        for (k, (phrases, fold)) in sets.iter().enumerate() {
            for (index, phrase) in phrases.iter().enumerate() {
                let phrase = phrase.as_ref().as_bytes();
                starts.add(phrase);
                if !fold {
                    bytes[k].push(phrase.into());
                    next_alike[k].push(NONE);
                }
                let mut node = 0;
                for &byte in phrase {
                    let byte = byte.to_ascii_lowercase();
                    node = match children[node].iter().find(|(b, _)| *b == byte) {
                        Some(&(_, child)) => child,
                        None => {
                            children.push(Vec::new());
                            ends.push([NONE; N]);
                            let child = children.len() - 1;
                            children[node].push((byte, child));
                            child
                        }
                    };
                }
                if node == 0 {
                    continue;
                }
                let mut last = ends[node][k];
                if last == NONE {
                    ends[node][k] = index as u32;
                } else if !fold {
                    // Alike under folding: chain it unless the very same phrase is there.
                    loop {
                        if *bytes[k][last as usize] == *phrase {
                            break;
                        }
                        match next_alike[k][last as usize] {
                            NONE => {
                                next_alike[k][last as usize] = index as u32;
                                break;
                            }
                            next => last = next,
                        }
                    }
                }
            }
        }
        let mut nodes = Vec::with_capacity(children.len() + 1);
        let (mut labels, mut targets) = (Vec::new(), Vec::new());
        let mut end_table = Vec::new();
        for (list, node_ends) in children.iter_mut().zip(&ends) {
            list.sort_unstable();
            let index = if node_ends.iter().all(|&e| e == NONE) {
                NONE
            } else {
                end_table.push(*node_ends);
                end_table.len() as u32 - 1
            };
            nodes.push(Node { first_edge: labels.len() as u32, ends: index });
            labels.extend(list.iter().map(|&(b, _)| b));
            targets.extend(list.iter().map(|&(_, child)| child as u32));
        }
        nodes.push(Node { first_edge: labels.len() as u32, ends: NONE });
        let mut root = Box::new([NONE; 256]);
        let mut row = Box::new([0; 256]);
        let mut class = Box::new([0; 256]);
        let mut classes = 1;
        for &(_, child) in &children[0] {
            for &(byte, _) in &children[child] {
                if class[byte as usize] == 0 {
                    class[byte as usize] = classes;
                    class[byte.to_ascii_uppercase() as usize] = classes;
                    classes += 1;
                }
            }
        }
        let classes = classes as usize;
        let mut second = Vec::new();
        for &(byte, child) in &children[0] {
            // The folded trie holds lower case; an upper-case first byte leads to the same node.
            for b in [byte, byte.to_ascii_uppercase()] {
                root[b as usize] = child as u32;
                row[b as usize] = second.len() as u32;
            }
            second.extend(std::iter::repeat_n(NONE, classes));
            let row = second.len() - classes;
            for &(byte, grandchild) in &children[child] {
                second[row + class[byte as usize] as usize] = grandchild as u32;
            }
        }
        let fold = std::array::from_fn(|k| sets[k].1);
        PhraseSets { fold, bytes, next_alike, root, row, class, second, starts, nodes, labels, targets, ends: end_table }
    }

    fn child(&self, node: u32, byte: u8) -> Option<u32> {
        let first = self.nodes[node as usize].first_edge as usize;
        let run = &self.labels[first..self.nodes[node as usize + 1].first_edge as usize];
        let i = if run.len() <= 16 { run.iter().position(|&b| b == byte) } else { run.binary_search(&byte).ok() };
        i.map(|i| self.targets[first + i])
    }

    /// For each set, the longest phrase starting at `start` that ends at a word boundary.
    fn longest_at(&self, text: &str, start: usize) -> [Option<PhraseMatch>; N] {
        let bytes = text.as_bytes();
        let mut node = self.root[bytes[start] as usize];
        let mut at = start + 1;
        let mut best = [None; N];
        while node != NONE {
            let ends = self.nodes[node as usize].ends;
            if ends != NONE && !starts_alphanumeric(text, at) {
                for (k, &first) in self.ends[ends as usize].iter().enumerate() {
                    let mut phrase = first;
                    if !self.fold[k] {
                        while phrase != NONE && *self.bytes[k][phrase as usize] != bytes[start..at] {
                            phrase = self.next_alike[k][phrase as usize];
                        }
                    }
                    if phrase != NONE {
                        best[k] = Some(PhraseMatch { start, end: at, phrase: phrase as usize });
                    }
                }
            }
            let Some(&next) = bytes.get(at) else { break };
            node = if at == start + 1 {
                self.second[self.row[bytes[start] as usize] as usize + self.class[next as usize] as usize]
            } else {
                self.child(node, next.to_ascii_lowercase()).unwrap_or(NONE)
            };
            at += 1;
        }
        best
    }

    /// Every match of each set, left to right and not overlapping within a set: at
    /// each place a word may start, the longest phrase there that also ends at a word
    /// boundary and that `accept(set index, match)` takes (one it refuses leaves the
    /// words inside it free for later matches). The text is walked once for all sets,
    /// and no list of starts is kept (a 50 MB line would need hundreds of MB for it).
    pub fn find_all(&self, text: &str, accept: impl Fn(usize, &PhraseMatch) -> bool) -> [Vec<PhraseMatch>; N] {
        let mut found: [Vec<PhraseMatch>; N] = std::array::from_fn(|_| Vec::new());
        let mut free_from = [0; N];
        let bytes = text.as_bytes();
        for_each_word_start(text, |at| {
            if !self.starts.may_start(bytes, at) || free_from.iter().all(|&free| at < free) {
                return;
            }
            for (k, m) in self.longest_at(text, at).into_iter().enumerate() {
                if at >= free_from[k]
                    && let Some(m) = m
                    && accept(k, &m)
                {
                    free_from[k] = m.end;
                    found[k].push(m);
                }
            }
        });
        found
    }
}

/// Where a phrase of any of the sets may start, ASCII case folded: a one-byte
/// phrase, or one whose first two, three, four or six bytes (as many as it has, up to
/// those) hash alike, a phrase of two or three bytes only where a word ends after them.
/// Common words (`and `, `that`, `of the`) share two bytes with some name but rarely
/// six, so most word starts fail this one test before any walk. The bits of one place
/// lie in one cache line, chosen by its first two bytes, and the lines of common words
/// stay in cache.
struct StartFilter {
    single: Box<[bool; 256]>,
    blocks: Vec<Block>,
}

#[derive(Clone, Copy)]
#[repr(align(64))]
struct Block([u64; 8]);

/// Blocks in the prefix filter: 64 KB; a few thousand names set under 10 % of it.
const FILTER_BLOCKS: usize = 1 << 10;

/// How many first bytes of a phrase of `len` bytes the filter keys on.
fn key_length(len: usize) -> usize {
    match len {
        0..=3 => len,
        4 | 5 => 4,
        6 | 7 => 6,
        _ => 8,
    }
}

/// The first eight bytes of `bytes` (zeros past its end), little-endian, ASCII lower-cased.
/// One load and a few word operations instead of a loop over the bytes per prefix.
fn folded_word(bytes: &[u8]) -> u64 {
    let word = match bytes.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => {
            let mut chunk = [0; 8];
            chunk[..bytes.len()].copy_from_slice(bytes);
            u64::from_le_bytes(chunk)
        }
    };
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = word & LOW7;
    // Per byte, the high bit of `low + (0x80 - c)` is set where `low >= c`; no carry
    // crosses bytes, as `low` is under 0x80.
    let at_least_a = low + 0x3F3F_3F3F_3F3F_3F3F; // 0x80 - b'A'
    let above_z = low + 0x2525_2525_2525_2525; // 0x80 - b'Z' - 1
    let upper = at_least_a & !above_z & !word & HIGH;
    word | upper >> 2
}

/// The block of a `folded_word`: its first two bytes, hashed.
fn block_of(word: u64) -> usize {
    ((word & 0xFFFF).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BLOCKS.trailing_zeros())) as usize
}

/// The bit in its block of the first `len` (2 to 8) bytes of a `folded_word`.
fn bit_of(word: u64, len: usize) -> usize {
    let packed = (word & (u64::MAX >> (64 - 8 * len))) ^ (len as u64).wrapping_mul(0x5851_F42D_4C95_7F2D);
    (packed.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> (64 - 9)) as usize
}

impl Block {
    fn has(&self, bit: usize) -> bool {
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

impl StartFilter {
    fn empty() -> StartFilter {
        StartFilter { single: Box::new([false; 256]), blocks: vec![Block([0; 8]); FILTER_BLOCKS] }
    }

    fn add(&mut self, phrase: &[u8]) {
        match phrase.len() {
            0 => {}
            1 => self.single[phrase[0].to_ascii_lowercase() as usize] = true,
            len => {
                let word = folded_word(phrase);
                let bit = bit_of(word, key_length(len));
                self.blocks[block_of(word)].0[bit / 64] |= 1 << (bit % 64);
            }
        }
    }

    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        let rest = &bytes[at..];
        if rest.first().is_some_and(|&b| self.single[b.to_ascii_lowercase() as usize]) {
            return true;
        }
        let word = folded_word(rest);
        let block = &self.blocks[block_of(word)];
        // A short phrase must end a word; a byte past ASCII may start a letter or not.
        let word_ends = |k: usize| rest.get(k).is_none_or(|&b| !b.is_ascii_alphanumeric());
        [2, 3].into_iter().any(|k| rest.len() >= k && word_ends(k) && block.has(bit_of(word, k)))
            || [4, 6, 8].into_iter().any(|k| rest.len() >= k && block.has(bit_of(word, k)))
    }
}

/// Calls `visit` at each place a phrase may start: the first character of the text
/// and every character after one that is not a letter or digit, whitespace left out.
/// An ASCII block of 64 bytes is read from masks of its letters and digits and of its
/// whitespace (a branch per byte mispredicts at every word edge); others byte by byte.
fn for_each_word_start(text: &str, mut visit: impl FnMut(usize)) {
    let bytes = text.as_bytes();
    let mut after_alphanumeric = false;
    let mut base = 0;
    while base < bytes.len() {
        let block = &bytes[base..bytes.len().min(base + 64)];
        let masks = ByteMasks::of(block);
        if masks.non_ascii == 0 {
            let all = u64::MAX >> (64 - block.len());
            let mut starts = !(masks.alphanumeric << 1 | u64::from(after_alphanumeric)) & !masks.whitespace & all;
            while starts != 0 {
                visit(base + starts.trailing_zeros() as usize);
                starts &= starts - 1;
            }
            after_alphanumeric = masks.alphanumeric >> (block.len() - 1) & 1 == 1;
        } else {
            for (at, &byte) in block.iter().enumerate().map(|(k, b)| (base + k, b)) {
                if byte < 0x80 {
                    if !after_alphanumeric && !byte.is_ascii_whitespace() {
                        visit(at);
                    }
                    after_alphanumeric = byte.is_ascii_alphanumeric();
                } else if byte >= 0xC0 {
                    if !after_alphanumeric {
                        visit(at);
                    }
                    after_alphanumeric = text[at..].chars().next().is_some_and(char::is_alphanumeric);
                }
            }
        }
        base += block.len();
    }
}

/// Per byte of a block of up to 64, a bit: ASCII letters and digits, ASCII whitespace
/// (as `u8::is_ascii_whitespace`), bytes past ASCII.
struct ByteMasks {
    alphanumeric: u64,
    whitespace: u64,
    non_ascii: u64,
}

impl ByteMasks {
    fn of(block: &[u8]) -> ByteMasks {
        let mut masks = ByteMasks { alphanumeric: 0, whitespace: 0, non_ascii: 0 };
        for (k, chunk) in block.chunks(8).enumerate() {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            let [alphanumeric, whitespace, non_ascii] = classes_of_8(u64::from_le_bytes(word)).map(|tops| gather_tops(tops) << (8 * k));
            masks.alphanumeric |= alphanumeric;
            masks.whitespace |= whitespace;
            masks.non_ascii |= non_ascii;
        }
        masks
    }
}

/// The top bit of each byte of `x` that is an ASCII letter or digit, ASCII whitespace, or
/// past ASCII, eight bytes at once. With `y` a byte below 0x80, the top bit of
/// `y + (0x80 - c)` says `y >= c`, and no sum carries into the next byte.
fn classes_of_8(x: u64) -> [u64; 3] {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const TOP: u64 = 0x8080_8080_8080_8080;
    let each = |c: u8| u64::from(c) * 0x0101_0101_0101_0101;
    let at_least = |y: u64, c: u8| y + each(0x80 - c);
    // Exact per byte: the top bit is clear only where `x` equals `c`.
    let equal = |c: u8| {
        let v = x ^ each(c);
        !(((v & LOW7) + LOW7) | v) & TOP
    };
    let y = x & LOW7;
    let folded = y | each(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(y, b'0') & !at_least(y, b'9' + 1);
    let alphanumeric = (letter | digit) & !x & TOP;
    let whitespace = equal(b' ') | equal(b'\t') | equal(b'\n') | equal(0x0C) | equal(b'\r');
    [alphanumeric, whitespace, x & TOP]
}

/// The top bits of the eight bytes of `tops` (nothing else set) as bits 0 to 7, byte 0's lowest.
fn gather_tops(tops: u64) -> u64 {
    (tops >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Whether a letter or digit starts at `at` (false at the end of the text).
fn starts_alphanumeric(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        // Inside a character: the phrase ended mid-character, so it did not end a word.
        Some(_) if !text.is_char_boundary(at) => true,
        Some(_) => text[at..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans<const N: usize>(sets: &PhraseSets<N>, text: &str) -> Vec<(String, usize)> {
        let found = sets.find_all(text, |_, _| true);
        found.into_iter().flatten().map(|m| (text[m.start..m.end].to_string(), m.phrase)).collect()
    }

    #[test]
    fn whole_words_only_and_the_longest_phrase_wins() {
        let p = PhraseSets::new([(&["ICE", "Department of Justice", "Department", "U.S."][..], false)]);
        assert_eq!(
            spans(&p, "JUSTICE: ICE and the Department of Justice; the U.S.-Mexico border, Departments."),
            vec![("ICE".into(), 0), ("Department of Justice".into(), 1), ("U.S.".into(), 3)]
        );
    }

    #[test]
    fn a_longer_phrase_cut_mid_word_gives_way_to_a_shorter_one() {
        let p = PhraseSets::new([(&["Red Cross", "Red Crossing"][..], false)]);
        assert_eq!(spans(&p, "the Red Crossings"), vec![]);
        assert_eq!(spans(&p, "the Red Cross, said"), vec![("Red Cross".into(), 0)]);
    }

    #[test]
    fn folding_matches_any_ascii_case_and_keeps_the_first_of_equal_phrases() {
        let p = PhraseSets::new([(&["border patrol", "Border Patrol"][..], true)]);
        assert_eq!(spans(&p, "The BORDER PATROL and the Border patrol"), vec![("BORDER PATROL".into(), 0), ("Border patrol".into(), 0)]);
    }

    #[test]
    fn letters_of_other_scripts_are_word_characters() {
        let p = PhraseSets::new([(&["UN"][..], false)]);
        assert_eq!(spans(&p, "éUN UNé «UN» 😀UN"), vec![("UN".into(), 0), ("UN".into(), 0)]);
    }

    #[test]
    fn the_start_filter_passes_every_phrase_length_and_stops_other_words() {
        let names = ["&", "UN", "ICE", "NASA", "FEMA!", "Amtrak", "Red Cross"];
        let p = PhraseSets::new([(&names[..], true)]);
        let text = "& un ice nasa fema! amtrak red cross";
        let found: Vec<String> = spans(&p, text).into_iter().map(|(s, _)| s).collect();
        assert_eq!(found, ["&", "un", "ice", "nasa", "fema!", "amtrak", "red cross"]);
        let filter = &p.starts;
        for word in ["and the", "unit", "iced", "nato", "amtrac", "of the", "red tape"] {
            assert!(!filter.may_start(word.as_bytes(), 0), "{word}");
        }
    }

    #[test]
    fn sets_sharing_the_trie_keep_their_own_case_rules_and_matches() {
        let exact = ["US", "Us", "Department of Justice"];
        let folded = ["department of justice", "us"];
        let p = PhraseSets::new([(&exact[..], false), (&folded[..], true)]);
        let [exact, folded] = p.find_all("US us Us uS department of Justice, Department of Justice", |_, _| true);
        let spans = |found: Vec<PhraseMatch>| found.into_iter().map(|m| (m.start, m.phrase)).collect::<Vec<_>>();
        assert_eq!(spans(exact), [(0, 0), (6, 1), (35, 2)]);
        assert_eq!(spans(folded), [(0, 1), (3, 1), (6, 1), (9, 1), (12, 0), (35, 0)]);
    }

    /// The walk it replaced, byte by byte.
    fn word_starts_by_bytes(text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut after_alphanumeric = false;
        for (at, &byte) in text.as_bytes().iter().enumerate() {
            if byte < 0x80 {
                if !after_alphanumeric && !byte.is_ascii_whitespace() {
                    out.push(at);
                }
                after_alphanumeric = byte.is_ascii_alphanumeric();
            } else if byte >= 0xC0 {
                if !after_alphanumeric {
                    out.push(at);
                }
                after_alphanumeric = text[at..].chars().next().is_some_and(char::is_alphanumeric);
            }
        }
        out
    }

    #[test]
    fn word_starts_by_masks_are_those_byte_by_byte() {
        let ascii: String = (0u8..128).map(char::from).collect();
        let mut texts = vec![ascii.repeat(3), "é".to_string(), String::new(), "a".repeat(64) + " b", "x ".repeat(70)];
        let corpus = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")).unwrap();
        texts.extend(corpus.map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()));
        texts.push(format!("{}Ünïcode 1,000 ΣΑΣ\u{a0}x\u{2009}y{}", "ab ".repeat(21), "z-9\t\x0b\x0c\r\n".repeat(9)));
        for text in &texts {
            // Every offset into the text, so that each byte lands at each place in a block.
            for from in (0..text.len().min(70)).filter(|&i| text.is_char_boundary(i)) {
                let part = &text[from..];
                let mut starts = Vec::new();
                for_each_word_start(part, |at| starts.push(at));
                assert_eq!(starts, word_starts_by_bytes(part), "{part:?}");
            }
        }
    }

    #[test]
    fn folded_words_lower_only_ascii_capitals() {
        let all: Vec<u8> = (0..=255).collect();
        for chunk in all.chunks(5) {
            let mut expected: Vec<u8> = chunk.iter().map(u8::to_ascii_lowercase).collect();
            expected.resize(8, 0);
            assert_eq!(folded_word(chunk).to_le_bytes()[..], expected[..]);
        }
    }
}
