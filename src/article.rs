//! The record extracted from one news article: what extraction produces, the index stores and
//! every printer shows.

use serde::{Deserialize, Serialize};

use crate::date::Published;

/// Everything newsdex knows about one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The headline (first line of a text file, `<title>` of a page, ...).
    pub headline: String,
    /// The main text, without the headline.
    pub body: String,
    /// The publisher of the article, when the article names it.
    pub outlet: Option<String>,
    /// Bylines, as written.
    pub authors: Vec<String>,
    /// Publication date or time, when known (written in ISO 8601).
    pub published: Option<Published>,
    /// The people the article mentions, most-mentioned first.
    pub people: Vec<Person>,
    /// Direct quotes, in the order they appear in the body.
    pub quotes: Vec<Quote>,
    /// Capitalised names that the article's words show to be a film's, a band's, a firm's or
    /// another thing's ("the film Vera Drake", "Franz Ferdinand were"): no person of this
    /// article, and a vote against the name wherever else it is taken for a person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub things: Vec<String>,
}

/// A person mentioned in an article, under the fullest name the article gives.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Canonical full name ("Hillary Clinton").
    pub name: String,
    /// How many times the article mentions the person, in any form.
    pub mentions: u32,
    /// How many of the article's quotes are theirs.
    pub quotes: u32,
    /// The other forms the article used ("Clinton", "Hillary").
    pub forms: Vec<String>,
}

/// A direct quote and who said it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks; the parts of a quote split by its
    /// attribution are joined with a space.
    pub text: String,
    /// Who said it, as the article introduces them where it attributes the quote: the
    /// speaker's canonical name, followed by the description the attribution gives, if any
    /// ("Ben Ott, a labor economist at the Policy Institute", "Tammy Baldwin of Wisconsin");
    /// or the speaker as the article names them ("the campaign") when they are not a person
    /// of the article, an organisation by its name when its spokesman or its writing speaks
    /// ("a Sony spokesman", "the Treasury report": "Sony", "Treasury"); `None` when nobody can
    /// be attributed.
    pub speaker: Option<String>,
    /// The speaker's canonical name when the speaker is a person of the article (one of
    /// [`Article::people`]), whatever the attribution calls them.
    #[serde(default)]
    pub person: Option<String>,
    /// Offset, in characters, of the quote's first character in the body.
    pub start: usize,
    /// Offset, in characters, just past the quote's last character in the body.
    pub end: usize,
}

impl Article {
    /// The canonical names of the article's people.
    pub fn people_names(&self) -> impl Iterator<Item = &str> {
        self.people.iter().map(|p| p.name.as_str())
    }
}
