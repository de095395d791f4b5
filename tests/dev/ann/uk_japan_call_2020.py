import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2020-09-23-pm-call-pm-suga-japan")
JOHNSON, SUGA = "boris-johnson", "yoshihide-suga"
BOTH = [JOHNSON, SUGA]
actors = [
    dict(id=JOHNSON, type="person", name="Boris Johnson", role="Prime Minister", affiliation="GB",
         mentions=["Boris Johnson"]),
    dict(id=SUGA, type="person", name="Yoshihide Suga", role="Prime Minister", affiliation="JP",
         mentions=[("Suga", 1), "Yoshihide Suga", ("Suga", 3)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
    dict(id="EU", type="bloc", name="European Union", mentions=["EU"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [("23 September 2020", "DATE", "2020-09-23")]
topics = {
    "security_defence": ["security", "defence"],
    "health": ["coronavirus"],
    "climate": ["climate change"],
    "trade": ["free trade", "trade deal"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action=d.rng("Yoshihide Suga to congratulate", "Prime Minister of Japan")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("the importance of the UK-Japan", "security and defence")),
    dict(type="agree", status="planned", actors=BOTH, trigger="resolved",
         action=d.rng("work together closely", "the G7 and COP")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
