#!/usr/bin/env bash
# Runs bindings/generate.sh unless target/bindings already holds bindings and a library newer
# than every source they are built from, so each test suite can call it first and only the
# first one pays for the release build.
#   bindings/ensure-fresh.sh NAME     (NAME prefixes the one line it prints when it generates)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
name=${1:-bindings}
kotlin=target/bindings/kotlin/org/openline/core/openline_core.kt
stale=
if [ ! -f "$kotlin" ] || [ ! -f target/bindings/lib/libopenline_core.so ]; then
  stale="missing"
elif [ -n "$(find core model content bindings Cargo.toml Cargo.lock -type f -newer "$kotlin" -print -quit 2>/dev/null)" ]; then
  stale="older than the core's sources"
fi
if [ -n "$stale" ]; then
  echo "$name: bindings $stale: running bindings/generate.sh" >&2
  bindings/generate.sh >&2
fi
