import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-mofa-2018-03-06-japan-australia-summit-telephone-talk")
ABE, TURNBULL = "shinzo-abe", "malcolm-turnbull"
BOTH = [ABE, TURNBULL]
actors = [
    dict(id=ABE, type="person", name="Shinzo Abe", role="Prime Minister", affiliation="JP",
         mentions=["Shinzo Abe", d.all("Abe", skip=(1,))]),
    dict(id=TURNBULL, type="person", name="Malcolm Turnbull", role="Prime Minister", affiliation="AU",
         mentions=["Malcolm Turnbull", d.all("Turnbull", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australia")]),
    dict(id="US", type="country", name="United States", mentions=["United States", "U.S."]),
]
dates = [
    ("March 6, 2018", "DATE", "2018-03-06"),
    (("March 6", 2), "DATE", "2018-03-06"),
    ("9:10 a.m.", "TIME", "2018-03-06T09:10"),
    ("approximately 20 minutes", "DURATION", "PT20M", "APPROX"),
]
topics = {
    "trade": ["trade", "TPP", "imports", "Trade Expansion Act"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("held", 1),
         action=d.rng("a telephone talk with the Hon.", "Prime Minister of Australia"),
         dates=["2018-03-06", "2018-03-06T09:10", "PT20M"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("held", 2),
         action=d.rng("an exchange of views", "Trade Expansion Act")),
    dict(type="intend", status="planned", actors=BOTH, trigger="would continue",
         action="communicate with each other closely"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
