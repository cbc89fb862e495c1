//! The `newsdex` binary: parse the command line, run it, turn the outcome into an exit status
//! (0 results, 1 nothing found, 2 error).

use std::process::ExitCode;

use clap::Parser;
use newsdex::{run, Cli, Console, Outcome};

/// mimalloc: ingest allocates and frees many small strings on several threads at once, where
/// it spends less time than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc v3's `mimalloc.h` (the crate exports no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed memory stays with an ingest before it goes back to the system, in
/// milliseconds; -1: until the process ends (mimalloc's default is 1,000). While ingesting, the
/// extraction threads allocate each batch's documents and the index writer's threads free them;
/// memory given back came back as fresh pages the kernel had to zero. Keeping it took a
/// 44,500-article ingest's median from 3.15 to 3.08 s and removed its slow runs (3.44 and 3.62 s,
/// with 0.9 and 1.3 s of system time, against 3.07 to 3.23 s), for a peak heap at 445,000 articles
/// of 520 MB against 508 MB (a 5 s delay had made that ingest 6% faster than 1 s). Other
/// commands keep mimalloc's default: a server kept every page it ever freed, on each of its
/// threads, and grew by some 20 MB every 10,000 requests (about 100 MB and flat with the
/// default).
const PURGE_DELAY_MS: std::ffi::c_long = -1;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.ingests() {
        // The default only: `MIMALLOC_PURGE_DELAY` in the environment still wins.
        // SAFETY: mi_option_set_default stores a number in mimalloc's table of options: it
        // takes no pointer, and it runs before this program starts any thread of its own.
        unsafe { libmimalloc_sys::mi_option_set_default(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
    // Styles are taken out of text when stdout is no terminal; JSON has none, and scanning it
    // for them cost a third of `extract --json`'s time.
    let mut out = if cli.prints_json() {
        anstream::AutoStream::always_ansi(std::io::stdout()).lock()
    } else {
        anstream::stdout().lock()
    };
    let mut err = anstream::stderr();
    match run(cli, Console::detect(), &mut out, &mut err) {
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
