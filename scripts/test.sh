#!/usr/bin/env bash
# The README's second command, and what CI runs (.ci/run): installs whatever
# Debian packages are missing, builds everything with warnings as errors, and
# runs the whole test suite through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DFACTLINT_WERROR=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
