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
  python3                       # nothing at build time; kept for the tools in scripts/
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
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
