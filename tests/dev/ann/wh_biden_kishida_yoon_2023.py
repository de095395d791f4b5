import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2023-05-21-readout-of-president-bidens-meeting-with-prime-minister-kishida-fumio-of-japan-and-president-yoon-s")
BIDEN, KISHIDA, YOON = "biden", "kishida-fumio", "yoon-suk-yeol"
LEADERS = [BIDEN, KISHIDA, YOON]
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US", mentions=["Biden"]),
    dict(id=KISHIDA, type="person", name="Kishida Fumio", role="Prime Minister", affiliation="JP",
         mentions=["Kishida Fumio", ("Kishida", 2)]),
    dict(id=YOON, type="person", name="Yoon Suk Yeol", role="President", affiliation="KR",
         mentions=["Yoon Suk Yeol", ("Yoon", 2)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="KR", type="country", name="Republic of Korea", mentions=["Republic of Korea"]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea", mentions=["DPRK"]),
]
dates = [
    ("today", "DATE", "2023-05-21"),
]
topics = {
    "security_defence": ["nuclear and missile threats"],
    "economic_security": ["economic security"],
}
commitments = [
    dict(type="meet", status="done", actors=LEADERS, trigger="met",
         action=d.rng("today with Prime Minister", "Hiroshima, Japan"), dates=["2023-05-21"]),
    # "He commended ..." is a stance; "The leaders" -> the three persons.
    dict(type="cooperate", status="done", actors=LEADERS, trigger="discussed",
         action=d.rng("how to take their trilateral", "Indo-Pacific Strategies")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
