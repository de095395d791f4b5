import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2022-03-10-joint-statement-by-president-joseph-r-biden-jr-of-the-united-states-and-president-ivan-duque-marque")
# "We met today ...": no "We, ..." apposition and no party in the first sentence, so "We" is the
# authors the title names (SPEC 8a): the two presidents, who have no mention in the body.
BIDEN, DUQUE = "joseph-r-biden-jr", "ivan-duque-marquez"
WE = [BIDEN, DUQUE]
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US", mentions=[]),
    dict(id=DUQUE, type="person", name="Iván Duque Márquez", role="President", affiliation="CO", mentions=[]),
    dict(id="US", type="country", name="United States", mentions=[d.all("U.S."), d.all("United States")]),
    dict(id="CO", type="country", name="Colombia", mentions=[d.all("Colombia")]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization", mentions=[d.all("NATO")]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="VE", type="country", name="Venezuela", mentions=["Venezuela"]),
]
dates = [
    ("today", "DATE", "2022-03-10"),
    ("200 years", "DURATION", "P200Y"),
]
topics = {
    "human_rights": [d.all("human rights"), "fundamental freedoms", d.all("democracy"),
                     "Inter-American Democratic Charter", "democratic values", "rule of law", "corruption",
                     "gender equity", "racial equity"],
    "security_defence": [d.all("security"), "terrorism"],
    "health": [d.all("COVID-19"), "vaccine doses", ("health", 1), "health technology"],
    "climate": ["climate change"],
    "connectivity": ["digital connectivity"],
    "investment": ["investments"],
    "infrastructure": ["Build Back Better World"],
    "migration": [("migration", 1), "Regional Declaration on Migration and Protection", "migrant crisis",
                  "migrant communities", "refugees", "immigrants"],
    "development": [("development", 1)],
}
commitments = [
    dict(type="meet", status="done", actors=WE, trigger="met",
         action=d.rng("today to commemorate", "Democratic Charter"), dates=["2022-03-10", "P200Y"]),
    dict(type="intend", status="planned", actors=["US"], trigger="intends",
         action=d.rng("designate Colombia", "against Ukraine")),
    dict(type="pledge", status="planned", actors=WE, trigger=("committed", 1),
         action=d.rng("expanding longstanding", "global implications")),
    dict(type="agree", status="planned", actors=WE, trigger=("agreed", 1),
         action=d.rng("sustain robust cooperation", "of external actors")),
    dict(type="pledge", status="planned", actors=WE, trigger=("committed", 2),
         action=d.rng("advance our broader drug", "rule of law institutions")),
    dict(type="pledge", status="planned", actors=WE, trigger="commit",
         action=d.rng("support the restoration", "humanitarian crises")),
    dict(type="pledge", status="planned", actors=["US"], trigger="announced",
         action=d.rng("the donation of", "migrant communities")),
    dict(type="agree", status="planned", actors=WE, trigger=("agreed", 2),
         action=d.rng("prioritize investments", "gender equity")),
    dict(type="pledge", status="planned", actors=WE, trigger=("committed", 3),
         action=d.rng("ensuring that the future", "respect for human rights")),
    dict(type="agree", status="planned", actors=WE, trigger=("agreed", 3),
         action=d.rng("work on a new framework", "manage migration")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, no_mentions=WE)
if "--show" in sys.argv:
    show(g)
