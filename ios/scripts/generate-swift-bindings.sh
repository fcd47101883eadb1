#!/usr/bin/env bash
# Generates the core's Swift bindings from the core in this working tree, on Linux or macOS:
#   ios/scripts/generate-swift-bindings.sh OUT_DIR
# writes OUT_DIR/OpenLineCore.swift, OUT_DIR/OpenLineCoreFFI.h and OUT_DIR/OpenLineCoreFFI.modulemap.
# Used by update-bindings.sh (which checks them in) and tests/shells/ios-check.sh (which
# fails when the checked-in copies are stale), so both always generate the same way.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: generate-swift-bindings.sh OUT_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}

# Two cargo invocations on purpose (as in bindings/generate.sh): building the bindgen with the
# library would merge its features into the library.
cargo build --release --locked -p openline-core
cargo build --release --locked -p uniffi-bindgen

case "$(uname -s)" in
  Darwin) lib=$target/release/libopenline_core.dylib ;;
  *) lib=$target/release/libopenline_core.so ;;
esac
# --no-format: the output must not depend on whether swiftformat happens to be installed.
"$target/release/uniffi-bindgen" generate "$lib" --language swift \
  --config bindings/uniffi.toml --out-dir "$out" --no-format
for file in OpenLineCore.swift OpenLineCoreFFI.h OpenLineCoreFFI.modulemap; do
  [ -s "$out/$file" ] || { echo "generate-swift-bindings: $file was not generated" >&2; exit 1; }
done
