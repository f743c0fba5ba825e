#!/usr/bin/env bash
# The README's second command, and what CI runs (.ci/run): installs whatever
# Debian packages are missing, builds everything with warnings as errors, and
# runs the whole test suite through CTest (valgrind's Memcheck over one run is
# part of it). Then the same suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer, built with clang in build-sanitize/, which also builds the libFuzzer targets: each replays its past
# crashes and then fuzzes for a short, bounded time (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DFACTLINT_WERROR=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"

CC=clang CXX=clang++ cmake -S . -B build-sanitize -DFACTLINT_SANITIZE=ON -DFACTLINT_FUZZ=ON -DFACTLINT_BUILD_BENCH=OFF
cmake --build build-sanitize -j"$(nproc)"
# Left out there: the browser and Dask tests (they test Chromium and a cluster,
# not factlint's memory) and the docs tests (they check the pages' words; the
# commands they run are the e2e tests' own), to keep CI within its 20 minutes.
ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)" -E '^(browser|dask):|docs/'
scripts/fuzz.sh "${FACTLINT_FUZZ_SECONDS:-10}" build-sanitize
