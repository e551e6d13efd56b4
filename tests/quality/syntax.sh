#!/usr/bin/env bash
# Quality gate of the syntax models: tags and parses UD English-EWT dev (gold
# tokens) with `newsgraph tag --format conllu` and fails when UPOS, XPOS, UAS or
# LAS fall below the thresholds pinned in tests/quality/syntax.json (the scores
# written in models/tagger.md and models/parser.md, minus a small margin).
#
# usage: tests/quality/syntax.sh [path/to/newsgraph]
# Needs the shared data ($NG_SHARED, default <repo>/../shared); without it the
# gate prints SKIPPED and succeeds.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
root="$(git -C "$root" rev-parse --show-toplevel 2>/dev/null || echo "$root")"
shared="${NG_SHARED:-$root/../shared}"
bin="${1:-${NEWSGRAPH_BIN:-$root/build/newsgraph}}"
gold="$shared/data/syntax/ud-ewt/dev.conllu"
scorer="$shared/tools/score_conllu.py"
if [[ ! -f "$gold" || ! -f "$scorer" ]]; then
  echo "SKIPPED: syntax quality gate: no shared data at $shared (set NG_SHARED)"
  exit 0
fi
if [[ ! -x "$bin" ]]; then
  echo "syntax quality gate: newsgraph binary not found at $bin" >&2
  exit 2
fi
models="${NEWSGRAPH_MODELS:-$root/models}"
thresholds=()
while read -r kv; do thresholds+=(--threshold "$kv"); done < <(
  python3 -c 'import json,sys
for k, v in json.load(open(sys.argv[1]))["min"].items(): print(f"{k}={v}")' \
    "$root/tests/quality/syntax.json")
echo "syntax quality gate: $gold (thresholds: ${thresholds[*]})"
python3 "$scorer" --gold "$gold" --cmd "'$bin' tag --format conllu --models '$models'" \
  "${thresholds[@]}"
