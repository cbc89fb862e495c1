//! Who said a quote. The attribution of a quote is found by the patterns of news writing, tried
//! in a fixed order ([`Attributor::attribute`]): [`cue`] finds the verb of saying or "according
//! to" that attributes the quote and where it stands, [`subject`] finds the verb's subject,
//! [`phrase`] reads the noun phrase that names the speaker, [`resolve`] turns a pronoun, a
//! family relation or "the mayor" into the person it refers to, and [`describe`] reads the
//! description an attribution gives its speaker.

mod alone;
mod cue;
mod describe;
mod phrase;
mod resolve;
mod subject;

use super::lexicon::{Flags, Gender, LEX};
use super::people::People;
use super::quotes::{is_title_or_scare, QuotedSpan};
use super::text::{Doc, Shape, Token};
use alone::Previous;
pub(crate) use phrase::without_place_or_owner;

/// Words of closeness that, before "to", continue a described person: "a person close to the
/// mayor" (the person, not the mayor).
const CLOSE_TO: [&str; 5] = ["close", "closest", "closer", "near", "loyal"];

/// The nouns of one who speaks for a body: "a spokesman for Acme", "an Acme spokeswoman".
const SPOKES: [&str; 3] = ["spokesman", "spokeswoman", "spokesperson"];

/// Prepositions that join a role to whom it is held for: "a spokesman for Delta Airlines",
/// "chief meteorologist for E.F. Hutton", "an analyst at Morgan Stanley".
const ROLE_PREPOSITIONS: [&str; 4] = ["for", "of", "at", "with"];

/// Pronouns other than "he" and "she" (lower case): a speaker written so stands for nobody the
/// article names ("They said", "and I quote").
const NAMELESS_PRONOUNS: [&str; 5] = ["i", "we", "you", "they", "it"];

/// Verbs that tell that someone spoke, not what they said ("Trump spoke only in evasive
/// bromides", "Richards also spoke about the case"): no verb of saying, which would credit the
/// terms of its sentence ("spoke of a “positive campaign”"), but who spoke last for a quote that
/// stands alone after them.
const SPOKE: [&str; 2] = ["spoke", "speaks"];

/// Auxiliaries: after a verb of saying they tell a clause of its own ("said the remarks may
/// have been"), and among an appositive's first words a clause rather than a description.
const AUXILIARIES: [&str; 17] = [
    "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "must",
    "has", "have", "had", "did", "does",
];

/// Who a quote is attributed to, before names are made canonical.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Speaker {
    /// A person of the article, and, when the attribution names them, the token just past
    /// that mention (where a description of them may follow: "Ben Ott, a lawyer, said").
    Person(usize, Option<usize>),
    /// Someone named as the article names them ("the campaign", "the White House").
    Named(String),
}

/// A quote of the article attributed: its span (an index into the spans), its speaker, and
/// whether it is part of a sentence rather than a sentence of its own.
pub(crate) struct Attributed {
    pub(crate) span: usize,
    pub(crate) speaker: Option<Speaker>,
    pub(crate) fragment: bool,
}

/// The attribution machinery for one article.
pub(crate) struct Attributor<'d, 'a> {
    doc: &'d Doc<'a>,
    people: &'d People,
    /// Speech events outside quotes: (verb token, who speaks).
    events: Vec<(usize, Speaker)>,
    /// Descriptions of people: (head noun, person, token), from titles ("Mayor Annika
    /// Solberg") and appositives ("Tomas Lindqvist, the harbour master,").
    descriptions: Vec<(&'d str, usize, usize)>,
    /// Whether each token is a speech verb outside quotes.
    verbs: Vec<bool>,
    /// Whether each person of the article is the subject of a verb of saying somewhere.
    speaks: Vec<bool>,
    /// The person the article is about, if it tells (see [`Attributor::main_person`]).
    main: Option<usize>,
    /// The person the article is about when the headline names them and no one else of the
    /// article ("Philippoussis doubt over Open bid"; not "Moyes U-turn on Beattie dismissal").
    sole_main: Option<usize>,
    /// The person a headline of the form "Name: “…”" quotes (see
    /// [`Attributor::quoted_in_headline`]).
    headline_speaker: Option<usize>,
    /// Whether a description given to no one is being resolved (see
    /// [`Attributor::described_person`]): its search back does not start another.
    resolving: std::cell::Cell<bool>,
    /// The subjects that [`Attributor::new`] found for the verbs it read, by the verb's token,
    /// in text order: the attribution of each quote asks again for the subjects of the verbs
    /// around it (see [`Attributor::subject_of`]). Only those found from speech events all
    /// known then (see `Attributor::peeked`).
    subjects: Vec<(usize, Option<Speaker>)>,
    /// While [`Attributor::new`] gathers the speech events: the verb whose subject is being
    /// found (the events before it are known, the others not yet); after, `usize::MAX`.
    frontier: std::cell::Cell<usize>,
    /// Whether the subject being found read the speech events at the frontier or past it
    /// (see [`Attributor::events_in`]): it may differ once they are known, and is not kept.
    peeked: std::cell::Cell<bool>,
}

impl<'d, 'a> Attributor<'d, 'a> {
    /// The attribution machinery for `doc`, whose people are `people` (and whose headline is
    /// `headline`): which tokens are verbs of saying, how the article describes its people,
    /// whom it is about, and who speaks at each verb.
    pub(crate) fn new(doc: &'d Doc<'a>, people: &'d People, headline: &str) -> Self {
        let mut me = Attributor {
            doc,
            people,
            events: Vec::new(),
            descriptions: Vec::new(),
            verbs: Vec::new(),
            speaks: vec![false; people.entities.len()],
            main: None,
            sole_main: None,
            headline_speaker: None,
            resolving: std::cell::Cell::new(false),
            subjects: Vec::new(),
            frontier: std::cell::Cell::new(usize::MAX),
            peeked: std::cell::Cell::new(false),
        };
        // (Only a word on the list or the first of a two-word verb can be one: the flags settle
        // most tokens without a call.) The same pass notes where a speech event may be: at a
        // verb of saying, or at "spoke" or "speaks" outside quotes (see `SPOKE`).
        let mut verbs = vec![false; doc.tokens.len()];
        let mut may_speak = Vec::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.lex.any(Flags::SPEECH_VERB | Flags::TWO_WORD_VERB) && me.speech_verb_at(i) {
                verbs[i] = true;
                may_speak.push(i);
            } else if me.spoke_at(i, t) {
                may_speak.push(i);
            }
        }
        me.verbs = verbs;
        me.descriptions = me.find_descriptions();
        let in_headline = me.named_in_headline(headline);
        me.main = me.main_person(&in_headline);
        me.sole_main = match in_headline[..] {
            [e] => Some(e),
            _ => None,
        };
        me.headline_speaker = me.quoted_in_headline(headline);
        // (room for an event and a subject at every verb at once)
        me.events.reserve(may_speak.len());
        me.subjects.reserve(may_speak.len());
        // (a verb of saying is never in a quote: `speech_verb_at` tells only words outside)
        for i in may_speak {
            // (a person who spoke, speaks: who speaks last for the quotes that stand alone
            // after, though the verb attributes none itself)
            me.frontier.set(i);
            me.peeked.set(false);
            let subject = me.subject_of(i);
            if !me.peeked.get() {
                me.subjects.push((i, subject.clone()));
            }
            if !me.is_verb(i) && !matches!(subject, Some(Speaker::Person(..))) {
                continue;
            }
            if let Some(sp) = subject {
                if let Speaker::Person(e, _) = sp {
                    me.speaks[e] = true;
                }
                me.events.push((i, sp));
            }
        }
        me.frontier.set(usize::MAX);
        me
    }

    /// Whether token `i` (`t`) is "spoke" or "speaks" outside quotes (see `SPOKE`). Asked of
    /// every token: the word's length in bytes and first byte are read first (a word that
    /// starts with an ASCII byte other than "s" or "S" has a lower-case form that does not start
    /// with "s"); the lower-case form only of the few that pass.
    #[inline]
    fn spoke_at(&self, i: usize, t: &Token) -> bool {
        let first = self
            .doc
            .text
            .as_bytes()
            .get(t.start)
            .copied()
            .unwrap_or(b' ');
        // (the three tests joined without branches: a word's length is no pattern a processor
        // can guess, and a branch on it was mispredicted at one token in ten)
        let may_be = ((t.end - t.start).wrapping_sub(5) < 2)
            & !t.in_quote
            & ((first | 0x20 == b's') | !first.is_ascii());
        may_be && t.shape == Shape::Word && SPOKE.contains(&self.low(i))
    }

    /// Token `i` in lower case, without a trailing dot (see [`Doc::low`]).
    #[inline]
    fn low(&self, i: usize) -> &'d str {
        self.doc.low(i)
    }

    /// Whether token `i` is a speech verb outside quotes.
    fn is_verb(&self, i: usize) -> bool {
        self.verbs[i]
    }

    /// Whether token `i` is a verb that asks ("asked", "wondered"): who asks is not who
    /// answers.
    fn is_asking(&self, i: usize) -> bool {
        LEX.asking_verbs.contains(self.low(i))
    }

    /// Whether token `i` is the word `w` (lower case, without a trailing dot).
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.doc.is_low(i, w)
    }

    /// Whether the quote stands within its sentence right after a word (no comma or colon
    /// introduces it) and its own comma leaves it open for an attribution that ends the
    /// sentence after it, with no other quote (“…,” the senator said.).
    fn left_open(&self, quote: &QuotedSpan) -> bool {
        let doc = self.doc;
        let last = quote.last_piece_end();
        let Some(after) = doc.tokens.get(quote.close + 1) else {
            return false;
        };
        last > quote.first()
            && doc.is(last - 1, ',')
            && !quote.introduced(doc)
            && (quote.close + 1..doc.tokens.len())
                .take_while(|&t| doc.tokens[t].sent == after.sent)
                .take(30)
                .all(|t| !doc.tokens[t].in_quote)
    }

    /// Attributes every span of `spans` and keeps the ones that are quotes: not a joined quote
    /// that is a title as a whole (single spans were judged before joining), nor a phrase with
    /// nobody to credit (a scare quote), unless a verb of saying introduces it ("Some chanted
    /// “USA! USA!”"). A quote with no attribution of its own may continue the speaker of the
    /// one before.
    pub(crate) fn attribute_all(&self, spans: &[QuotedSpan]) -> Vec<Attributed> {
        let doc = self.doc;
        let mut kept = Vec::new();
        // (the speaker of the quote before, the paragraph it opened in, where it closed)
        let mut prev: Option<(Speaker, u32, usize)> = None;
        // (for each quote kept, whether it stands alone with no verb of saying of its own)
        let mut alone = Vec::new();
        for (s, span) in spans.iter().enumerate() {
            if span.joined.is_some() && is_title_or_scare(doc, span) {
                continue;
            }
            let previous = prev.as_ref().map(|(speaker, para, close)| Previous {
                speaker,
                para: *para,
                close: *close,
            });
            let (mut speaker, stands_alone) = self.attribute(spans, s, previous.as_ref());
            if let Some(Speaker::Person(e, None)) = speaker {
                if self.speaks_of(span, e) {
                    speaker = None;
                }
            }
            let fragment = span.is_fragment(doc);
            if fragment && speaker.is_none() && !self.verb_just_before(span.open) {
                continue;
            }
            if let Some(sp) = &speaker {
                prev = Some((sp.clone(), doc.tokens[span.open].para, span.close));
            }
            kept.push(Attributed {
                span: s,
                speaker,
                fragment,
            });
            alone.push(stands_alone);
        }
        self.credit_account(&mut kept, &alone);
        // A bare "a spokesman" is the voice of the body that spoke before it (see
        // `Attributor::body_of_voice`): settled on the quotes, not on the speech events, so
        // that "he said" after the spokesman is resolved as before, and then goes the same way.
        for q in &mut kept {
            if let Some(Speaker::Named(n)) = &q.speaker {
                if let Some(body) = self.body_of_voice(n, spans[q.span].open) {
                    q.speaker = Some(body);
                }
            }
        }
        self.credit_repeats(&mut kept, spans);
        let alike = self.spelled_alike();
        for q in &mut kept {
            if let Some(Speaker::Person(e, _)) = &mut q.speaker {
                *e = alike[*e];
            }
        }
        kept
    }

    /// Whether quote `span` speaks of person `e` as another: it names them in full (a given
    /// name and a surname) and later calls them by a pronoun of theirs ("“It could have been
    /// easy for Mary Steenburgen to put her name on it,” she said", "“I feel for Nigel
    /// Worthington. His team …”"). A speaker found for it by a pronoun or a role is then not
    /// `e`. (Named alone, the name may be the speaker's own, as politicians speak of
    /// themselves: "“… but it's not Bernie Sanders,” he said". A speaker the attribution
    /// names is kept.)
    fn speaks_of(&self, span: &QuotedSpan, e: usize) -> bool {
        let doc = self.doc;
        let pronoun = |t: usize| match doc.low(t) {
            "he" | "him" | "his" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        };
        let gender = self.people.entities[e].gender;
        let runs = &self.people.runs;
        span.pieces.iter().any(|&(from, to)| {
            let first = runs.partition_point(|r| r.start < from);
            runs[first..]
                .iter()
                .take_while(|r| r.end <= to)
                .filter(|r| r.entity == Some(e) && r.name_end - r.name_start >= 2)
                .any(|r| {
                    let after = span.pieces.iter().flat_map(|&(a, b)| a.max(r.end)..b);
                    after
                        .filter_map(pronoun)
                        .any(|g| gender == Gender::Unknown || g == gender)
                })
        })
    }

    /// A quote that nobody is credited with and that repeats, word for word, four words or
    /// more of another's quote (a pull quote; a tweet quoted again in part: "“… Fares have
    /// increased to encourage more drivers …”") is that speaker's, when only one speaker's
    /// quotes hold it. (Not in an article of hundreds of quotes, where the comparison of every
    /// pair would cost more than it finds.)
    fn credit_repeats(&self, kept: &mut [Attributed], spans: &[QuotedSpan]) {
        if kept.len() > 200 || kept.iter().all(|q| q.speaker.is_some()) {
            return;
        }
        let doc = self.doc;
        let words: Vec<Vec<&str>> = kept
            .iter()
            .map(|q| {
                (spans[q.span].pieces.iter())
                    .flat_map(|&(a, b)| a..b)
                    .filter(|&k| doc.tokens[k].shape == Shape::Word)
                    .map(|k| self.low(k))
                    .collect()
            })
            .collect();
        for i in 0..kept.len() {
            let n = words[i].len();
            if kept[i].speaker.is_some() || n < 4 {
                continue;
            }
            let mut holders = (0..kept.len()).filter_map(|j| {
                let sp = kept[j].speaker.as_ref()?;
                (j != i && words[j].windows(n).any(|w| w == words[i].as_slice())).then_some(sp)
            });
            let Some(first) = holders.next() else {
                continue;
            };
            if holders.all(|sp| sp == first) {
                kept[i].speaker = Some(first.clone());
            }
        }
    }

    /// In an article that is one person's account, the quotes standing alone (`alone`) that
    /// nobody is credited with are that person's, when no quote is another person's.
    fn credit_account(&self, kept: &mut [Attributed], alone: &[bool]) {
        let unclaimed = |(q, &a): &(&mut Attributed, &bool)| q.speaker.is_none() && a;
        if !kept.iter_mut().zip(alone).any(|x| unclaimed(&x)) {
            return;
        }
        let Some(teller) = self.account_teller() else {
            return;
        };
        let another = kept
            .iter()
            .any(|q| matches!(q.speaker, Some(Speaker::Person(e, _)) if e != teller));
        if another {
            return;
        }
        for (q, _) in kept.iter_mut().zip(alone).filter(unclaimed) {
            q.speaker = Some(Speaker::Person(teller, None));
        }
    }

    /// The speaker of quote `s` of `spans` (the quotes beside it bound where its attribution
    /// is looked for), by the first of these rules that finds one: an attribution between the
    /// parts of a joined quote; one right after the quote; "according to" before it; a verb
    /// of saying before it; an attribution later in its sentence; the subject of the sentence
    /// that a colon ends; a signature line after it; a short sentence before it that ends with
    /// its verb; and for a quote standing alone, who spoke last or whom the sentence before is
    /// about (`prev`: the quote before and its speaker). Also whether the quote stands alone
    /// with no verb of saying of its own (then it may be an account's, see
    /// [`Attributor::credit_account`]).
    fn attribute(
        &self,
        spans: &[QuotedSpan],
        s: usize,
        prev: Option<&Previous>,
    ) -> (Option<Speaker>, bool) {
        let quote = &spans[s];
        if let Some(speaker) = quote.between.and_then(|(a, b)| self.attribution_in(a, b)) {
            return (Some(speaker), false);
        }
        let left = self.left_context(spans, s);
        let before = self.right_before(quote, &left);
        let right = self.right_context(spans, s);
        // (a quote within a sentence that its comma leaves open goes with the attribution that
        // ends the sentence after it: "Nothing the president said “will assuage fears,” the
        // Florida senator said.")
        if before.is_some() && !self.left_open(quote) {
            return (before, false);
        }
        if let Some(speaker) = self.right_after(&right).or(before) {
            return (Some(speaker), false);
        }
        let alone = (!self.words_before(quote, &left) || self.speakerless_lead_in(quote))
            && !self.has_verb(&right);
        let speaker = self
            .signature_inside(quote)
            .or_else(|| self.label_before(quote))
            .or_else(|| self.according_to(left.start, quote.open))
            .or_else(|| self.verb_before(quote, &left))
            .or_else(|| self.later_in_sentence(quote, &left, &right))
            .or_else(|| self.same_sentence(quote, &left, prev))
            .or_else(|| self.said_of_subject(quote, prev))
            .or_else(|| self.carried_on(quote, &left, prev))
            .or_else(|| self.report_goes_on(quote, &left))
            .or_else(|| self.subject_before_colon(quote, &left))
            .or_else(|| self.signature_after(right.close_at))
            .or_else(|| self.short_sentence_before(quote, &left))
            .or_else(|| self.stand_alone(quote, alone, prev))
            .or_else(|| self.headline_speaker(quote, alone, prev));
        (speaker, alone)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{check, Cases};

    /// A phrase with nobody to credit is a scare quote, unless a verb of saying introduces it.
    #[test]
    fn unattributed_phrases() {
        let cases: Cases = &[
            // a quote left open by its comma goes with the attribution after it, not a verb of
            // saying right before it
            (
                "Ivo Hale spoke. Nothing the president said “will calm fears,” the Kestrel senator Ann Lee said.",
                &[("will calm fears,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ivo Hale said “we will win,” and left.",
                &[("we will win,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // (not after a colon, nor before a clause with a quote of its own)
            (
                "Ivo Hale said: “We will win,” the paper reported.",
                &[("We will win,", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            (
                "In a clip that Judge Ivo Hale called “distasteful,” Bo Ray said he would “fight on.”",
                &[
                    ("distasteful,", Some("Ivo Hale"), Some("Ivo Hale")),
                    ("fight on.", Some("Bo Ray"), Some("Bo Ray")),
                ],
            ),
            // a verb of saying that opens a clause with "that" past a phrase of time reports
            // all of it
            (
                "Ivo Hale spoke in Washington.\n\nHe said earlier today that Brazil was first approaching governments before talking to the commercial banks themselves about the interest payment moratorium on its foreign debt “because the banks have some limits. It is a political discussion.”",
                &[("because the banks have some limits. It is a political discussion.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // a verb of naming with its object gives the speaker's own words for it; right
            // before the mark, a name
            (
                "Critics spoke. Ann Lee branded the plan a “sticking plaster” for the economy.",
                &[("sticking plaster", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            ("The plan, dubbed “Operation Fox”, began.", &[]),
            // a chant introduced by its verb is a quote, even with nobody to credit
            (
                "Supporters gathered. Some chanted “USA! USA!”",
                &[("USA! USA!", None, None)],
            ),
        ];
        check(cases);
    }

    /// A speaker found by a pronoun is not one the quote names in full and then calls by a
    /// pronoun: people speak so of others. One the quote does not name, or names alone, keeps
    /// it.
    #[test]
    fn not_who_the_quote_names() {
        let cases: Cases = &[
            (
                "Lena Brandt has acted for forty years.\n\nHale still laughs at the memory of hearing his mother sing on set.\n\n“It could have been easy for Lena Brandt to just put her name on it, but she did not do that,” she said.",
                &[("It could have been easy for Lena Brandt to just put her name on it, but she did not do that,", None, None)],
            ),
            (
                "Lena Brandt has acted for forty years.\n\n“It could have been easy for Ann Lee to just put her name on it, but she did not do that,” she said.",
                &[("It could have been easy for Ann Lee to just put her name on it, but she did not do that,", Some("Lena Brandt"), Some("Lena Brandt"))],
            ),
            // named with no pronoun of theirs after: the speaker's own name may be it
            (
                "Lena Brandt has acted for forty years.\n\n“They want a star, but it is not Lena Brandt,” she said.",
                &[("They want a star, but it is not Lena Brandt,", Some("Lena Brandt"), Some("Lena Brandt"))],
            ),
        ];
        check(cases);
    }
}
