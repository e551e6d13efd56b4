#!/usr/bin/env python3
"""Converts GUM CoNLL-U files (entity annotation in MISC `Entity=`) to IOB2 named-entity tags
over PER/ORG/LOC, in the UniversalNER layout the NER trainer reads ("idx<TAB>token<TAB>tag").

A GUM mention is taken as a NAME when it is a person, place or organisation mention with a
proper-noun run (PROPN tokens, joined by of/the/and/&/-/de); the name is that run, without
determiners or titles (UniversalNER's convention). Outer mentions are labelled before inner ones,
except when the run is exactly an inner mention ("the Trump administration": Trump is a person).
Plural person names (NNPS: "Muslims") are nationalities or groups, not PER.

  gum_to_iob.py GUM_*.conllu > gum.iob2
"""
import re
import sys

TYPES = {'person': 'PER', 'place': 'LOC', 'organization': 'ORG'}
JOIN = {'of', 'the', 'and', '&', '-', 'de', 'la', 'von', 'van', 'del', 'da', "'s"}
OPEN = re.compile(r'\((\d+)-([a-z]+)')
CLOSE = re.compile(r'(\d+)\)')


def sentences(path):
    sent = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith('#'):
                continue
            c = line.split('\t')
            if len(c) < 10 or not c[0].isdigit():
                continue  # multiword tokens and empty nodes
            sent.append(c)
    if sent:
        yield sent


def entity_spans(sent):
    """-> [(start, end_exclusive, etype)] from the Entity= annotations of one sentence."""
    spans, stack = [], {}
    for i, c in enumerate(sent):
        ent = ''
        for kv in c[9].split('|'):
            if kv.startswith('Entity='):
                ent = kv[len('Entity='):]
        pos = 0
        while pos < len(ent):
            m = OPEN.match(ent, pos)
            if m:
                eid, etype = m.group(1), m.group(2)
                stack.setdefault(eid, []).append((i, etype))
                pos = m.end()
                # the rest of this mention's fields, up to the next paren
                while pos < len(ent) and ent[pos] not in '()':
                    pos += 1
                if pos < len(ent) and ent[pos] == ')':
                    s, t = stack[eid].pop()
                    spans.append((s, i + 1, t))
                    pos += 1
                continue
            m = CLOSE.match(ent, pos)
            if m and stack.get(m.group(1)):
                s, t = stack[m.group(1)].pop()
                spans.append((s, i + 1, t))
                pos = m.end()
                continue
            pos += 1
    return spans


def name_run(sent, s, e):
    """The proper-noun run inside [s, e), or None."""
    props = [i for i in range(s, e) if sent[i][3] == 'PROPN']
    if not props:
        return None
    a, b = props[0], props[-1] + 1
    for i in range(a, b):
        if sent[i][3] != 'PROPN' and sent[i][1].lower() not in JOIN:
            # two separate runs: keep the last one (the head is usually last)
            a = max(j for j in props if j < b and all(
                sent[k][3] == 'PROPN' or sent[k][1].lower() in JOIN for k in range(j, b)))
            break
    return a, b


def main():
    for path in sys.argv[1:]:
        for sent in sentences(path):
            tags = ['O'] * len(sent)
            spans = [x for x in entity_spans(sent) if x[2] in TYPES]
            spans.sort(key=lambda x: (x[0] - x[1], x[0]))  # outermost first
            allspans = {(s, e) for s, e, _ in entity_spans(sent)}
            for s, e, t in spans:
                run = name_run(sent, s, e)
                if not run:
                    continue
                a, b = run
                if (a, b) != (s, e) and (a, b) in allspans:
                    continue  # the run is an inner mention: it labels itself
                if t == 'person' and all(sent[i][4] == 'NNPS' for i in range(a, b)):
                    continue
                if any(tags[i] != 'O' for i in range(a, b)):
                    continue
                for i in range(a, b):
                    tags[i] = ('B-' if i == a else 'I-') + TYPES[t]
            for i, c in enumerate(sent):
                print(f'{i + 1}\t{c[1]}\t{tags[i]}')
            print()


if __name__ == '__main__':
    main()
