use clap::Parser;
use figures::cli::{self, Cli};

// Extraction allocates many short-lived strings and vectors per document; glibc malloc/free
// took about 17 % of all instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's `mi_option_set`; 15 is `mi_option_purge_delay` in both the v2 and v3 headers
// libmimalloc-sys 0.1.49 bundles (its `extended` feature exports neither that constant nor,
// without the feature, the function).
unsafe extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

fn main() {
    // Freed pages are kept, not returned to the OS: rule loading frees and then reuses
    // hundreds of MB, and each purge made the kernel fault and clear the pages again
    // (7 % of a 10 MB run's samples). The environment variable still wins.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets a global option, with a value the option documents (-1: never purge).
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    }
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
