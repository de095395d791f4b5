import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, S, build, write

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse"))
d = Doc("wh-2022-04-06-fact-sheet-united-states-g7-and-eu-impose-severe-and-immediate-costs-on-russia")
s, _ = d.find("U.S financial")
us_typo = {"start": s, "end": s + 3, "text": d.text[s:s + 3]}
WE = ["US", "g7", "EU"]   # "We": the parties of the first sentence
actors = [
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States"), d.all("U.S."), us_typo]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="EU", type="bloc", name="European Union", mentions=["European Union"]),
    dict(id="RU", type="country", name="Russia",
         mentions=[d.all("Russia"), d.all("Russian", skip=()), ]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="putin", type="person", name="Vladimir Putin", role="President", affiliation="RU",
         mentions=[d.all("Putin")]),
    dict(id="lavrov", type="person", name="Sergey Lavrov", role="Foreign Minister", affiliation="RU",
         mentions=["Lavrov"]),
    dict(id="dmitry-medvedev", type="person", name="Dmitry Medvedev", role="former President and Prime Minister",
         affiliation="RU", mentions=["Dmitry Medvedev"]),
    dict(id="mikhail-mishustin", type="person", name="Mikhail Mishustin", role="Prime Minister",
         affiliation="RU", mentions=["Mikhail Mishustin"]),
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Biden"]),
    dict(id="sberbank", type="organization", name="Sberbank", mentions=[d.all("Sberbank")]),
    dict(id="alfa-bank", type="organization", name="Alfa Bank", mentions=[d.all("Alfa Bank")]),
    dict(id="russian-security-council", type="organization", name="Security Council of Russia",
         mentions=["Security Council"]),
    dict(id="treasury", type="organization", name="Department of the Treasury",
         mentions=["Department of Treasury", ("Treasury", 1, "The U.S.")]),
]
# "Russian Federation" is one mention, not "Russian" + "Federation"
rf = d.all("Russian Federation")
rus = [m for m in d.all("Russian") if not any(m["start"] == r["start"] for r in rf)]
actors[3]["mentions"] = [d.all("Russia"), rus, rf]
dates = [
    (("Today", 1), "DATE", "2022-04-06"),
    ("earlier this week", "DATE", "2022-W14"),
    ("this year", "DATE", "2022"),
    ("last fifteen years", "DURATION", "P15Y"),
    ("last year", "DATE", "2021"),
    (("Today", 2), "DATE", "2022-04-06"),
    (("Today", 3), "DATE", "2022-04-06"),
    ("tomorrow", "DATE", "2022-04-07"),
]
topics = {
    "finance": [d.all("financial sanctions"), d.all("debt payments"), "banking sector",
                d.all("financial system"), d.all("financial institution"), "sovereign debt"],
    "investment": [d.all("investment")],
    "trade": ["exports"],
    "economic_security": ["export controls", "Supply chains"],
    "energy": ["energy"],
    "human_rights": [d.all("atrocities")],
    "agriculture": ["basic foodstuffs", "agricultural commodities"],
    "health": ["medicine", "medical devices"],
    "telecom": ["telecommunications services"],
    "connectivity": ["internet"],
}
commitments = [
    dict(cls="wrapper", type="intend", status="planned", actors=WE, trigger="will continue",
         action=d.rng("impose severe and immediate", "including in Bucha"), dates=["2022-04-06"]),
    dict(cls="modal_main", type="cooperate", status="planned", actors=WE, trigger="will document and share",
         action="information on these atrocities"),
    dict(cls="coordinated", type="intend", status="planned", actors=WE, trigger=("use", 1),
         action="all appropriate mechanisms to hold accountable those responsible"),
    dict(cls="finite_main", type="pledge", status="ongoing", actors=["US"], trigger=("is announcing", 1),
         action=d.rng("devastating economic measures", "their family members")),
    dict(cls="wrapper", type="intend", status="planned", actors=WE, trigger="will stand unified",
         action=d.rng("with our allies and partners", "for its actions")),
    dict(cls="finite_main", type="pledge", status="ongoing", actors=["US"], trigger=("is announcing", 2),
         action="the following actions", dates=["2022-04-06"]),
    dict(cls="modal_main", type="sign", status="planned", actors=["biden"], trigger="will sign",
         action=d.rng("a new Executive Order", "wherever located")),
    dict(cls="modal_main", type="intend", status="planned", actors=["treasury"], trigger="will announce",
         action="these entities tomorrow", dates=["2022-04-07"]),
    dict(cls="wrapper", type="intend", status="ongoing", actors=WE, trigger=("continue", 1, "As we"),
         action=d.rng("escalating our sanctions", "war against Ukraine")),
    dict(cls="wrapper", type="pledge", status="planned", actors=WE, trigger="reiterate our commitment",
         action=d.rng("exempting essential humanitarian", "outside perspectives to the Russian people")),
    dict(cls="modal_main", type="intend", status="planned", actors=["US"], trigger="will issue",
         action=d.rng("appropriate exemptions", "is not disrupted")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=OUT)
for c in commitments:  # construction classes (classes-a.tsv)
    t = S(d, c["trigger"])
    print("CLASS\t%s\t%s\t%d\t%s" % (d.name, " ".join(t["text"].split()), t["start"], c["cls"]))
