import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-kantei-2024-07-06-japan-uk-summit-telephone-talk")
KISHIDA, STARMER = "kishida-fumio", "keir-starmer"
BOTH = [KISHIDA, STARMER]
actors = [
    dict(id=KISHIDA, type="person", name="Kishida Fumio", role="Prime Minister", affiliation="JP",
         mentions=["KISHIDA Fumio", d.all("Kishida")]),
    dict(id=STARMER, type="person", name="Keir Starmer", role="Prime Minister", affiliation="GB",
         mentions=["Keir Starmer", d.all("Starmer", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="GB", type="country", name="United Kingdom",
         mentions=[d.all("UK"), "United Kingdom of Great Britain and Northern Ireland", ("United Kingdom", 2)]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
]
dates = [
    ("July 6, 2024", "DATE", "2024-07-06"),
    (("July 6", 2), "DATE", "2024-07-06"),
    ("4:10 p.m.", "TIME", "2024-07-06T16:10"),
    ("approximately 10 minutes", "DURATION", "PT10M", "APPROX"),
]
topics = {
    "security_defence": ["security", "Global Combat Air Programme", "GCAP"],
    "human_rights": ["rule of law"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a summit telephone talk", "Northern Ireland"),
         dates=["2024-07-06", "2024-07-06T16:10", "PT10M"]),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="conveyed his intention",
         action=d.rng("closely collaborate with Prime Minister Starmer", "rule of law")),
    dict(type="intend", status="planned", actors=[STARMER], trigger="intended",
         action=d.rng("work with Prime Minister Kishida", "even closer")),
    dict(type="pledge", status="planned", actors=BOTH, trigger=("affirmed", 1),
         action="their close collaboration"),
    dict(type="intend", status="planned", actors=BOTH, trigger="continue",
         action=d.rng("promote cooperation between", "(GCAP)")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action=d.rng("views on regional affairs", "various global issues")),
    dict(type="pledge", status="planned", actors=BOTH, trigger=("affirmed", 3),
         action="their collaboration"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
