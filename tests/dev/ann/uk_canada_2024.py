import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2024-07-11-pm-meeting-prime-minister-trudeau-canada")
TR = "justin-trudeau"
BOTH = ["GB", TR]  # "The Prime Minister" (unnamed UK PM) resolves to GB (dev notes 1)
actors = [
    dict(id=TR, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[("Trudeau", 1), "Justin Trudeau", ("Trudeau", 3)]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada"), "Canadian"]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["UK"]),
    dict(id="nato", type="organization", name="NATO", mentions=["NATO"]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="IL", type="country", name="Israel", mentions=["Israel"]),
    dict(id="commonwealth", type="organization", name="Commonwealth", mentions=[d.all("Commonwealth")]),
]
dates = [
    ("11 July 2024", "DATE", "2024-07-11"),
    ("this afternoon", "TIME", "2024-07-11TAF"),
    ("later this year", "DATE", "2024"),
]
topics = {}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("with Canadian Prime Minister", "this afternoon"), dates=["2024-07-11TAF"]),
    dict(type="intend", status="planned", actors=BOTH, trigger="must continue",
         action="stand alongside Ukraine for as long as it takes"),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 4),
         action=d.rng("work more closely together", "with the Commonwealth"), dates=["2024"]),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 5),
         action=d.rng("keep in touch", "later this year"), dates=["2024"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
