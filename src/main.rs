//! The `newsdex` binary: parse the command line, run it, turn the outcome into an exit status
//! (0 results, 1 nothing found, 2 error).

use std::process::ExitCode;

use clap::Parser;
use newsdex::{run, Cli, Console, Outcome};

/// mimalloc: ingest allocates and frees many small strings on several threads at once, where
/// it spends less time than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_allow_thp` in mimalloc v3's `mimalloc.h`: whether its memory may be made of
/// transparent huge pages (2 MB), which it is by default where the system allows them.
const MI_OPTION_ALLOW_THP: libmimalloc_sys::mi_option_t = 43;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Memory in small pages, not transparent huge pages (2 MB), for every command. A huge
    // page is zeroed whole when first touched and stays whole while any of it is used; ingest
    // touches and frees memory on every thread. Measured on 2 cores: BBC x20 (44,500 articles)
    // ingests in 6.2 s, not 6.6 s (median of 3), with a peak of 168 MB, not 234 MB, and 1.1 s
    // of system time, not 2.4 s; BBC x5 in 1.5 s, not 1.8 s; `extract` of BBC peaks at 21 MB,
    // not 42 MB, in the same time; a server under benches/serve.sh's load holds 89 to 97 MB,
    // not 171 to 210 MB. mimalloc read its options when the process started: the option is set
    // (no more huge pages asked for its new memory) and the process asks the system for none
    // (its memory so far included), as mimalloc itself does under MIMALLOC_ALLOW_THP=0.
    // SAFETY: mi_option_set stores a number in mimalloc's table of options, and prctl sets a
    // flag of this process; neither takes a pointer, and no thread of ours runs yet.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ALLOW_THP, 0) };
    #[cfg(target_os = "linux")]
    // SAFETY: as above.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0)
    };
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
