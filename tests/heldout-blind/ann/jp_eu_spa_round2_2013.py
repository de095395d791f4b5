import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-mofa-2013-07-08-second-round-negotiations-japan-eu-spa")
PARTIES = ["JP", "EU"]
actors = [
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), ("Japanese", 1)]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU")]),
    dict(id="BE", type="country", name="Belgium", mentions=["Belgium"]),
    dict(id="jun-yamada", type="person", name="Jun Yamada",
         role="Deputy Director General of the European Affairs Bureau", affiliation="JP",
         mentions=["Jun Yamada"]),
    dict(id="european-affairs-bureau", type="organization", name="European Affairs Bureau",
         mentions=["European Affairs Bureau"]),
    dict(id="viorel-isticioaia-budura", type="person", name="Viorel Isticioaia Budura",
         role="Managing Director for Asia and the Pacific", affiliation="EU",
         mentions=["Viorel Isticioaia Budura"]),
    dict(id="european-external-action-service", type="organization",
         name="European External Action Service", mentions=[d.all("European External Action Service")]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
]
dates = [
    ("July 8, 2013", "DATE", "2013-07-08"),
    ("July 3", "DATE", "2013-07-03"),
    (("5", 1, "July 3"), "DATE", "2013-07-05"),
    ("October", "DATE", "2013-10"),
]
topics = {}
commitments = [
    dict(type="meet", status="done", actors=PARTIES, trigger="was held",
         action="Brussels, Belgium, from July 3 to 5",
         dates=["2013-07-03", "2013-07-05"]),
    dict(type="cooperate", status="done", actors=PARTIES, trigger="had",
         action="concrete discussions on the overall contents of the SPA sector by sector"),
    dict(type="schedule", status="planned", actors=PARTIES, trigger="should take place",
         action="The next round of negotiations", dates=["2013-10"]),
]


write(d, build(d, actors, dates, topics, commitments), OUT)
