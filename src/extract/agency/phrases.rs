//! Whole-word phrase lookup for the gazetteer and the agency key words.
//!
//! A phrase can only match where a word may start (no letter or digit before it)
//! and must end where a word may end, so the text is walked once and a byte trie
//! is entered only at those places. An Aho-Corasick automaton over thousands of
//! names steps through every byte instead, and its matches inside words are
//! thrown away afterwards.

/// A set of phrases, matched case-sensitively or ASCII case-insensitively.
pub struct Phrases {
    fold: bool,
    /// Child of the root for each first byte (`NONE` where no phrase starts with it).
    root: Box<[u32; 256]>,
    /// The node after the first two bytes, indexed by `first << 8 | second`: the
    /// children of a first byte are many, and most starts fail within two bytes.
    second: Vec<u32>,
    /// Where these phrases may start, for `StartFilter`.
    starts: StartFilter,
    nodes: Vec<Node>,
    /// Children of every node, each node's run sorted by byte.
    edges: Vec<(u8, u32)>,
}

#[derive(Clone, Copy)]
struct Node {
    first_edge: u32,
    edge_count: u32,
    /// Index of the phrase that ends here, or `NONE`.
    phrase: u32,
}

const NONE: u32 = u32::MAX;

/// One match: byte range and the index of the phrase in the list given to `new`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    pub phrase: usize,
}

impl Phrases {
    /// The trie of `phrases`; of two phrases equal under folding the first is kept.
    pub fn new<S: AsRef<str>>(phrases: &[S], fold: bool) -> Phrases {
        // Built as nested child lists, then laid out flat for the search.
        let mut children: Vec<Vec<(u8, usize)>> = vec![Vec::new()];
        let mut ends: Vec<u32> = vec![NONE];
        for (index, phrase) in phrases.iter().enumerate() {
            let mut node = 0;
            for &byte in phrase.as_ref().as_bytes() {
                let byte = if fold { byte.to_ascii_lowercase() } else { byte };
                node = match children[node].iter().find(|(b, _)| *b == byte) {
                    Some(&(_, child)) => child,
                    None => {
                        children.push(Vec::new());
                        ends.push(NONE);
                        let child = children.len() - 1;
                        children[node].push((byte, child));
                        child
                    }
                };
            }
            if node != 0 && ends[node] == NONE {
                ends[node] = index as u32;
            }
        }
        let mut nodes = Vec::with_capacity(children.len());
        let mut edges = Vec::new();
        for (list, &phrase) in children.iter_mut().zip(&ends) {
            list.sort_unstable();
            nodes.push(Node { first_edge: edges.len() as u32, edge_count: list.len() as u32, phrase });
            edges.extend(list.iter().map(|&(b, child)| (b, child as u32)));
        }
        let mut root = Box::new([NONE; 256]);
        for &(byte, child) in &children[0] {
            root[byte as usize] = child as u32;
        }
        let mut second = vec![NONE; 1 << 16];
        for &(first, child) in &children[0] {
            for &(byte, grandchild) in &children[child] {
                second[(first as usize) << 8 | byte as usize] = grandchild as u32;
            }
        }
        let mut starts = StartFilter::empty();
        for phrase in phrases {
            starts.add(phrase.as_ref().as_bytes());
        }
        Phrases { fold, root, second, starts, nodes, edges }
    }

    fn child(&self, node: u32, byte: u8) -> Option<u32> {
        let n = self.nodes[node as usize];
        let run = &self.edges[n.first_edge as usize..(n.first_edge + n.edge_count) as usize];
        if run.len() <= 8 {
            run.iter().find(|(b, _)| *b == byte).map(|&(_, c)| c)
        } else {
            run.binary_search_by_key(&byte, |&(b, _)| b).ok().map(|i| run[i].1)
        }
    }

    /// The longest phrase starting at `start` that ends at a word boundary.
    fn longest_at(&self, text: &str, start: usize) -> Option<PhraseMatch> {
        let bytes = text.as_bytes();
        let fold = |b: u8| if self.fold { b.to_ascii_lowercase() } else { b };
        let first = fold(bytes[start]);
        let mut node = self.root[first as usize];
        let mut at = start + 1;
        let mut best = None;
        while node != NONE {
            let phrase = self.nodes[node as usize].phrase;
            if phrase != NONE && !starts_alphanumeric(text, at) {
                best = Some(PhraseMatch { start, end: at, phrase: phrase as usize });
            }
            let Some(&next) = bytes.get(at) else { break };
            node = if at == start + 1 {
                self.second[(first as usize) << 8 | fold(next) as usize]
            } else {
                self.child(node, fold(next)).unwrap_or(NONE)
            };
            at += 1;
        }
        best
    }
}

/// Where a phrase of any of several sets may start, ASCII case folded: a one-byte
/// phrase, or one whose first two, three, four or six bytes (as many as it has, up to
/// those) hash alike, a phrase of two or three bytes only where a word ends after them.
/// Common words (`and `, `that`, `of the`) share two bytes with some name but rarely
/// six, so most word starts fail this one test instead of one walk per set.
pub struct StartFilter {
    single: Box<[bool; 256]>,
    bits: Vec<u64>,
}

/// Size of the prefix filter: 64 KB; a few thousand names set under 10 % of it.
const FILTER_BITS: usize = 1 << 19;

/// How many first bytes of a phrase of `len` bytes the filter keys on.
fn key_length(len: usize) -> usize {
    match len {
        0..=3 => len,
        4 | 5 => 4,
        _ => 6,
    }
}

fn prefix_bit(prefix: &[u8]) -> usize {
    let packed = prefix.iter().fold(prefix.len() as u64, |acc, &b| acc << 8 | b.to_ascii_lowercase() as u64);
    (packed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS.trailing_zeros())) as usize
}

impl StartFilter {
    fn empty() -> StartFilter {
        StartFilter { single: Box::new([false; 256]), bits: vec![0; FILTER_BITS / 64] }
    }

    /// The union of the sets' filters.
    pub fn of(sets: &[&Phrases]) -> StartFilter {
        let mut union = StartFilter::empty();
        for set in sets {
            union.single.iter_mut().zip(set.starts.single.iter()).for_each(|(u, s)| *u |= s);
            union.bits.iter_mut().zip(&set.starts.bits).for_each(|(u, s)| *u |= s);
        }
        union
    }

    fn add(&mut self, phrase: &[u8]) {
        match phrase.len() {
            0 => {}
            1 => self.single[phrase[0].to_ascii_lowercase() as usize] = true,
            len => {
                let bit = prefix_bit(&phrase[..key_length(len)]);
                self.bits[bit / 64] |= 1 << (bit % 64);
            }
        }
    }

    fn has(&self, prefix: &[u8]) -> bool {
        let bit = prefix_bit(prefix);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        let rest = &bytes[at..];
        // A short phrase must end a word; a byte past ASCII may start a letter or not.
        let word_ends = |k: usize| rest.get(k).is_none_or(|&b| !b.is_ascii_alphanumeric());
        rest.first().is_some_and(|&b| self.single[b.to_ascii_lowercase() as usize])
            || [2, 3].into_iter().any(|k| rest.len() >= k && word_ends(k) && self.has(&rest[..k]))
            || [4, 6].into_iter().any(|k| rest.len() >= k && self.has(&rest[..k]))
    }
}

/// Every match of each phrase set, left to right and not overlapping within a set: at
/// each place a word may start, the longest phrase there that also ends at a word
/// boundary and that `accept(set index, match)` takes (one it refuses leaves the
/// words inside it free for later matches). The text is walked once for all sets,
/// and no list of starts is kept (a 50 MB line would need hundreds of MB for it).
/// `starts` is `StartFilter::of(&sets)`, built once.
pub fn find_all<const N: usize>(sets: [&Phrases; N], starts: &StartFilter, text: &str, accept: impl Fn(usize, &PhraseMatch) -> bool) -> [Vec<PhraseMatch>; N] {
    let mut found: [Vec<PhraseMatch>; N] = std::array::from_fn(|_| Vec::new());
    let mut free_from = [0; N];
    let bytes = text.as_bytes();
    for_each_word_start(text, |at| {
        if !starts.may_start(bytes, at) {
            return;
        }
        for (k, set) in sets.iter().enumerate() {
            if at >= free_from[k]
                && let Some(m) = set.longest_at(text, at)
                && accept(k, &m)
            {
                free_from[k] = m.end;
                found[k].push(m);
            }
        }
    });
    found
}

/// Calls `visit` at each place a phrase may start: the first character of the text
/// and every character after one that is not a letter or digit, whitespace left out.
fn for_each_word_start(text: &str, mut visit: impl FnMut(usize)) {
    let mut after_alphanumeric = false;
    for (at, &byte) in text.as_bytes().iter().enumerate() {
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

    fn spans(phrases: &Phrases, text: &str) -> Vec<(String, usize)> {
        let [found] = find_all([phrases], &StartFilter::of(&[phrases]), text, |_, _| true);
        found.into_iter().map(|m| (text[m.start..m.end].to_string(), m.phrase)).collect()
    }

    #[test]
    fn whole_words_only_and_the_longest_phrase_wins() {
        let p = Phrases::new(&["ICE", "Department of Justice", "Department", "U.S."], false);
        assert_eq!(
            spans(&p, "JUSTICE: ICE and the Department of Justice; the U.S.-Mexico border, Departments."),
            vec![("ICE".into(), 0), ("Department of Justice".into(), 1), ("U.S.".into(), 3)]
        );
    }

    #[test]
    fn a_longer_phrase_cut_mid_word_gives_way_to_a_shorter_one() {
        let p = Phrases::new(&["Red Cross", "Red Crossing"], false);
        assert_eq!(spans(&p, "the Red Crossings"), vec![]);
        assert_eq!(spans(&p, "the Red Cross, said"), vec![("Red Cross".into(), 0)]);
    }

    #[test]
    fn folding_matches_any_ascii_case_and_keeps_the_first_of_equal_phrases() {
        let p = Phrases::new(&["border patrol", "Border Patrol"], true);
        assert_eq!(spans(&p, "The BORDER PATROL and the Border patrol"), vec![("BORDER PATROL".into(), 0), ("Border patrol".into(), 0)]);
    }

    #[test]
    fn letters_of_other_scripts_are_word_characters() {
        let p = Phrases::new(&["UN"], false);
        assert_eq!(spans(&p, "éUN UNé «UN» 😀UN"), vec![("UN".into(), 0), ("UN".into(), 0)]);
    }

    #[test]
    fn the_start_filter_passes_every_phrase_length_and_stops_other_words() {
        let names = ["&", "UN", "ICE", "NASA", "FEMA!", "Amtrak", "Red Cross"];
        let p = Phrases::new(&names, true);
        let text = "& un ice nasa fema! amtrak red cross";
        let found: Vec<String> = spans(&p, text).into_iter().map(|(s, _)| s).collect();
        assert_eq!(found, ["&", "un", "ice", "nasa", "fema!", "amtrak", "red cross"]);
        let filter = StartFilter::of(&[&p]);
        for word in ["and the", "unit", "iced", "nato", "amtrac", "of the", "red tape"] {
            assert!(!filter.may_start(word.as_bytes(), 0), "{word}");
        }
    }
}
