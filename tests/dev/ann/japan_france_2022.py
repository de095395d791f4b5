import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-kantei-2022-06-01-japan-france-summit-telephone-talk")
KISHIDA, MACRON = "kishida-fumio", "emmanuel-macron"
BOTH = [KISHIDA, MACRON]
DAY = "2022-06-01"
actors = [
    dict(id=KISHIDA, type="person", name="Kishida Fumio", role="Prime Minister", affiliation="JP",
         mentions=["KISHIDA Fumio", d.all("Kishida")]),
    dict(id=MACRON, type="person", name="Emmanuel Macron", role="President", affiliation="FR",
         mentions=["Emmanuel Macron", d.all("Macron", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="FR", type="country", name="France", mentions=[d.all("France"), "French Republic"]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia")]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="KP", type="country", name="North Korea", mentions=["North Korea"]),
]
dates = [
    ("June 1, 2022", "DATE", DAY),
    (("June 1", 2), "DATE", DAY),
    ("8:03 p.m.", "TIME", "2022-06-01T20:03"),
    ("approximately 25 minutes", "DURATION", "PT25M", "APPROX"),
]
topics = {
    "human_rights": ["rule of law"],
    "security_defence": [("security", 1)],
    "agriculture": ["food security"],
    "energy": ["energy"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a summit telephone talk", "French Republic"),
         dates=[DAY, "2022-06-01T20:03", "PT25M"]),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="hopes to continue",
         action=d.rng("their close coordination", "rule of law")),
    dict(type="intend", status="planned", actors=[MACRON], trigger=("hopes", 2),
         action=d.rng("deepen cooperation with Japan", "security and economy")),
    dict(type="cooperate", status="planned", actors=BOTH, trigger="would cooperate",
         action=d.rng("support vulnerable countries", "food security and energy")),
    dict(type="cooperate", status="ongoing", actors=[KISHIDA], trigger="is actively engaged",
         action="outreach to leaders of Asian countries"),
    dict(type="intend", status="planned", actors=BOTH, trigger="would continue",
         action=d.rng("work closely together on regional", "in Africa")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
