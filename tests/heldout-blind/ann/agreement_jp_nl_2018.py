import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("jp-mofa-2018-01-24-japan-netherlands-summit-telephone-talk")
ABE, RUTTE = "shinzo-abe", "mark-rutte"
BOTH = [ABE, RUTTE]
actors = [
    dict(id=ABE, type="person", name="Shinzo Abe", role="Prime Minister", affiliation="JP",
         mentions=["Shinzo Abe", d.all("Abe", skip=(1,))]),
    dict(id=RUTTE, type="person", name="Mark Rutte",
         role="Prime Minister and Minister of General Affairs", affiliation="NL",
         mentions=["Mark Rutte", d.all("Rutte", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="NL", type="country", name="Netherlands",
         mentions=[("Netherlands", 1), "Kingdom of the Netherlands",
                   [x for x in d.all("Netherlands") if x["start"] > d.find("Kingdom of the Netherlands")[1]],
                   "Netherland"]),
    dict(id="KP", type="country", name="North Korea", mentions=[d.all("North Korea")]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["United Nations Security Council", d.all("UNSC")]),
]
DAY = "2018-01-24"
dates = [
    ("January 24, 2018", "DATE", DAY),
    (("January 24", 2), "DATE", DAY),
    ("5:40 p.m.", "TIME", "2018-01-24T17:40"),
    ("approximately 30 minutes", "DURATION", "PT30M", "APPROX"),
    ("the end of last year", "DATE", "2017", "END"),
    ("this year", "DATE", "2018"),
]
topics = {
    "security_defence": ["nuclear and missile development"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a telephone talk with H.E.", "Kingdom of the Netherlands"),
         dates=[DAY, "2018-01-24T17:40", "PT30M"]),
    dict(type="meet", status="done", actors=[RUTTE, ABE], trigger="telephoned",
         action=d.rng("Prime Minister Abe in the hope", "Sanctions Committee on North Korea")),
    dict(type="intend", status="planned", actors=["JP"], trigger=("would like", 1),
         action=d.rng("coordinate closely with the Netherlands", "the international community"),
         dates=["2017"]),
    dict(type="intend", status="planned", actors=[ABE], trigger=("would like", 2),
         action=d.rng("cooperate closely on North Korea", "development issues"), dates=["2018"]),
    dict(type="intend", status="planned", actors=BOTH, trigger="would further deepen",
         action=d.rng("bilateral relations on the basis", "strategic partnership")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "agreement"))
