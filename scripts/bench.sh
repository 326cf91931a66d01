#!/usr/bin/env bash
# Builds the release, serves it on 127.0.0.1, drives headless Chromium and
# prints the performance table (also written to bench-results.json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null
# The scaled-data runs need the synthetic data code, which the release leaves out.
trunk build --release --features bench,split --dist dist-bench >/dev/null
# Lighthouse for the phone measures, kept out of the app's own npm tools.
if [ ! -x target/bench-tools/node_modules/.bin/lighthouse ]; then
  mkdir -p target/bench-tools
  (cd target/bench-tools && { [ -f package.json ] || echo '{"private":true}' > package.json; } && npm install --no-audit --no-fund --loglevel=error lighthouse@13.5.0)
fi
node scripts/bench.mjs
