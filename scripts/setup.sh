#!/usr/bin/env bash
# Installs whatever this project needs and is missing; skips what is present,
# so a second run takes seconds. Safe to run on a fresh machine of our kind
# (Debian, root, Rust via rustup, Node with npm, registries only).
#
#   - the pinned Rust toolchain and the wasm32 target (rust-toolchain.toml)
#   - Trunk 0.21.14 and wasm-bindgen-cli 0.2.130 (from crates.io)
#   - geckodriver 0.37.1 (from crates.io; Debian has no package for it)
#   - Chromium and ChromeDriver, Firefox ESR, WebKitGTK's WebDriver and
#     MiniBrowser, and Xvfb (Debian packages), for the three browser engines
#   - every crate in Cargo.lock (cargo fetch: Trunk builds offline)
#   - wasm-opt (npm binaryen), playwright-core, axe-core and selenium-webdriver
#     (npm), from package-lock.json
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# Rust: the toolchain file names the version and the wasm target.
if ! rustup run 1.95.0 rustc --version >/dev/null 2>&1; then
  say "installing the Rust toolchain from rust-toolchain.toml"
  rustup toolchain install
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk (0.22 needs a newer rustc than ours).
if ! trunk --version 2>/dev/null | grep -q '0\.21\.14'; then
  say "installing Trunk 0.21.14 (about 11 minutes on 2 cores)"
  cargo install --locked trunk --version 0.21.14
fi

# wasm-bindgen CLI: must equal the wasm-bindgen crate in Cargo.lock. Without
# --locked: a locked dependency of it is missing from the registry.
if ! wasm-bindgen --version 2>/dev/null | grep -q '0\.2\.130'; then
  say "installing wasm-bindgen-cli 0.2.130 (about 7 minutes)"
  cargo install wasm-bindgen-cli --version 0.2.130
fi

# geckodriver drives Firefox for the component and cross-engine tests.
# (Read its whole output: geckodriver panics when a pipe closes early.)
if [[ "$(geckodriver --version 2>/dev/null)" != "geckodriver 0.37.1"* ]]; then
  say "installing geckodriver 0.37.1 (about 4 minutes)"
  cargo install --locked geckodriver --version 0.37.1
fi

# The three browser engines and their drivers, from Debian only: Chromium
# (chromium, chromium-driver), Firefox (firefox-esr) and WebKit
# (webkit2gtk-driver brings WebKitWebDriver and MiniBrowser; MiniBrowser
# needs an X display, hence xvfb).
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
{ command -v WebKitWebDriver >/dev/null && compgen -G '/usr/lib/*/webkit2gtk-4.1/MiniBrowser' >/dev/null; } \
  || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
# pdftotext reads the printed PDFs back in the print tests.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} (Debian packages)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  # Wait for another apt run (a parallel install) rather than fail.
  wait_lock=(-o DPkg::Lock::Timeout=300)
  $SUDO apt-get "${wait_lock[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${wait_lock[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

# The crates of every target and feature, by Cargo.lock: Trunk builds offline
# (Trunk.toml), so a fresh machine must have them before its first build.
# Quick (seconds) when they are already in cargo's cache.
say "fetching the crates in Cargo.lock"
cargo fetch --locked --quiet

# npm tools, pinned by package-lock.json; reinstalled only when it changes.
stamp="node_modules/.package-lock.sha256"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x node_modules/.bin/wasm-opt ]; then
  say "installing npm tools (binaryen, playwright-core, axe-core, selenium-webdriver)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

say "ready: $(rustc --version), $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1), $(chromium --version 2>/dev/null | head -1), $(firefox-esr --version 2>/dev/null | head -1), $(geckodriver --version 2>/dev/null | sed -n 1p), WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null)"
