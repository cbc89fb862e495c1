//! The text of a query before tantivy's parser reads it: an apostrophe inside a word is part of
//! the word ("Blair's", "don't"), and a query the parser cannot read is told in words that say
//! what is wrong and where (an unclosed quotation mark, a field with no value, an operator with
//! nothing after it), not as "syntax error".

/// `query` with every apostrophe between two letters or digits escaped, so that the parser reads
/// it as part of its word, not as the start of a phrase in single quotes.
pub(super) fn escape_apostrophes(query: &str) -> String {
    let chars: Vec<char> = query.chars().collect();
    let mut out = String::with_capacity(query.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        let inside = i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c == '\'' && inside && chars[i - 1] != '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A word of a query, or one of its marks, and the column (in characters, from 1) it starts at.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Open(usize),
    Close(usize),
    /// A word (perhaps `field:`, `-word`, `word*`), or a phrase in quotes.
    Word(String, usize),
    Operator(String, usize),
}

/// What is wrong with a query tantivy's parser could not read, and where, in words; `None` when
/// nothing below is found.
pub(super) fn diagnose(query: &str) -> Option<String> {
    let tokens = match lex(query) {
        Ok(tokens) => tokens,
        Err(e) => return Some(e),
    };
    let mut open: Vec<usize> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        let prev = i.checked_sub(1).map(|p| &tokens[p]);
        match t {
            Token::Open(col) => open.push(*col),
            Token::Close(col) => {
                if open.pop().is_none() {
                    return Some(format!("the bracket at column {col} closes nothing"));
                }
            }
            Token::Word(w, col) => {
                let ends_field = w.ends_with(':') && !w.ends_with("\\:");
                let value_follows = matches!(next, Some(Token::Word(..) | Token::Open(_)));
                if ends_field && !value_follows {
                    return Some(format!(
                        "the field '{w}' at column {col} has no value: give a word or \"a phrase\" after it"
                    ));
                }
                if matches!(w.as_str(), "-" | "+") {
                    return Some(format!("'{w}' at column {col} has no word after it"));
                }
            }
            Token::Operator(op, col) => {
                let not_follows = matches!(next, Some(Token::Operator(n, _)) if n == "NOT");
                let after = matches!(next, Some(Token::Word(..) | Token::Open(_)))
                    || (op != "NOT" && not_follows);
                let before = matches!(prev, Some(Token::Word(..) | Token::Close(_)));
                if !after {
                    return Some(format!("{op} at column {col} has nothing after it"));
                }
                if !before && op != "NOT" {
                    return Some(format!("{op} at column {col} has nothing before it"));
                }
            }
        }
    }
    open.last()
        .map(|col| format!("the bracket at column {col} is never closed"))
}

/// The words and marks of a query, or the quotation mark that is never closed.
fn lex(query: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = query.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let col = i + 1;
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                tokens.push(Token::Open(col));
                i += 1;
            }
            ')' => {
                tokens.push(Token::Close(col));
                i += 1;
            }
            _ => {
                let start = i;
                let mut word = String::new();
                while i < chars.len() {
                    let c = chars[i];
                    if c == '\\' && i + 1 < chars.len() {
                        word.push(c);
                        word.push(chars[i + 1]);
                        i += 2;
                        continue;
                    }
                    if c.is_whitespace() || c == '(' || c == ')' {
                        break;
                    }
                    let in_word = i > start
                        && chars[i - 1].is_alphanumeric()
                        && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
                    if c == '"' || (c == '\'' && !in_word) {
                        // A phrase: up to its closing mark.
                        let close =
                            (i + 1..chars.len()).find(|&j| chars[j] == c && chars[j - 1] != '\\');
                        let Some(close) = close else {
                            let mark = if c == '"' {
                                "quotation mark"
                            } else {
                                "single quotation mark"
                            };
                            return Err(format!("the {mark} at column {} is never closed", i + 1));
                        };
                        word.extend(&chars[i..=close]);
                        i = close + 1;
                        continue;
                    }
                    word.push(c);
                    i += 1;
                    // A field's value may follow its colon after spaces.
                    if c == ':' {
                        break;
                    }
                }
                let token = match word.as_str() {
                    "AND" | "OR" | "NOT" => Token::Operator(word, start + 1),
                    _ => Token::Word(word, start + 1),
                };
                tokens.push(token);
            }
        }
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_inside_words_are_part_of_them() {
        let cases = [
            ("don't stop", "don\\'t stop"),
            ("Blair's 'third way'", "Blair\\'s 'third way'"),
            ("'quoted'", "'quoted'"),
            ("rock'n'roll", "rock\\'n\\'roll"),
            ("already\\'escaped", "already\\'escaped"),
        ];
        for (input, want) in cases {
            assert_eq!(escape_apostrophes(input), want, "{input:?}");
        }
    }

    #[test]
    fn what_is_wrong_with_a_query_and_where() {
        let cases = [
            ("\"prime minister", Some("the quotation mark at column 1 is never closed")),
            ("tax \"cuts", Some("the quotation mark at column 5 is never closed")),
            ("'third way", Some("the single quotation mark at column 1 is never closed")),
            (
                "headline:",
                Some("the field 'headline:' at column 1 has no value: give a word or \"a phrase\" after it"),
            ),
            (
                "tax person: AND x",
                Some("the field 'person:' at column 5 has no value: give a word or \"a phrase\" after it"),
            ),
            ("tax AND", Some("AND at column 5 has nothing after it")),
            ("tax OR )", Some("OR at column 5 has nothing after it")),
            ("OR tax", Some("OR at column 1 has nothing before it")),
            ("tax AND OR cuts", Some("AND at column 5 has nothing after it")),
            ("tax NOT", Some("NOT at column 5 has nothing after it")),
            ("(tax cuts", Some("the bracket at column 1 is never closed")),
            ("tax cuts)", Some("the bracket at column 9 closes nothing")),
            ("tax -", Some("'-' at column 5 has no word after it")),
            ("headline: ferry", None),
            ("don't AND", Some("AND at column 7 has nothing after it")),
            ("headline:(ferry fares)", None),
            ("\"prime minister\" AND NOT tax", None),
        ];
        for (query, want) in cases {
            assert_eq!(diagnose(query).as_deref(), want, "{query:?}");
        }
    }
}
