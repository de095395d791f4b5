import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldout import Doc, build, write

d = Doc("wh-2021-10-26-readout-of-president-bidens-participation-in-the-u-s-asean-summit")
BIDEN = "joseph-r-biden-jr"
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden, Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr.", ("Biden", 2)]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("U.S."), d.all("United States")]),
    dict(id="asean", type="bloc", name="Association of Southeast Asian Nations",
         mentions=["Association of Southeast Nations", d.all("ASEAN")]),
    dict(id="MM", type="country", name="Myanmar (Burma)",
         mentions=[d.all("Burma"), "Burmese"]),
]
dates = [
    ("today", "DATE", "2021-10-26"),
    ("annual", "SET", "P1Y"),
]
topics = {
    "health": [d.all("COVID-19"), ("health", 1), ("health", 2), "vaccine doses", "health systems", "health security"],
    "climate": [d.all("climate crisis"), ("climate", 2)],
    "energy": ["energy"],
    "transport": ["transportation"],
    "education": ["human capital"],
    "human_rights": ["gender empowerment", "democracy"],
}
commitments = [
    dict(type="meet", status="done", actors=[BIDEN, "asean"], trigger="joined",
         action=d.rng("leaders of the Association", "U.S.-ASEAN Summit"), dates=["2021-10-26", "P1Y"]),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger=("reaffirmed the U.S. commitment", 1),
         action=d.rng("strengthening our partnership", "to its centrality")),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger="pledged",
         action=d.rng("deepen our cooperation", "challenges of our time")),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger="announced",
         action=d.rng("the intent to provide", "develop human capital")),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger="reiterated the U.S. commitment",
         action=d.rng("ending the COVID-19 pandemic", "to fight COVID-19")),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger=("reaffirmed", 2),
         action=d.rng("U.S. support to build", "green recovery")),
]
write(d, build(d, actors, dates, topics, commitments))
