import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("nato-2023-07-11-short-remarks-stoltenberg-prime-minister-australia-albanese")
STOLTENBERG, ALBANESE = "jens-stoltenberg", "anthony-albanese"
actors = [
    dict(id=STOLTENBERG, type="person", name="Jens Stoltenberg", role="Secretary General",
         affiliation="nato", mentions=["Jens Stoltenberg"]),
    dict(id=ALBANESE, type="person", name="Anthony Albanese", role="Prime Minister", affiliation="AU",
         mentions=["Anthony Albanese", ("Albanese", 2)]),
    dict(id="nato", type="organization", name="NATO", mentions=[d.all("NATO")]),
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australia")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
]
dates = [
    ("11 Jul. 2023", "DATE", "2023-07-11"),
    ("every day", "SET", "P1D"),
]
topics = {
    "security_defence": [("security", 1), ("security", 2), "military", ("security", 3), "hybrid threats"],
    "cybersecurity": ["cyber"],
}
commitments = [
    dict(type="intend", status="ongoing", actors=["nato", "AU"], trigger="work together",
         action=d.rng("issues like cyber", "countering hybrid threats")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
