import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2017-08-30-japan-australia-foreign-ministers-telephone-talk")
KONO, BISHOP = "taro-kono", "julie-bishop"
DAY = "2017-08-30"
actors = [
    dict(id=KONO, type="person", name="Taro Kono", role="Minister for Foreign Affairs", affiliation="JP",
         mentions=["Taro Kono", ("Kono", 2)]),
    dict(id=BISHOP, type="person", name="Julie Bishop", role="Minister for Foreign Affairs", affiliation="AU",
         mentions=["Julie Bishop"]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="AU", type="country", name="Australia",
         mentions=["Commonwealth of Australia", d.all("Australia", skip=(2,))]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="KP", type="country", name="North Korea", mentions=[d.all("North Korea")]),
    dict(id="CN", type="country", name="China", mentions=["China"]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["UNSC"]),
]
dates = [
    ("August 30, 2017", "DATE", DAY),
    ("Wednesday, August 30", "DATE", DAY),
    ("3:15 p.m.", "TIME", "2017-08-30T15:15"),
    ("approximately 20 minutes", "DURATION", "PT20M", "APPROX"),
]
topics = {
    "security_defence": ["missile launch"],
}
commitments = [
    dict(type="meet", status="done", actors=[KONO, BISHOP], trigger="held",
         action=d.rng("a telephone talk with", "Commonwealth of Australia"),
         dates=[DAY, "2017-08-30T15:15", "PT20M"]),
    dict(type="intend", status="planned", actors=[KONO], trigger="wishes",
         action=d.rng("ensure strict and full", "Japan-Australia-United States")),
    dict(type="cooperate", status="planned", actors=["JP", "AU", "US"], trigger="will coordinate closely",
         action=d.rng("in order to strengthen", "North Korea", after="will coordinate closely")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
