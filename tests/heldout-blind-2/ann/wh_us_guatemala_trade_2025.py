import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2025-11-13-joint-statement-on-framework-for-united-states-guatemala-agreement-on-reciprocal-trade")
BOTH = ["US", "GT"]
GT = ["GT"]
CAFTA = "Dominican Republic-Central America-United States Free Trade Agreement"
agr = d.all("Agreement")
actors = [
    dict(id="US", type="country", name="United States",
         mentions=["United States of America", d.all("United States", skip=(1, 6)), d.all("U.S.")]),
    dict(id="GT", type="country", name="Guatemala",
         mentions=["Republic of Guatemala", d.all("Guatemala", skip=(1,))]),
    dict(id="DO", type="country", name="Dominican Republic", mentions=["Dominican Republic"]),
    dict(id="ustr", type="organization", name="Office of the United States Trade Representative",
         mentions=["Office of the United States Trade Representative"]),
    dict(id="wto", type="organization", name="World Trade Organization",
         mentions=["World Trade Organization", d.all("WTO")]),
]
dates = [
    ("2006", "DATE", "2006"),
    ("coming weeks", "DURATION", "PXW"),
]
topics = {
    "trade": ["Agreement on Reciprocal Trade", CAFTA, d.all("CAFTA-DR"), [agr[i - 1] for i in (2, 4, 6, 7, 8, 9)],
              "non-tariff barriers", [d.all("trade")[i - 1] for i in (1, 3, 7)], "digital trade",
              d.all("exports"), "import restrictions", "market access", "customs duties", ("customs", 2),
              d.all("free trade agreement"), "trading relationship", "tariffs", "duty evasion",
              "Agreement on Fisheries Subsidies"],
    "health": ["pharmaceutical products", "medical devices"],
    "agriculture": [d.all("agricultural products")],
    "standards": ["standards"],
    "data": ["transfer of data"],
    "human_rights": ["labor rights", "forced or compulsory labor"],
    "environment": ["environmental protection", "environmental laws", "forest sector governance", "illegal logging",
                    "illegal wildlife trade"],
    "economic_security": ["supply chain resilience", "export controls", "investment security"],
    "security_defence": ["national security"],
    "research": ["innovation"],
}
def committed(n):
    return ("has committed", n)
commitments = [
    dict(type="agree", status="planned", actors=BOTH, trigger="have agreed",
         action=d.rng("a **Framework**", "(CAFTA-DR)"), dates=["2006"]),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(1),
         action=d.rng("addressing a wide range", "registration requirements for U.S. exports")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(2),
         action=d.rng("address and prevent barriers", "U.S. regulatory authorities")),
    dict(type="pledge", status="planned", actors=GT, trigger=("committed", 1, "Guatemala also"),
         action=d.rng("maintain science-", "for agricultural products")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(3),
         action=d.rng("a robust standard", "Special 301 Report")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(4),
         action=d.rng("provide transparency", "geographical indications")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(5),
         action=d.rng("facilitate digital trade", "Organization (WTO)")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(6),
         action=d.rng("take effective actions", "Services Domestic Regulation")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(7),
         action=d.rng("continue facilitating trade", "good\n regulatory practices")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(8),
         action="protect internationally recognized labor rights"),
    dict(type="intend", status="planned", actors=GT, trigger="will prohibit",
         action=d.rng("the importation of goods", "compulsory labor")),
    dict(type="intend", status="planned", actors=GT, trigger=("strengthen", 1, "compulsory labor"),
         action="its labor laws and their enforcement"),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(9),
         action=d.rng("adopt and maintain high levels", "its environmental laws")),
    dict(type="pledge", status="planned", actors=GT, trigger="has also committed",
         action=d.rng("take measures to improve", "Agreement on Fisheries Subsidies")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(10),
         action=d.rng("address potential distortionary", "bilateral trading relationship")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(11),
         action=d.rng("strengthen economic and national", "export controls")),
    dict(type="pledge", status="planned", actors=GT, trigger=committed(12),
         action=d.rng("take steps to restrict", "procurement restrictions")),
    dict(type="intend", status="planned", actors=BOTH, trigger="will work",
         action=d.rng("finalize the Agreement", "entering into force"), dates=["PXW"]),
    dict(type="intend", status="planned", actors=["US"], trigger="will remove",
         action=d.rng("the reciprocal tariffs", "under the CAFTA-DR")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
