import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2014-07-29-japan-netherlands-foreign-ministers-telephone-talk")
KISHIDA, TIMMERMANS = "fumio-kishida", "frans-timmermans"
BOTH = [KISHIDA, TIMMERMANS]
DAY = "2014-07-29"
kingdom = d.find("Kingdom of the Netherlands")
actors = [
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["Fumio Kishida", d.all("Kishida", skip=(1,))]),
    dict(id=TIMMERMANS, type="person", name="Frans Timmermans", role="Minister of Foreign Affairs",
         affiliation="NL", mentions=["Frans Timmermans", d.all("Timmermans", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="NL", type="country", name="Netherlands",
         mentions=["Kingdom of the Netherlands", d.all("Dutch"),
                   [x for x in d.all("Netherlands") if x["end"] != kingdom[1]]]),
    dict(id="malaysia-airlines", type="organization", name="Malaysia Airlines",
         mentions=[d.all("Malaysia Airlines")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
]
dates = [
    ("July 29, 2014", "DATE", DAY),
    (("July 29", 2), "DATE", DAY),
    ("July 28", "DATE", "2014-07-28"),
]
topics = {
    "security_defence": ["security"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("telephone talks with H.E.", "Malaysia Airlines airplane"), dates=[DAY]),
    dict(type="intend", status="planned", actors=["NL"], trigger="would never stop",
         action="investigating the responsibility"),
    dict(type="intend", status="planned", actors=BOTH, trigger="would continue",
         action=d.rng("their close contact", "situation in Ukraine")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
