import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("uk-gov-2021-01-06-pm-call-prime-minister-trudeau-canada")
TRUDEAU = "trudeau"
# "The Prime Minister" (the UK Prime Minister, never named) resolves to GB (corpus decision 8).
BOTH = ["GB", TRUDEAU]
actors = [
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Trudeau")]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
]
dates = [
    ("6 January 2021", "DATE", "2021-01-06"),
    ("this afternoon", "TIME", "2021-01-06TAF"),
    ("later this year", "DATE", "2021"),
    ("November", "DATE", "2021-11"),
]
topics = {
    "health": ["coronavirus", "vaccines"],
    "trade": ["trading"],
    "climate": ["climate change"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action="Prime Minister Trudeau of Canada this afternoon", dates=["2021-01-06TAF"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("the international response", "as quickly as possible")),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("spoke", 2),
         action=d.rng("about the growing trading", "deeply concerning")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
