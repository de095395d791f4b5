import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2016-09-13-japan-italy-foreign-ministers-telephone-talk")
KISHIDA, GENTILONI = "fumio-kishida", "paolo-gentiloni"
BOTH = [KISHIDA, GENTILONI]
DAY = "2016-09-13"
actors = [
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["Fumio Kishida", d.all("Kishida", skip=(1,))]),
    dict(id=GENTILONI, type="person", name="Paolo Gentiloni",
         role="Minister of Foreign Affairs and International Cooperation", affiliation="IT",
         mentions=["Paolo Gentiloni", d.all("Gentiloni", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="IT", type="country", name="Italy", mentions=[d.all("Italy")]),
    dict(id="KP", type="country", name="North Korea", mentions=[d.all("North Korea")]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["UN Security Council", d.all("UNSC")]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [
    ("September 13, 2016", "DATE", DAY),
    (("September 13", 2), "DATE", DAY),
    ("4:40 p.m.", "TIME", "2016-09-13T16:40"),
    ("approximately 10 minutes", "DURATION", "PT10M", "APPROX"),
    ("this year", "DATE", "2016"),
    (("next year", 1), "DATE", "2017"),
    (("next year", 2), "DATE", "2017"),
]
topics = {
    "security_defence": [d.all("nuclear test"), "peace and security"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a Japan-Italy Foreign Ministers’ telephone talk", "International Cooperation of Italy"),
         dates=[DAY, "2016-09-13T16:40", "PT10M"]),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="expressed Japan’s intention",
         action=d.rng("closely cooperate with Italy", "by the international community")),
    dict(type="agree", status="planned", actors=BOTH, trigger="shared the view",
         action=d.rng("closely cooperate between Japan", "pressure on North Korea"), dates=["2016", "2017"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
