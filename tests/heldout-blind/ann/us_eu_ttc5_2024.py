import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2024-01-31-readout-of-u-s-eu-trade-and-technology-council-fifth-ministerial-meeting")
BLINKEN, RAIMONDO, TAI = "antony-blinken", "gina-raimondo", "katherine-tai"
VESTAGER, DOMBROVSKIS, BRETON = "margrethe-vestager", "valdis-dombrovskis", "thierry-breton"
US3 = [BLINKEN, RAIMONDO, TAI]
COCHAIRS = US3 + [VESTAGER, DOMBROVSKIS]
BOTH = ["US", "EU"]
actors = [
    dict(id="US", type="country", name="United States", mentions=[d.all("U.S."), d.all("United States")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU"), "European Union"]),
    dict(id=BLINKEN, type="person", name="Antony Blinken", role="Secretary of State", affiliation="US",
         mentions=["Antony Blinken"]),
    dict(id=RAIMONDO, type="person", name="Gina Raimondo", role="Secretary of Commerce", affiliation="US",
         mentions=["Gina Raimondo"]),
    dict(id=TAI, type="person", name="Katherine Tai", role="Trade Representative", affiliation="US",
         mentions=["Katherine Tai"]),
    dict(id="national-security-council", type="organization", name="National Security Council",
         mentions=["National Security Council"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
    dict(id=VESTAGER, type="person", name="Margrethe Vestager",
         role="European Commission Executive Vice President", affiliation="EU",
         mentions=["Margrethe Vestager"]),
    dict(id=DOMBROVSKIS, type="person", name="Valdis Dombrovskis",
         role="European Commission Executive Vice President", affiliation="EU",
         mentions=["Valdis Dombrovskis"]),
    dict(id=BRETON, type="person", name="Thierry Breton",
         role="European Commissioner for Internal Market", affiliation="EU",
         mentions=["Thierry Breton"]),
    dict(id="SE", type="country", name="Sweden", mentions=["Sweden"]),
    dict(id="BE", type="country", name="Belgium", mentions=["Belgium"]),
    dict(id="6g-smart-networks-and-services-industry-association", type="organization",
         name="6G Smart Networks and Services Industry Association",
         mentions=["6G Smart Networks and Services Industry Association"]),
    dict(id="next-g-alliance", type="organization", name="Next G Alliance", mentions=["Next G Alliance"]),
]
dates = [
    ("Tuesday, January 30, 2024", "DATE", "2024-01-30"),
    ("May 2023", "DATE", "2023-05"),
    ("the spring of 2024", "DATE", "2024-SP"),
]
topics = {
    "economic_security": ["economic security", "de-risking", "supply chains", "outbound investment",
                          "export control", "economic coercion", "supply chain resilience"],
    "security_defence": ["national security"],
    "human_rights": ["human rights", "freedom of expression"],
    "ai": ["artificial intelligence", ("AI", 1), "Joint Roadmap on Trustworthy AI and Risk Management",
           ("AI", 3)],
    "research": [d.all("innovation")],
    "cybersecurity": [("security", 3), "cybersecurity", "Joint CyberSafe Products Action Plan"],
    "telecom": ["network", "Beyond 5G/6G Roadmap", ("6G", 4)],
    "standards": [d.all("standards")],
    "semiconductors": ["semiconductors"],
    "climate": ["net-zero", "climate"],
    "investment": ["investments"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("its fifth ministerial", "Washington, D.C."), dates=["2024-01-30"]),
    dict(type="meet", status="done", actors=US3 + ["national-security-council", VESTAGER, DOMBROVSKIS],
         trigger="were joined", action=d.rng("by EU TTC co-chairs", "Valdis Dombrovskis")),
    dict(type="meet", status="done", actors=[BRETON], trigger=("joined", 2), action="the discussions"),
    dict(type="cooperate", status="done", actors=US3, trigger=("discussed", 1),
         action=d.rng("expanding collaboration", "freedom of expression")),
    dict(type="cooperate", status="done", actors=US3, trigger=("discussed", 2),
         action=d.rng("the importance of expanding", "network components")),
    dict(type="pledge", status="planned", actors=US3, trigger="resolved",
         action=d.rng("continue to promote interoperability", "AI governance")),
    dict(type="meet", status="done", actors=BOTH, trigger="hosted",
         action=d.rng("two stakeholder events", "margins of the TTC")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="received",
         action=d.rng("a briefing by the 6G", "5G/6G\nRoadmap")),
    dict(type="intend", status="planned", actors=BOTH, trigger="look",
         action=d.rng("create a transatlantic", "Internet-connected products")),
    dict(type="intend", status="planned", actors=COCHAIRS, trigger=("intend", 1),
         action=d.rng("convene the sixth", "transatlantic partnership on shared priorities"),
         dates=["2024-SP"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
