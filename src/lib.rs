//! newsdex: turn a folder of news articles into a searchable index of who said what, where.
//!
//! Data flows one way: `source` finds the files (and knows each one's identity), [`read`]
//! turns a file's bytes into what it holds about each article, [`extract`] makes an
//! [`Article`] of it (`load` is that stage, shared by [`ingest()`] and the `extract`
//! command), the index ([`Store`]) keeps articles, [`Search`] answers queries and `output`
//! prints them; `problem` types what goes wrong on the way and reports it. The command line is
//! [`Cli`] and [`run`]; `serve` is the search page and its JSON API over an index.
//!
//! The public API is what a program needs to do the same: [`ingest()`] files into a [`Store`]
//! (or [`Store::add_articles`] of its own), ask a [`Search`], [`read::parse`] files and
//! [`extract`] articles.

mod app;
mod article;
mod ascii;
mod cli;
mod date;
mod export;
pub mod extract;
mod extract_files;
mod fold;
mod index;
mod ingest;
mod load;
mod output;
mod problem;
pub mod read;
mod record;
mod search;
mod serve;
mod source;
mod spans;
mod stem;

pub use app::{run, Console, Outcome};
pub use article::{Article, Person, Quote};
pub use cli::Cli;
pub use date::Published;
pub use index::Store;
pub use ingest::{ingest, IngestOptions, Progress, Summary, COMMIT_EVERY};
pub use problem::{Failure, Fault, Problem, Reporter, Skip, Tally, Unread};
pub use search::{
    ArticleHit, Filters, NameCount, Origin, PersonHit, QuoteHit, Search, Shown, Sort,
};
pub use source::Selection;
pub use stem::{NewsTokenStream, NewsTokenizer};
