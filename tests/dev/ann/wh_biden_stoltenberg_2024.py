import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2024-06-17-readout-of-president-joe-bidens-meeting-with-secretary-general-jens-stoltenberg-of-nato")
BIDEN, STOLTENBERG = "joseph-r-biden-jr", "jens-stoltenberg"
BOTH = [BIDEN, STOLTENBERG]
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden, Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr.", ("Biden", 2), ("Biden", 3)]),
    dict(id=STOLTENBERG, type="person", name="Jens Stoltenberg", role="Secretary General", affiliation="nato",
         mentions=["Jens Stoltenberg", ("Stoltenberg", 2)]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization",
         mentions=["North Atlantic Treaty Organization", d.all("NATO")]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
]
dates = [
    ("today", "DATE", "2024-06-17"),
    ("next month", "DATE", "2024-07"),
]
topics = {
    "security_defence": ["defense"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("today with Secretary General", "DC next month"), dates=["2024-06-17", "2024-07"]),
    dict(type="intend", status="ongoing", actors=["nato"], trigger="are taking",
         action=d.rng("support Ukraine", "in the Indo-Pacific")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("significant progress on defense", "took office")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
