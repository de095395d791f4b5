import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2023-06-16-joint-readout-of-trilateral-meeting-between-the-national-security-advisors-of-the-united-states-jap")
# "the three National Security Advisors (NSAs)" / "they" resolve to the three persons.
NSAS = ["jake-sullivan", "akiba-takeo", "eduardo-ano"]
actors = [
    dict(id="jake-sullivan", type="person", name="Jake Sullivan", role="National Security Advisor", affiliation="US",
         mentions=["Jake Sullivan", ("Sullivan", 2)]),
    dict(id="akiba-takeo", type="person", name="Akiba Takeo", role="National Security Advisor", affiliation="JP",
         mentions=["Akiba Takeo", ("Akiba", 2)]),
    dict(id="eduardo-ano", type="person", name="Eduardo Año", role="National Security Advisor", affiliation="PH",
         mentions=["Eduardo Año", ("Año", 2)]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="PH", type="country", name="Philippines",
         mentions=["Republic of the Philippines", d.all("Philippines", skip=(1,))]),
    dict(id="KP", type="country", name="North Korea", mentions=["North Korea"]),
    dict(id="national-security-secretariat", type="organization", name="National Security Secretariat",
         mentions=["National Security Secretariat"]),
    dict(id="national-security-council", type="organization", name="National Security Council",
         mentions=[("National Security Council", 1)]),
    dict(id="national-security-council-secretariat", type="organization",
         name="National Security Council Secretariat", mentions=["National Security Council Secretariat"]),
]
dates = [
    ("16 June 2023", "DATE", "2023-06-16"),
    ("early June", "DATE", "2023-06", "START"),
]
topics = {
    "security_defence": [("security", 1), ("security", 2), ("defense", 1), ("security", 3), "naval exercises",
                         ("defense", 2), "Enhanced Defense Cooperation Agreement", ("defense", 3),
                         ("military", 1), ("Maritime Domain Awareness", 1), ("military", 2)],
    "human_rights": ["democracy", "human rights"],
    "disasters": [d.all("disaster relief"), d.all("HA/DR")],
    "economic_security": ["economic security", "economic resilience", "economic coercion"],
}
commitments = [
    dict(type="meet", status="done", actors=NSAS, trigger="gathered",
         action=d.rng("the first time on 16 June", "improving trilateral cooperation"), dates=["2023-06-16"]),
    # welcomed / reaffirmed the importance / emphasized the importance / concurred that / reiterated the
    # importance: stances.
    dict(type="cooperate", status="done", actors=NSAS, trigger=("discussed", 2),
         action=d.rng("a wide range of regional", "as well as North Korea")),
    dict(type="intend", status="planned", actors=NSAS, trigger="confirmed plans",
         action=d.rng("enhance trilateral cooperation as reflected", "below")),
    dict(type="cooperate", status="done", actors=NSAS, trigger=("discussed", 3),
         action=d.rng("opportunities to conduct", "rules-based order")),
    dict(type="agree", status="planned", actors=NSAS, trigger=("resolved", 1),
         action=d.rng("advance trilateral defense cooperation", "military officials")),
    # "The first trilateral joint training ... was conducted in early June": an exercise, no commitment type.
    dict(type="agree", status="planned", actors=NSAS, trigger=("resolved", 2),
         action=d.rng("deepen trilateral cooperation in the area", "(HA/DR)")),
    dict(type="agree", status="planned", actors=NSAS, trigger=("resolved", 3),
         action=d.rng("make common efforts", "economic resilience")),
    dict(type="pledge", status="planned", actors=NSAS, trigger="affirmed their commitment",
         action=d.rng("addressing economic coercion", "other partners")),
    dict(type="agree", status="planned", actors=NSAS, trigger="decided",
         action=d.rng("convene additional trilateral", "information-sharing")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
