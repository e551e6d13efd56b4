#!/usr/bin/env bash
# Installs every Debian 12 package that newsgraph's build, tests and knowledge
# data need. Idempotent: installs only what is missing, and says what.
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config git python3
  libsimdjson-dev libcli11-dev libfmt-dev libsqlite3-dev sqlite3 zlib1g-dev libdeflate-dev
  libicu-dev nlohmann-json3-dev libcpp-httplib-dev libxml2-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev
  iso-codes libtimezonemap-data wordnet-base
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PKGS[@]} packages already installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
