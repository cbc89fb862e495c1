//! Criterion benchmarks of extraction per article: `newsdex::extract::extract` on the shipped
//! fixtures, and on the BBC corpus (`../shared/corpus/bbc-fulltext`) when it is there.
//! Run with `cargo bench --bench extract`; `cargo test` does not run them.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

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

criterion_group!(benches, bench);
criterion_main!(benches);
