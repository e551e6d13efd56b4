#!/usr/bin/env python3
"""Checks `newsgraph extract` output: one JSON object per input article, in order,
and the span invariant of SCHEMA.md on every {"start","end","text"} object:
doc["text"][start:end] == text (code points).

usage: check_output.py [--lines N] [--errors N] [--min-errors N] < output.jsonl
Exit 0 when valid, 1 otherwise. Prints a one-line summary.
"""
import argparse
import json
import sys


def spans(obj):
    if isinstance(obj, dict):
        if "start" in obj and "end" in obj and "text" in obj:
            yield obj
        for v in obj.values():
            yield from spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from spans(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int)
    ap.add_argument("--errors", type=int)
    ap.add_argument("--min-errors", type=int)
    a = ap.parse_args()
    n = errors = nspans = bad = 0
    problems = []
    for line in sys.stdin:
        n += 1
        try:
            doc = json.loads(line)
        except ValueError as e:
            problems.append(f"line {n}: not JSON: {e}")
            continue
        if "error" in doc:
            errors += 1
            if "id" not in doc:
                problems.append(f"line {n}: error record without id")
            continue
        text = doc.get("text")
        if not isinstance(text, str):
            problems.append(f"line {n}: no text")
            continue
        for s in spans({k: v for k, v in doc.items() if k != "text"}):
            nspans += 1
            st, en = s["start"], s["end"]
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st <= en <= len(text)
                    and text[st:en] == s["text"]):
                bad += 1
                if len(problems) < 10:
                    problems.append(f"line {n}: bad span {st}:{en} {s['text']!r}")
    if a.lines is not None and n != a.lines:
        problems.append(f"expected {a.lines} lines, got {n}")
    if a.errors is not None and errors != a.errors:
        problems.append(f"expected {a.errors} error records, got {errors}")
    if a.min_errors is not None and errors < a.min_errors:
        problems.append(f"expected at least {a.min_errors} error records, got {errors}")
    print(f"check_output: {n} lines, {errors} errors, {nspans} spans, {bad} bad spans")
    for p in problems:
        print("  " + p)
    return 1 if problems or bad else 0


if __name__ == "__main__":
    sys.exit(main())
