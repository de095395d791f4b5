import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("us-state-2011-06-30-canada-day")
HRC = "hillary-rodham-clinton"
BOTH = ["CA", "US"]  # "We" of "Canada and the United States share ... We have come together"
actors = [
    dict(id=HRC, type="person", name="Hillary Rodham Clinton", role="Secretary of State",
         affiliation="US", mentions=["Hillary Rodham Clinton"]),
    dict(id="obama", type="person", name="Barack Obama", role="President", affiliation="US",
         mentions=["Obama"]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), "Americans"]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada"), "Canadians"]),
]
dates = [
    ("June 30, 2011", "DATE", "2011-06-30"),
    ("this July 1", "DATE", "2011-07-01"),
    ("21st century", "DATE", "20"),
]
topics = {}
commitments = [
    dict(type="cooperate", status="done", actors=BOTH, trigger="have come together",
         action=d.rng("trade, exchange perspectives", "and the world")),
    dict(type="intend", status="planned", actors=BOTH, trigger="will continue",
         action=d.rng("work closely together", "21st century"), dates=["20"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
