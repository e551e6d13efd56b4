#!/usr/bin/env bash
# The README's first command: install what is missing, build, ingest the
# bundled examples into an embedded SQLite file and print a short report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
DB=${DB:-examples.db}
echo
echo "== newsgraph ingest --db $DB examples/"
build/newsgraph ingest --db "$DB" examples/
echo
build/newsgraph report --db "$DB"
