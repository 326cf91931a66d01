#!/usr/bin/env bash
# Sets up whatever is missing, builds the release site into dist/ and serves
# it on 127.0.0.1 (PORT, default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
bash scripts/size-report.sh
port="${PORT:-8080}"
echo
echo "Serving the explorer at http://127.0.0.1:${port}/  (Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
