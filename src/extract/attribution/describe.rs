//! How an attribution describes its speaker: the appositive, party, place or relative clause
//! that follows the speaker's name ("Ben Ott, a labor economist at the Policy Institute"), kept
//! with the name as attribution corpora annotate speakers.

use super::{Attributor, AUXILIARIES};
use crate::extract::lexicon::{Flags, LEX};
use crate::extract::quotes::opening;
use crate::extract::text::Shape;

impl<'d, 'a> Attributor<'d, 'a> {
    /// The description that follows a speaker's name where an attribution introduces them,
    /// as written, from the token `after` the name: a party and state in brackets
    /// (" (D-Va.)"), a place or body (" of Wisconsin"), an appositive (", a labor economist
    /// at the Economic Policy Institute", ", 62, who has not decided"). It ends where the
    /// clause goes on (", said"), at a quote, or at the end of the sentence.
    pub(crate) fn description_after(&self, after: usize) -> Option<&'a str> {
        let doc = self.doc;
        let name_last = doc.tokens.get(after.checked_sub(1)?)?;
        let (sent, para) = (name_last.sent, name_last.para);
        let inside = |i: usize| {
            doc.tokens
                .get(i)
                .is_some_and(|t| t.sent == sent && t.para == para && !t.in_quote)
        };
        let mut k = after;
        let mut last = None;
        for part in [Self::suffix_at, Self::brackets_at, Self::of_phrase_at] {
            if let Some(e) = part(self, k, &inside) {
                last = Some(e);
                k = e + 1;
            }
        }
        if let Some(e) = self.appositive_at(k, &inside) {
            last = Some(e);
        }
        let last = self.shortened(after, last?)?;
        Some(&doc.text[name_last.end..doc.tokens[last].end])
    }

    /// The last token of the description `after..=last` as a speaker is shown: no relative
    /// clause (", who has advised Mrs. Clinton"), nothing when it is a clause with an
    /// auxiliary of its own, and at most eight words, cut at the last
    /// comma or before the last preposition within them (the ninth word's, if it is one);
    /// `None` when nothing is left.
    fn shortened(&self, after: usize, last: usize) -> Option<usize> {
        const MAX_WORDS: usize = 8;
        let doc = self.doc;
        let word = |i: usize| matches!(doc.tokens[i].shape, Shape::Word | Shape::Number);
        let mut last = (after..=last)
            .find(|&i| word(i) && relative_pronoun(self.low(i)))
            .map_or(Some(last), |i| i.checked_sub(1))?;
        // (a clause with a verb of its own is no description: "Instead, said Mr Doctorow, DRM
        // systems were intended to control …")
        // (an auxiliary among its first words, before a comma or a clause of its own: not
        // "Ivan Kulakov, deputy chairman of Highland Gold - a mining firm that has the motto")
        let first_word = (after..=last).find(|&i| word(i))?;
        let clause = (first_word..=last)
            .take_while(|&i| {
                !doc.is(i, ',')
                    && !doc.is(i, '-')
                    && !doc.is(i, '—')
                    && !matches!(self.low(i), "that" | "who" | "which" | "whose")
            })
            .filter(|&i| word(i))
            .take(4)
            .any(|i| !doc.tokens[i].cap && AUXILIARIES.contains(&self.low(i)));
        if clause {
            return None;
        }
        let mut words = 0;
        let mut cut = None;
        for i in after..=last {
            if word(i) {
                words += 1;
                // (before a preposition: "… director under President Obama"; inside a name,
                // between capitals, only after two of them: "the Federal Reserve Bank" of New
                // York, not "Bank" of America)
                let cap = |t: usize| doc.tokens.get(t).is_some_and(|t| t.cap);
                let joins = matches!(
                    self.low(i),
                    "at" | "of" | "for" | "in" | "from" | "with" | "on" | "under" | "to" | "by"
                ) && !(i > after + 1 && cap(i - 1) && cap(i + 1) && !cap(i - 2));
                if joins {
                    cut = Some(i - 1);
                }
                if words > MAX_WORDS {
                    last = cut.unwrap_or(i - 1);
                    break;
                }
            } else if i > after && doc.is(i, ',') {
                cut = Some(i - 1);
            }
        }
        // (trailing punctuation goes, but a closing bracket and the dot of an abbreviation:
        // "(D-Va.)", "Tampa, Fla.")
        let abbreviation_dot = |e: usize| {
            doc.is(e, '.')
                && doc.glued(e - 1)
                && doc.tokens[e - 1].cap
                && doc.word(e - 1).len() <= 4
        };
        while last >= after
            && doc.tokens[last].shape == Shape::Punct
            && !doc.is(last, ')')
            && !abbreviation_dot(last)
        {
            last -= 1;
        }
        (last >= after).then_some(last)
    }

    /// " Jr." (with its dot, and a comma before it: "Robert P. Casey, Jr."): its last token.
    fn suffix_at(&self, mut k: usize, inside: &dyn Fn(usize) -> bool) -> Option<usize> {
        let doc = self.doc;
        let suffix = |i: usize| {
            doc.tokens.get(i).is_some_and(|t| t.shape == Shape::Word)
                && LEX
                    .name_suffixes
                    .contains(self.low(i).trim_end_matches('.'))
        };
        if inside(k) && doc.is(k, ',') && suffix(k + 1) {
            k += 1;
        }
        if !(inside(k) && suffix(k)) {
            return None;
        }
        let dot = k + 1;
        Some(
            if inside(dot) && doc.is(dot, '.') && !doc.word(k).ends_with('.') {
                dot
            } else {
                k
            },
        )
    }

    /// " (D-Va.)": its closing bracket.
    fn brackets_at(&self, k: usize, inside: &dyn Fn(usize) -> bool) -> Option<usize> {
        let doc = self.doc;
        if !(inside(k) && doc.is(k, '(')) {
            return None;
        }
        (k + 1..(k + 8).min(doc.tokens.len()))
            .take_while(|&i| inside(i))
            .find(|&i| doc.is(i, ')'))
    }

    /// " of Wisconsin", " of the Brennan Center for Justice", " of the law firm Mayer Brown":
    /// its last capitalised word.
    fn of_phrase_at(&self, k: usize, inside: &dyn Fn(usize) -> bool) -> Option<usize> {
        let doc = self.doc;
        if !(inside(k) && self.is_word(k, "of")) {
            return None;
        }
        let mut end = None;
        let mut i = k + 1;
        while inside(i) && i < k + 12 {
            if doc.tokens[i].shape != Shape::Word {
                // (the apostrophe of a plural's possessive inside a body's name: " of the
                // National Farmers' Union")
                let apostrophe =
                    doc.plural_possessive_mark(i) && doc.tokens.get(i + 1).is_some_and(|t| t.cap);
                if !apostrophe {
                    break;
                }
                i += 1;
                continue;
            }
            let w = self.low(i);
            // (a possessive after "of" before a common noun is what the words are about, not
            // where the person is from: "said Alex McLeish of Novo's punishment"; but "of
            // NASA's Jet Propulsion Laboratory")
            if doc.tokens[i].poss
                && doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.shape == Shape::Word && !n.cap)
            {
                return None;
            }
            if doc.tokens[i].cap {
                end = Some(i);
                // (a firm's "Co." ends the name, and the sentence when a capital follows:
                // " of Ray and Co. Bonds fell")
                if doc.word(i).ends_with('.') && LEX.corporate_suffixes.contains(w) {
                    break;
                }
            } else if !matches!(w, "the" | "of" | "and" | "for" | "on")
                && (LEX.not_descriptions.contains(w)
                    || w.ends_with("ing")
                    || w.ends_with("ed")
                    || doc.tokens[i].lex.any(Flags::SPEECH_VERB))
            {
                break;
            }
            i += 1;
        }
        end
    }

    /// ", a labor economist at ...": up to a comma after which the clause goes on, or the end of
    /// the sentence; or a relative clause with no comma (" who was not authorized to speak").
    /// Its last token.
    fn appositive_at(&self, k: usize, inside: &dyn Fn(usize) -> bool) -> Option<usize> {
        let doc = self.doc;
        let k = if inside(k) && doc.is(k, ',') && self.opens_appositive(k + 1) {
            k
        } else if inside(k) && (self.is_word(k, "who") || self.is_word(k, "whose")) {
            k - 1
        } else {
            return None;
        };
        let mut e = self.appositive_end(k)?;
        // (but the dot of an abbreviation: "Allentown, Pa.,")
        let abbreviation_dot = |e: usize| {
            doc.is(e, '.')
                && doc.glued(e - 1)
                && doc.tokens[e - 1].cap
                && doc.word(e - 1).len() <= 4
                && doc.is(e + 1, ',')
        };
        while e > k
            && doc.tokens[e].shape == Shape::Punct
            && !doc.is(e, ')')
            && !abbreviation_dot(e)
        {
            e -= 1;
        }
        (e > k).then_some(e)
    }

    /// The last token of the appositive after token `k` (its comma), trailing punctuation
    /// included: before the end of the sentence, a dash or a semicolon, a comma after which
    /// the clause goes on, or (back to the comma of the part it is in) the attribution or the
    /// quote itself; at most 45 tokens on.
    fn appositive_end(&self, k: usize) -> Option<usize> {
        let doc = self.doc;
        let n = doc.tokens.len();
        let (sent, para) = (doc.tokens[k].sent, doc.tokens[k].para);
        // Where the current part of the description began (its comma).
        let mut part = k;
        // Whether a relative clause has opened ("who ..."): its verbs belong to it.
        let mut relative = false;
        let mut i = k + 1;
        while i < (k + 45).min(n) {
            let t = &doc.tokens[i];
            if t.sent != sent || t.para != para {
                return Some(i - 1);
            }
            relative |= t.shape == Shape::Word && relative_pronoun(self.low(i));
            // "Peter Dobrow, a T-Mobile spokesperson said": the verb ends the appositive; but
            // "Bo Ray, lives in Leeds and wrote" is a predicate, no description
            if !relative && self.is_verb(i) {
                return (!self.is_word(i - 1, "and")).then(|| i - 1);
            }
            if self.attribution_or_quote_at(i) {
                return Some(part - 1);
            }
            if t.shape == Shape::Punct {
                match doc.first_char(i) {
                    // (".," closes an abbreviation: "Tampa, Fla., who")
                    '.' if doc.is(i + 1, ',') => {}
                    ';' | '—' | '–' | '.' | '!' | '?' => return Some(i - 1),
                    ',' if !self.continues_appositive(i) => return Some(i - 1),
                    ',' => part = i,
                    _ => {}
                }
            }
            i += 1;
        }
        (i == n).then(|| n - 1)
    }

    /// Whether token `i` is no part of a description but the attribution or the quote itself:
    /// "Sykes, who lamented, “…”", "Ramos, whose book has … “" (the marks of a title are no
    /// quote: "author of “Bitter Pill”"), or a colon.
    fn attribution_or_quote_at(&self, i: usize) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[i];
        let quote_opens = t.shape == Shape::Punct
            && opening(doc.first_char(i))
            && doc.tokens.get(i + 1).is_some_and(|n| n.in_quote);
        t.in_quote
            || (self.is_verb(i) && (self.quote_follows_closely(i) || self.is_word(i + 1, "that")))
            || quote_opens
            || doc.is(i, ':')
    }

    /// Whether token `i`, after a comma that follows a name, opens a description of the person.
    fn opens_appositive(&self, i: usize) -> bool {
        let doc = self.doc;
        let Some(t) = doc.tokens.get(i) else {
            return false;
        };
        if t.in_quote {
            return false;
        }
        if t.shape == Shape::Number {
            // an age: "Smith, 58, said", "said Smith, 58."
            return doc.is(i + 1, ',')
                || doc.is(i + 1, '.')
                || doc.tokens.get(i + 1).is_none_or(|n| n.sent != t.sent);
        }
        if t.shape != Shape::Word {
            return false;
        }
        let w = self.low(i);
        let described = if t.cap {
            self.capitalised_description_at(i)
        } else {
            self.lower_case_description_at(i)
        };
        // Anything closed by a comma and the speech verb: "Frelick, refugee rights program
        // director at Human Rights Watch, said".
        // "Dunn, now a partner at …", "Daniloff, now 81 and retired"
        let now = matches!(w, "now" | "then" | "formerly" | "once")
            && doc.tokens.get(i + 1).is_some_and(|n| {
                n.shape == Shape::Number
                    || (n.shape == Shape::Word && matches!(self.low(i + 1), "a" | "an" | "the"))
            });
        // (not an adverb and a participle: "Nattrass, apparently talking about the EU,")
        let adverb_participle = w.ends_with("ly")
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|_| self.low(i + 1).ends_with("ing"));
        // (not a verb in the past and its object, a possessor's: "The leader of Ennahda,
        // Rachid Ghannouchi, condemned Wednesday’s attack, saying")
        let verb_and_object = w.ends_with("ed")
            && doc.tokens.get(i + 1).is_some_and(|n| {
                n.poss || matches!(self.low(i + 1), "his" | "her" | "their" | "its" | "our")
            });
        described
            || now
            || (!LEX.not_descriptions.contains(w)
                && !w.ends_with("ing")
                && !adverb_participle
                && !verb_and_object
                && self.verb_after_next_comma(i))
    }

    /// Whether the capitalised word at token `i` opens a description: "Smith, Clinton's campaign
    /// manager,", "Palmieri, Mrs. Clinton's aide", "Graham, R-S.C.", "Schout, Europe
    /// coordinator at ...", "Silverman, CrowdTangle chief executive", "Scott, Republican of".
    fn capitalised_description_at(&self, i: usize) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[i];
        let word = doc.word(i);
        let role_at = |j: usize| {
            doc.tokens
                .get(j)
                .is_some_and(|n| n.shape == Shape::Word && !n.cap && n.lex.is_role_noun())
        };
        t.poss
            || LEX.party_labels.contains(self.low(i))
            || role_at(i + 1)
            || (role_at(i + 2)
                && doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.shape == Shape::Word))
            || (t.lex.any(Flags::TITLE) && doc.tokens.get(i + 1).is_some_and(|n| n.cap && n.poss))
            || (word.len() >= 3
                && word.as_bytes()[1] == b'-'
                && matches!(word.as_bytes()[0], b'R' | b'D' | b'I'))
    }

    /// Whether the lower-case word at token `i` opens a description: "a lawyer", "who ...",
    /// "head of the ...", "refugee rights director", "managing director"; not a verb
    /// ("adding", "referring to").
    fn lower_case_description_at(&self, i: usize) -> bool {
        let doc = self.doc;
        let t = &doc.tokens[i];
        let w = self.low(i);
        matches!(w, "a" | "an" | "the" | "who" | "whose" | "one")
            || w.ends_with("-year-old")
            || (t.lex.is_role_noun() && !t.lex.any(Flags::SPEECH_VERB))
            || (w.ends_with("ing")
                && doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.shape == Shape::Word && n.lex.is_role_noun()))
            || (w.len() > 2
                && !w.ends_with("ing")
                && !w.ends_with("ed")
                && !w.ends_with("ly")
                && !t.lex.any(Flags::SPEECH_VERB)
                && !LEX.not_descriptions.contains(w))
    }

    /// Whether a quote opens right after token `i` (a comma or colon between allowed).
    fn quote_follows_closely(&self, i: usize) -> bool {
        let doc = self.doc;
        let sent = doc.tokens[i].sent;
        doc.tokens[i + 1..]
            .iter()
            .take(4)
            .take_while(|t| t.sent == sent)
            .any(|t| t.in_quote)
    }

    /// Whether a speech verb follows the next comma of the sentence after token `i`.
    fn verb_after_next_comma(&self, i: usize) -> bool {
        let doc = self.doc;
        let sent = doc.tokens[i].sent;
        for j in i..(i + 20).min(doc.tokens.len()) {
            let t = &doc.tokens[j];
            if t.sent != sent || t.in_quote || self.is_verb(j) {
                return false;
            }
            if doc.is(j, ',') {
                let mut v = j + 1;
                while v < doc.tokens.len() && LEX.between_speaker_and_verb.contains(self.low(v)) {
                    v += 1;
                }
                return v < doc.tokens.len() && self.is_verb(v);
            }
        }
        false
    }

    /// Whether a description goes on after the comma at token `comma`: a relative clause
    /// (", who ..."), a description after an age (", 21, a student"), a state after a town
    /// (", Fla.,").
    fn continues_appositive(&self, comma: usize) -> bool {
        let doc = self.doc;
        let Some(t) = doc.tokens.get(comma + 1) else {
            return false;
        };
        if t.in_quote {
            return false;
        }
        let before = &doc.tokens[comma - 1];
        // "$1,200"
        if before.shape == Shape::Number
            && t.shape == Shape::Number
            && before.end == doc.tokens[comma].start
            && doc.tokens[comma].end == t.start
        {
            return true;
        }
        if t.shape != Shape::Word {
            return false;
        }
        let w = self.low(comma + 1);
        relative_pronoun(w)
            || ((before.shape == Shape::Number || before.cap) && matches!(w, "a" | "an" | "the"))
            || (before.shape == Shape::Number && w == "of")
            || (t.cap
                && before.cap
                && before.shape == Shape::Word
                && (t.lex.any(Flags::PLACE)
                    || doc.word(comma + 1).ends_with('.')
                    || doc.is(comma + 2, '.')
                    || doc.is(comma + 2, ',')))
    }
}

/// Whether a word opens a relative clause about a person ("who", "whom", "whose", "which").
fn relative_pronoun(word: &str) -> bool {
    matches!(word, "who" | "whom" | "whose" | "which")
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{check, Cases};

    /// The description an attribution gives its speaker, kept with the name, and where it ends.
    #[test]
    fn descriptions() {
        let cases: Cases = &[
            // an appositive after an inverted attribution runs to the end of the sentence
            (
                "“Prices will fall,” said Ben Ott, a labor economist at the Policy Institute.",
                &[(
                    "Prices will fall,",
                    Some("Ben Ott, a labor economist at the Policy Institute"),
                    Some("Ben Ott"),
                )],
            ),
            // (not a verb in the past and its object: the name is the appositive)
            (
                "The leader of the party, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it “will not break our people’s will.”",
                &[(
                    "will not break our people’s will.",
                    Some("Rachid Ghannouchi"),
                    Some("Rachid Ghannouchi"),
                )],
            ),
            // ... or to the comma before the speech verb
            (
                "“Prices will fall,” Ben Ott, a labor economist, told reporters.",
                &[(
                    "Prices will fall,",
                    Some("Ben Ott, a labor economist"),
                    Some("Ben Ott"),
                )],
            ),
            // any description closed by the verb's comma
            (
                "“Wait,” Ada Frei, refugee rights director at Open Doors, said on Monday.",
                &[(
                    "Wait,",
                    Some("Ada Frei, refugee rights director at Open Doors"),
                    Some("Ada Frei"),
                )],
            ),
            // an appositive before the verb
            (
                "Tomas Berg, the harbour master, said: “The water is rising.”",
                &[(
                    "The water is rising.",
                    Some("Tomas Berg, the harbour master"),
                    Some("Tomas Berg"),
                )],
            ),
            // (not a clause after an inserted attribution)
            (
                "Firms admit it. Instead, said Ivo Hale, the systems were intended to control us. “They sell it again and again.”",
                &[("They sell it again and again.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // (not an adverb and a participle)
            (
                "The film showed Ivo Hale, apparently talking about the plan, telling the meeting: “It is over.”",
                &[("It is over.", Some("Ivo Hale"), Some("Ivo Hale"))],
            ),
            // a party and state in brackets; a place after "of"
            (
                "“It matters,” said Sen. Carl Pike (D-Ore.).",
                &[("It matters,", Some("Carl Pike (D-Ore.)"), Some("Carl Pike"))],
            ),
            (
                "“It matters,” said Sen. Nora Vance of Wisconsin.",
                &[(
                    "It matters,",
                    Some("Nora Vance of Wisconsin"),
                    Some("Nora Vance"),
                )],
            ),
            // a party label in brackets between the name and the verb
            (
                "“It matters,” Sen. Marco Rubio (R-Fla.) said Saturday.",
                &[(
                    "It matters,",
                    Some("Marco Rubio (R-Fla.)"),
                    Some("Marco Rubio"),
                )],
            ),
            (
                "“It matters,” said Sen. Chris Murphy (D-Conn.).",
                &[(
                    "It matters,",
                    Some("Chris Murphy (D-Conn.)"),
                    Some("Chris Murphy"),
                )],
            ),
            // an age is part of the description, and so is a place after it
            (
                "“We left,” said Ida Moss, 58.",
                &[("We left,", Some("Ida Moss, 58"), Some("Ida Moss"))],
            ),
            (
                "“We left,” said Ida Moss, 58, of Derry.",
                &[("We left,", Some("Ida Moss, 58, of Derry"), Some("Ida Moss"))],
            ),
            (
                "“We left,” said Ida Moss, 58, a nurse from Tampa, Fla., who voted early.",
                &[(
                    "We left,",
                    Some("Ida Moss, 58, a nurse from Tampa, Fla."),
                    Some("Ida Moss"),
                )],
            ),
            // at most eight words, cut before the last preposition within them (the ninth
            // word's, if it is one), not after the first word of a name
            (
                "“It is early,” said Hal Voss, the Nobel Prize-winning former health director under President Obama.",
                &[(
                    "It is early,",
                    Some("Hal Voss, the Nobel Prize-winning former health director"),
                    Some("Hal Voss"),
                )],
            ),
            (
                "“It is early,” said Ann Lee, executive vice president of the Harbour Institution for two years.",
                &[(
                    "It is early,",
                    Some("Ann Lee, executive vice president of the Harbour Institution"),
                    Some("Ann Lee"),
                )],
            ),
            (
                "“It is early,” said Rob Sinclair, head of currency strategy at Bank of North America.",
                &[(
                    "It is early,",
                    Some("Rob Sinclair, head of currency strategy"),
                    Some("Rob Sinclair"),
                )],
            ),
            // a relative clause is no description
            (
                "“It is early,” said Greg Slade, whom the president appointed chief of mission.",
                &[("It is early,", Some("Greg Slade"), Some("Greg Slade"))],
            ),
            // a participle is no description
            (
                "“We stay,” Mia Holt, speaking to voters, said on Friday.",
                &[("We stay,", Some("Mia Holt"), Some("Mia Holt"))],
            ),
            // a relative clause that holds the attribution itself is no description
            (
                "Then there was Carl Sykes, who lamented, “We have spent years on this.”",
                &[(
                    "We have spent years on this.",
                    Some("Carl Sykes"),
                    Some("Carl Sykes"),
                )],
            ),
            // a later mention by surname gives the full name, with no description
            (
                "Ben Ott, an economist, spoke first. “It is early,” Ott said.",
                &[("It is early,", Some("Ben Ott"), Some("Ben Ott"))],
            ),
            // no description: "for one", "however"
            (
                "“Not again,” said Rush Dale, for one.",
                &[("Not again,", Some("Rush Dale"), Some("Rush Dale"))],
            ),
            // a suffix before the appositive; a relative clause whose verb does not introduce
            // the quote; a given name with a place or an organisation word for a surname
            (
                "“It is hard,” said C. Stewart Verdery Jr., a senior security official.",
                &[(
                    "It is hard,",
                    Some("C. Stewart Verdery Jr., a senior security official"),
                    Some("C. Stewart Verdery"),
                )],
            ),
            (
                "Alan Krueger, an economist who has advised Mrs. Clinton, said, “It is hard.”",
                &[(
                    "It is hard.",
                    Some("Alan Krueger, an economist"),
                    Some("Alan Krueger"),
                )],
            ),
            (
                "“It is hard,” said Representative Steve Israel, a Democrat from New York.",
                &[(
                    "It is hard,",
                    Some("Steve Israel, a Democrat from New York"),
                    Some("Steve Israel"),
                )],
            ),
            (
                "“It is hard,” said Senator Tim Scott, Republican of South Carolina.",
                &[(
                    "It is hard,",
                    Some("Tim Scott, Republican of South Carolina"),
                    Some("Tim Scott"),
                )],
            ),
            // "of" with lower-case words before the name of the body; "now a ..."
            (
                "“It is hard,” said Ed Pincus of the law firm Mayer Brown.",
                &[(
                    "It is hard,",
                    Some("Ed Pincus of the law firm Mayer Brown"),
                    Some("Ed Pincus"),
                )],
            ),
            (
                "“It is hard,” said Anita Dunn, now a partner at a firm.",
                &[(
                    "It is hard,",
                    Some("Anita Dunn, now a partner at a firm"),
                    Some("Anita Dunn"),
                )],
            ),
            // an appositive that opens with a role, a participle before a role, or a capitalised
            // word before a role; a name with an initial
            (
                "“It is hard,” said Jock A. Finlayson, head of policy at the Business Council.",
                &[(
                    "It is hard,",
                    Some("Jock A. Finlayson, head of policy at the Business Council"),
                    Some("Jock A. Finlayson"),
                )],
            ),
            (
                "“It is hard,” said Ken Sena, managing director at Evercore.",
                &[(
                    "It is hard,",
                    Some("Ken Sena, managing director at Evercore"),
                    Some("Ken Sena"),
                )],
            ),
            (
                "“It is hard,” said Adriaan Schout, Europe coordinator at the institute.",
                &[(
                    "It is hard,",
                    Some("Adriaan Schout, Europe coordinator at the institute"),
                    Some("Adriaan Schout"),
                )],
            ),
            // at most eight words, cut at a comma or before a preposition; no relative clause
            (
                "“It is hard,” said Ned Ray, a Democratic strategist who was the media director.",
                &[("It is hard,", Some("Ned Ray, a Democratic strategist"), Some("Ned Ray"))],
            ),
            (
                "“It is hard,” said Ned Ray, the chief economist of the bank, a state-owned lender in Oslo.",
                &[(
                    "It is hard,",
                    Some("Ned Ray, the chief economist of the bank"),
                    Some("Ned Ray"),
                )],
            ),
            (
                "“It is hard,” said Ned Ray, a retired schoolteacher and former union organizer from Leeds.",
                &[(
                    "It is hard,",
                    Some("Ned Ray, a retired schoolteacher and former union organizer"),
                    Some("Ned Ray"),
                )],
            ),
            // a second speech verb with "that" starts another attribution
            (
                "“It is hard,” said Al Aguilar, a director, who also said that the men agreed.",
                &[(
                    "It is hard,",
                    Some("Al Aguilar, a director"),
                    Some("Al Aguilar"),
                )],
            ),
        ];
        check(cases);
    }
}
