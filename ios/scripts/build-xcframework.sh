#!/usr/bin/env bash
# Builds the Rust core as OpenLineCoreFFI.xcframework for the OpenLineKit Swift package.
# Runs on macOS with Xcode (xcodebuild, lipo, xcrun) and rustup:
#
#   ios/scripts/build-xcframework.sh [--strict-privacy]
#
# 1. builds openline-core (release, static library) for aarch64-apple-ios (devices),
#    aarch64-apple-ios-sim and x86_64-apple-ios (simulators on Apple silicon and Intel);
# 2. merges the two simulator slices into one with lipo;
# 3. generates the C header and module map with the project's pinned uniffi-bindgen, and checks
#    that the checked-in Swift bindings match them (run update-bindings.sh if they don't);
# 4. assembles ios/OpenLineKit/Frameworks/OpenLineCoreFFI.xcframework with
#    xcodebuild -create-xcframework, headers in Headers/ with the module map renamed
#    module.modulemap;
# 5. lists the required-reason APIs the core's object code calls, against
#    App/PrivacyInfo.xcprivacy (--strict-privacy makes an undeclared category fail the build).
#
# The library and the bindgen are built by separate cargo commands: building them together
# merges the bindgen's dependency features into the library.
set -euo pipefail

strict_privacy=0
for arg in "$@"; do
  case "$arg" in
    --strict-privacy) strict_privacy=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

ios=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$ios/.." && pwd)
kit=$ios/OpenLineKit
cd "$root"

if [ "$(uname -s)" != Darwin ]; then
  echo "build-xcframework.sh needs macOS with Xcode (xcodebuild, lipo)." >&2
  echo "On Linux, ios/scripts/update-bindings.sh regenerates the checked-in bindings." >&2
  exit 1
fi
for tool in cargo xcodebuild lipo xcrun; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios)
if command -v rustup >/dev/null; then
  rustup target add "${targets[@]}" >/dev/null
fi

# Match the app's deployment target, for rustc and for the C compiler (ring's C code). SQLite
# isn't built: on Apple platforms the core links the system one (Package.swift links it).
export IPHONEOS_DEPLOYMENT_TARGET=16.0
target_dir=${CARGO_TARGET_DIR:-$root/target}

echo "==> building openline-core for ${targets[*]}"
target_args=()
for target in "${targets[@]}"; do
  target_args+=(--target "$target")
done
cargo build --release --locked -p openline-core "${target_args[@]}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

device_lib=$target_dir/aarch64-apple-ios/release/libopenline_core.a
sim_lib=$work/simulator/libopenline_core.a
mkdir -p "$work/simulator"
echo "==> merging the simulator slices"
lipo -create \
  "$target_dir/aarch64-apple-ios-sim/release/libopenline_core.a" \
  "$target_dir/x86_64-apple-ios/release/libopenline_core.a" \
  -output "$sim_lib"

echo "==> generating the header and module map"
generated=$work/generated
# A separate cargo command from the library build above.
cargo run --release --locked -q -p uniffi-bindgen -- generate "$device_lib" \
  --language swift --config bindings/uniffi.toml --out-dir "$generated" --no-format

stale=0
for pair in \
  "OpenLineCore.swift:$kit/Sources/OpenLineCore/OpenLineCore.swift" \
  "OpenLineCoreFFI.h:$kit/FFI/OpenLineCoreFFI.h" \
  "OpenLineCoreFFI.modulemap:$kit/FFI/OpenLineCoreFFI.modulemap"; do
  file=${pair%%:*}
  checked_in=${pair#*:}
  if ! cmp -s "$generated/$file" "$checked_in"; then
    echo "stale: ${checked_in#"$ios"/} differs from what the core generates" >&2
    stale=1
  fi
done
if [ "$stale" = 1 ]; then
  echo "The checked-in bindings don't match the core. Run ios/scripts/update-bindings.sh and commit." >&2
  exit 1
fi

headers=$work/headers
mkdir -p "$headers"
cp "$generated/OpenLineCoreFFI.h" "$headers/"
# Xcode looks for the module map of a library's headers under exactly this name.
cp "$generated/OpenLineCoreFFI.modulemap" "$headers/module.modulemap"

xcframework=$kit/Frameworks/OpenLineCoreFFI.xcframework
echo "==> assembling ${xcframework#"$root"/}"
rm -rf "$xcframework"
mkdir -p "$(dirname "$xcframework")"
xcodebuild -create-xcframework \
  -library "$device_lib" -headers "$headers" \
  -library "$sim_lib" -headers "$headers" \
  -output "$xcframework"

echo "==> required-reason APIs in the core's object code"
# Apple's list ("Describing use of required reason API"), as the C functions a static library
# can call. (Plain bash 3: macOS's /bin/bash has no associative arrays.)
category_of() {
  case "$1" in
    stat|fstat|fstatat|lstat|getattrlist|getattrlistbulk|fgetattrlist|getattrlistat) echo FileTimestamp ;;
    statfs|fstatfs|statvfs|fstatvfs) echo DiskSpace ;;
    mach_absolute_time) echo SystemBootTime ;;
  esac
}
manifest=$ios/App/PrivacyInfo.xcprivacy
undeclared=0
for symbol in $(nm -u "$device_lib" 2>/dev/null | sed -E 's/^[[:space:]]*_//; s/[$].*$//' | sort -u); do
  cat=$(category_of "$symbol")
  [ -n "$cat" ] || continue
  if grep -q "NSPrivacyAccessedAPICategory$cat<" "$manifest"; then
    echo "  $symbol: $cat, declared"
  else
    echo "  $symbol: $cat, NOT declared in App/PrivacyInfo.xcprivacy (see ios/README.md)" >&2
    undeclared=1
  fi
done
if [ "$undeclared" = 1 ] && [ "$strict_privacy" = 1 ]; then
  echo "undeclared required-reason APIs: the App Store will refuse the upload (ITMS-91053)" >&2
  exit 1
fi

echo "done: ${xcframework#"$root"/}"
echo "device library $(stat -f %z "$device_lib") bytes; next: cd ios && xcodegen generate"
