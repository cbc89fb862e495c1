//! Fuzz target: extraction never panics, and its quote offsets stay inside the body, whatever
//! bytes a file holds (decoded as the readers decode them).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = newsdex::read::decode(data);
    let article = newsdex::extract::extract(&text);
    let chars = article.body.chars().count();
    for q in &article.quotes {
        assert!(q.start <= q.end && q.end <= chars);
    }
});
