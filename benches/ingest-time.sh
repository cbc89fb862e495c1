#!/usr/bin/env bash
# Ingest time of builds side by side with plain tantivy: the ratio issue 17 asks to keep, for
# several builds in one series (an old build is measured beside the new one on the same load,
# which compare.sh's one build cannot). Runs interleaved, RUNS each (default 5); prints each
# build's median wall time and its ratio to plain tantivy's median. Not part of the tests.
#
#   benches/ingest-time.sh [COPIES] BIN [BIN...]     (COPIES: BBC copies, default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=20
if [[ ${1:-} =~ ^[0-9]+$ ]]; then copies=$1; shift; fi
[ $# -ge 1 ] || { echo "usage: benches/ingest-time.sh [COPIES] BIN [BIN...]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "ingest-time: /usr/bin/time is needed" >&2; exit 2; }
runs=${RUNS:-5}
cargo build --release --quiet --example baseline
baseline=$PWD/target/release/examples/baseline
corpus=$(benches/corpus.sh "$copies")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
timed() { # FILE CMD...: one run's wall seconds appended to FILE (the index of the last run gone)
    local out=$1; shift
    rm -rf "$tmp/index"
    sync
    /usr/bin/time -f "%e" -o "$tmp/last" "$@" >/dev/null 2>&1
    cat "$tmp/last" >>"$out"
}
for _ in $(seq "$runs"); do
    timed "$tmp/plain" "$baseline" "$corpus" "$tmp/index"
    i=0
    for bin in "$@"; do
        timed "$tmp/$i" "$bin" ingest --index "$tmp/index" "$corpus"
        i=$((i + 1))
    done
done
median() { sort -g "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
plain=$(median "$tmp/plain")
printf 'plain tantivy\t%s s\t1.00x\n' "$plain"
i=0
for bin in "$@"; do
    m=$(median "$tmp/$i")
    printf '%s\t%s s\t%sx\n' "$bin" "$m" "$(awk -v a="$m" -v b="$plain" 'BEGIN {printf "%.2f", a / b}')"
    i=$((i + 1))
done
