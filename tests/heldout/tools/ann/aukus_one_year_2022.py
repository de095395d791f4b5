import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldout import Doc, build, write

d = Doc("wh-2022-09-23-joint-leaders-statement-to-mark-one-year-of-aukus")
WE = ["AU", "GB", "US"]
actors = [
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australia")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("United Kingdom")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="iaea", type="organization", name="International Atomic Energy Agency",
         mentions=["International Atomic Energy Agency", d.all("IAEA")]),
    dict(id="grossi", type="person", name="Rafael Mariano Grossi", role="Director General",
         affiliation="iaea", mentions=["Grossi"]),
]
dates = [
    ("September 2021", "DATE", "2021-09"),
    ("a year ago", "DATE", "2021"),
    ("last 12 months", "DURATION", "P12M"),
    (("September", 2), "DATE", "2022-09"),
    ("Today", "DATE", "2022-09-23"),
    ("one-year", "DURATION", "P1Y"),
]
topics = {
    "security_defence": [("security", 1), "nuclear-powered submarines", ("security", 2), "nuclear weapons",
                         "naval nuclear propulsion", d.all("non-proliferation"), ("hypersonics", 1),
                         "counter-hypersonics", "electronic warfare", "undersea capabilities",
                         d.all("defense"), ("security", 3), ("security", 4)],
    "human_rights": ["human rights", "rule of law"],
    "cybersecurity": ["cyber"],
    "ai": ["artificial intelligence"],
    "quantum": ["quantum technologies"],
    "economic_security": ["supply chains"],
}
commitments = [
    dict(type="launch", status="done", actors=WE, trigger=("announced", 1),
         action=d.rng("AUKUS, an enhanced", "security partnership"), dates=["2021-09"]),
    dict(type="pledge", status="planned", actors=WE, trigger="are steadfast in our commitment",
         action=d.rng("Australia acquiring this", "earliest possible date")),
    dict(type="pledge", status="planned", actors=WE, trigger="remain committed",
         action=d.rng("ensuring the highest level", "in this endeavor")),
    dict(type="intend", status="planned", actors=["AU"], trigger="will not acquire",
         action=("nuclear weapons"), negated=True),
    dict(type="pledge", status="planned", actors=["US", "GB"], trigger="are fully committed",
         action=d.rng("establishing an approach", "highest non-proliferation standard")),
    dict(type="intend", status="planned", actors=WE, trigger="will continue to work transparently",
         action=d.rng("with the IAEA towards", "non-proliferation regime")),
    dict(type="cooperate", status="done", actors=WE, trigger="have also made",
         action=d.rng("significant strides in our trilateral", "additional undersea capabilities")),
    dict(type="intend", status="ongoing", actors=WE, trigger="continue to promote",
         action=d.rng("greater information", "technology sharing")),
    dict(type="intend", status="ongoing", actors=WE, trigger="foster",
         action=d.rng("deeper integration", "supply chains")),
    dict(type="intend", status="ongoing", actors=WE, trigger="accelerate",
         action=d.rng("our defense innovation", "enterprises")),
    dict(type="intend", status="planned", actors=WE, trigger="will seek",
         action=d.rng("opportunities to engage", "close partners")),
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm our commitment",
         action=d.rng("that critical endeavor", "in the Indo-Pacific"), dates=["2022-09-23", "P1Y"]),
]
write(d, build(d, actors, dates, topics, commitments))
