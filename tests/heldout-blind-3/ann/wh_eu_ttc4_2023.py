import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2023-05-31-fact-sheet-u-s-eu-trade-and-technology-council-deepens-transatlantic-ties")
BOTH = ["US", "EU"]
dfc_s = d.find("U.S. International Development Finance Corporation")[0]
us_all = [m for m in d.all("U.S.") if m["start"] != dfc_s]
actors = [
    dict(id="US", type="country", name="United States", mentions=[us_all, d.all("United States")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU"), "European Union"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=[d.all("European Commission")]),
    dict(id="antony-j-blinken", type="person", name="Antony J. Blinken", role="Secretary of State",
         affiliation="US", mentions=["Antony J. Blinken"]),
    dict(id="gina-raimondo", type="person", name="Gina Raimondo", role="Secretary of Commerce",
         affiliation="US", mentions=["Gina Raimondo"]),
    dict(id="katherine-tai", type="person", name="Katherine Tai", role="Trade Representative",
         affiliation="US", mentions=["Katherine Tai"]),
    dict(id="margrethe-vestager", type="person", name="Margrethe Vestager",
         role="European Commission Executive Vice President", affiliation="EU",
         mentions=["Margrethe Vestager"]),
    dict(id="valdis-dombrovskis", type="person", name="Valdis Dombrovskis",
         role="European Commission Executive Vice President", affiliation="EU",
         mentions=["Valdis Dombrovskis"]),
    dict(id="SE", type="country", name="Sweden", mentions=["Sweden"]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="dfc", type="organization", name="U.S. International Development Finance Corporation",
         mentions=["U.S. International Development Finance Corporation"]),
    dict(id="eib", type="organization", name="European Investment Bank", mentions=["European Investment Bank"]),
    dict(id="CR", type="country", name="Costa Rica", mentions=["Costa Rica"]),
    dict(id="PH", type="country", name="Philippines", mentions=["Philippines"]),
]
dates = [
    ("May 30", "DATE", "2023-05-30"),
    ("31, 2023", "DATE", "2023-05-31"),
    ("21<sup>st</sup> century", "DATE", "20"),
    ("2050", "DATE", "2050"),
]
topics = {
    "trade": [("trade", 1, "further enhance"), ("trade", 1, "cooperation in both"), "sustainable trade", "digital trade"],
    "economic_security": [d.all("export controls"), ("economic coercion", 1), ("economic coercion", 2),
                          ("supply chains", 1), ("supply chain", 1, "global semiconductor"),
                          ("supply chains", 1, "disruptions in"), ("supply chains", 1, "forced labor from"),
                          ("resilience", 1), "early warning"],
    "human_rights": ["democratic governance", d.all("human rights"), "rule of law", "democracies",
                     d.all("forced labor")],
    "standards": [("standards", 1), ("standards", 1, "taxonomy,"), ("standards", 1, "work on shared"), ("standards", 1, "logos of three"),
                  ("standard", 1, "shared vision on")],
    "research": [("innovation", 1), "research results", ("research and development", 1),
                 ("research and development", 2)],
    "semiconductors": [d.all("semiconductor"), "chips"],
    "ai": [d.all("AI Roadmap"), ("AI", 1, "focus on AI"), ("AI", 1, "trustworthy"),
           ("AI", 1, "measuring"), ("AI", 1, "generative")],
    "climate": ["net zero", ("climate", 1, "weather and")],
    "energy": [("clean energy", 1), ("clean energy", 2), "energy grid"],
    "investment": [("investment", 1, "outbound")],
    "health": [("health", 1, "management,"), ("medicine", 1, "health and"),
               "Pharmaceutical", "veterinary medicines"],
    "agriculture": ["agriculture"],
    "disasters": ["emergency response"],
    "quantum": ["Post-Quantum Cryptography"],
    "cybersecurity": ["cybersecurity"],
    "telecom": [d.all("6G"), "5G", ("network", 1, "stand-alone")],
    "connectivity": ["digital connectivity"],
    "transport": ["e-vehicle", "electric heavy-duty vehicles"],
    "infrastructure": [("infrastructure", 1, "charging")],
    "online_platforms": ["platform"],
    "education": [d.all("skills"), "training"],
}
def cut(sp):
    # SPEC 7: the action skips a linking "to" / "of" after the trigger
    for w in ("of ", "to "):
        if sp["text"].startswith(w):
            k = len(w)
            sp = {"start": sp["start"] + k, "end": sp["end"], "text": sp["text"][k:]}
    return sp


C = lambda t, s, trig, a, b, dates=(), after=None, actors=BOTH: dict(
    type=t, status=s, actors=actors, trigger=trig, action=cut(d.rng(a, b, after)), dates=list(dates))
P5 = ["antony-j-blinken", "gina-raimondo", "katherine-tai", "margrethe-vestager", "valdis-dombrovskis"]
commitments = [
    C("meet", "done", ("held", 1), "its fourth ministerial meeting", "31, 2023", ["2023-05-30", "2023-05-31"]),
    C("meet", "done", "were joined", "by EU Co-Chairs", "sides of the Atlantic", actors=P5),
    C("cooperate", "done", "have enhanced", "collaboration to address", "economic coercion"),
    C("review", "done", ("reviewed", 1), "progress and", "progress"),
    C("launch", "done", "announced", "key initiatives", "key initiatives"),
    C("cooperate", "done", "Identification", "of key tools", "potential violators"),
    C("cooperate", "planned", ("Collaboration", 1, "potential violators"), "to maximize clean energy", "Incentives Dialogue", ["2050"]),
    C("pledge", "planned", "Commitment", "to continue to coordinate", "sensitive technologies"),
    C("cooperate", "planned", "Enhancement", "of our coordination", "in support of our stakeholders"),
    C("cooperate", "planned", ("Development", 1, "commercial transactions"), "of information exchange on non-market", "non-market digital actors"),
    C("cooperate", "planned", "Exchange", "of information and market intelligence", "legacy chips"),
    C("launch", "done", "Operationalization", "of a joint early warning", "semiconductor supply chains"),
    C("launch", "done", "launching", "three expert groups", "measuring AI risks"),
    C("launch", "done", "Establishment", "of an internal catalogue", "agriculture optimization"),
    C("intend", "planned", ("Advancement", 1, "agriculture optimization"), "of our work on shared standards", "designs for manufacturing"),
    C("sign", "done", "Issuance", "of [joint technical", "heavy-duty vehicles"),
    C("intend", "planned", "Acceleration", "of development of a common vision", "research and development"),
    C("intend", "planned", ("Advancement", 1, "next steps"), "of a Memorandum", "Philippines"),
    C("cooperate", "done", "Deepened", "collaboration with labor", "cooperation to eradicate forced labor"),
    C("intend", "planned", "Fostering", "the talent and skills", "Talent for Growth Task Force"),
    C("cooperate", "planned", ("Development", 1, "skills policies"), "of a structured threat", "independent researchers"),
    C("agree", "planned", "Expansion", "of the U.S.-EU Mutual Recognition", "veterinary medicines"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
