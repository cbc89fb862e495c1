//! The `newsdex` binary: parse the command line, run it, turn the outcome into an exit status
//! (0 results, 1 nothing found, 2 error).

use std::process::ExitCode;

use clap::Parser;
use newsdex::app::{run, Outcome};
use newsdex::cli::Cli;

/// mimalloc: ingest allocates and frees many small strings on several threads at once, where
/// it spends less time than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = anstream::stdout().lock();
    let mut err = anstream::stderr();
    match run(cli, &mut out, &mut err) {
        Ok(Outcome::Found) => ExitCode::SUCCESS,
        Ok(Outcome::Nothing) => ExitCode::from(1),
        Ok(Outcome::Partial) => ExitCode::from(2),
        Ok(Outcome::Interrupted) => ExitCode::from(130),
        Err(e) => {
            // A closed pipe (`newsdex query x | head`) is not an error.
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            let _ = std::io::Write::flush(&mut out);
            eprintln!("newsdex: {e:#}");
            ExitCode::from(2)
        }
    }
}
