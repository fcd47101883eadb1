#!/usr/bin/env bash
# Fuzzes every target in fuzz/ with libFuzzer (cargo-fuzz, on the nightly toolchain installed
# here), after replaying every input kept in fuzz/regressions/, then prints a table of
# executions, corpus sizes and crashes.
#   scripts/fuzz.sh              8 seconds a target, what CI runs
#   scripts/fuzz.sh 300          300 seconds a target
#   scripts/fuzz.sh 10000000runs ten million executions a target
#   scripts/fuzz.sh 60 route     only the targets named
# cargo-fuzz is installed from crates.io into target/tools when missing. Corpora grow in
# target/fuzz/corpus/<target>, seeded from fuzz/seeds/<target>; a crashing input is written to
# target/fuzz/crashes/<target>/ and fails the run: keep it in fuzz/regressions/<target>/ and
# as a test beside the code it broke.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

budget=${1:-8}
shift || true
case $budget in
  *runs) limit=(-runs="${budget%runs}") ;;
  *s) limit=(-max_total_time="${budget%s}") ;;
  *) limit=(-max_total_time="$budget") ;;
esac

nightly=$(rustup toolchain list | awk '/^nightly/ { print $1; exit }')
if [ -z "$nightly" ]; then
  echo "fuzz: no nightly toolchain is installed (rustup toolchain install nightly)" >&2
  exit 1
fi
export PATH="$root/target/tools/bin:$PATH"
if ! cargo "+$nightly" fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz from crates.io into target/tools"
  cargo "+$nightly" install cargo-fuzz --locked --root "$root/target/tools" --quiet
fi

# The targets live outside the workspace, so the workspace's format check can't see them.
cargo fmt --manifest-path fuzz/Cargo.toml --check

# Safe Rust has nothing for AddressSanitizer to find that a panic would not show, and it
# halves the speed: the targets run with coverage only.
fuzz=(cargo "+$nightly" fuzz)
build_flags=(--sanitizer none --fuzz-dir fuzz)
export CARGO_TARGET_DIR="$root/target/fuzz/build"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <("${fuzz[@]}" list --fuzz-dir fuzz)
fi
"${fuzz[@]}" build "${build_flags[@]}"

summary=()
crashed=0
for target in "${targets[@]}"; do
  corpus=target/fuzz/corpus/$target
  crashes=target/fuzz/crashes/$target
  scratch=target/fuzz/scratch/$target
  mkdir -p "$corpus" "$crashes"
  seeds=()
  [ -d "fuzz/seeds/$target" ] && seeds=("fuzz/seeds/$target")
  export OPENLINE_FUZZ_TMP=$root/$scratch
  echo
  echo "=== fuzz $target"
  if compgen -G "fuzz/regressions/$target/*" >/dev/null; then
    "${fuzz[@]}" run "${build_flags[@]}" "$target" fuzz/regressions/"$target"/* -- \
      -runs=1 -artifact_prefix="$crashes/" >"target/fuzz/$target.replay.log" 2>&1 || {
      echo "fuzz $target: a kept regression input fails again"
      crashed=1
    }
  fi
  log=target/fuzz/$target.log
  status=0
  "${fuzz[@]}" run "${build_flags[@]}" "$target" "$corpus" "${seeds[@]}" -- \
    "${limit[@]}" -max_len=4096 -print_final_stats=1 -artifact_prefix="$crashes/" \
    >"$log" 2>&1 || status=$?
  rm -rf "$scratch"
  runs=$(awk '/stat::number_of_executed_units/ { print $NF }' "$log" | tail -1)
  speed=$(awk '/stat::average_exec_per_sec/ { print $NF }' "$log" | tail -1)
  files=$(find "$corpus" -type f | wc -l)
  kilobytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ sum += $1 } END { printf "%.0f", sum / 1024 }')
  found=$(find "$crashes" -type f | wc -l)
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    crashed=1
    grep -E "panicked|ERROR|SUMMARY" "$log" | head -5
  fi
  summary+=("$(printf '%-10s %14s %10s %8s %8s KB %8s' "$target" "${runs:-?}" "${speed:-?}" \
    "$files" "$kilobytes" "$found")")
done

# cargo-fuzz makes its own artifact folders too; ours are under target/fuzz.
find fuzz/artifacts -type d -empty -delete 2>/dev/null || true

echo
printf '%-10s %14s %10s %8s %11s %8s\n' target executions "per s" files size crashes
printf '%s\n' "${summary[@]}"
[ "$crashed" -eq 0 ]
