import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("eu-com-2017-07-11-malmstrom-hails-strategic-alliance-with-japan")
actors = [
    dict(id="cecilia-malmstrom", type="person", name="Cecilia Malmström", role="Trade Commissioner",
         affiliation="EU", mentions=[("Malmström", 1), "Cecilia Malmström"]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), d.all("Japanese")]),
    dict(id="KR", type="country", name="Republic of Korea", mentions=["South Korea"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["Commission"]),
]
dates = [
    ("11 July 2017", "DATE", "2017-07-11"),
    ("today", "DATE", "2017-07-11"),
    ("last week", "DATE", "2017-W27"),
]
topics = {
    "trade": ["free trade", "trading", "tariffs", "exports", ("trade", 2), "non-tariff barriers",
              ("trade", 3), d.all("protectionism")],
    "agriculture": [d.all("food")],
    "environment": ["environment"],
    "human_rights": ["labour standards"],
}
commitments = []
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
