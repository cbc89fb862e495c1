#!/usr/bin/env bash
# Speed of `newsdex serve` under load: 8 concurrent clients on a mix of article, quote and
# person searches (as the page asks them: 20 hits, with facets) for $LOAD_SECONDS seconds
# (default 30: well over 10,000 requests), against an index of COPIES x the BBC corpus (default
# 20: 44,500 articles; see benches/corpus.sh; BBC=DIR says where the corpus is).
#
#   benches/serve.sh [COPIES]
#
# Needs Debian's `wrk` (apt-get install wrk). Reports p50, p99 and requests per second, and the
# server's resident memory after it started, after a 5-second warm-up and after the load. Everything runs on 127.0.0.1; the server is stopped at the end.
set -euo pipefail

cd "$(dirname "$0")/.."
copies=${1:-20}
seconds=${LOAD_SECONDS:-30}
work=${BENCH_DIR:-target/bench}
bbc=${BBC:-../shared/corpus/bbc-fulltext}
mkdir -p "$work"
work=$(cd "$work" && pwd)
corpus=$work/corpus-$copies
index=$work/idx-serve-$copies
note() { echo "serve.sh: $*" >&2; }
command -v wrk >/dev/null || { note "wrk is not installed (apt-get install wrk)"; exit 2; }

note "building newsdex (release)"
cargo build --release --quiet --bin newsdex --example gencorpus
newsdex=$PWD/target/release/newsdex
. benches/corpus.sh
if [ ! -e "$index/.complete" ]; then
    rm -rf "$index"
    note "indexing $corpus"
    "$newsdex" --index "$index" ingest "$corpus" >&2
    touch "$index/.complete"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$newsdex" --index "$index" serve --addr "127.0.0.1:$port" >"$work/serve.out" 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
rss() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$server/status"; }

# The mix: each client goes round these searches (URL-encoded), as the page asks them.
cat >"$work/mix.lua" <<'LUA'
local paths = {
  "/api/search?q=economy%20growth&limit=20",
  "/api/search?q=%22prime%20minister%22&limit=20",
  "/api/search?q=election&sort=date&limit=20",
  "/api/search?q=film&outlet=bbc&limit=20",
  "/api/quotes?q=economy&limit=20",
  "/api/quotes?q=tax%20cuts&limit=20",
  "/api/quotes?speaker=blair&limit=20",
  "/api/person?name=blair&limit=20",
  "/api/person?name=gordon%20brown&limit=20",
  "/api/person?name=jose%20mourinho&limit=20",
}
local counter = 0
function setup(thread) thread:set("id", counter); counter = counter + 1 end
function init(args) n = id end
function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
function response(status, headers, body)
  if status ~= 200 then io.stderr:write("status " .. status .. "\n") end
end
function done(summary, latency, requests)
  io.write(string.format("RESULT %d %.2f %.2f %.2f %.1f %d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.status + summary.errors.connect
      + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

start_rss=$(rss)
note "warm-up: 5 s"
wrk -t2 -c8 -d5s -s "$work/mix.lua" "http://127.0.0.1:$port" >"$work/warm.txt"
warm_rss=$(rss)
note "load: $seconds s, 8 clients"
wrk -t2 -c8 -d"${seconds}s" --timeout 10s -s "$work/mix.lua" "http://127.0.0.1:$port" >"$work/load.txt"
end_rss=$(rss)
read -r _ n p50 p99 max rps errors < <(grep '^RESULT' "$work/load.txt")
articles=$(curl -s "http://127.0.0.1:$port/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')

echo "| articles | requests | clients | p50 | p99 | max | requests/s | errors | RSS at start | after warm-up | after load |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
echo "| $articles | $n | 8 | $p50 ms | $p99 ms | $max ms | $rps | $errors | $start_rss MB | $warm_rss MB | $end_rss MB |"
