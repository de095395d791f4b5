import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write, S

d = Doc("wh-2025-10-26-joint-statement-on-a-frameowkr-for-a-united-states-thailand-agreement-on-recipricol-trade")


def minus(spans, *blocks):
    """The spans of a d.all() list that do not overlap any of the block spans."""
    bl = [S(d, b) for b in blocks]
    return [s for s in spans if not any(s["start"] < b["end"] and b["start"] < s["end"] for b in bl)]


FDA = "Food and Drug Administration"
FSIS = "Food Safety and Inspection Service"
US, TH = "US", "TH"
BOTH = [US, TH]
actors = [
    dict(id=US, type="country", name="United States",
         mentions=["United States of America",
                   minus(d.all("United States"), "United States of America"),
                   d.all("U.S.")]),
    dict(id=TH, type="country", name="Thailand",
         mentions=["Kingdom of Thailand", minus(d.all("Thailand"), "Kingdom of Thailand"),
                   d.all("Thai")]),
    dict(id="fda", type="organization", name="Food and Drug Administration",
         mentions=[FDA, "FDA"]),
    dict(id="fsis", type="organization", name="Food Safety and Inspection Service",
         mentions=[FSIS, "FSIS"]),
    dict(id="wto", type="organization", name="World Trade Organization",
         mentions=["World Trade Organization", d.all("WTO")]),
]
dates = [
    ("1966", "DATE", "1966"),
    ("2002", "DATE", "2002"),
    ("April 2, 2025", "DATE", "2025-04-02"),
    ("September 5, 2025", "DATE", "2025-09-05"),
    (("per year", 1), "SET", "P1Y"),
    (("per year", 2), "SET", "P1Y"),
]
topics = {
    "trade": [d.all("Agreement on Reciprocal Trade"), "Trade and Investment Framework Agreement",
              ("tariff barriers", 1), "reciprocal tariffs", "reciprocal tariff rate",
              "non-tariff barriers", "bilateral trade", "U.S. exports", "exporters",
              "trade irritants", ("trade", 1, "combat"), "digital trade", "unfair trade practices",
              "wildlife trade", "customs duties"],
    "agriculture": [("food", 1), ("agricultural products", 1), ("food", 2),
                    ("agricultural products", 2), "meat and poultry products",
                    ("agriculture", 1), "agriculture products"],
    "health": ["medical devices", "pharmaceuticals"],
    "energy": ["ethanol", ("energy", 1), "energy products", "liquefied natural gas", "crude oil"],
    "standards": ["emissions standards"],
    "environment": ["environmental protection", "environmental laws",
                    "forest products", "Agreement on Fisheries Subsidies",
                    "unregulated fishing"],
    "human_rights": ["labor rights", "workers’ rights", "freedom of association",
                     "collective bargaining", "forced labor", "child labor"],
    "data": ["transfer of data"],
    "telecom": ["telecommunications"],
    "research": ["innovation"],
    "investment": [("investment", 1, "digital trade"), "U.S. investment"],
    "economic_security": ["supply chain resilience", "export controls", "investment security"],
    "security_defence": ["national security"],
    "finance": ["electronic payment transactions"],
    "transport": ["vehicles", "aviation", "aircraft"],
}
# "U.S. exports" as a trade mention overlaps an actor mention, not a topic: keep only "exports".
topics["trade"][topics["trade"].index("U.S. exports")] = ("exports", 1)
topics["standards"] = [("standards", 1)]
topics["energy"].append("fuel")
D25 = ["2025-04-02", "2025-09-05"]
commitments = [
    dict(type="agree", status="planned", actors=BOTH, trigger="have agreed",
         action=d.rng("a Framework**", "bilateral economic relationship"), cls="finite_main"),
    dict(type="intend", status="planned", actors=[TH], trigger="will eliminate",
         action=d.rng("tariff barriers on approximately", "agricultural products"), cls="modal_main"),
    dict(type="intend", status="planned", actors=[US], trigger="will maintain",
         action=d.rng("at 19 percent", "originating goods of Thailand"), dates=D25, cls="modal_main"),
    dict(type="intend", status="planned", actors=[US], trigger="will identify",
         action=d.rng("products from the list", "zero percent reciprocal tariff rate"), dates=D25,
         cls="coordinated"),
    dict(type="intend", status="planned", actors=BOTH, trigger="will work together",
         action=d.rng("address Thailand’s non-tariff", "bilateral trade"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=[TH], trigger=("commits", 1),
         action=d.rng("address barriers to U.S. exports", "good regulatory practices"), cls="finite_main"),
    dict(type="intend", status="planned", actors=[TH], trigger="will address and prevent",
         action=d.rng("barriers to U.S. food", "poultry products"), cls="modal_main"),
    dict(type="intend", status="planned", actors=[TH], trigger="will additionally address",
         action="trade irritants", cls="modal_main"),
    dict(type="intend", status="planned", actors=[TH], trigger=("ensure", 1),
         action=d.rng("requirements imposed on U.S. horticultural", "risk-based"), cls="coordinated"),
    dict(type="pledge", status="planned", actors=[TH], trigger=("commits", 2),
         action=d.rng("accept currently", "U.S. regulatory authorities"), cls="finite_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("will finalize", 1),
         action=d.rng("commitments related to protecting", "child\n    labor"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=[TH], trigger=("commits", 3),
         action=d.rng("adopt and maintain high levels", "illegal wildlife trade"), cls="finite_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("will finalize", 2),
         action=d.rng("commitments on\n    intellectual property", "geographical indications"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=[TH], trigger=("commits", 4),
         action=d.rng("resolve long-standing", "the patent backlog"), cls="finite_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("will finalize", 3),
         action=d.rng("commitments by Thailand", "services, and\n    investment"), cls="modal_main"),
    dict(type="pledge", status="planned", actors=[TH], trigger=("commits", 5),
         action=d.rng("refrain from imposing digital", "debit cards issued in Thailand"), cls="finite_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("will finalize", 4),
         action=d.rng("commitments to address\n    distortionary", "state-owned enterprises"), cls="modal_main"),
    dict(type="cooperate", status="planned", actors=BOTH, trigger="will strengthen",
         action=d.rng("economic and national", "practices of third parties"), cls="modal_main"),
    dict(type="cooperate", status="planned", actors=BOTH, trigger=("cooperate", 1, "third parties"),
         action=d.rng("export controls,", "combatting duty evasion"), cls="coordinated"),
    dict(type="intend", status="planned", actors=BOTH, trigger="will negotiate and\nfinalize",
         action=d.rng("the Agreement on Reciprocal Trade, prepare", "Reciprocal Trade"), cls="modal_main"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("prepare", 1, "will negotiate"),
         action="the Agreement for\nsignature", cls="coordinated"),
    dict(type="intend", status="planned", actors=BOTH, trigger="undertake",
         action=d.rng("domestic formalities", "entering into force"), cls="coordinated"),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=os.path.join(HERE, "..", "whitehouse"))
for c in commitments:
    t = S(d, c["trigger"])
    print("CLASS\t" + d.name + "\t" + " ".join(t["text"].split()) + "\t" + str(t["start"]) + "\t" + c["cls"])
