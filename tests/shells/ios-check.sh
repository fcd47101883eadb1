#!/usr/bin/env bash
# The iOS shell's checks, standing in for a Swift compiler, which this machine doesn't have.
# Nothing here compiles or runs Swift: the Swift is parsed, and cross-checked against the
# bindings generated from the core. Building and testing for real happens on a Mac (ios/README.md).
#
#   tests/shells/ios-check.sh
#
#  1. syntax: every .swift file under ios/ parses with tree-sitter-swift, with no ERROR or
#     MISSING node (in the generated bindings, two known false positives are blanked first);
#  2. names: every core type, method, property and enum case the shell names exists in the
#     generated bindings, with the argument labels it uses;
#  3. coverage: every switch over a core enum names all its cases (no default), and the
#     renderer has one over Block and one over Action; the shell's own strings are all in its
#     String Catalog;
#  4. freshness: the checked-in bindings equal what the current core generates;
#  5. self-tests: deliberately broken copies fail checks 1 to 4;
#  6. the project: privacy manifest, XcodeGen spec, package manifest, icon, store listing.
# Ends with "N passed, M failed"; exits non-zero if anything failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

PY=$(tests/tools/python-env.sh) || { echo "could not set up the Python tools"; echo "0 passed, 1 failed"; exit 1; }
checker=tests/shells/ios/check_swift.py
kit=ios/OpenLineKit
bindings=$kit/Sources/OpenLineCore/OpenLineCore.swift
catalog=ios/App/Localizable.xcstrings
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
# run NAME COMMAND...: runs a check, shows its output indented, counts it.
run() {
  local name=$1
  shift
  echo "== $name"
  if "$@" >"$work/out" 2>&1; then
    sed 's/^/   /' "$work/out"
    echo "PASS $name"
    passed=$((passed + 1))
  else
    sed 's/^/   /' "$work/out"
    echo "FAIL $name"
    failed=$((failed + 1))
  fi
}

swift_files=()
while IFS= read -r file; do
  swift_files+=("$file")
done < <(find ios -name '*.swift' -not -path "$bindings" -not -path '*/.build/*' -not -path '*/DerivedData/*' | sort)
ui_args=()
for file in ios/App/*.swift "$kit"/Sources/OpenLineUI/*.swift; do
  ui_args+=(--ui "$file")
done
test_files=("$kit"/Tests/OpenLineUITests/*.swift)

run "syntax: every Swift file parses (tree-sitter-swift)" \
  "$PY" "$checker" parse --generated "$bindings" "${swift_files[@]}"

run "names and coverage: the shell against the generated bindings" \
  "$PY" "$checker" api --bindings "$bindings" --catalog "$catalog" "${ui_args[@]}" "${test_files[@]}"

# Freshness: generate from the current core into a temporary folder and compare.
fresh() {
  if ! ios/scripts/generate-swift-bindings.sh "$work/generated" >"$work/cargo.log" 2>&1; then
    tail -20 "$work/cargo.log"
    echo "could not generate the bindings from the core"
    return 1
  fi
  local stale=0
  for pair in \
    "OpenLineCore.swift:$bindings" \
    "OpenLineCoreFFI.h:$kit/FFI/OpenLineCoreFFI.h" \
    "OpenLineCoreFFI.modulemap:$kit/FFI/OpenLineCoreFFI.modulemap"; do
    if compare "$work/generated/${pair%%:*}" "${pair#*:}"; then
      echo "up to date: ${pair#*:}"
    else
      stale=1
    fi
  done
  if [ "$stale" = 1 ]; then
    echo "The checked-in bindings are stale: run ios/scripts/update-bindings.sh and commit them."
    return 1
  fi
}
compare() {
  if [ ! -f "$2" ]; then
    echo "missing: $2"
    return 1
  fi
  if ! diff -u "$2" "$1" >"$work/diff"; then
    echo "stale: $2 differs from the generated file ($(grep -c '^[-+][^-+]' "$work/diff") lines):"
    head -20 "$work/diff" | sed 's/^/     /'
    return 1
  fi
}
run "freshness: the checked-in bindings match the current core" fresh

# The staleness comparison itself must notice a change.
stale_selftest() {
  cp "$bindings" "$work/changed.swift"
  printf '\n// an API change\n' >>"$work/changed.swift"
  if compare "$work/changed.swift" "$bindings" >/dev/null; then
    echo "a changed binding went unnoticed"
    return 1
  fi
  echo "ok   self-test: a changed binding is reported as stale"
}
run "self-test: freshness" stale_selftest

run "self-tests: broken copies of the shell fail the syntax, names and coverage checks" \
  "$PY" tests/shells/ios/selftest.py "$root"

run "project: privacy manifest, XcodeGen spec, package, String Catalog, icon, store listing" \
  "$PY" tests/shells/ios/check_project.py "$root"

echo
echo "Parsed and cross-checked only: no Swift was compiled or run (no Swift toolchain here)."
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
