import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2022-05-24-japan-australia-foreign-ministers-informal-talks")
HAYASHI, WONG = "hayashi-yoshimasa", "penny-wong"
BOTH = [HAYASHI, WONG]
DAY = "2022-05-24"
commonwealth_end = d.find("Commonwealth of Australia")[1]
actors = [
    dict(id=HAYASHI, type="person", name="Hayashi Yoshimasa", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["HAYASHI Yoshimasa", d.all("Hayashi")]),
    dict(id=WONG, type="person", name="Penny Wong", role="Minister for Foreign Affairs",
         affiliation="AU", mentions=["Penny Wong", ("Wong", 2)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="AU", type="country", name="Australia",
         mentions=["Commonwealth of Australia", ("Australian", 2),
                   [x for x in d.all("Australia") if x["end"] != commonwealth_end]]),
    dict(id="australian-labor-party", type="organization", name="Australian Labor Party",
         mentions=["Australian Labor Party", ("Labor", 2)]),
    dict(id="SB", type="country", name="Solomon Islands", mentions=["Solomon Islands"]),
]
dates = [
    ("May 24, 2022", "DATE", DAY),
    (("May 24", 2), "DATE", DAY),
    ("4:47 p.m.", "TIME", "2022-05-24T16:47"),
    ("approximately 20 minutes", "DURATION", "PT20M", "APPROX"),
]
topics = {
    "security_defence": ["security"],
    "economic_security": ["economic coercion"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("an informal talk with Senator", "Commonwealth of Australia"),
         dates=[DAY, "2022-05-24T16:47", "PT20M"]),
    dict(type="intend", status="planned", actors=[HAYASHI], trigger="hoped to continue",
         action=d.rng("work closely for the realization", "between Japan and Australia")),
    dict(type="intend", status="planned", actors=["AU"], trigger=("hoped", 2),
         action="strengthen its cooperation with Japan"),
    dict(type="intend", status="planned", actors=["JP", "AU"], trigger="would also continue",
         action=d.rng("closely collaborate on Pacific", "on Southeast Asia")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
