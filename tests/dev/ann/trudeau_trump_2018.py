import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("ca-pm-2018-05-14-trudeau-speaks-president-united-states-trump")
TRUDEAU, TRUMP = "justin-trudeau", "donald-j-trump"
BOTH = [TRUDEAU, TRUMP]
actors = [
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau")]),
    dict(id=TRUMP, type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=["Donald Trump", "Donald J. Trump", ("Trump", 3)]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [
    ("Today", "DATE", "2018-05-14"),
    ("June 8", "DATE", "2018-06-08"),
    ("9, 2018", "DATE", "2018-06-09"),
]
topics = {"trade": ["North American Free Trade Agreement"]}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("spoke", 1),
         action=d.rng("with the President of the United States", "Donald J. Trump", after="spoke"),
         dates=["2018-05-14"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 1),
         action=d.rng("the progress being made", "prompt conclusion")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 2),
         action="geopolitical issues, including developments in the Middle East"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
