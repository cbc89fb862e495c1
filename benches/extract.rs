//! Criterion benchmarks of the work done on every article: extraction
//! (`newsdex::extract::extract`) on the shipped fixtures and on the BBC corpus
//! (`../shared/corpus/bbc-fulltext`) when it is there; and the tokenizer of prose and name
//! fields (`newsdex::NewsTokenizer`), which the index writer runs on every word, beside tantivy's
//! default tokenizer (no stemming, no accent folding) on the same text for scale.
//! Run with `cargo bench --bench extract`; `cargo test` does not run them.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsdex::NewsTokenizer;
use std::hint::black_box;
use tantivy::tokenizer::{TextAnalyzer, TokenStream, TokenizerManager};

fn texts(dir: &Path) -> Vec<String> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter(|t| !t.trim().is_empty())
        .collect()
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sets = [
        ("fixtures", texts(&root.join("fixtures"))),
        ("bbc", texts(&root.join("../shared/corpus/bbc-fulltext"))),
    ];
    for (name, articles) in sets {
        if articles.is_empty() {
            eprintln!("extract/{name}: no articles found, skipped");
            continue;
        }
        let mut group = c.benchmark_group(format!("extract/{name}"));
        let bytes: usize = articles.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_function(format!("{} articles", articles.len()), |b| {
            b.iter(|| {
                for text in &articles {
                    black_box(newsdex::extract::extract(black_box(text)));
                }
            })
        });
        // The same, eight at a time, as `extract` and `ingest` run it: each step on the eight
        // before the next.
        let parts: Vec<(&str, String)> = (articles.iter())
            .map(|t| {
                let (headline, body) = newsdex::extract::split_headline(t);
                (body, headline.to_string())
            })
            .collect();
        group.bench_function(format!("{} articles, 8 at a time", articles.len()), |b| {
            b.iter(|| {
                for chunk in parts.chunks(8) {
                    black_box(newsdex::extract::extract_many(
                        (chunk.iter())
                            .map(|(body, headline)| {
                                let known = newsdex::extract::Known {
                                    headline: Some(headline.clone()),
                                    ..Default::default()
                                };
                                (*body, known)
                            })
                            .collect(),
                    ));
                }
            })
        });
        group.finish();
    }
    // One article, the seed one, alone.
    if let Ok(text) =
        std::fs::read_to_string(root.join("fixtures/kushner-memoir-trump-clinton.txt"))
    {
        c.bench_function("extract/one article (kushner memoir)", |b| {
            b.iter(|| black_box(newsdex::extract::extract(black_box(&text))))
        });
    }
}

/// Runs `analyzer` over every text, as the index writer does, and counts the tokens.
fn tokenize_all(analyzer: &mut TextAnalyzer, texts: &[String]) -> usize {
    let mut n = 0;
    for text in texts {
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            n += black_box(stream.token().text.len()).min(1);
        }
    }
    n
}

fn tokenize(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut articles = texts(&root.join("../shared/corpus/bbc-fulltext"));
    let mut name = "bbc";
    if articles.is_empty() {
        articles = texts(&root.join("fixtures"));
        name = "fixtures";
    }
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut group = c.benchmark_group(format!("tokenize/{name}"));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    let default = TokenizerManager::default().get("default");
    let analyzers = [
        ("newsdex prose", TextAnalyzer::from(NewsTokenizer::prose())),
        ("newsdex name", TextAnalyzer::from(NewsTokenizer::name())),
    ]
    .into_iter()
    .chain(default.map(|a| ("tantivy default", a)));
    for (label, mut analyzer) in analyzers {
        // Fill the cache first: in an ingest, every occurrence of a word but its first is served
        // from it.
        tokenize_all(&mut analyzer, &articles);
        group.bench_function(label, |b| b.iter(|| tokenize_all(&mut analyzer, &articles)));
    }
    group.finish();
}

criterion_group!(benches, bench, tokenize);
criterion_main!(benches);
