#!/usr/bin/env bash
# Extraction quality on the annotated corpora beside the repo (../shared), with the project's
# scorer: people, quotes and speakers (seed, polnear, conll), headline, outlet and body (aeb,
# readability). Skips cleanly when the corpora or the scorer are absent. Not part of the tests.
#
#   benches/quality.sh [SET...]      (default: seed polnear conll aeb readability)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${NEWSDEX_SHARED:-../shared}"
scorer="$shared/tools/score.py"
if [ ! -f "$scorer" ] || [ ! -d "$shared/corpus" ]; then
  echo "quality: $scorer or $shared/corpus not found; nothing to measure" >&2
  exit 0
fi
cargo build --release --quiet
bin="$PWD/target/release/newsdex"
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(seed polnear conll aeb readability)
for set in "${sets[@]}"; do
  start=$(date +%s.%N)
  figures=$(python3 "$scorer" --set "$set" --cmd "$bin extract --json" --json)
  end=$(date +%s.%N)
  printf '%s\t%.1fs\t%s\n' "$set" "$(echo "$end - $start" | bc)" "$figures"
done
