#!/usr/bin/env bash
# Regenerates the checked-in Swift bindings from the current core. Run it after any change to
# the core's exported API (tests/shells/ios-check.sh fails until you do), then commit the
# result with the core change:
#   ios/scripts/update-bindings.sh
# Works on Linux and macOS; needs only cargo.
set -euo pipefail
ios=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$ios/scripts/generate-swift-bindings.sh" "$tmp"

kit=$ios/OpenLineKit
changed=0
copy() {
  local from=$1 to=$2
  if ! cmp -s "$from" "$to"; then
    mkdir -p "$(dirname "$to")"
    cp "$from" "$to"
    echo "updated ${to#"$ios"/}"
    changed=1
  fi
}
copy "$tmp/OpenLineCore.swift" "$kit/Sources/OpenLineCore/OpenLineCore.swift"
copy "$tmp/OpenLineCoreFFI.h" "$kit/FFI/OpenLineCoreFFI.h"
copy "$tmp/OpenLineCoreFFI.modulemap" "$kit/FFI/OpenLineCoreFFI.modulemap"
if [ "$changed" = 0 ]; then
  echo "Swift bindings already match the core."
else
  echo "Swift bindings regenerated. Run tests/shells/ios-check.sh, then commit ios/OpenLineKit."
fi
