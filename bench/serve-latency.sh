#!/usr/bin/env bash
# Benchmark of `colibri serve`: time from saving one article to the new page being served.
#   bench/serve-latency.sh [ARTICLES] [ROUNDS]      (default: 10000 articles, 10 saves)
# Generates a corpus in a temporary folder (bench/gen-serve-corpus.sh), starts ./colibri serve on
# a free port, waits for the first build, then saves one article at a time and polls its page
# until the new text is served (bench/ServeLatency.java). Prints each save, the median and p90.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
articles=${1:-10000}
rounds=${2:-10}
work=$(mktemp -d "${TMPDIR:-/tmp}/colibri-serve-bench.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$here/bench/gen-serve-corpus.sh" "$work/site" "$articles"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port/"
start=$(date +%s%N)
"$here/colibri" serve --source "$work/site" --port "$port" --now 2026-01-01 >"$work/serve.log" 2>&1 &
server=$!
until curl -s -o /dev/null "$url"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; echo "colibri serve stopped" >&2; exit 1; }
  sleep 0.2
done
echo "first build and serve: $(( ($(date +%s%N) - start) / 1000000 )) ms; $(grep -m1 '^Built' "$work/serve.log")"
java "$here/bench/ServeLatency.java" "$url" "$work/site" "$rounds" 5
echo "--- colibri serve's own lines for the measured saves:"
grep "^Rebuilt" "$work/serve.log" | tail -n "$rounds"
