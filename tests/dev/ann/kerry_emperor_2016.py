import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("us-state-2016-12-21-emperor-of-japans-birthday")
JK, BO = "john-kerry", "barack-obama"
actors = [
    dict(id=JK, type="person", name="John Kerry", role="Secretary of State", affiliation="US",
         mentions=["John Kerry"]),
    dict(id=BO, type="person", name="Barack Obama", role="President", affiliation="US",
         mentions=["Barack Obama", ("Obama", 2)]),
    dict(id="akihito", type="person", name="Akihito", role="Emperor", affiliation="JP",
         mentions=[d.all("Akihito")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="US", type="country", name="United States", mentions=["American", d.all("United States")]),
]
dates = [
    ("December 21, 2016", "DATE", "2016-12-21"),
    ("December 23", "DATE", "2016-12-23"),
    ("more than quarter-century", "DURATION", "P25Y", "MORE_THAN"),
    ("earlier this year", "DATE", "2016"),
]
topics = {
    "security_defence": ["nuclear weapons"],
    "space": ["space"],
    "environment": ["environment"],
    "health": ["healthcare"],
    "human_rights": ["human rights"],
}
commitments = [
    # "President Obama and I ..., along with our Japanese hosts, reaffirmed our commitment"
    dict(type="pledge", status="planned", actors=[BO, JK, "JP"], trigger="reaffirmed our commitment",
         action=d.rng("creating a world", "nuclear weapons"), dates=["2016"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
