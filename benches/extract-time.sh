#!/usr/bin/env bash
# CPU time of `extract --json` on one corpus, for builds side by side: the time of the
# extraction issue 17 limits ("no more than 20% slower"), measured as the user + system
# seconds of the whole command, runs interleaved so that a change of the machine's load falls
# on every build alike. Prints, per build, the median of RUNS runs (default 5) and its ratio to
# the first build's. Not part of the tests.
#
#   benches/extract-time.sh CORPUS BIN [BIN...]
#
# JOBS=1 runs every build on one thread (`-j1`; a build with no --jobs ran on one anyway): the
# CPU time of the extraction alone, without what two threads cost beside it (each core's caches
# filled with the same lists and code, the handing of batches between threads).
#
# CLOCK=perf reads the CPU time from `perf stat`'s task-clock, to the millisecond, where
# /usr/bin/time counts in steps of 10 ms: for one BBC copy (a fifth of a second a run).
#
# A corpus of 4 to 8 BBC copies (benches/corpus.sh 8) takes about a second a run. Callgrind's
# count of the whole command is no substitute: writing JSON is a large share of it, and runs
# at several times the instructions per cycle of the extraction.
set -euo pipefail
# Builds from before 90984c9 ran their JSON through anstream's scan for terminal styles when
# stdout was no terminal, a third of the command's time that later builds skip; with
# CLICOLOR_FORCE=1 they skip it too, so that the runs compare the extraction, not that scan.
export CLICOLOR_FORCE=1
[ $# -ge 2 ] || { echo "usage: benches/extract-time.sh CORPUS BIN [BIN...]" >&2; exit 2; }
corpus=$1; shift
runs=${RUNS:-5}
if [ "${CLOCK:-}" = perf ]; then
    command -v perf >/dev/null || { echo "extract-time: perf is needed for CLOCK=perf" >&2; exit 2; }
else
    [ -x /usr/bin/time ] || { echo "extract-time: /usr/bin/time is needed" >&2; exit 2; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
jobs_of() { # BIN: the option that sets its threads to $JOBS, if it has one
    if [ -n "${JOBS:-}" ] && "$1" extract --help 2>/dev/null | grep -q -- '--jobs'; then
        echo "--jobs=$JOBS"
    fi
}
for r in $(seq "$runs"); do
    i=0
    for bin in "$@"; do
        if [ "${CLOCK:-}" = perf ]; then
            # (task-clock in milliseconds, the first field of its line, as seconds)
            perf stat -x, -e task-clock -o "$tmp/last" "$bin" extract --json $(jobs_of "$bin") "$corpus" >/dev/null 2>&1 || true
            awk -F, '/task-clock/ {print $1 / 1000}' "$tmp/last" >>"$tmp/$i"
        else
            /usr/bin/time -f "%U %S" -o "$tmp/last" "$bin" extract --json $(jobs_of "$bin") "$corpus" >/dev/null 2>&1 || true
            awk '{print $1 + $2}' "$tmp/last" >>"$tmp/$i"
        fi
        i=$((i + 1))
    done
done
i=0
first=
for bin in "$@"; do
    median=$(sort -g "$tmp/$i" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
    first=${first:-$median}
    printf '%s\t%.3f s\t%.3f\n' "$bin" "$median" "$(awk -v a="$median" -v b="$first" 'BEGIN {print a / b}')"
    i=$((i + 1))
done
