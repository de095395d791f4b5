import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("ca-pm-2022-05-10-trudeau-speaks-chancellor-germany-scholz")
TRUDEAU, SCHOLZ = "justin-trudeau", "olaf-scholz"
BOTH = [TRUDEAU, SCHOLZ]
actors = [
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau"), ("Trudeau", 3), ("Trudeau", 4)]),
    dict(id=SCHOLZ, type="person", name="Olaf Scholz", role="Chancellor", affiliation="DE",
         mentions=[d.all("Olaf Scholz"), ("Scholz", 3)]),
    dict(id="DE", type="country", name="Germany", mentions=[d.all("Germany")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukrainian"), d.all("Ukraine")]),
    dict(id="RU", type="country", name="Russia", mentions=["Russian", "Russia"]),
    dict(id="volodymyr-zelenskyy", type="person", name="Volodymyr Zelenskyy", role="President",
         affiliation="UA", mentions=["Volodymyr Zelenskyy"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [
    ("Today", "DATE", "2022-05-10"),
    ("June", "DATE", "2022-06"),
    ("March", "DATE", "2022-03"),
]
topics = {
    "security_defence": [("security", 1)],
    "energy": [("energy", 1), ("energy", 2)],
    "agriculture": ["food security"],
    "materials": ["critical mineral"],
    "economic_security": ["supply chains"],
    "climate": ["carbon pricing"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action=d.rng("with the Chancellor of Germany", "Olaf Scholz", after="spoke"),
         dates=["2022-05-10"]),
    dict(type="pledge", status="planned", actors=BOTH, trigger="reiterated",
         action=d.rng("their strong support", "his government")),
    dict(type="pledge", status="planned", actors=BOTH, trigger="committed",
         action=d.rng("ongoing economic", "support for Ukraine")),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 1),
         action=d.rng("further coordinate on", "Germany in June"), dates=["2022-06"]),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 2),
         action=d.rng("maintain close alignment", "Russia economically")),
    dict(type="review", status="done", actors=BOTH, trigger="followed up",
         action=d.rng("commitments made during", "shared priorities"), dates=["2022-03"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("progress on our cooperation", "policies globally")),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 3),
         action=d.rng("continue working together", "shared priorities", after="Chancellor Scholz agreed")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
