import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("nato-2016-12-15-secretary-general-stresses-nato-eu-cooperation")
JS = "jens-stoltenberg"
actors = [
    dict(id=JS, type="person", name="Jens Stoltenberg", role="Secretary General", affiliation="nato",
         mentions=["Jens Stoltenberg", ("Stoltenberg", 2)]),
    dict(id="nato", type="organization", name="NATO", mentions=[d.all("NATO")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU")]),
]
dates = [
    ("15 Dec. 2016", "DATE", "2016-12-15"),
    ("Thursday", "DATE", "2016-12-15"),
    ("15 December 2016", "DATE", "2016-12-15"),
]
topics = {
    "security_defence": [("defence", 1), "security", ("defence", 2)],
}
commitments = [
    # "EU leaders": unnamed officials resolve to their entity (corpus decision 8)
    dict(type="meet", status="done", actors=[JS, "EU"], trigger="met",
         action=d.rng("with EU leaders", "NATO-EU cooperation"), dates=["2016-12-15"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
