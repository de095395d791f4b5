import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2012-04-02-japan-australia-foreign-ministers-telephone-talk")
GE, CA = "koichiro-gemba", "bob-carr"
BOTH = [GE, CA]
actors = [
    dict(id=GE, type="person", name="Koichiro Gemba", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["Koichiro Gemba", ("Gemba", 2), ("Gemba", 3)]),
    dict(id=CA, type="person", name="Bob Carr", role="Minister for Foreign Affairs",
         affiliation="AU", mentions=["Bob Carr", ("Carr", 2), ("Carr", 3), ("Carr", 4), ("Carr", 5)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australia")]),
    dict(id="KP", type="country", name="North Korea", mentions=[d.all("North Korea")]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["Security Council"]),
]
dates = [
    ("April 2, 2012", "DATE", "2012-04-02"),
    ("Monday, April 2", "DATE", "2012-04-02"),
]
topics = {
    "security_defence": [("missile", 1), ("missile", 2), "security"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a telephone talk with", "Foreign Affairs of Australia"), dates=["2012-04-02"]),
    dict(type="intend", status="planned", actors=[GE], trigger="would like",
         action=d.rng("work closely with Minister Carr", "Asia-Pacific region")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action=d.rng("views on North Korea's", "launch of a missile")),
    dict(type="intend", status="planned", actors=["JP", "AU"], trigger="would also work closely",
         action="urge North Korea to exercise restraint"),
    dict(type="intend", status="planned", actors=["AU"], trigger="would continue",
         action="its cooperation"),
    dict(type="cooperate", status="planned", actors=["JP", "AU"], trigger="will coordinate",
         action=d.rng("holding Japan-Australia Joint", "talks) promptly")),
    dict(type="agree", status="planned", actors=BOTH, trigger="agreed",
         action=d.rng("utilize the opportunities", "exchanges of views")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
