import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2022-10-05-hayashi-attends-eu-heads-of-missions-meeting")
HY, JEP = "hayashi-yoshimasa", "jean-eric-paquet"
actors = [
    dict(id=HY, type="person", name="Yoshimasa Hayashi", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["HAYASHI Yoshimasa", d.all("Hayashi")]),
    dict(id=JEP, type="person", name="Jean-Eric Paquet", role="Ambassador-Designate to Japan",
         affiliation="EU", mentions=[d.all("Jean-Eric Paquet")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU"), "European Union"]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
]
dates = [
    ("October 5, 2022", "DATE", "2022-10-05"),
    (("October 5", 2), "DATE", "2022-10-05"),
]
topics = {
    "human_rights": ["rule of law"],
    "security_defence": ["security"],
    "trade": ["import measures"],
    "agriculture": ["food"],
}
commitments = [
    dict(type="meet", status="done", actors=[HY, JEP], trigger="attended",
         action=d.rng("a meeting of ambassadors", "of the EU to Japan"), dates=["2022-10-05"]),
    dict(type="intend", status="planned", actors=[HY], trigger="expressed his intention",
         action=d.rng("strengthen the Japan-EU partnership", "Indo-Pacific region")),
    # "the ambassadors of EU Member States": unnamed officials resolve to EU
    dict(type="cooperate", status="done", actors=[HY, "EU"], trigger=("held", 2),
         action=d.rng("a lively discussion", "situation in Ukraine")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
