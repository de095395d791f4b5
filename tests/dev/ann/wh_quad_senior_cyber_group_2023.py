import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2023-12-15-joint-statement-of-the-quad-senior-cyber-group")
HANSFORD, NAIR, ICHIKAWA, NEUBERGER = "hamish-hansford", "mu-nair", "keiichi-ichikawa", "anne-neuberger"
# "We — Hansford ..., Nair ..., Ichikawa ..., and Neuberger ... – met": the apposition names the four.
WE = [HANSFORD, NAIR, ICHIKAWA, NEUBERGER]
QUAD = ["AU", "IN", "JP", "US"]  # "Quad countries": the member countries (SPEC 8a)
actors = [
    dict(id=HANSFORD, type="person", name="Hamish Hansford", role="Deputy Secretary Cyber and Infrastructure Security",
         affiliation="AU", mentions=["Hamish Hansford"]),
    dict(id=NAIR, type="person", name="MU Nair", role="National Cyber Security Coordinator", affiliation="IN",
         mentions=["MU Nair"]),
    dict(id=ICHIKAWA, type="person", name="Keiichi Ichikawa",
         role="Deputy National Security Advisor and Assistant Chief Cabinet Secretary", affiliation="JP",
         mentions=[d.all("Keiichi Ichikawa")]),
    dict(id=NEUBERGER, type="person", name="Anne Neuberger",
         role="Deputy Assistant to the President and Deputy National Security Advisor for Cyber and Emerging Technology",
         affiliation="US", mentions=["Anne Neuberger"]),
    dict(id="department-of-home-affairs", type="organization", name="Department of Home Affairs",
         mentions=["Department of Home Affairs"]),
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="US", type="country", name="United States", mentions=["United States of America"]),
]
dates = [
    ("December 5", "DATE", "2023-12-05"),
    (("6", 1, "December 5 and"), "DATE", "2023-12-06"),
    ("December 14", "DATE", "2023-12-14"),
]
topics = {
    "cybersecurity": [d.all("cyber attacks"), "cyber disruptions", d.all("cyberspace"),
                      ("cyber", 1, "progress on Quad"), "Quad Cybersecurity Partnership: Joint Principles",
                      "Secure Software", "Cybersecurity of Critical Infrastructure", "Cyber awareness",
                      "cyber security", "cyber awareness", ("cyber", 1, "sharing cyber"),
                      "cybersecurity", ("cyber", 1, "to progressing Quad"), "cyber space",
                      ("critical infrastructure", 1), ("critical infrastructure", 2), ("critical infrastructure", 3),
                      "security of infrastructure"],
    "economic_security": ["Supply Chain resilience", "supply chains"],
    "connectivity": [d.all("connectivity"), "undersea cables"],
    "telecom": ["telecommunications networks"],
    "infrastructure": ["digital infrastructure"],
    "ai": ["artificial intelligence", "machine learning"],
}
commitments = [
    dict(type="meet", status="done", actors=WE, trigger="was held",
         action=d.rng("Tokyo the on", "December 5 and 6"),
         dates=["2023-12-05", "2023-12-06", "2023-12-14"]),
    dict(type="meet", status="done", actors=WE, trigger="met",
         action=d.rng("Tokyo, Japan for", "Principal Meeting")),
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm our steadfast commitment",
         action=d.rng("an Indo-Pacific that", "deter cyber attacks")),
    dict(type="intend", status="ongoing", actors=QUAD, trigger="are undertaking",
         action=d.rng("efforts to provide", "from cyber disruptions")),
    dict(type="pledge", status="planned", actors=WE, trigger=("reaffirmed", 1, "progress on Quad"),
         action=d.rng("our support for the Quad", "and cyber awareness")),
    dict(type="cooperate", status="done", actors=WE, trigger=("discussed", 1),
         action=d.rng("the importance of enhanced", "machine learning")),
    dict(type="cooperate", status="done", actors=WE, trigger=("discussed", 2),
         action=d.rng("our fields of cooperation", "cloud services")),
    dict(type="intend", status="planned", actors=WE, trigger="will continue",
         action=d.rng("work together with Indo-Pacific", "through the QSCG")),
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm our commitment",
         action=d.rng("leveraging Quad partners", "Leaders’ Meeting")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
