#!/usr/bin/env bash
# The benchmark corpus: ../shared/corpus/bbc-fulltext replicated COPIES times with hard links
# (2,225 articles a copy; $BBC_CORPUS names another copy of it), or, when that folder is absent, synthetic articles from
# examples/gencorpus.rs (as many). Built once in $BENCH_DIR (default target/bench)/corpus-COPIES,
# then reused; prints its path.
#
#   benches/corpus.sh [COPIES]      (default 20: 44,500 articles)
set -euo pipefail

cd "$(dirname "$0")/.."
copies=${1:-20}
work=${BENCH_DIR:-target/bench}
bbc=${BBC_CORPUS:-../shared/corpus/bbc-fulltext}
mkdir -p "$work"
work=$(cd "$work" && pwd)
corpus=$work/corpus-$copies
note() { echo "corpus.sh: $*" >&2; }

if [ ! -e "$corpus/.complete" ]; then
    rm -rf "$corpus"
    if [ -d "$bbc" ]; then
        note "corpus: $bbc x $copies (hard links) in $corpus"
        for i in $(seq -w 1 "$copies"); do
            for section in "$bbc"/*/; do
                dest=$corpus/c$i/$(basename "$section")
                mkdir -p "$dest"
                ln "$section"*.txt "$dest"/ 2>/dev/null || cp "$section"*.txt "$dest"/
            done
        done
    else
        note "corpus: $bbc absent, generating $((2225 * copies)) synthetic articles in $corpus"
        cargo build --release --quiet --example gencorpus
        target/release/examples/gencorpus "$corpus" $((2225 * copies)) >/dev/null
    fi
    touch "$corpus/.complete"
fi
echo "$corpus"
