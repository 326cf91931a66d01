#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test:
#   1. native: the core's unit and integration tests (cargo test)
#   2. component: wasm-bindgen-test in headless Chromium
#   3. end-to-end: Playwright driving Chromium against the release build
#   4. component: the same wasm-bindgen-test suite in headless Firefox
#   5. cross-engine smoke: the release build in Chromium, Firefox and WebKit
#      through WebDriver (tests/cross/)
# Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export GECKODRIVER="${GECKODRIVER:-$(command -v geckodriver)}"
# Selenium must never try to download drivers or send usage statistics.
export SE_OFFLINE=true SE_AVOID_STATS=true
# Each step prints the seconds elapsed so far, to keep an eye on CI's budget.
step() { printf '\n\033[1m==> %s\033[0m (at %ss)\n' "$*" "$SECONDS"; }

# wasm-bindgen-test-runner takes the first driver it finds, GECKODRIVER before
# CHROMEDRIVER, so each component run names exactly one.
step "native tests (core and app, with the data loader)"
cargo test --workspace --all-features

step "component tests in headless Chromium"
env -u GECKODRIVER cargo test --target wasm32-unknown-unknown -p sme-explorer --test web

step "release build"
trunk build --release
bash scripts/size-report.sh
step "a second build, for the update test (the same code marked SME_BUILD_LABEL=second)"
SME_BUILD_LABEL=second trunk build --release --dist target/dist-second

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/

step "component tests in headless Firefox"
env -u CHROMEDRIVER GECKODRIVER_ARGS="--binary $(command -v firefox-esr)" \
  cargo test --target wasm32-unknown-unknown -p sme-explorer --test web

step "cross-engine smoke tests in Chromium, Firefox and WebKit"
node --test --test-concurrency=1 tests/cross/
printf '\n\033[1mall tests passed in %ss\033[0m\n' "$SECONDS"
