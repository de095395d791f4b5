import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2021-09-29-fact-sheet-u-s-eu-establish-common-principles-to-update-the-rules-for-the-21st-century-economy-at-i")
WE = ["US", "EU"]
CHAIRS = ["antony-blinken", "gina-raimondo", "katherine-tai", "margrethe-vestager", "valdis-dombrovskis"]
actors = [
    dict(id="joe-biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Joe Biden"]),
    dict(id="ursula-von-der-leyen", type="person", name="Ursula von der Leyen", role="European Commission President",
         affiliation="EU", mentions=["Ursula von der Leyen"]),
    dict(id="charles-michel", type="person", name="Charles Michel", role="European Council President",
         affiliation="EU", mentions=["Charles Michel"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=[d.all("European Commission")]),
    dict(id="european-council", type="organization", name="European Council", mentions=["European Council"]),
    dict(id="US", type="country", name="United States", mentions=[d.all("U.S."), d.all("United States")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU"), d.all("European Union")]),
    dict(id="antony-blinken", type="person", name="Antony Blinken", role="Secretary of State", affiliation="US",
         mentions=["Antony Blinken"]),
    dict(id="gina-raimondo", type="person", name="Gina Raimondo", role="Secretary of Commerce", affiliation="US",
         mentions=["Gina Raimondo"]),
    dict(id="katherine-tai", type="person", name="Katherine Tai", role="Trade Representative", affiliation="US",
         mentions=["Katherine Tai"]),
    dict(id="margrethe-vestager", type="person", name="Margrethe Vestager",
         role="European Commission Executive Vice President", affiliation="EU", mentions=["Margrethe Vestager"]),
    dict(id="valdis-dombrovskis", type="person", name="Valdis Dombrovskis",
         role="European Commission Executive Vice President", affiliation="EU", mentions=["Valdis Dombrovskis"]),
]
dates = [
    ("June 2021", "DATE", "2021-06"),
    ("September 29, 2021", "DATE", "2021-09-29"),
    ("21st century", "DATE", "20"),
    ("coming months", "DURATION", "PXM"),
]
topics = {
    "trade": [d.all("trade")],
    "semiconductors": ["Semiconductor", d.all("semiconductor")],
    "economic_security": [d.all("supply chains"), d.all("supply chain"), "resilience", "Export Controls",
                          d.all("export control")],
    "investment": ["Investment", "investment trends", "investments"],
    "ai": ["Artificial Intelligence", d.all("AI")],
    "human_rights": [d.all("democratic values"), "labor rights", "forced and child labor", d.all("human rights")],
    "climate": [d.all("climate")],
    "environment": ["environmental issues"],
    "research": ["R&D"],
    "standards": ["standards"],
    "data": ["data governance", "privacy protections"],
    "online_platforms": ["platforms"],
    "cybersecurity": ["information and communications technology security"],
    "security_defence": [d.all("security", skip=(2,))],
}
commitments = [
    dict(type="meet", status="done", actors=WE, trigger=("held", 1),
         action=d.rng("its inaugural meeting", "September 29, 2021"), dates=["2021-06", "2021-09-29"]),
    dict(type="meet", status="done", actors=CHAIRS, trigger="were joined",
         action=d.rng("by EU Co-Chairs", "deliver for our people"), dates=["20"]),
    dict(type="intend", status="planned", actors=WE, trigger="will work together",
         action=d.rng("generate shared economic growth", "medium-sized enterprises")),
    dict(type="agree", status="planned", actors=WE, trigger="decided",
         action=d.rng("closely coordinate", "by the next meeting"), dates=["PXM"]),
    dict(type="intend", status="planned", actors=WE, trigger="seek",
         action=d.rng("strengthen their competitiveness", "from emerging technologies")),
    dict(type="intend", status="planned", actors=WE, trigger=("intend", 1),
         action=d.rng("use our tools", "environmental issues")),
    dict(type="intend", status="planned", actors=WE, trigger=("intend", 2),
         action=d.rng("enhance cooperation on measures", "improving resilience in the semiconductor supply chain")),
    dict(type="intend", status="planned", actors=WE, trigger=("intend", 3),
         action=d.rng("exchange information", "related sensitive data")),
    dict(type="agree", status="planned", actors=WE, trigger="determined",
         action=d.rng("shared principles and areas", "dual-use technologies")),
    dict(type="intend", status="planned", actors=WE, trigger="will develop and implement",
         action=d.rng("AI systems that are", "shared democratic values", after="will develop")),
    dict(type="intend", status="planned", actors=WE, trigger="explore",
         action=d.rng("cooperation on AI technologies", "privacy protections")),
    dict(type="intend", status="planned", actors=WE, trigger="undertake",
         action=d.rng("an economic study", "our workforces")),
    dict(type="agree", status="planned", actors=CHAIRS, trigger="tasked",
         action=d.rng("the working groups", "additional critical areas")),
    dict(type="meet", status="done", actors=WE, trigger="included",
         action="a meeting with a broad range of stakeholders"),
    dict(type="intend", status="planned", actors=WE, trigger="intend to continue",
         action=d.rng("robust engagement", "civil society members")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
