//! Extraction: article text in, an [`Article`] out. Pure functions, no I/O and no index: the
//! headline, the people (canonical names), the direct quotes with their speakers, the outlet.

mod assemble;
mod attribution;
mod lexicon;
mod outlet;
mod people;
mod quotes;
mod text;

use crate::article::Article;
use attribution::Attributor;
use people::People;
use text::Doc;

/// Metadata a reader already knows about an article (from HTML meta tags, JSON fields, ...),
/// which extraction keeps instead of guessing.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub headline: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
}

/// Extract an article from plain text: the first non-empty line is the headline (a caption
/// line repeating it right after is skipped), the rest is the body.
pub fn extract(text: &str) -> Article {
    let (headline, body) = split_headline(text);
    extract_parts(
        body,
        Known {
            headline: Some(headline.to_string()),
            ..Known::default()
        },
    )
}

/// The headline line and the body of a plain-text article.
pub fn split_headline(text: &str) -> (&str, &str) {
    let text = text.trim_start_matches('\u{feff}');
    let mut rest = text;
    let mut headline = "";
    while let Some((line, tail)) = rest.split_once('\n').or(Some((rest, ""))) {
        rest = tail;
        if !line.trim().is_empty() {
            headline = line.trim();
            break;
        }
        if rest.is_empty() {
            break;
        }
    }
    // A caption line that repeats the headline ("Headline" then "HeadlineReuters").
    let after = rest.trim_start_matches(['\n', '\r', ' ', '\t']);
    if !headline.is_empty() {
        if let Some((line, tail)) = after.split_once('\n') {
            if line.trim_start().starts_with(headline) {
                rest = tail;
            }
        } else if after.trim_start().starts_with(headline) {
            rest = "";
        }
    }
    (headline, rest.trim_matches(['\n', '\r', ' ', '\t']))
}

/// Extract people, quotes and the outlet from a body whose headline and metadata are known.
///
/// The steps, in order: the body's tokens, sentences and paragraphs ([`text`]); its quotes,
/// less titles of works and scare quotes ([`quotes`]); the people it names ([`people`]); who
/// said each quote ([`attribution`]); the article's quotes and people as printed
/// ([`assemble`]); and the outlet, unless known ([`outlet`]).
pub fn extract_parts(body: &str, known: Known) -> Article {
    let mut doc = Doc::new(body);
    let spans = quotes::find(&mut doc);
    let people = People::find(&doc);
    let attributor = Attributor::new(&doc, &people);
    let attributed = attributor.attribute_all(&spans);
    let (quotes, quote_counts) = assemble::quotes(&doc, &spans, &attributed, &people, &attributor);
    Article {
        headline: known.headline.unwrap_or_default(),
        outlet: known.outlet.or_else(|| outlet::find(body)),
        body: body.to_string(),
        authors: known.authors,
        published: known.published,
        people: assemble::people(&people, &quote_counts),
        quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_and_caption() {
        let cases: &[(&str, (&str, &str))] = &[
            ("Title\n\nBody.", ("Title", "Body.")),
            ("\n\nTitle\nTitleReuters\n\nBody.", ("Title", "Body.")),
            ("Only a title", ("Only a title", "")),
            ("", ("", "")),
        ];
        for (input, want) in cases {
            assert_eq!(split_headline(input), *want, "{input:?}");
        }
    }

    fn quotes_of(text: &str) -> Vec<(String, Option<String>)> {
        extract_parts(text, Known::default())
            .quotes
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    /// The speaker as the attribution introduces them, and the person behind it.
    #[test]
    fn speakers_as_introduced() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            // an appositive after an inverted attribution runs to the end of the sentence
            (
                "“Prices will fall,” said Ben Ott, a labor economist at the Policy Institute.",
                Some("Ben Ott, a labor economist at the Policy Institute"),
                Some("Ben Ott"),
            ),
            // ... or to the comma before the speech verb
            (
                "“Prices will fall,” Ben Ott, a labor economist, told reporters.",
                Some("Ben Ott, a labor economist"),
                Some("Ben Ott"),
            ),
            // any description closed by the verb's comma
            (
                "“Wait,” Ada Frei, refugee rights director at Open Doors, said on Monday.",
                Some("Ada Frei, refugee rights director at Open Doors"),
                Some("Ada Frei"),
            ),
            // a party and state in brackets; a place after "of"
            (
                "“It matters,” said Sen. Carl Pike (D-Ore.).",
                Some("Carl Pike (D-Ore.)"),
                Some("Carl Pike"),
            ),
            (
                "“It matters,” said Sen. Nora Vance of Wisconsin.",
                Some("Nora Vance of Wisconsin"),
                Some("Nora Vance"),
            ),
            // an age is part of the description, and so is a place after it
            (
                "“We left,” said Ida Moss, 58.",
                Some("Ida Moss, 58"),
                Some("Ida Moss"),
            ),
            (
                "“We left,” said Ida Moss, 58, of Derry.",
                Some("Ida Moss, 58, of Derry"),
                Some("Ida Moss"),
            ),
            // a participle is no description
            (
                "“We stay,” Mia Holt, speaking to voters, said on Friday.",
                Some("Mia Holt"),
                Some("Mia Holt"),
            ),
            // "went on to say"
            (
                "Lena Bryne went on to say, “It is true.”",
                Some("Lena Bryne"),
                Some("Lena Bryne"),
            ),
            (
                "“We left,” said Ida Moss, 58, a nurse from Tampa, Fla., who voted early.",
                Some("Ida Moss, 58, a nurse from Tampa, Fla., who voted early"),
                Some("Ida Moss"),
            ),
            // a relative clause that holds the attribution itself is no description
            (
                "Then there was Carl Sykes, who lamented, “We have spent years on this.”",
                Some("Carl Sykes"),
                Some("Carl Sykes"),
            ),
            // a later mention by surname gives the full name
            (
                "Ben Ott, an economist, spoke first. “It is early,” Ott said.",
                Some("Ben Ott"),
                Some("Ben Ott"),
            ),
            // no description: "for one", "however"
            (
                "“Not again,” said Rush Dale, for one.",
                Some("Rush Dale"),
                Some("Rush Dale"),
            ),
            // a described speaker who is no person of the article keeps the whole phrase
            (
                "“It will be hard,” said a Mexican official who was not authorized to speak.",
                Some("a Mexican official who was not authorized to speak"),
                None,
            ),
            (
                "“It is a start,” Ryan's office said in a statement.",
                Some("Ryan's office"),
                None,
            ),
            // a possessive inside a described speaker is not its head
            (
                "“It is hard,” said one person with knowledge of the governor's dilemma.",
                Some("one person"),
                None,
            ),
            (
                "“It is hard,” said one person familiar with the talks.",
                Some("one person"),
                None,
            ),
            // a noun that is also a speech verb speaks after a determiner
            (
                "“Whites will be fewer,” the report stated.",
                Some("the report"),
                None,
            ),
            (
                "Support poured in. One tweet said: “This is very sad.”",
                Some("One tweet"),
                None,
            ),
            // a statement announced with a colon at the end of the paragraph before
            (
                "After the vote, Gov. Ed Marsh released the following statement:\n\n“We won.”",
                Some("Ed Marsh"),
                Some("Ed Marsh"),
            ),
            // a signature line after the quote
            (
                "“I will look into it.”\n\n- Hillary Clinton.",
                Some("Hillary Clinton"),
                Some("Hillary Clinton"),
            ),
            // "said Sunday" names when, not who
            (
                "“Troops are not the answer,” Ben Rhodes, a deputy adviser, said Sunday. “No.”",
                Some("Ben Rhodes, a deputy adviser"),
                Some("Ben Rhodes"),
            ),
            // "shot back"
            (
                "“Let me talk,” Donald Trump shot back.",
                Some("Donald Trump"),
                Some("Donald Trump"),
            ),
            // a suffix before the appositive; a relative clause whose verb does not introduce
            // the quote; a given name with a place or an organisation word for a surname
            (
                "“It is hard,” said C. Stewart Verdery Jr., a senior security official.",
                Some("C. Stewart Verdery Jr., a senior security official"),
                Some("C. Stewart Verdery"),
            ),
            (
                "Alan Krueger, an economist who has advised Mrs. Clinton, said, “It is hard.”",
                Some("Alan Krueger, an economist who has advised Mrs. Clinton"),
                Some("Alan Krueger"),
            ),
            (
                "“It is hard,” said Representative Steve Israel, a Democrat from New York.",
                Some("Steve Israel, a Democrat from New York"),
                Some("Steve Israel"),
            ),
            (
                "“It is hard,” said Senator Tim Scott, Republican of South Carolina.",
                Some("Tim Scott, Republican of South Carolina"),
                Some("Tim Scott"),
            ),
            // the name in an appositive after a described speaker
            (
                "“It is likely,” said another leading advocate, Andrew Pincus of Mayer Brown.",
                Some("Andrew Pincus of Mayer Brown"),
                Some("Andrew Pincus"),
            ),
            // "of" with lower-case words before the name of the body; "now a ..."
            (
                "“It is hard,” said Ed Pincus of the law firm Mayer Brown.",
                Some("Ed Pincus of the law firm Mayer Brown"),
                Some("Ed Pincus"),
            ),
            (
                "“It is hard,” said Anita Dunn, now a partner at a firm.",
                Some("Anita Dunn, now a partner at a firm"),
                Some("Anita Dunn"),
            ),
            // an appositive that opens with a role, a participle before a role, or a capitalised
            // word before a role; a name with an initial
            (
                "“It is hard,” said Jock A. Finlayson, head of policy at the Business Council.",
                Some("Jock A. Finlayson, head of policy at the Business Council"),
                Some("Jock A. Finlayson"),
            ),
            (
                "“It is hard,” said Ken Sena, managing director at Evercore.",
                Some("Ken Sena, managing director at Evercore"),
                Some("Ken Sena"),
            ),
            (
                "“It is hard,” said Adriaan Schout, Europe coordinator at the institute.",
                Some("Adriaan Schout, Europe coordinator at the institute"),
                Some("Adriaan Schout"),
            ),
            // a second speech verb with "that" starts another attribution
            (
                "“It is hard,” said Al Aguilar, a director, who also said that the men agreed.",
                Some("Al Aguilar, a director"),
                Some("Al Aguilar"),
            ),
            // a speaker past an appositive after the quote
            (
                "“We must win,” Will Estrada, the chairman for the Northern Virginia exurb, said of it.",
                Some("Will Estrada, the chairman for the Northern Virginia exurb"),
                Some("Will Estrada"),
            ),
            // a verb after "and" takes the subject of the verb before it
            (
                "In an interview with Matei Rosca, Ion Lazar said he was ready and added, “I'll plead guilty.”",
                Some("Ion Lazar"),
                Some("Ion Lazar"),
            ),
            // a day between the speaker and the verb
            (
                "Reince Priebus later Thursday told Fox News: “It will work out.”",
                Some("Reince Priebus"),
                Some("Reince Priebus"),
            ),
            // a short sentence ending with a speech verb introduces the quote after it
            (
                "Dianne Bystrom agreed. “Time is running out.”",
                Some("Dianne Bystrom"),
                Some("Dianne Bystrom"),
            ),
            // a name after an outlet and a role
            (
                "“Imagine that,” mused Blaze co-host Stu Berg.",
                Some("Stu Berg"),
                Some("Stu Berg"),
            ),
        ];
        for (input, speaker, person) in cases {
            let got: Vec<(Option<String>, Option<String>)> = extract_parts(input, Known::default())
                .quotes
                .into_iter()
                .map(|q| (q.speaker, q.person))
                .collect();
            let want = vec![(speaker.map(String::from), person.map(String::from))];
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn quotes_and_speakers() {
        let s = |t: &str| Some(t.to_string());
        type Case<'a> = (&'a str, &'a [(&'a str, Option<String>)]);
        let cases: &[Case] = &[
            // after the quote, both orders
            (
                "Maria Lopez arrived. “We won,” Lopez said.",
                &[("We won,", s("Maria Lopez"))],
            ),
            (
                "Maria Lopez arrived. “We won,” said Lopez.",
                &[("We won,", s("Maria Lopez"))],
            ),
            // split quote joined
            (
                "Anna Berg spoke. “We will rebuild,” she said, “and do it this year.”",
                &[("We will rebuild, and do it this year.", s("Anna Berg"))],
            ),
            // a statement split by an attribution sentence is one quote
            (
                "Anna Berg spoke. “It hurt,” Berg said. “It was hard.”",
                &[("It hurt, It was hard.", s("Anna Berg"))],
            ),
            // excerpts of a book stay apart; the second continues the speaker
            (
                "Anna Berg wrote a memoir. “It hurt,” Berg wrote. “It was hard.”",
                &[
                    ("It hurt,", s("Anna Berg")),
                    ("It was hard.", s("Anna Berg")),
                ],
            ),
            // ... but the parts of a letter are one text
            (
                "Anna Berg sent a letter. “It hurt,” Berg wrote. “It was hard.”",
                &[("It hurt, It was hard.", s("Anna Berg"))],
            ),
            // a long title after "co-author of"
            (
                "He is a co-author of “The Fixers: Ed Mann, Ann Lee and the Studio Publicity Machine.”",
                &[],
            ),
            // a whole sentence in marks is no title, even in Title Case
            (
                "“We can win,” said Ed Wall. “That's Jeb Bush and Marco Rubio.”",
                &[("We can win, That's Jeb Bush and Marco Rubio.", s("Ed Wall"))],
            ),
            // a cue word ends no scare quote across the end of its sentence
            (
                "Keith Hutto blamed his second term. “My business got bad,” Hutto said.",
                &[("My business got bad,", s("Keith Hutto"))],
            ),
            // a quote standing alone continues its neighbour's speaker
            (
                "Anna Berg spoke. “It hurt,” Berg wrote. She paused.\n\n“It was hard.”",
                &[
                    ("It hurt,", s("Anna Berg")),
                    ("It was hard.", s("Anna Berg")),
                ],
            ),
            // titles of shows after an outlet's name, even ending the sentence
            (
                "“It is close,” Cuban said on NBC's “Meet the Press.”",
                &[("It is close,", s("Cuban"))],
            ),
            // a show's title inside the attribution does not split the statement
            (
                "“I have not recovered,” he said on MSNBC's “Morning Joe.” “I know it.”",
                &[("I have not recovered, I know it.", None)],
            ),
            // a chant introduced by its verb is a quote, even with nobody to credit
            (
                "Supporters gathered. Some chanted “USA! USA!”",
                &[("USA! USA!", None)],
            ),
            // a short phrase far from any speech verb is a scare quote
            (
                "Lena Ortiz said the plan, which the council debated for months before the vote last spring, was a “clean slate”.",
                &[],
            ),
            // a title of a work is not a quote
            (
                "Tom Reed wrote his memoir, “Breaking Waves,” last year.",
                &[],
            ),
            // scare quotes with no speaker are not quotes
            ("The so-called “green deal” failed in the Senate.", &[]),
            // a partial quote in reported speech is the speaker's
            (
                "Lena Ortiz met voters. She said she was \"convinced\" of it.",
                &[("convinced", s("Lena Ortiz"))],
            ),
            // according to
            (
                "“Prices will rise,” according to economist Paul Hart.",
                &[("Prices will rise,", s("Paul Hart"))],
            ),
            // an organisation speaks
            (
                "“We deny it,” the White House said in a statement.",
                &[("We deny it,", s("the White House"))],
            ),
            // a role speaks
            (
                "“We deny it,” a spokesman for the campaign said.",
                &[("We deny it,", s("a spokesman for the campaign"))],
            ),
            // appositive
            (
                "Tomas Berg, the harbour master, said: “The water is rising.”",
                &[("The water is rising.", s("Tomas Berg, the harbour master"))],
            ),
            // pronoun with two people of different genders
            (
                "John Wells met Mary Hale. “It went well,” she said.",
                &[("It went well,", s("Mary Hale"))],
            ),
            // quote across paragraphs
            (
                "Omar Diaz said:\n\n“First part.\n\n“Second part.”",
                &[("First part. Second part.", s("Omar Diaz"))],
            ),
            // a party label in brackets between the name and the verb
            (
                "“It matters,” Sen. Marco Rubio (R-Fla.) said Saturday.",
                &[("It matters,", s("Marco Rubio (R-Fla.)"))],
            ),
            (
                "“It matters,” said Sen. Chris Murphy (D-Conn.).",
                &[("It matters,", s("Chris Murphy (D-Conn.)"))],
            ),
            // an acronym speaks for an organisation
            (
                "“We deny it,” the FBI said.",
                &[("We deny it,", s("the FBI"))],
            ),
            // a sentence that opens with its verb
            (
                "Roger Stone spoke.\n\nStated Stone:\n\n“The stakes are high.”",
                &[("The stakes are high.", s("Roger Stone"))],
            ),
            // "told X": X was told, the subject spoke
            (
                "“It is over,” Seth McKee, a political scientist, told The Hill.",
                &[("It is over,", s("Seth McKee, a political scientist"))],
            ),
            // an attribution in the next sentence after a quote ending in "!"
            (
                "“We did it!” Jeff Sessions said as the vote began.",
                &[("We did it!", s("Jeff Sessions"))],
            ),
            // a role between a possessor and the name
            (
                "“It is shameful,” said Clinton’s top foreign policy aide Jake Sullivan.",
                &[("It is shameful,", s("Jake Sullivan"))],
            ),
            // a name between commas after its role
            (
                "“We grieve,” Ms. Merkel's spokesman, Steffen Seibert, wrote.",
                &[("We grieve,", s("Steffen Seibert"))],
            ),
            // a participle takes the subject of the verb before it
            (
                "Omar Mateen left early, Sami Nefzi said, adding, “He was not very religious.”",
                &[("He was not very religious.", s("Sami Nefzi"))],
            ),
            // a described speaker kept as written
            (
                "“It was unseemly,” said one of two witnesses who asked not to be named.",
                &[("It was unseemly,", s("one of two witnesses who asked not to be named"))],
            ),
            // a description before the name, and an age as the speaker
            (
                "“I am not sure,” said undecided Republican voter Stephanie Hooton of Derry.",
                &[("I am not sure,", s("Stephanie Hooton of Derry"))],
            ),
            (
                "“He is a leader,” said the 46-year-old.",
                &[("He is a leader,", s("the 46-year-old"))],
            ),
            // straight apostrophe pairs as quotation marks
            (
                "''It is late,'' Mr. Gao said.",
                &[("It is late,", s("Gao"))],
            ),
        ];
        for (input, want) in cases {
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(t, sp)| (t.to_string(), sp.clone()))
                .collect();
            assert_eq!(quotes_of(input), want, "{input:?}");
        }
    }
}

#[cfg(test)]
mod properties {
    //! Extraction never panics, whatever the text, and what it returns points into the body.
    use super::*;
    use proptest::prelude::*;

    fn check(text: &str) {
        let a = extract(text);
        let chars = a.body.chars().count();
        for q in &a.quotes {
            assert!(q.start <= q.end && q.end <= chars, "{q:?} in {chars} chars");
            assert!(q.speaker.as_deref() != Some(""), "{q:?}");
        }
        for p in &a.people {
            assert!(!p.name.is_empty() && p.mentions > 0, "{p:?}");
        }
    }

    /// Pieces of news text, shuffled into article-shaped nonsense.
    const PIECES: &[&str] = &[
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "''",
        "«",
        "»",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "—",
        "(",
        ")",
        "said",
        "says",
        "told",
        "according to",
        "she",
        "he",
        "the senator",
        "Mr.",
        "Hillary Clinton",
        "Clinton",
        "Jared Kushner",
        "Dr. Samuel Osei",
        "the White House",
        "Reuters",
        "(Reuters) -",
        "©",
        "St. Louis",
        "Morgan Stanley",
        "O’Malley",
        "José Álvarez",
        "J.",
        "van der",
        "of",
        "a",
        "spokesman",
        "wrote",
        "added",
        "We",
        "will",
        "win",
        "é",
        "🙂",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn any_string(text in "\\PC*") {
            check(&text);
        }

        #[test]
        fn any_bytes_as_text(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            check(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn article_shaped(pieces in proptest::collection::vec(0..PIECES.len(), 0..300)) {
            let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
            check(&text);
        }
    }

    #[test]
    fn pathological_inputs_finish() {
        // A million quotation marks; one long line of names and quotes; deep nesting of marks.
        let cases = [
            "\"".repeat(1_000_000),
            "Smith said “yes,” she added. Mr. Brown of Clinton ".repeat(20_000),
            "“‘«".repeat(100_000),
            "A".repeat(2_000_000),
        ];
        for text in &cases {
            check(text);
        }
    }
}
