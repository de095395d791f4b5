import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2025-06-09-pm-call-chancellor-merz-germany")
MERZ = "friedrich-merz"
actors = [
    # The UK Prime Minister is never named, and the text has no "UK": the unnamed
    # office ("PM" in the title, "The Prime Minister" in the body) is GB's only mention.
    dict(id="GB", type="country", name="United Kingdom", mentions=["PM", "Prime Minister"]),
    dict(id=MERZ, type="person", name="Friedrich Merz", role="Chancellor", affiliation="DE",
         mentions=["Merz", "Friedrich Merz"]),
    dict(id="DE", type="country", name="Germany", mentions=["Germany", "German"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="nato", type="organization", name="NATO", mentions=[d.all("NATO")]),
    dict(id="trump", type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=["Trump"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
]
dates = [
    ("9 June 2025", "DATE", "2025-06-09"),
    ("later this month", "DATE", "2025-06"),
    ("last week", "DATE", "2025-W23"),
]
topics = {
    "security_defence": ["defence"],
    "economic_security": ["national resilience"],
    "cybersecurity": ["critical national infrastructure"],
    "migration": ["illegal migration", "migrant routes"],
}
commitments = [
    dict(type="meet", status="done", actors=["GB", MERZ], trigger="spoke",
         action=d.rng("the German Chancellor", "later this month"), dates=["2025-06"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
