#!/bin/sh
# Instructions per article in steady state, counted by valgrind (callgrind):
# deterministic where timings are not. On the shared machines we work on, wall
# and CPU times of the same build move by 10-15% between runs, which hides the
# effect of most single changes; this count repeats to 0.1%, so two builds can
# be compared (`git stash`, build, run, compare).
#
#   sh scripts/instructions.sh        (needs valgrind: apt-get install valgrind; ~2 minutes)
#
# How: the same script runs 250 and 450 articles of the bench corpus; the
# difference over 200 is the per-article count without start-up and warm-up.
# V8 runs --predictable (no background threads) with a young generation large
# enough that no collection falls into the run, so where the heap's thresholds
# fall cannot swing the count. It measures extraction, not I/O or threads: use
# `npm run bench` for those.
set -eu
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
[ -f dist/extract.js ] || npm run build --silent
corpus=$(node scripts/bench.mjs --articles 1000 --corpus-only)
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    node --predictable --min-semi-space-size=256 --max-semi-space-size=256 scripts/instructions-run.mjs "$corpus" "$1" 2>&1 |
    sed -n 's/.*Collected : //p'
}
a=$(count 250)
b=$(count 450)
echo "instructions per article: $(( (b - a) / 200 ))"
