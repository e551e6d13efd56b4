#!/bin/sh
# Events quality gate (CI): PETRARCH unit-test records with their Validate
# dictionaries, scored by ../shared/tools/score_events.py, plus the seed
# article's must-have events. Skips (exit 0) when ../shared is absent.
#   tests/quality/events.sh [BUILD_DIR]
set -eu
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${NEWSGRAPH_SHARED:-$ROOT/../shared}
P=$SHARED/data/events/petrarch
if [ ! -f "$P/PETR.UnitTest.records.xml" ] || [ ! -x "$SHARED/tools/score_events.py" ]; then
  echo "events gate: $SHARED not present, skipped"
  exit 0
fi
NG="$BUILD/newsgraph"
[ -x "$NG" ] || NG="$ROOT/$BUILD/newsgraph"
python3 "$SHARED/tools/score_events.py" --petr "$P/PETR.UnitTest.records.xml" \
  --cmd "$NG extract --actors $P/PETR.Validate.actors.txt --actors $P/PETR.Validate.agents.txt --verbs $P/PETR.Validate.verbs.txt" \
  --threshold tp_rate=0.80 --threshold noevents_acc=0.90
# extra_rate must stay at or below 0.20 (score_events thresholds are minima).
python3 "$SHARED/tools/score_events.py" --petr "$P/PETR.UnitTest.records.xml" \
  --cmd "$NG extract --actors $P/PETR.Validate.actors.txt --actors $P/PETR.Validate.agents.txt --verbs $P/PETR.Validate.verbs.txt" \
  | tail -1 | python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); sys.exit(0 if r["extra_rate"] <= 0.20 else 1)'
# Seed: events 1, 2, 3, 4, 5, 6, 7, 8 of ../shared/seed/README.md.
SEED=$SHARED/seed/macron-eu-russia-2022-01-20.txt
[ -f "$SEED" ] || exit 0
python3 - "$NG" "$SEED" <<'PY'
import json, subprocess, sys
ng, seed = sys.argv[1], sys.argv[2]
doc = {"id": "seed", "text": open(seed, encoding="utf-8").read(), "published": "2022-01-20"}
out = json.loads(subprocess.run([ng, "extract"], input=json.dumps(doc) + "\n", capture_output=True,
                                text=True, check=True).stdout)
ev = out["events"]
codes = lambda args: {(a.get("code") or "") for a in args}
want = [  # type, actor code, recipient code, date, modality
    ("REQUEST", "FRA", "EUR", "2022-01-19", "asserted"),
    ("MOBILIZE", "RUS", "UKR", None, "asserted"),  # nominal: "Russia's massing of troops"
    ("ACCUSE", "USA", "RUS", None, "asserted"),
    ("AGREE", "USA", "FRA", "2022-01-20", "future"),
    ("AGREE", "USA", "RUS", "2022-01-21", "future"),
    ("ACCUSE", "USA", "RUS", "2022-01-20", "asserted"),  # "The White House warns that Moscow ..."
    ("ASSAULT", "RUS", "UKR", None, "hypothetical"),
    ("ACCUSE", "RUS", "EUR", "2022-01-10", "asserted"),
]
missing = [w for w in want if not any(
    e["type"] == w[0] and w[1] in codes(e["actor"]) and w[2] in codes(e["recipient"])
    and e["date"] == w[3] and e["modality"] == w[4] for e in ev)]
print(f"seed: {len(ev)} events, {len(want) - len(missing)}/{len(want)} must-have found")
for m in missing:
    print("  missing:", m)
# At most 3 events the table does not list (+2: its events 10 and 11, which we code too).
sys.exit(1 if missing or len(ev) > len(want) + 3 + 2 else 0)
PY
