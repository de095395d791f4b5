import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2018-07-17-signing-strategic-partnership-agreement-japan-eu")
ABE, TUSK, JUNCKER = "shinzo-abe", "donald-tusk", "jean-claude-junker"
DAY = "2018-07-17"
actors = [
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("European Union"), "EU"]),
    dict(id=ABE, type="person", name="Shinzo Abe", role="Prime Minister", affiliation="JP",
         mentions=["Shinzo Abe"]),
    dict(id=TUSK, type="person", name="Donald Tusk", role="European Council President", affiliation="EU",
         mentions=["Donald Tusk"]),
    # the text misspells Juncker; the id follows the written form
    dict(id=JUNCKER, type="person", name="Jean-Claude Junker", role="European Commission President",
         affiliation="EU", mentions=["Jean-Claude Junker"]),
    dict(id="european-council", type="organization", name="European Council",
         mentions=["European Council"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
]
dates = [
    ("July 17, 2018", "DATE", DAY),
    (("July 17", 2), "DATE", DAY),
    (("July 17", 3), "DATE", DAY),
]
topics = {
    "human_rights": ["democracy", "rule of law", "human rights", "fundamental freedoms"],
}
commitments = [
    dict(type="agree", status="planned", actors=["JP"], trigger="made a decision",
         action=d.rng("at its Cabinet Meeting", "of the other part", after="1. On July 17"), dates=[DAY]),
    dict(type="sign", status="planned", actors=[ABE, TUSK, JUNCKER], trigger="will sign",
         action=d.rng("the Agreement on the occasion", "in Tokyo"), dates=[DAY]),
    dict(type="schedule", status="planned", actors=["JP", "EU"], trigger="to be held",
         action=("the Japan-EU Summit", 1), dates=[DAY]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
