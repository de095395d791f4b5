import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldout import Doc, build, write

d = Doc("wh-2021-06-15-fact-sheet-rebuilding-revitalizing-and-raising-the-ambition-of-u-s-eu-relations")
WE = ["US", "EU"]
s, _ = d.find("U.S-EU")
us_typo = {"start": s, "end": s + 3, "text": d.text[s:s + 3]}
actors = [
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States"), d.all("U.S."), us_typo, d.all("US")]),
    dict(id="EU", type="bloc", name="European Union", mentions=["European Union", d.all("EU")]),
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Biden"]),
    dict(id="who", type="organization", name="World Health Organization",
         mentions=["World Health Organization"]),
    dict(id="BY", type="country", name="Belarus", mentions=["Belarus"]),
    dict(id="CN", type="country", name="China", mentions=["China"]),
    dict(id="ET", type="country", name="Ethiopia", mentions=["Ethiopia"]),
    dict(id="IR", type="country", name="Iran", mentions=["Iran"]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia")]),
    dict(id="VE", type="country", name="Venezuela", mentions=["Venezuela"]),
]
dates = [
    ("21st century", "DATE", "20"),
    ("2050", "DATE", "2050"),
    ("2030", "DATE", "2030"),
]
topics = {
    "human_rights": [d.all("democratic values"), d.all("human rights"), d.all("democracy"),
                     "corruption", "forced labor"],
    "health": [("health", 1), "health security", "COVID-19", "COVAX"],
    "climate": [("climate", 1), d.all("climate change"), "net zero", "Paris Agreement", "decarbonization"],
    "trade": [("trade", 1), ("trade", 2)],
    "investment": [("investment", 2)],
    "standards": ["standards"],
    "research": ["innovation"],
    "transport": ["travel"],
    "environment": ["Green Growth", "green growth", "environmental degradation"],
    "energy": [("energy", 1), ("energy", 2), "energy security", ("energy", 4)],
    "economic_security": ["supply chains"],
    "cybersecurity": ["cyber"],
    "migration": ["migration"],
}
commitments = [
    dict(type="pledge", status="planned", actors=["US"], trigger="is committed",
         action=d.rng("working with the EU", "foreign policy concerns")),
    dict(type="launch", status="planned", actors=WE, trigger=("will launch", 1),
         action=d.rng("the U.S.-EU Trade", "21st century"), dates=["20"]),
    dict(type="intend", status="planned", actors=WE, trigger="will expand and deepen",
         action="trade and investment ties"),
    dict(type="intend", status="planned", actors=WE, trigger="align",
         action=d.rng("key policies", "technology and standards")),
    dict(type="launch", status="planned", actors=WE, trigger=("launch", 1, "align key policies"),
         action=d.rng("a new initiative", "genomics")),
    dict(type="intend", status="planned", actors=WE, trigger="drive",
         action=d.rng("a digital transformation", "democratic values")),
    dict(type="pledge", status="planned", actors=WE, trigger="will reiterate",
         action="support for COVAX"),
    dict(type="pledge", status="planned", actors=WE, trigger=("commit", 1, "support for COVAX"),
         action="reforming the World Health Organization"),
    dict(type="launch", status="ongoing", actors=WE, trigger="are also launching",
         action=d.rng("an expert working group", "reopen travel safely")),
    dict(type="pledge", status="planned", actors=WE, trigger=("will commit", 1),
         action=d.rng("leading by example", "by 2050"), dates=["2050"]),
    dict(type="pledge", status="planned", actors=WE, trigger="will re-affirm their commitment",
         action=d.rng("the Paris Agreement", "by 2030"), dates=["2030"]),
    dict(type="pledge", status="planned", actors=WE, trigger=("will commit", 2),
         action=d.rng("support democracy", "all people")),
    dict(type="intend", status="planned", actors=["US"], trigger="will work",
         action=d.rng("with the EU on shared", "Western Balkans")),
    dict(type="launch", status="planned", actors=WE, trigger=("will launch", 2),
         action=d.rng("U.S.-EU dialogues", "migration")),
]
write(d, build(d, actors, dates, topics, commitments))
