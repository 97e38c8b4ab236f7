#!/usr/bin/env bash
# The wrk runs of BENCHMARKS.md: a release `ogoh serve` (SQLite in a temp dir, rate limit off)
# and wrk, 64 connections, 15 s each, on the same machine. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -q
data=$(mktemp -d)
port=18081
DATABASE_URL="sqlite://$data/ogoh.db" OGOH_DATA_DIR="$data" OGOH_BIND="127.0.0.1:$port" \
  OGOH_RATE_LIMIT=0 ./target/release/ogoh serve 2>/dev/null &
server=$!
trap 'kill $server; rm -rf "$data"' EXIT
sleep 2
kill -0 $server 2>/dev/null || { echo "ogoh serve did not start (is port $port taken?)" >&2; exit 1; }
url="http://127.0.0.1:$port"
run() { echo "== $1"; shift; wrk -t2 -c64 -d15s --latency "$@" | grep -E "Requests/sec|  50%|  99%|Non-2xx"; }
run "GET /healthz" "$url/healthz"
run "assess, one body, 10 findings (assess.lua)" -s benches/wrk/assess.lua "$url/api/v1/assess"
run "assess, one body, 1 situation (assess-small.lua)" -s benches/wrk/assess-small.lua "$url/api/v1/assess"
KINDS=few run "assess, 1,536 bodies (assess-varied.lua, KINDS=few)" -s benches/wrk/assess-varied.lua "$url/api/v1/assess"
KINDS=many run "assess, 21,120 bodies (assess-varied.lua, KINDS=many)" -s benches/wrk/assess-varied.lua "$url/api/v1/assess"
run "GET /healthz, again" "$url/healthz"
