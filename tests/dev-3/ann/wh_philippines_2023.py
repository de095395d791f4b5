import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, S, build, write

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse"))
d = Doc("wh-2023-05-01-joint-statement-of-the-leaders-of-the-united-states-and-the-philippines")
BID, MAR = "joseph-r-biden-jr", "ferdinand-r-marcos-jr"
LEADERS = [BID, MAR]
USPH = ["US", "PH"]
afp = d.find("Armed Forces of the Philippines")
ph = [m for m in d.all("Philippines") if not (afp[0] <= m["start"] < afp[1])]
actors = [
    dict(id=BID, type="person", name="Joseph R. Biden, Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr.", d.all("Biden", skip=(1,))]),
    dict(id=MAR, type="person", name="Ferdinand R. Marcos Jr.", role="President", affiliation="PH",
         mentions=["Ferdinand R. Marcos Jr.", d.all("Marcos", skip=(1,))]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("U.S."), d.all("United States"), "Americans"]),
    dict(id="PH", type="country", name="Philippines",
         mentions=[ph, d.all("Philippine"), d.all("Filipino"), "Filipinos"]),
    dict(id="afp", type="organization", name="Armed Forces of the Philippines",
         mentions=["Armed Forces of the Philippines"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="un", type="organization", name="United Nations", mentions=["United Nations"]),
    dict(id="asean", type="bloc", name="Association of Southeast Asian Nations", mentions=[d.all("ASEAN")]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan"]),
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="apec", type="organization", name="Asia-Pacific Economic Cooperation", mentions=["APEC"]),
]
dates = [
    ("twenty-first century", "DATE", "20"),
    ("1951", "DATE", "1951"),
    ("2016", "DATE", "2016"),
    ("2024", "DATE", "2024"),
    ("this November", "DATE", "2023-11"),
    ("this year", "DATE", "2023"),
]
topics = {
    "security_defence": ["Security", ("defense", 1), "Mutual Defense Treaty",
                         "Enhanced Defense Cooperation Agreement", ("security", 1, "strengthen Philippine"),
                         ("security", 1, "element of global")],
    "human_rights": [d.all("human rights"), d.all("rule of law"), "democratic institutions", "labor rights",
                     "anti-corruption"],
    "energy": [("clean energy", 1), "Clean Energy", ("clean energy", 2), ("clean energy", 3), "renewable energy",
               ("energy", 1, "bringing down"), ("energy", 1, "expanding energy access"), ("energy", 1, "geothermal"),
               "civil nuclear", "energy security"],
    "climate": [d.all("climate change"), "climate crisis", d.all("greenhouse gas emissions")],
    "environment": ["environmental protections", "marine conservation", "environmental degradation"],
    "agriculture": [("food", 1), "food security"],
    "investment": [("investment", 1), ("investment", 1, "companies’"), "high-quality investment"],
    "trade": ["Trade and Investment Framework Agreement", ("trade", 1, "promoting"), "Indo-Pacific Economic Framework"],
    "economic_security": [d.all("supply chains"), "supply chain"],
    "materials": ["critical minerals"],
    "research": ["innovation", "Science and Technology Agreement"],
    "space": ["outer space", ("space", 1, "bilateral space")],
    "disasters": ["disaster relief"],
    "health": ["COVID-19"],
}
commitments = [
    dict(cls="wrapper", type="meet", status="done", actors=LEADERS, trigger=("welcome", 1),
         action=d.rng("Philippine President Ferdinand", "Washington, DC")),
    dict(cls="coordinated", type="pledge", status="planned", actors=LEADERS, trigger=("resolve", 1),
         action=d.rng("continue expanding engagement", "common concern")),
    dict(cls="modal_main", type="intend", status="planned", actors=USPH, trigger="will remain",
         action="the closest of allies", dates=["20"]),
    dict(cls="finite_main", type="pledge", status="planned", actors=[BID], trigger="reaffirms",
         action=d.rng("the United States’ ironclad", "to the Philippines"), dates=["1951"]),
    dict(cls="finite_main", type="pledge", status="planned", actors=LEADERS, trigger=("reaffirm", 1, "in that spirit"),
         action=d.rng("their strong support for ASEAN", "Outlook on the Indo-Pacific")),
    dict(cls="finite_main", type="pledge", status="planned", actors=LEADERS, trigger=("resolve", 1, "President Marcos resolve to draw"),
         action=d.rng("draw on the strength", "Indo-Pacific region")),
    dict(cls="modal_main", type="intend", status="planned", actors=[BID], trigger="will dispatch",
         action=d.rng("a Presidential Trade", "of its people")),
    dict(cls="reported", type="meet", status="planned", actors=USPH, trigger="will co-host",
         action=d.rng("the 2024 Indo-Pacific Business Forum", "in Manila"), dates=["2024"]),
    dict(cls="modal_main", type="intend", status="planned", actors=USPH, trigger="will pursue",
         action=d.rng("engagements with stakeholders", "fair, and transparent")),
    dict(cls="nominal", type="intend", status="planned", actors=USPH, trigger=("plans", 1),
         action=d.rng("prioritize bilateral economic", "Agreement (TIFA)")),
    dict(cls="reported", type="intend", status="planned", actors=LEADERS, trigger="will undertake",
         action="urgent action to reduce greenhouse gas emissions"),
    dict(cls="finite_main", type="pledge", status="planned", actors=LEADERS, trigger=("resolve", 1, "gas emissions. They"),
         action=d.rng("expand collaboration on renewable", "access for families")),
    dict(cls="modal_main", type="intend", status="planned", actors=USPH, trigger="will also pursue",
         action="an ambitious program of cooperation on wind, solar, and geothermal energy"),
    dict(cls="subordinate", type="cooperate", status="planned", actors=USPH, trigger="enhancing",
         action=d.rng("cooperation on reducing greenhouse", "shipping sectors")),
    dict(cls="finite_main", type="pledge", status="planned", actors=LEADERS, trigger=("resolve", 1, "leaders further"),
         action=d.rng("expand cooperation on environmental", "environmental degradation")),
    dict(cls="finite_main", type="pledge", status="planned", actors=LEADERS, trigger=("pledge", 1),
         action=d.rng("promote increased cooperation", "Agreement (STA)")),
    dict(cls="nominal", type="intend", status="planned", actors=["US"], trigger=("plans", 1, "welcome U.S."),
         action="establish an Open-RAN Interoperability Lab in Manila"),
    dict(cls="nominal", type="intend", status="planned", actors=USPH, trigger=("plan", 1, "countries’"),
         action=d.rng("prioritize and strengthen bilateral space", "Dialogue this year"), dates=["2023"]),
    dict(cls="nominal", type="launch", status="done", actors=USPH, trigger="establishment",
         action=d.rng("a bilateral Labor Working Group", "U.S.-Philippines TIFA")),
    dict(cls="wrapper", type="intend", status="ongoing", actors=USPH, trigger=("continue", 1, "Philippines continue"),
         action="realize their shared vision of partnership, peace, and prosperity"),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=OUT)
for c in commitments:  # construction classes (classes-a.tsv)
    t = S(d, c["trigger"])
    print("CLASS\t%s\t%s\t%d\t%s" % (d.name, " ".join(t["text"].split()), t["start"], c["cls"]))
