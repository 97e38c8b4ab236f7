#!/bin/bash
# Idle memory of the server (DESIGN.md budget: RSS <= 60 MB): VmRSS of `ogoh serve` (SQLite,
# the shipped rules) 2 s after /healthz answers, then after two edits to a labelled message
# under the watched rules (each a reload that retrains the model). Linux only (/proc).
#
#   cargo build --release && bash benches/idle-memory.sh [BIN] [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/ogoh}
port=${2:-18190}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r rules "$work/rules"
mkdir "$work/data"
OGOH_DATA_DIR="$work/data" OGOH_BIND="127.0.0.1:$port" OGOH_RULES_DIR="$work/rules" \
  OGOH_LOCALES_DIR="$PWD/locales" "$bin" serve >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
rss() { grep VmRSS "/proc/$pid/status" | awk '{print $2 " kB"}'; }
sleep 2
echo "at start:                 $(rss)"
messages="$work/rules/scams/messages/short-chat.jsonl"
echo '{"id": "idle-memory-001", "lang": "ru", "label": 0, "kind": "rent", "text": "Сдаю комнату у метро Текстильщики, 25 тысяч в месяц, без животных."}' >>"$messages"
sleep 4
echo "after a message edit:     $(rss)"
sed -i 's/Текстильщики/Марьино/' "$messages"
sleep 4
echo "after a second edit:      $(rss)"
kill "$pid"
wait "$pid" 2>/dev/null || true
