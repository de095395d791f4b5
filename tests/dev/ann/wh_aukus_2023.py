import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2023-03-13-joint-leaders-statement-on-aukus-2")
# No "We, ..." apposition; the first sentence names the parties ("Australia, the United Kingdom and
# the United States announced AUKUS"), so "we", "our nations", "our three nations" -> AU, GB, US.
WE = ["AU", "GB", "US"]
ssn = [m for m in d.all("SSN") if d.text[m["end"]] != "-"]  # "SSN" alone; "SSN-AUKUS" is one name
actors = [
    dict(id="AU", type="country", name="Australia",
         mentions=[d.all("Australia"), d.all("Australian", skip=(5,))]),  # 5th is in "Royal Australian Navy"
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("United Kingdom")]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States"), d.all("U.S.", skip=(2,))]),  # 2nd is in "U.S. Navy"
    dict(id="us-navy", type="organization", name="U.S. Navy", mentions=["U.S. Navy"]),
    dict(id="royal-navy", type="organization", name="Royal Navy", mentions=[d.all("Royal Navy")]),
    dict(id="royal-australian-navy", type="organization", name="Royal Australian Navy",
         mentions=["Royal Australian Navy"]),
    dict(id="iaea", type="organization", name="International Atomic Energy Agency",
         mentions=["International Atomic Energy Agency"]),
]
dates = [
    (("September 2021", 1), "DATE", "2021-09"),
    (("Today", 1), "DATE", "2023-03-13"),
    ("this decade", "DATE", "202"),
    (("2023", 1, "Beginning in"), "DATE", "2023"),
    (("2023", 1, "port visits"), "DATE", "2023"),
    ("2026", "DATE", "2026"),
    ("2027", "DATE", "2027"),
    ("early 2030s", "DATE", "203", "START"),
    ("late 2030s", "DATE", "203", "END"),
    ("early 2040s", "DATE", "204", "START"),
    (("September 2021", 2), "DATE", "2021-09"),
    (("today", 1, "The plan we announce"), "DATE", "2023-03-13"),
    ("more than a century", "DURATION", "P100Y", "MORE_THAN"),
    (("today", 1, "we are announcing"), "DATE", "2023-03-13"),
]
topics = {
    "security_defence": [("security", 1), d.all("submarines"), d.all("submarine"), d.all("SSNs"), ssn,
                         d.all("SSN-AUKUS"), "military", "naval nuclear propulsion", d.all("non-proliferation"),
                         ("security", 2), ("security", 3)],
    "education": [d.all("training"), "workforce", "human capital"],
    "infrastructure": [d.all("infrastructure")],
    "economic_security": ["supply chains"],
    "human_rights": ["human rights", "rule of law"],
}
commitments = [
    # Announcing a named partnership is launch, done (heldout decision 7).
    dict(type="launch", status="done", actors=WE, trigger=("announced", 1),
         action=d.rng("AUKUS – a new security", "secure and stable"), dates=["2021-09"]),
    # "The first major initiative of AUKUS was our historic trilateral decision to support ...": a
    # copula with a nominal decision, no commitment verb.
    dict(type="pledge", status="planned", actors=WE, trigger="announce",
         action="our pathway to achieve this critical capability", dates=["2023-03-13"]),
    dict(type="intend", status="planned", actors=WE, trigger="will deliver",
         action=d.rng("SSN-AUKUS – a trilaterally", "submarine technologies")),
    dict(type="intend", status="planned", actors=["AU", "GB"], trigger="will operate",
         action="SSN-AUKUS as their submarine of the future"),
    dict(type="launch", status="planned", actors=["AU", "GB"], trigger="will begin",
         action=d.rng("work to build SSN-AUKUS", "within this decade"), dates=["202"]),
    dict(type="intend", status="planned", actors=WE, trigger="intend",
         action="pursue the following phased approach"),
    # Unnamed officials resolve to their entity (corpus decision 8).
    dict(type="intend", status="planned", actors=["AU"], trigger="will embed",
         action=d.rng("with the U.S. Navy", "training of Australian personnel"), dates=["2023"]),
    dict(type="intend", status="planned", actors=["US"], trigger="plans",
         action=d.rng("increase SSN port visits", "training and development"), dates=["2023", "2026"]),
    dict(type="intend", status="planned", actors=["GB"], trigger="will increase",
         action=d.rng("visits to Australia beginning", "in 2026", after="will increase visits"), dates=["2023", "2026"]),
    dict(type="intend", status="planned", actors=["US", "GB"], trigger="plan",
         action=d.rng("begin forward rotations", "sovereign SSN capability"), dates=["2027"]),
    dict(type="intend", status="planned", actors=["US"], trigger="intends",
         action=d.rng("sell Australia three", "if needed"), dates=["203"]),
    dict(type="intend", status="planned", actors=["GB"], trigger=("will deliver", 2),
         action="its first SSN-AUKUS to the Royal Navy", dates=["203"]),
    dict(type="intend", status="planned", actors=["AU"], trigger=("will deliver", 3),
         action=d.rng("the first SSN-AUKUS built", "early 2040s"), dates=["204"]),
    dict(type="pledge", status="planned", actors=["AU"], trigger="is fully committed",
         action="responsible stewardship of naval nuclear propulsion technology"),
    dict(type="launch", status="done", actors=WE, trigger=("announced", 2),
         action="the AUKUS partnership in September 2021", dates=["2021-09"]),
    dict(type="pledge", status="planned", actors=WE, trigger=("committed", 2),
         action="set the highest nuclear non-proliferation standard", dates=["2021-09"]),
    dict(type="intend", status="ongoing", actors=WE, trigger="continue",
         action=d.rng("consult with the International", "submarine capability")),
    dict(type="pledge", status="planned", actors=WE, trigger="are committed",
         action=d.rng("further trilateral collaboration", "bases and supply chains")),
    # A reported joint action of the past (as heldout "have made significant strides in our
    # trilateral cooperation"): cooperate, done.
    dict(type="cooperate", status="done", actors=WE, trigger="have stood",
         action=d.rng("shoulder to shoulder, along", "including in the Indo-Pacific"), dates=["P100Y"]),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
