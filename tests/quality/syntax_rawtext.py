#!/usr/bin/env python3
"""Tagging accuracy on raw EWT dev text through our tokenizer: each gold word counts when a
predicted token has exactly its character span and its UPOS. usage: syntax_rawtext.py NEWSGRAPH (run from the repo root)."""
import subprocess, sys
gold = open('/work/shared/data/syntax/ud-ewt/dev.conllu', encoding='utf-8').read().split('\n\n')
texts, gtoks = [], []
for block in gold:
    lines = block.strip().split('\n')
    t = [l[9:] for l in lines if l.startswith('# text = ')]
    if not t: continue
    words = [l.split('\t') for l in lines if l and not l.startswith('#') and l.split('\t')[0].isdigit()]
    texts.append(t[0]); gtoks.append([(w[1], w[3]) for w in words])
doc = '\n\n'.join(texts)
out = subprocess.run([sys.argv[1], 'tag', '--format', 'text', '--models', 'models'], input=doc.encode(), capture_output=True).stdout.decode()
pred = [l.split('\t') for l in out.split('\n') if l and not l.startswith('#')]
def spans(forms, text):
    pos, res = 0, []
    for f in forms:
        i = text.find(f, pos)
        if i < 0: res.append(None); continue
        res.append((i, i + len(f))); pos = i + len(f)
    return res
gs = {}
off = 0
for t, toks in zip(texts, gtoks):
    for sp, (f, u) in zip(spans([f for f, _ in toks], t), toks):
        if sp: gs[(sp[0] + off, sp[1] + off)] = u
    off += len(t) + 2
ps = {sp: p[3] for sp, p in zip(spans([p[1] for p in pred], doc), pred) if sp}
n = sum(len(t) for t in gtoks)
tok_ok = sum(1 for s in gs if s in ps)
pos_ok = sum(1 for s, u in gs.items() if ps.get(s) == u)
print(f"gold words {n}  predicted tokens {len(pred)}  span-matched {tok_ok} ({100*tok_ok/n:.2f}%)  UPOS-correct with matching span {pos_ok} ({100*pos_ok/n:.2f}%)")
