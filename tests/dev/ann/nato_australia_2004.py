import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("nato-2004-05-19-first-visit-senior-australian-official-nato-hq")
DOWNER, SCHEFFER = "alexander-downer", "jaap-de-hoop-scheffer"
BOTH = [DOWNER, SCHEFFER]
DAY = "2004-05-19"
actors = [
    dict(id=DOWNER, type="person", name="Alexander Downer", role="Foreign Minister", affiliation="AU",
         mentions=["Alexander Downer"]),
    dict(id=SCHEFFER, type="person", name="Jaap de Hoop Scheffer", role="Secretary General",
         affiliation="nato", mentions=["Jaap de Hoop Scheffer", ("de Hoop Scheffer", 2)]),
    dict(id="nato", type="organization", name="NATO", mentions=[d.all("NATO")]),
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australian"), "Australia"]),
    dict(id="north-atlantic-council", type="organization", name="North Atlantic Council",
         mentions=["North Atlantic Council"]),
]
dates = [
    ("19 May 2004", "DATE", DAY),
    (("19 May", 2), "DATE", DAY),
]
topics = {
    "security_defence": ["terrorism", "weapons of mass destruction", "peacekeeping"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action="a bilateral meeting with the Secretary General on 19 May", dates=[DAY]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="referred specifically",
         action=d.rng("greater cooperation in the fight", "assist failed states")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action="NATO's peacekeeping missions and other areas of common interest"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
