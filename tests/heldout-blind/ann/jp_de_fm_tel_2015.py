import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-mofa-2015-09-25-japan-germany-foreign-ministers-telephone-talk")
KISHIDA, STEINMEIER = "fumio-kishida", "frank-walter-steinmeier"
BOTH = [KISHIDA, STEINMEIER]
actors = [
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Minister for Foreign Affairs", affiliation="JP",
         mentions=["Fumio Kishida", d.all("Kishida", skip=(1,))]),
    dict(id=STEINMEIER, type="person", name="Frank-Walter Steinmeier", role="Federal Minister for Foreign Affairs",
         affiliation="DE", mentions=["Frank-Walter Steinmeier", d.all("Steinmeier", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="DE", type="country", name="Germany", mentions=[d.all("Germany")]),
]
dates = [
    ("September 25, 2015", "DATE", "2015-09-25"),
    (("September 25", 2), "DATE", "2015-09-25"),
    ("5:45 p.m.", "TIME", "2015-09-25T17:45"),
    ("approximately 15 minutes", "DURATION", "PT15M", "APPROX"),
]
topics = {
    "security_defence": [d.all("security")],
    "migration": [d.all("refugees")],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a telephone talk with H.E.", "Germany"),
         dates=["2015-09-25", "2015-09-25T17:45", "PT15M"]),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="would like",
         action=d.rng("contribute to the peace", "between Japan and Germany")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action=d.rng("opinions on the situation", "into Europe")),
    dict(type="intend", status="planned", actors=BOTH, trigger="would maintain",
         action="close coordination"),
    dict(type="intend", status="planned", actors=BOTH, trigger="look into",
         action="what they can do to assist the refugees"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
