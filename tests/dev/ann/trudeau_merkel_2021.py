import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("ca-pm-2021-01-18-trudeau-speaks-chancellor-merkel-germany")
TRUDEAU, MERKEL = "justin-trudeau", "angela-merkel"
BOTH = [TRUDEAU, MERKEL]
actors = [
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau"), ("Trudeau", 3), ("Trudeau", 4), ("Trudeau", 5)]),
    dict(id=MERKEL, type="person", name="Angela Merkel", role="Chancellor", affiliation="DE",
         mentions=[d.all("Angela Merkel"), ("Merkel", 3), ("Merkel", 4)]),
    dict(id="DE", type="country", name="Germany", mentions=[d.all("Germany")]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada"), "Canadian"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="g20", type="organization", name="G20", mentions=["G20"]),
    dict(id="CN", type="country", name="China", mentions=["China"]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["United Nations Security Council"]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia", "Russian"]),
    dict(id="alexei-navalny", type="person", name="Alexei Navalny", role="political opposition figure",
         mentions=["Alexei Navalny"]),
]
dates = [("today", "DATE", "2021-01-18")]
topics = {
    "health": ["COVID-19", ("vaccines", 1), "pandemic", "ACT-Accelerator", "COVAX", ("vaccines", 2),
               "diagnostics", "therapeutics"],
    "climate": ["climate change"],
    "human_rights": ["democracy", "human rights"],
    "trade": ["trade"],
    "security_defence": ["peace and security"],
    "energy": ["green energy"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("spoke", 1),
         action=d.rng("today with the Chancellor", "Angela Merkel"), dates=["2021-01-18"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 1),
         action=d.rng("the measures in place", "support people")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("spoke", 2),
         action=d.rng("about global issues", "peace and security")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 2),
         action="relations with China"),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action="views on Russia"),
    dict(type="agree", status="planned", actors=BOTH, trigger=("agreed", 2),
         action=d.rng("continue working closely", "green energy")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
