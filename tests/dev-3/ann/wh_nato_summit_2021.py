import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write, S

d = Doc("wh-2021-06-13-fact-sheet-nato-summit-revitalizing-the-transatlantic-alliance")


def minus(spans, *blocks):
    """The spans of a d.all() list that do not overlap any of the block spans."""
    bl = []
    for b in blocks:
        bl.extend(b if isinstance(b, list) else [S(d, b)])
    return [s for s in spans if not any(s["start"] < b["end"] and b["start"] < s["end"] for b in bl)]


US, NATO, BIDEN = "US", "nato", "biden"
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation=US,
         mentions=[("Biden", 1), ("Biden", 2)]),
    dict(id=US, type="country", name="United States", mentions=[d.all("United States"), "U.S."]),
    dict(id=NATO, type="organization", name="NATO", mentions=[d.all("NATO")]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia"), "Russian"]),
    dict(id="CN", type="country", name="People's Republic of China", mentions=["People’s Republic of China"]),
    dict(id="AF", type="country", name="Afghanistan", mentions=[d.all("Afghanistan")]),
    dict(id="IQ", type="country", name="Iraq", mentions=["Iraq"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="EU", type="bloc", name="European Union", mentions=["European Union"]),
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan"]),
    dict(id="NZ", type="country", name="New Zealand", mentions=["New Zealand"]),
    dict(id="KR", type="country", name="Republic of Korea", mentions=["Republic of Korea"]),
]
dates = [
    ("21<sup>st</sup> century", "DATE", "20"),
    ("20<sup>th</sup> century", "DATE", "19"),
    ("February 19, 2021", "DATE", "2021-02-19"),
    ("June 14", "DATE", "2021-06-14"),
    ("2030", "DATE", "2030"),
    ("nearly 20 years", "DURATION", "P20Y", "APPROX"),
    ("2022", "DATE", "2022"),
    ("seven consecutive years", "DURATION", "P7Y"),
    ("2014", "DATE", "2014"),
]
topics = {
    "security_defence": [minus(d.all("security"), "security of supply chains"), d.all("military"),
                         d.all("deterrence"), d.all("defense"), ("Deterrence", 1), ("Defense", 1, "Deterrence and"),
                         ("Article 5", 1), ("Article 5", 2), "Washington Treaty", "terrorism",
                         ("Strategic Concept", 1), ("Strategic Concept", 2), "Wales Defense Investment Pledge",
                         "Wales Pledge", "forces"],
    "cybersecurity": ["Cyber Defenses", "Cyber Defense Policy", d.all("cyber"), "ransomware",
                      ("critical infrastructure", 1)],
    "telecom": [("networks", 1), ("networks", 2)],
    "climate": [d.all("climate change"), "Climate Change", "Climate Security Action Plan", "greenhouse gases",
                "Paris Agreement", ("climate", 1, "global")],
    "human_rights": ["democratic values", ("democracy", 1), ("democracy", 2), ("individual liberty", 1),
                     ("individual liberty", 2), ("rule of law", 1), ("rule of law", 2), "human rights"],
    "health": ["COVID-19", "field hospitals", "pandemics"],
    "disasters": ["natural disasters"],
    "economic_security": [("resilience", 1), ("resilience", 1, "national and collective"),
                          "Strengthened Resilience Commitment", "supply chains"],
    "infrastructure": [("critical infrastructure", 2)],
    "energy": ["energy networks"],
    "investment": [("investment", 1, "defense")],
}
topics["telecom"] = [("networks", 1), ("networks", 1, "telecommunication")]
topics["energy"] = [("energy", 1)]
topics["investment"] = [("investment", 1, "proves that")]
topics["human_rights"][0] = "democratic\nvalues".replace("\n", " ")
commitments = [
    dict(type="pledge", status="planned", actors=[US], trigger="is fully committed",
         action="our NATO Alliance", cls="wrapper"),
    dict(type="intend", status="planned", actors=[US], trigger="’ll keep",
         action="faith with Article 5", cls="modal_main"),
    dict(type="meet", status="planned", actors=[BIDEN, NATO], trigger="will participate",
         action=d.rng("June 14", "30 Allied nations"), dates=["2021-06-14"], cls="meet"),
    dict(type="launch", status="planned", actors=[NATO], trigger=("will launch", 1),
         action=d.rng("an ambitious set", "2030 and beyond"), dates=["2030"], cls="modal_main"),
    dict(type="intend", status="planned", actors=[US, NATO], trigger=("will continue", 1),
         action=d.rng("supporting the people", "security assistance"), dates=["P20Y"], cls="wrapper"),
    dict(type="intend", status="planned", actors=[US], trigger="will also continue",
         action=d.rng("stand shoulder", "mission in Iraq"), cls="wrapper"),
    dict(type="agree", status="planned", actors=[NATO], trigger=("will agree", 1),
         action=d.rng("revise NATO’s", "Strategic Concept"), cls="modal_main"),
    dict(type="intend", status="planned", actors=[NATO], trigger="will be prepared",
         action=d.rng("adoption at the", "Summit in 2022"), dates=["2022"], cls="passive"),
    dict(type="agree", status="planned", actors=[NATO], trigger="will endorse",
         action=d.rng("a new Cyber Defense", "critical infrastructure"), cls="modal_main"),
    dict(type="launch", status="planned", actors=[NATO], trigger=("will launch", 2),
         action=d.rng("a Defense Innovation", "defense and\nsecurity".replace("\n", " ")), cls="modal_main"),
    dict(type="agree", status="planned", actors=[NATO], trigger=("will agree", 2),
         action="a Climate Security\nAction Plan".replace("\n", " "), cls="modal_main"),
    dict(type="intend", status="planned", actors=[NATO], trigger=("set", 1, "Action Plan"),
         action=d.rng("the ambition for NATO", "climate change on security"), cls="coordinated"),
    dict(type="agree", status="planned", actors=[NATO], trigger=("will agree", 3),
         action=d.rng("reduce greenhouse", "the Paris Agreement"), cls="modal_main"),
    dict(type="agree", status="planned", actors=[NATO], trigger=("agree", 1, "Paris Agreement"),
         action=d.rng("initiate a regular", "security dialogue"), cls="coordinated"),
    dict(type="pledge", status="planned", actors=[NATO], trigger=("will commit", 1),
         action=d.rng("implementation of new", "Russia and\nelsewhere".replace("\n", " ")), cls="modal_main"),
    dict(type="intend", status="ongoing", actors=[NATO], trigger=("continues", 1, "NATO also"),
         action=d.rng("monitor the Russian", "around Ukraine"), cls="wrapper"),
    dict(type="pledge", status="planned", actors=[NATO], trigger=("will recommit", 1),
         action=d.rng("the Wales Pledge", "ready\nforces".replace("\n", " ")), cls="modal_main"),
    dict(type="pledge", status="planned", actors=[NATO], trigger="will also commit",
         action=d.rng("ensuring NATO is led", "taken at the Summit"), cls="modal_main"),
    dict(type="agree", status="planned", actors=[NATO], trigger=("will agree", 4),
         action=d.rng("identify the additional", "in the future"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=[NATO], trigger=("will commit", 2),
         action=d.rng("enhance\npolitical".replace("\n", " "), "collective security"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=[NATO], trigger="will also reaffirm their\ncommitment".replace("\n", " "),
         action=d.rng("their common values", "the rule of law"), cls="wrapper"),
    dict(type="sign", status="planned", actors=[NATO], trigger="will issue",
         action=d.rng("a Strengthened Resilience", "natural disasters"), cls="modal_main"),
    dict(type="intend", status="planned", actors=[NATO], trigger=("will enhance", 1, "Deeper Partnerships"),
         action=d.rng("NATO’s ability to\nstrengthen".replace("\n", " "), "the Republic of Korea)"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=[NATO], trigger=("will recommit", 2),
         action="NATO’s\nOpen Door Policy".replace("\n", " "), cls="modal_main"),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=os.path.join(HERE, "..", "whitehouse"))
for c in commitments:
    t = S(d, c["trigger"])
    print("CLASS\t" + d.name + "\t" + " ".join(t["text"].split()) + "\t" + str(t["start"]) + "\t" + c["cls"])
