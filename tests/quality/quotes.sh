#!/usr/bin/env bash
# CI gate for the quote stage (src/quotes, models/quotes.ngm): scores `newsgraph extract` on
# PolNeAR dev with ../shared/tools/score_quotes.py, thresholds pinned a little below what the
# committed code and model reach (see docs/quotes.md), and checks the seed article's ten quotes
# (speaker entity, cue, kind; "unity" never a quote of its own). Prints SKIPPED and exits 0
# when ../shared is absent. Runs in well under a minute.
#   tests/quality/quotes.sh [path/to/newsgraph]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$here/build/newsgraph}"
shared="${NEWSGRAPH_SHARED:-$here/../shared}"
score="$shared/tools/score_quotes.py"
if [[ ! -f "$score" || ! -d "$shared/data/quotes/polnear/dev" ]]; then
  echo "SKIPPED: $shared is absent"
  exit 0
fi
if [[ ! -x "$bin" ]]; then
  echo "quotes.sh: no newsgraph binary at $bin" >&2
  exit 2
fi
status=0
echo "== PolNeAR dev"
python3 "$score" --polnear "$shared/data/quotes/polnear/dev" --cmd "$bin extract --threads 2" \
  --timeout 150 --threshold f1=0.801 --threshold speaker_acc=0.897 \
  --threshold source_f1=0.730 --threshold cue_f1=0.670 --threshold content_f1=0.573 || status=1

seed="$shared/seed/macron-eu-russia-2022-01-20.txt"
if [[ -f "$seed" ]]; then
  echo "== seed quotes"
  out=$(mktemp)
  "$bin" extract --format text "$seed" >"$out"
  python3 - "$out" <<'PY' || status=1
import json, sys
doc = json.loads(open(sys.argv[1]).readline())
names = {e["id"]: e.get("name", "") for e in doc.get("entities", [])}
quotes = doc.get("quotes", [])
fails = []
def want(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond: fails.append(what)
# (content starts with, kind, speaker name contains, cue)
table = [
    ("the European Union to forge", "indirect", "Macron", "urged"),
    ("It's good that Europeans", "direct", "Macron", "told"),
    ("We must put together", "direct", "Macron", "said"),
    ("We should build as Europeans", "mixed", "Macron", "added"),
    ("I think one of Moscow", "direct", "Blinken", "said"),
    ("that Moscow could attack", "mixed", "United States", "warns"),
    ("the EU of", "mixed", "Lavrov", "accused"),
    ("I don't even know", "direct", "Lavrov", "said"),
    ("Moscow will seek", "mixed", "Ministry", "said"),
    ("Brussels' full involvement", "indirect", "Borrell", "called for"),
]
for start, kind, who, cue in table:
    q = next((q for q in quotes if q["content"]["text"].startswith(start)), None)
    want(q is not None, f"quote {start!r}")
    if q is None: continue
    want(q["kind"] == kind, f"  kind {kind} (got {q['kind']})")
    want(who in names.get(q.get("speaker"), ""), f"  speaker {who} (got {names.get(q.get('speaker'))})")
    want((q.get("cue") or {}).get("text") == cue, f"  cue {cue!r}")
want(not any(q["content"]["text"].strip(' "\u201c\u201d.') == "unity" for q in quotes),
     '"unity" is not a quote of its own')
want(not any("Moscow Says" in q["content"]["text"] for q in quotes), "no quote from the related-article line")
sys.exit(1 if fails else 0)
PY
  rm -f "$out"
fi
exit $status
