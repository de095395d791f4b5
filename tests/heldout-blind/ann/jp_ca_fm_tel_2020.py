import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-mofa-2020-03-18-japan-canada-foreign-ministers-telephone-talk")
MOTEGI, CHAMPAGNE = "motegi-toshimitsu", "francois-philippe-champagne"
BOTH = [MOTEGI, CHAMPAGNE]
actors = [
    dict(id=MOTEGI, type="person", name="Motegi Toshimitsu", role="Minister for Foreign Affairs", affiliation="JP",
         mentions=["MOTEGI Toshimitsu", "Motegi"]),
    dict(id=CHAMPAGNE, type="person", name="François-Philippe Champagne", role="Minister of Foreign Affairs",
         affiliation="CA", mentions=["François-Philippe Champagne", d.all("Champagne", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada"), "Canadian"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [
    ("March 18, 2020", "DATE", "2020-03-18"),
    (("March 18", 2), "DATE", "2020-03-18"),
    ("around 10:00 p.m.", "TIME", "2020-03-18T22:00", "APPROX"),
    ("approximately 30 minutes", "DURATION", "PT30M", "APPROX"),
    ("next week", "DATE", "2020-W13"),
]
topics = {
    "health": [d.all("novel coronavirus"), d.all("COVID-19"), ("coronavirus", 1, "as the coronavirus"),
               "vaccines", "infectious diseases"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a telephone talk with the Honorable", "of Canada"),
         dates=["2020-03-18", "2020-03-18T22:00", "PT30M"]),
    dict(type="agree", status="planned", actors=BOTH, trigger=("shared the view", 1),
         action=d.rng("the following four points", "to various countries")),
    dict(type="agree", status="planned", actors=BOTH, trigger="strengthen",
         action="public-private partnerships in each country"),
    dict(type="agree", status="planned", actors=BOTH, trigger="pursue",
         action="joint development of cures or vaccines"),
    dict(type="intend", status="planned", actors=BOTH, trigger=("continue", 1, "Fourth"),
         action=d.rng("cooperation in ensuring", "both countries")),
    dict(type="cooperate", status="planned", actors=BOTH, trigger="would have intense discussion and cooperate",
         action=d.rng("tackling the novel coronavirus", "next week"), dates=["2020-W13"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
