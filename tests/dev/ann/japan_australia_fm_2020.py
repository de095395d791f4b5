import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2020-04-23-japan-australia-foreign-ministers-telephone-talk")
MOTEGI, PAYNE = "motegi-toshimitsu", "marise-payne"
BOTH = [MOTEGI, PAYNE]
DAY = "2020-04-23"
actors = [
    dict(id=MOTEGI, type="person", name="Motegi Toshimitsu", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["MOTEGI Toshimitsu", "Motegi"]),
    dict(id=PAYNE, type="person", name="Marise Payne", role="Minister for Foreign Affairs",
         affiliation="AU", mentions=["Marise Payne", ("Payne", 2)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="AU", type="country", name="Australia", mentions=["Commonwealth of Australia", "Australian",
                  [x for x in d.all("Australia") if x["start"] != d.find("Commonwealth of Australia")[1] - 9]]),
]
dates = [
    ("April 23, 2020", "DATE", DAY),
    ("approximately 30 minutes", "DURATION", "PT30M", "APPROX"),
    ("1:30 p.m.", "TIME", "2020-04-23T13:30"),
    ("Thursday April 23, 2020", "DATE", DAY),
]
topics = {
    "health": ["novel coronavirus disease", "COVID-19", ("novel coronavirus", 2),
               "novel coronavirus infection", ("novel coronavirus", 4)],
    "disasters": ["Cyclone Harold"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a telephone talk for approximately", "Commonwealth of Australia"),
         dates=["PT30M", "2020-04-23T13:30", DAY]),
    dict(type="intend", status="planned", actors=["JP", "AU"], trigger="would work",
         action="provide support while maintaining close communication"),
    dict(type="cooperate", status="planned", actors=["JP", "AU"], trigger="would cooperate closely",
         action=d.rng("with each other to overcome", "challenge of the novel coronavirus")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
