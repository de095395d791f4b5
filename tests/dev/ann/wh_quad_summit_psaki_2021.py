import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2021-09-13-statement-by-press-secretary-jen-psaki-on-the-quad-leaders-summit")
BIDEN, HARRIS = "joseph-r-biden-jr", "harris"
MORRISON, MODI, SUGA = "scott-morrison", "narendra-modi", "yoshihide-suga"
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr.", ("Biden", 2), ("Biden", 3), ("Biden", 4)]),
    # "Biden-Harris Administration" (dev notes 9 and 25): a mention of each person.
    dict(id=HARRIS, type="person", name="Kamala Harris", affiliation="US", mentions=[d.all("Harris")]),
    dict(id=MORRISON, type="person", name="Scott Morrison", role="Prime Minister", affiliation="AU", mentions=["Scott Morrison"]),
    dict(id=MODI, type="person", name="Narendra Modi", role="Prime Minister", affiliation="IN", mentions=["Narendra Modi"]),
    dict(id=SUGA, type="person", name="Yoshihide Suga", role="Prime Minister", affiliation="JP", mentions=["Yoshihide Suga"]),
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan"]),
]
dates = [
    ("September 24", "DATE", "2021-09-24"),
    ("March", "DATE", "2021-03"),
    ("21st century", "DATE", "20"),
]
topics = {
    "health": ["COVID-19"],
    "climate": ["climate crisis"],
    "cybersecurity": ["cyberspace"],
}
commitments = [
    dict(type="meet", status="planned", actors=[BIDEN], trigger="will host",
         action=d.rng("the first-ever Quad Leaders", "on September 24"), dates=["2021-09-24"]),
    dict(type="intend", status="planned", actors=[BIDEN, MORRISON, MODI, SUGA], trigger="will be focused",
         action=d.rng("deepening our ties", "free and open Indo-Pacific")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
