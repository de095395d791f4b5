import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2024-04-29-g7-leaders-statement-on-synthetic-drugs-threats")
G7 = ["g7"]
actors = [
    dict(id="g7", type="organization", name="G7", mentions=["Group of Seven", d.all("G7")]),
    dict(id="unodc", type="organization", name="UN Office on Drugs and Crime",
         mentions=["UN Office on Drugs and Crime", "UNODC"]),
    dict(id="incb", type="organization", name="International Narcotics Control Board",
         mentions=["International Narcotics Control Board"]),
    dict(id="cnd", type="organization", name="UN Commission on Narcotic Drugs",
         mentions=["UN Commission on Narcotic Drugs", "CND"]),
    dict(id="who", type="organization", name="World Health Organization", mentions=["World Health Organization"]),
    dict(id="europol", type="organization", name="Europol", mentions=["Europol"]),
    dict(id="eurojust", type="organization", name="Eurojust", mentions=["Eurojust"]),
    dict(id="european-union-drugs-agency", type="organization", name="European Union Drugs Agency",
         mentions=["European Union Drugs Agency"]),
]
dates = []
topics = {
    "health": [("health", 1), d.all("public health"), ("health", 1, "law enforcement,"), d.all("treatment services")],
    "security_defence": [("security", 1)],
    "economic_security": ["supply chain"],
    "finance": [d.all("financing")],
    "education": ["training"],
}
commitments = [
    dict(type="pledge", status="planned", actors=G7, trigger="affirm our joint effort",
         action=d.rng("fight the production", "traffic these drugs")),
    dict(type="intend", status="planned", actors=G7, trigger="are ready",
         action=d.rng("work together and drive", "public health impacts")),
    dict(type="pledge", status="planned", actors=G7, trigger="commit",
         action=d.rng("take enforcement actions", "drugs and precursor chemicals")),
    dict(type="intend", status="planned", actors=G7, trigger="will redouble",
         action=d.rng("our efforts to", "preventive care")),
    dict(type="intend", status="planned", actors=G7, trigger="confirm",
         action=d.rng("our intention", "in counternarcotics")),
    dict(type="agree", status="planned", actors=G7, trigger="will instruct",
         action=d.rng("relevant ministers", "coordinate enforcement efforts")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
