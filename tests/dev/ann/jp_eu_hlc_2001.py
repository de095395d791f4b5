import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2001-11-19-japan-eu-high-level-consultations")
OSHIMA, LEGRAS = "shotaro-oshima", "guy-legras"
BOTH = [OSHIMA, LEGRAS]
actors = [
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU")]),
    dict(id=OSHIMA, type="person", name="Shotaro Oshima", role="Deputy Minister for Foreign Affairs",
         affiliation="JP", mentions=["Shotaro Oshima"]),
    dict(id=LEGRAS, type="person", name="Guy Legras",
         role="Director General of External Relations, European Commission", affiliation="EU",
         mentions=["Guy Legras"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=[d.all("European Commission")]),
    dict(id="ministry-of-foreign-affairs", type="organization", name="Ministry of Foreign Affairs",
         mentions=["Ministry of Foreign Affairs"]),
]
dates = [
    ("November 19, 2001", "DATE", "2001-11-19"),
    ("November 21", "DATE", "2001-11-21"),
    ("22", "DATE", "2001-11-22"),
    ("1973", "DATE", "1973"),
]
topics = {}
commitments = [
    dict(type="schedule", status="planned", actors=["JP", "EU"], trigger="will be held",
         action=("The Japan-EU High-level Consultations", 1), dates=["2001-11-21", "2001-11-22"]),
    # attending the consultations = taking part in the meeting
    dict(type="meet", status="planned", actors=BOTH, trigger="will be attended",
         action=d.rng("the Japanese side", "from the European Commission")),
    dict(type="cooperate", status="planned", actors=BOTH, trigger="will take up",
         action=d.rng("such issues as", "international economy")),
    dict(type="cooperate", status="planned", actors=BOTH, trigger="will exchange",
         action="views on the progress of cooperation and dialogue in wide-ranging areas"),
    dict(type="meet", status="done", actors=["JP", "EU"], trigger="have been held",
         action="since 1973", dates=["1973"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
