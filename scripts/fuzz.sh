#!/usr/bin/env bash
# Runs every libFuzzer target (tests/fuzz) for SECONDS each, from seeds taken
# from the corpus, the tests and the rule pack, after replaying the inputs of
# past crashes (tests/fuzz/regressions/TARGET/*, each a regression test).
# Prints, per target, the executions, the coverage reached and the outcome;
# exits non-zero on the first crash, leaving the input in BUILD/fuzz/TARGET/.
#
# usage: scripts/fuzz.sh [SECONDS] [BUILD] [TARGET...]   (default: 10 s, build-sanitize, all five)
# BUILD must be configured with CXX=clang++ -DFACTLINT_FUZZ=ON (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
build="${2:-build-sanitize}"
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document story_yaml rule_file values readers)
root="$(pwd)"

seeds_for() {  # TARGET DIR: fills DIR with the target's seeds
  local target="$1" dir="$2"
  mkdir -p "$dir"
  case "$target" in
    document) find corpus tests/corpus tests/kinds -name '*.txt' -exec cp {} "$dir/" \; ;;
    story_yaml) find corpus tests -name story.yaml | awk '{ printf "cp %s %s/%d.yaml\n", $0, "'"$dir"'", NR }' | sh ;;
    rule_file) find rules -name '*.yaml' | awk '{ printf "cp %s %s/%d.yaml\n", $0, "'"$dir"'", NR }' | sh ;;
    values) cp tests/fuzz/seeds/values/* "$dir/" ;;
    readers) cp tests/fuzz/seeds/readers/* "$dir/" ;;
  esac
}

for target in "${targets[@]}"; do
  binary="$build/fuzz/fuzz_$target"
  [ -x "$binary" ] || { echo "fuzz: $binary is missing (configure $build with -DFACTLINT_FUZZ=ON)"; exit 2; }
  work="$build/fuzz/$target"
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/seeds"
  seeds_for "$target" "$work/seeds"
  if [ -d "tests/fuzz/regressions/$target" ]; then
    "$binary" "tests/fuzz/regressions/$target"/* > "$work/regressions.log" 2>&1 ||
      { echo "fuzz: $target fails a past crash again:"; tail -30 "$work/regressions.log"; exit 1; }
  fi
  # -rss_limit_mb and -timeout make a hang or a memory blow-up a failure too.
  if ! (cd "$work" && "$root/$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
          -print_final_stats=1 corpus seeds > run.log 2>&1); then
    echo "fuzz: $target FAILED; the input is in $work:"; tail -40 "$work/run.log"; exit 1
  fi
  runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$work/run.log")
  cov=$(grep -oE 'cov: [0-9]+' "$work/run.log" | tail -1 | awk '{ print $2 }')
  printf 'fuzz: %-11s %8s executions in %ss, coverage %s edges, no crash\n' "$target" "$runs" "$seconds" "${cov:-?}"
done
