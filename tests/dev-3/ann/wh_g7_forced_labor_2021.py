import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, S, build, write

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse"))
d = Doc("wh-2021-06-13-fact-sheet-g7-to-announce-joint-actions-on-forced-labor-in-global-supply-chains-anticorruption-and-")
actors = [
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), "U.S."]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),
]
dates = [
    ("Today", "DATE", "2021-06-13"),
    ("last few weeks", "DURATION", "PXW"),
    ("June 3, 2021", "DATE", "2021-06-03"),
]
topics = {
    "human_rights": [d.all("forced labor"), d.all("Forced Labor"), "human rights", d.all("corruption"),
                     "Corruption", ("Corruption", 1, "Fight Against Corruption to"),
                     ("Corruption", 1, "vital work."), ("Corruption", 1, "democratic societies."),
                     "anticorruption", "democratic societies"],
    "economic_security": [d.all("supply chains"), "Supply Chains", "supply\nchains"],
    "cybersecurity": [d.all("ransomware"), d.all("Ransomware"), d.all("cyber"), d.all("critical infrastructure")],
    "finance": ["virtual currency", "money laundering"],
    "development": ["foreign assistance"],
}
# dedupe topic spans found twice by overlapping anchors
def dedupe(spans):
    from heldout import S as _S
    out, seen = [], set()
    for m in spans:
        ms = m if isinstance(m, list) else [_S(d, m)]
        for x in ms:
            if (x["start"], x["end"]) not in seen:
                seen.add((x["start"], x["end"])); out.append(x)
    return [out]
for k in topics:
    topics[k] = dedupe(topics[k])
G7 = ["g7"]
commitments = [
    dict(cls="finite_main", type="intend", status="ongoing", actors=["US"], trigger="is rallying",
         action=d.rng("the world’s democracies", "our shared values")),
    dict(cls="finite_main", type="agree", status="planned", actors=["biden", "g7"], trigger=("agreed", 1),
         action=d.rng("a set of concrete actions", "fighting corruption")),
    dict(cls="coordinated", type="pledge", status="planned", actors=G7, trigger=("committed", 1),
         action="protect individuals from forced labor"),
    dict(cls="nominal", type="pledge", status="planned", actors=G7, trigger=("commitment", 1, "We welcome the"),
         action=d.rng("ensure all global supply", "use of forced labor")),
    dict(cls="finite_main", type="pledge", status="planned", actors=["US", "g7"], trigger="are committed",
         action=d.rng("working together to urgently", "ransomware networks")),
    dict(cls="coordinated", type="sign", status="done", actors=["biden"], trigger="issued",
         action=d.rng("a National Security Study", "vital work"), dates=["2021-06-03"]),
    dict(cls="finite_main", type="pledge", status="planned", actors=["US", "g7"], trigger="is resolved",
         action=d.rng("taking meaningful actions", "cross-cutting priority")),
    dict(cls="nominal", type="pledge", status="planned", actors=G7, trigger=("commitment", 1, "G7 commitment"),
         action="take collective action in combatting corruption"),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=OUT)
for c in commitments:  # construction classes (classes-a.tsv)
    t = S(d, c["trigger"])
    print("CLASS\t%s\t%s\t%d\t%s" % (d.name, " ".join(t["text"].split()), t["start"], c["cls"]))
