#!/usr/bin/env python3
"""Verify gold files: every span's text == original[start:end], required fields, enums,
ordering, sentence/segment consistency, commitment references, topic labels, meta.

Usage: python3 corpus/tools/check_gold.py [DIR_OR_GOLD_FILE ...]   (default: corpus/)
Exit status 1 if any error. Works on any NAME.gold.json with its NAME.txt/.md beside it.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import TAXONOMY, COMMITMENT_TYPES, STATUSES, ACTOR_TYPES, DATE_TYPES, SEGMENT_KINDS

REQ = ["schema", "id", "published", "length", "segments", "sentences", "actors", "dates",
       "topics", "commitments"]


def check(path):
    errs = []
    base = path[:-len(".gold.json")]
    src = next((base + e for e in (".txt", ".md") if os.path.exists(base + e)), None)
    if not src:
        return [f"{path}: no source text"]
    text = open(src, encoding="utf-8").read()
    g = json.load(open(path, encoding="utf-8"))
    E = lambda m: errs.append(f"{os.path.basename(path)}: {m}")
    for k in REQ:
        if k not in g: E(f"missing field {k}")
    if g.get("schema") != "communique/1": E("schema")
    if g.get("length") != len(text): E(f"length {g.get('length')} != {len(text)}")
    meta_p = base + ".meta.json"
    if os.path.exists(meta_p):
        meta = json.load(open(meta_p, encoding="utf-8"))
        if meta.get("id") != g.get("id"): E("id differs from meta")
        if "published" in meta and meta["published"] != g.get("published"): E("published differs from meta")

    def sp(s, where, need_text=True):
        a, b = s.get("start"), s.get("end")
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
            E(f"{where}: bad offsets {a},{b}"); return
        if need_text and text[a:b] != s.get("text"):
            E(f"{where}: text {s.get('text')!r} != original {text[a:b]!r}")
        elif text[a:b] != text[a:b].strip():
            E(f"{where}: span has outer white space")

    segs = g.get("segments", [])
    last = -1
    for i, s in enumerate(segs):
        if s.get("kind") not in SEGMENT_KINDS: E(f"segment {i} kind")
        sp(s, f"segment {i}", need_text=False)
        if s["start"] <= last: E(f"segment {i} overlaps/unsorted")
        last = s["end"]
        if "label" in s and not text[s["start"]:s["end"]].lstrip("*").startswith(s["label"]):
            E(f"segment {i} label {s['label']!r} not at its start")
    last = -1
    for i, s in enumerate(g.get("sentences", [])):
        sp(s, f"sentence {i}", need_text=False)
        seg = segs[s["segment"]] if 0 <= s.get("segment", -1) < len(segs) else None
        if not seg or not (seg["start"] <= s["start"] and s["end"] <= seg["end"]):
            E(f"sentence {i} not inside its segment")
        if s["start"] <= last: E(f"sentence {i} overlaps/unsorted")
        last = s["end"]
    ids = set()
    for a in g.get("actors", []):
        if a.get("type") not in ACTOR_TYPES: E(f"actor {a.get('id')} type")
        for k in ("id", "name", "mentions"):
            if k not in a: E(f"actor {a.get('id')} missing {k}")
        if a.get("type") == "person" and not a.get("affiliation"): E(f"person {a['id']} without affiliation")
        if a["id"] in ids: E(f"duplicate actor {a['id']}")
        ids.add(a["id"])
        for m in a.get("mentions", []): sp(m, f"actor {a['id']} mention")
    for a in g.get("actors", []):
        if a.get("affiliation") and a["affiliation"] not in ids and a["type"] == "person":
            pass  # affiliation may come from a lexicon; not necessarily an actor of the text
    dvals = set()
    for d in g.get("dates", []):
        sp(d, "date")
        if d.get("type") not in DATE_TYPES: E(f"date {d.get('text')} type")
        if not d.get("value"): E(f"date {d.get('text')} value")
        dvals.add(d.get("value"))
    tids = set()
    for t in g.get("topics", []):
        if t.get("id") not in TAXONOMY: E(f"topic id {t.get('id')}")
        elif t.get("label") != TAXONOMY[t["id"]]: E(f"topic {t['id']} label {t.get('label')!r}")
        if not t.get("mentions"): E(f"topic {t.get('id')} without mentions")
        for m in t.get("mentions", []): sp(m, f"topic {t['id']} mention")
        tids.add(t.get("id"))
    for i, c in enumerate(g.get("commitments", [])):
        for k in ("type", "status", "actors", "trigger", "action", "topics", "dates"):
            if k not in c: E(f"commitment {i} missing {k}")
        if c.get("type") not in COMMITMENT_TYPES: E(f"commitment {i} type")
        if c.get("status") not in STATUSES: E(f"commitment {i} status")
        for a in c.get("actors", []):
            if a not in ids: E(f"commitment {i} actor {a} not an actor")
        if not c.get("actors"): E(f"commitment {i} has no actors")
        sp(c["trigger"], f"commitment {i} trigger"); sp(c["action"], f"commitment {i} action")
        for t in c.get("topics", []):
            if t not in tids: E(f"commitment {i} topic {t} not a document topic")
        for v in c.get("dates", []):
            if v not in dvals: E(f"commitment {i} date {v} not a date value")
        for k in ("negated", "hedged"):
            if k in c and c[k] is not True: E(f"commitment {i} {k} must be true or absent")
    return errs


def main():
    args = sys.argv[1:] or [os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]
    files = []
    for a in args:
        if os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith(".gold.json"))
        else:
            files.append(a)
    allerr = []
    for f in files:
        allerr += check(f)
    for e in allerr: print(e)
    print(f"checked {len(files)} gold file(s): {len(allerr)} error(s)")
    sys.exit(1 if allerr else 0)


if __name__ == "__main__":
    main()
