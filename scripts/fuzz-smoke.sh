#!/usr/bin/env bash
# CI's short fuzz run: each cargo-fuzz target for a few seconds from its committed seeds, so a
# target that no longer builds or crashes at once is caught. The long runs are in FUZZING.md.
# Needs the nightly toolchain (cargo fuzz uses sanitizer flags); without it, says so and stops.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzz smoke: skipped (no nightly toolchain; rustup toolchain install nightly)"
  exit 0
fi
command -v cargo-fuzz >/dev/null 2>&1 || cargo install --locked cargo-fuzz
SECONDS_EACH="${1:-15}"
# No sanitizer: the code is safe Rust; a panic is what the runs look for, and ASan made the
# targets 4-6x slower.
cargo +nightly fuzz build -O -s none
for target in facts_json scan_text form_body rule_file; do
  mkdir -p "corpus/$target"
  cargo +nightly fuzz run -O -s none "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$SECONDS_EACH" -max_len=8192 2>&1 | tail -n 1
done
