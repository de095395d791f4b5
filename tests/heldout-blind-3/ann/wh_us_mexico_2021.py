import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2021-03-01-u-s-mexico-joint-declaration")
BIDEN, AMLO = "joe-biden", "andres-manuel-lopez-obrador"
BOTH = [BIDEN, AMLO]
actors = [
    dict(id=BIDEN, type="person", name="Joe Biden", role="President", affiliation="US", mentions=["Joe Biden"]),
    dict(id=AMLO, type="person", name="Andres Manuel Lopez Obrador", role="President", affiliation="MX",
         mentions=["Andres Manuel Lopez Obrador"]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="MX", type="country", name="Mexico", mentions=["Mexican", d.all("Mexico")]),
    dict(id="CA", type="country", name="Canada", mentions=["Canada"]),
    dict(id="secretariat-of-foreign-relations", type="organization", name="Secretariat of Foreign Relations",
         mentions=["Secretariat of Foreign Relations"]),
    dict(id="department-of-state", type="organization", name="Department of State",
         mentions=["Department of State"]),
]
dates = [
    ("March 1", "DATE", "2021-03-01"),
    ("January 22", "DATE", "2021-01-22"),
    ("this year", "DATE", "2021"),
    ("April 22", "DATE", "2021-04-22"),
]
topics = {
    "migration": [d.all("migration"), "Migration", d.all("migrants"), "immigration"],
    "development": [("development", 1), ("development", 1, "sustainable economic")],
    "health": [d.all("COVID-19"), d.all("pandemic"), ("health", 1, "economic and"), "public health"],
    "climate": [("climate change", 1), "Climate Change", "climate crisis", "climate pollutants"],
    "human_rights": [d.all("corruption"), "labor rights", "forced labor"],
    "security_defence": [("security", 1, "corruption and")],
    "economic_security": ["supply chain", "resilience", ("security", 1, "resilience and")],
    "trade": ["United States-Mexico-Canada Agreement", "USMCA"],
    "energy": ["energy efficiency"],
}
C = lambda t, s, trig, a, b, dates=(), actors=BOTH, after=None: dict(
    type=t, status=s, actors=actors, trigger=trig, action=d.rng(a, b, after), dates=list(dates))
commitments = [
    C("meet", "done", "hosted", "Mexican President", "Central America", ["2021-03-01"]),
    C("pledge", "planned", ("committed", 1), "working together to combat", "on climate change"),
    C("pledge", "planned", ("committed", 2), "immigration policies", "regular migration"),
    C("agree", "planned", ("agreed", 1), "collaborate on a joint effort", "legal pathways for migration"),
    C("agree", "planned", "directed", "the Secretariat of Foreign Relations", "smuggling networks"),
    C("agree", "planned", ("agreed", 2), "deepen cooperation on", "border policies"),
    C("pledge", "planned", "reaffirmed their shared commitment", "the United States-Mexico-Canada", "forced labor"),
    C("agree", "planned", ("agreed", 3), "strengthen supply chain", "and security"),
    C("agree", "planned", ("agreed", 4), "re-start the High Level", "these aims"),
    C("agree", "planned", ("agreed", 5), "explore areas of cooperation", "areas of cooperation", after="climate crisis"),
    C("cooperate", "done", "discussed", "how they can work", "hosted by the United States", ["2021", "2021-04-22"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
