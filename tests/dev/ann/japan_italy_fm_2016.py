import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2016-02-07-japan-italy-foreign-ministers-telephone-talk")
KISHIDA, GENTILONI = "fumio-kishida", "paolo-gentiloni"
BOTH = [KISHIDA, GENTILONI]
DAY = "2016-02-07"
actors = [
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["Fumio Kishida", d.all("Kishida", skip=(1,))]),
    dict(id=GENTILONI, type="person", name="Paolo Gentiloni",
         role="Minister for Foreign Affairs and International Cooperation", affiliation="IT",
         mentions=["Paolo Gentiloni", d.all("Gentiloni", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="IT", type="country", name="Italy", mentions=[d.all("Italy")]),
    dict(id="KP", type="country", name="North Korea", mentions=[d.all("North Korea")]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["United Nations Security Council", d.all("UNSC")]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [
    ("February 7, 2016", "DATE", DAY),
    ("Sunday, February 7", "DATE", DAY),
    ("around 10:10 p.m.", "TIME", "2016-02-07T22:10", "APPROX"),
    ("approximately 15 minutes", "DURATION", "PT15M", "APPROX"),
    ("last month", "DATE", "2016-01"),
    ("a single month", "DURATION", "P1M"),
    ("January", "DATE", "2016-01"),
    (("2016", 2), "DATE", "2016"),
    ("2017", "DATE", "2017"),
]
topics = {
    "security_defence": ["ballistic missile", ("nuclear test", 1), ("security", 1), "peace and security",
                         ("nuclear test", 2)],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a Japan-Italy Foreign Ministers’ telephone talk", "International Cooperation of Italy"),
         dates=[DAY, "2016-02-07T22:10", "PT15M"]),
    dict(type="intend", status="planned", actors=["IT"], trigger="intended",
         action="cooperate on this issue"),
    dict(type="intend", status="planned", actors=["JP", "IT"], trigger="would continue",
         action=d.rng("closely cooperate", "2016 and 2017"), dates=["2016", "2017"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
