import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("ca-pm-2020-08-25-trudeau-speaks-prime-minister-new-zealand-ardern")
TRUDEAU, ARDERN = "justin-trudeau", "jacinda-ardern"
BOTH = [TRUDEAU, ARDERN]
actors = [
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau"), ("Trudeau", 3)]),
    dict(id=ARDERN, type="person", name="Jacinda Ardern", role="Prime Minister", affiliation="NZ",
         mentions=[d.all("Jacinda Ardern"), ("Ardern", 3)]),
    dict(id="NZ", type="country", name="New Zealand", mentions=[d.all("New Zealand")]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada")]),
]
dates = [("Today", "DATE", "2020-08-25")]
topics = {
    "health": ["COVID-19", ("pandemic", 2), "health", "vaccine"],
    "trade": ["Global Trade and Gender Arrangement"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("spoke", 1),
         action="with the Prime Minister of New Zealand, Jacinda Ardern", dates=["2020-08-25"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 1),
         action=d.rng("recent developments", "around the world")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("exchanged", 1),
         action=d.rng("views on their respective", "economic impacts")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 2),
         action=d.rng("the importance of vaccine", "all countries")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("spoke", 2),
         action=d.rng("about their shared desire", "includes everyone")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("exchanged", 2),
         action="views on international issues"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
