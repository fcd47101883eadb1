#!/usr/bin/env bash
# Compiles every .kt file under android/ (the Compose UI in ui/ and the Android-only host in
# app/: activity, application, intents) with the generated bindings, for Android: against
# android-all (the framework, as Robolectric publishes it on Maven Central) and the Jetpack
# AARs' classes.jar, listed in tests/compose/android-app/pom.xml. Run by tests/compose/run.sh.
#
#   tests/compose/android-compile.sh     last line: "android: compiled N Kotlin files for Android"
#
# Gradle generates R and BuildConfig; for this compile only, minimal stand-ins are generated in
# target/android-compile/gen: R from the resource names under android/app/src/main/res, and
# BuildConfig from app/build.gradle.kts's buildConfigField lines, so a resource or field the
# code names and the app lacks still fails here. Not done here: resources (aapt2), dexing, the
# APK, the NDK build of the core.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
out=$root/target/android-compile
libs=$out/libs
gen=$out/gen
bindings/ensure-fresh.sh android-compile

# A fresh copy each run, so a version dropped from the list leaves no jar behind.
rm -rf "$libs"
mvn -B -q -f tests/compose/android-app/pom.xml -Dmaven.repo.local="$root/target/m2" -Dstyle.color=never \
  dependency:copy dependency:build-classpath -Dmdep.outputFile="$out/compiler-classpath.txt" 2>&1 |
  { grep -v 'Download' || true; }

# The AARs' code, one jar each.
mkdir -p "$out/aar-classes"
classpath=()
for lib in "$libs"/*; do
  case "$lib" in
    *.aar)
      jar=$out/aar-classes/$(basename "$lib" .aar).jar
      [ -f "$jar" ] || unzip -p "$lib" classes.jar >"$jar"
      classpath+=("$jar") ;;
    *.jar) classpath+=("$lib") ;;
  esac
done

# R and BuildConfig, as Gradle would name them: only the names matter for a compile.
rm -rf "$gen" && mkdir -p "$gen"
res=android/app/src/main/res
{
  echo "package org.openline.android"
  echo "/** Stand-in for Gradle's R, for tests/compose/android-compile.sh only. */"
  echo "object R {"
  # Values (<string name="x">, <color>, <style name="A.B"> ...) and files (drawable/x.xml ...).
  { grep -ho '<[a-z-]* name="[^"]*"' "$res"/values*/*.xml | sed -E 's/<([a-z-]+) name="([^"]*)"/\1 \2/' | tr '.' '_'
    for file in "$res"/*/*; do
      dir=$(basename "$(dirname "$file")")
      case "$dir" in values*) ;; *) echo "${dir%%-*} $(basename "${file%%.*}")" ;; esac
    done; } | grep -v '^item ' | sort -u | awk '
      $1 != kind { if (kind != "") print "    }"; kind = $1; print "    object " kind " {" }
      { print "        const val " $2 ": Int = " (2130706432 + NR) }
      END { if (kind != "") print "    }" }'
  echo "}"
} >"$gen/R.kt"
{
  echo "package org.openline.android"
  echo "/** Stand-in for Gradle's BuildConfig, for tests/compose/android-compile.sh only. */"
  echo "object BuildConfig {"
  sed -nE 's/.*buildConfigField\("String", "([A-Z_]+)".*/    const val \1: String = ""/p' android/app/build.gradle.kts
  echo "}"
} >"$gen/BuildConfig.kt"

mapfile -t sources < <(find android -name '*.kt' | sort)
compose_plugin=$(tr ':' '\n' <"$out/compiler-classpath.txt" | grep kotlin-compose-compiler-plugin-embeddable)
rm -rf "$out/classes"
java -Xss4m -cp "$(cat "$out/compiler-classpath.txt")" org.jetbrains.kotlin.cli.jvm.K2JVMCompiler \
  -no-stdlib -no-reflect -jvm-target 17 \
  -Xplugin="$compose_plugin" \
  -cp "$(IFS=:; echo "${classpath[*]}")" \
  -d "$out/classes" \
  "${sources[@]}" "$gen/R.kt" "$gen/BuildConfig.kt" target/bindings/kotlin
echo "android: compiled ${#sources[@]} Kotlin files for Android"
