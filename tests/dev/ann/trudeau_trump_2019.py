import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("ca-pm-2019-12-09-trudeau-speaks-president-united-states-trump")
TR, DT = "justin-trudeau", "donald-trump"
actors = [
    dict(id=TR, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau")]),
    dict(id=DT, type="person", name="Donald Trump", role="President", affiliation="US",
         mentions=[d.all("Donald Trump")]),
    dict(id="US", type="country", name="United States",
         mentions=["United States of America", ("United States", 2)]),
]
dates = [
    ("today", "DATE", "2019-12-09"),
]
topics = {
    "trade": ["North American Free Trade Agreement"],
}
commitments = [
    dict(type="meet", status="done", actors=[TR, DT], trigger=("spoke", 1),
         action=d.rng("today with United States", "Free Trade Agreement"), dates=["2019-12-09"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
