//! Fuzz target: the file readers never panic, whatever bytes a file of any format holds (the
//! first byte picks the format), and every record they read holds some text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsdex::read::{parse, Format};

const FORMATS: [Format; 6] = [
    Format::Text,
    Format::Html,
    Format::Json,
    Format::JsonLines,
    Format::Markdown,
    Format::Warc,
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = FORMATS[usize::from(pick) % FORMATS.len()];
    if let Ok(parsed) = parse(format, bytes) {
        for found in &parsed.records {
            assert!(found.text.is_some() || found.headline.is_some(), "{found:?}");
        }
    }
});
