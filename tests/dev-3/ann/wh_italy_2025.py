import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, S, build, write

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse"))
d = Doc("wh-2025-04-18-united-states-italy-joint-leaders-statement")
TRUMP, MELONI = "donald-j-trump", "giorgia-meloni"
WE = [TRUMP, MELONI]          # "We": the persons the first sentence names (SPEC 7)
USIT = ["US", "IT"]
actors = [
    dict(id=TRUMP, type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=["Donald J. Trump", d.all("Trump", skip=(1,))]),
    dict(id=MELONI, type="person", name="Giorgia Meloni", role="Prime Minister", affiliation="IT",
         mentions=["Giorgia Meloni", ("Meloni", 2)]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("U.S."), d.all("United States"), "American"]),
    dict(id="IT", type="country", name="Italy", mentions=[d.all("Italy"), d.all("Italian")]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="nato", type="organization", name="NATO", mentions=["NATO"]),
    dict(id="IN", type="country", name="India", mentions=[d.all("India")]),
    dict(id="IL", type="country", name="Israel", mentions=["Israel"]),
]
dates = [
    ("yesterday", "DATE", "2025-04-17"),
    ("this century", "DATE", "20"),
    ("2026", "DATE", "2026"),
    ("2028", "DATE", "2028"),
]
topics = {
    "security_defence": [("security", 1), "Security", "national security", ("defense", 1),
                         ("defense", 2), ("security", 1, "complex"), ("defense", 3), ("defense", 4),
                         ("security", 1, "create a"), ("security", 1, "the health,")],
    "economic_security": ["supply chain", "supply chains"],
    "migration": ["immigration", ("migration", 1, "legal"), "migrant smuggling"],
    "human_rights": ["human trafficking"],
    "health": [("health", 1, "damage the")],
    "trade": [("trade", 1), "exports"],
    "investment": ["investments", ("investments", 2), ("investment", 1, "look into")],
    "ai": [d.all("AI")],
    "data": ["data hub", ("data", 1, "protect our")],
    "connectivity": ["connectivity", "undersea cables"],
    "transport": ["ports", "railways"],
    "development": ["economic development"],
    "energy": ["energy security", ("energy", 1, "diversification"), "liquefied natural gas"],
    "infrastructure": ["infrastructural projects"],
    "cybersecurity": ["critical and sensitive infrastructure"],
    "telecom": [("networks", 1, "trusted vendors"), "6G"],
    "quantum": ["quantum computing"],
    "space": ["Space Technology", "Mars Missions", "lunar surface exploration", "Artemis missions"],
}
commitments = [
    dict(cls="meet", type="meet", status="done", actors=WE, trigger="held",
         action=d.rng("their first official meeting", "Washington, D.C."), dates=["2025-04-17"]),
    dict(cls="wrapper", type="pledge", status="planned", actors=WE, trigger="confirmed their resolve",
         action=d.rng("promote a mutually", "technological issues"), dates=["2025-04-17"]),
    dict(cls="wrapper", type="pledge", status="planned", actors=USIT,
         trigger="reiterate the unwavering commitment",
         action=d.rng("NATO and to the principle", "Alliance’s goals")),
    dict(cls="finite_main", type="pledge", status="planned", actors=WE, trigger=("commit", 1),
         action=d.rng("ensuring our national security", "risks of tomorrow")),
    dict(cls="wrapper", type="intend", status="planned", actors=WE, trigger="are ready",
         action=d.rng("further increase defense", "foreign adversaries")),
    dict(cls="wrapper", type="pledge", status="planned", actors=USIT,
         trigger="reaffirm their shared commitment",
         action=d.rng("counter illegal immigration", "for our citizens")),
    dict(cls="modal_main", type="intend", status="planned", actors=WE, trigger="will step up",
         action=d.rng("our common efforts to eradicate", "human trafficking")),
    dict(cls="wrapper", type="pledge", status="planned", actors=USIT, trigger="confirm their joint effort",
         action=d.rng("fight the production", "trafficking these drugs")),
    dict(cls="finite_main", type="agree", status="planned", actors=USIT, trigger=("agree", 1),
         action=d.rng("work to ensure that trade", "and reciprocal")),
    dict(cls="modal_main", type="intend", status="planned", actors=["IT"], trigger="will contribute",
         action=d.rng("the maritime renaissance", "shipbuilding sector")),
    dict(cls="subordinate", type="intend", status="planned", actors=["US"], trigger="will look into",
         action=d.rng("the investment opportunities", "established in Italy")),
    dict(cls="finite_main", type="cooperate", status="ongoing", actors=USIT, trigger=("cooperate", 1),
         action=d.rng("strengthen energy security", "mutually beneficial manner")),
    dict(cls="modal_main", type="intend", status="planned", actors=USIT, trigger="will work together",
         action=d.rng("develop the India", "of this century"), dates=["20"]),
    dict(cls="modal_main", type="cooperate", status="planned", actors=USIT, trigger="will cooperate",
         action="crucial infrastructural projects"),
    dict(cls="coordinated", type="intend", status="planned", actors=USIT, trigger="consider",
         action="leveraging on the Mattei Plan’s potential", hedged=True),
    dict(cls="subordinate", type="pledge", status="planned", actors=WE, trigger=("commit", 2),
         action="using only trusted vendors in these networks"),
    dict(cls="wrapper", type="cooperate", status="ongoing", actors=WE, trigger="partner",
         action=d.rng("Space Technology, including", "Artemis missions"), dates=["2026", "2028"]),
    dict(cls="finite_main", type="pledge", status="planned", actors=WE, trigger=("commit", 3),
         action=d.rng("exploring opportunities", "would exploit it")),
    dict(cls="meet", type="meet", status="planned", actors=[TRUMP], trigger="accepted",
         action=d.rng("Prime Minister Meloni’s invitation", "very near future")),
    dict(cls="nominal", type="meet", status="planned", actors=WE, trigger=("hold", 1, "consideration"),
         action="a meeting between U.S. and Europe", hedged=True),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=OUT)
for c in commitments:  # construction classes (classes-a.tsv)
    t = S(d, c["trigger"])
    print("CLASS\t%s\t%s\t%d\t%s" % (d.name, " ".join(t["text"].split()), t["start"], c["cls"]))
