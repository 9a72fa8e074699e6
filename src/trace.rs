//! An optional trace sink for `figures explain`: stages note why they kept,
//! dropped or linked something. Off unless a capture runs on this thread; when
//! off, a note costs one relaxed atomic load and builds nothing.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Captures in progress on any thread; zero means every note is skipped at once.
static ACTIVE: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static SINK: RefCell<Option<Vec<Note>>> = const { RefCell::new(None) };
}

/// One decision a stage made about a span of the document (byte offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// `figure`, `date`, `link.event`, … : which stage decided.
    pub stage: &'static str,
    pub span: (usize, usize),
    pub event: Event,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A candidate record entered overlap resolution (it passed the kind's own checks).
    Candidate { rule: String, record: Box<crate::record::Record> },
    /// A candidate lost to an overlapping record kept before it.
    LostOverlap { rule: String, winner_rule: String, winner: (usize, usize) },
    /// A linker set a field of the figure at `span`.
    Linked { field: &'static str, value: String, why: String },
}

/// True while a capture runs on this thread.
#[inline]
pub fn enabled() -> bool {
    ACTIVE.load(Ordering::Relaxed) > 0 && SINK.with(|s| s.borrow().is_some())
}

/// Records a note if a capture runs on this thread; `make` is only called then.
#[inline]
pub fn note(stage: &'static str, span: (usize, usize), make: impl FnOnce() -> Event) {
    if ACTIVE.load(Ordering::Relaxed) == 0 {
        return;
    }
    SINK.with(|sink| {
        if let Some(notes) = sink.borrow_mut().as_mut() {
            notes.push(Note { stage, span, event: make() });
        }
    });
}

/// Runs `f` with tracing on for this thread and returns what the stages noted.
pub fn capture<R>(f: impl FnOnce() -> R) -> (R, Vec<Note>) {
    struct Guard(Option<Vec<Note>>);
    impl Drop for Guard {
        fn drop(&mut self) {
            SINK.with(|sink| *sink.borrow_mut() = self.0.take());
            ACTIVE.fetch_sub(1, Ordering::Relaxed);
        }
    }
    let outer = SINK.with(|sink| sink.borrow_mut().replace(Vec::new()));
    ACTIVE.fetch_add(1, Ordering::Relaxed);
    let guard = Guard(outer);
    let result = f();
    let notes = SINK.with(|sink| sink.borrow_mut().take()).unwrap_or_default();
    drop(guard);
    (result, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_kept_only_inside_a_capture() {
        let linked = || Event::Linked { field: "unit", value: "child".into(), why: "test".into() };
        note("figure", (0, 1), linked);
        let ((), notes) = capture(|| {
            assert!(enabled());
            note("figure", (2, 3), linked);
        });
        assert!(!enabled());
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].span, (2, 3));
        let ((), after) = capture(|| {});
        assert!(after.is_empty());
    }
}
