import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("ca-pm-2019-01-09-trudeau-speaks-president-european-council-tusk")
TR, TU = "justin-trudeau", "donald-tusk"
BOTH = [TR, TU]
actors = [
    dict(id=TR, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau"), ("Trudeau", 3)]),
    dict(id=TU, type="person", name="Donald Tusk", role="President of the European Council",
         affiliation="EU", mentions=[d.all("Donald Tusk"), ("Tusk", 3)]),
    dict(id="european-council", type="organization", name="European Council",
         mentions=[d.all("European Council")]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada"), "Canadian"]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("European Union"), d.all("EU")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["Britain"]),
    dict(id="CN", type="country", name="China", mentions=["China"]),
]
dates = [
    ("Today", "DATE", "2019-01-09"),
    ("year ahead", "DATE", "2019"),
]
topics = {
    "human_rights": ["rule of law", "arbitrary detention", "judicial independence"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("spoke", 1),
         action=d.rng("with Donald Tusk", "European Council", after="Today"), dates=["2019-01-09"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("priorities for the relationship", "the year ahead"), dates=["2019"]),
    dict(type="pledge", status="planned", actors=[TR], trigger="reiterated Canada’s commitment",
         action=d.rng("help ensure a smooth", "partner of both")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action="perspectives on key international challenges"),
    dict(type="pledge", status="planned", actors=BOTH,
         trigger="reaffirmed Canada’s and the EU’s shared commitment",
         action=d.rng("core values", "rule of law")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
