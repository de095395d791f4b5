import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("us-state-2009-11-05-campbell-remarks-japanese-ministry-foreign-affairs")
CAMPBELL, OKADA, ROOS = "kurt-m-campbell", "okada", "roos"
actors = [
    dict(id=CAMPBELL, type="person", name="Kurt M. Campbell",
         role="Assistant Secretary, Bureau of East Asian and Pacific Affairs", affiliation="US",
         mentions=["Kurt M. Campbell", "CAMPBELL"]),
    dict(id=OKADA, type="person", name="Katsuya Okada", role="Foreign Minister", affiliation="JP",
         mentions=["Okada"]),
    dict(id=ROOS, type="person", name="John V. Roos", role="Ambassador", affiliation="US",
         mentions=["Roos"]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), d.all("Japanese")]),
    dict(id="US", type="country", name="United States", mentions=["Washington", "United States"]),
    dict(id="ministry-of-foreign-affairs", type="organization", name="Ministry of Foreign Affairs",
         mentions=[d.all("Ministry of Foreign Affairs")]),
    dict(id="defense-ministry", type="organization", name="Defense Ministry", mentions=["Defense Ministry"]),
    dict(id="white-house", type="organization", name="White House", mentions=["White House"]),
]
dates = [
    ("November 5, 2009", "DATE", "2009-11-05"),
    ("this morning", "TIME", "2009-11-05TMO"),
    (("next week", 1), "DATE", "2009-W46"),
    ("50 year", "DURATION", "P50Y"),
    (("next week", 2), "DATE", "2009-W46"),
    ("today", "DATE", "2009-11-05"),
]
topics = {}
commitments = [
    dict(type="meet", status="done", actors=[CAMPBELL, OKADA, "defense-ministry", "ministry-of-foreign-affairs"],
         trigger="have come",
         action=d.rng("from very good meetings", "Ministry of Foreign Affairs", after="have come")),
    dict(type="cooperate", status="done", actors=[ROOS, CAMPBELL, "US", "white-house"], trigger="had",
         action=d.rng("excellent discussions", "the White House"), dates=["2009-11-05TMO"]),
    dict(type="cooperate", status="done", actors=[CAMPBELL, ROOS], trigger="went through",
         action=d.rng("what we hope", "historic visit"), dates=["2009-W46"]),
    dict(type="intend", status="ongoing", actors=["US"], trigger="are making plans",
         action=d.rng("commemorate the 50 year", "work closely together"), dates=["P50Y"]),
    dict(type="pledge", status="planned", actors=["US"], trigger="are fully committed",
         action="this alliance"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
