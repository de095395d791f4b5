import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write, S

d = Doc("wh-2025-02-07-united-states-japan-joint-leaders-statement")


def minus(spans, *blocks):
    """The spans of a d.all() list that do not overlap any of the block spans."""
    bl = []
    for b in blocks:
        bl.extend(b if isinstance(b, list) else [S(d, b)])
    return [s for s in spans if not any(s["start"] < b["end"] and b["start"] < s["end"] for b in bl)]


TRUMP, ISHIBA = "donald-j-trump", "ishiba-shigeru"
BOTH = [TRUMP, ISHIBA]
DPRK_FULL = "Democratic People’s Republic of Korea"
TMCS = d.all("Treaty of Mutual Cooperation and Security")
actors = [
    dict(id=TRUMP, type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=["Donald J. Trump", ("Trump", 2)]),
    dict(id=ISHIBA, type="person", name="Ishiba Shigeru", role="Prime Minister", affiliation="JP",
         mentions=["Ishiba Shigeru", ("Ishiba", 2)]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), d.all("Japanese")]),
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australia")]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="KR", type="country", name="Republic of Korea",
         mentions=[minus(d.all("Republic of Korea"), DPRK_FULL), d.all("ROK")]),
    dict(id="PH", type="country", name="Philippines", mentions=["Philippines"]),
    dict(id="CN", type="country", name="People's Republic of China",
         mentions=["People’s Republic of China", d.all("PRC")]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=[DPRK_FULL, d.all("DPRK")]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
]
dates = [
    ("today", "DATE", "2025-02-07"),
    ("2015", "DATE", "2015"),
    (("FY 2027", 1), "DATE", "2027"),
    (("FY 2027", 2), "DATE", "2027"),
]
topics = {
    "security_defence": [TMCS, "Guidelines for Defense Cooperation", "Legislation for Peace and Security",
                         minus(d.all("security"), "economic security", "energy security", TMCS,
                               "Legislation for Peace and Security"),
                         d.all("defense"), ("nuclear", 1), d.all("deterrence"), d.all("forces"),
                         "exercises", "militarization", "military", "nuclear and", "missile programs",
                         "denuclearization"],
    "space": ["civil space", "International Space Station", "lunar surface exploration", "Artemis missions"],
    "research": ["science"],
    "cybersecurity": ["cyberspace", "cyber"],
    "ai": ["artificial intelligence", "AI"],
    "telecom": ["Open Radio Access Networks"],
    "data": ["information-sharing"],
    "economic_security": [d.all("supply chains"), "supply chain resilience".replace(" ", " "), "economic security",
                          ("resilience", 1), "economic coercion", "export controls",
                          "sensitive technologies"],
    "investment": ["foreign direct investment", "bilateral investment", "infrastructure investments"],
    "infrastructure": ["high quality infrastructure"],
    "quantum": ["quantum computing"],
    "semiconductors": ["semiconductors"],
    "energy": ["energy security", ("energy", 1, "affordable and reliable"), "liquefied natural gas",
               "small modular reactor", "nuclear reactor"],
    "materials": ["critical minerals"],
    "trade": ["exports"],
    "migration": ["illegal immigration"],
    "transport": ["travel systems", ("travel", 1, "technology theft")],
}
topics["security_defence"][-3] = ("nuclear", 1, "DPRK’s)")
topics["security_defence"][-2] = "missile"
topics["security_defence"][10] = ("military", 1)
topics["economic_security"][1] = ("supply chain resilience", 1)
topics["investment"][2] = ("investments", 1)
topics["transport"][0] = ("travel", 1)
topics["infrastructure"] = ["quality infrastructure"]
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("held", 1),
         action=d.rng("their\nfirst official".replace("\n", " "), "Washington, D.C."), dates=["2025-02-07"], cls="meet"),
    dict(type="pledge", status="planned", actors=BOTH, trigger="affirmed\ntheir determination".replace("\n", " "),
         action=d.rng("pursue a new golden", "disorderly world"), dates=["2025-02-07"], cls="subordinate"),
    dict(type="pledge", status="planned", actors=["JP"], trigger="reiterated its\nunwavering commitment".replace("\n", " "),
         action=d.rng("fundamentally reinforce", "defense\ncapabilities".replace("\n", " ")), cls="wrapper"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("intend", 1),
         action=d.rng("further\nstrengthen U.S.-Japan".replace("\n", " "), "including maritime"), cls="reported"),
    dict(type="intend", status="planned", actors=["US", "JP"], trigger="intend to continue",
         action=d.rng("their strong partnership", "Artemis missions"), cls="wrapper"),
    dict(type="intend", status="planned", actors=["US", "JP"], trigger=("intend", 1, "Artemis"),
         action=d.rng("expand\nbilateral security".replace("\n", " "), "deepen information-sharing"), cls="wrapper"),
    dict(type="pledge", status="planned", actors=["JP"], trigger=("commitment", 1, "welcomed\nJapan".replace("\n", " ")),
         action=d.rng("building capabilities by FY", "beyond FY 2027"), dates=["2027"], cls="nominal"),
    dict(type="agree", status="planned", actors=BOTH, trigger=("instructed", 1),
         action=d.rng("their foreign and defense", "expeditious manner"), cls="finite_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger="will seek",
         action="promote business opportunities", cls="wrapper"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("increase", 1, "business opportunities"),
         action="bilateral investment and employment", cls="list_item"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("strengthen", 1, "and employment"),
         action="their industrial bases", cls="list_item"),
    dict(type="cooperate", status="planned", actors=BOTH, trigger=("collaborate", 1, "industrial bases"),
         action=d.rng("lead the world", "leading-edge semiconductors"), cls="list_item"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("enhance", 1, "leading-edge semiconductors"),
         action=d.rng("efforts to counter", "against economic coercion"), cls="list_item"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("promote", 1, "against economic coercion"),
         action=d.rng("growth in the Indo-Pacific", "fair economic order"), cls="list_item"),
    dict(type="pledge", status="planned", actors=BOTH, trigger="resolved",
         action=d.rng("continue discussions", "chain resilience"), cls="finite_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("intend", 1, "travel\nsystems".replace("\n", " ")),
         action=d.rng("strengthen\nefforts to vet".replace("\n", " "), "illegal immigration"), cls="wrapper"),
    dict(type="intend", status="planned", actors=BOTH, trigger="announced their intention",
         action=d.rng("strengthen energy security", "mutually beneficial manner"), cls="wrapper"),
    dict(type="agree", status="planned", actors=BOTH, trigger=("instructed", 2),
         action=d.rng("their relevant ministers", "shared\ngoals".replace("\n", " ")), cls="finite_main"),
    dict(type="cooperate", status="done", actors=BOTH, trigger="shared views",
         action=d.rng("the severe and complex security\nenvironment".replace("\n", " "), "complex security environment",
                      after="shared views"), cls="finite_main"),
    dict(type="pledge", status="planned", actors=BOTH, trigger="expressed their determination",
         action=d.rng("continuously cooperate", "free and open Indo-Pacific", after="expressed their determination"),
         cls="wrapper"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("intend", 1, "As part of such"),
         action=d.rng("advance multilayered", "Japan-U.S.-Philippines"), cls="wrapper"),
    dict(type="pledge", status="planned", actors=BOTH, trigger="reaffirmed their resolute commitment",
         action=d.rng("the\ncomplete denuclearization".replace("\n", " "), "of the DPRK"), cls="wrapper"),
    dict(type="pledge", status="planned", actors=["JP"], trigger="reiterated its determination",
         action=d.rng("achieve an immediate", "abductions issue"), cls="wrapper"),
    dict(type="meet", status="planned", actors=BOTH, trigger="accepted",
         action=d.rng("an invitation from", "the near future"), cls="meet"),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=os.path.join(HERE, "..", "whitehouse"))
for c in commitments:
    t = S(d, c["trigger"])
    print("CLASS\t" + d.name + "\t" + " ".join(t["text"].split()) + "\t" + str(t["start"]) + "\t" + c["cls"])
