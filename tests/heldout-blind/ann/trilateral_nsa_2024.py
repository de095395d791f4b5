import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2024-10-25-joint-readout-of-the-trilateral-national-security-advisors-meeting-between-the-united-states-the-re")
SULLIVAN, SHIN, AKIBA = "jake-sullivan", "shin-wonsik", "akiba-takeo"
NSAS = [SULLIVAN, SHIN, AKIBA]
actors = [
    dict(id=SULLIVAN, type="person", name="Jake Sullivan", role="National Security Advisor",
         affiliation="US", mentions=[d.all("Sullivan")]),
    dict(id=SHIN, type="person", name="Shin Wonsik", role="National Security Advisor",
         affiliation="KR", mentions=[d.all("Shin")]),
    dict(id=AKIBA, type="person", name="Akiba Takeo", role="National Security Advisor",
         affiliation="JP", mentions=[d.all("Akiba")]),
    dict(id="US", type="country", name="United States", mentions=["United States", "U.S."]),
    dict(id="KR", type="country", name="Republic of Korea",
         mentions=[d.all("Republic of Korea", skip=(2,)), ("Korean", 1)]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan", d.all("Japanese")]),
    dict(id="yoon", type="person", name="Yoon Suk Yeol", role="President", affiliation="KR",
         mentions=["Yoon"]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=["Democratic People’s Republic of Korea", d.all("DPRK")]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="un-security-council", type="organization", name="UN Security Council",
         mentions=["United Nations Security Council", "UNSC"]),
    dict(id="un", type="organization", name="United Nations",
         mentions=["UN", ("United Nations", 2)]),
    dict(id="multilateral-sanctions-monitoring-team", type="organization",
         name="Multilateral Sanctions Monitoring Team",
         mentions=["Multilateral Sanctions Monitoring Team", "MSMT"]),
]
dates = [
    ("Friday, October 25", "DATE", "2024-10-25"),
    ("August 2023", "DATE", "2023-08"),
    ("past year", "DURATION", "P1Y"),
    ("this year", "DATE", "2024"),
    ("last week", "DATE", "2024-W42"),
]
topics = {
    "security_defence": [("security", 1), "troop deployments", "military", d.all("arms"),
                         d.all("ballistic missile"), ("security", 2), "war", "missile warning",
                         "maritime security", "weapons of mass destruction"],
    "energy": ["energy"],
    "infrastructure": ["infrastructure"],
    "data": ["data sharing"],
    "quantum": ["quantum"],
    "education": ["workforce training"],
    "economic_security": ["economic security", "supply chains"],
    "materials": ["critical minerals"],
    "telecom": ["telecommunications networks"],
    "cybersecurity": ["cyber security", ("cyber", 2), ("cyber", 3)],
}
commitments = [
    dict(type="meet", status="done", actors=NSAS, trigger=("met", 1),
         action=d.rng("Washington, D.C.", "fifth of the Biden Administration"),
         dates=["2024-10-25", "2023-08"]),
    dict(type="meet", status="done", actors=["US", "KR", "JP"], trigger=("met", 2),
         action=d.rng("at Camp David", "August 2023"), dates=["2024-10-25", "2023-08"]),
    dict(type="pledge", status="planned", actors=NSAS, trigger=("reaffirmed their commitment", 1),
         action=d.rng("address common regional", "global challenges")),
    dict(type="pledge", status="planned", actors=NSAS, trigger=("promote", 1),
         action=d.rng("security and\nprosperity", "region and beyond")),
    dict(type="pledge", status="planned", actors=NSAS, trigger="reiterated",
         action=d.rng("the firm commitment of the", "defend itself")),
    dict(type="pledge", status="planned", actors=NSAS, trigger=("committed", 1),
         action=d.rng("coordinate support for Ukraine", "accountable for its actions")),
    dict(type="review", status="done", actors=NSAS, trigger="reviewed",
         action=d.rng("progress on a wide", "Camp David\nstatement")),
    dict(type="cooperate", status="done", actors=NSAS, trigger="discussed",
         action=d.rng("next steps on trilateral", "business communities")),
    dict(type="pledge", status="planned", actors=NSAS, trigger=("committed", 2),
         action=d.rng("continue trilateral efforts", "combatting them")),
    dict(type="pledge", status="planned", actors=NSAS, trigger=("reiterated", 2),
         action=d.rng("their support for a unified", "free and at peace")),
    dict(type="agree", status="planned", actors=NSAS, trigger="agreed",
         action=d.rng("increase coordination", "in the cyber domain")),
    dict(type="pledge", status="planned", actors=NSAS, trigger="resolved",
         action=d.rng("institutionalize efforts", "for years to come")),
    dict(type="pledge", status="planned", actors=NSAS, trigger=("committed", 3),
         action=d.rng("work\ntoward holding", "earliest\nopportunity")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
