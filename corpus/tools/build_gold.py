#!/usr/bin/env python3
"""Build corpus/NAME.{txt|md}, NAME.meta.json and NAME.gold.json from tools/ann/NAME.py.

Usage: python3 corpus/tools/build_gold.py [NAME ...]   (default: every tools/ann/*.py)
        add --show to print segments, sentences and commitments for review.
An annotation source defines TEXT, META, PUBLISHED, PUBLISHED_SOURCE, ACTORS, DATES,
TOPICS and COMMITMENTS (see any file in tools/ann/ and goldlib.py for the span specs).
Commitment topics and dates are derived: topics whose mentions lie inside the action,
values of the dates in the trigger's sentence.
"""
import importlib.util, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import (TAXONOMY, resolve, span, segment, sentences, _pat)

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
LINK = {"to", "towards", "on", "in", "of", "for"}


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "ann", name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def one(text, spec, lo=0, hi=None):
    r = resolve(text, spec, lo, hi)
    if len(r) != 1:
        raise ValueError(f"{spec!r}: expected one span, got {len(r)}")
    return r[0]


def action_span(text, spec, trig):
    if "..." not in spec:
        return one(text, spec)
    left, right = spec.split("...", 1)
    if left == "":
        a = trig[1]
        while text[a].isspace(): a += 1
        m = re.match(r"(\w+)\s+", text[a:])
        if m and m.group(1) in LINK:
            a += m.end()
    else:
        hits = [h for h in re.finditer(_pat(left), text) if h.start() >= trig[1]]
        if not hits:
            hits = list(re.finditer(_pat(left), text))
            if len(hits) != 1: raise ValueError(f"action start {left!r}: {len(hits)} hits")
        a = hits[0].start()
    m = re.compile(_pat(right)).search(text, a)
    if not m:
        raise ValueError(f"action end {right!r} not found")
    return (a, m.end())


def build(name, show=False):
    m = load(name)
    text = m.TEXT
    ext = getattr(m, "EXT", "txt")
    markdown = ext == "md"
    wrapped = getattr(m, "WRAPPED", False)
    segs = segment(text, wrapped=wrapped, markdown=markdown, labels=getattr(m, "LABELS", None))
    no_split = set()
    for s in getattr(m, "NO_SPLIT", []):
        no_split.add(one(text, s)[1])
    sents = sentences(text, segs, markdown=markdown, no_split=no_split)

    actors = []
    for a in m.ACTORS:
        spans = []
        for s in a["mentions"]:
            spans.extend(resolve(text, s))
        spans = sorted(set(spans))
        obj = {"id": a["id"], "type": a["type"], "name": a["name"]}
        for k in ("role", "affiliation", "kb"):
            if k in a: obj[k] = a[k]
        obj["mentions"] = [span(text, x, y) for x, y in spans]
        actors.append(obj)
    actors.sort(key=lambda o: o["mentions"][0]["start"] if o["mentions"] else 10**9)

    dates = []
    for d in m.DATES:
        s, typ, val = d[0], d[1], d[2]
        for x, y in resolve(text, s):
            obj = span(text, x, y)
            obj.update({"type": typ, "value": val})
            if len(d) > 3 and d[3]: obj["mod"] = d[3]
            dates.append(obj)
    dates.sort(key=lambda o: o["start"])

    topics = []
    for tid, specs in sorted(m.TOPICS.items()):
        spans = []
        for s in specs:
            spans.extend(resolve(text, s))
        spans = sorted(set(spans))
        topics.append({"id": tid, "label": TAXONOMY[tid],
                       "mentions": [span(text, x, y) for x, y in spans]})

    def sent_of(pos):
        for s in sents:
            if s["start"] <= pos < s["end"]: return s
        raise ValueError(f"offset {pos} in no sentence")

    comms = []
    for c in m.COMMITMENTS:
        trig = one(text, c["trigger"])
        act = action_span(text, c["action"], trig)
        sent = sent_of(trig[0])
        if not (sent["start"] <= act[0] and act[1] <= sent["end"]):
            raise ValueError(f"action {text[act[0]:act[1]]!r} leaves its sentence")
        tids = []
        for t in sorted(((mm["start"], mm["end"], tp["id"]) for tp in topics for mm in tp["mentions"])):
            if act[0] <= t[0] and t[1] <= act[1] and t[2] not in tids:
                tids.append(t[2])
        dvals = []
        for d in dates:
            if sent["start"] <= d["start"] and d["end"] <= sent["end"] and d["value"] not in dvals:
                dvals.append(d["value"])
        obj = {"type": c["type"], "status": c["status"], "actors": c["actors"],
               "trigger": span(text, *trig), "action": span(text, *act),
               "topics": c.get("topics", tids), "dates": c.get("dates", dvals)}
        if c.get("negated"): obj["negated"] = True
        if c.get("hedged"): obj["hedged"] = True
        comms.append(obj)
    comms.sort(key=lambda o: o["trigger"]["start"])

    gold = {"schema": "communique/1", "id": m.META["id"], "published": m.PUBLISHED,
            "published_source": m.PUBLISHED_SOURCE, "length": len(text),
            "segments": segs, "sentences": sents, "actors": actors, "dates": dates,
            "topics": topics, "commitments": comms}
    with open(os.path.join(CORPUS, f"{name}.{ext}"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(os.path.join(CORPUS, f"{name}.meta.json"), "w", encoding="utf-8") as f:
        json.dump(m.META, f, ensure_ascii=False, indent=1); f.write("\n")
    with open(os.path.join(CORPUS, f"{name}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    if show:
        print(f"==== {name}")
        for i, s in enumerate(segs):
            print(f"SEG{i} {s['kind']:9} {s.get('label','')!r:30} {text[s['start']:s['end']][:70]!r}")
        for s in sents:
            t = text[s['start']:s['end']]
            print(f"  S[{s['segment']}] {t[:50]!r} ... {t[-30:]!r}")
        for a in actors:
            print("  A", a["id"], a["type"], a.get("role", ""), a.get("affiliation", ""), [x["text"] for x in a["mentions"]])
        for d in dates:
            print("  D", d["text"], d["type"], d["value"], d.get("mod", ""))
        for t in topics:
            print("  T", t["id"], [x["text"] for x in t["mentions"]])
        for c in comms:
            fl = ("NEG " if c.get("negated") else "") + ("HEDGE " if c.get("hedged") else "")
            print(f"  C {c['type']}/{c['status']} {fl}{c['actors']} [{c['trigger']['text']}] <{c['action']['text']}> {c['topics']} {c['dates']}")
    return gold


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    names = args or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "ann")) if f.endswith(".py"))
    for n in names:
        build(n, show)
    print(f"built {len(names)} document(s)")
