import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2018-04-28-japan-us-summit-telephone-talk")
ABE, TRUMP, MOON = "shinzo-abe", "donald-trump", "moon-jae-in"
DAY = "2018-04-28"
actors = [
    dict(id=ABE, type="person", name="Shinzo Abe", role="Prime Minister", affiliation="JP",
         mentions=["Shinzo Abe", d.all("Abe", skip=(1,))]),
    dict(id=TRUMP, type="person", name="Donald Trump", role="President", affiliation="US",
         mentions=["Donald Trump", ("Trump", 2)]),
    dict(id=MOON, type="person", name="Moon Jae-in", role="President", affiliation="KR",
         mentions=["Moon Jae-in"]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("U.S."), "United States of America", d.all("United States", skip=(1,))]),
    dict(id="KR", type="country", name="Republic of Korea", mentions=["Republic of Korea", d.all("ROK")]),
    dict(id="KP", type="country", name="North Korea", mentions=[d.all("North Korea")]),
]
dates = [
    ("April 28, 2018", "DATE", DAY),
    (("April 28", 2), "DATE", DAY),
    ("around 10:30 p.m.", "TIME", "2018-04-28T22:30", "APPROX"),
    ("approximately 30 minutes", "DURATION", "PT30M", "APPROX"),
    ("April 27", "DATE", "2018-04-27"),
]
topics = {
    "security_defence": [d.all("denuclearization")],
}
commitments = [
    dict(type="meet", status="done", actors=[ABE, TRUMP], trigger=("held", 1),
         action=d.rng("a telephone talk with the Honorable", "United States of America"),
         dates=[DAY, "2018-04-28T22:30", "PT30M"]),
    dict(type="meet", status="done", actors=[TRUMP, MOON], trigger=("held", 2),
         action=d.rng("a telephone talk with President Moon", "(ROK)")),
    dict(type="intend", status="planned", actors=[ABE, TRUMP], trigger="will closely monitor",
         action=d.rng("the moves of North Korea", "U.S.-North Korea Summit")),
    dict(type="intend", status="planned", actors=["JP", "US"], trigger="will continue",
         action=d.rng("work together to resolve", "visit to the United States")),
    dict(type="agree", status="planned", actors=["JP", "US"], trigger=("agreed", 2),
         action=d.rng("raise the abductions issue", "visit to the United States")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
