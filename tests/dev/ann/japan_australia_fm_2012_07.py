import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2012-07-09-japan-australia-foreign-ministers-meeting")
GE, CA = "koichiro-gemba", "bob-carr"
BOTH = [GE, CA]
actors = [
    dict(id=GE, type="person", name="Koichiro Gemba", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["Koichiro Gemba", ("Gemba", 2), ("Gemba", 3)]),
    dict(id=CA, type="person", name="Bob Carr", role="Minister for Foreign Affairs",
         affiliation="AU", mentions=["Bob Carr", ("Carr", 2), ("Carr", 3)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australia")]),
    dict(id="AF", type="country", name="Afghanistan", mentions=[d.all("Afghanistan")]),
    dict(id="MM", type="country", name="Myanmar", mentions=["Myanmar"]),
    dict(id="asean", type="bloc", name="ASEAN", mentions=["ASEAN"]),
]
dates = [
    ("July 9, 2012", "DATE", "2012-07-09"),
    ("Monday, July 9", "DATE", "2012-07-09"),
    ("6:50 p.m.", "TIME", "2012-07-09T18:50"),
    ("approximately 30 minutes", "DURATION", "PT30M", "APPROX"),
]
topics = {
    "security_defence": ["security"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a meeting with Senator", "Foreign Affairs of Australia"),
         dates=["2012-07-09", "2012-07-09T18:50", "PT30M"]),
    dict(type="intend", status="planned", actors=["JP"], trigger="has an intention",
         action=d.rng("continuously play", "jointly with Australia")),
    dict(type="intend", status="planned", actors=["JP", "AU"], trigger="would continue",
         action=d.rng("seize opportunities", '("2+2")')),
    dict(type="agree", status="planned", actors=BOTH, trigger="agreed",
         action=d.rng("advance collaboration", "Forum (ARF)")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
