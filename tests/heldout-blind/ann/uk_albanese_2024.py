import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("uk-gov-2024-07-06-pm-call-prime-minister-albanese-australia")
ALBANESE = "anthony-albanese"
# "The Prime Minister" (the UK Prime Minister, never named) resolves to GB (corpus decision 8).
BOTH = ["GB", ALBANESE]
body = "The Prime Minister spoke to the Australian Prime Minister, Anthony Albanese, this morning."
actors = [
    dict(id=ALBANESE, type="person", name="Anthony Albanese", role="Prime Minister", affiliation="AU",
         mentions=[("Albanese", 1), d.all("Anthony Albanese")]),
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australia"), d.all("Australian")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["UK"]),
    dict(id="US", type="country", name="United States", mentions=["US"]),
    dict(id="WS", type="country", name="Samoa", mentions=["Samoa"]),
    dict(id="commonwealth", type="organization", name="Commonwealth", mentions=["Commonwealth"]),
]
dates = [
    ("6 July 2024", "DATE", "2024-07-06"),
    (("this morning", 1), "TIME", "2024-07-06TMO"),
    (("this morning", 2), "TIME", "2024-07-06TMO"),
    ("later this year", "DATE", "2024"),
]
topics = {
    "climate": ["climate change"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("spoke", 2),
         action=d.rng("the Australian Prime Minister", "this morning", after=body), dates=["2024-07-06TMO"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("key challenges facing", "climate change"), dates=["2024"]),
    dict(type="intend", status="planned", actors=["GB"], trigger="hoped",
         action=d.rng("build on the already", "and the US"), hedged=True),
    dict(type="agree", status="planned", actors=BOTH, trigger="agreed",
         action="stay in close touch"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
