#!/usr/bin/env bash
# Speed of `newsdex serve` under load: 8 concurrent clients on a mix of article, quote and
# person searches (as the page asks them: 20 hits, with facets on a first page, without when
# paging), two rounds of $REQUESTS requests each (default 10,000), against an index of COPIES x
# the BBC corpus (default 20: 44,500 articles; see benches/corpus.sh; BBC_CORPUS=DIR says where
# the corpus is), or of the folders named.
#
#   benches/serve.sh [COPIES]
#   benches/serve.sh DIR...         e.g. fixtures ../shared/corpus/bbc-fulltext
#
# Needs oha (cargo install oha), which picks each request's address from the mix. Reports
# p50, p99, max and requests per second of each round, and the server's resident memory at
# start, after the first round and after the second (flat memory: the second round adds
# nothing). Everything runs on 127.0.0.1; the server is stopped at the end.
set -euo pipefail

# Folders named are read from where the script was started.
args=()
for a in "$@"; do if [[ $a =~ ^[0-9]+$ ]]; then args+=("$a"); else args+=("$(realpath "$a")"); fi; done
set -- "${args[@]}"
cd "$(dirname "$0")/.."
requests=${REQUESTS:-10000}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)
note() { echo "serve.sh: $*" >&2; }
command -v oha >/dev/null || { note "oha is not installed (cargo install oha)"; exit 2; }

note "building newsdex (release)"
cargo build --release --quiet --bin newsdex
newsdex=$PWD/target/release/newsdex
if [ $# -eq 0 ] || { [ $# -eq 1 ] && [[ $1 =~ ^[0-9]+$ ]]; }; then
    copies=${1:-20}
    set -- "$(BENCH_DIR=$work benches/corpus.sh "$copies")"
    index=$work/idx-serve-$copies
else
    # An index of the folders named, kept under a name made of theirs.
    index=$work/idx-serve-$(printf '%s\n' "$@" | md5sum | cut -c1-8)
fi
# Whether the index cannot be read (made by another schema version): it is made again.
unreadable() {
    local status=0
    "$newsdex" --index "$index" people -n 1 >/dev/null 2>&1 || status=$?
    [ "$status" = 2 ]
}
if [ ! -e "$index/.complete" ] || unreadable; then
    rm -rf "$index"
    note "indexing $*"
    "$newsdex" --index "$index" ingest "$@" >&2
    touch "$index/.complete"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$newsdex" --index "$index" serve --addr "127.0.0.1:$port" >"$work/serve.out" 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
# The server's resident memory, and how much of it is its own (not pages of the index's files).
rss() { awk '/^VmRSS/ {t = $2} /^RssAnon/ {a = $2} END {printf "%.1f MB (%.1f MB own)", t / 1024, a / 1024}' "/proc/$server/status"; }

# The mix, as the page asks it.
cat >"$work/mix.txt" <<'URLS'
/api/search?q=economy%20growth&limit=20
/api/search?q=%22prime%20minister%22&limit=20
/api/search?q=election&sort=date&limit=20
/api/search?q=film&outlet=bbc&limit=20
/api/search?q=economy%20growth&offset=20&limit=20&facets=false
/api/quotes?limit=20
/api/quotes?q=economy&limit=20
/api/quotes?q=tax%20cuts&limit=20
/api/quotes?speaker=blair&limit=20
/api/person?name=blair&limit=20
/api/person?name=gordon%20brown&limit=20
/api/person?name=jose%20mourinho&limit=20
URLS
sed "s|^|http://127.0.0.1:$port|" "$work/mix.txt" >"$work/urls.txt"

# One round: $requests requests from 8 clients; prints requests, p50, p99, max (ms), requests/s
# and the number of answers that were not 200.
round() {
    oha -n "$requests" -c 8 --no-tui --output-format json --urls-from-file "$work/urls.txt" >"$work/$1.json"
    python3 - "$work/$1.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ms = lambda s: f"{s * 1000:.1f}"
codes = r["statusCodeDistribution"]
n = sum(codes.values())
bad = n - codes.get("200", 0) + sum(r.get("errorDistribution", {}).values())
p = r["latencyPercentiles"]
print(n, ms(p["p50"]), ms(p["p99"]), ms(r["summary"]["slowest"]), f"{r['summary']['requestsPerSec']:.0f}", bad)
PY
}
start_rss=$(rss)
# (The load average, for the record: other work on the machine slows the server.)
note "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
note "round 1: $requests requests, 8 clients"
read -r n1 p50_1 p99_1 max_1 rps_1 errors_1 < <(round round1)
rss_1=$(rss)
note "round 2: $requests requests, 8 clients"
read -r n2 p50_2 p99_2 max_2 rps_2 errors_2 < <(round round2)
rss_2=$(rss)
note "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
articles=$(curl -s "http://127.0.0.1:$port/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')

echo "| round | articles | requests | clients | p50 | p99 | max | requests/s | errors | RSS before | RSS after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
echo "| 1 | $articles | $n1 | 8 | $p50_1 ms | $p99_1 ms | $max_1 ms | $rps_1 | $errors_1 | $start_rss | $rss_1 |"
echo "| 2 | $articles | $n2 | 8 | $p50_2 ms | $p99_2 ms | $max_2 ms | $rps_2 | $errors_2 | $rss_1 | $rss_2 |"
