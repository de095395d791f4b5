import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("eu-eeas-2016-08-24-mogherini-earthquake-central-italy")
MOGHERINI, MATTARELLA = "federica-mogherini", "sergio-mattarella"
DAY = "2016-08-24"
actors = [
    dict(id=MOGHERINI, type="person", name="Federica Mogherini",
         role="High Representative of the Union for Foreign Affairs and Security Policy", affiliation="EU",
         mentions=[d.all("Mogherini", skip=(2,)), "Federica Mogherini"]),
    dict(id=MATTARELLA, type="person", name="Sergio Mattarella", role="President", affiliation="IT",
         mentions=["Sergio Mattarella"]),
    # "High Representative of the Union": the Union is the EU
    dict(id="EU", type="bloc", name="European Union", mentions=["Union"]),
    dict(id="IT", type="country", name="Italy", mentions=[d.all("Italy"), "Italian Republic"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
]
dates = [
    ("24 August 2016", "DATE", DAY),
    ("Today", "DATE", DAY),
    ("last night", "TIME", "2016-08-23TNI"),
]
topics = {"disasters": [d.all("earthquake")]}
commitments = [
    dict(type="meet", status="done", actors=[MOGHERINI, MATTARELLA], trigger="has spoken",
         action=d.rng("the phone with", "Sergio Mattarella"), dates=[DAY]),
    dict(type="intend", status="planned", actors=["european-commission"], trigger="stands ready",
         action=d.rng("mobilise all the resources", "circumstances of this kind")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
