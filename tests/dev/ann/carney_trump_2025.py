import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("ca-pm-2025-04-29-carney-speaks-president-united-states-trump")
CARNEY, TRUMP = "mark-carney", "donald-j-trump"
BOTH = [CARNEY, TRUMP]
actors = [
    dict(id=CARNEY, type="person", name="Mark Carney", role="Prime Minister", affiliation="CA",
         mentions=[("Carney", 1), "Mark Carney", ("Carney", 3)]),
    dict(id=TRUMP, type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=[d.all("Donald J. Trump"), ("Trump", 3)]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="CA", type="country", name="Canada", mentions=["Canada"]),
]
dates = [("Today", "DATE", "2025-04-29")]
topics = {}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("spoke", 1),
         action=d.rng("with the President of the United States", "Donald J. Trump", after="spoke"),
         dates=["2025-04-29"]),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 2),
         action="meet in person in the near future"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
