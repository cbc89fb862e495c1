#!/usr/bin/env bash
# A snapshot of what one build extracts from every corpus beside the repo (../shared), to review
# a change by its effect: `extract --json` output per set in DIR/SET.jsonl, and, for the scored
# sets, score.py's figures (DIR/SET.score.json) and its list of errors (DIR/SET.errors.txt).
# Compare two snapshots with benches/extract-diff.py. Skips cleanly when the corpora are absent.
# Not part of the tests.
#
#   benches/snapshot.sh NEWSDEX_BIN DIR
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: benches/snapshot.sh NEWSDEX_BIN DIR" >&2; exit 2; }
cd "$(dirname "$0")/.."
shared="${NEWSDEX_SHARED:-../shared}"
scorer="$shared/tools/score.py"
if [ ! -f "$scorer" ] || [ ! -d "$shared/corpus" ]; then
  echo "snapshot: $scorer or $shared/corpus not found; nothing to do" >&2
  exit 0
fi
bin=$(realpath "$1")
mkdir -p "$2"
dir=$(realpath "$2")
rm -f "$dir"/*.jsonl "$dir"/*.score.json "$dir"/*.errors.txt
# score.py runs its --cmd over chunks of files; the wrapper keeps a copy of what the tool printed.
for set in seed news-gold polnear conll aeb readability; do
  wrapper="$dir/.extract-$set"
  printf '#!/bin/sh\n"%s" extract --json "$@" | tee -a "%s"\n' "$bin" "$dir/$set.jsonl" >"$wrapper"
  chmod +x "$wrapper"
  python3 "$scorer" --set "$set" --cmd "$wrapper" --json --errors \
    >"$dir/$set.score.json" 2>"$dir/$set.errors.txt" &
done
"$bin" extract --json "$shared/corpus/bbc-fulltext" >"$dir/bbc.jsonl" 2>/dev/null &
"$bin" extract --json "$shared/corpus/reuters21578" >"$dir/reuters.jsonl" 2>/dev/null &
wait
rm -f "$dir"/.extract-*
# score.py copies some sets into a fresh temporary folder per run: the folder's name and the
# files' times are taken out, so that two snapshots of one build are byte-identical (`cmp`
# tells a change of output).
sed -i -E -e 's#/tmp/eval-[A-Za-z0-9_]+/#/tmp/eval/#g' -e 's#"mtime":"[^"]*"#"mtime":""#g' "$dir"/*.jsonl
for set in seed news-gold polnear conll aeb readability; do
  printf '%s\t%s\n' "$set" "$(cat "$dir/$set.score.json")"
done
