import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2013-08-02-japan-us-foreign-ministers-telephone-talk")
KI, KE = "fumio-kishida", "john-f-kerry"
BOTH = [KI, KE]
actors = [
    dict(id=KI, type="person", name="Fumio Kishida", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["Fumio Kishida"] + [("Kishida", n) for n in range(2, 8)]),
    dict(id=KE, type="person", name="John F. Kerry", role="Secretary of State", affiliation="US",
         mentions=["John F. Kerry"] + [("Kerry", n) for n in range(2, 7)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="US", type="country", name="United States", mentions=["U.S.", "United States of America"]),
    dict(id="IL", type="country", name="Israel", mentions=[d.all("Israel"), "Israeli"]),
    dict(id="PS", type="country", name="Palestine", mentions=[d.all("Palestine"), d.all("Palestinian")]),
    dict(id="SY", type="country", name="Syria", mentions=["Syrian"]),
]
dates = [
    ("August 2, 2013", "DATE", "2013-08-02"),
    (("August 2", 2), "DATE", "2013-08-02"),
    ("11:30 a.m.", "TIME", "2013-08-02T11:30"),
    ("approximately 20 minutes", "DURATION", "PT20M", "APPROX"),
    ("last week", "DATE", "2013-W30"),
]
topics = {}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("telephone talks with", "United States of America"),
         dates=["2013-08-02", "2013-08-02T11:30", "PT20M"]),
    dict(type="intend", status="planned", actors=BOTH, trigger="will continue",
         action="cooperate and work for peace in the Middle East"),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action="views on the Syrian issue and Asia-Pacific regional affairs"),
    dict(type="intend", status="planned", actors=BOTH, trigger="remain",
         action="close contact"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
