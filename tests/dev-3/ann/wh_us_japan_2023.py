import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write, S

d = Doc("wh-2023-01-13-joint-statement-of-the-united-states-and-japan")


def minus(spans, *blocks):
    """The spans of a d.all() list that do not overlap any of the block spans."""
    bl = []
    for b in blocks:
        bl.extend(b if isinstance(b, list) else [S(d, b)])
    return [s for s in spans if not any(s["start"] < b["end"] and b["start"] < s["end"] for b in bl)]


BIDEN, KISHIDA = "joseph-r-biden-jr", "kishida-fumio"
WE = [BIDEN, KISHIDA]
UNSC = ["United Nations Security Council", "UN Security Council"]
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden, Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr.", ("Biden", 2), ("Biden", 3), ("Biden", 4), ("Biden", 5)]),
    dict(id=KISHIDA, type="person", name="Kishida Fumio", role="Prime Minister", affiliation="JP",
         mentions=["Kishida Fumio"]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="CN", type="country", name="China", mentions=[d.all("China")]),
    dict(id="KP", type="country", name="North Korea", mentions=["North Korea"]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="KR", type="country", name="Republic of Korea", mentions=["Republic of Korea"]),
    dict(id="unsc", type="organization", name="United Nations Security Council", mentions=UNSC),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="apec", type="organization", name="Asia-Pacific Economic Cooperation",
         mentions=["Asia-Pacific Economic Cooperation", "APEC"]),
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="asean", type="bloc", name="Association of Southeast Asian Nations", mentions=[d.all("ASEAN")]),
]
dates = [
    ("21st century", "DATE", "20"),
    ("two-year", "DURATION", "P2Y"),
    ("January", "DATE", "2023-01"),
    ("2023", "DATE", "2023"),
]
SD_TEXTS = ["National Security Strategy", "National Defense Strategy", "Defense Buildup Program",
            "Treaty of Mutual Cooperation and Security"]
topics = {
    "cybersecurity": ["cyber", "cybersecurity"],
    "space": [("space", 1), ("space", 2), "Space Framework Agreement"],
    "human_rights": [("rule of law", 1), ("rule of law", 2), "democratic economies", "democracies",
                     "gender equity", "equality", "women’s empowerment"],
    "economic_security": ["economic security", "resilience", "supply chains", "economic coercion",
                          "non-market policies"],
    "semiconductors": ["semiconductors"],
    "energy": ["clean energy", "energy security", "nuclear energy", ("energy", 1, "undermining of")],
    "climate": ["climate crisis", "net\nzero".replace("\n", " "), ("climate", 1, "cybersecurity")],
    "data": ["data free flow with trust", "sequence data"],
    "disasters": ["natural disasters"],
    "trade": ["Indo-Pacific Economic Framework", "IPEF"],
    "development": ["multilateral development banks"],
    "finance": ["creditor coordination", "debt relief"],
    "health": ["global health", "COVID-19", "public health"],
    "agriculture": ["food security"],
    "investment": ["investment"],
}
topics["security_defence"] = SD_TEXTS + [
    minus(d.all("security"), "economic security", "energy security", "food security"),
    ("defense", 1), ("defense", 1, "commitment of the"), ("nuclear", 1), "force posture", "deterrence",
    "counterstrike", "denuclearization", "nuclear weapon", "nonproliferation", "maritime domain awareness"]
topics["human_rights"][2] = ("democratic", 1, "two largest")
commitments = [
    dict(type="meet", status="done", actors=WE, trigger=("meet", 1),
         action=d.rng("at a historic moment", "and the world"), cls="meet"),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger="reiterated",
         action=d.rng("the\nunwavering commitment".replace("\n", " "), "including nuclear"), cls="finite_main"),
    dict(type="cooperate", status="done", actors=WE, trigger="have aligned",
         action=d.rng("our collective force", "and space domains"), cls="finite_main"),
    dict(type="agree", status="planned", actors=WE, trigger="instructed",
         action=d.rng("their ministers to\nreinforce".replace("\n", " "), "other capabilities"), cls="finite_main"),
    dict(type="cooperate", status="done", actors=WE, trigger=("have deepened", 1),
         action=d.rng("cooperation on critical and emerging", "national security"), cls="finite_main"),
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm our commitment",
         action=d.rng("the complete", "Security Council resolutions"), cls="wrapper"),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger="reaffirms U.S. commitment",
         action=d.rng("the immediate resolution", "abductions issue"), cls="wrapper"),
    dict(type="intend", status="planned", actors=WE, trigger=("will continue", 1),
         action=d.rng("impose sanctions", "on Russia"), cls="wrapper"),
    dict(type="intend", status="planned", actors=WE, trigger=("provide", 1),
         action="unwavering support for Ukraine", cls="coordinated"),
    dict(type="intend", status="planned", actors=WE, trigger=("will continue", 2),
         action=d.rng("support Ukraine in the face", "critical infrastructure"), cls="wrapper"),
    dict(type="cooperate", status="done", actors=WE, trigger="discussed",
         action=d.rng("priorities for the G7", "Hiroshima Summit"), cls="finite_main"),
    dict(type="intend", status="planned", actors=WE, trigger=("will continue", 3),
         action=d.rng("work closely toward", "based on the rule of law"), cls="wrapper"),
    dict(type="intend", status="planned", actors=WE, trigger="will sharpen",
         action=d.rng("our shared edge", "nonproliferation standards"), cls="modal_main"),
    dict(type="cooperate", status="done", actors=WE, trigger=("have deepened", 2),
         action=d.rng("our cooperation on nuclear", "nonproliferation standards"), cls="subordinate"),
    dict(type="intend", status="planned", actors=WE, trigger="will\nbuild".replace("\n", " "),
         action=d.rng("resilience in our societies", "natural disasters"), cls="modal_main"),
    dict(type="intend", status="planned", actors=WE, trigger=("accelerate", 1, "natural disasters"),
         action=d.rng("global efforts to tackle", "climate crisis"), cls="coordinated"),
    dict(type="intend", status="planned", actors=WE, trigger=("advance", 1, "climate crisis"),
         action="data free flow with trust", cls="coordinated"),
    dict(type="intend", status="planned", actors=WE, trigger=("will ensure", 1),
         action=d.rng("economic\nprosperity".replace("\n", " "), "across our societies"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=WE, trigger="recommit",
         action=d.rng("achieving gender equity", "women’s empowerment"), cls="wrapper"),
    dict(type="intend", status="planned", actors=WE, trigger="will work together",
         action=d.rng("drive sustainable progress", "to net\nzero".replace("\n", " ")), cls="modal_main"),
    dict(type="intend", status="planned", actors=WE, trigger="evolve",
         action=d.rng("the multilateral development banks", "global\nchallenges".replace("\n", " ")), cls="coordinated"),
    dict(type="intend", status="planned", actors=WE, trigger=("improve", 1, "global"),
         action=d.rng("creditor coordination", "debt relief"), cls="coordinated"),
    dict(type="cooperate", status="planned", actors=WE, trigger="will\nalso collaborate".replace("\n", " "),
         action=d.rng("with others, in the region", "and the world"), cls="modal_main"),
    dict(type="intend", status="planned", actors=WE, trigger=("will ensure", 1, "Australia and India"),
         action=d.rng("the Quad continues", "maritime domain awareness"), cls="modal_main"),
    dict(type="intend", status="planned", actors=WE, trigger=("will continue", 1, "maritime domain"),
         action=d.rng("supporting\nASEAN".replace("\n", " "), "ASEAN Outlook on the\nIndo-Pacific".replace("\n", " ")),
         cls="wrapper"),
    dict(type="pledge", status="planned", actors=WE, trigger=("commit", 1, "ASEAN Outlook"),
         action=d.rng("strengthening vital trilateral", "and other domains"), cls="finite_main"),
    dict(type="cooperate", status="planned", actors=WE, trigger=("will bolster", 1, "And we"),
         action=d.rng("our growing collaboration", "Blue Pacific"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=WE, trigger=("committed", 1, "newly"),
         action=d.rng("achieving peace and prosperity", "through our actions"), dates=["2023"], cls="nominal"),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=os.path.join(HERE, "..", "whitehouse"))
for c in commitments:
    t = S(d, c["trigger"])
    print("CLASS\t" + d.name + "\t" + " ".join(t["text"].split()) + "\t" + str(t["start"]) + "\t" + c["cls"])
