import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2022-03-11-fact-sheet-united-states-european-union-and-g7-to-announce-further-economic-costs-on-russia")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")


def minus(spans, outer):
    """spans not inside any of the outer spans"""
    return [s for s in spans if not any(o["start"] <= s["start"] and s["end"] <= o["end"] for o in outer)]


RF = d.all("Russian Federation")
USC = d.all("United States Congress")
ALL = ["biden", "CA", "FR", "DE", "IT", "JP", "GB", "EU"]
TODAY = "2022-03-11"
actors = [
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="CA", type="country", name="Canada", mentions=["Canada"]),
    dict(id="FR", type="country", name="France", mentions=["France"]),
    dict(id="DE", type="country", name="Germany", mentions=["Germany"]),
    dict(id="IT", type="country", name="Italy", mentions=["Italy"]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan"]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["United Kingdom"]),
    dict(id="EU", type="bloc", name="European Union", mentions=["European Union"]),
    dict(id="putin", type="person", name="Vladimir Putin", affiliation="RU", mentions=[d.all("Putin")]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="RU", type="country", name="Russia",
         mentions=[d.all("Russia"), minus(d.all("Russian"), RF), RF]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id="us-congress", type="organization", name="United States Congress",
         mentions=[d.all("Congress")]),
    dict(id="wto", type="organization", name="World Trade Organization", mentions=["WTO"]),
    dict(id="imf", type="organization", name="International Monetary Fund", mentions=["International Monetary Fund"]),
    dict(id="world-bank", type="organization", name="World Bank", mentions=["World Bank"]),
    dict(id="yuri-kovalchuk", type="person", name="Yuri Kovalchuk", mentions=["Yuri Kovalchuk"]),
    dict(id="duma", type="organization", name="Duma", mentions=["Duma"]),
    dict(id="us-treasury", type="organization", name="Department of the Treasury",
         mentions=["Department of Treasury", "Department of the Treasury", d.all("Treasury", skip=(1, 2))]),
]
dates = [
    (("Today", 1), "DATE", TODAY),
    (("Today", 2), "DATE", TODAY),
    (("Today", 3), "DATE", TODAY),
    ("February 26", "DATE", "2022-02-26"),
    ("today", "DATE", TODAY),
    ("per year", "SET", "P1Y"),
]
topics = {
    "finance": [d.all("financial system"), "Financial Institutions", "financial institutions",
                "financing", "stock market", "Virtual Currency", d.all("virtual currency"), "fiat currency"],
    "economic_security": ["export controls"],
    "trade": ["Most-Favored Nation Status", "most favored nation treatment",
              "Permanent Normal Trade Relations", "imports", ("Export", 1), "exportation",
              ("Import", 1), ("import", 1), "export revenues", "import bans", "export value"],
    "investment": ["Investment", "investments", "investment restrictions"],
    "energy": ["energy sector"],
    "security_defence": [d.all("war")],
    "agriculture": ["seafood"],
    "human_rights": ["international law"],
    "transport": ["travel"],
}
commitments = [
    dict(type="pledge", status="planned", actors=ALL, trigger="will announce",
         action=d.rng("new economic actions", "global financial system"), dates=[TODAY]),
    dict(type="intend", status="planned", actors=ALL, trigger="will implement",
         action="actions consistent with their national processes"),
    dict(type="intend", status="planned", actors=["biden"], trigger="will work closely",
         action=d.rng("with Congress", "in our economy")),
    dict(type="agree", status="planned", actors=["g7"], trigger="will agree",
         action=d.rng("ensure Russia cannot obtain", "the World Bank")),
    dict(type="intend", status="planned", actors=ALL, trigger=("will work", 1, "We will work"),
         action=d.rng("through the international task force", "of these elites"), dates=["2022-02-26"]),
    dict(type="sign", status="planned", actors=["biden"], trigger="will sign",
         action=d.rng("an Executive Order (E.O)", "in the Russian Federation")),
    dict(type="intend", status="planned", actors=["us-treasury"], trigger="will continue",
         action=d.rng("make clear that", "or virtual currency")),
    dict(type="review", status="ongoing", actors=["us-treasury"], trigger="is closely monitoring",
         action=d.rng("any efforts to circumvent", "use of virtual currency")),
    dict(type="pledge", status="planned", actors=["us-treasury"], trigger="is committed",
         action=d.rng("using its broad enforcement", "promote compliance")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
