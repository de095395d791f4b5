import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2023-05-06-pm-meeting-prime-minister-trudeau-canada")
TRUDEAU = "justin-trudeau"
BOTH = ["GB", TRUDEAU]  # "The Prime Minister" (unnamed UK PM) resolves to GB
actors = [
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[("Trudeau", 1), d.all("Justin Trudeau"), ("Trudeau", 4)]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada"), d.all("Canadian")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan"]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="nato", type="organization", name="NATO", mentions=["NATO"]),
]
dates = [
    ("6 May 2023", "DATE", "2023-05-06"),
    (("this evening", 1), "TIME", "2023-05-06TEV"),
    (("this evening", 2), "TIME", "2023-05-06TEV"),
    (("this month", 1), "DATE", "2023-05"),
    ("later this month", "DATE", "2023-05"),
]
topics = {
    "trade": ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "trade"],
    "economic_security": ["economic resilience"],
    "security_defence": [("defence", 1), ("security", 1), ("defence", 2)],
    "cybersecurity": ["cyber security"],
    "quantum": ["quantum"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("hosted", 2),
         action=d.rng("Canadian Prime Minister Justin Trudeau", "His Majesty the King", after=d.find("hosted", 2)[0]),
         dates=["2023-05-06TEV"]),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 1),
         action="use the momentum to further bilateral trade talks"),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("how Canada and the UK", "cyber security and quantum")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
