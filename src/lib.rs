//! newsdex: turn a folder of news articles into a searchable index of who said what, where.
//!
//! Data flows one way: [`read`] turns files of any format into articles (with [`date`] for
//! their dates), [`extract`] turns a text into an
//! [`Article`], [`index`] and [`ingest`] store articles (with [`spans`] for where their quotes
//! are), [`search`] answers queries (with [`quote_query`] inside quotes) and [`output`] prints
//! them. [`cli`] and [`app`] are the command line.

pub mod app;
pub mod article;
pub(crate) mod ascii;
pub mod cli;
pub mod date;
pub mod extract;
pub(crate) mod fold;
pub mod index;
pub mod ingest;
pub mod output;
pub mod quote_query;
pub mod read;
pub mod search;
pub mod spans;
pub mod stem;

pub use article::{Article, Person, Quote};
