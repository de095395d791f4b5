import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2019-12-21-pm-call-prime-minister-abe")
ABE = "abe"
BOTH = ["GB", ABE]  # "The Prime Minister" (unnamed UK PM) resolves to GB (dev notes 1)
actors = [
    dict(id=ABE, type="person", name="Shinzo Abe", role="Prime Minister", affiliation="JP",
         mentions=[d.all("Abe")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="EU", type="bloc", name="European Union", mentions=["EU"]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["UK"]),
]
dates = [
    ("21 December 2019", "DATE", "2019-12-21"),
    ("next year", "DATE", "2020"),
]
topics = {
    "security_defence": ["security", "defence"],
    "trade": ["trade agreement", "EU-Japan Economic Partnership Agreement"],
    "climate": ["climate change"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action=d.rng("Prime Minister Abe of Japan", "Japan", after="spoke")),
    dict(type="agree", status="planned", actors=BOTH, trigger="agreed",
         action=d.rng("continue to strengthen", "Economic Partnership Agreement")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("the importance of our", "climate change"), dates=["2020"]),
    dict(type="meet", status="planned", actors=["GB"], trigger="is hosting",
         action="Glasgow next year", dates=["2020"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
