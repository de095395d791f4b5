import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2024-01-03-a-joint-statement-from-the-governments-of-the-united-states-australia-bahrain-belgium-canada-denmar")
# SPEC 8a: "We" with no "We, ..." apposition and no party in the first sentence: the title names
# the authors (14 governments), which have no mention in the body.
AUTH = [("US", "United States"), ("AU", "Australia"), ("BH", "Bahrain"), ("BE", "Belgium"),
        ("CA", "Canada"), ("DK", "Denmark"), ("DE", "Germany"), ("IT", "Italy"), ("JP", "Japan"),
        ("NL", "Netherlands"), ("NZ", "New Zealand"), ("KR", "Republic of Korea"),
        ("SG", "Singapore"), ("GB", "United Kingdom")]
WE = [a for a, _ in AUTH]
actors = [dict(id=a, type="country", name=n, mentions=[]) for a, n in AUTH] + [
    dict(id="unsc", type="organization", name="UN Security Council", mentions=["UN Security Council"]),
    dict(id="houthis", type="organization", name="Houthis", mentions=[d.all("Houthi"), d.all("Houthis")]),
]
dates = [
    ("December 19, 2023", "DATE", "2023-12-19"),
    ("December 1, 2023", "DATE", "2023-12-01"),
    ("past week", "DURATION", "P1W"),
]
topics = {
    "security_defence": [("missiles", 1), "ballistic missiles", "naval"],
    "trade": ["global trade", "seaborne trade", ("trade", 1, "global grain"),
              ("trade", 1, "liquefied natural gas"), "commerce"],
    "transport": [d.all("shipping"), "freedom of navigation", d.all("waterways")],
    "energy": ["oil", "liquefied natural gas", "fuel"],
    "agriculture": ["grain", "food"],
}
commitments = [
    dict(type="pledge", status="planned", actors=WE, trigger="remain committed",
         action=d.rng("the international rules-based", "order")),
    dict(type="pledge", status="planned", actors=WE, trigger="are determined",
         action=d.rng("hold malign", "seizures and attacks")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT, no_mentions=WE)
