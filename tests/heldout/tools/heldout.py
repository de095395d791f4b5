"""Authoring helpers for the held-out gold (standard library only).

Annotations are written as text anchors; every offset is computed here from the
original text in ../shared/press/whitehouse (code points, end exclusive).
An anchor is matched literally except that a space matches any run of white space
(the texts are hard-wrapped), with word boundaries at word-character ends.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
HELDOUT = os.path.dirname(HERE)
SHARED_PRESS = os.path.normpath(os.path.join(HELDOUT, "..", "..", "..", "shared", "press"))


def pool_of(name):
    """White House releases are named wh-*; every other release is in the world pool."""
    return "whitehouse" if name.startswith("wh-") else "world"

TAXONOMY = {
    "ai": "Artificial intelligence", "semiconductors": "Semiconductors",
    "telecom": "5G/6G and networks", "hpc": "High-performance computing",
    "quantum": "Quantum technology", "cybersecurity": "Cybersecurity",
    "data": "Data governance and flows",
    "online_platforms": "Online platforms and digital markets",
    "digital_identity": "Digital identity", "trust_services": "Trust services",
    "connectivity": "Connectivity and submarine cables",
    "research": "Research and innovation",
    "economic_security": "Economic security and supply chains", "trade": "Trade",
    "investment": "Investment", "energy": "Energy", "climate": "Climate",
    "environment": "Environment", "health": "Health",
    "security_defence": "Security and defence", "space": "Space",
    "transport": "Transport", "agriculture": "Agriculture and food",
    "education": "Education and skills", "human_rights": "Human rights",
    "development": "Development", "infrastructure": "Infrastructure",
    "migration": "Migration", "finance": "Finance", "standards": "Standards",
    "materials": "Materials science", "disasters": "Disasters",
}
TYPES = {"agree", "pledge", "intend", "launch", "sign", "cooperate", "review", "meet", "schedule"}
STATUSES = {"planned", "ongoing", "done"}


def load(name):
    folder = os.path.join(SHARED_PRESS, pool_of(name))
    with open(os.path.join(folder, name + ".txt"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(folder, name + ".meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    return text, meta


def _pat(a):
    p = r"\s+".join(re.escape(w) for w in a.split(" "))
    if re.match(r"\w", a[0]):
        p = r"(?<!\w)" + p
    if re.match(r"\w", a[-1]):
        p = p + r"(?!\w)"
    return re.compile(p)


class Doc:
    def __init__(self, name):
        self.name = name
        self.text, self.meta = load(name)

    def find(self, a, n=1, after=None):
        lo = 0
        if after is not None:
            lo = self.find(after)[0] if isinstance(after, str) else after
        ms = [m for m in _pat(a).finditer(self.text, lo)]
        if len(ms) < n:
            raise SystemExit(f"{self.name}: anchor {a!r} #{n} after {after!r} not found")
        m = ms[n - 1]
        return m.start(), m.end()

    def span(self, a, n=1, after=None):
        s, e = self.find(a, n, after)
        return {"start": s, "end": e, "text": self.text[s:e]}

    def rng(self, a, b, after=None):
        """From the start of anchor a to the end of the first anchor b after it."""
        s, _ = self.find(a, 1, after)
        _, e = self.find(b, 1, s)
        return {"start": s, "end": e, "text": self.text[s:e]}

    def all(self, a, skip=()):
        out = [{"start": m.start(), "end": m.end(), "text": m.group(0)} for m in _pat(a).finditer(self.text)]
        return [x for i, x in enumerate(out, 1) if i not in skip]


def S(d, spec):
    """spec: 'anchor' | ('anchor', n) | ('anchor', n, after) | dict (already a span)."""
    if isinstance(spec, dict):
        return spec
    if isinstance(spec, str):
        return d.span(spec)
    return d.span(*spec)


def build(d, actors, dates, topics, commitments):
    """actors: list of dict(id,type,name,role?,affiliation?,mentions=[spec|list of spans])
    dates: list of (spec, type, value[, mod]); topics: {id: [spec...]};
    commitments: list of dict(type,status,actors,trigger,action,dates,negated?,hedged?)."""
    def mentions(ms):
        out = []
        for m in ms:
            if isinstance(m, list):
                out.extend(m)
            else:
                out.append(S(d, m))
        out.sort(key=lambda x: x["start"])
        return out

    A = []
    for a in actors:
        x = {"id": a["id"], "type": a["type"], "name": a["name"]}
        for k in ("role", "affiliation", "kb"):
            if a.get(k):
                x[k] = a[k]
        x["mentions"] = mentions(a["mentions"])
        A.append(x)
    D = []
    for t in dates:
        sp = S(d, t[0])
        x = {"start": sp["start"], "end": sp["end"], "text": sp["text"], "type": t[1], "value": t[2]}
        if len(t) > 3:
            x["mod"] = t[3]
        D.append(x)
    D.sort(key=lambda x: x["start"])
    T = []
    for tid in sorted(topics):
        T.append({"id": tid, "label": TAXONOMY[tid], "mentions": mentions(topics[tid])})
    C = []
    for c in commitments:
        trig = S(d, c["trigger"])
        act = S(d, c["action"])
        tids = []
        for tp in sorted(((m["start"], t["id"]) for t in T for m in t["mentions"]
                          if m["start"] >= act["start"] and m["end"] <= act["end"])):
            if tp[1] not in tids:
                tids.append(tp[1])
        x = {"type": c["type"], "status": c["status"], "actors": c["actors"],
             "trigger": trig, "action": act, "topics": tids, "dates": c.get("dates", [])}
        if c.get("negated"):
            x["negated"] = True
        if c.get("hedged"):
            x["hedged"] = True
        C.append(x)
    C.sort(key=lambda x: x["trigger"]["start"])
    g = {"schema": "communique/1", "id": d.meta.get("id", d.name),
         "published": d.meta.get("published"), "length": len(d.text),
         "segments": [], "sentences": [], "actors": A, "dates": D, "topics": T,
         "commitments": C}
    return g


def write(d, g, out_dir=None, no_mentions=()):
    """Writes NAME.gold.json into out_dir (default: tests/heldout) after verifying it. Actors
    listed in no_mentions are the authors a title names (SPEC 8a) with no mention in the
    body: their empty mention list is allowed."""
    problems = [p for p in verify(g, d.text) if p not in {"no mentions " + a for a in no_mentions}]
    if problems:
        for p in problems:
            print("ERROR", d.name, p, file=sys.stderr)
        raise SystemExit(1)
    out = os.path.join(out_dir or HELDOUT, d.name + ".gold.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", out)


def verify(g, text):
    P = []
    def sp(s, where):
        if not (0 <= s["start"] < s["end"] <= len(text)) or text[s["start"]:s["end"]] != s["text"]:
            P.append(f"bad span {where}: {s}")
        elif s["text"] != s["text"].strip():
            P.append(f"untrimmed span {where}: {s}")
    if g["length"] != len(text):
        P.append("length")
    ids = set()
    for a in g["actors"]:
        if a["id"] in ids:
            P.append("dup actor " + a["id"])
        ids.add(a["id"])
        if a["type"] not in {"country", "bloc", "organization", "person"}:
            P.append("actor type " + a["id"])
        if a.get("affiliation") and a["affiliation"] not in ids | {x["id"] for x in g["actors"]}:
            pass  # affiliation may name an entity without mentions
        if not a["mentions"]:
            P.append("no mentions " + a["id"])
        for m in a["mentions"]:
            sp(m, a["id"])
    allm = sorted((m["start"], m["end"], a["id"]) for a in g["actors"] for m in a["mentions"])
    for x, y in zip(allm, allm[1:]):
        if y[0] < x[1]:
            P.append(f"overlapping actor mentions {x} {y}")
    vals = set()
    prev = None
    for dt in g["dates"]:
        sp(dt, "date")
        vals.add(dt["value"])
        if dt["type"] not in {"DATE", "TIME", "DURATION", "SET"}:
            P.append("date type")
        if prev and dt["start"] < prev["end"]:
            P.append("overlapping dates")
        prev = dt
    tids = set()
    for t in g["topics"]:
        tids.add(t["id"])
        if TAXONOMY.get(t["id"]) != t["label"]:
            P.append("topic label " + t["id"])
        for m in t["mentions"]:
            sp(m, t["id"])
    for c in g["commitments"]:
        sp(c["trigger"], "trigger")
        sp(c["action"], "action")
        if c["type"] not in TYPES or c["status"] not in STATUSES:
            P.append("commitment enum " + c["trigger"]["text"])
        for a in c["actors"]:
            if a not in ids:
                P.append("commitment actor " + a)
        for t in c["topics"]:
            if t not in tids:
                P.append("commitment topic " + t)
        for v in c["dates"]:
            if v not in vals:
                P.append("commitment date " + v)
        # A schedule's action is its event phrase, which stands before the trigger
        # ("The next round ... should take place"; SPEC 7).
        if c["type"] != "schedule" and c["action"]["start"] < c["trigger"]["end"]:
            P.append("action before trigger end " + c["trigger"]["text"])
    return P
