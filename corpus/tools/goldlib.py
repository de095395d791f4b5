"""Shared helpers for authoring and checking communique gold files (stdlib only).

Span specs used by the annotation sources in tools/ann/*.py:
  "text"          the only occurrence of text (word-bounded); error if 0 or >1
  "text@3"        the 3rd word-bounded occurrence
  "text@*"        every word-bounded occurrence
  "left[[text]]right"  the bracketed part of the only occurrence of left+text+right
A space in a spec matches one space or one newline (hard-wrapped text).
"""
import re

TAXONOMY = {
    # labels of the seed gold where it has the id, else the project list
    "ai": "Artificial intelligence",
    "semiconductors": "Semiconductors",
    "telecom": "5G/6G and networks",
    "hpc": "High-performance computing",
    "quantum": "Quantum technology",
    "cybersecurity": "Cybersecurity",
    "data": "Data governance and flows",
    "online_platforms": "Online platforms and digital markets",
    "digital_identity": "Digital identity",
    "trust_services": "Trust services",
    "connectivity": "Connectivity and submarine cables",
    "research": "Research and innovation",
    "economic_security": "Economic security and supply chains",
    "trade": "Trade",
    "investment": "Investment",
    "energy": "Energy",
    "climate": "Climate",
    "environment": "Environment",
    "health": "Health",
    "security_defence": "Security and defence",
    "space": "Space",
    "transport": "Transport",
    "agriculture": "Agriculture and food",
    "education": "Education and skills",
    "human_rights": "Human rights",
    "development": "Development",
    "infrastructure": "Infrastructure",
    "migration": "Migration",
    "finance": "Finance",
    "standards": "Standards",
    "materials": "Materials science",
    "disasters": "Disasters",
}

COMMITMENT_TYPES = {"agree", "pledge", "intend", "launch", "sign", "cooperate",
                    "review", "meet", "schedule"}
STATUSES = {"planned", "ongoing", "done"}
ACTOR_TYPES = {"country", "bloc", "organization", "person"}
DATE_TYPES = {"DATE", "TIME", "DURATION", "SET"}
SEGMENT_KINDS = {"heading", "paragraph", "list_item"}


def _pat(s):
    out = []
    for ch in s:
        out.append("[ \n]" if ch == " " else re.escape(ch))
    return "".join(out)


def _bounded(text, a, b):
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def find_all(text, s, bounded=True):
    res = []
    for m in re.finditer(_pat(s), text):
        if not bounded or _bounded(text, m.start(), m.end()):
            res.append((m.start(), m.end()))
    return res


def resolve(text, spec, lo=0, hi=None):
    """Return a list of (start, end) for a span spec, searching text[lo:hi]."""
    hi = len(text) if hi is None else hi
    if "[[" in spec:
        left, rest = spec.split("[[", 1)
        mid, right = rest.split("]]", 1)
        hits = [m for m in re.finditer(_pat(left + mid + right), text)
                if m.start() >= lo and m.end() <= hi]
        if len(hits) != 1:
            raise ValueError(f"context spec {spec!r}: {len(hits)} hits")
        a = hits[0].start() + len(left)
        return [(a, a + len(mid))]
    m = re.match(r"^(.*)@(\*|\d+)$", spec, re.S)
    if m:
        s, which = m.group(1), m.group(2)
    else:
        s, which = spec, None
    hits = [h for h in find_all(text, s) if h[0] >= lo and h[1] <= hi]
    if which == "*":
        if not hits:
            raise ValueError(f"spec {spec!r}: no hits")
        return hits
    if which is None:
        if len(hits) != 1:
            raise ValueError(f"spec {spec!r}: {len(hits)} hits")
        return hits
    n = int(which)
    if n > len(hits):
        raise ValueError(f"spec {spec!r}: only {len(hits)} hits")
    return [hits[n - 1]]


def span(text, a, b):
    return {"start": a, "end": b, "text": text[a:b]}


# ---------------------------------------------------------------- segmentation
BULLET = re.compile(r"^(?:[-*•–]|\d+\.|[a-z]\))[ \t]+")
MD_HEADING = re.compile(r"^#{1,6}[ \t]+")
ABBREV = {"mr", "mrs", "ms", "dr", "prof", "no", "art", "e.g", "i.e", "st", "vs",
          "etc", "jr", "sr", "ma", "gen", "u.s", "u.k", "u.n", "para", "nos"}


def _trim(text, a, b, markdown):
    """Trim white space and (markdown) leading/trailing markup from [a, b)."""
    changed = True
    while changed and a < b:
        changed = False
        while a < b and text[a].isspace():
            a += 1; changed = True
        while a < b and text[b - 1].isspace():
            b -= 1; changed = True
        if markdown:
            if text.startswith("**", a) and a + 2 <= b:
                a += 2; changed = True
            if b - 2 >= a and text[b - 2:b] == "**":
                b -= 2; changed = True
            if a < b and text[a] == "\\" and a + 1 < b and not text[a + 1].isalnum():
                a += 1; changed = True
            if a < b and text[b - 1] == "\\":
                b -= 1; changed = True
    return a, b


def segment(text, wrapped=False, markdown=False, labels=None):
    lines = []
    pos = 0
    for ln in text.split("\n"):
        lines.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    blocks = []  # (start, end, first_line_start)
    cur = None
    for (a, b) in lines:
        raw = text[a:b]
        if not raw.strip():
            if cur: blocks.append(cur); cur = None
            continue
        lead = len(raw) - len(raw.lstrip())
        body = raw.lstrip()
        is_item = bool(BULLET.match(body)) and not body.startswith("**")
        is_head = markdown and bool(MD_HEADING.match(body))
        if not wrapped or cur is None or is_item or is_head:
            if cur: blocks.append(cur)
            cur = [a + lead, b]
            if is_head or not wrapped:
                blocks.append(cur); cur = None
        else:
            cur[1] = b
    if cur: blocks.append(cur)
    segs = []
    for a, b in blocks:
        body = text[a:b]
        kind = "paragraph"
        m = MD_HEADING.match(body) if markdown else None
        if m:
            kind = "heading"; a += m.end()
            while b > a and text[b - 1] in "# \t": b -= 1
        else:
            m = BULLET.match(body)
            if m and not body.startswith("**"):
                kind = "list_item"; a += m.end()
        a, b = _trim(text, a, b, markdown)
        if a >= b or not any(c.isalnum() for c in text[a:b]):
            continue  # e.g. an end marker "\###"
        seg = {"kind": kind, "start": a, "end": b}
        t = text[a:b]
        if kind == "paragraph":
            if len(t.split()) <= 8 and t[-1] not in ".!?:;,”’\"" and "\n" not in t:
                seg["kind"] = "heading"
        if kind == "list_item":
            lm = re.match(r"^(?:\*\*)?([A-Z][^:.\n*]{0,60}?)(?::\*\*|\*\*:|:)\s", t)
            if lm and len(lm.group(1).split()) <= 6:
                seg["label"] = lm.group(1)
        segs.append(seg)
    if labels:
        for seg in segs:
            key = text[seg["start"]:seg["end"]][:30]
            for k, v in labels.items():
                if key.startswith(k):
                    if v is None: seg.pop("label", None)
                    else: seg["label"] = v
    return segs


def sentences(text, segs, markdown=False, no_split=(), extra_split=()):
    out = []
    for i, seg in enumerate(segs):
        a, b = seg["start"], seg["end"]
        if seg["kind"] == "heading":
            out.append({"start": a, "end": b, "segment": i}); continue
        cuts = []
        j = a
        while j < b:
            ch = text[j]
            if ch in ".!?":
                k = j + 1
                while k < b and text[k] in "”’\")]*":
                    k += 1
                if k >= b:
                    break
                if text[k].isspace():
                    n = k
                    while n < b and text[n].isspace(): n += 1
                    nxt = text[n] if n < b else ""
                    if nxt and (nxt.isupper() or nxt.isdigit() or nxt in "“‘\"(*"):
                        w = re.search(r"([A-Za-z.]+)$", text[a:j])
                        word = w.group(1).lower() if w else ""
                        single = bool(re.search(r"(?:^|[\s(])[A-Z]$", text[a:j]))
                        if ch == "." and (word in ABBREV or single):
                            pass
                        elif j + 1 in no_split:
                            pass
                        else:
                            cuts.append((k, n))
                j = k
                continue
            j += 1
        for (k, n) in extra_split:
            if a < k < b: cuts.append((k, n))
        cuts.sort()
        s = a
        for k, n in cuts:
            x, y = _trim(text, s, k, markdown)
            out.append({"start": x, "end": y, "segment": i}); s = n
        x, y = _trim(text, s, b, markdown)
        out.append({"start": x, "end": y, "segment": i})
    return out
