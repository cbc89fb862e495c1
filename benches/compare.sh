#!/usr/bin/env bash
# Side-by-side speed of newsdex against plain tantivy, Recoll and ripgrep, in one run.
#
#   benches/compare.sh [COPIES]      (default 20: 20 x the BBC corpus = 44,500 articles)
#
# Builds the corpus in $BENCH_DIR (default target/bench/corpus-COPIES) from
# ../shared/corpus/bbc-fulltext replicated COPIES times with hard links, or, when that folder is
# absent, from the synthetic generator (examples/gencorpus.rs, 2,225 articles per copy). Then it
# times, $RUNS times each (default 3, median reported): `newsdex ingest`, the plain-tantivy
# baseline (examples/baseline.rs: title + body, one commit), recollindex once (it is slow), and,
# with hyperfine, whole-process query latency of newsdex, recollq and `rg -l -F`. Peak memory
# and index sizes come from /usr/bin/time and du. Missing tools are skipped with a note;
# RECOLLINDEX=0 skips recollindex (and recollq, which needs its index).
# Results go to stdout as a Markdown table; progress notes go to stderr.
set -euo pipefail

cd "$(dirname "$0")/.."
copies=${1:-20}
runs=${RUNS:-3}
work=${BENCH_DIR:-target/bench}
bbc=${BBC_CORPUS:-../shared/corpus/bbc-fulltext}
mkdir -p "$work"
work=$(cd "$work" && pwd)
note() { echo "compare.sh: $*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

note "building newsdex and the baseline (release)"
cargo build --release --quiet --bin newsdex --example baseline --example gencorpus
newsdex=$PWD/target/release/newsdex
baseline=$PWD/target/release/examples/baseline

# --- The corpus ---------------------------------------------------------------------------
corpus=$(BENCH_DIR=$work benches/corpus.sh "$copies")
articles=$(find "$corpus" -name '*.txt' | wc -l)
bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
note "corpus: $articles articles, $mb MB"

# --- Timing helpers -------------------------------------------------------------------------
# run_timed LABEL CMD...: runs CMD once, appends "seconds peak_kB" to $work/LABEL.times. The
# index the previous run wrote is flushed to disk first, so that no run pays for another's writes.
run_timed() {
    local label=$1; shift
    local start end
    sync
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %M" -o "$work/$label.last" "$@" >/dev/null
        cat "$work/$label.last" >>"$work/$label.times"
    else
        start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
        echo "$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}') 0" >>"$work/$label.times"
    fi
}
median_of() { # FILE COLUMN
    sort -g -k"$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
rm -f "$work"/*.times "$work"/*.last

# --- Ingest ---------------------------------------------------------------------------------
for r in $(seq "$runs"); do
    note "ingest run $r/$runs: plain tantivy"
    rm -rf "$work/idx-baseline"
    run_timed baseline "$baseline" "$corpus" "$work/idx-baseline"
    note "ingest run $r/$runs: newsdex"
    rm -rf "$work/idx-newsdex"
    run_timed newsdex "$newsdex" --index "$work/idx-newsdex" ingest "$corpus"
done
recoll_conf=$work/recoll-$copies
if [ "${RECOLLINDEX:-1}" = 0 ]; then
    note "recollindex: skipped (RECOLLINDEX=0)"
elif have recollindex; then
    note "ingest: recollindex (once)"
    rm -rf "$recoll_conf"; mkdir -p "$recoll_conf"
    printf 'topdirs = %s\nloglevel = 1\n' "$corpus" >"$recoll_conf/recoll.conf"
    run_timed recollindex recollindex -c "$recoll_conf" -z
else
    note "recollindex not installed (apt-get install recollcmd): skipped"
fi

# --- Queries --------------------------------------------------------------------------------
queries=(
    "query:$newsdex --index $work/idx-newsdex query '\"prime minister\"'"
    "query:$newsdex --index $work/idx-newsdex query 'economy growth'"
    "quotes:$newsdex --index $work/idx-newsdex quotes economy"
    "person:$newsdex --index $work/idx-newsdex person blair"
)
[ -d "$recoll_conf/xapiandb" ] && have recollq && queries+=("recollq:recollq -c $recoll_conf -n 10 'prime minister'")
have rg && queries+=("rg:rg -l -F 'prime minister' $corpus")
have recollq || note "recollq not installed: skipped"
have rg || note "rg not installed: skipped"
declare -A qtime
if have hyperfine; then
    for entry in "${queries[@]}"; do
        cmd=${entry#*:}
        note "latency: $cmd"
        hyperfine -N --warmup 3 --runs 30 --export-json "$work/q.json" "$cmd" >/dev/null 2>&1 || true
        qtime[$cmd]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/q.json" 2>/dev/null || echo nan)
    done
else
    note "hyperfine not installed: query latency from 21 plain runs"
    for entry in "${queries[@]}"; do
        cmd=${entry#*:}
        : >"$work/q.times"
        for _ in $(seq 21); do
            start=$(date +%s.%N); eval "$cmd" >/dev/null || true; end=$(date +%s.%N)
            awk -v a="$start" -v b="$end" 'BEGIN {print b - a}' >>"$work/q.times"
        done
        qtime[$cmd]=$(median_of "$work/q.times" 1)
    done
fi

# --- The table ------------------------------------------------------------------------------
size_mb() { du -sm "$1" 2>/dev/null | cut -f1; }
ms() { awk -v s="$1" 'BEGIN {printf "%.1f ms", s * 1000}'; }
t_base=$(median_of "$work/baseline.times" 1)
t_nd=$(median_of "$work/newsdex.times" 1)
m_nd=$(median_of "$work/newsdex.times" 2)
m_base=$(median_of "$work/baseline.times" 2)
echo
echo "Corpus: $articles articles, $mb MB ($( [ -d "$bbc" ] && echo "BBC x $copies" || echo synthetic)); $(nproc) cores; median of $runs ingest runs, 30 query runs"
echo
echo "| ingest | time | MB/s | peak memory | index | ratio |"
echo "|---|---|---|---|---|---|"
awk -v t="$t_base" -v b="$bytes" -v m="$m_base" -v s="$(size_mb "$work/idx-baseline")" 'BEGIN {printf "| plain tantivy (title + body, one commit) | %.2f s | %.1f | %d MB | %d MB | 1.00x |\n", t, b / 1e6 / t, m / 1024, s}'
awk -v t="$t_nd" -v tb="$t_base" -v b="$bytes" -v m="$m_nd" -v s="$(size_mb "$work/idx-newsdex")" 'BEGIN {printf "| newsdex ingest (full extraction) | %.2f s | %.1f | %d MB | %d MB | %.2fx plain tantivy |\n", t, b / 1e6 / t, m / 1024, s, t / tb}'
if [ -s "$work/recollindex.times" ]; then
    t_rc=$(median_of "$work/recollindex.times" 1)
    m_rc=$(median_of "$work/recollindex.times" 2)
    awk -v t="$t_rc" -v tn="$t_nd" -v b="$bytes" -v m="$m_rc" -v s="$(size_mb "$recoll_conf")" 'BEGIN {printf "| recollindex | %.2f s | %.1f | %d MB | %d MB | newsdex %.1fx faster |\n", t, b / 1e6 / t, m / 1024, s, t / tn}'
fi
echo
echo "| query process, start to exit (10 hits) | median | vs newsdex \"prime minister\" |"
echo "|---|---|---|"
first=""
for entry in "${queries[@]}"; do
    cmd=${entry#*:}
    t=${qtime[$cmd]}
    [ -z "$first" ] && first=$t
    shown=${cmd//$work\//}
    shown=${shown//$PWD\//}
    shown=${shown#target/release/}
    echo "| \`$shown\` | $(ms "$t") | $(awk -v t="$t" -v f="$first" 'BEGIN {printf "%.1fx", t / f}') |"
done
