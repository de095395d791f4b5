import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2025-08-11-joint-statement-on-u-s-china-economic-and-trade-meeting-in-stockholm")
BOTH = ["US", "CN"]
actors = [
    dict(id="US", type="country", name="United States",
         mentions=["United States of America", d.all("United States", skip=(1,)), d.all("U.S.")]),
    dict(id="CN", type="country", name="China",
         mentions=["People’s Republic of China", d.all("China", skip=(1,)), "Chinese"]),
    dict(id="HK", type="country", name="Hong Kong", mentions=["Hong Kong Special Administrative Region"]),
    dict(id="MO", type="country", name="Macao", mentions=["Macau Special Administrative Region"]),
    dict(id="customs-tariff-commission-of-the-state-council", type="organization",
         name="Customs Tariff Commission of the State Council",
         mentions=["Customs Tariff Commission of the State Council"]),
    dict(id="state-council", type="organization", name="State Council", mentions=[("State Council", 2)]),
    dict(id="he-lifeng", type="person", name="He Lifeng", role="Vice Premier of the State Council",
         affiliation="CN", mentions=["He Lifeng"]),
    dict(id="scott-bessent", type="person", name="Scott Bessent", role="Secretary of Treasury",
         affiliation="US", mentions=["Scott Bessent"]),
    dict(id="jamieson-greer", type="person", name="Jamieson Greer", role="Trade Representative",
         affiliation="US", mentions=["Jamieson Greer"]),
]
dates = [
    ("May 12, 2025", "DATE", "2025-05-12"),
    ("June 9", "DATE", "2025-06-09"),
    ("10, 2025", "DATE", "2025-06-10"),
    ("July 28", "DATE", "2025-07-28"),
    ("29, 2025", "DATE", "2025-07-29"),
    (("August 12, 2025", 1), "DATE", "2025-08-12"),
    ("April 2, 2025", "DATE", "2025-04-02"),
    (("90 days", 1), "DURATION", "P90D"),
    (("August 12, 2025", 2), "DATE", "2025-08-12"),
    (("2025", 7), "DATE", "2025"),
    (("90 days", 2), "DURATION", "P90D"),
    (("August 12, 2025", 3), "DATE", "2025-08-12"),
]
topics = {
    "trade": [d.all("rate of duty"), "non-tariff countermeasures"],
}
commitments = [
    dict(type="agree", status="planned", actors=BOTH, trigger="agree",
         action=d.rng("take the following actions", "August 12, 2025"), dates=["2025-08-12"]),
    dict(type="intend", status="planned", actors=["US"], trigger=("will continue", 1),
         action=d.rng("modify the application of the\n", "period of 90 days"),
         dates=["2025-04-02", "P90D", "2025-08-12"]),
    dict(type="intend", status="planned", actors=["CN"], trigger=("will continue", 2),
         action=d.rng("modify the application of the additional", "period of 90 days", after="(1)"),
         dates=["2025", "P90D", "2025-08-12"]),
    dict(type="intend", status="planned", actors=["CN"], trigger="adopt or maintain",
         action=d.rng("all\n    necessary administrative", "*Geneva Joint Statement*", after="adopt or maintain"),
         dates=["2025", "P90D", "2025-08-12"]),
    dict(type="meet", status="done", actors=BOTH, trigger="was held",
         action=d.rng("under the mechanism", "*Geneva Joint Statement*", after="was held")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
