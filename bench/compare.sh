#!/usr/bin/env bash
# factlint against its peers, measured in one run on one generated corpus:
#   - ripgrep counting the matches of the rule pack's own patterns (one DFA
#     scan, no values read), and of 20 plain number and date patterns (the
#     practical limit of a regex scan);
#   - chrono-node (dates) and Microsoft Recognizers-Text (numbers, currency,
#     dates), from npm, installed by this script into the build folder;
#   - factlint extract and factlint check, with 1 and 2 jobs; rule compile
#     time; `factlint check` on the bundled corpus; reconciling 1M claims
#     (bench/micro.cpp).
# Prints MB/s, articles/s, claims/s and peak memory, each peer's speed as a
# ratio of factlint extract's on one core, and issue 7's targets, met or not.
# Slow peers run on a slice of the corpus (their MB are printed); their MB/s
# stays comparable.
#
# usage: bench/compare.sh [SIZE]        SIZE: 10MB (default), 100MB, 1GB
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-10MB}"
build=build
out="$build/bench"
corpus="$out/corpus-$size"
mkdir -p "$out"

[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target factlint >/dev/null
cmake --build "$build" -j"$(nproc)" --target factlint_micro >/dev/null 2>&1 || echo "compare: no micro-benchmarks (libbenchmark-dev missing?)"
command -v rg >/dev/null || { echo "compare: installing ripgrep"; sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq ripgrep >/dev/null; }
if [ ! -d "$out/node/node_modules" ]; then
  echo "compare: installing chrono-node and recognizers-text into $out/node"
  mkdir -p "$out/node" && cp bench/node/package.json bench/node/package-lock.json "$out/node/"
  (cd "$out/node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
cp bench/node/peers.js "$out/node/"
[ -f "$corpus/manifest.json" ] || python3 bench/generate_corpus.py --size "$size" --out "$corpus" --seed 1
mb=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {printf "%.3f", s/1e6}')
articles=$(find "$corpus" -name '*.txt' | wc -l)

# The pack's patterns, macros expanded; ripgrep wants named groups without
# names (the pack repeats names across alternatives, which RE2 allows).
"$build/factlint" rules list --patterns | sed -E 's/\(\?P<[a-z_0-9]+>/(?:/g' > "$out/pack-patterns.txt"
cat > "$out/plain-patterns.txt" <<'PATTERNS'
\b\d{1,3}(?:,\d{3})+\b
\b\d+(?:\.\d+)?\s*(?:million|billion|thousand|mn|bn)\b
\b\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)
(?:\$|\xE2\x82\xAC|\xC2\xA3|\xC2\xA5|\xE2\x82\xA9)\s?\d+(?:\.\d+)?
\b\d+(?:\.\d+)?\s*(?:won|dollars|euros|pounds|yen)\b
\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b
\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b
\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b
\b(?:19|20)\d{2}\b
\b\d{4}-\d{2}-\d{2}\b
\b\d{1,2}/\d{1,2}/\d{2,4}\b
\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
\b(?:yesterday|today|tomorrow|last\s+week|next\s+week)\b
\b(?:early|mid|late)[- ](?:January|February|March|April|May|June|July|August|September|October|November|December)\b
\b\d+\s+(?:days|weeks|months|years)\b
\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months|years)\b
\b(?:nearly|almost|about|around|more\s+than|over|at\s+least)\s+\d
\b(?:a|one)\s+(?:third|quarter|half)\b
\b(?:two|three)-thirds\b
\b(?:Q[1-4]|first|second|third|fourth)\s+quarter\b
PATTERNS

# seconds and peak KB of one command: "SECONDS KB"
measure() { /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || true; cat "$out/time.txt"; }

# ripgrep on the pack's patterns is slow: a slice of the corpus, one thread.
slice="$out/slice-1MB"
if [ ! -d "$slice" ]; then
  mkdir -p "$slice"
  total=0
  for story in "$corpus"/gen-*; do
    [ "$total" -ge 1000000 ] && break
    cp -r "$story" "$slice/"
    total=$((total + $(find "$story" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}')))
  done
fi
slice_mb=$(find "$slice" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {printf "%.3f", s/1e6}')

declare -a rows
row() { rows+=("$(printf '%-44s %9s %9s %10s %11s %10s %9s' "$@")"); }
rate() { awk -v mb="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.001; printf "%.4f", mb / s }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.001; printf "%.0f", n / s }'; }

read -r s kb < <(measure "$build/factlint" extract "$corpus" -j 1 -o "$out/claims.jsonl"); fx1=$(rate "$mb" "$s")
claims=$(grep -c '"record":"claim"' "$out/claims.jsonl" || true)
fx1_kb=$kb
row "factlint extract, 1 job" "$mb" "$s" "$fx1" "$(per_second "$articles" "$s")" "$(per_second "$claims" "$s")" "$((kb / 1024))"
read -r s kb < <(measure "$build/factlint" extract "$corpus" -j 2 -o "$out/claims.jsonl"); fx2=$(rate "$mb" "$s")
fx2_kb=$kb
row "factlint extract, 2 jobs" "$mb" "$s" "$fx2" "$(per_second "$articles" "$s")" "$(per_second "$claims" "$s")" "$((kb / 1024))"
read -r s kb < <(measure "$build/factlint" check "$corpus" -j 1 -f json --fail-on never -o "$out/report.json")
row "factlint check, 1 job" "$mb" "$s" "$(rate "$mb" "$s")" "$(per_second "$articles" "$s")" "$(per_second "$claims" "$s")" "$((kb / 1024))"
read -r s kb < <(measure "$build/factlint" check "$corpus" -j 2 -f json --fail-on never -o "$out/report.json")
row "factlint check, 2 jobs" "$mb" "$s" "$(rate "$mb" "$s")" "$(per_second "$articles" "$s")" "$(per_second "$claims" "$s")" "$((kb / 1024))"
# --no-unicode: ASCII \b and classes, which ripgrep's DFA runs at full speed
# (the currency signs are written as UTF-8 bytes).
read -r s kb < <(measure rg -j1 --no-unicode --count-matches -f "$out/plain-patterns.txt" -g '*.txt' "$corpus"); rgp=$(rate "$mb" "$s")
row "ripgrep, 20 plain number/date patterns" "$mb" "$s" "$rgp" "$(per_second "$articles" "$s")" "-" "$((kb / 1024))"
read -r s kb < <(measure rg -j1 --count-matches -f "$out/pack-patterns.txt" --regex-size-limit 1G --dfa-size-limit 1G -g '*.txt' "$slice"); rgk=$(rate "$slice_mb" "$s")
row "ripgrep, the pack's $(wc -l < "$out/pack-patterns.txt") patterns" "$slice_mb" "$s" "$rgk" "-" "-" "$((kb / 1024))"
read -r _ pmb s _ < <(node "$out/node/peers.js" "$corpus" chrono --max-mb 2); chr=$(rate "$pmb" "$s")
row "chrono-node (dates)" "$pmb" "$s" "$chr" "-" "-" "-"
read -r _ pmb s _ < <(node "$out/node/peers.js" "$corpus" recognizers --max-mb 0.1); rec=$(rate "$pmb" "$s")
row "Recognizers-Text (number, currency, date)" "$pmb" "$s" "$rec" "-" "-" "-"

# Fixed costs: the rule compile (rules list does little else), check on the
# bundled corpus (best and median of 5), and reconciling 1M claims.
fastest_of_5() { for _ in 1 2 3 4 5; do measure "$@"; done | sort -n | awk 'NR == 1 { best = $1 } NR == 3 { median = $1 } END { print best, median }'; }
read -r compile compile_median < <(fastest_of_5 "$build/factlint" rules list)
read -r seed seed_median < <(fastest_of_5 "$build/factlint" check corpus/ --fail-on never)
reconcile_1m="-"
if [ -x "$out/factlint_micro" ]; then
  reconcile_1m=$("$out/factlint_micro" --benchmark_filter='BM_Reconcile/1000000' --benchmark_format=csv 2>/dev/null |
    awk -F, '/BM_Reconcile\/1000000/ { printf "%.2f", $3 / 1e3 }')
fi

echo "corpus: $corpus ($mb MB, $articles articles, $claims claims); $(nproc) cores; $(date -u +%Y-%m-%d)"
printf '%-44s %9s %9s %10s %11s %10s %9s\n' "tool" "MB" "seconds" "MB/s" "articles/s" "claims/s" "peak MiB"
printf '%s\n' "${rows[@]}"
echo
echo "ratios (factlint extract on one core = 1):"
awk -v f1="$fx1" -v f2="$fx2" -v rgp="$rgp" -v rgk="$rgk" -v chr="$chr" -v rec="$rec" 'BEGIN {
  printf "  factlint extract, 2 jobs          %8.2fx\n", f2 / f1
  printf "  ripgrep, plain patterns (limit)   %8.2fx  (factlint is %.4f of it)\n", rgp / f1, f1 / rgp
  printf "  ripgrep, the pack'"'"'s patterns      %8.2fx\n", rgk / f1
  printf "  chrono-node                       %8.2fx\n", chr / f1
  printf "  Recognizers-Text                  %8.5fx\n", rec / f1
}'
echo
echo "fixed costs: rule compile (factlint rules list) ${compile} s best, ${compile_median} s median of 5;"
echo "  factlint check corpus/ ${seed} s best, ${seed_median} s median of 5; reconciling 1M claims ${reconcile_1m} s"
echo
echo "issue 7's targets:"
awk -v f1="$fx1" -v f2="$fx2" -v rgk="$rgk" -v compile="$compile" -v seed="$seed" -v rec="$reconcile_1m" -v kb1="$fx1_kb" 'BEGIN {
  verdict = "%-48s %-22s %s\n"
  printf verdict, "extraction >= 100 MB/s on one core", sprintf("%.2f MB/s", f1), (f1 >= 100 ? "met" : "not met")
  printf verdict, ">= 1/3 of ripgrep on the pack'"'"'s patterns", sprintf("%.1fx ripgrep", f1 / rgk), (f1 >= rgk / 3 ? "met" : "not met")
  printf verdict, ">= 1.8x with 2 jobs", sprintf("%.2fx", f2 / f1), (f2 / f1 >= 1.8 ? "met" : "not met")
  printf verdict, "peak memory (extract, 1 job)", sprintf("%d MiB", kb1 / 1024), "compare across sizes: bench/compare.sh 100MB, 1GB"
  printf verdict, "rule compile < 50 ms", sprintf("%d ms", compile * 1000), (compile < 0.05 ? "met" : "not met")
  printf verdict, "reconcile 1M claims < 2 s", rec " s", (rec != "-" && rec < 2 ? "met" : "not met")
  printf verdict, "check on the bundled corpus < 30 ms", sprintf("%d ms", seed * 1000), (seed < 0.03 ? "met" : "not met")
}'
