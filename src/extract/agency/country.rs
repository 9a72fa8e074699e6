//! Which country a generic national body belongs to: `the Senate`, `the Supreme Court`,
//! `the Treasury` name U.S. bodies in a U.S. story, but Brazil's in a story from
//! Brasília (`rules/agency/countries.tsv`, `rules/agency/national.tsv`).

use crate::error::RuleError;
use crate::ruleset::RuleSet;
use rustc_hash::FxHashMap as HashMap;

pub const COUNTRIES_FILE: &str = "agency/countries.tsv";
pub const NATIONAL_FILE: &str = "agency/national.tsv";
pub const BODIES_FILE: &str = "agency/country_bodies.tsv";

/// A country's body named by a common noun after the country (`Chile's central bank`,
/// `the Italian coast guard`, `the government of Kenya`): `country_bodies.tsv`.
pub struct Body {
    /// As written in lower case (`central bank`); also matched with capitals (`Central Bank`).
    pub noun: String,
    /// Its name, with `{country}` (`Central Bank of {country}`), or `{written}`: as the text
    /// writes it, without a possessive (`Kenya Red Cross`, `British Red Cross`).
    pub template: String,
    pub agency_type: String,
    /// Only when the document named that body before (`The Chilean bank`).
    pub earlier: bool,
}

/// The row of the United States in `countries.tsv`.
pub const UNITED_STATES: usize = 0;

pub struct Countries {
    names: Vec<String>,
    /// Names and adjectives as written (`Brazil`, `Brazilian`, `South Korea`) → country.
    forms: HashMap<String, usize>,
    /// Lowercase dateline places (`new delhi`) → country.
    places: HashMap<String, usize>,
    /// Generic surface form → name template for another country (`Senate of {country}`).
    national: HashMap<String, String>,
    pub bodies: Vec<Body>,
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
}

impl Countries {
    pub fn load(rules: &RuleSet) -> Result<Countries, Vec<RuleError>> {
        let mut errors = Vec::new();
        let (mut names, mut forms, mut places) = (Vec::new(), HashMap::default(), HashMap::default());
        let file = rules.source.display_path(COUNTRIES_FILE);
        for (n, line) in data_lines(rules.data_file(COUNTRIES_FILE).map_err(|e| vec![e])?) {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() != 3 {
                errors.push(RuleError::new(&file, "expected country<TAB>names|adjectives<TAB>places").at(n + 1, None));
                continue;
            }
            let index = names.len();
            let bare = fields[0].strip_prefix("the ").unwrap_or(fields[0]);
            for form in std::iter::once(bare).chain(fields[1].split('|')).filter(|f| !f.is_empty()) {
                forms.entry(form.to_string()).or_insert(index);
            }
            for place in fields[2].split('|').filter(|p| !p.is_empty()) {
                places.entry(place.to_lowercase()).or_insert(index);
            }
            names.push(fields[0].to_string());
        }
        let mut national = HashMap::default();
        let file = rules.source.display_path(NATIONAL_FILE);
        for (n, line) in data_lines(rules.data_file(NATIONAL_FILE).map_err(|e| vec![e])?) {
            match line.split_once('\t') {
                Some((form, template)) if template.contains("{country}") => {
                    national.insert(form.to_string(), template.to_string());
                }
                _ => errors.push(RuleError::new(&file, "expected form<TAB>name with {country}").at(n + 1, None)),
            }
        }
        let mut bodies = Vec::new();
        let file = rules.source.display_path(BODIES_FILE);
        for (n, line) in data_lines(rules.data_file(BODIES_FILE).map_err(|e| vec![e])?) {
            let fields: Vec<&str> = line.split('\t').collect();
            let earlier = fields.get(3) == Some(&"earlier");
            match fields[..] {
                [noun, template, agency_type] | [noun, template, agency_type, "earlier"]
                    if (template.contains("{country}") || template == "{written}") && !noun.is_empty() && crate::extract::agency::AGENCY_TYPES.contains(&agency_type) =>
                {
                    bodies.push(Body { noun: noun.to_string(), template: template.to_string(), agency_type: agency_type.to_string(), earlier });
                }
                _ => errors.push(RuleError::new(&file, "expected noun<TAB>name with {country} or {written}<TAB>type[<TAB>earlier]").at(n + 1, None)),
            }
        }
        if names.is_empty() {
            errors.push(RuleError::new(rules.source.display_path(COUNTRIES_FILE), "no countries"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Countries { names, forms, places, national, bodies })
    }

    /// The row of the country named `name` as in the file's first column.
    pub fn by_name(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    /// The name of `country` for another country's body (`Supreme Court of India`), if
    /// `surface` is a generic form of a national body.
    pub fn localized(&self, surface: &str, country: usize) -> Option<String> {
        Some(self.national.get(surface)?.replace("{country}", &self.names[country]))
    }

    pub fn is_national_form(&self, surface: &str) -> bool {
        self.national.contains_key(surface)
    }

    /// The country named right before `start`: `Brazil's Senate`, `the Kenyan Senate`,
    /// `South Korea’s Supreme Court`.
    pub fn qualifier(&self, text: &str, start: usize) -> Option<usize> {
        self.qualifier_at(text, start).map(|(_, country)| country)
    }

    /// `qualifier`, with where the country's word(s) start.
    pub fn qualifier_at(&self, text: &str, start: usize) -> Option<(usize, usize)> {
        let before = text[..start].strip_suffix(' ')?;
        let word_start = |s: &str| s.rfind([' ', '\n', '(', '"', '“']).map_or(0, |i| i + 1);
        let w1 = word_start(before);
        let bare = |w: &'_ str| -> String {
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).or_else(|| w.strip_suffix(['\'', '’'])).unwrap_or(w);
            w.to_string()
        };
        if let Some(&c) = self.forms.get(&bare(&before[w1..])) {
            return Some((w1, c));
        }
        let two = before[..w1].strip_suffix(' ').map(word_start)?;
        self.forms.get(&bare(&before[two..])).map(|&c| (two, c))
    }

    /// The country named right after `end` by ` of `: `the government of Kenya`, `… of the
    /// United Kingdom`, `… of South Korea`; with where its name ends.
    pub fn of_country(&self, text: &str, end: usize) -> Option<(usize, usize)> {
        let rest = text[end..].strip_prefix(" of ")?;
        let from = text.len() - rest.len();
        let rest_the = rest.strip_prefix("the ");
        // The first `n` words, without the punctuation after the last (`Kenya,` → `Kenya`).
        let words = |s: &str, n: usize| -> usize {
            let end = s.match_indices(' ').nth(n - 1).map_or(s.len(), |(i, _)| i);
            s[..end].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.').len()
        };
        for (body, offset) in [(Some(rest), 0), (rest_the, 4)] {
            let Some(body) = body else { continue };
            for n in [2, 1] {
                let len = words(body, n);
                let form = body[..len].strip_suffix('.').filter(|f| !f.contains('.')).unwrap_or(&body[..len]);
                if let Some(&c) = self.forms.get(form) {
                    return Some((from + offset + form.len(), c));
                }
            }
        }
        None
    }

    /// A country's body by its row in `country_bodies.tsv` (`Central Bank of Chile`); the U.S.
    /// government as the gazetteer names it.
    pub fn body_name(&self, body: &Body, country: usize, written: &str) -> String {
        if body.template == "{written}" {
            return written.replace("'s ", " ").replace("’s ", " ");
        }
        if country == UNITED_STATES && body.noun == "government" {
            return "United States government".to_string();
        }
        body.template.replace("{country}", &self.names[country])
    }

    /// A country that a body's name holds (`Italian Supreme Court of Cassation`, `Senate of Brazil`).
    pub fn in_name(&self, name: &str) -> Option<usize> {
        let words: Vec<&str> = name.split(' ').collect();
        (0..words.len()).find_map(|i| {
            let pair = (i + 1 < words.len()).then(|| format!("{} {}", words[i], words[i + 1]));
            pair.and_then(|p| self.forms.get(&p).copied()).or_else(|| self.forms.get(words[i]).copied())
        })
    }

    /// The byte length of a country's name or adjective opening `s` (two words, then one),
    /// ending at a word's end: `South Africa` in `South Africa, an industry body`.
    pub fn form_at(&self, s: &str) -> Option<usize> {
        let bound = |n: usize| !s[n..].starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
        let mut spaces = s.match_indices(' ').map(|(i, _)| i);
        let one = s.find(|c: char| !(c.is_alphanumeric() || c == '.')).unwrap_or(s.len());
        let one = if s[..one].ends_with('.') && !s[..one - 1].contains('.') { one - 1 } else { one };
        let two = spaces.nth(0).map(|sp| sp + 1 + s[sp + 1..].find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len() - sp - 1));
        two.filter(|&n| self.forms.contains_key(&s[..n]) && bound(n)).or(Some(one).filter(|&n| n > 0 && self.forms.contains_key(&s[..n]) && bound(n)))
    }

    /// A word that names a country or a place a dateline names (`Montana`, `Kenya`).
    pub fn is_place(&self, word: &str) -> bool {
        self.forms.contains_key(word) || word.starts_with(char::is_uppercase) && self.places.contains_key(&word.to_lowercase())
    }

    /// The country whose name or adjective opens `name` (`Indian Institute of …`, `South Korea …`).
    pub fn opening(&self, name: &str) -> Option<usize> {
        let mut words = name.splitn(3, ' ');
        let first = words.next()?;
        let pair = words.next().map(|second| &name[..first.len() + 1 + second.len()]);
        pair.and_then(|p| self.forms.get(p)).or_else(|| self.forms.get(first)).copied()
    }

    /// Where the story is set: the place of its dateline (`NEW DELHI (Reuters) -`,
    /// `NAIROBI, Kenya (AP) —`), else the one country its words name, at least twice and
    /// never the United States. `None` when nothing tells.
    pub fn setting(&self, text: &str, dateline_len: impl Fn(&str) -> usize) -> Option<usize> {
        // A dateline opens the body, after at most a headline and a date line.
        for line in text.lines().filter(|l| !l.trim().is_empty()).take(4) {
            let n = dateline_len(line);
            if n == 0 {
                continue;
            }
            let head = &line[..n];
            let head = head.split(" (").next().unwrap_or(head);
            let found = head.split(',').map(str::trim).take(2).find_map(|part| {
                self.places.get(&part.to_lowercase()).or_else(|| self.forms.get(part)).copied()
            });
            if found.is_some() {
                return found;
            }
            break;
        }
        let mut counts: HashMap<usize, usize> = HashMap::default();
        let mut previous: Option<(usize, usize)> = None;
        let mut at = 0;
        for word in text.split(|c: char| c.is_whitespace()) {
            let start = at;
            at += word.len() + 1;
            let core = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let core = core.strip_suffix("'s").or_else(|| core.strip_suffix("’s")).unwrap_or(core);
            let core = core.strip_suffix('.').filter(|c| !c.contains('.')).unwrap_or(core);
            if !core.starts_with(char::is_uppercase) {
                previous = None;
                continue;
            }
            let offset = start + word.find(core).unwrap_or(0);
            // Two words (`South Korea`) before one (`Korea`).
            let pair = previous.filter(|&(_, end)| end + 1 == offset).and_then(|(s, _)| self.forms.get(&text[s..offset + core.len()]));
            let country = pair.or_else(|| self.forms.get(core));
            previous = Some((offset, offset + core.len()));
            match country {
                Some(&UNITED_STATES) => return Some(UNITED_STATES),
                Some(&c) => *counts.entry(c).or_default() += 1,
                None => {}
            }
        }
        let best = counts.values().copied().max().filter(|&n| n >= 2)?;
        let mut leaders = counts.iter().filter(|&(_, &n)| n == best);
        let (&country, _) = leaders.next()?;
        leaders.next().is_none().then_some(country)
    }
}
