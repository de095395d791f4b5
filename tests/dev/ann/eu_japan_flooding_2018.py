import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("eu-com-2018-07-09-statement-flooding-landslides-japan")
actors = [
    dict(id="federica-mogherini", type="person", name="Federica Mogherini",
         role="High Representative/Vice-President", affiliation="EU", mentions=["Federica Mogherini"]),
    dict(id="christos-stylianides", type="person", name="Christos Stylianides",
         role="Commissioner for Humanitarian Aid and Crisis Management", affiliation="EU",
         mentions=["Christos Stylianides"]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("European Union")]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
]
dates = [("9 July 2018", "DATE", "2018-07-09")]
topics = {
    "disasters": [d.all("flooding"), d.all("landslides")],
}
commitments = [
    dict(type="intend", status="planned", actors=["EU"], trigger="stands ready",
         action="provide any assistance to our Japanese friends"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
