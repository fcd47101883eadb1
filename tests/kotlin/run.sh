#!/usr/bin/env bash
# Kotlin tests of the generated bindings, run on the JVM against the real core library via JNA.
#
#   tests/kotlin/run.sh            the benchmark, then the test suite under JUnit 5
#   tests/kotlin/run.sh --tests [TEXT]   the test suite only; with TEXT, the tests whose names contain it
#   tests/kotlin/run.sh --bench    the benchmark only: "bench: screen(teen) median N µs"
#
# Installs what it needs, once, into target/kotlin-tools/ (reached through package registries
# only): kotlinc from npm's `kotlin-compiler`, JNA, kotlinx-coroutines and JUnit 5's console
# launcher from Maven Central through mvn. JUnit writes XML reports to target/kotlin-tests/reports. Generates the bindings when they are missing or older than the core's sources.
# Exits non-zero when any test fails.
set -euo pipefail

KOTLIN_VERSION=2.4.20
JNA_VERSION=5.19.1
COROUTINES_VERSION=1.11.0
JUNIT_CONSOLE_VERSION=1.14.4

mode=all
filter=()
case "${1:-}" in
  "") ;;
  --tests) mode=tests; filter=("${@:2}") ;;
  --bench) mode=bench ;;
  *) echo "usage: $0 [--tests [TEXT] | --bench]" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tools=$root/target/kotlin-tools
kotlin_home=$tools/kotlinc-$KOTLIN_VERSION
jars=$tools/jars
jna=$jars/jna-$JNA_VERSION.jar
coroutines=$jars/kotlinx-coroutines-core-jvm-$COROUTINES_VERSION.jar
junit=$jars/junit-platform-console-standalone-$JUNIT_CONSOLE_VERSION.jar
bindings_kt=$root/target/bindings/kotlin/org/openline/core/openline_core.kt
bindings_lib=$root/target/bindings/lib
mkdir -p "$tools" "$jars"

say() { echo "kotlin-tests: $*" >&2; }

# --- tools -----------------------------------------------------------------------------------
if [ ! -x "$kotlin_home/bin/kotlinc" ]; then
  say "installing kotlinc $KOTLIN_VERSION from npm's kotlin-compiler package"
  scratch=$(mktemp -d "$tools/.kotlinc.XXXXXX")
  (cd "$scratch" && npm pack --silent "kotlin-compiler@$KOTLIN_VERSION" >/dev/null)
  tar xzf "$scratch"/kotlin-compiler-*.tgz -C "$scratch"
  chmod +x "$scratch"/package/bin/*
  rm -rf "$kotlin_home"
  mv "$scratch/package" "$kotlin_home"
  rm -rf "$scratch"
fi
for lib in kotlin-stdlib.jar kotlin-test.jar; do
  [ -f "$kotlin_home/lib/$lib" ] || { say "$lib missing from kotlin-compiler $KOTLIN_VERSION"; exit 1; }
done

maven_copy() { # group:artifact:version → $jars
  say "fetching $1 from Maven Central"
  mvn -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$jars" -Dmdep.overWriteReleases=false >&2
}
[ -f "$jna" ] || maven_copy "net.java.dev.jna:jna:$JNA_VERSION"
[ -f "$coroutines" ] || maven_copy "org.jetbrains.kotlinx:kotlinx-coroutines-core-jvm:$COROUTINES_VERSION"
[ -f "$junit" ] || maven_copy "org.junit.platform:junit-platform-console-standalone:$JUNIT_CONSOLE_VERSION"

# --- bindings --------------------------------------------------------------------------------
bindings/ensure-fresh.sh kotlin-tests

# --- compile (cached by the hash of everything that goes in) ---------------------------------
build=$root/target/kotlin-tests
classes=$build/tests.jar
stamp=$build/tests.jar.sha256
# The shell's back stack and view state are plain Kotlin, so the suite compiles and tests the
# real files.
sources=("$root"/tests/kotlin/src/*.kt "$root"/android/ui/src/main/kotlin/org/openline/android/nav/*.kt)
hash=$(cat "$bindings_kt" "${sources[@]}" | sha256sum | cut -d' ' -f1)
hash="$hash-$KOTLIN_VERSION-$JNA_VERSION-$COROUTINES_VERSION-$JUNIT_CONSOLE_VERSION"
mkdir -p "$build"
if [ ! -f "$classes" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ]; then
  say "compiling the bindings and ${#sources[@]} source files"
  rm -f "$classes" "$stamp"
  # The generated file trips a few compiler warnings of its own; ours must stay clean, so
  # only warnings from tests/kotlin are shown.
  if ! JAVA_OPTS="-Xss4m" "$kotlin_home/bin/kotlinc" -jvm-target 17 -progressive \
      -cp "$jna:$coroutines:$junit:$kotlin_home/lib/kotlin-test.jar" \
      -d "$classes" "$bindings_kt" "${sources[@]}" 2>"$build/kotlinc.log"; then
    cat "$build/kotlinc.log" >&2
    say "compilation failed"
    exit 1
  fi
  grep -A3 "tests/kotlin/src" "$build/kotlinc.log" >&2 || true
  echo "$hash" >"$stamp"
fi

# --- a signed content pack, published with the project's own tools ---------------------------
# The refresh test serves this folder on loopback, as a static host would.
pack=$build/pack
if [ "$mode" != bench ]; then
  cargo build --quiet --locked -p openline-cli >&2
  openline=$root/target/debug/openline
  rm -rf "$pack" "$build/pack.key"
  pack_key=$("$openline" content keygen "$build/pack.key" | tail -n 1)
  "$openline" content build --out "$pack" --version 1000000 >/dev/null
  "$openline" content sign --key "$build/pack.key" "$pack" >/dev/null
fi

# --- run -------------------------------------------------------------------------------------
classpath="$classes:$kotlin_home/lib/kotlin-stdlib.jar:$kotlin_home/lib/kotlin-test.jar:$jna:$coroutines"
properties=(-Djna.library.path="$bindings_lib" -Djna.nosys=true
  -Dopenline.pack.dir="$pack" -Dopenline.pack.key="${pack_key:-}")
if [ "$mode" != tests ]; then
  java "${properties[@]}" -cp "$classpath" org.openline.tests.BenchKt
fi
if [ "$mode" != bench ]; then
  [ ${#filter[@]} -gt 0 ] && properties+=(-Dopenline.tests.filter="${filter[*]}")
  java "${properties[@]}" -jar "$junit" execute --disable-banner --details=tree \
    --class-path "$classpath" --select-class org.openline.tests.OpenLineTests \
    --reports-dir "$build/reports" --fail-if-no-tests
fi
