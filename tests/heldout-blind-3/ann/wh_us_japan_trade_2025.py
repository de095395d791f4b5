import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2025-07-23-fact-sheet-president-donald-j-trump-secures-unprecedented-u-s-japan-strategic-trade-and-investment-")
TRUMP = "donald-j-trump"
actors = [
    dict(id=TRUMP, type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=["Donald J. Trump", d.all("Trump", skip=(1,))]),
    dict(id="JP", type="country", name="Japan",
         mentions=[d.all("Japan"), d.all("JAPAN"), d.all("Japanese")]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("U.S."), d.all("United States"), d.all("America"), d.all("American"),
                   d.all("AMERICAN"), "USA", ("US", 1, "The")]),
    dict(id="boeing", type="organization", name="Boeing", mentions=["Boeing"]),
]
dates = [
    ("Yesterday", "DATE", "2025-07-22"),
    ("annually", "SET", "P1Y"),
]
topics = {
    "trade": [d.all("trade"), d.all("TRADE"), d.all("tariff"), d.all("exports"), d.all("imports"),
              "import quotas"],
    "investment": [d.all("investment"), "INVESTMENT"],
    "economic_security": ["supply chains", "resilience"],
    "security_defence": [("security", 1), d.all("defense"), ("security", 1, "alliance"),
                         "national security"],
    "energy": [("Energy", 1, "POWER"), d.all("LNG"), "advanced fuels", ("Energy", 1, "Food:"),
               ("energy", 1, "U.S. energy"), "liquefied natural gas",
               ("energy", 1, "security,"), "bioethanol", "sustainable aviation fuel"],
    "infrastructure": ["infrastructure"],
    "semiconductors": ["Semiconductor"],
    "research": ["research", d.all("innovation")],
    "materials": ["Critical minerals"],
    "health": ["Pharmaceutical", "medical", "medicines"],
    "agriculture": ["Agriculture", ("Food", 1, "Agriculture"), "rice", "corn", "soybeans", "fertilizer"],
    "transport": ["Automobiles", "cars and trucks"],
    "standards": ["standards"],
}
commitments = [
    dict(type="agree", status="planned", actors=[TRUMP, "JP"], trigger="announced",
         action=d.rng("a landmark economic agreement", "with Japan"), dates=["2025-07-22"]),
    dict(type="pledge", status="planned", actors=["JP"], trigger="will invest",
         action=d.rng("$550 billion", "core American industries", "Japan will invest")),
    dict(type="intend", status="planned", actors=["US"], trigger="will retain",
         action=d.rng("90% of the profits", "this investment")),
    dict(type="intend", status="planned", actors=["JP"], trigger="will immediately increase",
         action=d.rng("imports of U.S. rice", "import quotas")),
    dict(type="pledge", status="planned", actors=["JP"], trigger="will purchase",
         action=d.rng("$8 billion in U.S. goods", "sustainable aviation fuel")),
    dict(type="intend", status="ongoing", actors=["US", "JP"], trigger="are exploring",
         action=d.rng("a new offtake agreement", "(LNG)")),
    dict(type="pledge", status="planned", actors=["JP"], trigger="has committed",
         action=d.rng("purchase U.S.-made", "100 Boeing aircraft")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
