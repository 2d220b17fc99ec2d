#!/bin/sh
# Instructions per article in steady state, counted by valgrind (callgrind):
# deterministic where timings are not. On the shared machines we work on, wall
# and CPU times of the same build move by 10-15% between runs, which hides the
# effect of most single changes; this count repeats to 0.1%, so two builds can
# be compared (`git stash`, build, run, compare).
#
#   sh scripts/instructions.sh        (needs valgrind: apt-get install valgrind; ~2 minutes)
#   WARM=1500 COUNT=500 sh scripts/instructions.sh   (a later window: ~8 minutes)
#
# How: the same script runs 400 articles (WARM), then 0 or 200 (COUNT) more; the
# difference over COUNT is the per-article count. At 400 V8 is still optimizing
# some rules' functions (--trace-opt shows dozens marked between articles 400 and
# 600), and which of them a build optimizes there moves with the code's text: on
# 2026-12-06 a function added and never called moved the count by 2%, where
# articles 1500-2000 moved by 0.2%. Believe a step of a few percent only when the
# later window shows it too. V8 runs --predictable (no background
# threads: its compiles run on the main thread too) with a large young
# generation, and what V8 does once rather than per article is left out of
# both counts: optimizing compiles, lazy and baseline compiles, regex compiles,
# garbage collections (callgrind's inclusive cost of each). Counting windows
# alone was not enough: a function that became hot late was compiled inside the
# counted articles (splitting the binder into files, 2026-12-05, moved
# bindNounBefore's compile there and the count read +29% where nothing had
# changed), and a full collection makes V8 compile again. It measures
# extraction, not I/O or threads: use `npm run bench` for those.
set -eu
cd "$(dirname "$0")/.."
WARM=${WARM:-400}
COUNT=${COUNT:-200}
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
[ -f dist/extract.js ] || npm run build --silent
corpus=$(node scripts/bench.mjs --articles 1000 --corpus-only)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# V8's work done once, by the functions that do it (inclusive counts)
ONCE='GetOrCompileOptimized|Runtime_CompileLazy|Compiler::CompileBaseline|RegExpImpl::CompileIrregexp|Heap::CollectGarbage\('
count() {
  valgrind --tool=callgrind --callgrind-out-file="$out" \
    node --predictable --min-semi-space-size=256 --max-semi-space-size=256 scripts/instructions-run.mjs "$corpus" "$WARM" "$1" >/dev/null 2>&1
  callgrind_annotate --inclusive=yes --threshold=100 "$out" | awk -v once="$ONCE" '
    /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
    $0 ~ once { gsub(",", "", $1); once_total += $1 }
    END { printf "%.0f\n", total - once_total }'
}
a=$(count 0)
b=$(count "$COUNT")
echo "instructions per article: $(( (b - a) / COUNT ))"
