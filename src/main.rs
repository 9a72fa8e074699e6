use clap::Parser;
use figures::cli::{self, Cli};

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
