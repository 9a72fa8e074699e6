//! The command line: argument structs (clap) and one function per subcommand.

use crate::commands;
use crate::document::CivilDate;
use crate::error::{RuleErrors, exit};
use crate::load::{DocumentStream, resolve_inputs};
use crate::pipeline::{self, Engine, Work};
use crate::split::Splitter;
use crate::record::Kind;
use crate::report::Report;
use crate::ruleset::{RuleSet, RuleSource};
use clap::{Args, Parser, Subcommand};
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

const EXIT_CODES: &str = "\
Exit codes:
  0  success: every input was processed (diff: the files hold the same records)
  1  finished, but some input was rejected (named on stderr; the rest was written);
     diff: the files differ; eval --baseline: a score fell below its floor
  2  usage error or fatal I/O error
  3  the rule files are invalid
  4  rules test: a rule example failed";

#[derive(Parser, Debug)]
#[command(
    name = "figures",
    version,
    about = "Extract figures, dates, agencies and quotes from English news as JSONL",
    long_about = "Extract figures, dates, agencies and quotes from English news as JSONL.\n\n\
        Every figure an article states (\"nearly 700 children\" → value 700, qualifier nearly, \
        unit child), every date (TIMEX3), every agency and every speaker, one JSON record per line.",
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract records from articles and write them as JSONL
    #[command(after_long_help = EXTRACT_EXAMPLES)]
    Extract(ExtractArgs),
    /// Split articles into sentences, one JSONL row per sentence
    Split(SplitArgs),
    /// Test or list the rules: run every rule's examples, or show id, kind, file, examples
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Show how a text is read: sentences, candidate matches and their rules, linking decisions
    #[command(after_long_help = EXPLAIN_EXAMPLES)]
    Explain(ExplainArgs),
    /// Score records against gold files: P/R/F1 per kind, accuracy of each field
    #[command(after_long_help = EVAL_EXAMPLES)]
    Eval(EvalArgs),
    /// Compare two record files by document: records added, removed, changed field by field
    #[command(after_long_help = DIFF_EXAMPLES)]
    Diff(DiffArgs),
}

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// Run every rule's examples and counter-examples; report each failure
    ///
    /// An example passes when `figures extract` on its text writes a record of
    /// the rule's kind whose text is its `match` and whose fields equal its
    /// `expect`; a not_figure example when no figure lies inside its `match`; a
    /// counter-example when no record of the rule's kind comes out. Each failure
    /// names the file, line, rule id, input, what was expected and what came out.
    /// Exits 4 when an example fails, 3 when the rules do not load.
    Test(RulesTestArgs),
    /// List the rules: id, kind, file:line, number of examples and counter-examples
    List(RulesListArgs),
}

#[derive(Args, Debug)]
pub struct RulesTestArgs {
    /// Only rules whose id contains FILTER (e.g. figure/money, date/)
    #[arg(value_name = "FILTER")]
    pub filter: Option<String>,

    /// Folder of rule files to test instead of the bundled rules
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct RulesListArgs {
    /// Only rules of this kind: figure, date, agency or quote
    #[arg(long, value_name = "KIND")]
    pub kind: Option<Kind>,

    /// Folder of rule files to list instead of the bundled rules
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

const EXPLAIN_EXAMPLES: &str = "\
Examples:
  figures explain 'The task force has reunited nearly 700 children, DHS said Friday.'
  figures explain --file corpus/000_f5419c0a20ab7a8c.txt --sentence 3
  figures explain --rules my-rules 'About 40 percent of families were contacted.'";

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The text to explain (or use --file)
    #[arg(value_name = "TEXT", required_unless_present = "file", conflicts_with = "file")]
    pub text: Option<String>,

    /// Explain a document from a file: .txt, or .jsonl/.jsonl.gz (the first document, or --doc)
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// With a JSONL --file: the id of the document to explain
    #[arg(long, value_name = "ID", requires = "file")]
    pub doc: Option<String>,

    /// Only this sentence (0-based, as in the records' `sentence` field)
    #[arg(long, value_name = "N")]
    pub sentence: Option<usize>,

    /// Folder of rule files to use instead of the bundled rules
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,

    /// Date that relative dates resolve against (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub reference_date: Option<CivilDate>,
}

const EVAL_EXAMPLES: &str = "\
Examples:
  figures eval --gold tests/gold                     # extract corpus/ with the bundled rules, then score
  figures eval --gold tests/gold --rules rules       # the same with the rules folder as it is now
  figures extract corpus | figures eval --gold tests/gold - --show 5
  figures eval --gold tests/gold --baseline tests/gold/baseline.toml
  figures eval --gold tests/gold --write-baseline tests/gold/baseline.toml

Matching follows spec/records.md (and score.py): same doc and kind, overlapping
spans, for figures an equal value and high; each record used once, largest overlap
first. Field accuracy is over matched records, for every field the gold record has.";

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Folder of gold files, DOC.jsonl (records in the format of the output)
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,

    /// Predicted records (JSONL, - for stdin); without it, extracts --corpus now
    #[arg(value_name = "PRED")]
    pub predicted: Option<PathBuf>,

    /// Without PRED: the articles to extract (any `figures extract` input)
    #[arg(long, value_name = "PATH", default_value = "corpus")]
    pub corpus: PathBuf,

    /// Without PRED: folder of rule files to extract with instead of the bundled rules
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,

    /// List up to N missed, spurious and wrong records per kind
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub show: usize,

    /// Print the scores as one JSON object (the shape of `score.py --json`)
    #[arg(long)]
    pub json: bool,

    /// Check the scores against a baseline file; exit 1 if any is below its floor
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Write the scores as a new baseline file
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

const DIFF_EXAMPLES: &str = "\
Examples:
  figures extract corpus > old.jsonl
  # … edit a rule …
  figures extract corpus --rules rules > new.jsonl
  figures diff old.jsonl new.jsonl
  figures diff old.jsonl new.jsonl --ignore rule --kinds figure

Output, per document: `- ` a removed record, `+ ` an added one, `~ ` a changed one with
`field: old → new` lines. Records of the same document and kind whose spans overlap
are paired, so a figure whose unit changed is one change. Exit 0: no difference;
1: the files differ; 2: error.";

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// The records before the change (JSONL, - for stdin)
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The records after the change (JSONL, - for stdin)
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// Fields not to compare, comma-separated (e.g. rule,sentence)
    #[arg(long, value_name = "FIELDS", value_delimiter = ',')]
    pub ignore: Vec<String>,

    /// Only records of these kinds, comma-separated
    #[arg(long, value_name = "KINDS", value_delimiter = ',')]
    pub kinds: Vec<Kind>,
}

const EXTRACT_EXAMPLES: &str = "\
Examples:
  figures extract                                  # the bundled corpus/ folder
  figures extract corpus -o records.jsonl
  figures extract corpus | jq 'select(.kind == \"figure\")'
  zcat crawl.jsonl.gz | figures extract - --kinds figure,date > out.jsonl";

#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Articles: .txt files, .jsonl/.jsonl.gz files, folders, or - for JSONL on stdin
    ///
    /// A .txt file is one document whose id is the file stem. A JSONL line is
    /// {"id", "text", "date"?}; "date" (YYYY-MM-DD, or an ISO timestamp) is the date
    /// relative dates resolve against; without it, "published", "published_at",
    /// "publish_date" or "date_publish" is read instead (the names crawlers write).
    /// Folders are searched for .txt, .jsonl and .jsonl.gz,
    /// sorted by path; the summary names their other files as not read.
    /// With no INPUT, reads the corpus/ folder.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Folder of rule files to use instead of the bundled rules
    #[arg(long, value_name = "DIR", help_heading = "Rules")]
    pub rules: Option<PathBuf>,

    /// Write to FILE instead of stdout (written to a temporary file, then renamed)
    #[arg(short, long, value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,

    /// Worker threads; 0 uses every core
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0, help_heading = "Performance")]
    pub threads: usize,

    /// No progress bar and no summary; errors are still printed
    #[arg(short, long, help_heading = "Messages")]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Record kinds to write, comma-separated: figure,date,agency,quote
    #[arg(long, value_name = "KINDS", value_delimiter = ',', help_heading = "Output")]
    pub kinds: Vec<Kind>,

    /// Date that relative dates resolve against (YYYY-MM-DD), for documents without a "date"
    #[arg(long, value_name = "DATE", value_parser = parse_date, help_heading = "Dates")]
    pub reference_date: Option<CivilDate>,
}

#[derive(Args, Debug)]
pub struct SplitArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

fn parse_date(text: &str) -> Result<CivilDate, String> {
    CivilDate::parse(text).filter(|_| text.len() == 10).ok_or_else(|| format!("`{text}` is not a date of the form YYYY-MM-DD"))
}

/// A failure that ends the command, with the exit code it maps to.
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure { code: exit::USAGE, message: message.into() }
    }
}

pub fn run(cli: Cli) -> Result<i32, Failure> {
    match cli.command {
        Command::Extract(args) => {
            let mut kinds = [args.kinds.is_empty(); 4];
            for kind in &args.kinds {
                kinds[*kind as usize] = true;
            }
            run_job(&args.input, Task::Extract { kinds }, args.reference_date)
        }
        Command::Split(args) => run_job(&args.input, Task::Split, None),
        Command::Rules(RulesCommand::Test(args)) => commands::rules::run_test(args.rules.as_deref(), args.filter.as_deref()),
        Command::Rules(RulesCommand::List(args)) => commands::rules::run_list(args.rules.as_deref(), args.kind),
        Command::Explain(args) => commands::explain::run(&args),
        Command::Eval(args) => commands::eval::run(&args),
        Command::Diff(args) => commands::diff::run(&args),
    }
}

/// The rule files named by `--rules`, or the bundled ones, not yet compiled.
fn rule_source(dir: Option<&Path>) -> Result<RuleSource, Failure> {
    match dir {
        Some(dir) => RuleSource::from_dir(dir).map_err(|e| Failure { code: exit::RULES, message: e.to_string() }),
        None => Ok(RuleSource::bundled()),
    }
}

/// Loads the rules named by `--rules`, or the bundled ones.
pub fn load_rules(dir: Option<&Path>) -> Result<RuleSet, Failure> {
    RuleSet::load(rule_source(dir)?).map_err(|errors| Failure { code: exit::RULES, message: RuleErrors(errors).to_string() })
}

/// What a run over documents does.
#[derive(Clone, Copy)]
enum Task {
    Extract { kinds: [bool; 4] },
    Split,
}

/// The splitter alone, without compiling every rule as `load_engine` does.
fn load_splitter(dir: Option<&Path>) -> Result<Splitter, Failure> {
    Splitter::from_source(&rule_source(dir)?).map_err(|e| Failure { code: exit::RULES, message: RuleErrors(vec![e]).to_string() })
}

pub fn load_engine(dir: Option<&Path>) -> Result<Engine, Failure> {
    Engine::new(load_rules(dir)?).map_err(|errors| Failure { code: exit::RULES, message: RuleErrors(errors).to_string() })
}

fn run_job(args: &InputArgs, task: Task, reference_date: Option<CivilDate>) -> Result<i32, Failure> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .map_err(|e| Failure::usage(format!("cannot start {} threads: {e}", args.threads)))?;
    // The rules compile on the run's own threads, so `-j1` uses one core from the start.
    let (engine, splitter);
    let work = match task {
        Task::Extract { kinds } => {
            // Never dropped: freeing the compiled rules took 70 M instructions at exit, and
            // the process ends after the run (only `main` calls this).
            engine = std::mem::ManuallyDrop::new(pool.install(|| load_engine(args.rules.as_deref()))?);
            Work::Extract { engine: &engine, kinds }
        }
        Task::Split => {
            splitter = load_splitter(args.rules.as_deref())?;
            Work::Split(&splitter)
        }
    };
    let paths = if args.inputs.is_empty() { vec![PathBuf::from("corpus")] } else { args.inputs.clone() };
    let resolved = resolve_inputs(&paths).map_err(|e| Failure::usage(e.to_string()))?;
    let total_bytes = resolved.inputs.iter().map(|i| i.size()).sum::<Option<u64>>();
    let mut report = Report::new(args.quiet, total_bytes);
    report.ignored = resolved.ignored;
    let stream = DocumentStream::new(resolved.inputs, reference_date);
    let io_failure = |e: io::Error, what: &str| Failure::usage(format!("{what}: {e}"));

    match &args.output {
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
            let open = pipeline::run(work, &pool, stream, &mut out, &mut report)
                .map_err(|e| io_failure(e, "writing to stdout"))?;
            if open
                && let Err(e) = out.flush()
                && e.kind() != io::ErrorKind::BrokenPipe
            {
                return Err(io_failure(e, "writing to stdout"));
            }
        }
        Some(path) => {
            // A device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written in place: renaming
            // a temporary file over it would replace the device with a regular file.
            let in_place = fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
            let target = if in_place { path.clone() } else { temp_path(path) };
            let opened = if in_place { fs::OpenOptions::new().write(true).open(&target) } else { File::create(&target) };
            let file = opened.map_err(|e| io_failure(e, &format!("opening {}", target.display())))?;
            let mut out = BufWriter::with_capacity(1 << 16, file);
            let written = pipeline::run(work, &pool, stream, &mut out, &mut report)
                .and_then(|_| out.flush())
                .and_then(|_| if in_place { Ok(()) } else { fs::rename(&target, path) });
            if let Err(e) = written {
                if !in_place {
                    let _ = fs::remove_file(&target);
                }
                return Err(io_failure(e, &format!("writing {}", path.display())));
            }
        }
    }
    report.finish(matches!(task, Task::Extract { .. }));
    Ok(if report.rejected.is_empty() { exit::OK } else { exit::PARTIAL })
}

/// `out.jsonl` → `.out.jsonl.tmp-<pid>` beside it, so the rename stays on one file system.
fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}
