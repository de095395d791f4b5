import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2024-07-10-joint-statement-from-the-president-of-the-united-states-joe-biden-and-the-president-of-mexico-andre")
BOTH = ["MX", "US"]
actors = [
    dict(id="MX", type="country", name="Mexico", mentions=[d.all("Mexico")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="CA", type="country", name="Canada", mentions=["Canada"]),
]
dates = [
    ("today", "DATE", "2024-07-10"),
    ("1962", "DATE", "1962"),
]
topics = {
    "trade": [("trade", 1), "tariff evasion", d.all("imports"), "tariff increases", "free trade agreement",
              "Trade Expansion Act of 1962", ("trade", 1, "from unfair trade practices")],
    "economic_security": ["supply chains"],
}
commitments = [
    dict(type="intend", status="ongoing", actors=BOTH, trigger="are taking",
         action=d.rng("key measures today", "from unfair trade"), dates=["2024-07-10"]),
    dict(type="intend", status="planned", actors=BOTH, trigger=("will implement", 1),
         action=d.rng("policies to jointly", "on steel and aluminum")),
    dict(type="intend", status="planned", actors=BOTH, trigger=("strengthen", 1),
         action=d.rng("North American steel and aluminum supply", "and Canada)")),
    dict(type="intend", status="ongoing", actors=["MX"], trigger="is requiring",
         action=d.rng("importers to provide", "steel products")),
    dict(type="intend", status="planned", actors=["US"], trigger=("will implement", 2),
         action=d.rng("melt and pour", "Act of 1962"), dates=["1962"]),
    dict(type="intend", status="planned", actors=BOTH, trigger="will continue",
         action=d.rng("work together to protect", "unfair trade practices")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
