import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2026-02-12-joint-statement-on-a-framework-for-united-states-north-macedonia-agreement-on-reciprocal-fair-and-b")
WE = ["US", "MK"]
actors = [
    dict(id="US", type="country", name="United States",
         mentions=["United States of America", d.all("United States", skip=(1,)), d.all("U.S.")]),
    dict(id="MK", type="country", name="North Macedonia",
         mentions=["Republic of North Macedonia", d.all("North Macedonia", skip=(1,)), "Macedonian"]),
    dict(id="GR", type="country", name="Greece", mentions=["Greece"]),
    dict(id="wto", type="organization", name="World Trade Organization",
         mentions=["World Trade Organization", d.all("WTO")]),
]
dates = [
    ("April 2, 2005", "DATE", "2005-04-02"),
    ("September 5, 2025", "DATE", "2025-09-05"),
]
topics = {
    "trade": ["Agreement on Reciprocal, Fair, and Balanced Trade", ("trade", 1),
              d.all("customs duties"), "tariffs", "Potential Tariff Adjustments for Aligned Partners",
              ("tariff", 1, "zero percent"), ("tariff", 1, "other tariff"), ("trade", 1, "taking into account"),
              "non-tariff barriers", ("trade", 1, "affect bilateral"), "digital trade",
              ("trade", 1, "facilitating")],
    "agriculture": ["agricultural goods", "agricultural products"],
    "economic_security": ["economic and national security", "supply chain resilience", "export controls"],
    "security_defence": ["national security"],
    "research": ["innovation"],
    "investment": ["investment"],
    "energy": [("energy", 1), d.all("gas interconnector"), "energy security", ("energy", 3),
               "liquefied natural gas", d.all("LNG")],
    "environment": ["environmental protections", "environmental laws"],
}
commitments = [
    dict(type="agree", status="planned", actors=WE, trigger="have agreed",
         action=d.rng("a Framework for an Agreement", "economic relationship")),
    dict(type="intend", status="planned", actors=["MK"], trigger="will eliminate",
         action=d.rng("customs duties for all", "exported to North Macedonia")),
    dict(type="intend", status="planned", actors=["US"], trigger="will maintain",
         action=d.rng("at 15 percent", "originating goods of North Macedonia"),
         dates=["2005-04-02", "2025-09-05"]),
    dict(type="intend", status="planned", actors=["US"], trigger="will also identify",
         action=d.rng("products from the list", "zero percent reciprocal tariff rate"),
         dates=["2005-04-02", "2025-09-05"]),
    dict(type="intend", status="planned", actors=WE, trigger="may consider", hedged=True,
         action=d.rng("other tariff modifications", "conclusion of the Agreement")),
    dict(type="intend", status="planned", actors=WE, trigger=("will work", 1),
         action=d.rng("address U.S. concerns", "in priority areas")),
    dict(type="pledge", status="planned", actors=WE, trigger="commit",
         action=d.rng("hold consultations", "Macedonian market")),
    dict(type="pledge", status="planned", actors=WE, trigger="have committed",
         action=d.rng("strengthen economic and national", "policies of other countries")),
    dict(type="pledge", status="planned", actors=WE, trigger="combat",
         action="duty evasion"),
    dict(type="pledge", status="planned", actors=WE, trigger=("cooperate", 1, "duty evasion"),
         action="investment reviews and export controls"),
    dict(type="intend", status="planned", actors=WE, trigger="note their intention",
         action="facilitate and enhance commercial ties"),
    dict(type="intend", status="planned", actors=["MK"], trigger="will commence",
         action=d.rng("purchase of U.S. LNG", "new gas interconnector", after="will commence")),
    dict(type="pledge", status="planned", actors=["MK"], trigger="commits",
         action=d.rng("adopt and maintain", "environmental protections")),
    dict(type="pledge", status="planned", actors=["MK"], trigger="enforce",
         action="its environmental laws"),
    dict(type="cooperate", status="planned", actors=WE, trigger="will discuss",
         action=d.rng("commitments on intellectual", "geographical indications")),
    dict(type="cooperate", status="planned", actors=WE, trigger="will engage",
         action="address labor issues"),
    dict(type="pledge", status="planned", actors=["MK"], trigger="has committed", negated=True,
         action="not to impose a digital service tax"),
    dict(type="pledge", status="planned", actors=["MK"], trigger=("support", 1, "digital service tax"),
         action=d.rng("adoption of a permanent", "Organization (WTO)")),
    dict(type="pledge", status="planned", actors=["MK"], trigger="reaffirms its commitment",
         action=d.rng("the WTO Joint Initiative", "Domestic Regulation")),
    dict(type="intend", status="planned", actors=WE, trigger=("will work", 2),
         action="finalize the Agreement"),
    dict(type="intend", status="planned", actors=WE, trigger=("prepare", 1, "finalize the Agreement"),
         action="the Agreement for signature"),
    dict(type="intend", status="planned", actors=WE, trigger="undertake",
         action=d.rng("domestic formalities", "entering into force")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
