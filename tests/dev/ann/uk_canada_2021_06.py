import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2021-06-11-pm-meeting-canadian-prime-minister-trudeau")
TR = "justin-trudeau"
BOTH = ["GB", TR]  # "The Prime Minister" (unnamed UK PM) resolves to GB (dev notes 1)
actors = [
    dict(id=TR, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[("Trudeau", 1), "Justin Trudeau", ("Trudeau", 3)]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canadian"), d.all("Canada")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="CN", type="country", name="China", mentions=["China"]),
    dict(id="IR", type="country", name="Iran", mentions=["Iran"]),
    dict(id="ukraine-international-airlines", type="organization",
         name="Ukraine International Airlines", mentions=["Ukraine International Airlines"]),
]
dates = [
    ("11 June 2021", "DATE", "2021-06-11"),
    ("today", "DATE", "2021-06-11"),
    ("last year", "DATE", "2020"),
    ("this weekend", "DATE", "2021-W23-WE"),
]
topics = {
    "health": ["coronavirus vaccination programme", "pandemic"],
    "education": ["education"],
    "human_rights": ["media freedom", "human rights"],
    "climate": ["climate change"],
    "trade": ["Free Trade Agreement", "FTA"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("Canadian Prime Minister Justin Trudeau", "Cornwall today"), dates=["2021-06-11"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 1),
         action=d.rng("their countries respective", "defeat the pandemic")),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 1),
         action="continue working closely together to share insights and information"),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 3),
         action="redouble their efforts to secure an FTA as soon as possible"),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 2),
         action="a number of foreign policy issues including China and Iran"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
