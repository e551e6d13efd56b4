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
TITLES = {'president', 'prime', 'minister', 'chief', 'justice', 'king', 'queen', 'prince',
          'princess', 'pope', 'senator', 'sen', 'governor', 'gov', 'mayor', 'dr', 'mr', 'mrs', 'ms',
          'general', 'gen', 'sir', 'lord', 'tsar', 'ceo', 'judge', 'captain', 'capt', 'professor',
          'prof', 'rep', 'secretary', 'chancellor', 'saint', 'st', 'emperor', 'major', 'colonel'}
JOIN = {'of', 'and', '&', '-', 'de', 'la', 'von', 'van', 'del', 'da'}
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


def min_span(fields):
    """The mention's minimal span (its head words) from the fields after the entity type
    ("-infstat-salience-centering-minspan-link-identity"), as 1-based offsets in the mention;
    empty when absent."""
    f = fields.split('-')
    if len(f) < 5 or not re.fullmatch(r'[0-9,]+', f[4]):
        return ()
    return tuple(int(x) for x in f[4].split(',') if x)


def entity_spans(sent):
    """-> [(start, end_exclusive, etype, head offsets)] from the Entity= annotations of one
    sentence."""
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
                pos = m.end()
                # the rest of this mention's fields, up to the next paren
                rest = pos
                while pos < len(ent) and ent[pos] not in '()':
                    pos += 1
                stack.setdefault(eid, []).append((i, etype, min_span(ent[rest:pos])))
                if pos < len(ent) and ent[pos] == ')':
                    s, t, h = stack[eid].pop()
                    spans.append((s, i + 1, t, h))
                    pos += 1
                continue
            m = CLOSE.match(ent, pos)
            if m and stack.get(m.group(1)):
                s, t, h = stack[m.group(1)].pop()
                spans.append((s, i + 1, t, h))
                pos = m.end()
                continue
            pos += 1
    return spans


def is_name_word(c):
    """A proper noun by its UPOS or its PTB tag ("United/VERB/NNP", "Democratic/ADJ/NNP")."""
    return c[3] == 'PROPN' or c[4] in ('NNP', 'NNPS')


def joins(sent, s, e, i, etype, starts, ends):
    """Whether word i between two name words inside the mention [s, e) joins them: a JOIN
    word; "and" and "&" not between two mentions of their own ("Morocco and Iran"); in a
    person's name only the dash and name particles ("Wu Chi-wai of the Democratic Party")."""
    if i <= s or i + 1 >= e:
        return False
    w = sent[i][1].lower()
    if w not in JOIN:
        return False
    if etype == 'person' and w in ('of', 'the', 'and', '&'):
        return False
    return not (w in ('and', '&') and (i in ends or i + 1 in starts))


def name_run(sent, s, e, etype, heads, spans=(), starts=(), ends=()):
    """The name inside the mention [s, e): the run of proper nouns (joined by JOIN words)
    around its syntactic head, or None when the head is not a proper noun ("United States
    pediatricians" names no person). Without a head inside (a fragment), around the first word
    of GUM's minimal span (1-based offsets in heads), or the last proper noun."""
    names = [i for i in range(s, e) if is_name_word(sent[i])]
    if not names:
        return None
    roots = [i for i in range(s, e) if not sent[i][6].isdigit() or
             not s < int(sent[i][6]) <= e]  # words whose head is outside the mention
    h = next((i for i in roots if is_name_word(sent[i])), None)
    if h is None and roots:
        return None
    if h is None:
        h = s + heads[0] - 1 if heads and s <= s + heads[0] - 1 < e else names[-1]
        if not is_name_word(sent[h]):
            return None
    a, b = h, h + 1
    while True:
        if a - 1 >= s and is_name_word(sent[a - 1]):
            a -= 1
            continue
        if a - 2 >= s and is_name_word(sent[a - 2]) and joins(sent, s, e, a - 1, etype, starts,
                                                              ends):
            a -= 2
            continue
        break
    while True:
        if b < e and is_name_word(sent[b]):
            b += 1
            continue
        if b + 1 < e and is_name_word(sent[b + 1]) and joins(sent, s, e, b, etype, starts, ends):
            b += 2
            continue
        break
    if etype == 'person':
        while a < b and sent[a][1].lower().rstrip('.') in TITLES:
            a += 1  # "US President Barack Obama": the name is Barack Obama
        while a + 1 < b and (a, a + 1) in spans:
            a += 1  # "US" is a mention of its own
    return (a, b) if a < b else None


def main():
    for path in sys.argv[1:]:
        for sent in sentences(path):
            tags = ['O'] * len(sent)
            spans = [x for x in entity_spans(sent) if x[2] in TYPES]
            spans.sort(key=lambda x: (x[0] - x[1], x[0]))  # outermost first
            allspans = {(s, e) for s, e, _, _ in entity_spans(sent)}
            starts = {s for s, _ in allspans}
            ends = {e for _, e in allspans}
            for s, e, t, heads in spans:
                run = name_run(sent, s, e, t, heads, allspans, starts, ends)
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
