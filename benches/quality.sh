#!/usr/bin/env bash
# Extraction quality on the annotated corpora beside the repo (../shared), with the project's
# scorer: people, quotes and speakers (seed, news-gold, polnear, conll), headline, outlet and body
# (aeb, readability); and `reuters`, the recall of the people Reuters newswire of 1987 tags
# (benches/reuters-people.py). Skips cleanly when the corpora or the scorer are absent. Not part
# of the tests.
#
#   benches/quality.sh [SET...]      (default: all of them)
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
[ ${#sets[@]} -gt 0 ] || sets=(seed news-gold polnear conll aeb readability reuters)
for set in "${sets[@]}"; do
  start=$(date +%s.%N)
  if [ "$set" = reuters ]; then
    figures=$(python3 benches/reuters-people.py "$bin" "$shared/corpus/reuters21578")
  else
    figures=$(python3 "$scorer" --set "$set" --cmd "$bin extract --json" --json)
  fi
  end=$(date +%s.%N)
  printf '%s\t%.1fs\t%s\n' "$set" "$(echo "$end - $start" | bc)" "$figures"
done
