import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldout import Doc, build, write

d = Doc("wh-2023-05-18-readout-of-president-bidens-meeting-with-prime-minister-kishida-of-japan-3")
BIDEN, KISHIDA = "joseph-r-biden-jr", "kishida-fumio"
BOTH = [BIDEN, KISHIDA]
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden, Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr."]),
    dict(id=KISHIDA, type="person", name="Kishida Fumio", role="Prime Minister", affiliation="JP",
         mentions=["Kishida Fumio", ("Kishida", 2)]),
    dict(id="US", type="country", name="United States", mentions=[d.all("U.S.")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="university-of-chicago", type="organization", name="University of Chicago",
         mentions=["University of Chicago"]),
    dict(id="purdue-university", type="organization", name="Purdue University",
         mentions=["Purdue University"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=["Democratic People’s Republic of Korea", "DPRK"]),
    dict(id="CN", type="country", name="People's Republic of China",
         mentions=["People’s Republic of China"]),
    dict(id="asean", type="bloc", name="Association of Southeast Asian Nations", mentions=["ASEAN"]),
    dict(id="KR", type="country", name="Republic of Korea",
         mentions=[("Republic of Korea", 1, "ASEAN"), d.all("ROK")]),
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [("today", "DATE", "2023-05-18")]
topics = {
    "security_defence": [("security", 1), "extended deterrence", ("defense", 1), ("defense", 2),
                         "ballistic missile programs", ("security", 1, "address regional")],
    "trade": ["Indo-Pacific Economic Framework", "IPEF"],
    "energy": ["energy"],
    "materials": ["critical minerals"],
    "economic_security": ["supply chains"],
    "education": ["education"],
    "quantum": ["quantum computing"],
    "semiconductors": ["semiconductors"],
    "investment": ["investment"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("with Prime Minister Kishida", "regional issues"), dates=["2023-05-18"]),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger=("reaffirmed", 1),
         action=d.rng("the U.S. extended deterrence commitment", "range of U.S. capabilities")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action=d.rng("ways to further strengthen", "defense cooperation")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="addressed",
         action=d.rng("efforts to bolster economic", "minerals supply chains")),
    dict(type="pledge", status="planned", actors=BOTH, trigger="affirmed their resolve",
         action=d.rng("continue supporting Ukraine", "unlawful invasion")),
    dict(type="pledge", status="planned", actors=BOTH, trigger=("committed", 1),
         action=d.rng("work closely together", "international law")),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger="reaffirmed the U.S. commitment",
         action=d.rng("the immediate resolution", "abductions issue")),
    dict(type="pledge", status="planned", actors=BOTH, trigger="reiterated their resolve",
         action=d.rng("maintain peace and stability", "Taiwan Strait")),
    dict(type="pledge", status="planned", actors=BOTH, trigger=("reaffirmed", 3),
         action=d.rng("their support for ASEAN", "ASEAN centrality")),
    dict(type="pledge", status="planned", actors=BOTH, trigger=("committed", 2),
         action=d.rng("continue deepening the bilateral", "free and open Indo-Pacific")),
]
write(d, build(d, actors, dates, topics, commitments))
