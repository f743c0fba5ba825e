#!/usr/bin/env bash
# The README's first command: installs whatever Debian packages are missing,
# builds factlint, and checks the bundled corpus. Arguments are passed on to
# `factlint check` (for example: scripts/run.sh --format json).
#
# Exits with factlint's own code: 0 no errors found, 1 errors found (the seed
# story has one on purpose), 2 a usage or input problem.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DFACTLINT_WERROR=ON >/dev/null
cmake --build build --target factlint -j"$(nproc)"
echo "== factlint check corpus/"
exec ./build/factlint check corpus/ "$@"
