use clap::Parser;
use figures::cli::{self, Cli};

// Extraction allocates many short-lived strings and vectors per document; glibc malloc/free
// took about 17 % of all instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = Cli::parse();
    let code = match cli::run(cli) {
        Ok(code) => code,
        Err(failure) => {
            for line in failure.message.lines() {
                eprintln!("figures: error: {line}");
            }
            failure.code
        }
    };
    std::process::exit(code);
}
