import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2021-10-31-fact-sheet-the-united-states-and-european-union-to-negotiate-worlds-first-carbon-based-sectoral-arr")
BOTH = ["US", "EU"]
s, _ = d.find("US-EU Trade")
us_plain = {"start": s, "end": s + 2, "text": d.text[s:s + 2]}
c1 = d.span("21<sup>st</sup> century", 1)
c2 = d.span("21<sup>st</sup> century", 2)
actors = [
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States"), d.all("U.S."), us_plain, d.all("American")]),
    dict(id="EU", type="bloc", name="European Union",
         mentions=[d.all("European Union"), "Europe Union", d.all("EU")]),
    dict(id="CN", type="country", name="People's Republic of China",
         mentions=["People’s Republic of China", d.all("PRC"), "Chinese"]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),
    dict(id="harris", type="person", name="Kamala Harris", affiliation="US", mentions=["Harris"]),
    dict(id="boeing", type="organization", name="Boeing", mentions=["Boeing"]),
    dict(id="airbus", type="organization", name="Airbus", mentions=["Airbus"]),
]
dates = [
    ("Today", "DATE", "2021-10-31"),
    ("2024", "DATE", "2024"),
    ("today", "DATE", "2021-10-31"),
    (c1, "DATE", "20"),
    (c2, "DATE", "20"),
    ("June", "DATE", "2021-06"),
    (("Today", 2), "DATE", "2021-10-31"),
    ("17-year", "DURATION", "P17Y"),
]
topics = {
    "trade": [d.all("trade"), d.all("tariffs"), "export"],
    "climate": ["climate crisis", "climate action", d.all("emissions"), d.all("climate change"), "climate ambition"],
    "investment": ["investment"],
}
commitments = [
    dict(type="pledge", status="planned", actors=BOTH, trigger="announced their commitment",
         action=d.rng("negotiate the world", "by 2024"), dates=["2021-10-31", "2024"]),
    dict(type="agree", status="planned", actors=BOTH, trigger=("come", 1, "strength of their partnership"),
         action=d.rng("an interim arrangement", "the U.S. market")),
    dict(type="intend", status="planned", actors=["EU"], trigger="will remove",
         action="its tariffs on a wide range of products"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("will work", 1),
         action=d.rng("restrict access", "in our markets")),
    dict(type="pledge", status="planned", actors=BOTH, trigger="pledged",
         action=d.rng("at the U.S.-EU Summit in June", "century", after="pledged"), dates=["2021-06", "20"]),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
