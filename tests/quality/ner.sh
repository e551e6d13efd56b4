#!/usr/bin/env bash
# CI gate for the NER model (models/ner.ngm): scores `newsgraph extract` with
# ../shared/tools/score_ner.py on UNER-EWT dev and CoNLL-2003 dev, with thresholds pinned a
# little below what the committed model reaches (see models/ner.md). Prints SKIPPED and exits 0
# when ../shared is absent.
#   tests/quality/ner.sh [path/to/newsgraph]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$here/build/newsgraph}"
shared="${NEWSGRAPH_SHARED:-$here/../shared}"
score="$shared/tools/score_ner.py"
if [[ ! -f "$score" || ! -d "$shared/data/ner" ]]; then
  echo "SKIPPED: $shared is absent"
  exit 0
fi
if [[ ! -x "$bin" ]]; then
  echo "ner.sh: no newsgraph binary at $bin" >&2
  exit 2
fi
cmd="$bin extract --threads 2"
status=0
run() {  # gold, thresholds...
  local gold="$1"; shift
  local args=()
  for t in "$@"; do args+=(--threshold "$t"); done
  echo "== $gold"
  python3 "$score" --gold "$shared/$gold" --cmd "$cmd" --timeout 120 "${args[@]}" || status=1
}
run data/ner/uner-ewt/dev.iob2 f1=0.803
run data/ner/conll2003/dev.txt f1=0.855
exit $status
