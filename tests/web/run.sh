#!/usr/bin/env bash
# Browser tests of the static site (issue 7): builds the site with the `openline` binary,
# serves it on a free loopback port with `openline serve`, and drives Debian's Chromium with
# playwright-core through node:test. Installs Chromium and the npm packages if missing.
# Ends with node:test's summary; exits non-zero if any test fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium (Playwright can't download its own browser here)..."
  export DEBIAN_FRONTEND=noninteractive
  # Another install may hold dpkg's lock (two checkouts testing at once): wait for it.
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
fi

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

(cd "$root" && cargo build -p openline-cli --quiet)
bin="$target/debug/openline"
site="$target/site"
"$bin" site --out "$site"
mkdir -p "$target/screenshots"

log="$(mktemp)"
"$bin" serve --port 0 --dir "$site" >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -f "$log"
}
trap cleanup EXIT

url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1 || true)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "openline serve did not start:" >&2
  cat "$log" >&2
  exit 1
fi
echo "Serving $site at $url"

cd "$here"
OPENLINE_SITE_URL="$url" OPENLINE_SITE_DIR="$site" OPENLINE_BIN="$bin" \
  OPENLINE_SCREENSHOTS="$target/screenshots" \
  node --test --test-concurrency=1 --test-reporter=spec site.test.mjs
