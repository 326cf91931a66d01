#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test:
#   1. native: the core's unit and integration tests (cargo test)
#   2. component: wasm-bindgen-test in headless Chromium
#   3. end-to-end: Playwright driving Chromium against the release build
# Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "native tests (core and app, with the data loader)"
cargo test --workspace --all-features

step "component tests in headless Chromium"
cargo test --target wasm32-unknown-unknown -p sme-explorer --test web

step "release build"
trunk build --release
bash scripts/size-report.sh

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
