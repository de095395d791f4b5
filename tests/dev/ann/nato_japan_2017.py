import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("nato-2017-10-31-secretary-general-nato-japan-natural-partners")
JS, AB = "jens-stoltenberg", "shinzo-abe"
actors = [
    dict(id=JS, type="person", name="Jens Stoltenberg", role="Secretary General", affiliation="nato",
         mentions=["Jens Stoltenberg"]),
    dict(id=AB, type="person", name="Shinzo Abe", role="Prime Minister", affiliation="JP",
         mentions=["Shinzo Abe", ("Abe", 2)]),
    dict(id="nato", type="organization", name="NATO", mentions=[d.all("NATO")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="KP", type="country", name="North Korea", mentions=[d.all("North Korea")]),
]
dates = [
    ("31 Oct. 2017", "DATE", "2017-10-31"),
    ("Tuesday", "DATE", "2017-10-31"),
    ("31 October 2017", "DATE", "2017-10-31"),
]
topics = {
    "security_defence": ["nuclear and ballistic missile programmes"],
}
commitments = [
    dict(type="meet", status="done", actors=[JS, AB], trigger="met",
         action=d.rng("with Japanese Prime Minister", "visit to the region"), dates=["2017-10-31"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
