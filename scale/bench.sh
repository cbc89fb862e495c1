#!/usr/bin/env bash
# The measurements behind the README's scale table, on this machine:
#
#   scale/bench.sh [COPIES]        (default 20: BBC x 20 = 44,500 articles, see benches/corpus.sh)
#
# 1. extraction alone, pinned to one core (`taskset -c 0 newsdex extract --json`, with and
#    without the quote records the Spark job asks for): articles per second per core;
# 2. plain extraction on every core (one `newsdex extract --json --quotes` per top folder,
#    `nproc` at a time) against the Spark job in local mode (`spark-submit --master local[N]`,
#    N = nproc) over the same folders, writing all its tables: the job's overhead; then both
#    again over the same articles packed into one JSON Lines file per copy, as archives hold
#    them (the job's cost per file apart from its cost per article);
# 3. `newsdex ingest` of the files against `newsdex ingest` of the job's records;
# 4. index size per million articles, and whole-process query latency at this size (hyperfine).
#
# The Spark job runs with $NEWSDEX_SPARK_PYTHON's pyspark (default: target/spark-venv, which
# .ci/run creates); without it, step 2's Spark half and step 3's records half are skipped.
# Progress notes on stderr, a Markdown table on stdout. Query latency at 445,000 articles comes
# from `RECOLLINDEX=0 RUNS=1 benches/compare.sh 200` (it builds that corpus and index).
set -euo pipefail

cd "$(dirname "$0")/.."
copies=${1:-20}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)
cores=$(nproc)
python=${NEWSDEX_SPARK_PYTHON:-$PWD/target/spark-venv/bin/python}
note() { echo "scale/bench.sh: $*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

note "building newsdex (release)"
cargo build --release --quiet --bin newsdex
newsdex=$PWD/target/release/newsdex
corpus=$(BENCH_DIR=$work benches/corpus.sh "$copies")
articles=$(find "$corpus" -name '*.txt' | wc -l)
note "corpus: $articles articles in $corpus"

# seconds CMD...: wall-clock seconds of CMD (its stdout discarded).
seconds() {
    local start end
    sync
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}
summary_of() { python3 -c 'import json,glob,sys; v = json.load(open(glob.glob(sys.argv[1] + "/summary/part-*")[0]))[sys.argv[2]]; print(json.dumps(v).replace("\"", "") if isinstance(v, dict) else v)' "$@"; }
# Tasks write their batches to memory where the system offers it (/tmp can be slow at making
# many small files); $SPARK_TEMP_DIR names another folder.
temp_dir=""
if [ -n "${SPARK_TEMP_DIR:-}" ]; then temp_dir="--local-temp-dir $SPARK_TEMP_DIR"
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then temp_dir="--local-temp-dir /dev/shm"; fi
# logged LOG CMD...: CMD with its output (Spark's and the job's log) in LOG.
logged() { local log=$1; shift; "$@" >"$log" 2>&1; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.0f", n / t}'; }

# --- 1. Extraction per core -----------------------------------------------------------------
note "extraction on one core"
t_one=$(seconds taskset -c 0 "$newsdex" extract --json "$corpus")
t_one_q=$(seconds taskset -c 0 "$newsdex" extract --json --quotes "$corpus")

# --- 2. Plain extraction on every core, and the Spark job ------------------------------------
note "plain extraction, $cores processes"
extract_all() {
    find "$corpus" -mindepth 1 -maxdepth 1 -type d | sort |
        xargs -P "$cores" -I{} sh -c "'$newsdex' extract --json --quotes '{}' >/dev/null"
}
t_plain=$(seconds extract_all)
find "$corpus" -mindepth 1 -maxdepth 1 -type d | sort >"$work/listing-$copies.txt"
spark_out=$work/spark-$copies
t_spark="" t_spark_extract=""
if [ -x "$python" ] && "$python" -c 'import pyspark' 2>/dev/null; then
    note "the Spark job, local[$cores]"
    submit=$(dirname "$python")/spark-submit
    export PATH=$(dirname "$python"):$PATH PYSPARK_PYTHON=$python PYSPARK_DRIVER_PYTHON=$python
    t_spark=$(seconds logged "$spark_out.log" "$submit" --master "local[$cores]" --driver-memory 4g \
        scale/spark/newsdex_spark.py --newsdex "$newsdex" $temp_dir "$work/listing-$copies.txt" "$spark_out")
    t_spark_extract=$(summary_of "$spark_out" extract_seconds)
else
    note "no pyspark at $python (set NEWSDEX_SPARK_PYTHON, or run .ci/run once): the Spark job is skipped"
fi

# The same articles packed into one JSON Lines file per copy (as archives hold them), to tell
# the job's cost per file from its cost per article.
packed=$work/packed-$copies
if [ ! -e "$packed/.complete" ]; then
    rm -rf "$packed" && mkdir -p "$packed"
    python3 - "$corpus" "$packed" <<'PY'
import json, os, sys
corpus, packed = sys.argv[1:]
for copy in sorted(os.listdir(corpus)):
    folder = os.path.join(corpus, copy)
    if not os.path.isdir(folder):
        continue
    with open(os.path.join(packed, copy + ".jsonl"), "w") as out:
        for root, _, names in sorted(os.walk(folder)):
            for name in sorted(names):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    title, _, text = f.read().partition("\n")
                out.write(json.dumps({"title": title.strip(), "text": text.strip()}) + "\n")
PY
    touch "$packed/.complete"
fi
find "$packed" -name '*.jsonl' | sort >"$work/listing-packed-$copies.txt"
extract_packed() {
    find "$packed" -name '*.jsonl' | sort |
        xargs -P "$cores" -I{} sh -c "'$newsdex' extract --json --quotes '{}' >/dev/null"
}
t_plain_packed=$(seconds extract_packed)
t_spark_packed="" t_spark_packed_extract=""
if [ -n "$t_spark" ]; then
    note "the Spark job on the packed articles, local[$cores]"
    t_spark_packed=$(seconds logged "$spark_out-packed.log" "$submit" --master "local[$cores]" --driver-memory 4g \
        scale/spark/newsdex_spark.py --newsdex "$newsdex" $temp_dir "$work/listing-packed-$copies.txt" "$spark_out-packed")
    t_spark_packed_extract=$(summary_of "$spark_out-packed" extract_seconds)
fi

# --- 3. Ingest of files, ingest of records ---------------------------------------------------
note "ingest of the files"
t_ingest=$(seconds "$newsdex" --index "$work/idx-files-$copies" ingest --rebuild "$corpus")
t_ingest_rec=""
if [ -d "$spark_out/records" ]; then
    note "ingest of the job's records"
    t_ingest_rec=$(seconds "$newsdex" --index "$work/idx-records-$copies" ingest --rebuild "$spark_out/records")
fi

# --- 4. Index size and query latency ---------------------------------------------------------
index_bytes=$(du -sb "$work/idx-files-$copies" | cut -f1)
declare -A qtime
queries=("query '\"prime minister\"'" "query 'economy growth'" "quotes economy" "person blair")
if have hyperfine; then
    for q in "${queries[@]}"; do
        note "latency: $q"
        hyperfine -N --warmup 3 --runs 30 --export-json "$work/q.json" \
            "$newsdex --index $work/idx-files-$copies $q" >/dev/null 2>&1 || true
        qtime[$q]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/q.json" 2>/dev/null || echo nan)
    done
else
    note "hyperfine not installed: query latency from the median of 21 plain runs"
    for q in "${queries[@]}"; do
        : >"$work/q.times"
        for _ in $(seq 21); do
            start=$(date +%s.%N); eval "$newsdex --index $work/idx-files-$copies $q" >/dev/null || true; end=$(date +%s.%N)
            awk -v a="$start" -v b="$end" 'BEGIN {print b - a}' >>"$work/q.times"
        done
        qtime[$q]=$(sort -g "$work/q.times" | awk '{v[NR] = $1} END {print v[(NR + 1) / 2]}')
    done
fi

# --- The table --------------------------------------------------------------------------------
echo
echo "Corpus: $articles articles (benches/corpus.sh $copies); $cores cores; $(date -u +%Y-%m-%d)"
echo
echo "| measure | figure |"
echo "|---|---|"
echo "| extraction, one core (\`extract --json\`) | $t_one s: $(rate "$articles" "$t_one") articles/s per core |"
echo "| extraction and quote records, one core (\`extract --json --quotes\`) | $t_one_q s: $(rate "$articles" "$t_one_q") articles/s per core |"
echo "| plain extraction, $cores processes | $t_plain s |"
if [ -n "$t_spark" ]; then
    echo "| Spark job, local[$cores], all tables written | $t_spark s ($(awk -v a="$t_spark" -v b="$t_plain" 'BEGIN {printf "%.1fx", a / b}') plain) |"
    echo "| of which the extraction stage | $t_spark_extract s ($(awk -v a="$t_spark_extract" -v b="$t_plain" 'BEGIN {printf "%.1fx", a / b}') plain) |"
    echo "| the job's stages, seconds | $(summary_of "$spark_out" stage_seconds) |"
fi
echo "| plain extraction of the same articles packed in $(wc -l <"$work/listing-packed-$copies.txt") JSON Lines files, $cores processes | $t_plain_packed s |"
if [ -n "$t_spark_packed" ]; then
    echo "| Spark job on the packed files, local[$cores], all tables written | $t_spark_packed s ($(awk -v a="$t_spark_packed" -v b="$t_plain_packed" 'BEGIN {printf "%.1fx", a / b}') plain) |"
    echo "| of which the extraction stage | $t_spark_packed_extract s ($(awk -v a="$t_spark_packed_extract" -v b="$t_plain_packed" 'BEGIN {printf "%.1fx", a / b}') plain) |"
    echo "| the job's stages, seconds | $(summary_of "$spark_out-packed" stage_seconds) |"
fi
echo "| \`ingest\` of the files | $t_ingest s: $(rate "$articles" "$t_ingest") articles/s |"
if [ -n "$t_ingest_rec" ]; then
    echo "| \`ingest\` of the job's records | $t_ingest_rec s: $(rate "$articles" "$t_ingest_rec") articles/s |"
fi
echo "| index size | $(awk -v b="$index_bytes" 'BEGIN {printf "%.0f MB", b / 1e6}'): $(awk -v b="$index_bytes" -v n="$articles" 'BEGIN {printf "%.2f GB", b / n * 1e6 / 1e9}') per million articles |"
for q in "${queries[@]}"; do
    [ -n "${qtime[$q]:-}" ] && echo "| \`newsdex $q\` | $(awk -v s="${qtime[$q]}" 'BEGIN {printf "%.1f ms", s * 1000}') |"
done
