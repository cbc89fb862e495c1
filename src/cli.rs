//! The command line: every command, flag and help text (the doc comments are the help).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::search::{Filters, Sort};

/// Index a folder of news articles: who said what, where.
///
/// newsdex extracts each article's headline, body, people, quotes with their speakers and
/// outlet, writes them to a search index, and answers ranked searches over them.
#[derive(Debug, Parser)]
#[command(
    name = "newsdex",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Index folder [default: $NEWSDEX_INDEX, else ~/.local/share/newsdex/index]
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = "NEWSDEX_INDEX",
        hide_env = true
    )]
    pub index: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

/// Output flags shared by the commands that print results.
#[derive(Debug, Clone, Args)]
pub struct Output {
    /// Print one JSON object per line (shapes in the README)
    #[arg(long)]
    pub json: bool,

    /// Print at most N results
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10)]
    pub limit: usize,
}

/// Filters shared by `query` and `quotes`; they combine with any query.
#[derive(Debug, Clone, Args)]
pub struct Filter {
    /// Only articles published on or after this day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub since: Option<chrono::NaiveDate>,

    /// Only articles published on or before this day
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub until: Option<chrono::NaiveDate>,

    /// Only articles of this outlet (any form of its name)
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,

    /// Only articles that mention this person (any form of the name)
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,

    /// Order of the results
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    pub sort: Sort,
}

impl Filter {
    /// The search filters these flags ask for.
    pub fn filters(&self) -> Filters {
        Filters {
            since: self.since,
            until: self.until,
            outlet: self.outlet.clone(),
            person: self.person.clone(),
            sort: self.sort,
        }
    }
}

fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    crate::date::parse_day(s)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index the articles in files and folders (recursively); re-running skips unchanged files
    Ingest {
        /// Files and folders of articles
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,

        /// Publisher to record for articles that do not name their own
        #[arg(long, value_name = "NAME")]
        outlet: Option<String>,

        /// Start the index from scratch
        #[arg(long)]
        rebuild: bool,

        /// Remove the articles of files that are gone from the given folders
        #[arg(long)]
        prune: bool,

        /// Extraction threads [default: all cores]
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<usize>,

        /// Skip files larger than this many bytes, as failures
        #[arg(long, value_name = "BYTES", default_value_t = 20_000_000)]
        max_file_size: u64,

        /// Commit the index after every N articles (and at least every minute)
        #[arg(long, value_name = "N", default_value_t = crate::ingest::COMMIT_EVERY)]
        commit_every: usize,

        /// Print the summary as one JSON object
        #[arg(long)]
        json: bool,
    },

    /// Ranked search over headlines, bodies, quotes, people and outlets
    ///
    /// Words must all match unless joined by OR. Fields: headline:, body:, quote:, speaker:,
    /// person:, outlet:, author:, url:. Phrases in double quotes, AND / OR / NOT, -word, '*'
    /// for all. quote: words are asked of one quote: 'quote:(tax cuts)' is a quote with both.
    Query {
        /// The query, e.g. 'climate AND speaker:clinton' or '"prime minister"'
        #[arg(value_name = "QUERY", allow_hyphen_values = true)]
        query: String,

        #[command(flatten)]
        filter: Filter,

        #[command(flatten)]
        output: Output,
    },

    /// Search quotes: each hit is one quote with its speaker and article
    Quotes {
        /// Words to find in the quotes ('*' or nothing with --speaker: all of their quotes)
        #[arg(value_name = "KEYWORDS", default_value = "*")]
        keywords: Vec<String>,

        /// Only quotes of this speaker (any form of the name)
        #[arg(long, short = 's', value_name = "NAME")]
        speaker: Option<String>,

        #[command(flatten)]
        filter: Filter,

        #[command(flatten)]
        output: Output,
    },

    /// List the articles that mention a person, the most-mentioning first
    Person {
        /// The person's name, in any form the articles use ("Clinton", "Hillary Clinton")
        #[arg(value_name = "NAME", required = true)]
        name: Vec<String>,

        #[command(flatten)]
        output: Output,
    },

    /// The most-mentioned people, with their numbers of articles
    People {
        #[command(flatten)]
        output: Output,
    },

    /// The outlets of the indexed articles, with their numbers of articles
    Outlets {
        #[command(flatten)]
        output: Output,
    },

    /// Everything extracted from one indexed article file (or one record of it: FILE#N)
    Show {
        /// Path of the article file, as ingested, or FILE#N for its Nth record
        #[arg(value_name = "PATH")]
        path: PathBuf,

        /// Print one JSON object per article
        #[arg(long)]
        json: bool,
    },

    /// Run extraction on files without touching any index
    Extract {
        /// Article files, or folders of them (their article files are read, in name order)
        #[arg(required = true, value_name = "PATH")]
        files: Vec<PathBuf>,

        /// Skip files larger than this many bytes, as failures
        #[arg(long, value_name = "BYTES", default_value_t = 20_000_000)]
        max_file_size: u64,

        /// Print one JSON object per article
        #[arg(long)]
        json: bool,
    },

    /// Print a shell completion script
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}
