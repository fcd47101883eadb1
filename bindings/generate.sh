#!/usr/bin/env bash
# Builds the release core library and generates its Kotlin and Swift bindings.
#   bindings/generate.sh [OUT_DIR]     (default: target/bindings)
# Writes OUT_DIR/kotlin/..., OUT_DIR/swift/..., and OUT_DIR/lib/libopenline_core.so (stripped copy).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/target/bindings}
cd "$root"

# Two cargo invocations on purpose: building the bindgen alongside the library merges its
# features into the library and grows it by about 60%.
cargo build --release -p openline-core --locked
cargo build --release -p uniffi-bindgen --locked

lib=target/release/libopenline_core.so
bindgen=target/release/uniffi-bindgen
rm -rf "$out/kotlin" "$out/swift" "$out/lib"
mkdir -p "$out/kotlin" "$out/swift" "$out/lib"
# The release profile keeps symbols (strip = "debuginfo") because a full strip removes the
# metadata the generator reads; generate first, then strip a copy.
"$bindgen" generate "$lib" --language kotlin --out-dir "$out/kotlin" --config bindings/uniffi.toml --no-format
"$bindgen" generate "$lib" --language swift --out-dir "$out/swift" --config bindings/uniffi.toml --no-format
strip --strip-all -o "$out/lib/libopenline_core.so" "$lib"
echo "bindings in $out; stripped library $(stat -c %s "$out/lib/libopenline_core.so") bytes"
