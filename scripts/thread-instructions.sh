#!/bin/sh
# Instructions executed by every thread of `extract --jobs 1` and `--jobs 2` over the
# first N articles of the bench corpus, counted by valgrind (callgrind): where the
# second job's cost goes (its own start-up and warm-up, and V8's background threads,
# which are almost all TurboFan compiling), repeatably, where timings on a shared
# machine are not.
#
#   sh scripts/thread-instructions.sh [N]     (needs valgrind; N=1000 takes ~5 minutes)
set -eu
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
[ -f dist/extract.js ] || npm run build --silent
n=${1:-1000}
corpus=$(node scripts/bench.mjs --articles "$n" --corpus-only)
out=$(mktemp -d)
for jobs in 1 2; do
  valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$out/jobs$jobs" \
    node bin/extract --input jsonl --jobs "$jobs" --format jsonl <"$corpus" >/dev/null 2>"$out/log$jobs" &
done
wait
for jobs in 1 2; do
  # a thread's file names its kind in its first call chain: the JS threads run node's
  # main or a Worker; V8's platform threads run PlatformWorkerThread
  js=0; background=0
  for f in "$out/jobs$jobs"-*; do
    n_ir=$(sed -n 's/^summary: //p' "$f")
    if grep -q 'PlatformWorkerThread' "$f"; then background=$((background + n_ir)); else js=$((js + n_ir)); fi
  done
  echo "--jobs $jobs: $(( (js + background) / 1000000 )) M instructions, $((js / 1000000)) M on JavaScript threads, $((background / 1000000)) M on V8's background threads"
done
rm -rf "$out"
