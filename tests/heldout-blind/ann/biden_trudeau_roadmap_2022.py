import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2022-02-23-joint-statement-by-president-joseph-r-biden-jr-and-prime-minister-justin-trudeau-on-the-one-year-an")
WE = ["US", "CA"]
actors = [
    dict(id="US", type="country", name="United States", mentions=["United States", "U.S."]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada")]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
]
dates = [
    ("One year ago", "DATE", "2021"),
    ("past year", "DURATION", "P1Y"),
]
topics = {
    "security_defence": ["security"],
    "human_rights": [d.all("democracy")],
    "health": ["COVID-19", "pandemic response"],
    "climate": ["climate change"],
    "economic_security": ["supply chains"],
    "materials": ["critical minerals"],
}
commitments = [
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirmed",
         action=d.rng("our commitment to working closely", "diversity, and equity"), dates=["2021"]),
    dict(type="launch", status="done", actors=WE, trigger="laid",
         action=d.rng("the foundation to deepen", "on critical minerals"), dates=["P1Y"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
