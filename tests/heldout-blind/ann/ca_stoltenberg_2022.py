import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("ca-pm-2022-06-29-trudeau-meets-nato-secretary-general-stoltenberg")
TRUDEAU, STOLTENBERG = "justin-trudeau", "jens-stoltenberg"
BOTH = [TRUDEAU, STOLTENBERG]
actors = [
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau"), d.all("Trudeau", skip=(1, 2))]),
    dict(id=STOLTENBERG, type="person", name="Jens Stoltenberg",
         role="Secretary General of the North Atlantic Treaty Organization", affiliation="nato",
         mentions=[d.all("Jens Stoltenberg"), d.all("Stoltenberg", skip=(1, 2))]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization",
         mentions=["North Atlantic Treaty Organization", d.all("NATO")]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine"), "Ukrainian"]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada"), "Canadian"]),
    dict(id="FI", type="country", name="Finland", mentions=["Finland"]),
    dict(id="SE", type="country", name="Sweden", mentions=["Sweden"]),
    dict(id="LV", type="country", name="Latvia", mentions=["Latvia"]),
]
dates = [
    ("Today", "DATE", "2022-06-29"),
    ("August", "DATE", "2022-08"),
]
topics = {
    "security_defence": [d.all("military"), d.all("security"), "defence"],
    "agriculture": ["food", "fertilizer"],
    "energy": ["fuel"],
    "investment": ["investments"],
    "climate": ["climate change"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("with the Secretary General", "margins of the NATO Summit"), dates=["2022-06-29"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 1),
         action=d.rng("Russia’s illegal", "invasion of Ukraine")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 2),
         action=d.rng("Canada’s significant support", "humanitarian assistance")),
    dict(type="pledge", status="planned", actors=[TRUDEAU], trigger="reiterated",
         action=d.rng("Canada’s strong support", "NATO membership")),
    dict(type="pledge", status="planned", actors=[TRUDEAU], trigger="provided assurances",
         action="a swift Canadian ratification process"),
    dict(type="pledge", status="planned", actors=[TRUDEAU], trigger="reaffirmed Canada’s enduring commitment",
         action="transatlantic security and NATO’s Open Door Policy"),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 3),
         action=d.rng("Canada’s approach", "Battle Group in Latvia")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 4),
         action="ongoing and future transatlantic security threats and challenges"),
    dict(type="pledge", status="planned", actors=[TRUDEAU], trigger="affirmed Canada’s commitment",
         action=d.rng("strengthening our shared", "northern defence")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
