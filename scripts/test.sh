#!/usr/bin/env bash
# The README's second command: build and run every test (unit, golden, CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 600
