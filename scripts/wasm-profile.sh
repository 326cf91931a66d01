#!/usr/bin/env bash
# Where the wasm's bytes go, after the same optimisation as the release:
# builds the app's wasm, runs wasm-bindgen and wasm-opt -Oz keeping function
# names (-g), and prints twiggy's largest items (installs twiggy if missing).
#   bash scripts/wasm-profile.sh [N]       top N items (default 40)
#   bash scripts/wasm-profile.sh diff OLD  twiggy diff against an older named.wasm
#   bash scripts/wasm-profile.sh split [N] the split release (main module, each
#                                          part and chunk) built with names kept
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
target_dir="${CARGO_TARGET_DIR:-target}"
out="$target_dir/wasm-profile"
mkdir -p "$out"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0
if [ "${1:-}" = split ]; then
  # tools/site/src/split.rs keeps the names where SPLIT_KEEP_NAMES is set.
  SPLIT_KEEP_NAMES=1 trunk build --release --dist "$out/split" >/dev/null
  for f in "$out"/split/*.wasm; do
    echo "== $(basename "$f"): $(wc -c < "$f") bytes with names"
    twiggy top -n "${2:-15}" "$f"
  done
  exit
fi
cargo build --quiet --release --target wasm32-unknown-unknown -p sme-explorer
wasm-bindgen --target web --out-dir "$out" "$target_dir/wasm32-unknown-unknown/release/sme-explorer.wasm"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int "$out/sme-explorer_bg.wasm" -o "$out/named.wasm"
echo "named, optimised wasm: $out/named.wasm ($(wc -c < "$out/named.wasm") bytes, $(gzip -9c "$out/named.wasm" | wc -c) gzip)"
if [ "${1:-}" = diff ]; then
  twiggy diff -n 60 "$2" "$out/named.wasm"
else
  twiggy top -n "${1:-40}" "$out/named.wasm"
fi
