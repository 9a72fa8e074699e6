//! What the benches share: where their news texts come from.

use std::path::PathBuf;

/// The external news texts, used when `$FIGURES_BENCH_SOURCES` is not set.
const DEFAULT_SOURCES: &[&str] = &[
    "/work/shared/external/timex-news/timex_news.jsonl",
    "/work/shared/external/sbd-news/gum_wikinews.jsonl",
    "/work/shared/external/quotes-news/gum_news_quotes.jsonl",
];

/// The JSONL files to read texts from: `$FIGURES_BENCH_SOURCES` (`:`-separated) or the
/// defaults, keeping those that exist; panics, naming the list, if none does.
pub fn sources() -> Vec<PathBuf> {
    let list = std::env::var("FIGURES_BENCH_SOURCES").unwrap_or_else(|_| DEFAULT_SOURCES.join(":"));
    let found: Vec<PathBuf> = list.split(':').map(PathBuf::from).filter(|p| p.is_file()).collect();
    assert!(!found.is_empty(), "no bench sources found in {list}");
    found
}
