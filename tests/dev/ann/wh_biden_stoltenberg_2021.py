import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2021-10-04-readout-of-president-bidens-meeting-with-nato-secretary-general-jens-stoltenberg")
BIDEN, STOLT, SULLIVAN = "joseph-r-biden-jr", "jens-stoltenberg", "jake-sullivan"
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr.", ("Biden", 2), ("Biden", 3)]),
    dict(id=STOLT, type="person", name="Jens Stoltenberg", role="Secretary General", affiliation="nato",
         mentions=["Jens Stoltenberg", ("Stoltenberg", 2)]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization",
         mentions=["North Atlantic Treaty Organization", d.all("NATO")]),
    dict(id=SULLIVAN, type="person", name="Jake Sullivan", role="National Security Advisor", affiliation="US",
         mentions=["Jake Sullivan"]),
]
dates = [
    ("today", "DATE", "2021-10-04"),
    ("June", "DATE", "2021-06"),
]
topics = {
    "security_defence": ["security", ("defense", 1), "deterrence", ("defense", 2), "Strategic Concept"],
}
commitments = [
    dict(type="meet", status="done", actors=[BIDEN, STOLT], trigger="met",
         action=d.rng("today with Secretary General", "Organization (NATO)"), dates=["2021-10-04"]),
    dict(type="cooperate", status="done", actors=[BIDEN, STOLT], trigger="discussed",
         action=d.rng("the international security", "Transatlantic defense")),
    # "reaffirmed his strong support for NATO": heldout decision 7 ("reaffirmed support for" is a pledge).
    dict(type="pledge", status="planned", actors=[BIDEN], trigger="reaffirmed",
         action=d.rng("his strong support for NATO", "transnational threats")),
    dict(type="meet", status="done", actors=[SULLIVAN, STOLT], trigger="met separately",
         action="with Secretary General Stoltenberg"),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
