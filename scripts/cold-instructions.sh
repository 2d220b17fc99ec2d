#!/bin/sh
# Instructions of a one-article run from a cold start, and of `node -e 0`, counted
# by valgrind (callgrind) with V8 on one thread: the start-up work of ours, free of
# the machine's noise (a cold run's wall time moves by 10-30 ms between minutes,
# as much as most changes to it). The article is the one the bench times.
#
#   sh scripts/cold-instructions.sh      (needs valgrind; ~1 minute)
#
# Node's own start is most of `node -e 0`'s count (on the project's machine, parsing
# the certificates NODE_EXTRA_CA_CERTS names is 416 M of its 510 M); the difference
# is ours: loading the modules, the tables, and the first extraction.
set -eu
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
[ -f dist/extract.js ] || npm run build --silent
article=fixtures/articles/$(ls fixtures/articles | sort | tail -n 1)
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
node_alone=$(count -e 0)
one_article=$(count bin/extract "$article")
echo "node -e 0: $node_alone instructions"
echo "extract $(basename "$article"): $one_article instructions ($((one_article - node_alone)) more)"
