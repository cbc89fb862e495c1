//! Direct quotes and who said them: quotation-mark spans (any mark style, across paragraphs,
//! split by their attribution), told apart from titles and scare quotes, and attributed by the
//! attribution patterns of news writing.

mod describe;

use super::lexicon::{Flags, LEX};
use super::people::People;
use super::text::{Doc, Shape};

/// A span between quotation marks, by token index.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    /// The opening mark.
    pub(crate) open: usize,
    /// The closing mark, or one past the last content token when the quote was left open at the
    /// end of its paragraph.
    pub(crate) close: usize,
    /// Content token ranges (one per paragraph of a multi-paragraph quote).
    pub(crate) pieces: Vec<(usize, usize)>,
    /// Content of a second span joined to this one across its attribution ("A," she said, "B").
    pub(crate) joined: Option<usize>,
    /// The tokens between the two parts of a joined quote.
    pub(crate) between: Option<(usize, usize)>,
}

impl Span {
    fn first(&self) -> usize {
        self.pieces[0].0
    }
    fn last_piece_end(&self) -> usize {
        self.pieces[self.pieces.len() - 1].1
    }
}

fn opening(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‘')
}

/// A quote being read: its opening mark's token, the mark, where its current piece started,
/// and its finished pieces.
type OpenQuote = (usize, char, usize, Vec<(usize, usize)>);

/// Find the quotation spans of `doc` and mark their tokens as quoted.
pub(crate) fn find_spans(doc: &mut Doc) -> Vec<Span> {
    let n = doc.tokens.len();
    let mut spans = Vec::new();
    // The open quote: its mark, its kind, the start of its current piece, its pieces so far.
    let mut open: Option<OpenQuote> = None;
    let mut nested = false;
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        if i > 0 && t.para != doc.tokens[i - 1].para {
            if let Some((o, kind, piece_start, mut pieces)) = open.take() {
                let at_para_start = o == 0 || doc.tokens[o - 1].para != doc.tokens[o].para;
                pieces.push((piece_start, i));
                let c = doc.first_char(i);
                if t.shape == Shape::Punct && (opening(c) || c == '"') {
                    // The quote goes on in this paragraph: its new opening mark is skipped.
                    open = Some((o, kind, i + 1, pieces));
                    i += 1;
                    continue;
                }
                if at_para_start {
                    spans.push(Span {
                        open: o,
                        close: i,
                        pieces,
                        joined: None,
                        between: None,
                    });
                }
            }
        }
        if t.shape != Shape::Punct {
            i += 1;
            continue;
        }
        let mut c = doc.first_char(i);
        // Two apostrophes stand for a double quotation mark in some archives: ''Yes,'' he said.
        let mut width = 1;
        if c == '\''
            && doc.tokens.get(i + 1).is_some_and(|n| n.start == t.end)
            && doc.is(i + 1, '\'')
        {
            c = '"';
            width = 2;
        }
        let after = i + width;
        let next_is_word = doc
            .tokens
            .get(after)
            .is_some_and(|n| n.start == doc.tokens[after - 1].end && n.shape != Shape::Punct);
        let prev_touches = i > 0 && doc.tokens[i - 1].end == t.start;
        // A single quotation inside a double one (“He told me ‘never’.”), and a single
        // closing mark misused to close the double one (“We can do it.’ Then ...).
        let prev_stop = i > 0 && matches!(doc.first_char(i - 1), '.' | '!' | '?') && prev_touches;
        let double_open = open.as_ref().is_some_and(|(_, kind, _, _)| *kind != '‘');
        if double_open && c == '‘' && next_is_word {
            nested = true;
        } else if double_open && c == '’' && !next_is_word && nested {
            nested = false;
            i += width;
            continue;
        } else if double_open && c == '’' && !next_is_word && !nested && prev_stop {
            c = '”';
        }
        match (&mut open, c) {
            (None, '“' | '«' | '„' | '"') => open = Some((i, c, after, Vec::new())),
            (None, '”') if next_is_word && !prev_touches => {
                open = Some((i, c, after, Vec::new()))
            }
            (None, '‘') if next_is_word => open = Some((i, c, after, Vec::new())),
            // A closing mark, or an opening one misused as a closer: “expedited review“ of.
            (Some((_, kind, _, _)), '”' | '»' | '"' | '“')
                if *kind != '‘' && (c != '“' || (prev_touches && !next_is_word)) =>
            {
                let (o, _, piece_start, mut pieces) = open.take().expect("open");
                pieces.push((piece_start, i));
                spans.push(Span {
                    open: o,
                    close: after - 1,
                    pieces,
                    joined: None,
                    between: None,
                });
            }
            (Some((_, '‘', _, _)), '’') if !next_is_word => {
                let (o, _, piece_start, mut pieces) = open.take().expect("open");
                pieces.push((piece_start, i));
                spans.push(Span {
                    open: o,
                    close: i,
                    pieces,
                    joined: None,
                    between: None,
                });
            }
            _ => {}
        }
        if open.is_none() {
            nested = false;
        }
        i += width;
    }
    if let Some((o, _, piece_start, mut pieces)) = open {
        let at_para_start = o == 0 || doc.tokens[o - 1].para != doc.tokens[o].para;
        if at_para_start {
            pieces.push((piece_start, n));
            spans.push(Span {
                open: o,
                close: n,
                pieces,
                joined: None,
                between: None,
            });
        }
    }
    spans.retain(|s| s.pieces.iter().any(|(a, b)| b > a));
    for s in &spans {
        for &(a, b) in &s.pieces {
            for t in &mut doc.tokens[a..b] {
                t.in_quote = true;
            }
        }
    }
    spans
}

/// Who a quote is attributed to, before names are made canonical.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Speaker {
    /// A person of the article, and, when the attribution names them, the token just past
    /// that mention (where a description of them may follow: "Ben Ott, a lawyer, said").
    Person(usize, Option<usize>),
    /// Someone named as the article names them ("the campaign", "the White House").
    Named(String),
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
}

impl<'d, 'a> Attributor<'d, 'a> {
    pub(crate) fn new(doc: &'d Doc<'a>, people: &'d People) -> Self {
        let mut me = Attributor {
            doc,
            people,
            events: Vec::new(),
            descriptions: Vec::new(),
            verbs: Vec::new(),
        };
        // (Only a word on the list or the first of a two-word verb can be one: the flags settle most
        // tokens without a call.)
        me.verbs = (0..doc.tokens.len())
            .map(|i| {
                doc.tokens[i]
                    .lex
                    .any(Flags::SPEECH_VERB | Flags::TWO_WORD_VERB)
                    && me.speech_verb_at(i)
            })
            .collect();
        me.descriptions = me.find_descriptions();
        for i in 0..doc.tokens.len() {
            if doc.tokens[i].in_quote || !me.is_verb(i) {
                continue;
            }
            if let Some(sp) = me.subject_of(i) {
                me.events.push((i, sp));
            }
        }
        me
    }

    fn find_descriptions(&self) -> Vec<(&'d str, usize, usize)> {
        let doc = self.doc;
        let mut out = Vec::new();
        for run in &self.people.runs {
            let Some(e) = run.entity else { continue };
            // Titles in or just before the run.
            let from = run.start.saturating_sub(1);
            for t in from..run.name_start {
                if doc.tokens[t].shape == Shape::Word && doc.tokens[t].lex.any(Flags::TITLE) {
                    out.push((self.low(t), e, run.start));
                }
            }
            // An appositive: ", the harbour master," / ", a lawyer representing ...,".
            let mut k = run.end;
            if !doc.is(k, ',') {
                continue;
            }
            k += 1;
            if !doc.tokens.get(k).is_some_and(|t| t.shape == Shape::Word)
                || !LEX.determiners.contains(self.low(k))
            {
                continue;
            }
            let mut head = None;
            for j in k + 1..(k + 10).min(doc.tokens.len()) {
                let t = &doc.tokens[j];
                if t.shape != Shape::Word || t.sent != doc.tokens[run.start].sent {
                    break;
                }
                if t.lex.is_role_noun() && !t.cap {
                    head = Some(self.low(j));
                }
            }
            if let Some(h) = head {
                out.push((h, e, run.start));
            }
        }
        out
    }

    /// The person a paragraph opening with a dash names right after the paragraph that ends
    /// at token `close`: "- Hillary Clinton.", "—Sen. Ted Cruz, in a statement".
    fn signature_after(&self, close: usize) -> Option<Speaker> {
        let doc = self.doc;
        let dash = close + 1;
        let t = doc.tokens.get(dash)?;
        if t.para == doc.tokens[close].para || !matches!(doc.first_char(dash), '-' | '—' | '–')
        {
            return None;
        }
        let mut k = dash + 1;
        while doc.tokens.get(k).is_some_and(|t| {
            t.para == doc.tokens[dash].para
                && t.shape == Shape::Word
                && self.people.run_at(k).is_none_or(|r| r.entity.is_none())
                && t.lex.any(Flags::TITLE)
        }) {
            k += 1;
        }
        let run = self.people.run_at(k)?;
        let e = run.entity?;
        (doc.tokens[k].para == doc.tokens[dash].para)
            .then_some(Speaker::Person(e, Some(run.name_end)))
    }

    /// Token `i` in lower case, without a trailing dot (see [`Doc::low`]).
    fn low(&self, i: usize) -> &'d str {
        self.doc.low(i)
    }

    /// Whether token `i` is a speech verb outside quotes.
    fn is_verb(&self, i: usize) -> bool {
        self.verbs[i]
    }

    fn speech_verb_at(&self, i: usize) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[i];
        // (All the forms below are words outside quotes: the rest is answered without reading
        // the text.)
        if t.shape != Shape::Word || t.in_quote {
            return false;
        }
        // (The flags say whether the word may begin a verb of two words: the others are not
        // read.)
        if t.lex.any(Flags::TWO_WORD_VERB) {
            let (w, next) = (doc.word(i), doc.tokens.get(i + 1).map(|_| doc.word(i + 1)));
            if LEX
                .two_word_verbs
                .iter()
                .any(|&(first, second)| w == first && next == Some(second))
            {
                return true;
            }
        }
        t.lex.any(Flags::SPEECH_VERB)
            && t.end - t.start <= 12
            && (doc.text.as_bytes()[t.start].is_ascii_lowercase()
                || i == 0
                || doc.tokens[i - 1].sent != t.sent)
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Word)
            && self.low(i) == w
    }

    /// The speaker noun phrase ending at token `end` (inclusive), if any.
    fn np_ending_at(&self, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let t = doc.tokens.get(end)?;
        if t.in_quote {
            return None;
        }
        if t.shape == Shape::Word && !t.cap
            || (t.cap && end > 0 && doc.tokens[end - 1].sent != t.sent)
        {
            let w = self.low(end);
            if let Some(&g) = LEX.pronouns.get(w) {
                return self
                    .people
                    .antecedent(doc, end, g)
                    .map(|e| Speaker::Person(e, None));
            }
        }
        if let Some(run) = self.people.run_at(end) {
            if let Some(e) = run.entity {
                return Some(Speaker::Person(e, Some(run.name_end)));
            }
            let sentence_initial_word = run.end == run.start + 1
                && (run.start == 0 || doc.tokens[run.start - 1].sent != doc.tokens[run.start].sent);
            if run.end == end + 1 && !sentence_initial_word {
                let mut start = run.start;
                if start > 0 && self.is_word(start - 1, "the") {
                    start -= 1;
                }
                let text = doc.text[doc.tokens[start].start..doc.tokens[end].end].to_string();
                return Some(Speaker::Named(text));
            }
            return None;
        }
        if t.shape == Shape::Word && t.cap {
            // An acronym speaks for an organisation: "MWW said", "the FBI said".
            let w = doc.word(end);
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 2 && w.chars().all(|c| !c.is_lowercase()) {
                let mut start = end;
                if start > 0 && self.is_word(start - 1, "the") {
                    start -= 1;
                }
                return Some(Speaker::Named(
                    doc.text[doc.tokens[start].start..t.end].to_string(),
                ));
            }
        }
        let aged = doc.word(end).ends_with("-year-old");
        if (t.shape != Shape::Word && !aged) || t.cap {
            return None;
        }
        // A role: "the senator", "a spokeswoman for the campaign", "her husband", "officials".
        let head = self.low(end);
        let head = if head.ends_with("-year-old") {
            "person"
        } else {
            head
        };
        // ("the report", "one tweet": a noun that is also a speech verb, after a determiner)
        let noun_after_determiner = end > 0
            && LEX.is_role_noun(head)
            && doc.tokens[end - 1].shape == Shape::Word
            && LEX.determiners.contains(self.low(end - 1));
        if LEX.determiners.contains(head)
            || (LEX.speech_verbs.contains(head) && !noun_after_determiner)
            || LEX.between_speaker_and_verb.contains(head)
            || LEX.not_speaker_heads.contains(head)
        {
            return None;
        }
        let mut start = end;
        for k in 1..=5 {
            let Some(p) = end.checked_sub(k) else { break };
            let tp = &doc.tokens[p];
            if tp.shape != Shape::Word || tp.sent != t.sent || tp.in_quote {
                break;
            }
            let w = self.low(p);
            // "Ryan's office said"
            if tp.cap && tp.poss && k == 1 {
                start = p;
                break;
            }
            if LEX.determiners.contains(w) {
                start = p;
                // "a spokesman for the campaign": reach back over "for"/"of" to a fuller phrase.
                if p >= 3 && (self.is_word(p - 1, "for") || self.is_word(p - 1, "of")) {
                    for q in (p.saturating_sub(5)..p - 1).rev() {
                        if doc.tokens[q].shape != Shape::Word || doc.tokens[q].sent != t.sent {
                            break;
                        }
                        if LEX.determiners.contains(self.low(q)) {
                            start = q;
                            break;
                        }
                    }
                }
                break;
            }
            if tp.lex.any(Flags::SPEECH_VERB) || LEX.speaker_phrase_stops.contains(w) {
                break;
            }
            if !tp.cap && k >= 4 {
                break;
            }
        }
        let possessor = self.low(start);
        let kin = LEX.kin.get(head).copied();
        if let (Some(g), true) = (kin, ["his", "her", "their"].contains(&possessor)) {
            let upto = self.events.partition_point(|(pos, _)| *pos < end);
            return self.events[..upto]
                .iter()
                .rev()
                .take(50)
                .filter_map(|(_, sp)| match sp {
                    Speaker::Person(e, _) => Some(*e),
                    Speaker::Named(_) => None,
                })
                .find(|e| self.people.entities[*e].gender == g)
                .map(|e| Speaker::Person(e, None));
        }
        if !LEX.is_role_noun(head) {
            return None;
        }
        if possessor == "the" {
            // "the mayor": the person the article introduced with that title or description.
            let upto = self.descriptions.partition_point(|(_, _, at)| *at < end);
            if let Some(&(_, e, _)) = self.descriptions[..upto]
                .iter()
                .rev()
                .take(200)
                .find(|(h, _, _)| *h == head)
            {
                return Some(Speaker::Person(e, None));
            }
            // "the ministry", "the company": the organisation named before.
            if let Some(org) = self.organisation_before(start, head) {
                return Some(Speaker::Named(org));
            }
        }
        if start == end && !head.ends_with('s') {
            // A bare singular noun is no speaker ("law said" is not a thing news writes).
            return None;
        }
        let text = doc.text[doc.tokens[start].start..doc.tokens[end].end].to_string();
        Some(Speaker::Named(text))
    }

    /// The organisation that "the <head>" at token `at` refers back to: the latest capitalised
    /// run containing the head word ("the Ministry of Health" for "the ministry"), else the
    /// latest organisation that spoke, within the last three paragraphs.
    fn organisation_before(&self, at: usize, head: &str) -> Option<String> {
        let doc = self.doc;
        let para = doc.tokens[at].para;
        let near = |t: usize| doc.tokens[t].para + 3 >= para;
        let text_of = |start: usize, end: usize| {
            let mut s = start;
            if s > 0 && self.is_word(s - 1, "the") {
                s -= 1;
            }
            doc.text[doc.tokens[s].start..doc.tokens[end - 1].end].to_string()
        };
        let runs = &self.people.runs;
        let upto = runs.partition_point(|r| r.end <= at);
        for run in runs[..upto]
            .iter()
            .rev()
            .take_while(|r| near(r.start))
            .take(500)
        {
            if run.entity.is_none()
                && !run.blocked
                && (run.start..run.end).any(|t| self.low(t) == head)
                && run.end - run.start > 1
            {
                return Some(text_of(run.start, run.end));
            }
        }
        if !LEX.organisation_heads.contains(head) {
            return None;
        }
        let upto = self.events.partition_point(|(pos, _)| *pos < at);
        self.events[..upto]
            .iter()
            .rev()
            .take_while(|(pos, _)| near(*pos))
            .take(200)
            .find_map(|(_, sp)| match sp {
                Speaker::Named(n) if n.chars().next().is_some_and(char::is_uppercase) => {
                    Some(n.clone())
                }
                _ => None,
            })
    }

    /// The speaker noun phrase starting at token `start` ("said Smith", "said the senator").
    fn np_starting_at(&self, mut start: usize) -> Option<(Speaker, usize)> {
        let doc = self.doc;
        // Titles and acronyms before a name: "according to economist Paul Hart", "said UC-AFT
        // President Bob Samuels".
        while doc.tokens.get(start).is_some_and(|t| {
            t.shape == Shape::Word
                && ((!t.cap && t.lex.any(Flags::TITLE))
                    || (t.cap && self.people.run_at(start).is_none()))
        }) && self.people.run_at(start + 1).is_some()
        {
            start += 1;
        }
        // A description before a name: "said undecided Republican voter Stephanie Hooton".
        if self.people.run_at(start).is_none() {
            let mut k = start;
            let mut described = false;
            while k < start + 5 && self.people.run_at(k).is_none_or(|r| r.entity.is_none()) {
                let Some(t) = doc.tokens.get(k) else { break };
                let w = self.low(k);
                // (titles are role nouns)
                let role = t.lex.is_role_noun();
                let modifier =
                    t.cap || t.lex.any(Flags::NATIONALITY) || LEX.speaker_modifiers.contains(w);
                if t.shape != Shape::Word || t.in_quote || !(role || modifier) {
                    break;
                }
                described |= role;
                k += 1;
            }
            if described
                && k > start
                && self
                    .people
                    .run_at(k)
                    .is_some_and(|r| r.entity.is_some() && r.start == k)
            {
                start = k;
            }
        }
        let t = doc.tokens.get(start)?;
        // "said Sunday": a day or month is when, not who.
        if t.in_quote || super::people::is_date_word(doc.word(start)) {
            return None;
        }
        if let Some(run) = self.people.run_at(start) {
            let mut end = run.end - 1;
            // "said Clinton spokesman Brian Fallon": the name after the role is the speaker.
            // Up to four lower-case words ending with a role noun ("top foreign policy aide").
            // (not across a preposition: "Ed Pincus of the law firm Mayer Brown")
            let lower_word = |i: usize| {
                doc.tokens
                    .get(i)
                    .is_some_and(|t| t.shape == Shape::Word && !t.cap)
                    && !LEX.role_name_stops.contains(self.low(i))
            };
            let mut k = run.end;
            while k < run.end + 4 && lower_word(k) {
                k += 1;
            }
            if k > run.end && self.doc.tokens[k - 1].lex.is_role_noun() {
                if let Some(next) = self.people.run_at(k) {
                    if next.entity.is_some() && next.start == k {
                        end = next.end - 1;
                    }
                }
            }
            return self.np_ending_at(end).map(|s| (s, end));
        }
        if t.shape != Shape::Word {
            return None;
        }
        let w = self.low(start);
        if LEX.pronouns.contains_key(w) {
            return self.np_ending_at(start).map(|s| (s, start));
        }
        if !LEX.determiners.contains(w) {
            return None;
        }
        // Up to the next punctuation, relative pronoun or verb; the phrase ends at its last
        // role noun ("one of two witnesses who ...").
        let mut end = start;
        for k in 1..=8 {
            let p = start + k;
            let Some(tp) = doc.tokens.get(p) else { break };
            let aged = doc.word(p).ends_with("-year-old");
            if (tp.shape != Shape::Word && !aged) || tp.sent != t.sent || tp.in_quote {
                break;
            }
            let lw = self.low(p);
            if aged {
                end = p;
                continue;
            }
            if tp.lex.any(Flags::SPEECH_VERB) || matches!(lw, "who" | "which" | "that" | "whose") {
                break;
            }
            // (a possessive modifies a later noun: "one person with knowledge of the
            // governor's dilemma")
            if !tp.poss && (tp.lex.is_role_noun() || (tp.cap && self.people.run_at(p).is_some())) {
                end = p;
            }
        }
        if end == start {
            return None;
        }
        // "said another leading advocate, Andrew J. Pincus of the law firm": the name.
        if doc.is(end + 1, ',') {
            if let Some(run) = self.people.run_at(end + 2) {
                if let (Some(e), true) = (run.entity, run.start == end + 2) {
                    return Some((Speaker::Person(e, Some(run.name_end)), run.end - 1));
                }
            }
        }
        // "said a Mexican official who was not authorized to speak publicly"
        let found = self.np_ending_at(end).or_else(|| {
            // (the whole phrase from its determiner: "another leading Supreme Court advocate")
            self.doc.tokens[end].lex.is_role_noun().then(|| {
                Speaker::Named(doc.text[doc.tokens[start].start..doc.tokens[end].end].to_string())
            })
        });
        found.map(|s| match s {
            Speaker::Named(mut text) => {
                if let Some(d) = self.description_after(end + 1) {
                    text.push_str(d);
                }
                (Speaker::Named(text), end)
            }
            person => (person, end),
        })
    }

    /// The subject of the speech verb at `v`: "Smith said", "Smith, 45, said", "said Smith",
    /// "Smith also said"; `None` when the verb has no subject of its own.
    fn subject_of(&self, v: usize) -> Option<Speaker> {
        let doc = self.doc;
        let verb = self.low(v);
        // A participle ("..., saying") has no subject of its own: the clause's is used.
        if verb.ends_with("ing") {
            return None;
        }
        let sentence_initial = v == 0 || doc.tokens[v - 1].sent != doc.tokens[v].sent;
        // "told Fox News" names who was told, never who spoke.
        let takes_object = LEX.listener_verbs.contains(verb);
        // Inverted: "..., said Smith." / "said the senator," (the noun phrase closes the clause);
        // "Stated Stone:" opening a sentence.
        let inverted = |me: &Self| -> Option<Speaker> {
            if takes_object {
                return None;
            }
            let (s, end) = me.np_starting_at(v + 1)?;
            let closes = match doc.tokens.get(end + 1) {
                None => true,
                Some(t) => {
                    t.para != doc.tokens[end].para
                        || (t.shape == Shape::Word
                            && LEX.after_inverted_speaker.contains(me.low(end + 1)))
                        || (t.shape == Shape::Punct
                            && (matches!(
                                doc.first_char(end + 1),
                                '.' | ',' | ';' | '!' | '?' | '—' | '–' | ')' | '('
                            ) || (sentence_initial && doc.first_char(end + 1) == ':')))
                }
            };
            closes.then_some(s)
        };
        let mut p = v.checked_sub(1)?;
        if doc.tokens[p].sent != doc.tokens[v].sent {
            return inverted(self);
        }
        // "Bryne went on to say", "she went on to add": the subject of "went".
        if p >= 3
            && self.is_word(p, "to")
            && self.is_word(p - 1, "on")
            && matches!(self.low(p - 2), "went" | "goes" | "go" | "going")
        {
            p -= 3;
        }
        // (and over a day: "Priebus later Thursday told Fox News")
        while doc.tokens[p].shape == Shape::Word
            && ((LEX.between_speaker_and_verb.contains(self.low(p)) && !doc.tokens[p].cap)
                || (super::people::is_date_word(doc.word(p)) && p + 1 == v))
        {
            p = p.checked_sub(1)?;
        }
        // "Sen. Marco Rubio (R-Fla.) said": step over the parenthesis.
        if doc.is(p, ')') {
            let sent = doc.tokens[v].sent;
            let mut q = p;
            for _ in 0..8 {
                q = q.checked_sub(1)?;
                if doc.tokens[q].sent != sent {
                    return None;
                }
                if doc.is(q, '(') {
                    p = q.checked_sub(1)?;
                    break;
                }
            }
        }
        if doc.is(p, ',') || doc.is(p, '—') {
            if let Some(s) = inverted(self) {
                return Some(s);
            }
            // An appositive: "Smith, a spokesman for X, said" / "Smith, who ..., said".
            let sent = doc.tokens[v].sent;
            let mut q = p;
            for _ in 0..25 {
                q = q.checked_sub(1)?;
                if doc.tokens[q].sent != sent || doc.tokens[q].in_quote {
                    return None;
                }
                if doc.is(q, ',') || doc.is(q, '—') {
                    // "Ms. Merkel's spokesman, Steffen Seibert, wrote": the name between the
                    // commas is the speaker; else "Smith, a spokesman, said": the one before.
                    if let Some(Speaker::Person(e, at)) = self.np_ending_at(p - 1) {
                        if self.people.run_at(q + 1).is_some_and(|r| r.start == q + 1) {
                            return Some(Speaker::Person(e, at));
                        }
                    }
                    return q.checked_sub(1).and_then(|e| self.np_ending_at(e));
                }
            }
            return None;
        }
        if doc.tokens[p].shape == Shape::Number {
            return None;
        }
        match self.np_ending_at(p) {
            // "A source speaking to Fox News said": a name after a preposition is no subject.
            Some(Speaker::Named(_)) if self.after_preposition(p) => self.sentence_subject(v),
            Some(s) => Some(s),
            None => inverted(self),
        }
    }

    /// Whether the noun phrase ending at `end` follows a preposition ("to Fox News").
    fn after_preposition(&self, end: usize) -> bool {
        let doc = self.doc;
        let mut i = end;
        while i > 0 && doc.tokens[i].shape == Shape::Word && doc.tokens[i].cap {
            i -= 1;
        }
        if self.is_word(i, "the") && i > 0 {
            i -= 1;
        }
        LEX.listener_prepositions.contains(self.low(i))
    }

    /// The noun phrase opening the sentence of token `at` ("Another intelligence source ...").
    fn sentence_subject(&self, at: usize) -> Option<Speaker> {
        self.np_starting_at(self.sentence_start(at)).map(|(s, _)| s)
    }

    /// The first token of the sentence of token `at` (at most 80 tokens back, so that a
    /// sentence without an end costs no more than a long one).
    fn sentence_start(&self, at: usize) -> usize {
        let doc = self.doc;
        let sent = doc.tokens[at].sent;
        let mut i = at;
        while i > 0 && doc.tokens[i - 1].sent == sent && at - i < 80 {
            i -= 1;
        }
        i
    }

    /// The first speaker-like noun phrase of the sentence of token `at`, before `at`: the
    /// subject of a clause whose verb lost its own ("..., saying", "and warned that").
    fn clause_subject(&self, at: usize) -> Option<Speaker> {
        let doc = self.doc;
        let i = self.sentence_start(at);
        // "A reporter can be heard asking ...": a role phrase opening the sentence.
        if doc.tokens[i].shape == Shape::Word && LEX.determiners.contains(self.low(i)) {
            if let Some((s, end)) = self.np_starting_at(i) {
                if end < at {
                    return Some(s);
                }
            }
        }
        for j in i..at {
            let t = &doc.tokens[j];
            if t.in_quote {
                continue;
            }
            if let Some(run) = self.people.run_at(j) {
                if let Some(e) = run.entity {
                    return Some(Speaker::Person(e, Some(run.name_end)));
                }
                continue;
            }
            if t.shape == Shape::Word {
                let w = self.low(j);
                if let Some(&g) = LEX.pronouns.get(w) {
                    return self
                        .people
                        .antecedent(doc, j, g)
                        .map(|e| Speaker::Person(e, None));
                }
            }
        }
        None
    }

    /// "according to X" ending at or after token `from` within `[from, to)`.
    fn according_to(&self, from: usize, to: usize) -> Option<Speaker> {
        for i in from..to.saturating_sub(1) {
            if self.is_word(i, "according")
                && self.is_word(i + 1, "to")
                && !self.doc.tokens[i].in_quote
            {
                return self.np_starting_at(i + 2).map(|(s, _)| s);
            }
        }
        None
    }

    /// Whether a speech verb stands right before token `open` (a comma or colon between
    /// allowed): "chanted “USA!”", "said, “No.”".
    pub(crate) fn verb_just_before(&self, open: usize) -> bool {
        let doc = self.doc;
        let mut i = open;
        for _ in 0..2 {
            let Some(p) = i.checked_sub(1) else {
                return false;
            };
            if doc.tokens[p].sent != doc.tokens[open].sent {
                return false;
            }
            if doc.is(p, ',') || doc.is(p, ':') {
                i = p;
                continue;
            }
            return self.is_verb(p);
        }
        false
    }

    /// The speaker of the first attribution in tokens `[from, to)`: "according to X", or a
    /// speech verb with its subject.
    fn attribution_in(&self, from: usize, to: usize) -> Option<Speaker> {
        if let Some(speaker) = self.according_to(from, to) {
            return Some(speaker);
        }
        (from..to)
            .filter(|&v| self.is_verb(v))
            .find_map(|v| self.subject_of(v))
    }

    /// Attribute span `s` (with the spans around it for context).
    pub(crate) fn attribute(
        &self,
        spans: &[Span],
        s: usize,
        prev_speaker: Option<(&Speaker, u32)>,
    ) -> (Option<Speaker>, bool) {
        let doc = self.doc;
        let sp = &spans[s];
        let n = doc.tokens.len();
        let open_sent = doc.tokens[sp.open].sent;
        let close_at = sp.close.min(n.saturating_sub(1));
        let close_sent = doc.tokens[close_at].sent;

        // A joined quote: the attribution is between its two parts.
        if let Some((a, b)) = sp.between {
            if let Some(speaker) = self.attribution_in(a, b) {
                return (Some(speaker), true);
            }
        }
        // Right context: from the closing mark to the end of its sentence or the next quote.
        let next_open = spans.get(s + 1).map_or(n, |x| x.open);
        let r_start = (sp.close + 1).min(n);
        let mut r_end = r_start;
        while r_end < n
            && r_end < next_open
            && doc.tokens[r_end].sent == close_sent
            && doc.tokens[r_end].para == doc.tokens[close_at].para
        {
            r_end += 1;
        }
        // "“Great!” Smith said." starts a new sentence that is only the attribution.
        if r_end == r_start
            && r_start < n
            && r_start < next_open
            && doc.tokens[r_start].para == doc.tokens[close_at].para
        {
            let next_sent = doc.tokens[r_start].sent;
            let mut e = r_start;
            while e < n && e < next_open && doc.tokens[e].sent == next_sent {
                e += 1;
            }
            let verb_early = (r_start..(r_start + 7).min(e)).any(|v| self.is_verb(v));
            if e - r_start <= 8 || verb_early {
                r_end = e;
            }
        }
        let mut r_first = r_start;
        while r_first < r_end && doc.tokens[r_first].shape == Shape::Punct {
            r_first += 1;
        }
        let immediate = |me: &Self| -> Option<Speaker> {
            if r_first >= r_end {
                return None;
            }
            let w = me.low(r_first);
            if LEX.not_after_quote.contains(w) {
                return None;
            }
            if let Some(sp) = me.according_to(r_first, (r_first + 3).min(r_end)) {
                return Some(sp);
            }
            // "“…,” Will Estrada, the chairman for the exurb, said": past the appositive.
            let reach = match me.people.run_at(r_first) {
                Some(run) if run.start == r_first && doc.is(run.end, ',') => 30,
                _ => 7,
            };
            (r_first..(r_first + reach).min(r_end))
                .find(|&v| me.is_verb(v))
                .and_then(|v| me.subject_of(v))
        };
        if let Some(sp) = immediate(self) {
            return (Some(sp), true);
        }
        // Left context: back from the opening mark to the sentence start or the previous quote.
        let prev_close = if s > 0 { spans[s - 1].close + 1 } else { 0 };
        let mut l_start = sp.open;
        while l_start > prev_close
            && doc.tokens[l_start - 1].sent == open_sent
            && !doc.tokens[l_start - 1].in_quote
        {
            l_start -= 1;
        }
        // "He said:" ending the previous sentence or paragraph introduces this quote.
        if l_start == sp.open && sp.open > 0 && doc.is(sp.open - 1, ':') {
            let sent = doc.tokens[sp.open - 1].sent;
            while l_start > prev_close && doc.tokens[l_start - 1].sent == sent {
                l_start -= 1;
            }
        }
        if let Some(sp) = self.according_to(l_start, sp.open) {
            return (Some(sp), true);
        }
        let fragment = l_start < sp.open;
        // A phrase of a few words needs its verb close by: far off, it is a scare quote.
        let words = (sp.first()..sp.last_piece_end())
            .filter(|&t| doc.tokens[t].shape != Shape::Punct)
            .count();
        let reach = if words <= 3 { 10 } else { 20 };
        for v in (l_start..sp.open).rev() {
            if self.is_verb(v) {
                if fragment && sp.open - v > reach {
                    break;
                }
                // "Nefzi said, adding, “...”": a participle takes the subject of the verb before it.
                let earlier = || {
                    (l_start..v)
                        .rev()
                        .filter(|&u| self.is_verb(u))
                        .find_map(|u| self.subject_of(u))
                };
                let subject = self
                    .subject_of(v)
                    .or_else(|| {
                        // ... and so does a verb after "and": "Lazar said ... and added, “…”"
                        if self.low(v).ends_with("ing") || (v > 0 && self.is_word(v - 1, "and")) {
                            earlier()
                        } else {
                            None
                        }
                    })
                    .or_else(|| self.clause_subject(v));
                if subject.is_some() {
                    return (subject, true);
                }
            }
        }
        // Anywhere later in the sentence: "“...” in the days before, says Kushner."
        if !(fragment && words <= 3) {
            if let Some(speaker) = self.attribution_in(r_start, r_end) {
                return (Some(speaker), true);
            }
        }
        // "Here's Clinton in 1992: “...”", or a sentence whose subject is a person with a verb
        // we do not list ("Nordhaus welcomed “...”"): the subject of the sentence.
        let colon = sp.open > 0 && doc.is(sp.open - 1, ':');
        if colon || (fragment && sp.last_piece_end() - sp.first() >= 5) {
            // (the colon may end the paragraph before: "Clinton released a statement:¶“…”")
            let at = if colon { sp.open - 1 } else { sp.open };
            if let Some(person @ Speaker::Person(..)) = self.clause_subject(at) {
                return (Some(person), true);
            }
        }
        // A signature line after the quote's paragraph: "“…”¶- Hillary Clinton."
        if let Some(person) = self.signature_after(close_at) {
            return (Some(person), true);
        }
        // "Bystrom agreed. “…”": a short sentence ending with a speech verb introduces it.
        if !fragment && sp.open >= 2 && doc.is(sp.open - 1, '.') {
            let v = sp.open - 2;
            let sent_start = self.sentence_start(v);
            if doc.tokens[v].para == doc.tokens[sp.open].para
                && v - sent_start <= 8
                && self.is_verb(v)
            {
                if let Some(speaker) = self.subject_of(v) {
                    return (Some(speaker), true);
                }
            }
        }
        // A quote standing on its own continues the previous speaker (same or next paragraph).
        if !fragment {
            if let Some((speaker, para)) = prev_speaker {
                if doc.tokens[sp.open].para <= para + 1 {
                    return (Some(speaker.clone()), false);
                }
            }
        }
        (None, false)
    }

    /// Whether span `s` is part of a sentence rather than a sentence of its own.
    pub(crate) fn is_fragment(&self, spans: &[Span], s: usize) -> bool {
        let doc = self.doc;
        let sp = &spans[s];
        let b = sp.last_piece_end();
        let starts_sentence = sp.open == 0
            || doc.tokens[sp.open - 1].sent != doc.tokens[sp.open].sent
            || doc.tokens[sp.open - 1].para != doc.tokens[sp.open].para
            || doc.is(sp.open - 1, ':');
        let ends_sentence = b > 0
            && (doc.is(b - 1, '.')
                || doc.is(b - 1, '!')
                || doc.is(b - 1, '?')
                || doc.is(b - 1, ','));
        !(starts_sentence || (ends_sentence && b - sp.first() > 6))
    }
}

/// Whether span `s` names a work or is a scare quote rather than speech.
pub(crate) fn is_title_or_scare(doc: &Doc, spans: &[Span], s: usize) -> bool {
    let sp = &spans[s];
    let (a, b) = (sp.first(), sp.last_piece_end());
    // The words of the span (counted and walked, not collected).
    let words = || (a..b).filter(|&i| doc.tokens[i].shape != Shape::Punct);
    let word_count = words().count();
    if word_count == 0 {
        return true;
    }
    // A cue word just before the opening mark.
    for k in 1..=3 {
        let Some(p) = sp.open.checked_sub(k) else {
            break;
        };
        // (not across the end of a sentence: "his second term. “My business ...”")
        if doc.tokens[p].para != doc.tokens[sp.open].para
            || doc.is(p, '.')
            || doc.is(p, '!')
            || doc.is(p, '?')
        {
            break;
        }
        if doc.tokens[p].shape != Shape::Word {
            continue;
        }
        let w = doc.low(p);
        if LEX.work_cues.contains(w) || LEX.scare_cues.contains(w) {
            return word_count <= 12 && sp.joined.is_none();
        }
    }
    // Title Case throughout, with no sentence inside: the name of a work.
    // A sentence mark may end a short title that ends the sentence (on NBC's "Meet the
    // Press."), but none stands inside one.
    let inner_end = if b > a && b - a <= 7 && (doc.is(b - 1, '.') || doc.is(b - 1, ',')) {
        b - 1
    } else {
        b
    };
    let title_case = (2..=14).contains(&word_count)
        && words().all(|i| {
            doc.tokens[i].cap
                || doc.tokens[i].shape == Shape::Number
                || LEX.title_case_small_words.contains(doc.low(i))
        })
        && !(a..inner_end).any(|i| doc.is(i, '.') || doc.is(i, '!') || doc.is(i, '?'));
    // Numbers alone ("2016-06-29") are no quote.
    let no_letters = words().all(|i| doc.tokens[i].shape == Shape::Number);
    // A title after an outlet's possessive: NBC's "Meet the Press".
    let after_possessive =
        sp.open > 0 && doc.tokens[sp.open - 1].poss && doc.tokens[sp.open - 1].cap;
    // A whole sentence in marks is said, not a title: “That's Jeb Bush and Marco Rubio.”
    let whole_sentence = (a..b).any(|i| doc.is(i, '.') || doc.is(i, '!') || doc.is(i, '?'))
        && (sp.open == 0 || doc.tokens[sp.open - 1].sent != doc.tokens[sp.open].sent);
    (title_case && !whole_sentence)
        || no_letters
        || (after_possessive && word_count <= 6 && sp.joined.is_none())
}

/// Whether token `t` is a speech verb or "according" (the lists are read first: a bit test).
fn speech_verb_or_according(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.lex.any(Flags::SPEECH_VERB) || (tok.shape == Shape::Word && doc.low(t) == "according")
}

/// Join the parts of one statement that its attribution splits: “A,” she said, “b.” and
/// “A,” she said. “B.” (the attribution a short sentence of its own) each become one quote, as
/// attribution corpora annotate them.
pub(crate) fn join_split(doc: &Doc, spans: &mut Vec<Span>) {
    // Whether a book is named in the paragraph of token `at` or the one before, before `at`.
    let from_book = |at: usize| {
        let para = doc.tokens[at].para;
        (at.saturating_sub(150)..at)
            .rev()
            .take_while(|&t| doc.tokens[t].para + 1 >= para)
            .any(|t| doc.tokens[t].shape == Shape::Word && LEX.book_words.contains(doc.low(t)))
    };
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for b in std::mem::take(spans) {
        let Some(a) = out.last_mut() else {
            out.push(b);
            continue;
        };
        let a_end = a.last_piece_end();
        let gap = (a.close + 1, b.open);
        let n = doc.tokens.len();
        let para = |t: usize| doc.tokens[t.min(n - 1)].para;
        // “A,” she said.¶“B.” — the next paragraph is nothing but the rest of the statement.
        let whole_next_para = para(a.close) + 1 == para(b.open)
            && (b.open == 0 || para(b.open - 1) != para(b.open))
            && (b.close + 1 >= n || para(b.close + 1) != para(b.open))
            && gap.1 > 0
            && doc.is(gap.1 - 1, '.');
        let same_para = (a.close < n && para(a.close) == para(b.open)) || whole_next_para;
        // (looking through the closing mark of a quote inside: “I say, ‘Thanks,’” she said)
        let mut a_last = a_end.saturating_sub(1);
        if a_last > a.first() && matches!(doc.first_char(a_last), '’' | '\'' | '"' | '”') {
            a_last -= 1;
        }
        let ends_open = a_end > 0
            && (doc.is(a_last, ',')
                || doc.is(a_last, '?')
                || doc.is(a_last, '!')
                || doc.tokens[a_last].shape != Shape::Punct);
        // The gap's last mark, looking through the closing mark of a title that ends it
        // (he said on NBC's “Meet the Press.” “B”).
        let mut last = gap.1.saturating_sub(1);
        if last > gap.0
            && matches!(doc.first_char(last), '”' | '"' | '’' | '»')
            && !doc.tokens[last].in_quote
        {
            last -= 1;
        }
        // (an abbreviation may end the sentence: "after a forum in Fort Mill, S.C. “B.”")
        let period = doc.is(last, '.')
            || (doc.tokens[last].shape == Shape::Word && doc.word(last).ends_with('.'));
        let sentence_between = gap.1 > 0 && period;
        // “A.” “B.”: two quotes with nothing between are one statement.
        let adjacent = gap.0 == gap.1 && a.close < n && para(a.close) == para(b.open);
        if adjacent {
            a.pieces.extend(b.pieces);
            a.close = b.close;
            continue;
        }
        // A colon introduces a new statement ("..., she said, adding:").
        let ends_clause = gap.1 > 0 && (doc.is(last, ',') || period || doc.is(last, '—'));
        // (The words of the gap are read below only when these tests leave a join possible: a
        // gap of at most 45 tokens, ending a clause, in the paragraph.)
        if !same_para || !ends_clause || gap.1 <= gap.0 || gap.1 - gap.0 > 45 {
            out.push(b);
            continue;
        }
        let verbs = (gap.0..gap.1)
            .filter(|&t| speech_verb_or_according(doc, t))
            .count();
        // One attribution, not two ("he said, adding,").
        // The attribution may be long when it opens the gap ("said X, 24, from Y, who ...").
        let opens_with_attribution =
            (gap.0..(gap.0 + 6).min(gap.1)).any(|t| speech_verb_or_according(doc, t));
        let limit = if opens_with_attribution || verbs == 1 {
            45
        } else {
            20
        };
        let short = gap.1 - gap.0 <= limit;
        let has_verb = verbs >= 1;
        // The attribution between opens with the speaker or the verb, not a new statement.
        // ... and holds nothing but the attribution: no clause of its own after a dash, a
        // semicolon or "but".
        let other_clause = (sentence_between
            && (gap.0..gap.1).any(|t| doc.is(t, '-') || doc.is(t, '—') || doc.is(t, ';')))
            // ("“A,” she said, but …, “B”"; not "who voted for X but Y")
            || (gap.0..gap.1).any(|t| {
                doc.tokens[t].shape == Shape::Word
                    && doc.low(t) == "but"
                    && (t == 0 || doc.tokens[t - 1].shape == Shape::Punct)
            });
        let one_sentence = !other_clause
            && gap.1 > gap.0
            && doc.tokens[gap.0].sent == doc.tokens[gap.1 - 1].sent
            && !(gap.0..gap.1).any(|t| doc.tokens[t].in_quote);
        // Excerpts of a book ("In her book, she wrote … “…,” she wrote. “…”") may come from
        // different pages: they stay apart unless one sentence holds them. The parts of a
        // letter, an email or a post are one text and join.
        let writing = (gap.0..gap.1)
            .any(|t| doc.tokens[t].shape == Shape::Word && LEX.writing_verbs.contains(doc.low(t)));
        // “A.” He added, “B.”: a short attribution ending in a comma goes on with the statement.
        let added = a_end > 0
            && doc.is(a_last, '.')
            && gap.1 > gap.0
            && gap.1 - gap.0 <= 4
            && doc.is(gap.1 - 1, ',')
            && verbs == 1;
        // “A,” he said, adding, “B.”: a second verb starts a second statement.
        let second_statement =
            (gap.0..gap.1).any(|t| doc.tokens[t].shape == Shape::Word && doc.word(t) == "adding");
        // “A,” she said. “B,” she said.: the next part has an attribution of its own.
        let attributed_after = sentence_between && {
            let close_sent = doc.tokens[b.close.min(n - 1)].sent;
            let mut k = b.close + 1;
            while k < n && doc.tokens[k].shape == Shape::Punct && k <= b.close + 2 {
                k += 1;
            }
            (k..(k + 3).min(n)).any(|t| {
                doc.tokens[t].sent == close_sent
                    && doc.tokens[t].shape == Shape::Word
                    && !doc.tokens[t].cap
                    && doc.tokens[t].lex.any(Flags::SPEECH_VERB)
            })
        };
        // (In the paragraph and ending a clause, as tested above.)
        if !attributed_after
            && !second_statement
            && (ends_open || added)
            && short
            && has_verb
            && one_sentence
            && !(sentence_between && writing && from_book(a.open))
        {
            a.pieces.extend(b.pieces);
            a.close = b.close;
            if a.between.is_none() {
                a.joined = Some(b.open);
                a.between = Some(gap);
            }
            continue;
        }
        out.push(b);
    }
    *spans = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<String> {
        let mut doc = Doc::new(text);
        let mut s = find_spans(&mut doc);
        join_split(&doc, &mut s);
        s.iter()
            .map(|sp| {
                sp.pieces
                    .iter()
                    .filter(|(a, b)| b > a)
                    .map(|&(a, b)| &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end])
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    }

    #[test]
    fn quote_spans() {
        let cases: &[(&str, &[&str])] = &[
            ("He said “yes.”", &["yes."]),
            ("He said \"yes.\"", &["yes."]),
            ("«Oui», dit-il.", &["Oui"]),
            ("“A,” she said, “b.”", &["A, | b."]),
            ("“A,” she said. “B.”", &["A, | B."]),
            ("“A,” she said. Then she left. “B.”", &["A,", "B."]),
            ("“A,” she wrote. “B.”", &["A, | B."]),
            ("In her book: “A,” she wrote. “B.”", &["A,", "B."]),
            (
                "“I say, ‘Thanks,’” she said. “B.”",
                &["I say, ‘Thanks,’ | B."],
            ),
            ("“A.” He added, “B.”", &["A. | B."]),
            (
                "“A,” he told reporters in Fort Mill, S.C. “B.”",
                &["A, | B."],
            ),
            ("“A,” he said. “B.” “C.”", &["A, | B. | C."]),
            // the next part has an attribution of its own; "adding" starts a second statement
            ("“A,” she said. “B,” she said.", &["A,", "B,"]),
            ("“A,” he said, adding, “B.”", &["A,", "B."]),
            ("“A,” she said, but later, “B.”", &["A,", "B."]),
            (
                "“A,” said Roy Dunn, who voted for X but not Y. “B.”",
                &["A, | B."],
            ),
            ("“A,” she said.\n\n“B.”", &["A, | B."]),
            ("“A,” she said.\n\n“B,” he said.", &["A,", "B,"]),
            ("“A,” she wrote, “b.”", &["A, | b."]),
            ("“A,” he tweeted. “B.”", &["A, | B."]),
            (
                "It asked for an “expedited review“ of the pipes.",
                &["expedited review"],
            ),
            (
                "She tweeted: “We can stop it.’ Then she left.",
                &["We can stop it."],
            ),
            (
                "“He said ‘no.’ I left,” she said.",
                &["He said ‘no.’ I left,"],
            ),
            ("''It is,'' he said.", &["It is,"]),
            ("“One.\n\n“Two.”", &["One. | Two."]),
            ("“He told me ‘never’,” she said.", &["He told me ‘never’,"]),
            ("It was 5 o’clock, the ‘quiet’ hour.", &["quiet"]),
            ("A stray “mark here.\n\nNext para.", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(spans(input), *want, "{input:?}");
        }
    }
}
