#!/usr/bin/env bash
# The README's second command, and what CI runs (.ci/run): installs whatever
# Debian packages are missing, builds everything with warnings as errors, and
# runs the whole test suite through CTest (valgrind's Memcheck over one run is
# part of it). Then the same suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer, built with clang in build-sanitize/ (the browser
# and Dask tests aside: they test Chromium and a cluster, and the sharded
# equivalence test runs there too), which also builds the libFuzzer targets: each replays its past
# crashes and then fuzzes for a short, bounded time (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DFACTLINT_WERROR=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"

CC=clang CXX=clang++ cmake -S . -B build-sanitize -DFACTLINT_SANITIZE=ON -DFACTLINT_FUZZ=ON -DFACTLINT_BUILD_BENCH=OFF
cmake --build build-sanitize -j"$(nproc)"
ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)" -E '^(browser|dask):'
scripts/fuzz.sh "${FACTLINT_FUZZ_SECONDS:-10}" build-sanitize
