#!/usr/bin/env python3
"""NER error census: counts the errors of saved engine output by class.

Reads a gold file (CoNLL-2003 or UniversalNER IOB2) and the engine output that
`score_ner.py --save-pred FILE` wrote for it, rebuilds the documents exactly as the scorer
does (it imports score_ner.py from --scorer-dir), and sorts every gold span that was not
matched exactly and every predicted span that matched nothing into one class:

  missed      no predicted span overlaps the gold span
  type        a predicted span has the gold span's words but another type
  boundary    an overlapping predicted span of the same type with other edges
  bound+type  an overlapping predicted span with other edges and another type
  spurious    a predicted span that overlaps no gold PER/ORG/LOC span (over MISC or nothing)

Each class is split by gold (or predicted) type and by a sub-class from the words: lower
case, acronym, one word, web name (.com, www), with "'s", starting with "the", a title word
inside, a demonym-like adjective, a line in capitals (with --domain instead the kind of name:
restaurant/shop/hotel, school, sports club, web site, government agency, company word,
acronym, one word, "the" inside). Boundary errors are also split by what
the edge difference is (an extra "the", "'s", title, punctuation, capitalised word...).

  python3 ../shared/tools/score_ner.py --gold G --cmd "build/newsgraph extract" --save-pred P
  tools/ner_errors.py --gold G --pred P [--examples 8] [--context 6]

With --context N it also lists every error with N words around it, gold spans in [..]TYPE and
predicted spans in {..}TYPE, sorted by class: what a rule has to tell apart.

Prints counts (and with --examples, the most frequent strings of each class: read them, do
not copy them into the tree).
"""
import argparse
import collections
import importlib.util
import json
import os
import sys

TITLES = {'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'sen', 'sen.',
          'senator', 'gov', 'gov.', 'governor', 'minister', 'prime', 'king', 'queen', 'prince',
          'gen', 'gen.', 'general', 'coach', 'judge', 'rep', 'rep.', 'sir', 'lord', 'pope',
          'secretary', 'chairman', 'ceo', 'director', 'mayor', 'st', 'st.', 'saint', 'father'}
PUNCT = set('.,:;!?()[]{}"\'-/&')


def load_scorer(directory):
    spec = importlib.util.spec_from_file_location('score_ner',
                                                  os.path.join(directory, 'score_ner.py'))
    sys.path.insert(0, directory)
    sys.dont_write_bytecode = True
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def subclass(toks, caps_line):
    """A coarse description of a name's words (one label, the first that applies)."""
    text = ' '.join(toks)
    low = text.lower()
    if caps_line:
        return 'caps-line'
    if any(s in low for s in ('.com', 'www', '.org', '.net', 'http')):
        return 'web-name'
    if "'s" in toks or "’s" in toks or "'" in toks:
        return "has-'s"
    if toks[0].lower() == 'the':
        return 'starts-the'
    if any(t.lower() in TITLES for t in toks):
        return 'has-title'
    if all(not t[:1].isupper() for t in toks if t[:1].isalpha()):
        return 'lower-case'
    if len(toks) == 1:
        t = toks[0]
        if len(t) >= 2 and t.replace('.', '').replace('&', '').isupper():
            return 'acronym'
        if t.endswith(('an', 'ish', 'ese', 'ian', 'i')) and t[:1].isupper():
            return 'one-word-adj?'
        return 'one-word'
    return 'multi-word'


SHOP = {'pizza', 'restaurant', 'cafe', 'grill', 'bar', 'pub', 'diner', 'bakery', 'hotel', 'inn',
        'motel', 'store', 'shop', 'market', 'mall', 'salon', 'spa', 'cinema', 'karate', 'deli',
        'kitchen', 'house', 'garage', 'tech', 'auto', 'motorsports', 'fabrics', 'discount',
        'insurance', 'transport', 'bistro', 'steakhouse', 'tavern', 'resort', 'lodge'}
SCHOOL = {'university', 'college', 'school', 'institute', 'academy', 'tech', 'u'}
CLUB = {'fc', 'united', 'city', 'rovers', 'athletic', 'blacks', 'club', 'team'}
GOV = {'department', 'ministry', 'agency', 'army', 'navy', 'marines', 'police', 'court',
       'committee', 'council', 'commission', 'authority', 'senate', 'congress', 'pentagon',
       'administration', 'coalition', 'center', 'centre', 'bureau', 'office', 'board',
       'parliament', 'government'}
COMPANY = {'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'llc', 'co', 'co.',
           'company', 'group', 'partners', 'futures', 'energy', 'books', 'press', 'bank',
           'airlines', 'foundation', 'associates', 'l.p.', 'pvt.'}


def domain(toks):
    """What kind of organisation (or thing) a name looks like, from its words (one label)."""
    low = [t.lower() for t in toks]
    text = ' '.join(low)
    if any(s in text for s in ('.com', 'www', '.org', '.net', 'http', '@')):
        return 'web-site/e-mail'
    if low[0] == 'the' or 'the' in low:
        return 'the-inside'
    if "'s" in low or (len(low) > 1 and low[-1] == 's'):
        return 'shop/possessive'
    if set(low) & SHOP:
        return 'restaurant/shop/hotel'
    if set(low) & SCHOOL:
        return 'school'
    if set(low) & CLUB:
        return 'sports-club'
    if set(low) & GOV:
        return 'government/agency'
    if set(low) & COMPANY:
        return 'company-word'
    if all(not t[:1].isupper() for t in toks if t[:1].isalpha()):
        return 'lower-case'
    if len(toks) == 1:
        t = toks[0].replace('.', '').replace('&', '')
        if len(t) >= 2 and t.isupper():
            return 'acronym'
        return 'one-word (company/brand/product)'
    return 'multi-word other'


def edge_kind(toks):
    """What the extra or missing words at a span's edge are."""
    if not toks:
        return ''
    low = [t.lower() for t in toks]
    if all(t in PUNCT for t in toks):
        return 'punct'
    if low[0] == 'the' or low[-1] == 'the':
        return 'the'
    if "'s" in low or "’s" in low:
        return "'s"
    if any(t in TITLES for t in low):
        return 'title'
    if any(t in ('and', 'of', '&', 'for', 'de', 'in') for t in low):
        return 'connector'
    if all(t[:1].isupper() for t in toks if t[:1].isalpha()):
        return 'capitalised'
    return 'lower-word'


def in_context(toks, span, gold, pred, width):
    """The words around span, gold spans in [brackets] and predicted spans in {braces}."""
    a, b = max(0, span[0] - width), min(len(toks), span[1] + width)
    out = []
    for k in range(a, b):
        w = toks[k]
        w = ('[' * sum(g[0] == k for g in gold) + w +
             ''.join(']' + g[2] for g in gold if g[1] == k + 1))
        w = ('{' * sum(p[0] == k for p in pred) + w +
             ''.join('}' + p[2] for p in pred if p[1] == k + 1))
        out.append(w)
    return ' '.join(out)


def census(sn, gold_path, pred_path, fmt, by_domain=False, context=0, lines=None):
    docs = sn.read_gold(gold_path, fmt, 25)
    with open(pred_path, encoding='utf-8') as f:
        outs = [json.loads(l) for l in f if l.strip()]
    counts = collections.Counter()
    examples = collections.defaultdict(collections.Counter)
    for i, doc in enumerate(docs):
        art, starts, ends, sent_of, gold = sn.build(doc, i + 1)
        out = outs[i] if i < len(outs) else {}
        pred, _ = sn.predicted(out, starts, ends, sent_of)
        toks = [t for s in doc for t, _ in s]
        caps = []
        for s in doc:
            letters = [t for t, _ in s if any(c.isalpha() for c in t)]
            c = len(letters) >= 3 and all(t.upper() == t for t in letters)
            caps += [c] * len(s)
        # gold MISC spans (CoNLL) for spurious sub-classes
        misc, base = [], 0
        for s in doc:
            for a, b, typ in sn.chunks([t for _, t in s]):
                if typ.upper() == 'MISC':
                    misc.append((base + a, base + b))
            base += len(s)

        def overl(a, b):
            return a[0] < b[1] and b[0] < a[1]

        for g in gold - pred:
            words = toks[g[0]:g[1]]
            ov = [p for p in pred if overl(p, g)]
            same_span = [p for p in ov if p[:2] == g[:2]]
            if not ov:
                cls = 'missed'
                sub = subclass(words, caps[g[0]])
            elif same_span:
                cls = 'type'
                sub = g[2] + '->' + same_span[0][2]
            else:
                p = max(ov, key=lambda p: min(p[1], g[1]) - max(p[0], g[0]))
                cls = 'boundary' if p[2] == g[2] else 'bound+type'
                extra = toks[p[0]:g[0]] + toks[g[1]:p[1]]
                lack = toks[g[0]:p[0]] + toks[p[1]:g[1]]
                if len(ov) > 1:
                    sub = 'split'
                elif extra and not lack:
                    sub = 'longer:' + edge_kind(extra)
                elif lack and not extra:
                    sub = 'shorter:' + edge_kind(lack)
                else:
                    sub = 'shifted'
                if cls == 'bound+type':
                    sub = '->' + p[2] + ' ' + sub
            if by_domain:
                sub = domain(words)
            counts[(cls, g[2], sub)] += 1
            examples[(cls, g[2], sub)][' '.join(words)] += 1
            if context and lines is not None:
                lines.append((cls, g[2], sub, in_context(toks, g, gold, pred, context)))
        for p in pred - gold:
            if any(overl(p, g) for g in gold):
                continue
            words = toks[p[0]:p[1]]
            over_misc = any(overl(p, m) for m in misc)
            sub = 'over-MISC' if over_misc else subclass(words, caps[p[0]])
            if by_domain:
                sub = domain(words)
            counts[('spurious', p[2], sub)] += 1
            examples[('spurious', p[2], sub)][' '.join(words)] += 1
            if context and lines is not None:
                lines.append(('spurious', p[2], sub, in_context(toks, p, gold, pred, context)))
    return counts, examples


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--gold', required=True)
    ap.add_argument('--pred', required=True, help='JSONL written by score_ner.py --save-pred')
    ap.add_argument('--format', choices=('conll', 'iob2'))
    ap.add_argument('--scorer-dir', default=os.path.join(here, '..', '..', 'shared', 'tools'))
    ap.add_argument('--examples', type=int, default=0, help='strings shown per class')
    ap.add_argument('--top', type=int, default=40, help='classes shown')
    ap.add_argument('--domain', action='store_true',
                    help='sub-classes by kind of name (shop, school, agency, web site...)')
    ap.add_argument('--type', help='only this type (gold type; predicted for spurious)')
    ap.add_argument('--context', type=int, default=0,
                    help='also list every error with this many words around it '
                         '(gold spans in [..]TYPE, predicted in {..}TYPE)')
    args = ap.parse_args()
    sn = load_scorer(args.scorer_dir)
    lines = []
    counts, examples = census(sn, args.gold, args.pred, args.format, args.domain, args.context,
                              lines)
    if args.type:
        counts = collections.Counter({k: v for k, v in counts.items() if k[1] == args.type})
    by_cls = collections.Counter()
    for (cls, typ, _), n in counts.items():
        by_cls[(cls, typ)] += n
    print('errors by class and type (gold type; predicted type for spurious):')
    for (cls, typ), n in sorted(by_cls.items(), key=lambda x: -x[1]):
        print(f'  {n:5d}  {cls:10s} {typ}')
    print(f'top {args.top} sub-classes:')
    for key, n in counts.most_common(args.top):
        line = f'  {n:5d}  {key[0]:10s} {key[1]:3s} {key[2]}'
        if args.examples:
            ex = ', '.join(f'{s} x{c}' if c > 1 else s
                           for s, c in examples[key].most_common(args.examples))
            line += '  | ' + ex
        print(line)
    if args.context:
        print('errors in context:')
        for cls, typ, sub, text in sorted(lines, key=lambda x: x[:3]):
            if not args.type or typ == args.type:
                print(f'  {cls:10s} {typ:3s} {sub:24s} {text}')


if __name__ == '__main__':
    main()
