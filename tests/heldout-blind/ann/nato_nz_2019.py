import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("nato-2019-08-06-new-zealand-one-of-natos-closest-global-partners")
STOLTENBERG, ARDERN = "jens-stoltenberg", "jacinda-ardern"
actors = [
    dict(id=STOLTENBERG, type="person", name="Jens Stoltenberg", role="Secretary General",
         affiliation="nato", mentions=["Jens Stoltenberg", ("Stoltenberg", 2)]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization", mentions=[d.all("NATO")]),
    dict(id="NZ", type="country", name="New Zealand", mentions=[d.all("New Zealand")]),
    dict(id=ARDERN, type="person", name="Jacinda Ardern", role="Prime Minister", affiliation="NZ",
         mentions=["Jacinda Ardern"]),
    dict(id="AF", type="country", name="Afghanistan", mentions=["Afghanistan"]),
]
dates = [
    ("06 Aug. 2019", "DATE", "2019-08-06"),
    ("Tuesday", "DATE", "2019-08-06"),
    ("6 August 2019", "DATE", "2019-08-06"),
]
topics = {
    "security_defence": ["security", "piracy", "terrorism"],
}
commitments = [
    # reported joint action inside "highlighted that ...": NATO and New Zealand's own commitment
    dict(type="cooperate", status="done", actors=["nato", "NZ"], trigger="have worked together",
         action=d.rng("end conflicts", "patrol the Mediterranean")),
    dict(type="cooperate", status="done", actors=[STOLTENBERG, ARDERN], trigger="discussed",
         action=d.rng("with the Prime Minister New Zealand", "in Afghanistan")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
