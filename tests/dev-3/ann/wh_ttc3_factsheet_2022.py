import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write, S

d = Doc("wh-2022-12-05-fact-sheet-u-s-eu-trade-and-technology-council-advances-concrete-action-on-transatlantic-cooperatio")

US, EU = "US", "EU"
BOTH = [US, EU]
BLINKEN, RAIMONDO, TAI = "antony-j-blinken", "gina-raimondo", "katherine-tai"
VESTAGER, DOMBROVSKIS, LEE = "margrethe-vestager", "valdis-dombrovskis", "lee"
EVP = "European Commission Executive Vice President"
actors = [
    dict(id=US, type="country", name="United States", mentions=[d.all("U.S."), d.all("United States")]),
    dict(id=EU, type="bloc", name="European Union", mentions=[d.all("EU"), d.all("European Union")]),
    dict(id=BLINKEN, type="person", name="Antony J. Blinken", role="Secretary of State", affiliation=US,
         mentions=["Antony J. Blinken"]),
    dict(id=RAIMONDO, type="person", name="Gina Raimondo", role="Secretary of Commerce", affiliation=US,
         mentions=["Gina Raimondo"]),
    dict(id=TAI, type="person", name="Katherine Tai", role="Trade Representative", affiliation=US,
         mentions=["Katherine Tai", ("Tai", 2)]),
    dict(id=VESTAGER, type="person", name="Margrethe Vestager", role=EVP, affiliation=EU,
         mentions=["Margrethe Vestager"]),
    dict(id=DOMBROVSKIS, type="person", name="Valdis Dombrovskis", role=EVP, affiliation=EU,
         mentions=["Valdis Dombrovskis", ("Dombrovskis", 2)]),
    dict(id=LEE, type="person", name="Lee", role="Department of Labor Under Secretary", affiliation=US,
         mentions=["Lee"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
    dict(id="university-of-maryland", type="organization", name="University of Maryland",
         mentions=["University of Maryland"]),
    dict(id="department-of-labor", type="organization", name="Department of Labor",
         mentions=["Department of Labor"]),
    dict(id="KE", type="country", name="Kenya", mentions=[d.all("Kenya")]),
    dict(id="JM", type="country", name="Jamaica", mentions=[d.all("Jamaica")]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia"), d.all("Russian")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="CN", type="country", name="China", mentions=[d.all("China")]),
    dict(id="dfc", type="organization", name="Development Finance Corporation",
         mentions=["Development Finance Corporation"]),
    dict(id="eib", type="organization", name="European Investment Bank",
         mentions=["European Investment Bank"]),
]
dates = [("December 5", "DATE", "2022-12-05")]
topics = {
    "trade": [("trade", 1, "approach to"), ("trade", 1, "As the largest"), ("trade", 1, "about how"),
              ("trade", 1, "the areas of"), ("Trade", 1, "Enhancing"), "Mutual Recognition Agreements",
              ("transatlantic trade", 1), ("transatlantic trade", 2), "exports and re-exports",
              ("Trade", 1, "Support"), ("trade", 1, "key areas of"), ("transatlantic trade", 3)],
    "investment": [("investment", 1, "As the largest"), ("investment", 1, "transatlantic trade and")],
    "research": [("innovation", 1), ("innovation", 2), "research collaboration",
                 ("research", 1, "to support"), ("innovation", 3)],
    "human_rights": ["democratic principles", ("human rights", 1), "labor rights", "democratic values",
                     ("human rights", 2), ("human rights", 3), "fundamental freedoms",
                     ("human rights", 4)],
    "connectivity": [("digital connectivity", 1), "Digital Connectivity", "internet services",
                     "Wi-Fi", "broadband connectivity", "school connectivity"],
    "infrastructure": [("digital infrastructure", 1), ("digital infrastructure", 2),
                       "global infrastructure projects"],
    "telecom": ["5G"],
    "economic_security": ["resilient supply chains", "Supply Chains", "semiconductor supply chain",
                          "early warning system", "export control", "dual-use items",
                          "economic coercion", "non-market policies"],
    "semiconductors": ["Semiconductor", ("semiconductor", 1), "semiconductors"],
    "ai": ["Joint Artificial Intelligence (AI) Roadmap", "trustworthy AI", ("AI", 1, "impact of")],
    "data": ["privacy enhancing technologies", "synthetic data", "protection of data"],
    "health": [("health", 1, "synthetic data"), "medicine", "medical devices",
               ("Health", 1, "Labor, and"), "health information", "public health"],
    "quantum": ["quantum information science"],
    "standards": ["technology standards", ("standards", 1, "engage on"), ("standards", 1, "Increasing"),
                  "cybersecurity standards", "standardization", "conformity assessment"],
    "digital_identity": ["digital identity"],
    "cybersecurity": ["post-quantum encryption", ("cybersecurity", 1)],
    "online_platforms": ["online platforms", "platform governance", "tech platform accountability"],
    "environment": ["recycling of plastics", "Environment", "environmental sustainability"],
    "transport": ["electro-mobility", "electric vehicle"],
    "education": ["public schools", "digital competencies", "training", "skills policies"],
    "security_defence": [("Security", 1, "Enhancing")],
}
# the topic mentions take their shortest phrase where a name carries a topic word
topics["economic_security"][2] = ("supply chain", 1, "semiconductor")
topics["semiconductors"][1] = ("semiconductor", 1, "mitigate")
topics["standards"][0] = ("standards", 1, "technology")
topics["standards"][3] = ("standards", 1, "cybersecurity")
topics["ai"][1] = ("AI", 1, "trustworthy")
topics["economic_security"][0] = ("supply chains", 1)

DONE_LIST = "list_item"
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("its third", "College Park"), dates=["2022-12-05"], cls="meet"),
    dict(type="meet", status="done", actors=[BLINKEN, RAIMONDO, TAI, VESTAGER, DOMBROVSKIS],
         trigger="co-chaired", action=d.rng("the meeting with European", "universal human rights"),
         cls="meet"),
    dict(type="intend", status="ongoing", actors=BOTH, trigger="are advancing",
         action=d.rng("projects that align", "rules-based economic system"), cls="finite_main"),
    dict(type="meet", status="done", actors=[TAI, DOMBROVSKIS, LEE], trigger="convened",
         action=d.rng("a meeting of the Trade", "and globally"), cls="meet"),
    dict(type="meet", status="done", actors=[US, EU, "KE", "JM"], trigger="welcomed",
         action=d.rng("virtually senior leaders", "secure digital infrastructure"), cls="meet"),
    dict(type="cooperate", status="done", actors=BOTH, trigger="engaged",
         action=d.rng("with U.S. and", "technology standards"), cls="finite_main"),
    dict(type="intend", status="ongoing", actors=BOTH, trigger="continue",
         action=d.rng("coordinate efforts", "Latin-America"), cls="wrapper"),
    dict(type="launch", status="done", actors=BOTH, trigger="launched",
         action=d.rng("a number of new", "with third countries"), cls="finite_main"),
    # Supporting Secure and Resilient Digital Connectivity in Third Countries
    dict(type="launch", status="done", actors=BOTH, trigger=("Launching", 1),
         action=d.rng("new cooperation on inclusive", "respective governments"), cls=DONE_LIST),
    dict(type="intend", status="planned", actors=BOTH, trigger="will connect",
         action=d.rng("over 1,000 public schools", "secure internet services"), cls="modal_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("strengthen", 1, "internet services"),
         action=d.rng("digital competencies", "of teachers"), cls="coordinated"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("support", 1, "of teachers"),
         action=d.rng("the use of digital", "types of enterprises"), cls="coordinated"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("expand", 1, "types of enterprises"),
         action="Wi-Fi infrastructure", cls="coordinated"),
    dict(type="intend", status="planned", actors=BOTH, trigger="intend",
         action=d.rng("support secure and resilient", "in the country"), cls="wrapper"),
    dict(type="intend", status="planned", actors=BOTH, trigger="will expand",
         action="school connectivity", cls="modal_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("provide", 1, "school connectivity"),
         action=d.rng("technical assistance to help", "global infrastructure projects"), cls="coordinated"),
    dict(type="cooperate", status="ongoing", actors=BOTH, trigger=("Expanding", 1),
         action=d.rng("coordination on financing", "European Investment Bank"), cls=DONE_LIST),
    # Cooperating on New and Emerging Technologies
    dict(type="sign", status="done", actors=BOTH, trigger="Issuing",
         action=d.rng("a [Joint Artificial", "trustworthy AI"), cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger=("Working", 1),
         action=d.rng("a pilot project on privacy", "health and medicine"), cls=DONE_LIST),
    dict(type="launch", status="done", actors=BOTH, trigger="Publishing",
         action=d.rng("a [joint", "on the workforce"), cls=DONE_LIST),
    dict(type="launch", status="done", actors=BOTH, trigger=("Establishing", 1),
         action=d.rng("an expert task force", "export control-related issues"), cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger=("Developing", 1),
         action=d.rng("[joint recommendations]", "Vehicle to Grid Integration pilots"), cls=DONE_LIST),
    dict(type="cooperate", status="ongoing", actors=BOTH, trigger="Increasing",
         action=d.rng("standards cooperation on additive", "and digital identity"), cls=DONE_LIST),
    dict(type="launch", status="done", actors=BOTH, trigger=("launching", 1),
         action=d.rng("new workstreams", "cybersecurity standards"), cls=DONE_LIST),
    dict(type="launch", status="done", actors=BOTH, trigger="Rolling out",
         action=d.rng("the Strategic Standards", "common strategic issues"), cls=DONE_LIST),
    # Building Resilient Semiconductor Supply Chains
    dict(type="launch", status="done", actors=BOTH, trigger="Institutionalizing",
         action=d.rng("an early warning system", "supply chain disruptions"), cls=DONE_LIST),
    dict(type="cooperate", status="ongoing", actors=BOTH, trigger=("Exchanging", 1),
         action="information and methodologies", cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger=("developing", 1),
         action=d.rng("a common understanding", "support programs for semiconductors"), cls=DONE_LIST),
    # Promoting our Values Online
    dict(type="intend", status="ongoing", actors=BOTH, trigger="Advancing",
         action=d.rng("the principles of the Declaration", "global in scope"), cls=DONE_LIST),
    dict(type="cooperate", status="ongoing", actors=BOTH, trigger="Deepening",
         action=d.rng("cooperation between U.S.-", "human rights defenders worldwide"), cls=DONE_LIST),
    dict(type="review", status="ongoing", actors=BOTH, trigger="Assessing",
         action=d.rng("with civil society", "third-country jurisdictions"), cls=DONE_LIST),
    dict(type="launch", status="done", actors=BOTH, trigger="Creating",
         action=d.rng("a multi-stakeholder group", "comprehensively as possible"), cls=DONE_LIST),
    dict(type="cooperate", status="ongoing", actors=BOTH, trigger=("Exchanging", 2),
         action=d.rng("information on platform governance", "accountability and competition"), cls=DONE_LIST),
    # Enhancing Trade, Security, and Economic Prosperity
    dict(type="cooperate", status="ongoing", actors=BOTH, trigger="Compiling and exchanging",
         action=d.rng("information on initiatives to use", "with our governments"), cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger=("developing", 1, "doing business"),
         action=d.rng("joint best practices", "compatible digital tools"), cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger=("Expanding", 1, "digital tools"),
         action=d.rng("the scope of certain", "Mutual Recognition Agreements"), cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger="continuing",
         action=d.rng("work on identifying", "enhance transatlantic trade"), cls=DONE_LIST),
    dict(type="launch", status="done", actors=BOTH, trigger=("Launching", 1, "enhance transatlantic"),
         action=d.rng("a pilot exchange", "protection against misuse"), cls=DONE_LIST),
    dict(type="cooperate", status="ongoing", actors=BOTH, trigger=("Exchanging", 1, "against misuse"),
         action=d.rng("information on the market situation", "EU companies"), cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger="Identifying and addressing",
         action="economic coercion", cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger="exploring",
         action=d.rng("potential coordinated", "likeminded partners"), cls=DONE_LIST),
    # Advancing Efforts to Support Trade-Related Environment, Labor, and Health Initiatives
    dict(type="launch", status="done", actors=BOTH, trigger=("Launching", 1, "Health Initiatives"),
         action=d.rng("a new Transatlantic Initiative", "trade and investment"), cls=DONE_LIST),
    dict(type="intend", status="ongoing", actors=BOTH, trigger="Working together intensively",
         action=d.rng("facilitate the exchange of health", "protection of data"), cls=DONE_LIST),
    dict(type="launch", status="done", actors=BOTH, trigger=("Establishing", 1, "protection of data"),
         action=d.rng("a new Talent for Growth", "innovative skills policies"), cls=DONE_LIST),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=os.path.join(HERE, "..", "whitehouse"))
for c in commitments:
    t = S(d, c["trigger"])
    print("CLASS\t" + d.name + "\t" + " ".join(t["text"].split()) + "\t" + str(t["start"]) + "\t" + c["cls"])
