import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2021-09-15-joint-leaders-statement-on-aukus")
WE = ["AU", "GB", "US"]
TODAY = "2021-09-15"
actors = [
    dict(id="AU", type="country", name="Australia",
         mentions=[d.all("Australia"), ("Australian", 2)]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("United Kingdom")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="royal-australian-navy", type="organization", name="Royal Australian Navy",
         mentions=["Royal Australian Navy"]),
    dict(id="iaea", type="organization", name="International Atomic Energy Agency",
         mentions=["International Atomic Energy Agency"]),
]
dates = [
    ("twenty-first century", "DATE", "20"),
    (("Today", 1), "DATE", TODAY),
    ("18 months", "DURATION", "P18M"),
    (("today", 1), "DATE", TODAY),
    (("today", 2), "DATE", TODAY),
    ("more than 70 years", "DURATION", "P70Y", "MORE_THAN"),
    (("Today", 2), "DATE", TODAY),
]
topics = {
    "security_defence": [d.all("security"), d.all("defense"), ("submarines", 1),
                         "submarine", ("submarines", 2), d.all("non-proliferation"), "nuclear weapons",
                         "undersea capabilities"],
    "economic_security": ["supply chains"],
    "cybersecurity": ["cyber"],
    "ai": ["artificial intelligence"],
    "quantum": ["quantum technologies"],
    "human_rights": ["democracies"],
}
commitments = [
    dict(type="pledge", status="planned", actors=WE, trigger="resolve",
         action=d.rng("deepen diplomatic", "twenty-first century"), dates=["20"]),
    dict(type="launch", status="ongoing", actors=WE, trigger="are announcing",
         action=d.rng("the creation of an enhanced", "Kingdom, and the United States")),
    dict(type="intend", status="planned", actors=WE, trigger="will strengthen",
         action=d.rng("the ability of each", "defense interests")),
    dict(type="intend", status="planned", actors=WE, trigger="will promote",
         action="deeper information and technology sharing"),
    dict(type="intend", status="planned", actors=WE, trigger="will foster",
         action=d.rng("deeper integration of security", "supply chains")),
    dict(type="cooperate", status="planned", actors=WE, trigger="will significantly deepen",
         action=d.rng("cooperation on a range", "defense capabilities")),
    dict(type="pledge", status="planned", actors=WE, trigger=("commit", 1, "maritime democracies"),
         action=d.rng("a shared ambition", "Royal Australian Navy")),
    dict(type="launch", status="ongoing", actors=WE, trigger=("embark", 1),
         action=d.rng("a trilateral effort of 18 months", "deliver this capability"),
         dates=[TODAY, "P18M"]),
    dict(type="intend", status="planned", actors=WE, trigger="will leverage",
         action=d.rng("expertise from the United States", "and the United Kingdom")),
    dict(type="pledge", status="planned", actors=["AU"], trigger="is committed",
         action=d.rng("adhering to the highest", "nuclear material and technology")),
    dict(type="pledge", status="planned", actors=["AU"], trigger="remains committed",
         action=d.rng("fulfilling all of its", "International Atomic Energy Agency")),
    dict(type="pledge", status="planned", actors=WE, trigger="are deeply committed",
         action=d.rng("upholding our leadership", "global non-proliferation")),
    dict(type="launch", status="ongoing", actors=WE, trigger=("embark", 2),
         action=d.rng("further trilateral collaboration", "joint capabilities and interoperability"),
         dates=[TODAY]),
    dict(type="cooperate", status="done", actors=WE, trigger="have worked together",
         action=d.rng("along with other important", "security and prosperity"), dates=["P70Y"]),
    dict(type="pledge", status="planned", actors=WE, trigger="recommit ourselves",
         action="this vision", dates=[TODAY]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
