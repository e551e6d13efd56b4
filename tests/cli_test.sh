#!/usr/bin/env bash
# End-to-end tests of the newsgraph command line: fixtures, garbage input,
# determinism, ingest idempotence and crash safety, event merge/exports/dyads.
# usage: tests/cli_test.sh BUILD_DIR/newsgraph [SECTION...]
set -uo pipefail
NG=$(readlink -f "$1"); shift
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CHECK="python3 $ROOT/tests/check_output.py"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { echo "ok   - $1"; pass=$((pass + 1)); }
ko() { echo "FAIL - $1"; fail=$((fail + 1)); }
run() {  # run NAME CMD...: passes when CMD exits 0
  local name=$1; shift
  if "$@" >"$T/out.log" 2>&1; then ok "$name"; else ko "$name"; sed 's/^/     /' "$T/out.log" | tail -20; fi
}

sections=("$@")
section() { SECTION=$1; [ ${#sections[@]} -eq 0 ] || [[ " ${sections[*]} " == *" $1 "* ]]; }

# --- fixtures: every span valid, one line per article ---------------------
if section fixtures; then
  for f in "$ROOT"/tests/fixtures/*.txt "$ROOT"/examples/*.txt; do
    [ -f "$f" ] || continue
    run "extract text $(basename "$f")" bash -c "'$NG' extract --format text '$f' | $CHECK --lines 1 --errors 0"
  done
  for f in "$ROOT"/examples/*.html; do
    [ -f "$f" ] || continue
    run "extract html $(basename "$f")" bash -c "'$NG' extract '$f' | $CHECK --lines 1 --errors 0"
  done
  for f in "$ROOT"/tests/fixtures/*.jsonl "$ROOT"/examples/*.jsonl; do
    [ -f "$f" ] || continue
    n=$(grep -c . "$f")
    run "extract jsonl $(basename "$f")" bash -c "'$NG' extract '$f' | $CHECK --lines $n"
  done
  run "extract directory examples/" bash -c "'$NG' extract '$ROOT/examples' | $CHECK --errors 0"
fi

# --- bad input is normal input -------------------------------------------
if section garbage; then
  python3 - "$T" <<'PY'
import gzip, json, os, sys
t = sys.argv[1]
good = {"id": "g1", "text": "Ministers met in Geneva on Friday. \"We agreed,\" she said.", "date": "2022-01-20"}
lines = [json.dumps(good),
         "{not json",
         json.dumps({"id": "nt", "title": "no text"}),
         json.dumps({"id": "num", "text": 42}),
         "[" * 100000 + "]" * 100000,
         "",
         json.dumps({"ID": "alias", "content": "Alias fields work.", "headline": "H", "publish_date": "Jan. 20, 2022"}),
         json.dumps({"id": "emoji", "text": "Emoji \U0001F600 and accents: Zelenskyy visited Kyiv. \u201cYes,\u201d he said."})]
with open(os.path.join(t, "mixed.jsonl"), "wb") as f:
    for l in lines:
        f.write(l.encode("utf-8", "surrogateescape") if isinstance(l, str) else l)
        f.write(b"\n")
    f.write(b'{"id": "inv", "text": "bad \xff\xfe bytes"}\n')
with open(os.path.join(t, "binary.bin"), "wb") as f:
    f.write(os.urandom(200000))
with open(os.path.join(t, "big.jsonl"), "w") as f:
    f.write(json.dumps({"id": "big", "text": "word " * (21 * 1024 * 1024)}) + "\n")
    f.write(json.dumps(good) + "\n")
data = gzip.compress(("\n".join([json.dumps(dict(good, id="z%d" % i)) for i in range(200)]) + "\n").encode())
with open(os.path.join(t, "trunc.jsonl.gz"), "wb") as f:
    f.write(data[: len(data) // 2])
PY
  # 7 non-empty lines + the invalid-bytes line = 8 records; 5 of them bad.
  run "mixed jsonl: per-line errors, exit 0" bash -c "'$NG' extract '$T/mixed.jsonl' | $CHECK --lines 8 --errors 5"
  run "binary file: error, exit 0" bash -c "'$NG' extract --format text '$T/binary.bin' | $CHECK --lines 1"
  run "100 MB line: error, rest goes on" bash -c "'$NG' extract '$T/big.jsonl' | $CHECK --lines 2 --errors 1"
  run "truncated gzip: exit 0, some articles" bash -c "'$NG' extract '$T/trunc.jsonl.gz' | $CHECK --min-errors 1"
  run "missing file: exit non-zero" bash -c "! '$NG' extract '$T/does-not-exist.jsonl' >/dev/null 2>&1"
  run "--strict stops with status 1" bash -c "'$NG' extract --strict '$T/mixed.jsonl' >/dev/null 2>&1; [ \$? -eq 1 ]"
fi

# --- determinism: output never depends on threads or batch neighbours ----
if section determinism; then
  src="$ROOT/examples"
  "$NG" extract --threads 1 "$src" >"$T/t1.jsonl" 2>/dev/null
  "$NG" extract --threads 2 "$src" >"$T/t2.jsonl" 2>/dev/null
  run "threads 1 == threads 2" cmp "$T/t1.jsonl" "$T/t2.jsonl"
  one=$(ls "$src"/*.txt 2>/dev/null | head -1)
  if [ -n "$one" ]; then
    "$NG" extract --format text "$one" >"$T/alone.jsonl" 2>/dev/null
    run "article alone == article in batch" bash -c "grep -qxFf '$T/alone.jsonl' '$T/t1.jsonl'"
  fi
fi

# --- store: idempotent ingest, crash safety -------------------------------
counts() { sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name" |
  while read -r t; do echo "$t $(sqlite3 "$1" "SELECT count(*) FROM \"$t\"")"; done; }
if section store && command -v sqlite3 >/dev/null; then
  "$NG" ingest --db "$T/a.db" "$ROOT/examples" >/dev/null 2>&1
  counts "$T/a.db" >"$T/a1.txt"
  "$NG" ingest --db "$T/a.db" "$ROOT/examples" >/dev/null 2>&1
  counts "$T/a.db" >"$T/a2.txt"
  run "ingest twice: same rows" cmp "$T/a1.txt" "$T/a2.txt"
  run "ingest stored articles" bash -c "grep -q '^articles [1-9]' '$T/a1.txt'"
  for q in "report" "stats" "actors --top 5" "events --all" "events --type CONSULT --json" "search Geneva" "quotes --limit 3"; do
    run "query: $q" bash -c "'$NG' $q --db '$T/a.db' >/dev/null"
  done
  run "query: bad date is a usage error" bash -c "! '$NG' events --db '$T/a.db' --since 2025-13-01 2>/dev/null"
  # A larger input, killed with SIGKILL mid-way, then run again.
  python3 - "$T" <<'PY'
import json, os, sys
t = sys.argv[1]
with open(os.path.join(t, "many.jsonl"), "w") as f:
    for i in range(3000):
        f.write(json.dumps({"id": "a%d" % i, "date": "2022-01-%02d" % (1 + i % 28),
            "text": ("Article %d. The foreign minister said on Monday that talks in Geneva would go on. " % i) * 20}) + "\n")
PY
  "$NG" ingest --db "$T/clean.db" "$T/many.jsonl" >/dev/null 2>&1
  "$NG" ingest --db "$T/k.db" "$T/many.jsonl" >/dev/null 2>&1 &
  pid=$!
  sleep 1.5; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  "$NG" ingest --db "$T/k.db" "$T/many.jsonl" >/dev/null 2>&1
  counts "$T/clean.db" >"$T/c.txt"; counts "$T/k.db" >"$T/k.txt"
  run "SIGKILL mid-ingest, rerun: same rows as a clean run" cmp "$T/c.txt" "$T/k.txt"
fi

# --- events: cross-article merge, exports, dyad timeline --------------------
if section events && command -v sqlite3 >/dev/null; then
  python3 - "$T" <<'PY'
import json, os, sys
t = sys.argv[1]
one = ("Norwegian officials said on Monday that Norway criticized Sweden over the fishing quota. "
       "The talks were tense, officials said.")
two = ("Norway criticized Sweden over the fishing quota on Monday, the ministry said in a statement. "
       "Ministers met \"in a tense mood,\" a diplomat said.")
rows = [{"id": "a1", "url": "https://one.test/a1", "text": one, "published": "2023-03-14",
         "title": "Quota row"},
        {"id": "b1", "url": "https://two.test/b1", "text": two, "published": "2023-03-14",
         "title": "Fish, \"quotas\"\tand talks"}]
with open(os.path.join(t, "ev.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
PY
  E="$T/ev.db"
  "$NG" ingest --db "$E" "$T/ev.jsonl" >/dev/null 2>&1
  merged() { sqlite3 "$E" "SELECT count(*) || ' ' || coalesce(sum(mentions), 0) || ' ' || coalesce(sum(articles), 0) || ' ' || coalesce(sum(sources), 0) FROM merged_events WHERE merge_key LIKE 'ACCUSE|NOR|SWE|%'"; }
  run "merge: two outlets' reports are one event (1 event, 2 mentions, 2 articles, 2 sources)" test "$(merged)" = "1 2 2 2"
  "$NG" ingest --db "$E" "$T/ev.jsonl" >/dev/null 2>&1
  run "merge: re-ingest never double counts" test "$(merged)" = "1 2 2 2"
  sqlite3 -cmd 'PRAGMA foreign_keys = ON' "$E" "DELETE FROM articles WHERE ext_id = 'b1'"
  run "merge: deleting an article updates the merge" test "$(merged)" = "1 1 1 1"
  "$NG" ingest --db "$E" "$T/ev.jsonl" >/dev/null 2>&1
  run "merge: --remerge gives the same merge" bash -c "'$NG' events --remerge --db '$E' | grep -q 'into' && test \"\$(sqlite3 '$E' \"SELECT sum(mentions) FROM merged_events WHERE merge_key LIKE 'ACCUSE|NOR|SWE|%'\")\" = 2"
  n=$(sqlite3 "$E" "SELECT count(*) FROM merged_events")
  run "export plover: one JSON object per merged event" bash -c "'$NG' export --format plover --db '$E' 2>/dev/null | python3 -c 'import json,sys; rows=[json.loads(l) for l in sys.stdin]; sys.exit(0 if len(rows)==$n and all(r[\"id\"].startswith(\"ng-\") for r in rows) else 1)'"
  run "export gdelt: 61 tab-separated columns a row" bash -c "'$NG' export --format gdelt --db '$E' 2>/dev/null | awk -F'\t' 'NF != 61 {bad=1} END {exit bad || NR != $n}'"
  run "export icews: header + 20 columns" bash -c "'$NG' export --format icews --db '$E' 2>/dev/null | awk -F'\t' 'NR == 1 && \$1 != \"Event ID\" {bad=1} NF != 20 {bad=1} END {exit bad || NR != $n + 1}'"
  nrep=$(sqlite3 "$E" "SELECT count(*) FROM events")
  cat >"$T/csvcheck.py" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
ok = len(rows) == int(sys.argv[2]) and any(r["title"] == 'Fish, "quotas"\tand talks' for r in rows)
sys.exit(0 if ok else 1)
PY
  run "export csv --reports: RFC 4180 parses back, title quoting kept" bash -c "'$NG' export --format csv --reports --db '$E' --out '$T/ev.csv' 2>/dev/null && python3 '$T/csvcheck.py' '$T/ev.csv' $nrep"
  run "export --reports: one row per report" bash -c "test \$('$NG' export --format plover --reports --db '$E' 2>/dev/null | wc -l) = \$(sqlite3 '$E' 'SELECT count(*) FROM events')"
  run "export --since after every event: nothing" bash -c "test -z \"\$('$NG' export --format csv --since 2030 --db '$E' 2>/dev/null | tail -n +2)\""
  run "export: unknown format is a usage error" bash -c "'$NG' export --format xml --db '$E' 2>/dev/null; test \$? -eq 2"
  run "export: bad --cameo-scale is a usage error" bash -c "echo '[1' > '$T/bad.json'; '$NG' export --format gdelt --cameo-scale '$T/bad.json' --db '$E' 2>/dev/null; test \$? -eq 2"
  run "export: unwritable --out fails" bash -c "! '$NG' export --format csv --db '$E' --out /nonexistent/dir/x.csv 2>/dev/null"
  run "dyad: codes, both directions, table" bash -c "'$NG' events --dyad NOR SWE --db '$E' | grep -q '2023-03-13  ACCUSE'"
  run "dyad: names and --json, reversed" bash -c "'$NG' events --dyad sweden norway --json --db '$E' | grep -q '\"b_to_a\":1'"
fi

echo "cli_test: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
