import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("us-state-2016-05-04-japans-childrens-day")
actors = [
    dict(id="john-kerry", type="person", name="John Kerry", role="Secretary of State", affiliation="US",
         mentions=["John Kerry"]),
    dict(id="obama", type="person", name="Barack Obama", role="President", affiliation="US",
         mentions=["Obama"]),
    dict(id="US", type="country", name="United States", mentions=[d.all("American")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
]
dates = [
    ("May 4, 2016", "DATE", "2016-05-04"),
    ("every day", "SET", "P1D"),
    ("today", "DATE", "2016-05-04"),
]
topics = {}
commitments = []
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
