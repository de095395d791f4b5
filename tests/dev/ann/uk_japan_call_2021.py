import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2021-10-13-pm-call-prime-minister-kishida-japan")
KISHIDA = "fumio-kishida"
BOTH = ["GB", KISHIDA]  # "The Prime Minister" (unnamed UK PM) resolves to GB
actors = [
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Prime Minister", affiliation="JP",
         mentions=[("Kishida", 1), "Fumio Kishida", ("Kishida", 3), ("Kishida", 4)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
]
dates = [
    ("13 October 2021", "DATE", "2021-10-13"),
    ("this morning", "TIME", "2021-10-13TMO"),
    ("November", "DATE", "2021-11"),
]
topics = {
    "climate": ["Net Zero"],
    "finance": ["financing"],
    "energy": ["coal", "coal power", "renewable and clean energy"],
    "security_defence": ["security", "defence", "Carrier Strike Group", "Integrated Review"],
    "trade": ["trade"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action="Japanese Prime Minister Fumio Kishida this morning", dates=["2021-10-13TMO"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("deepening coordination", "security, defence and trade")),
    dict(type="intend", status="planned", actors=["GB"], trigger=("hoped", 2),
         action=d.rng("welcome Prime Minister Kishida", "in November"), dates=["2021-11"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
