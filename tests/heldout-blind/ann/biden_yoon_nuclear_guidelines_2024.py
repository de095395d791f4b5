import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2024-07-11-joint-statement-by-president-joseph-r-biden-of-the-united-states-of-america-and-president-yoon-suk-")
BIDEN, YOON = "joseph-r-biden", "yoon-suk-yeol"
BOTH = [BIDEN, YOON]
s, _ = d.find("U.S-ROK")
us_typo = {"start": s, "end": s + 3, "text": d.text[s:s + 3]}
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden", ("Biden", 2), ("Biden", 3)]),
    dict(id=YOON, type="person", name="Yoon Suk Yeol", role="President", affiliation="KR",
         mentions=["Yoon Suk Yeol", ("Yoon", 2), ("Yoon", 3)]),
    dict(id="US", type="country", name="United States",
         mentions=["United States of America", d.all("U.S."), us_typo]),
    dict(id="KR", type="country", name="Republic of Korea",
         mentions=[("Republic of Korea", 1), d.all("ROK")]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=["Democratic People’s Republic of Korea", d.all("DPRK")]),
    dict(id="department-of-defense", type="organization", name="Department of Defense",
         mentions=["Department of Defense"]),
    dict(id="ministry-of-national-defense", type="organization", name="Ministry of National Defense",
         mentions=["Ministry of National Defense"]),
]
dates = [
    ("July 11, 2024", "DATE", "2024-07-11"),
    ("April 2023", "DATE", "2023-04"),
    ("first year", "DURATION", "P1Y"),
]
topics = {
    "security_defence": [("security", 1), d.all("extended deterrence"), ("defense", 1), "denuclearization",
                         "nonproliferation", "nuclear threat", d.all("nuclear operations"),
                         "combined exercises", "table-top exercises",
                         "Guidelines for Nuclear Deterrence and Nuclear Operations on the Korean Peninsula",
                         ("security", 2), "military", "nuclear deterrence", "nuclear attack", ("defense", 2)],
    "investment": ["investment"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger=("met", 1),
         action=d.rng("July 11,\n2024 to reaffirm", "in April 2023"), dates=["2024-07-11", "2023-04"]),
    dict(type="launch", status="done", actors=BOTH, trigger="was established",
         action=d.rng("as an enduring bilateral", "Republic of Korea (DPRK)")),
    dict(type="pledge", status="planned", actors=BOTH, trigger="reaffirmed their commitments",
         action=("the U.S.-ROK Washington Declaration", 1, "reaffirmed their commitments")),
    dict(type="pledge", status="planned", actors=[BIDEN], trigger=("reiterated", 2),
         action=d.rng("that the U.S. commitment", "including nuclear")),
    dict(type="pledge", status="planned", actors=[YOON], trigger=("reiterated", 3),
         action=d.rng("that the ROK’s full range", "combined\ndefense posture")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
