import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("us-state-2011-04-17-secretary-clinton-visits-japan")
CLINTON, KAN, MATSUMOTO = "hillary-clinton", "kan", "matsumoto"
DAY = "2011-04-17"
actors = [
    dict(id=CLINTON, type="person", name="Hillary Clinton", role="Secretary of State", affiliation="US",
         mentions=[("Clinton", 1), "Hillary Clinton", d.all("Clinton", skip=(1, 2))]),
    dict(id=KAN, type="person", name="Naoto Kan", role="Prime Minister", affiliation="JP",
         mentions=["Kan"]),
    dict(id=MATSUMOTO, type="person", name="Takeaki Matsumoto", role="Foreign Minister", affiliation="JP",
         mentions=[d.all("Matsumoto")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), d.all("Japanese")]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("U.S."), "America", "American"]),
]
dates = [
    (("April 17", 1), "DATE", DAY),
    (("April 17", 2), "DATE", DAY),
    ("March 11", "DATE", "2011-03-11"),
]
topics = {
    "disasters": ["earthquake", "tsunami"],
}
commitments = [
    dict(type="meet", status="done", actors=[CLINTON, KAN, MATSUMOTO], trigger="met",
         action="with Prime Minister Kan and Foreign Minister Matsumoto", dates=[DAY]),
    dict(type="meet", status="done", actors=[CLINTON], trigger="visited",
         action="the Emperor and Empress", dates=[DAY]),
    dict(type="pledge", status="planned", actors=[CLINTON], trigger="reiterated the enduring U.S. commitment",
         action=d.rng("Japan as the reconstruction", "goes forward"), dates=["2011-03-11"]),
    dict(type="pledge", status="planned", actors=["US"], trigger="pledge once again",
         action=d.rng("our steadfast support", "future recovery")),
    dict(type="launch", status="done", actors=[CLINTON, MATSUMOTO], trigger="announced",
         action="the creation of a public-private partnership for reconstruction"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
