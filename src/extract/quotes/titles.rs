//! Quoted phrases that are not speech: the title of a work (his memoir “Breaking Waves”, NBC's
//! “Meet the Press”), a scare quote or nickname (the so-called “green deal”), a number.

use super::QuotedSpan;
use crate::extract::lexicon::{Flags, LEX};
use crate::extract::people::{given_before_nickname, nickname_at};
use crate::extract::text::{Doc, Shape};

/// Verbs of naming among the cues of a scare quote ([`crate::extract::lexicon::Lexicon::scare_cues`]).
const NAMING_VERBS: &[&str] = &[
    "dubbed",
    "nicknamed",
    "labeled",
    "labelled",
    "branded",
    "coined",
    "termed",
];

/// `spans` less the titles of works and scare quotes, whose tokens are no longer marked as
/// quoted. (Out before the parts of statements are joined, so that “A,” he said on NBC's “Meet
/// the Press.” “B.” is one quote.)
pub(super) fn drop_titles(doc: &mut Doc, spans: Vec<QuotedSpan>) -> Vec<QuotedSpan> {
    let titles: Vec<bool> = spans.iter().map(|s| is_title_or_scare(doc, s)).collect();
    let mut kept = Vec::with_capacity(spans.len());
    for (span, title) in spans.into_iter().zip(titles) {
        if title {
            for &(a, b) in &span.pieces {
                for t in &mut doc.tokens[a..b] {
                    t.in_quote = false;
                }
            }
        } else {
            kept.push(span);
        }
    }
    kept
}

/// Whether the word at token `p` is a verb of saying that introduces the quotation opening at
/// token `open`, with nothing but a colon or a comma between: the words before it are its
/// speaker's ("The World Food Programme said: “…”"), not a work's. A verb that names ("a play
/// called “…”", "the paper calls it “…”") or a participle ("signs saying, “…”") does not.
fn introduces(doc: &Doc, p: usize, open: usize) -> bool {
    const NAMING: [&str; 8] = [
        "call", "calls", "called", "named", "dubbed", "titled", "entitled", "reads",
    ];
    let w = doc.low(p);
    doc.tokens[p].lex.any(Flags::SPEECH_VERB)
        && !w.ends_with("ing")
        && !NAMING.contains(&w)
        && (p + 1..open).all(|i| doc.is(i, ':') || doc.is(i, ','))
}

/// Whether the noun at token `p`, followed by a colon or comma, is what a verb of saying
/// before it speaks to, in or of: "told the Sun newspaper:", "wrote in the paper,", "said in a
/// report:", "said of the episode,", "wrote about the film:".
fn medium_of_speech(doc: &Doc, p: usize) -> bool {
    if !(doc.is(p + 1, ':') || doc.is(p + 1, ',')) {
        return false;
    }
    let mut k = p;
    for _ in 0..5 {
        k = match k.checked_sub(1) {
            Some(k) => k,
            None => return false,
        };
        let t = &doc.tokens[k];
        if !(t.shape == Shape::Word && (t.cap || LEX.determiners.contains(doc.low(k)))) {
            break;
        }
    }
    if matches!(doc.low(k), "in" | "to" | "of" | "about" | "on") {
        let Some(v) = k.checked_sub(1) else {
            return false;
        };
        k = v;
    }
    doc.tokens[k].lex.any(Flags::SPEECH_VERB) && !doc.tokens[k].in_quote
}

/// Whether span `sp` (of `word_count` words) is a heading: a paragraph of six words at most in
/// marks (25 when they open with an ellipsis), with no stop nor comma at their end, and nothing
/// else but a list's number (and its dot or bracket) before them.
fn heading(doc: &Doc, sp: &QuotedSpan, word_count: usize) -> bool {
    let (a, b) = (sp.first(), sp.last_piece_end());
    // (a longer one that opens with an ellipsis, a claim cited in part as a section's
    // heading: "“… prevent the evacuation of the Syrian civilians from the Rubkan camp”")
    let cited = word_count <= 25 && (doc.is(a, '…') || (doc.is(a, '.') && doc.is(a + 1, '.')));
    if (word_count > 6 && !cited) || sp.joined.is_some() || sp.pieces.len() > 1 || b <= a {
        return false;
    }
    let para = doc.tokens[sp.open].para;
    let in_para = |i: usize| doc.tokens.get(i).is_some_and(|t| t.para == para);
    let mut k = sp.open;
    while k > 0 && in_para(k - 1) {
        k -= 1;
        let t = &doc.tokens[k];
        if !(t.shape == Shape::Number || doc.is(k, '.') || doc.is(k, ')')) {
            return false;
        }
    }
    // (the closing mark, and no word, ends the paragraph)
    let ends_para =
        !in_para(b + 2) && (b..b + 2).all(|i| !in_para(i) || doc.tokens[i].shape == Shape::Punct);
    // (or a price in brackets does, as a shopping list's items end: "“Thumper” ($20)")
    let price_ends_para = || {
        let mut i = sp.close + 1;
        if !doc.is(i, '(') {
            return false;
        }
        i += 1;
        let mut number = false;
        while in_para(i) && !doc.is(i, ')') {
            let t = &doc.tokens[i];
            if t.shape == Shape::Number {
                number = true;
            } else if !(t.shape == Shape::Punct
                && matches!(doc.first_char(i), '$' | '£' | '€' | '¥' | '.' | ','))
            {
                return false;
            }
            i += 1;
        }
        number && in_para(i) && !in_para(i + 1)
    };
    (doc.tokens[b - 1].shape != Shape::Punct || doc.is(b - 1, ')'))
        && (ends_para || price_ends_para())
}

/// Nouns that take a name in quotation marks before them: "the “one country, two systems”
/// formula", "“put” options", "the “zero tolerance” policy", "“three amigos” references".
const NAMING_NOUNS: [&str; 29] = [
    "formula",
    "policy",
    "doctrine",
    "principle",
    "slogan",
    "label",
    "motto",
    "mantra",
    "catchphrase",
    "hashtag",
    "nickname",
    "moniker",
    "option",
    "options",
    "strategy",
    "scheme",
    "programme",
    "program",
    "initiative",
    "concept",
    "model",
    "brand",
    "rule",
    "rules",
    // ("cringes at “three amigos” references")
    "references",
    "tag",
    "tagline",
    "epithet",
    "buzzword",
];

/// Whether the words of tokens `a..b` read as a speaker's description rather than a name: a
/// degree word first ("less painful", "very good"), "but" or "and" between adjectives ("firm
/// but fair"), or a last word with an adjective's ending ("rigid", "disastrous").
fn describes_as_adjective(doc: &Doc, a: usize, b: usize) -> bool {
    const DEGREE: [&str; 6] = ["more", "less", "most", "least", "very", "too"];
    const ENDINGS: [&str; 10] = [
        "ful", "ous", "ive", "able", "ible", "al", "ic", "id", "less", "ish",
    ];
    let words: Vec<usize> = (a..b)
        .filter(|&i| doc.tokens[i].shape == Shape::Word)
        .collect();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return false;
    };
    DEGREE.contains(&doc.low(first))
        || words.iter().any(|&i| matches!(doc.low(i), "but" | "and"))
        || ENDINGS.iter().any(|e| doc.low(last).ends_with(e))
}

/// Whether span `sp` is a nickname set inside a name, between a given name (or initials)
/// and a surname: Thomas "Tip" O'Neill, C.N. "Bud" Moore (see
/// [`crate::extract::people::nickname_at`]).
fn nickname(doc: &Doc, sp: &QuotedSpan) -> bool {
    let Some(given) = sp.open.checked_sub(1) else {
        return false;
    };
    sp.joined.is_none()
        && nickname_at(doc, sp.open)
            .is_some_and(|surname| given_before_nickname(doc, surname) == Some(given))
}

/// Whether span `sp` (of `word_count` words) is an epithet a comma sets after a name: a noun
/// phrase of "the", of eight words at most, that a comma ends (Edward Lorenz, “the father of
/// chaos,” died), with no verb of being or having inside and no verb of saying before the
/// name.
fn epithet(doc: &Doc, sp: &QuotedSpan, word_count: usize) -> bool {
    const CLAUSE: [&str; 10] = [
        "is", "are", "was", "were", "be", "has", "have", "had", "will", "would",
    ];
    let (a, b, o) = (sp.first(), sp.last_piece_end(), sp.open);
    if word_count > 8
        || sp.joined.is_some()
        || o < 2
        || !doc.is(o - 1, ',')
        || !(doc.tokens[o - 2].cap && doc.tokens[o - 2].shape == Shape::Word)
        || !doc.is_low(a, "the")
        || !(doc.is(b - 1, ',') || doc.is(sp.close + 1, ','))
        || (a..b).any(|i| {
            doc.is(i, '.') || doc.is(i, '!') || doc.is(i, '?') || CLAUSE.contains(&doc.low(i))
        })
    {
        return false;
    }
    // (back over the name to the word before it)
    let mut k = o - 2;
    while k > 0 && (doc.tokens[k - 1].cap || doc.is(k - 1, '.')) {
        k -= 1;
    }
    !k.checked_sub(1)
        .is_some_and(|p| doc.tokens[p].lex.any(Flags::SPEECH_VERB))
}

/// Whether span `sp` is a headline cited with its byline or its site, a comma between:
/// “Met accused of whitewashing baby Jesus,” by Post's Ann Lee: (an outlet's or a writer's
/// possessive, then a name); (“Romney blasts Trump,” USATODAY.com, Thursday).
fn cited_headline(doc: &Doc, sp: &QuotedSpan) -> bool {
    if sp.joined.is_some() {
        return false;
    }
    let para = doc.tokens[sp.open].para;
    let in_para = |k: usize| doc.tokens.get(k).is_some_and(|t| t.para == para);
    let mut k = sp.close + 1;
    let comma_inside = sp.last_piece_end() > 0 && doc.is(sp.last_piece_end() - 1, ',');
    if doc.is(k, ',') {
        k += 1;
    } else if !comma_inside {
        return false;
    }
    if !in_para(k) || doc.tokens[k].shape != Shape::Word {
        return false;
    }
    if doc.low(k) == "by" {
        // (a plural's possessive mark is a token of its own: "Times' Ben Sisario")
        let owner = k + 1;
        let name = if in_para(owner) && doc.tokens[owner].poss {
            owner + 1
        } else if doc.plural_possessive_mark(owner + 1) {
            owner + 2
        } else {
            return false;
        };
        return in_para(name)
            && doc.tokens[owner].cap
            && doc.tokens[name].cap
            && doc.tokens[name].shape == Shape::Word;
    }
    let site = doc.low(k);
    [".com", ".org", ".net", ".co.uk"]
        .iter()
        .any(|d| site.len() > d.len() && site.ends_with(d))
}

/// Whether span `sp` names a work or is a scare quote rather than speech.
pub(crate) fn is_title_or_scare(doc: &Doc, sp: &QuotedSpan) -> bool {
    let (a, b) = (sp.first(), sp.last_piece_end());
    // The words of the span (counted and walked, not collected).
    let words = || (a..b).filter(|&i| doc.tokens[i].shape != Shape::Punct);
    let word_count = words().count();
    if word_count == 0 {
        return true;
    }
    if cited_headline(doc, sp) {
        return true;
    }
    // "a shareholder rights plan, or “poison pill,”": another name that glosses a thing.
    let o = sp.open;
    if word_count <= 3
        && sp.joined.is_none()
        && o >= 3
        && doc.tokens[o - 1].shape == Shape::Word
        && doc.low(o - 1) == "or"
        && (doc.is(o - 2, ',') || doc.is(o - 2, '('))
        && doc.tokens[o - 3].shape == Shape::Word
        && !doc.tokens[o - 3].cap
    {
        return true;
    }
    // A work's name that qualifies a noun, between an article and the noun: "the “Pose” actor",
    // "a “Star Wars” fan".
    let after = sp.close + 1;
    if word_count <= 4
        && sp.joined.is_none()
        && o > 0
        && matches!(doc.low(o - 1), "the" | "a" | "an")
        && words().all(|i| doc.tokens[i].cap)
        && doc
            .tokens
            .get(after)
            .is_some_and(|t| t.shape == Shape::Word && !t.cap && t.para == doc.tokens[o].para)
    {
        return true;
    }
    // A name given to a policy, a scheme or a kind of thing, before the noun it names: "the
    // “one country, two systems” formula", "buy “put” options", "the “zero tolerance”
    // policy" (a noun that takes a name: not an adjective a speaker used, "a “firm but fair”
    // system").
    if word_count <= 5
        && sp.joined.is_none()
        && !(a..b).any(|i| doc.is(i, '.') || doc.is(i, '!') || doc.is(i, '?'))
        && doc.tokens.get(after).is_some_and(|t| {
            t.shape == Shape::Word
                && !t.cap
                && t.para == doc.tokens[o].para
                && NAMING_NOUNS.contains(&doc.low(after))
        })
        && !describes_as_adjective(doc, a, b)
    {
        return true;
    }
    // An epithet set off by commas after a name: Edward Lorenz, “the father of chaos,” died
    // …; not words said after a verb of saying and a name ("said Ann Lee, “the plan is
    // dead,”"), nor a clause ("the plan is dead").
    if epithet(doc, sp, word_count) {
        return true;
    }
    // A nickname between a given name (or initials) and a surname: Thomas "Tip" O'Neill,
    // C.N. "Bud" Moore.
    if nickname(doc, sp) {
        return true;
    }
    // A programme's name of one word after "on": "said on “DWTS.”", "appeared on “Today”".
    if word_count == 1
        && sp.joined.is_none()
        && o > 0
        && doc.low(o - 1) == "on"
        && words().all(|i| doc.tokens[i].cap)
    {
        return true;
    }
    // A heading in marks: a line that is the quote alone (a list's number before it at most),
    // a few words with no stop nor comma ("6. “The Gordon problem”").
    if heading(doc, sp, word_count) {
        return true;
    }
    // A cue word just before the opening mark, or before "such as" there ("signs with
    // sayings such as, “…”").
    let mut from = sp.open;
    let comma = usize::from(from > 0 && doc.is(from - 1, ','));
    if from >= comma + 2
        && doc.is_low(from - comma - 1, "as")
        && doc.is_low(from - comma - 2, "such")
    {
        from -= comma + 2;
    }
    for k in 1..=3 {
        let Some(p) = from.checked_sub(k) else {
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
        // (a paper or report that a verb of saying names as its listener or medium, before a
        // colon or comma, introduces speech: "told the newspaper: “…”", "wrote in a report,
        // “…”"; a title in Title Case there is still one, below)
        if LEX.work_cues.contains(w) && p + 2 == sp.open && medium_of_speech(doc, p) {
            break;
        }
        // (a verb of naming with its object between, "dubbed the sequel “unabashedly
        // trivial”", "labelled the deal “an eye-opener”", gives the speaker's own words for
        // it: a name is given right after the verb, "dubbed “Operation Fox”")
        if k >= 2 && NAMING_VERBS.contains(&w) {
            break;
        }
        if LEX.work_cues.contains(w) || LEX.scare_cues.contains(w) {
            return word_count <= 12 && sp.joined.is_none();
        }
        if introduces(doc, p, sp.open) {
            break;
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
    // Numbers alone ("2016-06-29") are no quote, nor is a label, one word and a colon (a
    // page's “Related:” kept in marks).
    let no_letters = words().all(|i| doc.tokens[i].shape == Shape::Number);
    let label = word_count == 1 && b > a && doc.is(b - 1, ':') && sp.joined.is_none();
    // A title after an outlet's possessive: NBC's "Meet the Press".
    let after_possessive =
        sp.open > 0 && doc.tokens[sp.open - 1].poss && doc.tokens[sp.open - 1].cap;
    // A whole sentence in marks is said, not a title: “That's Jeb Bush and Marco Rubio.”
    let whole_sentence = (a..b).any(|i| doc.is(i, '.') || doc.is(i, '!') || doc.is(i, '?'))
        && (sp.open == 0 || doc.tokens[sp.open - 1].sent != doc.tokens[sp.open].sent);
    (title_case && !whole_sentence)
        || no_letters
        || label
        || (after_possessive && word_count <= 6 && sp.joined.is_none())
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{check, Cases};

    /// Titles of works and scare quotes are no quotes; a whole sentence is one.
    #[test]
    fn titles_and_scare_quotes() {
        let cases: Cases = &[
            // a headline cited with its byline (an outlet's possessive, then a name) or its
            // site; not a quote that "by" and a possessive follow
            (
                "FAREWELL—“The Living Room to close at the end of December,” by Times' Ben Sisario.",
                &[],
            ),
            (
                "I stand with him (“Romney blasts Trump as a fraud,” USATODAY.com, Thursday).",
                &[],
            ),
            // (a text that ends at "by" is read to its end, no further)
            ("He read “Title of the day,” by", &[]),
            (
                "“We will win,” by Trump’s count, is wrong, Ann Lee said.",
                &[("We will win,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a long title after "co-author of"
            (
                "He is a co-author of “The Fixers: Ed Mann, Ann Lee and the Studio Publicity Machine.”",
                &[],
            ),
            // a title of a work is not a quote
            ("Tom Reed wrote his memoir, “Breaking Waves,” last year.", &[]),
            // scare quotes with no speaker are not quotes
            ("The so-called “green deal” failed in the Senate.", &[]),
            (
                "The units will trade under the NASDAQ symbol \"IRSNU,\" the company said.",
                &[],
            ),
            // an epithet set off by commas after a name; not words said after "said" and a
            // name, nor a clause
            (
                "Edward Lorne, “the father of chaos,” died in 2008.",
                &[],
            ),
            (
                "Rates will rise, said Ann Lee, “the worst is yet to come,” and left.",
                &[("the worst is yet to come,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a work's or a campaign's name between an article and its noun, a programme's of
            // one word after "on": the attribution reads past it
            (
                "Ratings rose. “I love it,” the “Pose” actor said on “DWTS.”",
                &[("I love it,", Some("the “Pose” actor"), None)],
            ),
            // a name before the noun of a policy or a kind of thing is a term ...
            (
                "Ann Lee said China is committed to the “one country, two systems” formula.",
                &[],
            ),
            ("Ann Lee's paper urged farmers to buy “put” options.", &[]),
            ("Ivo Hale said he cringes at “three amigos” references.", &[]),
            // ... not a speaker's adjective before one
            (
                "Ann Lee promised a “firm but fair” policy on immigration.",
                &[("firm but fair", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee said give and take would replace more “rigid” rules.",
                &[("rigid", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee said the “Remain” campaign would win.",
                &[],
            ),
            (
                "“I don't know,” said Ann Lee before a “No-B.S.” barbecue. “It is amnesty.”",
                &[("I don't know, It is amnesty.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // (not a word in marks of the sentence's speaker, after no article)
            (
                "Ann Lee said the plan was “Dangerous” for all.",
                &[("Dangerous", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a heading in marks is no speech of the paragraph before's speaker
            (
                "“We met often,” Ann Lee said.\n\n6. “The Gordon problem”\n\nHill had called it that.",
                &[("We met often,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "“We met often,” Ann Lee said.\n\n“We need to listen”\n\nThe rights date from 1998.",
                &[("We met often,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // (a claim cited in part as a section's heading)
            (
                "“We met often,” Ann Lee said.\n\n“… prevent the evacuation of the civilians from the camp”\n\nThe camp is in Syria.",
                &[("We met often,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // (a sign's words, after "such as")
            (
                "Teachers marched, many holding signs with sayings such as, “Less money for tests, more money for students.” Ann Lee said she was tired.",
                &[],
            ),
            // (a shopping list's item: a name in marks and its price)
            (
                "“We loved it,” Ann Lee said.\n\n“Thumper” ($20)\n\nA game of rhythm.",
                &[("We loved it,", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // (a paragraph that is a sentence in marks is speech, and goes on the quote before)
            (
                "“We met often,” Ann Lee said.\n\n“We need to listen.”\n\nThe rights date from 1998.",
                &[(
                    "We met often, We need to listen.",
                    Some("Ann Lee"),
                    Some("Ann Lee"),
                )],
            ),
            // another name that glosses a thing is none, though its sentence has a speaker
            (
                "Acme Corp said it adopted a shareholder rights plan, or “poison pill,” to fend off the bid.",
                &[],
            ),
            // a work's noun before a verb that introduces the quotation is the speaker's name;
            // before one that names, the noun's title
            (
                "The World Food Programme said: “Access remains difficult for us.”",
                &[(
                    "Access remains difficult for us.",
                    Some("The World Food Programme"),
                    None,
                )],
            ),
            ("They staged a play called “Sons of Trump” in May.", &[]),
            // a paper that a verb of saying speaks to or in is no work's cue
            (
                "Ann Lee told the newspaper: “We won the cup. We go on.”",
                &[("We won the cup. We go on.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee wrote in the Kestrel Gazette newspaper, “we were wrong.”",
                &[("we were wrong.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            // a nickname inside a name is no quote; marks that open the text have no name
            // before them (a case the property tests found: no given name is looked for there)
            (
                "Sales chief C.N. “Bud” Moore said sales rose.",
                &[],
            ),
            ("\"Tip\" O'Neill spoke on Monday.", &[("Tip", None, None)]),
            // ... or of, or about
            (
                "Ann Lee said of the episode, “I do not like it at all.”",
                &[("I do not like it at all.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            (
                "Ann Lee wrote about the film: “It bored me to tears.”",
                &[("It bored me to tears.", Some("Ann Lee"), Some("Ann Lee"))],
            ),
            ("Ann Lee wrote in her memoir, “Breaking the Waves,” of her youth.", &[]),
            ("Ann Lee spoke of her new book, “Breaking the Waves.”", &[]),
            ("Ann Lee told the paper “a lie” last week.", &[]),
            ("The newspaper calls it “the pearl” of the region.", &[]),
            // titles of shows after an outlet's name, even ending the sentence
            (
                "“It is close,” Cuban said on NBC's “Meet the Press.”",
                &[("It is close,", Some("Cuban"), None)],
            ),
            // a show's title inside the attribution does not split the statement
            (
                "“I have not recovered,” he said on MSNBC's “Morning Joe.” “I know it.”",
                &[("I have not recovered, I know it.", None, None)],
            ),
            // a whole sentence in marks is no title, even in Title Case
            (
                "“We can win,” said Ed Wall. “That's Jeb Bush and Marco Rubio.”",
                &[
                    (
                        "We can win, That's Jeb Bush and Marco Rubio.",
                        Some("Ed Wall"),
                        Some("Ed Wall"),
                    ),
                ],
            ),
            // a label in marks is no quote
            (
                "The vote was close.\n\n“Related:”\n\n“We won,” said Ed Wall.",
                &[("We won,", Some("Ed Wall"), Some("Ed Wall"))],
            ),
            // a cue word ends no scare quote across the end of its sentence
            (
                "Keith Hutto blamed his second term. “My business got bad,” Hutto said.",
                &[("My business got bad,", Some("Keith Hutto"), Some("Keith Hutto"))],
            ),
        ];
        check(cases);
    }
}
