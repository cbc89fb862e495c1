//! An article as a document of the index: its text fields, its quotes as spans of body
//! positions ([`crate::spans`]) and their speakers as hashed words, its people and outlet as
//! facets, and what is stored to show it again ([`StoredMeta`]).

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use tantivy::schema::{Facet, Value};
use tantivy::TantivyDocument;

use super::{IndexFields, Store};
use crate::article::{Article, Person, Quote};
use crate::source::FileStamp;

/// What an article document stores besides its text fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct StoredMeta {
    pub people: Vec<Person>,
    pub quotes: Vec<Quote>,
    pub authors: Vec<String>,
    /// The names the article shows to be things' ([`Article::things`]), for export.
    pub things: Vec<String>,
}

/// [`StoredMeta`] as it is written: borrowed from the article (no copy).
#[derive(Serialize)]
struct StoredMetaRef<'a> {
    people: &'a [Person],
    quotes: Vec<StoredQuote<&'a str>>,
    authors: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    things: &'a [String],
}

/// A quote as stored: without its text when the text is the body's own stretch from `start` to
/// `end`, as most are (the body is stored anyway).
#[derive(Serialize, Deserialize)]
struct StoredQuote<S> {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    text: Option<S>,
    speaker: Option<S>,
    person: Option<S>,
    start: usize,
    end: usize,
}

/// What the stored meta holds, as written.
#[derive(Deserialize)]
struct StoredMetaOwned {
    people: Vec<Person>,
    quotes: Vec<StoredQuote<String>>,
    authors: Vec<String>,
    #[serde(default)]
    things: Vec<String>,
}

impl StoredMeta {
    /// The meta stored on an article's document (empty when there is none), quote texts
    /// restored from the stored body.
    pub(crate) fn of(doc: &TantivyDocument, f: &IndexFields) -> StoredMeta {
        let text = |field| doc.get_first(field).and_then(|v| v.as_str());
        let Some(meta) = text(f.meta).and_then(|m| serde_json::from_str::<StoredMetaOwned>(m).ok())
        else {
            return StoredMeta::default();
        };
        let body = text(f.body).unwrap_or_default();
        // The texts that are the body's own stretches, the body read once for all.
        let verbatim: Vec<(usize, usize)> = (meta.quotes.iter())
            .filter(|q| q.text.is_none())
            .map(|q| (q.start, q.end))
            .collect();
        let mut stretches = crate::spans::stretches(body, &verbatim).into_iter();
        StoredMeta {
            people: meta.people,
            quotes: meta
                .quotes
                .into_iter()
                .map(|q| Quote {
                    text: q.text.unwrap_or_else(|| {
                        let stretch = stretches.next().flatten();
                        stretch.unwrap_or_default().to_string()
                    }),
                    speaker: q.speaker,
                    person: q.person,
                    start: q.start,
                    end: q.end,
                })
                .collect(),
            authors: meta.authors,
            things: meta.things,
        }
    }
}

impl Store {
    /// The tantivy document of one article. `id` is the article's identity, `file` the key of
    /// its file (whose stamp is `stamp`, and for which `given` was the outlet given), `url` its
    /// web address.
    pub(crate) fn document(
        &self,
        id: &str,
        file: &str,
        url: Option<&str>,
        article: &Article,
        stamp: FileStamp,
        given: Option<&str>,
    ) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, id);
        doc.add_text(f.file, file);
        doc.add_text(f.headline, &article.headline);
        if let Some(u) = url {
            doc.add_text(f.url, u);
        }
        if let Some(o) = &article.outlet {
            doc.add_text(f.outlet, o);
            doc.add_facet(f.outlet_facet, Facet::from_path([o.as_str()]));
        }
        for a in &article.authors {
            doc.add_text(f.author, a);
        }
        if let Some(p) = &article.published {
            doc.add_date(f.published, super::index_time(p.timestamp()));
            doc.add_text(f.published_text, p.to_string());
        }
        doc.add_text(f.body, &article.body);
        let verbatim = add_quotes(&mut doc, f, article);
        for p in &article.people {
            for _ in 0..p.mentions.max(1) {
                doc.add_text(f.person, &p.name);
            }
            for form in &p.forms {
                doc.add_text(f.person, form);
            }
            doc.add_facet(f.people_facet, Facet::from_path([p.name.as_str()]));
        }
        for t in &article.things {
            doc.add_facet(f.things_facet, Facet::from_path([t.as_str()]));
        }
        doc.add_text(f.meta, stored_meta(article, &verbatim));
        doc.add_u64(f.size, stamp.size);
        doc.add_u64(f.mtime, stamp.mtime);
        doc.add_u64(f.hash, stamp.hash);
        if let Some(outlet) = given {
            doc.add_text(f.given_outlet, outlet);
        }
        if let Some(h) = body_hash(&article.body) {
            doc.add_u64(f.body_hash, h);
        }
        doc
    }
}

/// A hash of the words of a body, lower-cased, without the spaces and punctuation between
/// them: two copies of a story (in another format, or with its lines broken elsewhere) share
/// it. `None` for a body without a word.
pub(crate) fn body_hash(body: &str) -> Option<u64> {
    thread_local! {
        /// The words of the last body hashed (a buffer kept for the next).
        static WORDS: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    WORDS.with_borrow_mut(|out| {
        let words = body_words(body, out);
        (!words.is_empty()).then(|| xxhash_rust::xxh3::xxh3_64(words))
    })
}

/// The words of `body` as [`body_hash`] hashes them: lower-cased, joined by one space, written
/// to `out` (its room reused). ASCII, the bulk of a body, is read eight bytes at a time: up to
/// the first separator that follows another (or starts the text), the eight bytes are written
/// as they come, letters lowered and separators as spaces, in one store (the bytes stored past
/// them are overwritten by what follows); the separators after the first are stepped over.
fn body_words<'o>(body: &str, out: &'o mut Vec<u8>) -> &'o [u8] {
    use crate::ascii::{alphanumeric_bits, eight_at, lowered, HIGH_BITS};
    const SPACES: u64 = u64::from_le_bytes([SEPARATOR; 8]);
    let bytes = body.as_bytes();
    // Room for the rest of the body at every step, and eight bytes more for a store: its
    // words take no more bytes than it does, but for the lower case of some characters, which
    // grows the room as it comes.
    out.clear();
    out.resize(bytes.len() + 8, 0);
    let (mut i, mut len) = (0, 0);
    // Whether the last character was a word's (a space is owed before the next word).
    let mut in_word = false;
    while i < bytes.len() {
        let x = eight_at(bytes, i);
        let alnum = alphanumeric_bits(x);
        let separators = !alnum & !x & HIGH_BITS;
        let repeated = separators & (separators << 8 | u64::from(!in_word) << 7);
        // (None past the end of the text.)
        let run = ((repeated | x & HIGH_BITS).trailing_zeros() / 8) as usize;
        let run = run.min(bytes.len() - i);
        if run > 0 {
            let letters = (alnum >> 7) * 0xFF;
            let written = lowered(x) & letters | SPACES & !letters;
            out[len..len + 8].copy_from_slice(&written.to_le_bytes());
            len += run;
            i += run;
            in_word = alnum >> (8 * run - 1) & 1 != 0;
            continue;
        }
        if bytes[i].is_ascii() {
            // A separator after a separator, and those after it: nothing to write.
            i += ((alnum | x & HIGH_BITS).trailing_zeros() / 8) as usize;
            continue;
        }
        // A character that is not ASCII.
        let c = body[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        let mut put = |b: u8| {
            if len + 8 + bytes.len() - i >= out.len() {
                out.resize(len + 8 + bytes.len() - i + 8, 0);
            }
            out[len] = b;
            len += 1;
        };
        if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                for &b in lower.encode_utf8(&mut [0; 4]).as_bytes() {
                    put(b);
                }
            }
            in_word = true;
        } else if in_word {
            // A separator as the ASCII ones are: a space after a word.
            put(SEPARATOR);
            in_word = false;
        }
    }
    // (A space after the last word.)
    if len > 0 && out[len - 1] == SEPARATOR {
        len -= 1;
    }
    &out[..len]
}

/// The byte [`body_words`] puts between two words.
const SEPARATOR: u8 = b' ';

/// Add the article's quotes to its document: their spans of body positions, their speakers (as
/// words, and as hashed words per quote), the people they quote (as facets) and their number.
/// Whether each quote's text is the body's own stretch.
fn add_quotes(doc: &mut TantivyDocument, f: &IndexFields, article: &Article) -> Vec<bool> {
    let found = crate::spans::quote_spans(&article.body, &article.quotes);
    for span in &found.spans {
        doc.add_u64(f.spans, span.pack());
    }
    for s in article.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
        doc.add_text(f.speaker, s);
    }
    // The people quoted, in the order of their names, and each quote's place among them.
    let mut quoted: Vec<&str> = article
        .quotes
        .iter()
        .filter_map(|q| q.person.as_deref())
        .collect();
    quoted.sort_unstable();
    quoted.dedup();
    for p in &quoted {
        doc.add_facet(f.speakers_facet, Facet::from_path([p]));
    }
    for q in &article.quotes {
        let place = q
            .person
            .as_deref()
            .and_then(|p| quoted.binary_search(&p).ok());
        doc.add_u64(f.quote_speaker, place.map_or(0, |i| i as u64 + 1));
    }
    // (The quotes quote search can find: those with a span.)
    let mut spanned: Vec<usize> = found.spans.iter().map(|s| s.quote).collect();
    spanned.dedup();
    doc.add_u64(f.quote_count, spanned.len() as u64);
    for key in crate::spans::speaker_keys(&article.quotes) {
        doc.add_u64(f.speaker_words, key);
    }
    found.verbatim
}

/// The [`StoredMeta`] of an article, as JSON; `verbatim` tells the quotes whose text need not
/// be stored (it is the body's).
fn stored_meta(article: &Article, verbatim: &[bool]) -> String {
    let meta = StoredMetaRef {
        people: &article.people,
        quotes: article
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| StoredQuote {
                text: (!verbatim.get(i).copied().unwrap_or(false)).then_some(q.text.as_str()),
                speaker: q.speaker.as_deref(),
                person: q.person.as_deref(),
                start: q.start,
                end: q.end,
            })
            .collect(),
        authors: &article.authors,
        things: &article.things,
    };
    serde_json::to_string(&meta).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Copies of a story share a body hash whatever their spacing, case and punctuation; other
    /// stories do not.
    #[test]
    fn copies_share_a_body_hash() {
        let story = "“Fares rise,” she said.\n\nThe ferry sails at ten.";
        let cases = [
            ("“Fares rise,” she said. The ferry sails at ten.", true),
            (
                "\"FARES RISE\" -- she said;\r\n the ferry  sails at ten!",
                true,
            ),
            ("Fares rise, she said. The ferry sails at eleven.", false),
            ("Fares rise she said The ferry sails at", false),
            ("Faresrise she said the ferry sails at ten", false),
        ];
        for (copy, same) in cases {
            assert_eq!(body_hash(copy) == body_hash(story), same, "{copy:?}");
        }
        assert_eq!(body_hash(" -- "), None);
        assert_eq!(body_hash(""), None);
        let long = "Ärger über Fähren. ".repeat(500);
        assert_eq!(body_hash(&long), body_hash(&long.to_uppercase()));
    }

    /// The words of `body` lower-cased and joined by one space: what [`body_hash`] hashes.
    /// (Each character is lower-cased alone: a final capital sigma is "σ", not the "ς"
    /// `str::to_lowercase` writes after a cased letter.)
    fn words(body: &str) -> String {
        body.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().flat_map(char::to_lowercase).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }

    proptest::proptest! {
        /// Any text, of any script and length, hashes as its words.
        #[test]
        fn any_body_hashes_as_its_words(body in "(\\PC|[ .,A-Za-z0-9ßİΣ]){0,700}") {
            let want = xxhash_rust::xxh3::xxh3_64(words(&body).as_bytes());
            let got = body_hash(&body);
            proptest::prop_assert_eq!(got, (!words(&body).is_empty()).then_some(want), "{:?}", body);
        }

        /// Mostly ASCII text (read eight bytes at a time), its separators single and repeated.
        #[test]
        fn ascii_body_hashes_as_its_words(body in "[ .,;A-Za-z0-9é“\n-]{0,300}") {
            let want = xxhash_rust::xxh3::xxh3_64(words(&body).as_bytes());
            let got = body_hash(&body);
            proptest::prop_assert_eq!(got, (!words(&body).is_empty()).then_some(want), "{:?}", body);
        }
    }

    /// The hash is that of the body's words, lower-cased and joined by one space, whatever
    /// their script (the hashes of an index built before stay valid).
    #[test]
    fn a_body_hash_is_the_hash_of_its_words() {
        for body in [
            "“Fares rise,” she said.",
            "İstanbul ÉTÉ straße ΣΟΦΊΑ 2024-03-05",
            "ºΣ[",
            "Ärger über Fähren, 10 Uhr. ",
            &"A long story, told twice; ".repeat(40),
        ] {
            let want = xxhash_rust::xxh3::xxh3_64(words(body).as_bytes());
            assert_eq!(body_hash(body), Some(want), "{body:?}");
        }
    }

    /// What is stored of an article gives back its people, quotes and authors; a quote whose text
    /// is the body's own stretch is stored without it.
    #[test]
    fn stored_meta_gives_the_article_back() {
        let body = "“Fares rise,” she said. “We wait,” he added, “and see.”";
        let at = |s: &str| body[..body.find(s).expect("in body")].chars().count();
        let quote = |text: &str, from: &str, to: &str, speaker: &str| Quote {
            text: text.into(),
            speaker: Some(speaker.into()),
            person: None,
            start: at(from),
            end: at(to) + to.chars().count(),
        };
        let article = Article {
            body: body.into(),
            authors: vec!["Ann Lee".into()],
            people: vec![Person {
                name: "Bo Kim".into(),
                mentions: 1,
                quotes: 0,
                forms: Vec::new(),
            }],
            quotes: vec![
                quote("Fares rise,", "Fares", "rise,", "she"),
                quote("We wait, and see.", "We wait", "see.", "he"),
            ],
            things: vec!["Vera Drake".into()],
            ..Article::default()
        };
        let dir = tempfile::TempDir::new().expect("temp dir");
        let store = Store::open_or_create(dir.path()).expect("index");
        let f = store.fields;
        let doc = store.document("/a", "/a", None, &article, FileStamp::default(), None);
        let stored = doc.get_first(f.meta).and_then(|v| v.as_str()).unwrap_or("");
        assert!(!stored.contains("Fares rise"), "{stored}");
        assert!(stored.contains("We wait, and see."), "{stored}");
        let meta = StoredMeta::of(&doc, &f);
        assert_eq!(
            (meta.people, meta.quotes, meta.authors, meta.things),
            (
                article.people,
                article.quotes,
                article.authors,
                article.things
            )
        );
    }
}
