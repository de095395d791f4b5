#!/usr/bin/env python3
"""classrecall.py GOLD_DIR PRED_DIR CLASSES.tsv... : recall per construction class, fp per rule."""
import json, os, sys, collections
gold_dir, pred_dir, tsvs = sys.argv[1], sys.argv[2], sys.argv[3:]
cls = {}
for t in tsvs:
    for line in open(t, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) < 4 or not p[2].strip().isdigit(): continue
        cls[(p[0].strip(), int(p[2]))] = p[3].strip()
stat = collections.defaultdict(lambda: [0, 0, 0, 0])
fp_rule = collections.Counter(); fp_type = collections.Counter()
verbose = os.environ.get('V')
for f in sorted(os.listdir(gold_dir)):
    if not f.endswith('.gold.json'): continue
    name = f[:-10]
    g = json.load(open(os.path.join(gold_dir, f)))
    pp = os.path.join(pred_dir, name + '.json')
    pred = json.load(open(pp)).get('commitments', []) if os.path.exists(pp) else []
    used = set()
    for c in g['commitments']:
        s, e = c['trigger']['start'], c['trigger']['end']
        k = cls.get((name, s), 'unclassed')
        st = stat[k]; st[0] += 1
        hit = None
        for i, p in enumerate(pred):
            if i in used: continue
            if p['trigger']['start'] < e and s < p['trigger']['end']:
                hit = i; break
        if hit is None:
            if verbose: print('MISS', k, name[:40], repr(c['trigger']['text']), c['type'], c['actors'])
            continue
        used.add(hit); p = pred[hit]; st[1] += 1
        if sorted(p['actors']) == sorted(c['actors']): st[2] += 1
        elif verbose: print('ACT', k, name[:40], repr(c['trigger']['text']), c['actors'], '->', p['actors'])
        if p['type'] == c['type']: st[3] += 1
    for i, p in enumerate(pred):
        if i not in used:
            fp_rule[p.get('rule', '?')] += 1; fp_type[p['type']] += 1
            if verbose: print('FP', name[:40], repr(p['trigger']['text']), p['type'], p.get('rule'))
print('%-13s %5s %5s %6s %6s %6s' % ('class', 'gold', 'found', 'recall', 'act_ok', 'type_ok'))
tot = [0, 0, 0, 0]
for k, v in sorted(stat.items(), key=lambda kv: -kv[1][0]):
    print('%-13s %5d %5d %6.2f %6d %6d' % (k, v[0], v[1], v[1] / max(v[0], 1), v[2], v[3]))
    tot = [a + b for a, b in zip(tot, v)]
print('%-13s %5d %5d %6.2f %6d %6d' % ('total', tot[0], tot[1], tot[1] / max(tot[0], 1), tot[2], tot[3]))
print('false positives by type:', dict(fp_type.most_common()))
print('false positives by rule:', dict(fp_rule.most_common(12)))
