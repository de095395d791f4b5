import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2016-01-06-japan-eu-foreign-ministers-telephone-talk")
KI, FM = "fumio-kishida", "federica-mogherini"
BOTH = [KI, FM]
actors = [
    dict(id=KI, type="person", name="Fumio Kishida", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["Fumio Kishida", ("Kishida", 2)]),
    dict(id=FM, type="person", name="Federica Mogherini",
         role="High Representative of the European Union for Foreign Affairs and Security Policy, "
              "Vice-President of the European Commission",
         affiliation="EU", mentions=["Federica Mogherini", ("Mogherini", 2)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU"), d.all("European Union")]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
    dict(id="KP", type="country", name="North Korea", mentions=["North Korea"]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["United Nations Security Council", ("Security Council", 2)]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
]
dates = [
    ("January 6, 2016", "DATE", "2016-01-06"),
    (("January 6", 2), "DATE", "2016-01-06"),
    ("7:40 p.m.", "TIME", "2016-01-06T19:40"),
    ("approximately 10 minutes", "DURATION", "PT10M", "APPROX"),
]
topics = {
    "security_defence": ["security threat"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a Japan-EU Foreign Ministers’ telephone talk", "of the European Commission"),
         dates=["2016-01-06", "2016-01-06T19:40", "PT10M"]),
    dict(type="intend", status="planned", actors=["JP"], trigger="intends",
         action="collaborate with the European Union and G7 countries in this regard"),
    dict(type="cooperate", status="planned", actors=BOTH, trigger="confirmed",
         action="their collaboration on measures going forward"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
