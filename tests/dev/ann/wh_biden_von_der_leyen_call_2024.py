import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2024-04-22-readout-of-president-bidens-call-with-european-commission-president-ursula-von-der-leyen-2")
BIDEN, VDL = "biden", "ursula-von-der-leyen"
BOTH = [BIDEN, VDL]
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),
    dict(id=VDL, type="person", name="Ursula von der Leyen", role="European Commission President", affiliation="EU",
         mentions=["Ursula von der Leyen", ("von der Leyen", 2)]),
    dict(id="european-commission", type="organization", name="European Commission", mentions=["European Commission"]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="RU", type="country", name="Russia", mentions=["Russian"]),
    dict(id="house-of-representatives", type="organization", name="House of Representatives",
         mentions=["House of Representatives"]),
    dict(id="senate", type="organization", name="Senate", mentions=["Senate"]),
]
dates = [
    ("today", "DATE", "2024-04-22"),
]
topics = {
    "security_defence": ["national security supplemental", "battlefield"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action=d.rng("today with", "Russian aggression"), dates=["2024-04-22"]),
    # "once ... President Biden signs it into law": an expected event in a temporal clause, no undertaking.
    dict(type="cooperate", status="done", actors=BOTH, trigger=("spoke", 2),
         action=d.rng("about how sustained", "fight for freedom")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
