import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2024-10-25-joint-readout-of-the-trilateral-national-security-advisors-meeting-between-the-united-states-the-re")
SULLIVAN, SHIN, AKIBA = "jake-sullivan", "shin-wonsik", "akiba-takeo"
NSA = [SULLIVAN, SHIN, AKIBA]
dprk_full = d.find("Democratic People’s Republic of Korea")
actors = [
    dict(id=SULLIVAN, type="person", name="Jake Sullivan", role="National Security Advisor",
         affiliation="US", mentions=["Jake Sullivan", ("Sullivan", 2), ("Sullivan", 3)]),
    dict(id=SHIN, type="person", name="Shin Wonsik", role="National Security Advisor",
         affiliation="KR", mentions=["Shin Wonsik", ("Shin", 2), ("Shin", 3)]),
    dict(id=AKIBA, type="person", name="Akiba Takeo", role="National Security Advisor",
         affiliation="JP", mentions=["Akiba Takeo", ("Akiba", 2), ("Akiba", 3)]),
    dict(id="US", type="country", name="United States", mentions=["United States", "U.S."]),
    dict(id="KR", type="country", name="Republic of Korea",
         mentions=[x for x in d.all("Republic of Korea")
                   if not (dprk_full[0] <= x["start"] < dprk_full[1])] + [d.span("Korean", 1)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japanese"), d.all("Japan")]),
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Biden"]),
    dict(id="yoon", type="person", name="Yoon Suk Yeol", role="President", affiliation="KR",
         mentions=["Yoon"]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=["Democratic People’s Republic of Korea", d.all("DPRK")]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russia")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["United Nations Security Council", "UNSC"]),
    dict(id="un", type="organization", name="United Nations", mentions=["UN"]),
    dict(id="msmt", type="organization", name="Multilateral Sanctions Monitoring Team",
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
    "security_defence": [("security", 1), "troop deployments", "military", "arms",
                         ("ballistic missile", 1), ("security", 2), "missile warning",
                         "FREEDOM EDGE", "maritime security", "arms transfers",
                         "weapons of mass destruction", ("ballistic missile", 2)],
    "cybersecurity": ["cyber security", ("cyber", 2), ("cyber", 3)],
    "economic_security": ["economic security", "supply chains"],
    "materials": ["critical minerals"],
    "telecom": ["telecommunications networks"],
    "energy": ["energy"],
    "infrastructure": ["infrastructure"],
    "data": ["data sharing"],
    "quantum": ["quantum"],
    "education": ["workforce training"],
}
commitments = [
    dict(type="meet", status="done", actors=NSA, trigger=("met", 1),
         action=d.rng("Washington, D.C.", "the Biden Administration"),
         dates=["2024-10-25", "2023-08"]),
    dict(type="meet", status="done", actors=["US", "KR", "JP"], trigger=("met", 2),
         action="at Camp David in August 2023", dates=["2024-10-25", "2023-08"]),
    dict(type="pledge", status="planned", actors=NSA, trigger="reaffirmed their commitment",
         action=d.rng("address common regional", "region and beyond")),
    dict(type="pledge", status="planned", actors=NSA,
         trigger=d.rng("reiterated the firm commitment", "and Japan"),
         action="help Ukraine defend itself"),
    dict(type="pledge", status="planned", actors=NSA, trigger=("committed", 1),
         action=d.rng("coordinate support for Ukraine", "accountable for its actions")),
    dict(type="review", status="done", actors=NSA, trigger="reviewed",
         action=d.rng("progress on a wide", "Camp David statement")),
    dict(type="cooperate", status="done", actors=NSA, trigger="discussed",
         action=d.rng("next steps on trilateral", "business communities")),
    dict(type="pledge", status="planned", actors=NSA, trigger=("committed", 2),
         action="continue trilateral efforts focused on combatting them"),
    dict(type="pledge", status="planned", actors=NSA, trigger=("reiterated", 2),
         action=d.rng("their support for a unified", "at peace")),
    dict(type="agree", status="planned", actors=NSA, trigger="agreed",
         action=d.rng("increase coordination", "cyber domain")),
    dict(type="agree", status="planned", actors=NSA, trigger="resolved",
         action=d.rng("institutionalize efforts", "for years to come")),
    dict(type="pledge", status="planned", actors=NSA, trigger=("committed", 3),
         action=d.rng("work toward holding", "earliest opportunity")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "agreement"))
