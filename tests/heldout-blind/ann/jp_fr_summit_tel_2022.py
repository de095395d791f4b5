import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-kantei-2022-07-12-japan-france-summit-telephone-talk")
KISHIDA, MACRON = "kishida-fumio", "emmanuel-macron"
actors = [
    dict(id=KISHIDA, type="person", name="Kishida Fumio", role="Prime Minister", affiliation="JP",
         mentions=["KISHIDA Fumio", d.all("Kishida")]),
    dict(id=MACRON, type="person", name="Emmanuel Macron", role="President", affiliation="FR",
         mentions=["Emmanuel Macron", d.all("Macron", skip=(1,))]),
    dict(id="abe", type="person", name="Shinzo Abe", role="former Prime Minister", affiliation="JP",
         mentions=[d.all("Abe")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="FR", type="country", name="France", mentions=[d.all("France"), "French Republic"]),
]
dates = [
    ("July 12, 2022", "DATE", "2022-07-12"),
    (("July 12", 2), "DATE", "2022-07-12"),
    ("6:07 p.m.", "TIME", "2022-07-12T18:07"),
    ("approximately 15 minutes", "DURATION", "PT15M", "APPROX"),
]
topics = {
    "human_rights": [d.all("democracy")],
}
commitments = [
    dict(type="meet", status="done", actors=[KISHIDA, MACRON], trigger="held",
         action=d.rng("a telephone talk with H.E.", "French Republic"),
         dates=["2022-07-12", "2022-07-12T18:07", "PT15M"]),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="would not give in",
         action="violence", negated=True),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="would defend",
         action=("democracy", 2)),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="strive",
         action="further strengthen the Japan-France relationship"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
