#!/usr/bin/env bash
# Installs the Debian packages factlint needs to build and test, and nothing else.
# Idempotent and non-interactive: packages already installed are skipped, and apt
# is not touched at all when nothing is missing.
#
# usage: scripts/install-deps.sh
set -euo pipefail

packages=(
  cmake g++ make pkg-config     # build
  libre2-dev                    # RE2: the rule patterns (linear time, no backtracking)
  libicu-dev                    # ICU: UTF-8, sentence breaks, case folding
  nlohmann-json3-dev            # JSON output
  libfmt-dev                    # formatting
  libyaml-cpp-dev               # rule packs and story.yaml
  libcli11-dev                  # command line
  catch2                        # unit and end-to-end tests (Catch2 v2)
  libbenchmark-dev              # Google Benchmark: the micro-benchmarks in bench/
  clang libclang-rt-14-dev      # the sanitizer build and the libFuzzer targets (tests/fuzz)
  valgrind                      # Memcheck over one whole run, in the test suite
  python3                       # the browser test (tests/browser) and the tools in scripts/
  python3-dask python3-distributed  # examples/dask: the sharded run on a Dask cluster, and its test
  chromium                      # the browser test: the HTML report in headless Chromium
  fonts-dejavu-core             # a font for Chromium's screenshots
)
# Node.js runs the SARIF schema test; a machine may have its own Node.js
# outside dpkg, and then Debian's is not needed.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

# The npm test tools (tests/tools/package.json: the SARIF 2.1.0 schema and a
# validator), exactly as locked, into tests/tools/node_modules (not committed).
install_test_tools() {
  local tools
  tools="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/tools" && pwd)"
  if [ -f "$tools/node_modules/.package-lock.json" ] && cmp -s "$tools/package-lock.json" "$tools/node_modules/.lock-installed" 2>/dev/null; then
    echo "install-deps: npm test tools are installed"
    return
  fi
  echo "install-deps: installing npm test tools into tests/tools/node_modules"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && cp package-lock.json node_modules/.lock-installed)
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  install_test_tools
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_test_tools
