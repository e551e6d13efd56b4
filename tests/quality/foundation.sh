#!/usr/bin/env bash
# Quality gate for the foundation: the seed article's furniture and times, and
# the 3,000-article demo corpus (3,000 lines, 0 errors, every span valid).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${NG_SHARED:-$ROOT/../shared}
NG=${NG:-$ROOT/build/newsgraph}
if [ ! -d "$SHARED/seed" ]; then echo "!!! SKIPPED foundation gate: $SHARED absent"; exit 0; fi

"$NG" extract --format text "$SHARED/seed/macron-eu-russia-2022-01-20.txt" >/tmp/ng_seed.$$.jsonl
python3 - /tmp/ng_seed.$$.jsonl <<'PY'
import json, sys
doc = json.loads(open(sys.argv[1]).readline())
fails = []
def want(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond: fails.append(what)
text = doc.get("text", "")
want(doc.get("published") == "2022-01-20", "published 2022-01-20")
want(doc.get("title", "").startswith("France's Macron Calls"), "title")
want((doc.get("url") or "").startswith("https://www.themoscowtimes.com/2022/01/20/"), "url")
want(doc.get("outlet") == "themoscowtimes.com", "outlet themoscowtimes.com")
caps = doc.get("captions", [])
want(len(caps) == 1 and "Dubchak" in (caps[0].get("credit") or ""), "caption with credit")
for furniture in ["**", "<u>", "Related article", "Original url", "AFP contributed", "Dubchak", "January 20, 2022"]:
    want(furniture not in text, f"no {furniture!r} in text")
want(text.startswith("French President Emmanuel Macron urged"), "body starts with the first paragraph")
times = {(t["span"]["text"], t["value"], t["precision"], t["direction"]) for t in doc.get("times", [])}
def has(span, value, precision, direction=None):
    return any(s == span and v == value and p == precision and (direction is None or d == direction)
               for s, v, p, d in times)
want(has("on Wednesday", "2022-01-19", "day"), "on Wednesday -> 2022-01-19")
want(has("on Friday", "2022-01-21", "day", "future"), "on Friday -> 2022-01-21 (future)")
want(any(s.startswith("last week") and v == "2022-01-10" and p == "week" for s, v, p, d in times),
     "last week -> 2022-01-10 (week)")
want(has("this month", "2022-01-01", "month"), "this month -> 2022-01 (month)")
sys.exit(1 if fails else 0)
PY
rm -f /tmp/ng_seed.$$.jsonl

DEMO="$SHARED/data/news/allsides-demo3000.jsonl.gz"
if [ -f "$DEMO" ]; then
  start=$(date +%s.%N)
  zcat "$DEMO" | "$NG" extract | python3 "$ROOT/tests/check_output.py" --lines 3000 --errors 0
  end=$(date +%s.%N)
  echo "demo3000: $(python3 -c "print(round($end - $start, 1))") s for 3,000 articles"
fi
