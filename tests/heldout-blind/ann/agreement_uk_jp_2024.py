import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("uk-gov-2024-06-14-pm-meeting-prime-minister-kishida-japan")
KISHIDA = "fumio-kishida"
BOTH = ["GB", KISHIDA]  # "The Prime Minister" (unnamed UK PM) resolves to GB
actors = [
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Prime Minister", affiliation="JP",
         mentions=[("Kishida", 1), "Fumio Kishida", ("Kishida", 3)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="IT", type="country", name="Italy", mentions=["Italy"]),
]
dates = [
    ("14 June 2024", "DATE", "2024-06-14"),
    ("later in the month", "DATE", "2024-06"),
    ("one-year", "DURATION", "P1Y"),
]
topics = {
    "ai": ["AI"],
    "trade": ["CPTPP"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("with Fumio Kishida", "G7 Summit in Italy")),
    dict(type="review", status="done", actors=BOTH, trigger="reflected",
         action=d.rng("the one-year anniversary", "delivering on its commitments"), dates=["P1Y"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("continued areas of deeper cooperation", "including on AI"), dates=["P1Y"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "agreement"))
