import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("nato-2023-07-12-no-partner-is-closer-than-japan")
STOLTENBERG, KISHIDA = "jens-stoltenberg", "fumio-kishida"
actors = [
    dict(id=STOLTENBERG, type="person", name="Jens Stoltenberg", role="Secretary General",
         affiliation="nato", mentions=["Jens Stoltenberg", ("Stoltenberg", 2)]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization", mentions=[d.all("NATO")]),
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Prime Minister", affiliation="JP",
         mentions=["Fumio Kishida"]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="CN", type="country", name="China", mentions=["China"]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea", mentions=["North Korea"]),
    dict(id="unsc", type="organization", name="United Nations Security Council",
         mentions=["UN Security Council"]),
]
dates = [
    ("12 Jul. 2023", "DATE", "2023-07-12"),
    ("Wednesday", "DATE", "2023-07-12"),
    ("12 July 2023", "DATE", "2023-07-12"),
]
topics = {
    "security_defence": ["arms control", "security", "military", "nuclear forces", "missile test"],
    "space": ["space"],
    "economic_security": ["supply chains", "resilience"],
    "research": ["innovation"],
}
commitments = [
    # "welcomed <a person> to the NATO Summit": hosting him at the summit, a meeting (not a stance).
    dict(type="meet", status="done", actors=[STOLTENBERG, KISHIDA], trigger=("welcomed", 1),
         action=d.rng("Japanese Prime Minister", "(12 July 2023)"), dates=["2023-07-12"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
