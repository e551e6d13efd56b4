#!/usr/bin/env python3
"""Agreement-based self-training data for the parser (issue #3, session 16).

Two subcommands, both on CoNLL-U as written by `newsgraph tag`:

  filter  IN.conllu > OUT.conllu
      keeps the sentences that look like prose: 5-40 words, at least one VERB or
      AUX, no URL / e-mail / handle, >= 80 % of the words ASCII letters (or
      ordinary punctuation / digits), starts with an upper-case letter or a quote,
      ends with . ! ? or a closing quote; drops repeated sentences (same text).

  agree   A.conllu B.conllu [C.conllu ...] [--gold G.conllu] [--out AGREED.conllu]
          [--limit N]
      A, B (, C ...) are parses of the same tokens (e.g. `newsgraph tag --format
      conllu` with two or more model directories). Keeps the sentences on which
      every head and every label (full relation, subtypes included) agree in all
      of them and writes them with A's columns. Prints the agreement rate; with --gold (the gold file of
      the same sentences), also UAS / LAS of A on all sentences and on the agreed
      ones (universal relations, as score_conllu.py).
"""
import argparse, re, sys

URL = re.compile(r'(https?:|www\.|\.com\b|@\w|\w@\w)', re.I)
WORDLIKE = re.compile(r"^[A-Za-z][A-Za-z'.-]*$|^[0-9][0-9,.:%]*$|^[.,;:!?\"'()$%&-]+$|^n't$|^'s$")


def read(path):
    """Yields sentences as (comment lines, word lines split into columns)."""
    com, rows = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                if rows:
                    yield com, rows
                com, rows = [], []
            elif line.startswith('#'):
                com.append(line)
            else:
                rows.append(line.split('\t'))
    if rows:
        yield com, rows


def write(out, com, rows):
    out.write(''.join(c + '\n' for c in com))
    out.write(''.join('\t'.join(r) + '\n' for r in rows))
    out.write('\n')


def words(rows):
    return [r for r in rows if r[0].isdigit()]


def prose(rows):
    w = words(rows)
    if not 5 <= len(w) <= 40:
        return False
    forms = [r[1] for r in w]
    text = ' '.join(forms)
    if URL.search(text) or any(not f.isascii() and f not in ('\u201c', '\u201d', '\u2019', '\u2018', '\u2014', '\u2013') for f in forms):
        return False
    if not any(r[3] in ('VERB', 'AUX') for r in w):
        return False
    if sum(1 for f in forms if WORDLIKE.match(f) or f in ('\u201c', '\u201d', '\u2019', '\u2018', '\u2014', '\u2013')) < 0.8 * len(forms):
        return False
    if sum(1 for f in forms if f[0].isalpha()) < 0.6 * len(forms):
        return False
    first, last = forms[0], forms[-1]
    if not (first[0].isupper() or first in ('"', '\u201c', "'")):
        return False
    if last not in ('.', '!', '?', '"', '\u201d', "'"):
        return False
    if text.isupper():
        return False
    return True


def cmd_filter(a):
    seen = set()
    n = kept = 0
    out = sys.stdout
    for com, rows in read(a.input):
        n += 1
        if not prose(rows):
            continue
        key = ' '.join(r[1] for r in words(rows))
        if key in seen:
            continue
        seen.add(key)
        kept += 1
        com = [c for c in com if c.startswith('# text')]
        write(out, [f'# sent_id = news-{kept}'] + com, rows)
    print(f'filter: {kept} of {n} sentences kept', file=sys.stderr)


def cmd_agree(a):
    if len(a.parses) < 2:
        sys.exit('agree needs two or more parses')
    gold = read(a.gold) if a.gold else None
    out = open(a.out, 'w', encoding='utf-8') if a.out else None
    n = agreed = 0
    tot = [0, 0, 0]      # words, heads right, heads+labels right (A vs gold, all sentences)
    agr = [0, 0, 0]      # same, agreed sentences only
    for parses in zip(*(read(p) for p in a.parses)):
        ca, ra = parses[0]
        wa = words(ra)
        same = True
        for cb, rb in parses[1:]:
            wb = words(rb)
            if [r[1] for r in wa] != [r[1] for r in wb]:
                sys.exit(f'sentences do not align: {ca} / {cb}')
            same = same and all(x[6] == y[6] and x[7] == y[7] for x, y in zip(wa, wb))
        n += 1
        if gold is not None:
            _, rg = next(gold)
            wg = words(rg)
            uh = sum(x[6] == g[6] for x, g in zip(wa, wg))
            lh = sum(x[6] == g[6] and x[7].split(':')[0] == g[7].split(':')[0] for x, g in zip(wa, wg))
            for acc in ([tot, agr] if same else [tot]):
                acc[0] += len(wg); acc[1] += uh; acc[2] += lh
        if same and (a.limit is None or agreed < a.limit):
            agreed += 1
            if out:
                write(out, ca, ra)
        elif same:
            agreed += 1
    print(f'agree: {agreed} of {n} sentences ({100.0 * agreed / max(n, 1):.2f} %) have the same tree'
          + (f'; written: {min(agreed, a.limit)}' if a.limit is not None else ''))
    if gold is not None:
        print(f'A vs gold, all: UAS {100.0 * tot[1] / tot[0]:.2f} LAS {100.0 * tot[2] / tot[0]:.2f} ({tot[0]} words); '
              f'agreed: UAS {100.0 * agr[1] / max(agr[0], 1):.2f} LAS {100.0 * agr[2] / max(agr[0], 1):.2f} ({agr[0]} words)')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    f = sub.add_parser('filter')
    f.add_argument('input')
    g = sub.add_parser('agree')
    g.add_argument('parses', nargs='+')
    g.add_argument('--gold')
    g.add_argument('--out')
    g.add_argument('--limit', type=int)
    a = ap.parse_args()
    {'filter': cmd_filter, 'agree': cmd_agree}[a.cmd](a)


if __name__ == '__main__':
    main()
