import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2024-06-13-g7-partnership-for-global-infrastructure-and-investment-side-event-co-chair-statement")
MELONI, BIDEN = "giorgia-meloni", "joseph-r-biden"
MEET = [MELONI, BIDEN, "g7"]
actors = [
    dict(id=MELONI, type="person", name="Giorgia Meloni",
         role="President of the Council of Ministers and G7 President", affiliation="IT",
         mentions=["Giorgia Meloni"]),
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden"]),
    dict(id="IT", type="country", name="Italy", mentions=[d.all("Italy"), d.all("Italian")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU")]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="african-development-bank", type="organization", name="African Development Bank",
         mentions=["African Development Bank"]),
    dict(id="geapp", type="organization", name="Global Energy Alliance for People and Planet",
         mentions=["Global Energy Alliance for People and Planet", d.all("GEAPP")]),
    dict(id="KE", type="country", name="Kenya", mentions=["Kenya"]),
]
dates = [
    ("2024", "DATE", "2024"),
    ("June 13th", "DATE", "2024-06-13"),
    ("Today", "DATE", "2024-06-13"),
]
topics = {
    "infrastructure": [d.all("Partnership for Global Infrastructure and Investment"), d.all("PGII"),
                       ("infrastructure", 1), ("infrastructure", 2), ("infrastructure", 3),
                       ("infrastructure", 4), ("infrastructure", 5),
                       d.all("economic corridors"), ("corridors", 1, "including corridors"),
                       d.all("Lobito Corridor"), "Luzon Corridor", "Middle Corridor",
                       "India – Middle East – Europe Economic Corridor", d.all("Global Gateway")],
    "investment": [d.all("investment"), d.all("investments")],
    "finance": ["financing", "financial instruments", ("finance", 1), "private finance", "capital"],
    "energy": [("energy", 1), "green energy", "renewable energy", "battery storage", "clean energy"],
    "transport": ["rail", d.all("e-mobility")],
    "development": [("development", 1), ("development", 2)],
    "agriculture": ["agriculture"],
}
commitments = [
    dict(type="meet", status="done", actors=MEET, trigger="met",
         action=d.rng("with the other Leaders", "Borgo Egnazia, Italy"), dates=["2024", "2024-06-13"]),
    dict(type="agree", status="planned", actors=["g7"], trigger="agreed",
         action=d.rng("support flagship projects", "Europe Economic Corridor")),
    dict(type="pledge", status="planned", actors=["US"], trigger="committed anew",
         action=d.rng("billions of dollars", "in emerging markets")),
    dict(type="pledge", status="planned", actors=MEET, trigger="confirmed the commitment",
         action=d.rng("launching and scaling", "through the Middle East")),
    dict(type="cooperate", status="done", actors=["IT"], trigger="joined",
         action=d.rng("U.S. and EU efforts", "along the Lobito Corridor"), dates=["2024-06-13"]),
    dict(type="pledge", status="planned", actors=["IT"], trigger="committing",
         action="strengthen collaboration", dates=["2024-06-13"]),
    dict(type="pledge", status="planned", actors=["IT"], trigger="mobilize",
         action=d.rng("an additional aggregate", "Green Infrastructure in Africa)"), dates=["2024-06-13"]),
    dict(type="cooperate", status="ongoing", actors=["IT", "US"], trigger="are further collaborating",
         action=d.rng("clean energy", "e-mobility projects")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
