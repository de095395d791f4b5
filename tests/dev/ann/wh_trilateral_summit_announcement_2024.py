import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2024-03-18-statement-from-press-secretary-karine-jean-pierre-on-the-upcoming-trilateral-leaders-summit-of-the-")
BIDEN, MARCOS, KISHIDA = "biden", "ferdinand-r-marcos-jr", "kishida-fumio"
THREE = [BIDEN, MARCOS, KISHIDA]
# "April 11to" (typo): the date is the first eight characters.
s, _ = d.find("April 11to")
april11_2 = {"start": s, "end": s + 8, "text": d.text[s:s + 8]}
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),
    dict(id=MARCOS, type="person", name="Ferdinand R. Marcos Jr.", role="President", affiliation="PH",
         mentions=["Ferdinand R. Marcos Jr.", ("Marcos", 2)]),
    dict(id=KISHIDA, type="person", name="Kishida Fumio", role="Prime Minister", affiliation="JP",
         mentions=["Kishida Fumio"]),
    dict(id="PH", type="country", name="Philippines", mentions=[d.all("Philippines")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("U.S."), d.all("United States")]),
]
dates = [
    (("April 11", 1), "DATE", "2024-04-11"),
    (april11_2, "DATE", "2024-04-11"),
]
topics = {
    "human_rights": ["democratic values", "human rights", "democracy"],
    "energy": [d.all("clean energy")],
    "economic_security": ["supply chains", "economic security"],
    "climate": ["climate"],
    "security_defence": [("security", 1)],
}
commitments = [
    dict(type="meet", status="planned", actors=THREE, trigger=("will host", 1),
         action=d.rng("President Ferdinand", "leaders’ summit"), dates=["2024-04-11"]),
    dict(type="intend", status="planned", actors=THREE, trigger="will advance",
         action=d.rng("a trilateral partnership", "free and open Indo-Pacific")),
    dict(type="pledge", status="planned", actors=THREE, trigger="will also reaffirm",
         action=d.rng("the ironclad alliances", "and the United States and Japan")),
    dict(type="cooperate", status="planned", actors=THREE, trigger="will discuss",
         action=d.rng("trilateral cooperation to promote", "around the world")),
    dict(type="meet", status="planned", actors=[BIDEN, MARCOS], trigger=("will host", 2),
         action=d.rng("President Marcos for a meeting", "human rights and democracy"), dates=["2024-04-11"]),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger=("will reaffirm", 1, "The President will"),
         action=d.rng("the ironclad alliance between", "and the Philippines", after="The President will")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
