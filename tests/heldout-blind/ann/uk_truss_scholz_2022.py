import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("uk-gov-2022-09-07-prime-minister-liz-truss-call-chancellor-olaf-scholz")
TRUSS, SCHOLZ = "liz-truss", "olaf-scholz"
# "The Prime Minister" and "she" resolve to Liz Truss, named in the title.
BOTH = [TRUSS, SCHOLZ]
actors = [
    dict(id=TRUSS, type="person", name="Liz Truss", role="Prime Minister", affiliation="GB",
         mentions=["Liz Truss"]),
    dict(id=SCHOLZ, type="person", name="Olaf Scholz", role="Chancellor", affiliation="DE",
         mentions=[d.all("Olaf Scholz"), ("Scholz", 3)]),
    dict(id="DE", type="country", name="Germany", mentions=["German", "Germany"]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
    dict(id="putin", type="person", name="Vladimir Putin", affiliation="RU", mentions=["Putin"]),
]
dates = [
    ("7 September 2022", "DATE", "2022-09-07"),
    ("this evening", "TIME", "2022-09-07TEV"),
    ("coming months", "DURATION", "PXM"),
]
topics = {
    "energy": [("energy", 1), "energy resilience"],
    "human_rights": ["democracy", "freedom"],
    "security_defence": ["defence"],
    "economic_security": ["economic blackmail"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action="German Chancellor Olaf Scholz this evening", dates=["2022-09-07TEV"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("the energy challenges", "illegal war")),
    dict(type="intend", status="planned", actors=[TRUSS], trigger="was keen",
         action="expand defence cooperation between the two countries"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
