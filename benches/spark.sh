#!/usr/bin/env bash
# The measurements behind the README's scale table, on this machine:
#
#   benches/spark.sh [COPIES]        (default 20: BBC x 20 = 44,500 articles, see benches/corpus.sh)
#
# 1. extraction alone, pinned to one core (`taskset -c 0 newsdex extract --json`, with and
#    without the quote records the Spark job asks for), of the text articles and, when
#    ../shared/corpus/article-extraction-benchmark is there ($AEB_CORPUS), of web pages:
#    articles per second per core;
# 2. plain extraction on every core (one `newsdex extract --json --quotes` per top folder,
#    `nproc` at a time) against the Spark job in local mode (`spark-submit --master local[N]`,
#    N = nproc) over the same folders, writing all its tables: the job's overhead; then both
#    again over the same articles packed into one JSON Lines file per copy, as archives hold
#    them (the job's cost per file apart from its cost per article);
# 3. `newsdex ingest` of the files against `newsdex ingest` of the job's records;
# 4. index size per million articles, and whole-process query latency at this size (hyperfine).
#
# Each time is given as wall-clock seconds and as CPU seconds (user + system, of the command
# and every process it waited for: Spark's JVM, its Python workers and the newsdex processes):
# on a machine shared with other work, CPU seconds are the steadier measure of cost.
#
# The Spark job runs with $NEWSDEX_SPARK_PYTHON's pyspark (default: target/spark-venv, which
# .ci/run creates); without it the Spark rows are left out. Progress notes on stderr, a Markdown
# table on stdout. Query latency at 445,000 articles comes from
# `RECOLLINDEX=0 RUNS=1 benches/compare.sh 200` (it builds that corpus and index).
set -euo pipefail

cd "$(dirname "$0")/.."
copies=${1:-20}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)
cores=$(nproc)
python=${NEWSDEX_SPARK_PYTHON:-$PWD/target/spark-venv/bin/python}
aeb=${AEB_CORPUS:-../shared/corpus/article-extraction-benchmark/html}
note() { echo "benches/spark.sh: $*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

note "building newsdex (release)"
cargo build --release --quiet --bin newsdex
newsdex=$PWD/target/release/newsdex
corpus=$(BENCH_DIR=$work benches/corpus.sh "$copies")
articles=$(find "$corpus" -name '*.txt' | wc -l)
note "corpus: $articles articles in $corpus"

# timed CMD...: "WALL CPU" seconds of CMD, its output discarded (in $log when set).
timed() {
    sync
    /usr/bin/time -f "%e %U %S" -o "$work/time.last" "$@" >"${log:-/dev/null}" 2>&1
    awk '{printf "%.2f %.2f", $1, $2 + $3}' "$work/time.last"
}
wall() { echo "${1% *}"; }
cpu() { echo "${1#* }"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1fx", a / b}'; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.0f", n / t}'; }
summary_of() { python3 -c 'import json,glob,sys; v = json.load(open(glob.glob(sys.argv[1] + "/summary/part-*")[0]))[sys.argv[2]]; print(json.dumps(v).replace("\"", "") if isinstance(v, dict) else v)' "$@"; }
# Tasks write their batches to memory where the system offers it (/tmp can be slow at making
# many small files); $SPARK_TEMP_DIR names another folder.
temp_dir=""
if [ -n "${SPARK_TEMP_DIR:-}" ]; then temp_dir="--local-temp-dir $SPARK_TEMP_DIR"
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then temp_dir="--local-temp-dir /dev/shm"; fi

# --- 1. Extraction per core -----------------------------------------------------------------
note "extraction on one core"
t_one=$(timed taskset -c 0 "$newsdex" extract --json "$corpus")
t_one_q=$(timed taskset -c 0 "$newsdex" extract --json --quotes "$corpus")
t_pages="" pages=0
if [ -d "$aeb" ]; then
    pages=$(find "$aeb" -name '*.htm*' | wc -l)
    t_pages=$(timed taskset -c 0 "$newsdex" extract --json --quotes "$aeb")
fi

# The same articles packed into one JSON Lines file per copy (as archives hold them).
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

# --- 2. Plain extraction on every core, and the Spark job ------------------------------------
find "$corpus" -mindepth 1 -maxdepth 1 -type d | sort >"$work/listing-$copies.txt"
find "$packed" -name '*.jsonl' | sort >"$work/listing-packed-$copies.txt"
spark_ok=""
if [ -x "$python" ] && "$python" -c 'import pyspark' 2>/dev/null; then
    spark_ok=1
    export PATH=$(dirname "$python"):$PATH PYSPARK_PYTHON=$python PYSPARK_DRIVER_PYTHON=$python
else
    note "no pyspark at $python (set NEWSDEX_SPARK_PYTHON, or run .ci/run once): the Spark job is skipped"
fi
declare -A plain spark
for input in files packed; do
    listing=$work/listing-$copies.txt
    [ "$input" = packed ] && listing=$work/listing-packed-$copies.txt
    note "plain extraction of the $input, $cores processes"
    plain[$input]=$(timed sh -c "xargs -P $cores -I{} sh -c \"'$newsdex' extract --json --quotes '{}' >/dev/null\" <'$listing'")
    if [ -n "$spark_ok" ]; then
        note "the Spark job on the $input, local[$cores]"
        out=$work/spark-$input-$copies
        spark[$input]=$(log=$out.log timed "$(dirname "$python")/spark-submit" \
            --master "local[$cores]" --driver-memory 4g \
            examples/spark/newsdex_spark.py --newsdex "$newsdex" $temp_dir "$listing" "$out")
    fi
done

# --- 3. Ingest of files, ingest of records ---------------------------------------------------
note "ingest of the files"
t_ingest=$(timed "$newsdex" --index "$work/idx-files-$copies" ingest --rebuild "$corpus")
t_ingest_rec=""
if [ -d "$work/spark-files-$copies/records" ]; then
    note "ingest of the job's records"
    t_ingest_rec=$(timed "$newsdex" --index "$work/idx-records-$copies" ingest --rebuild "$work/spark-files-$copies/records")
fi

# --- 4. Index size and query latency ---------------------------------------------------------
index_bytes=$(du -sb "$work/idx-files-$copies" | cut -f1)
declare -A qtime
queries=("query '\"prime minister\"'" "query 'economy growth'" "quotes economy" "person blair")
for q in "${queries[@]}"; do
    note "latency: $q"
    if have hyperfine; then
        hyperfine -N --warmup 3 --runs 30 --export-json "$work/q.json" \
            "$newsdex --index $work/idx-files-$copies $q" >/dev/null 2>&1 || true
        qtime[$q]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/q.json" 2>/dev/null || echo nan)
    else
        : >"$work/q.times"
        for _ in $(seq 21); do
            start=$(date +%s.%N); eval "$newsdex --index $work/idx-files-$copies $q" >/dev/null || true; end=$(date +%s.%N)
            awk -v a="$start" -v b="$end" 'BEGIN {print b - a}' >>"$work/q.times"
        done
        qtime[$q]=$(sort -g "$work/q.times" | awk '{v[NR] = $1} END {print v[(NR + 1) / 2]}')
    fi
done

# --- The table --------------------------------------------------------------------------------
echo
echo "Corpus: $articles articles (benches/corpus.sh $copies); $cores cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(date -u +%Y-%m-%d)"
echo
echo "| measure | wall | CPU | rate |"
echo "|---|---|---|---|"
row() { echo "| $1 | $(wall "$2") s | $(cpu "$2") s | $3 |"; }
row "extraction, one core (\`extract --json\`)" "$t_one" "$(rate "$articles" "$(cpu "$t_one")") articles per CPU second"
row "extraction and quote records, one core (\`--json --quotes\`)" "$t_one_q" "$(rate "$articles" "$(cpu "$t_one_q")") articles per CPU second"
[ -n "$t_pages" ] && row "web pages ($pages, \`$aeb\`), one core" "$t_pages" "$(rate "$pages" "$(cpu "$t_pages")") pages per CPU second"
for input in files packed; do
    what="the $articles files"
    [ "$input" = packed ] && what="the same articles in $(wc -l <"$work/listing-packed-$copies.txt") JSON Lines files"
    row "plain extraction of $what, $cores processes" "${plain[$input]}" ""
    if [ -n "${spark[$input]:-}" ]; then
        out=$work/spark-$input-$copies
        row "Spark job on $what, local[$cores], every table written" "${spark[$input]}" \
            "$(ratio "$(wall "${spark[$input]}")" "$(wall "${plain[$input]}")") plain's wall, $(ratio "$(cpu "${spark[$input]}")" "$(cpu "${plain[$input]}")") its CPU; stages (s): $(summary_of "$out" stage_seconds)"
    fi
done
row "\`ingest\` of the files" "$t_ingest" "$(rate "$articles" "$(wall "$t_ingest")") articles/s"
[ -n "$t_ingest_rec" ] && row "\`ingest\` of the job's records" "$t_ingest_rec" "$(rate "$articles" "$(wall "$t_ingest_rec")") articles/s"
echo "| index size | | | $(awk -v b="$index_bytes" 'BEGIN {printf "%.0f MB", b / 1e6}'): $(awk -v b="$index_bytes" -v n="$articles" 'BEGIN {printf "%.2f GB", b / n * 1e6 / 1e9}') per million articles |"
for q in "${queries[@]}"; do
    echo "| \`newsdex $q\` (whole process, median) | $(awk -v s="${qtime[$q]}" 'BEGIN {printf "%.1f ms", s * 1000}') | | |"
done
