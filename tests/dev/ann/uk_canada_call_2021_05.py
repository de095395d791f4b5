import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2021-05-28-pm-call-canadian-prime-minister-justin-trudeau")
TR = "justin-trudeau"
BOTH = ["GB", TR]  # "The Prime Minister" (unnamed UK PM) resolves to GB (dev notes 1)
actors = [
    dict(id=TR, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau"), ("Trudeau", 3)]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canadian"), d.all("Canada")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
]
dates = [
    ("28 May 2021", "DATE", "2021-05-28"),
    ("this afternoon", "TIME", "2021-05-28TAF"),
    ("next month", "DATE", "2021-06"),
    ("two weeks", "DURATION", "P2W"),
]
topics = {
    "climate": ["climate change"],
    "health": ["coronavirus vaccines"],
    "human_rights": ["gender equality"],
    "education": ["education"],
    "trade": ["Free Trade deal", "CPTPP"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action=d.rng("Canadian Prime Minister Justin Trudeau this afternoon", "next month"),
         dates=["2021-05-28TAF", "2021-06"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("strengthening the relationship", "foreign policy issues")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
