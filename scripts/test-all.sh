#!/usr/bin/env bash
# Runs every test and check OpenLine has, the same way on a laptop and in CI.
#   scripts/test-all.sh
# Each suite installs what it needs from the package registries (crates.io, npm, Maven
# Central, PyPI, Debian) into target/ or the system, so a fresh clone needs no set-up.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# CI machines can be short of disk: a fresh clone gains nothing from incremental builds, and
# line tables keep backtraces readable at a fraction of full debug info's size.
export CARGO_INCREMENTAL=0
export CARGO_PROFILE_DEV_DEBUG=line-tables-only
export CARGO_PROFILE_TEST_DEBUG=line-tables-only

disk() {
  echo "disk: $(df -h --output=avail . | tail -1 | tr -d ' ') free, target/ $(du -sh target 2>/dev/null | cut -f1)"
}
disk

passed=0
failed=0
failures=()

suite() {
  local name=$1
  shift
  echo
  echo "=== $name"
  local started=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "=== $name: passed in $((SECONDS - started)) s"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "=== $name: FAILED after $((SECONDS - started)) s"
  fi
  disk
}

suite "rustfmt" cargo fmt --all --check
suite "clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
suite "python tools" tests/tools/python-env.sh
suite "rust tests" cargo test --workspace --locked
suite "content check" cargo run --quiet --locked -p openline-cli -- content check
suite "bindings" bindings/generate.sh
suite "kotlin on the jvm" tests/kotlin/run.sh
suite "compose ui on the jvm" tests/compose/run.sh
suite "android shell checks" tests/shells/android-check.sh
suite "ios shell checks" tests/shells/ios-check.sh
suite "web site in chromium" tests/web/run.sh
suite "fuzzing, 8 s a target" scripts/fuzz.sh 8

echo
if [ "$failed" -gt 0 ]; then
  echo "failed suites: ${failures[*]}"
fi
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
