//! The command line: every command, flag and help text (the doc comments are the help), and
//! the checked [`Config`] each command runs with. Only this module knows clap.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::ingest::IngestOptions;
use crate::output::Mode;
use crate::search::{Filters, Sort};
use crate::source::Selection;

/// Index a folder of news articles: who said what, where.
///
/// newsdex extracts each article's headline, body, people, quotes with their speakers and
/// outlet, writes them to a search index, and answers ranked searches over them.
#[derive(Debug, Parser)]
#[command(
    name = "newsdex",
    bin_name = "newsdex",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Index folder [default: $NEWSDEX_INDEX, else ~/.local/share/newsdex/index]
    #[arg(long, value_name = "DIR", env = "NEWSDEX_INDEX", hide_env = true)]
    pub index: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

/// The index folder, for the commands that use one (given before the command or after it).
#[derive(Debug, Clone, Args)]
struct IndexDir {
    /// Index folder [default: $NEWSDEX_INDEX, else ~/.local/share/newsdex/index]
    #[arg(long = "index", value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// Output flags shared by the commands that print results.
#[derive(Debug, Clone, Args)]
struct Output {
    /// Print one JSON object per line (shapes in the README)
    #[arg(long)]
    json: bool,

    /// Print at most N results
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10)]
    limit: usize,
}

/// Filters shared by `query`, `quotes`, `person` and `people`; they combine with any query.
#[derive(Debug, Clone, Args)]
struct Filter {
    /// Only articles published on or after this day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    since: Option<chrono::NaiveDate>,

    /// Only articles published on or before this day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    until: Option<chrono::NaiveDate>,

    /// Only articles of this outlet (any form of its name)
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,

    /// Only articles that mention this person (any form of the name)
    #[arg(long, value_name = "NAME")]
    person: Option<String>,
}

/// How the hits of `query`, `quotes` and `person` are listed.
#[derive(Debug, Clone, Args)]
struct Listing {
    /// Order of the results
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    sort: SortArg,

    /// Show every copy of a story (articles with the same body), not one with their number
    #[arg(long)]
    copies: bool,
}

/// How hits are ordered ([`Sort`] as a flag's value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SortArg {
    /// Best match first.
    Relevance,
    /// Newest first; articles without a date last.
    Date,
}

fn parse_glob(s: &str) -> Result<String, String> {
    match Selection::glob_error(s) {
        Some(e) => Err(e),
        None => Ok(s.to_string()),
    }
}

fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    crate::date::parse_day(s)
}

/// Which files of the folders given are read, and how large they may be.
#[derive(Debug, Clone, Args)]
struct Reading {
    /// Skip files larger than this many bytes, as failures
    #[arg(long, value_name = "BYTES", default_value_t = 20_000_000)]
    max_file_size: u64,

    /// Leave out files and folders whose name or path matches GLOB (repeatable), e.g.
    /// --exclude README.TXT --exclude 'drafts/'
    #[arg(long, short = 'E', value_name = "GLOB", value_parser = parse_glob)]
    exclude: Vec<String>,

    /// Read the files that .ignore, .gitignore and .git/info/exclude files leave out
    #[arg(long)]
    no_ignore: bool,

    /// Read hidden files and folders (names that start with a dot) too
    #[arg(long, short = 'H')]
    hidden: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Index the articles in files and folders (recursively); re-running skips unchanged files
    Ingest {
        /// Files and folders of articles
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,

        /// Publisher to record for articles that do not name their own (files indexed with
        /// another are indexed again)
        #[arg(long, value_name = "NAME")]
        outlet: Option<String>,

        /// Start the index from scratch
        #[arg(long)]
        rebuild: bool,

        /// Remove the articles of files that are gone from the given folders, or that they
        /// no longer read (--exclude, .ignore)
        #[arg(long)]
        prune: bool,

        /// Extraction threads [default: all cores]
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<usize>,

        #[command(flatten)]
        reading: Reading,

        /// Commit the index after every N articles (and at least every minute)
        #[arg(long, value_name = "N", default_value_t = crate::ingest::COMMIT_EVERY)]
        commit_every: usize,

        /// Print the summary as one JSON object
        #[arg(long)]
        json: bool,

        #[command(flatten)]
        index: IndexDir,
    },

    /// Ranked search over headlines, bodies, quotes, people and outlets
    ///
    /// Words must all match unless joined by OR. Fields: headline:, body:, quote:, speaker:,
    /// person:, outlet:, author:, url:. Phrases in double quotes, AND / OR / NOT, -word, word*
    /// for words that start with it, '*' for all. quote: words are asked of one quote:
    /// 'quote:(tax cuts)' is a quote with both.
    Query {
        /// The query, e.g. 'climate AND speaker:clinton' or '"prime minister"'
        #[arg(value_name = "QUERY", allow_hyphen_values = true)]
        query: String,

        #[command(flatten)]
        filter: Filter,

        #[command(flatten)]
        listing: Listing,

        #[command(flatten)]
        output: Output,

        #[command(flatten)]
        index: IndexDir,
    },

    /// Search quotes: each hit is one quote with its speaker and article
    Quotes {
        /// Words to find in the quotes ('*' or nothing with --speaker: all of their quotes,
        /// the longest first)
        #[arg(value_name = "KEYWORDS", default_value = "*")]
        keywords: Vec<String>,

        /// Only quotes of this speaker (any form of the name)
        #[arg(long, short = 's', value_name = "NAME")]
        speaker: Option<String>,

        /// Only quotes of at least N words
        #[arg(long, value_name = "N", default_value_t = 0)]
        min_words: u32,

        #[command(flatten)]
        filter: Filter,

        #[command(flatten)]
        listing: Listing,

        #[command(flatten)]
        output: Output,

        #[command(flatten)]
        index: IndexDir,
    },

    /// List the articles that mention a person, the most-mentioning first
    Person {
        /// The person's name, in any form the articles use ("Clinton", "Hillary Clinton")
        #[arg(value_name = "NAME", required = true)]
        name: Vec<String>,

        #[command(flatten)]
        filter: Filter,

        #[command(flatten)]
        listing: Listing,

        #[command(flatten)]
        output: Output,

        #[command(flatten)]
        index: IndexDir,
    },

    /// The most-mentioned people, with their numbers of articles (of those matching a query)
    People {
        /// Only the articles that match this query (as `query` reads it), e.g. 'ferry' or
        /// 'quote:tax': the people of its results
        #[arg(value_name = "QUERY", default_value = "*", allow_hyphen_values = true)]
        query: String,

        #[command(flatten)]
        filter: Filter,

        #[command(flatten)]
        output: Output,

        #[command(flatten)]
        index: IndexDir,
    },

    /// The outlets of the indexed articles, with their numbers of articles
    Outlets {
        #[command(flatten)]
        output: Output,

        #[command(flatten)]
        index: IndexDir,
    },

    /// Everything extracted from one indexed article file (or one record of it: FILE#N)
    Show {
        /// Path of the article file, as ingested, or FILE#N for its Nth record
        #[arg(value_name = "PATH")]
        path: PathBuf,

        /// Print one JSON object per article
        #[arg(long)]
        json: bool,

        #[command(flatten)]
        index: IndexDir,
    },

    /// Write the whole index out as newsdex records (JSON Lines), which `ingest` reads back
    ///
    /// One article record per article (or, with --quotes, one quote record per quote), in the
    /// index's order, in constant memory; the format is src/record.schema.json.
    Export {
        /// Quote records instead of article records
        #[arg(long)]
        quotes: bool,

        #[command(flatten)]
        index: IndexDir,
    },

    /// Run extraction on files without touching any index
    Extract {
        /// Article files, or folders of them (their article files are read, in name order)
        #[arg(required = true, value_name = "PATH")]
        files: Vec<PathBuf>,

        #[command(flatten)]
        reading: Reading,

        /// Print one newsdex record per article (JSON Lines; the format is
        /// src/record.schema.json), which `ingest` reads back without extracting
        #[arg(long)]
        json: bool,

        /// With --json, also print a quote record for each quote, after its article's record
        #[arg(long, requires = "json")]
        quotes: bool,

        /// Extraction threads [default: all cores]; the output is the same whatever the number
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<usize>,
    },

    /// Serve a search page and a JSON API over the index, until Ctrl-C
    ///
    /// The page is at the printed address; the API is described at /api/openapi.json. Commits
    /// of an ingest into the same index show up within two seconds.
    Serve {
        /// Address to listen on (this machine only by default)
        #[arg(long, value_name = "IP:PORT", default_value = crate::serve::DEFAULT_ADDR)]
        addr: std::net::SocketAddr,

        /// Let pages of this origin call the API ('*' for any); may be repeated
        #[arg(long, value_name = "ORIGIN")]
        cors: Vec<String>,

        #[command(flatten)]
        index: IndexDir,
    },

    /// Print a shell completion script
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// What to print and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Print {
    pub mode: Mode,
    /// At most this many results.
    pub limit: usize,
}

/// A command to run, with everything it needs, checked.
#[derive(Debug, Clone)]
pub(crate) enum Task {
    Ingest {
        options: IngestOptions,
        mode: Mode,
    },
    Query {
        query: String,
        filters: Filters,
        print: Print,
    },
    Quotes {
        keywords: String,
        speaker: Option<String>,
        filters: Filters,
        print: Print,
    },
    Person {
        name: String,
        filters: Filters,
        print: Print,
    },
    People {
        query: String,
        filters: Filters,
        print: Print,
    },
    Outlets(Print),
    Show {
        /// The path as the user gave it.
        path: PathBuf,
        /// The identity of the article, or of the file of articles, it stands for.
        id: String,
        mode: Mode,
    },
    Export {
        /// Quote records instead of article records.
        quotes: bool,
    },
    Extract {
        paths: Vec<PathBuf>,
        max_file_size: u64,
        selection: Selection,
        /// Extraction threads (`None`: all cores).
        jobs: Option<usize>,
        mode: Mode,
        /// Quote records too (`--quotes`).
        quotes: bool,
    },
    Serve {
        addr: std::net::SocketAddr,
        /// Origins allowed to call the API.
        cors: Vec<String>,
    },
    Completions(clap_complete::Shell),
}

/// What a command line asks for.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// The index folder.
    pub index: PathBuf,
    pub task: Task,
}

fn mode(json: bool) -> Mode {
    if json {
        Mode::Json
    } else {
        Mode::Human
    }
}

impl From<Output> for Print {
    fn from(o: Output) -> Print {
        Print {
            mode: mode(o.json),
            limit: o.limit,
        }
    }
}

impl From<Filter> for Filters {
    fn from(f: Filter) -> Filters {
        Filters {
            since: f.since,
            until: f.until,
            outlet: f.outlet,
            person: f.person,
            ..Filters::default()
        }
    }
}

impl Filter {
    /// The filters, with the hits listed as `listing` asks.
    fn listed(self, listing: Listing) -> Filters {
        Filters {
            all_copies: listing.copies,
            sort: match listing.sort {
                SortArg::Relevance => Sort::Relevance,
                SortArg::Date => Sort::Date,
            },
            ..self.into()
        }
    }
}

impl From<Reading> for Selection {
    fn from(r: Reading) -> Selection {
        Selection {
            exclude: r.exclude,
            no_ignore: r.no_ignore,
            hidden: r.hidden,
        }
    }
}

impl Cli {
    /// Whether the command prints JSON (which holds no terminal styles: escape characters of
    /// the text are escaped in it), so that its output is written as it is, not scanned for
    /// styles to take out.
    pub fn prints_json(&self) -> bool {
        match &self.command {
            Command::Query { output, .. }
            | Command::Quotes { output, .. }
            | Command::Person { output, .. }
            | Command::People { output, .. }
            | Command::Outlets { output, .. } => output.json,
            Command::Ingest { json, .. }
            | Command::Show { json, .. }
            | Command::Extract { json, .. } => *json,
            Command::Export { .. } => true,
            Command::Serve { .. } | Command::Completions { .. } => false,
        }
    }

    /// What the command line asks for: the index folder (`--index` after the command, else
    /// before it, else `$NEWSDEX_INDEX`, else the default folder) and the command with its
    /// settings.
    pub(crate) fn config(self) -> Config {
        let (given, task) = self.command.task();
        let index = given
            .or(self.index)
            .unwrap_or_else(crate::index::default_dir);
        Config { index, task }
    }
}

impl Command {
    /// The task, and the index folder given after the command.
    fn task(self) -> (Option<PathBuf>, Task) {
        match self {
            Command::Ingest {
                paths,
                outlet,
                rebuild,
                prune,
                jobs,
                reading,
                commit_every,
                json,
                index,
            } => (
                index.dir,
                Task::Ingest {
                    options: IngestOptions {
                        paths,
                        outlet,
                        rebuild,
                        jobs,
                        max_file_size: reading.max_file_size,
                        selection: reading.into(),
                        commit_every,
                        prune,
                        stop: None,
                    },
                    mode: mode(json),
                },
            ),
            Command::Query {
                query,
                filter,
                listing,
                output,
                index,
            } => (
                index.dir,
                Task::Query {
                    query,
                    filters: filter.listed(listing),
                    print: output.into(),
                },
            ),
            Command::Quotes {
                keywords,
                speaker,
                min_words,
                filter,
                listing,
                output,
                index,
            } => (
                index.dir,
                Task::Quotes {
                    keywords: keywords.join(" "),
                    speaker,
                    filters: Filters {
                        min_words,
                        ..filter.listed(listing)
                    },
                    print: output.into(),
                },
            ),
            Command::Person {
                name,
                filter,
                listing,
                output,
                index,
            } => (
                index.dir,
                Task::Person {
                    name: name.join(" "),
                    filters: filter.listed(listing),
                    print: output.into(),
                },
            ),
            Command::People {
                query,
                filter,
                output,
                index,
            } => (
                index.dir,
                Task::People {
                    query,
                    filters: filter.into(),
                    print: output.into(),
                },
            ),
            Command::Outlets { output, index } => (index.dir, Task::Outlets(output.into())),
            Command::Show { path, json, index } => (
                index.dir,
                Task::Show {
                    id: crate::source::id_of_argument(&path),
                    path,
                    mode: mode(json),
                },
            ),
            Command::Export { quotes, index } => (index.dir, Task::Export { quotes }),
            Command::Extract {
                files,
                reading,
                json,
                quotes,
                jobs,
            } => (
                None,
                Task::Extract {
                    paths: files,
                    max_file_size: reading.max_file_size,
                    selection: reading.into(),
                    jobs,
                    mode: mode(json),
                    quotes,
                },
            ),
            Command::Serve { addr, cors, index } => (index.dir, Task::Serve { addr, cors }),
            Command::Completions { shell } => (None, Task::Completions(shell)),
        }
    }
}

/// Write the completion script of `shell` (made whole first: clap_complete panics when it
/// cannot write, as to a closed pipe).
pub(crate) fn completions(
    shell: clap_complete::Shell,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "newsdex", &mut script);
    out.write_all(&script)
}
