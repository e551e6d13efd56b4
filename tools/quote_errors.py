#!/usr/bin/env python3
"""Error analysis of quote spans against PolNeAR: pairs our quotes with gold ones the way
score_quotes.py does (content overlap > 0.3) and classifies the cue, content and source boundary
errors of every pair by kind, so the largest classes can be fixed first.

  build/newsgraph extract --threads 2 < in.jsonl > pred.jsonl   # or score_quotes.py --save-pred
  tools/quote_errors.py --polnear ../shared/data/quotes/polnear/dev --pred pred.jsonl [--examples 5]
  tools/quote_errors.py ... --pairs   # finer classes: auxiliary/modal/negation/particle/adverb
                                      # in the cue; own source inside, second attribution, ...

Prints counts per error class (and with --examples N, the differing words of N pairs per class).
Needs ../shared/tools/score_quotes.py (its gold loader, trimming and matching are reused).
"""
import argparse
import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True


def load_scorer(shared):
    sys.path.insert(0, os.path.join(shared, 'tools'))
    import score_quotes  # noqa: E402
    return score_quotes


def words(s):
    return re.findall(r"\w+(?:'\w+)?|[^\w\s]", s)


PARTICIPLE = re.compile(r'^\W*(\w+ing)\b', re.I)
RELATIVE = ('who', 'which', 'whom', 'whose', 'where', 'when')
CONJ = ('and', 'but', 'or')


def diff_kind(side, extra_text, pred_has_more):
    """Classifies the text between our boundary and gold's on one side."""
    t = extra_text.strip()
    low = t.lower()
    w = words(low)
    who = 'extra' if pred_has_more else 'missing'
    if not w:
        return f'{side} {who}: punctuation/space'
    if w == ['that']:
        return f'{side} {who}: "that"'
    if all(x in '"\u201c\u201d\u2018\u2019\'' for x in w):
        return f'{side} {who}: quote marks'
    if side == 'end':
        first = w[1] if w[0] in (',', ';', ':', '-', '\u2014', '(') and len(w) > 1 else w[0]
        if first in RELATIVE:
            return f'{side} {who}: relative clause'
        if first.endswith('ing') and len(first) > 4:
            return f'{side} {who}: participle clause'
        if first in CONJ:
            return f'{side} {who}: coordination'
        if w[0] in (',', ';', '(', '-', '\u2014'):
            return f'{side} {who}: clause after punctuation'
        if first in ('to', 'in', 'on', 'at', 'for', 'from', 'with', 'about', 'of', 'by', 'after',
                     'before', 'during', 'over', 'against', 'into', 'as'):
            return f'{side} {who}: prepositional phrase'
        if first in ('because', 'if', 'since', 'although', 'while', 'after', 'before', 'until',
                     'unless', 'so'):
            return f'{side} {who}: subordinate clause'
    else:
        if w[0] in ('that', 'whether', 'if', 'how', 'what', 'why', 'to'):
            return f'{side} {who}: complementizer "{w[0]}" + more'
        if w[0] in (',', ':'):
            return f'{side} {who}: starts at punctuation'
    if len(w) <= 2:
        return f'{side} {who}: 1-2 words'
    return f'{side} {who}: 3+ words'


def span_diff(text, pred, gold):
    """Error classes of a predicted (a, b) vs gold (a, b), both trimmed."""
    if pred == gold:
        return ['exact']
    pa, pb = pred
    ga, gb = gold
    if pb <= ga or gb <= pa:
        return ['disjoint']
    out = []
    if pa < ga:
        out.append(diff_kind('begin', text[pa:ga], True))
    elif pa > ga:
        out.append(diff_kind('begin', text[ga:pa], False))
    if pb > gb:
        out.append(diff_kind('end', text[gb:pb], True))
    elif pb < gb:
        out.append(diff_kind('end', text[pb:gb], False))
    return out


def cue_diff(text, pred, gold):
    if pred == gold:
        return ['exact']
    if pred is None:
        return ['no predicted cue']
    if gold is None:
        return ['gold has no cue']
    pa, pb = pred
    ga, gb = gold
    if pb <= ga or gb <= pa:
        return ['other cue word']
    out = []
    for where, more, a, b in (('left', pa < ga, min(pa, ga), max(pa, ga)),
                              ('right', pb > gb, min(pb, gb), max(pb, gb))):
        if a == b:
            continue
        w = words(text[a:b].lower())
        first = w[0] if w else ''
        if not w or all(not x.isalnum() for x in w):
            what = 'punctuation'
        elif first in ('in', 'at', 'on', 'during', 'to', 'with', 'for', 'about', 'of', 'by',
                       'against', 'from', 'as', 'into', 'after', 'before') and len(w) > 1:
            what = 'prepositional phrase'
        elif first in ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
                       'sunday', 'today', 'yesterday', 'last', 'this', 'earlier', 'later'):
            what = 'time adjunct'
        elif len(w) == 1:
            what = 'word ' + first
        else:
            what = f'{len(w)} words'
        out.append(f'cue {"extra" if more else "missing"} {where}: {what}')
    return out


def boundary_class(text, sq, g, q):
    """The cue/content boundary of a non-direct pair whose cue and content
    both follow in that order: right, or which part is wrong ("split": only
    where the cue ends and the content begins; the model of split_model.h)."""
    if g['direct'] or not g['cue'] or not q.get('cue'):
        return None
    gc, gs = sq.extent(text, g['cue']), sq.extent(text, g['content'])
    pc = sq.trim(text, q['cue']['start'], q['cue']['end'])
    ps = sq.trim(text, q['content']['start'], q['content']['end'])
    if not (pc[0] < ps[0] and gc[0] < gs[0]):
        return None
    if gc == pc and gs[0] == ps[0]:
        return 'right'
    if text[gc[1]:gs[0]].strip(' ,.:\n"\u201c\u201d') != '':
        return 'gold cue and content not adjacent'
    if pc[0] != gc[0]:
        return 'cue begins elsewhere'
    if ps[1] != gs[1]:
        return 'split wrong, content end wrong too'
    n = len(re.findall(r'\w+', text[min(pc[1], gc[1]):max(pc[1], gc[1])]))
    return f'split wrong only: gold cue {"longer" if gc[1] > pc[1] else "shorter"} by {min(n, 4)}{"+" if n >= 4 else ""} words'


def miss_reason(text, sq, g, gold, qs, owner):
    """Why a gold quote found no prediction: none overlaps it, the overlap is
    at most 0.3, or the prediction covering it went to another gold quote
    (our content runs over two attributions; where the other one lies)."""
    best, best_pi = 0.0, None
    for pi, q in enumerate(qs):
        sc = len(g['chars'] & q['chars']) / len(g['chars']) if g['chars'] else 0.0
        if sc > best:
            best, best_pi = sc, pi
    if best_pi is None:
        return 'no overlapping prediction'
    if best <= 0.3:
        return 'overlap <= 0.3'
    if best_pi not in owner:
        return 'prediction free (lower score)'
    gs = sq.extent(text, g['content'])
    os_ = sq.extent(text, gold[owner[best_pi]]['content'])
    if os_[0] <= gs[0] and gs[1] <= os_[1]:
        return 'prediction taken by a gold quote around it'
    between = text[min(os_[1], gs[0]):max(os_[1], gs[0])]
    if gs[0] < os_[0]:
        return 'prediction taken by a later gold quote'
    if re.search(r'[.?!][\u201d"\u2019]?\s', between):
        sep = 'a sentence end'
    elif re.search(r'\band\b', between):
        sep = '"and"'
    elif ',' in between or ';' in between:
        sep = 'a comma'
    else:
        sep = 'other'
    return f'prediction taken by an earlier gold quote (split at {sep})'


AUX = {'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does',
       'did', "'s", "'ve", "'d", "'re", "'m", 'am', "’s", "’ve", "’d", "’re"}
MODAL = {'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', "'ll", "’ll",
         'wo', 'ca'}
NEGATION = {'not', "n't", "n’t", 'never', 'no'}
PARTICLE = {'up', 'out', 'off', 'down', 'back', 'on', 'over', 'away', 'around', 'forward'}
PREPOSITION = {'in', 'at', 'on', 'during', 'to', 'with', 'for', 'about', 'of', 'by', 'against',
               'from', 'as', 'into', 'after', 'before', 'over', 'upon', 'toward', 'towards'}
QUOTE_MARKS = '"\u201c\u201d\u2018\u2019\''


def word_class(w):
    """The census class of one word of a cue difference."""
    if w in AUX:
        return 'auxiliary'
    if w in MODAL:
        return 'modal'
    if w in NEGATION:
        return 'negation'
    if w in PARTICLE:
        return 'particle/preposition'
    if w in PREPOSITION:
        return 'preposition'
    if w.endswith('ly') or w in ('also', 'still', 'just', 'already', 'again', 'then', 'even',
                                  'now', 'later', 'once', 'further', 'publicly', 'often'):
        return 'adverb'
    if not any(c.isalnum() for c in w):
        return 'punctuation'
    return 'other word'


def cue_census(text, pred, gold):
    """Finer classes of a cue that is not exact: which kind of word is extra or missing."""
    if pred is None:
        return ['no predicted cue']
    if gold is None:
        return ['gold has no cue']
    pa, pb = pred
    ga, gb = gold
    if pb <= ga or gb <= pa:
        g = text[ga:gb].lower()
        if g.startswith('according'):
            return ['other word entirely: gold "according to"']
        return ['other word entirely']
    out = []
    for where, more, a, b in (('left', pa < ga, min(pa, ga), max(pa, ga)),
                              ('right', pb > gb, min(pb, gb), max(pb, gb))):
        if a == b:
            continue
        w = words(text[a:b].lower())
        kinds = sorted({word_class(x) for x in w}) or ['punctuation']
        what = '+'.join(kinds) if len(w) <= 2 else (
            'prepositional phrase' if w[0] in PREPOSITION else f'3+ words ({kinds[0]}...)')
        out.append(f'cue {"extra" if more else "missing"} {where}: {what}')
    return out


def has_attribution(seg, qtext_cues):
    return any(c and c in seg for c in qtext_cues)


def content_census(text, pred, gold, g, q):
    """Finer classes of a content that is not exact: where it starts or ends wrong and what
    lies between our boundary and gold's (a second attribution, the quote's own source or cue,
    a following sentence, a trailing clause, quote marks, "that", ...)."""
    pa, pb = pred
    ga, gb = gold
    if pb <= ga or gb <= pa:
        return ['disjoint']
    src = [(a, b) for a, b in (g.get('source') or [])]
    cue = [(a, b) for a, b in (g.get('cue') or [])]
    qs = q.get('source') or {}
    qc = q.get('cue') or {}
    out = []

    def inside(a, b, spans):
        return any(a <= s and e <= b for s, e in spans)

    for side, more, a, b in (('begin', pa < ga, min(pa, ga), max(pa, ga)),
                             ('end', pb > gb, min(pb, gb), max(pb, gb))):
        if a == b:
            continue
        who = 'extra' if more else 'missing'
        seg = text[a:b]
        w = words(seg.lower())
        alnum = [x for x in w if any(c.isalnum() for c in x)]
        if not alnum:
            kind = 'quote marks' if any(c in QUOTE_MARKS for c in seg) else 'punctuation'
        elif inside(a, b, cue) or inside(a, b, src) or (
                qc and a <= qc.get('start', -1) and qc.get('end', 1 << 30) <= b) or (
                qs and a <= qs.get('start', -1) and qs.get('end', 1 << 30) <= b):
            kind = 'the quote\'s own source/cue inside'
        elif side == 'end' and re.search(r'[.?!][\u201d"\u2019]?\s+\S', seg.strip()):
            kind = 'a following sentence'
        elif side == 'end' and re.search(r'[\u201d"]\s*,?\s*\w', seg) and more:
            kind = 'past a closing quote mark (attribution or more)'
        elif side == 'end' and re.search(r'\b(said|says|say|told|added|according|noted|'
                                         r'argued|claimed|wrote|asked)\b', seg.lower()):
            kind = 'a second attribution'
        elif side == 'end':
            first = w[1] if w[0] in (',', ';', ':', '-', '\u2014', '(') and len(w) > 1 else w[0]
            if first == 'as':
                kind = '"as"-clause'
            elif first in RELATIVE:
                kind = 'relative clause'
            elif first.endswith('ing') and len(first) > 4:
                kind = 'participle clause'
            elif first in CONJ:
                kind = 'coordination'
            elif w[0] in (',', ';', '(', '-', '\u2014'):
                kind = 'clause after punctuation'
            elif first in PREPOSITION:
                kind = 'prepositional phrase'
            else:
                kind = f'{"1-2" if len(alnum) <= 2 else "3+"} words'
        else:
            first = alnum[0]
            if alnum == ['that']:
                kind = '"that"'
            elif first in ('that', 'whether', 'if', 'how', 'what', 'why', 'to') and not more:
                kind = f'"{first}" + more'
            elif more and first == 'to':
                kind = '"to" + more'
            elif more and len(alnum) <= 3 and w[-1] not in (',',) and (
                    re.search(r'\b(of|on|for|to|about|with|at)\s*$', seg.lower())):
                kind = 'object + preposition of the cue'
            elif more and alnum[-1] == 'to':
                kind = 'object of the cue + "to"'
            else:
                kind = f'{"1-2" if len(alnum) <= 2 else "3+"} words'
        out.append(f'{side} {who}: {kind}')
    return out


STAGES = {'0': 'rule', '1': 'frame', '2': 'tagger', '3': 'nested'}


def add_census(census, text, q):
    """Counts one prediction that matched no gold quote."""
    lemma, _, rest = (q.get('cue_lemma') or '-').partition('#')
    stage = STAGES.get(rest.partition('#')[0], '?')
    content = text[q['content']['start']:q['content']['end']]
    w = words(content)
    first = w[0].lower() if w else '-'
    n = len(w)
    size = '1-3' if n <= 3 else '4-8' if n <= 8 else '9-20' if n <= 20 else '21+'
    before = q.get('cue') and q['cue']['start'] > q['content']['start']
    census['stage'][f'{stage} {q["kind"]}'] += 1
    census['kind'][q['kind']] += 1
    census['lemma'][f'{stage} {lemma}'] += 1
    census['first word'][first] += 1
    census['shape'][f'{"cue after" if before else "cue before"}, {size} words, '
                    f'{"that-clause" if first == "that" else "to-clause" if first == "to" else "other"}'] += 1


BELIEF = {'think', 'believe', 'know', 'feel', 'want', 'expect', 'hope', 'fear', 'worry', 'see',
          'consider', 'assume', 'suspect', 'doubt', 'understand', 'wish', 'agree', 'remember',
          'realize', 'plan', 'intend', 'seem', 'appear'}
POLL = {'find', 'show', 'poll', 'survey', 'indicate', 'suggest', 'reveal', 'favor', 'support',
        'prefer', 'choose', 'oppose', 'approve', 'disapprove', 'rate'}


def parse_tokens(out):
    """The parse of `extract --tokens` output: one list over the document, each
    token with its children (heads are document token indices)."""
    toks = [dict(t) for s in out.get('sentences') or [] for t in s['tokens']]
    for t in toks:
        t['kids'] = []
    for i, t in enumerate(toks):
        if 0 <= t['head'] < len(toks):
            toks[t['head']]['kids'].append(i)
    return toks


def gold_frame(text, sq, toks, g):
    """Syntactic frame of a gold attribution's cue: its head word's POS and the
    relations of its children (clausal complement, object, passive, prepositional),
    the relation of the child where the gold content starts, and a belief/poll class."""
    if not g['cue']:
        return 'no cue', '-'
    cs, ce = sq.extent(text, g['cue'])
    ctext = text[cs:ce].lower().strip()
    ids = [i for i, t in enumerate(toks) if t['start'] < ce and cs < t['end']]
    if not ids:
        return 'no token', '-'
    if 'according' in ctext:
        return 'according to', 'accord'
    if ctext in (':', '―', '-', '--', '—'):
        return 'colon/dash', ctext
    heads = [i for i in ids if toks[i]['head'] not in ids] or ids
    verbs = [i for i in heads if toks[i]['upos'] in ('VERB', 'AUX')]
    verbs = verbs or [i for i in ids if toks[i]['upos'] == 'VERB']
    t = toks[verbs[0] if verbs else heads[0]]
    rels = {toks[k]['deprel'] for k in t['kids']}
    lemma = t['lemma'].lower()
    gs, ge = sq.extent(text, g['content'])
    crel = '-'
    for k in t['kids']:
        if gs - 1 <= toks[k]['start'] < ge:
            crel = toks[k]['deprel']
            break
    up = t['upos']
    if up in ('NOUN', 'PROPN'):
        f = 'nominal'
    elif up == 'ADJ':
        f = 'adjective'
    elif up in ('VERB', 'AUX'):
        f = ('verb passive' if any(r.endswith(':pass') for r in rels) else
             'verb+ccomp' if 'ccomp' in rels else 'verb+xcomp' if 'xcomp' in rels else
             'verb+obj' if 'obj' in rels else 'verb+obl' if 'obl' in rels else 'verb, other')
        if t['deprel'] in ('acl', 'acl:relcl', 'advcl', 'xcomp', 'conj', 'ccomp'):
            f += ' (itself ' + t['deprel'] + ')'
    else:
        f = 'other ' + up
    cat = 'belief ' if lemma in BELIEF else 'poll ' if lemma in POLL else ''
    return f'{cat}{f}, content={crel}', lemma


def frame_census(sq, docs, preds, examples):
    """Census of the non-direct gold quotes no prediction overlaps, and of the
    predictions that match no gold quote, by the syntactic frame of the cue."""
    missed, lemmas, ex = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for doc, out in zip(docs, preds):
        text, gold, qs = doc['text'], doc['quotes'], out['_qs']
        toks = parse_tokens(out)
        covered = set().union(*[q['chars'] for q in qs]) if qs else set()
        got = {gi for gi, _ in sq.match(gold, qs, 0.3)}
        for gi, g in enumerate(gold):
            if gi in got or g['direct'] or g['chars'] & covered:
                continue
            f, lemma = gold_frame(text, sq, toks, g)
            missed[f] += 1
            lemmas[lemma] += 1
            if len(ex[f]) < examples:
                cue = text[slice(*sq.extent(text, g['cue']))] if g['cue'] else '-'
                ex[f].append(f'    [{cue}] {text[slice(*sq.extent(text, g["content"]))][:120]!r}')
    print('== gold quotes no prediction overlaps (non-direct), by cue frame', sum(missed.values()))
    for k, v in missed.most_common(40):
        print(f'{v:6d}  {k}')
        for e in ex[k]:
            print(e)
    print('== the same by cue lemma:', ', '.join(f'{k} {v}' for k, v in lemmas.most_common(40)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('--polnear', required=True)
    ap.add_argument('--pred', required=True)
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared'))
    ap.add_argument('--examples', type=int, default=0)
    ap.add_argument('--top', type=int, default=25)
    ap.add_argument('--role', default='cue,content,source')
    ap.add_argument('--pairs', action='store_true',
                    help='finer census of the paired quotes whose cue or content is not exact '
                         '(auxiliary, modal, negation, particle, adverb, other word; second '
                         'attribution, own source inside, following sentence, trailing clause)')
    ap.add_argument('--census', action='store_true',
                    help='unmatched predictions by stage, kind, cue lemma and content shape (the '
                         'stage comes from a "#STAGE#SCORE" suffix of cue_lemma when a debug build '
                         'writes one)')
    ap.add_argument('--frames', action='store_true',
                    help='census of the missed non-direct gold quotes by the parse frame of their '
                         'cue (needs predictions from `extract --tokens`)')
    args = ap.parse_args()
    sq = load_scorer(args.shared)
    docs = sq.load_polnear(args.polnear)
    with open(args.pred, encoding='utf-8') as f:
        preds = [json.loads(line) for line in f if line.strip()]
    counts = {r: collections.Counter() for r in ('cue', 'content', 'source')}
    examples = {r: collections.defaultdict(list) for r in counts}
    unmatched = collections.Counter()
    why = collections.Counter()
    unmatched_preds = 0
    split = collections.Counter()
    census = {k: collections.Counter() for k in ('stage', 'kind', 'lemma', 'first word', 'shape')}
    for doc, out in zip(docs, preds):
        text, gold = doc['text'], doc['quotes']
        qs = []
        for q in out.get('quotes') or []:
            c = q['content']
            s, e = sq.trim(text, c['start'], c['end'])
            q['chars'] = set(range(s, e))
            qs.append(q)
        out['_qs'] = qs
        pairs = sq.match(gold, qs, 0.3)
        got = {gi for gi, _ in pairs}
        owner = {pi: gi for gi, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in got:
                cue = text[slice(*sq.extent(text, g['cue']))].lower() if g['cue'] else '-'
                kind = 'direct ' if g['direct'] else 'other '
                unmatched[kind + cue] += 1
                why[kind + miss_reason(text, sq, g, gold, qs, owner)] += 1
        unmatched_preds += len(qs) - len(pairs)
        for pi, q in enumerate(qs):
            if pi not in owner:
                add_census(census, text, q)
        for gi, pi in pairs:
            g, q = gold[gi], qs[pi]
            b = boundary_class(text, sq, g, q)
            if b:
                split[b] += 1
            for role in counts:
                gs = sq.extent(text, g[role]) if g[role] else None
                x = q.get(role)
                ps = sq.trim(text, x['start'], x['end']) if isinstance(x, dict) else None
                if role == 'cue':
                    kinds = (cue_census if args.pairs else cue_diff)(text, ps, gs)
                elif role == 'content' and args.pairs and gs and ps:
                    kinds = (['exact'] if ps == gs else
                             content_census(text, ps, gs, g, q))
                    gc = sq.extent(text, g['cue']) if g['cue'] else None
                    qc = q.get('cue')
                    pc = sq.trim(text, qc['start'], qc['end']) if isinstance(qc, dict) else None
                    same = gc and pc and pc[0] < gc[1] and gc[0] < pc[1]
                    if kinds != ['exact']:
                        kinds = [('(same cue) ' if same else '(other cue) ') + k for k in kinds]
                elif gs is None or ps is None:
                    kinds = ['exact'] if gs == ps else (['no gold'] if gs is None else ['no pred'])
                else:
                    kinds = span_diff(text, ps, gs)
                tag = 'direct' if g['direct'] else 'other'
                for k in kinds:
                    counts[role][k] += 1
                    counts[role]['[' + tag + '] ' + ('exact' if kinds == ['exact'] else 'wrong')] += 1
                    if len(examples[role][k]) < args.examples:
                        pt = text[ps[0]:ps[1]] if ps else ''
                        gt = text[gs[0]:gs[1]] if gs else ''
                        examples[role][k].append(f'    P: {pt[:160]!r}\n    G: {gt[:160]!r}')
    for role in args.role.split(','):
        print(f'== {role}: {sum(v for k, v in counts[role].items() if k.startswith("[")) } pairs')
        for k, v in counts[role].most_common(args.top):
            print(f'{v:6d}  {k}')
            for ex in examples[role].get(k, []):
                print(ex)
    print('== cue/content boundary (non-direct pairs, cue before content):', sum(split.values()))
    for k, v in split.most_common(args.top):
        print(f'{v:6d}  {k}')
    print('== unmatched gold (why)', sum(why.values()), '; unmatched predictions', unmatched_preds)
    for k, v in why.most_common(args.top):
        print(f'{v:6d}  {k}')
    print('== unmatched gold (kind + cue)', sum(unmatched.values()))
    for k, v in unmatched.most_common(args.top):
        print(f'{v:6d}  {k}')
    if args.frames:
        frame_census(sq, docs, preds, args.examples)
    if args.census:
        for k, c in census.items():
            print(f'== unmatched predictions by {k}', sum(c.values()))
            for key, v in c.most_common(args.top):
                print(f'{v:6d}  {key}')


if __name__ == '__main__':
    main()
