//! `figures explain`: how the pipeline read one text, for a rule author.
//!
//! Shows the sentences; every candidate match with the rule that produced it
//! and what became of it (kept, lost an overlap, vetoed by a `not_figure`
//! span, rejected by the kind's checks); and for each figure where its unit,
//! event, speaker, agency and date came from. Candidates come from the trace
//! notes of the extract stage (`crate::trace`) plus every rule's raw pattern
//! matches; link decisions are read off the records before and after linking.
//! Offsets are characters, as in the records.

use crate::document::{CharIndex, Document};
use crate::pipeline::Engine;
use crate::record::{Kind, Record, RecordData};
use crate::ruleset::Rule;
use crate::split::Sentence;
use crate::trace::{self, Event, Note};
use std::fmt::Write as _;

/// What the explanation covers: the whole text or one sentence.
pub fn explain(engine: &Engine, doc: &Document, only: Option<usize>) -> Result<String, String> {
    let (analysis, notes) = trace::capture(|| engine.analyze(doc));
    let sentences = &analysis.sentences;
    if let Some(n) = only.filter(|&n| n >= sentences.len()) {
        return Err(format!("sentence {n} does not exist: the text has {} sentences (0 to {})", sentences.len(), sentences.len().saturating_sub(1)));
    }
    // Records as the extractors left them, before linking, to tell extracted fields from linked ones.
    let unlinked = engine.extractors.extract(doc, sentences);
    let view = View { doc, index: CharIndex::new(&doc.text) };
    let mut out = String::new();
    let _ = writeln!(out, "{} sentences", sentences.len());
    for s in sentences.iter().filter(|s| only.is_none_or(|n| n == s.index)) {
        let _ = writeln!(out, "  [{}] {} {}", s.index, view.range(s.start, s.end), view.quoted(s.start, s.end, 0));
    }
    for s in sentences.iter().filter(|s| only.is_none_or(|n| n == s.index)) {
        let _ = writeln!(out, "\nsentence {}", s.index);
        let _ = writeln!(out, "  candidates");
        for line in candidates(engine, &view, s, &notes, &analysis.records) {
            let _ = writeln!(out, "    {line}");
        }
        let _ = writeln!(out, "  records");
        let in_sentence: Vec<&Record> = analysis.records.iter().filter(|r| r.sentence == s.index).collect();
        if in_sentence.is_empty() {
            let _ = writeln!(out, "    (none)");
        }
        for record in in_sentence {
            let _ = writeln!(out, "    {} {} {} ({})", record.kind(), view.range(record.start, record.end), view.quoted(record.start, record.end, 60), record.rule);
            let _ = writeln!(out, "      {}", fields(record));
            if record.kind() == Kind::Figure {
                for line in figure_links(engine, &view, s, record, &notes, &unlinked, &analysis.records) {
                    let _ = writeln!(out, "      {line}");
                }
            }
        }
    }
    Ok(out)
}

struct View<'a> {
    doc: &'a Document,
    index: CharIndex,
}

impl View<'_> {
    fn range(&self, start: usize, end: usize) -> String {
        format!("{}..{}", self.index.char_offset(start), self.index.char_offset(end))
    }

    /// The text of a span, quoted, shortened in the middle beyond `limit` characters (0: never).
    fn quoted(&self, start: usize, end: usize, limit: usize) -> String {
        let text = &self.doc.text[start..end];
        let count = text.chars().count();
        if limit == 0 || count <= limit {
            return format!("{text:?}");
        }
        let head: String = text.chars().take(limit / 2).collect();
        let tail: String = text.chars().skip(count - limit / 2).collect();
        format!("{:?}", format!("{head} … {tail}"))
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The kind's own fields of a record, `key=value`.
fn fields(record: &Record) -> String {
    let json = serde_json::to_value(&record.data).unwrap_or_default();
    let Some(map) = json.as_object() else { return String::new() };
    map.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(" ")
}

/// One line per candidate in the sentence, in text order.
fn candidates(engine: &Engine, view: &View, sentence: &Sentence, notes: &[Note], records: &[Record]) -> Vec<String> {
    let bounds = (sentence.start, sentence.end);
    let kept = |rule: &str, span: (usize, usize)| records.iter().any(|r| r.rule == rule && (r.start, r.end) == span);
    let mut lines: Vec<(usize, usize, String)> = Vec::new();
    // Candidates that reached overlap resolution, with their verdict.
    for note in notes.iter().filter(|n| overlaps(n.span, bounds) || n.span.0 == bounds.0) {
        let Event::Candidate { rule, .. } = &note.event else { continue };
        let lost = notes.iter().find_map(|n| match &n.event {
            Event::LostOverlap { rule: r, winner_rule, winner } if r == rule && n.span == note.span => Some((winner_rule, *winner)),
            _ => None,
        });
        let verdict = match lost {
            Some((winner_rule, winner)) => format!("dropped: overlaps {} {} ({winner_rule}), which starts earlier, is longer, or comes first in rule order", view.range(winner.0, winner.1), view.quoted(winner.0, winner.1, 40)),
            None if kept(rule, note.span) => "kept".to_string(),
            None if engine.rules.rules.iter().any(|r| r.id == *rule && r.param_str("not_date").is_some()) => {
                "not-date span: took the overlap, then dropped".to_string()
            }
            None => "kept at extraction, then replaced (figure pieces or a later stage)".to_string(),
        };
        let (s, e) = note.span;
        lines.push((s, 0, format!("{:6} {} {} {rule}: {verdict}", note.stage, view.range(s, e), view.quoted(s, e, 40))));
    }
    // Pattern matches that never became a candidate: vetoed or rejected by the kind's checks.
    let vetoes: Vec<(&Rule, (usize, usize))> = engine
        .rules
        .of_kind(Kind::Figure)
        .filter(|r| r.param_str("not_figure").is_some())
        .flat_map(|r| r.regex().find_iter(&view.doc.text).map(move |m| (r, (m.start(), m.end()))))
        .filter(|(_, span)| span.0 < span.1)
        .collect();
    for rule in &engine.rules.rules {
        for caps in rule.regex().captures_iter(&view.doc.text) {
            let whole = caps.get(0).expect("group 0");
            let span = (whole.start(), whole.end());
            if span.0 == span.1 || !overlaps(span, bounds) {
                continue;
            }
            let quoted = view.quoted(span.0, span.1, 40);
            if let Some(kind) = rule.param_str("not_figure") {
                lines.push((span.0, 1, format!("{:6} {} {quoted} {}: not-figure span ({kind}): no count inside it", "veto", view.range(span.0, span.1), rule.id)));
                continue;
            }
            if let Some(kind) = rule.param_str("not_date") {
                lines.push((span.0, 1, format!("{:6} {} {quoted} {}: not-date span ({kind}): no date inside it", "veto", view.range(span.0, span.1), rule.id)));
                continue;
            }
            let became = notes.iter().any(|n| matches!(&n.event, Event::Candidate { rule: r, .. } if *r == rule.id) && overlaps(n.span, span));
            if became {
                continue;
            }
            let number = rule.group(&caps, "number").map(|m| (m.start(), m.end()));
            let veto = number.and_then(|n| vetoes.iter().find(|(_, v)| overlaps(*v, n)));
            let why = match (rule.kind, veto) {
                (Kind::Figure, Some((by, v))) => format!("vetoed: its number lies in {} {} ({})", view.range(v.0, v.1), view.quoted(v.0, v.1, 40), by.id),
                (Kind::Figure, None) => "rejected by the figure checks (surroundings, unknown unit or qualifier, not a number, a score)".to_string(),
                (kind, _) => format!("rejected by the {kind} stage (a required group is missing or its value does not normalize)"),
            };
            lines.push((span.0, 2, format!("{:6} {} {quoted} {}: {why}", rule.kind.as_str(), view.range(span.0, span.1), rule.id)));
        }
    }
    lines.sort();
    lines.dedup();
    if lines.is_empty() {
        return vec!["(none)".to_string()];
    }
    lines.into_iter().map(|(.., line)| line).collect()
}

/// Where each of a figure's linked fields came from.
fn figure_links(engine: &Engine, view: &View, sentence: &Sentence, figure_record: &Record, notes: &[Note], unlinked: &[Record], records: &[Record]) -> Vec<String> {
    let Some(figure) = figure_record.as_figure() else { return Vec::new() };
    let span = (figure_record.start, figure_record.end);
    let same_record = |r: &&Record| r.rule == figure_record.rule && (r.start, r.end) == span;
    let candidate_unit = notes.iter().find_map(|n| match &n.event {
        Event::Candidate { record, .. } if same_record(&&**record) => Some(record.as_figure().and_then(|f| f.unit.clone())),
        _ => None,
    });
    let before_link = unlinked.iter().find(same_record).and_then(|r| r.as_figure());
    let mut lines = Vec::new();

    let unit = match (&figure.unit, candidate_unit.flatten()) {
        (None, _) => "unit: none (no counted noun after the number and none to inherit)".to_string(),
        (Some(u), Some(_)) => {
            let rule = engine.rules.rules.iter().find(|r| r.id == figure_record.rule);
            if rule.and_then(|r| r.param_str("unit")).is_some() {
                format!("unit: {u}, set by the rule")
            } else if matches!(figure.measure.as_str(), "money" | "percent" | "quantity") {
                format!("unit: {u}, from the currency, percent or unit word of the match")
            } else {
                format!("unit: {u}, the counted noun after the number")
            }
        }
        (Some(u), None) => {
            let earlier = records
                .iter()
                .rev()
                .find(|r| r.start < figure_record.start && r.as_figure().is_some_and(|f| f.unit.as_deref() == Some(u)));
            match earlier {
                Some(r) => format!("unit: {u}, inherited (no noun of its own), as figure {} {}", view.range(r.start, r.end), view.quoted(r.start, r.end, 40)),
                None => format!("unit: {u}, inherited (no noun of its own) from its sentence: a tally, a plural noun before it, or a verb of people (`kill 48`)"),
            }
        }
    };
    lines.push(unit);

    let linked_by = |field: &str, set_before: bool| if set_before { "set at extraction".to_string() } else { format!("link.{field}") };
    let in_sentence = |kind: Kind| records.iter().filter(move |r| r.sentence == sentence.index && r.kind() == kind);

    lines.push(match &figure.event {
        None => "event: none (no event word in its clause or sentence)".to_string(),
        Some(event) => {
            let trigger = event_trigger(engine, view, sentence, span, event);
            let source = linked_by("event", before_link.is_some_and(|f| f.event.is_some()));
            match trigger {
                Some((s, e)) => format!("event: {event} ({source}), from {} {} in the sentence", view.range(s, e), view.quoted(s, e, 0)),
                None => format!("event: {event} ({source}), carried over from the same number earlier in the document"),
            }
        }
    });

    lines.push(match &figure.speaker {
        None => "speaker: none (not inside a quote, no attribution after it in the sentence)".to_string(),
        Some(speaker) => {
            let quotes: Vec<&Record> =
                records.iter().filter(|r| matches!(&r.data, RecordData::Quote(q) if &q.speaker == speaker)).collect();
            let holding = quotes.iter().find(|q| q.start <= span.0 && span.1 <= q.end);
            let source = linked_by("speaker", before_link.is_some_and(|f| f.speaker.is_some()));
            match holding.or_else(|| quotes.iter().find(|q| q.sentence == sentence.index)) {
                Some(q) if holding.is_some() => format!("speaker: {speaker} ({source}), the figure is inside quote {} ({})", view.range(q.start, q.end), q.rule),
                Some(q) => format!("speaker: {speaker} ({source}), attribution of quote {} ({}) in the sentence", view.range(q.start, q.end), q.rule),
                None => format!("speaker: {speaker} ({source})"),
            }
        }
    });

    lines.push(match &figure.agency {
        None => "agency: none (no agency record in its sentence)".to_string(),
        Some(name) => {
            let source = linked_by("agency", before_link.is_some_and(|f| f.agency.is_some()));
            let mention = in_sentence(Kind::Agency).find(|r| matches!(&r.data, RecordData::Agency(a) if &a.name == name));
            match mention {
                Some(r) => format!("agency: {name} ({source}), the mention {} {} in the sentence", view.range(r.start, r.end), view.quoted(r.start, r.end, 40)),
                None => format!("agency: {name} ({source}), from outside the sentence"),
            }
        }
    });

    lines.push(match &figure.date {
        None if in_sentence(Kind::Date).next().is_some() => {
            "date: none (its sentence's dates date the telling, modify a noun, are lengths of time, or lie across a clause break or in an aside)".to_string()
        }
        None => "date: none (no DATE record in its sentence)".to_string(),
        Some(value) => {
            let source = linked_by("date", before_link.is_some_and(|f| f.date.is_some()));
            let mention = in_sentence(Kind::Date).find(|r| matches!(&r.data, RecordData::Date(d) if &d.value == value));
            match mention {
                Some(r) => format!("date: {value} ({source}), the date {} {} in the sentence", view.range(r.start, r.end), view.quoted(r.start, r.end, 40)),
                None => format!("date: {value} ({source}), from outside the sentence"),
            }
        }
    });
    lines
}

/// The occurrence of one of `event`'s forms (rules/figure/events.tsv) nearest the figure
/// in its sentence; for a state event (event_states.tsv), a form of the event it negates.
fn event_trigger(engine: &Engine, view: &View, sentence: &Sentence, figure: (usize, usize), event: &str) -> Option<(usize, usize)> {
    let mut lemmas = vec![event.to_string()];
    if let Ok(states) = engine.rules.data_file("figure/event_states.tsv") {
        for fields in states.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').collect::<Vec<_>>()) {
            if fields.len() == 3 && fields[2].trim() == event {
                lemmas.push(fields[0].trim().to_string());
            }
        }
    }
    let events = engine.rules.data_file("figure/events.tsv").ok()?;
    let forms: Vec<String> = events
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(lemma, _)| lemmas.iter().any(|x| x == lemma.trim()))
        .flat_map(|(_, forms)| forms.split('|').map(|f| f.trim().to_lowercase()))
        .filter(|f| !f.is_empty())
        .collect();
    let text = lowercase_in_place(&view.doc.text[sentence.start..sentence.end]);
    let is_word_edge = |at: usize| text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let is_word_end = |at: usize| text[at..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    let mut best: Option<(usize, (usize, usize))> = None;
    for form in &forms {
        for (at, _) in text.match_indices(form.as_str()) {
            if !is_word_edge(at) || !is_word_end(at + form.len()) {
                continue;
            }
            let (s, e) = (sentence.start + at, sentence.start + at + form.len());
            let distance = if e <= figure.0 { figure.0 - e } else { s.saturating_sub(figure.1) };
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, (s, e)));
            }
        }
    }
    best.map(|(_, span)| span)
}

/// `figures explain`: the text (or a document of --file) explained on stdout.
pub fn run(args: &crate::cli::ExplainArgs) -> Result<i32, crate::cli::Failure> {
    use crate::cli::Failure;
    use crate::load::{DocumentStream, Loaded, resolve_inputs};
    let engine = crate::cli::load_engine(args.rules.as_deref())?;
    let mut doc = match (&args.text, &args.file) {
        (Some(text), _) => Document::new("text", text.as_str()),
        (None, Some(file)) => {
            let inputs = resolve_inputs(std::slice::from_ref(file)).map_err(|e| Failure::usage(e.to_string()))?.inputs;
            let mut found = None;
            for loaded in DocumentStream::new(inputs, args.reference_date) {
                match loaded {
                    Loaded::Document(doc) if args.doc.as_ref().is_none_or(|id| *id == doc.id) => {
                        found = Some(doc);
                        break;
                    }
                    Loaded::Rejected(e) if args.doc.is_none() => return Err(Failure::usage(e.to_string())),
                    _ => {}
                }
            }
            found.ok_or_else(|| match &args.doc {
                Some(id) => Failure::usage(format!("{}: no document with id {id:?}", file.display())),
                None => Failure::usage(format!("{}: no document in this file", file.display())),
            })?
        }
        (None, None) => return Err(Failure::usage("give a TEXT or --file FILE")),
    };
    if args.reference_date.is_some() {
        doc.reference_date = args.reference_date;
    }
    let text = explain(&engine, &doc, args.sentence).map_err(Failure::usage)?;
    print!("{text}");
    Ok(crate::error::exit::OK)
}

/// Lower case, except characters whose lower case has another byte length (`İ`),
/// so byte offsets into the result are offsets into `text`.
fn lowercase_in_place(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}
