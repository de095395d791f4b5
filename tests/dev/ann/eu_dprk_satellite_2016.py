import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("eu-eeas-2016-02-04-dprk-announcement-satellite-launch-spokesperson")
actors = [
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=[d.all("DPRK"), "Democratic People's Republic of Korea"]),
    dict(id="EU", type="bloc", name="European Union", mentions=["EU"]),
    dict(id="un", type="organization", name="United Nations", mentions=["United Nations"]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=[d.all("UN Security Council")]),
]
dates = [
    ("04/02/2016", "DATE", "2016-02-04"),
    ("later this month", "DATE", "2016-02"),
    ("6 January", "DATE", "2016-01-06"),
]
topics = {
    "space": [d.all("satellite")],
    "security_defence": ["ballistic missile", "nuclear test", "peace and security",
                         ("security", 1, "will not find")],
}
commitments = [
    # "has notified ... that it intends to launch": the DPRK's own announced intention
    dict(type="intend", status="planned", actors=["KP"], trigger="intends",
         action="launch a 'satellite' later this month", dates=["2016-02"]),
    # "We" of the Spokesperson's statement: the EU
    dict(type="intend", status="planned", actors=["EU"], trigger="will be closely monitoring",
         action=d.rng("developments", "UN Security Council", after="will be closely")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
