#!/usr/bin/env bash
# Builds the release, serves it on 127.0.0.1, drives headless Chromium and
# prints the performance table (also written to bench-results.json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null
# The scaled-data runs need the synthetic data code, which the release leaves out.
trunk build --release --features bench --dist dist-bench >/dev/null
node scripts/bench.mjs
