import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("uk-gov-2023-08-02-pm-call-chancellor-scholz-germany")
RS, OS = "rishi-sunak", "olaf-scholz"
BOTH = [RS, OS]
actors = [
    dict(id=RS, type="person", name="Rishi Sunak", role="Prime Minister", affiliation="GB",
         mentions=["Rishi Sunak"]),
    dict(id=OS, type="person", name="Olaf Scholz", role="Chancellor", affiliation="DE",
         mentions=[d.all("Scholz")]),
    dict(id="DE", type="country", name="Germany", mentions=[d.all("Germany"), d.all("German")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("UK")]),
    dict(id="nato", type="organization", name="NATO", mentions=["NATO"]),
    dict(id="g20", type="organization", name="G20", mentions=["G20"]),
    dict(id="NE", type="country", name="Niger", mentions=[d.all("Niger")]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
]
dates = [
    ("2 August 2023", "DATE", "2023-08-02"),
    (("this morning", 1), "TIME", "2023-08-02TMO"),
    (("this morning", 2), "TIME", "2023-08-02TMO"),
    ("last month", "DATE", "2023-07"),
    ("next month", "DATE", "2023-09"),
]
topics = {
    "security_defence": ["security"],
    "human_rights": ["democracy"],
}
commitments = [
    # the summary line repeats the body's first sentence: one meet, on the body sentence (dev notes 40)
    dict(type="meet", status="done", actors=BOTH, trigger=("spoke", 2),
         action=("German Chancellor Olaf Scholz this morning", 2), dates=["2023-08-02TMO"]),
    dict(type="intend", status="planned", actors=["GB", "DE"], trigger="can continue", hedged=True,
         action="the extensive work we do together to this end"),
    dict(type="cooperate", status="done", actors=BOTH, trigger="discussed",
         action="the concerning situation in Niger"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
