import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2023-09-09-joint-statement-from-the-united-states-and-the-european-union-on-support-for-angola-zambia-and-the-")
WE = ["US", "EU"]
# The Markdown link target (a URL) is markup: no mentions inside it.
u0 = d.text.index("](https://")
u1 = d.text.index(")", u0 + 2) + 1


def txt(a):
    return [m for m in d.all(a) if not (u0 <= m["start"] < u1)]


actors = [
    dict(id="US", type="country", name="United States",
         mentions=["United States of America", txt("United States")[1:], txt("U.S.")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[txt("European Union"), txt("EU")]),
    dict(id="AO", type="country", name="Angola", mentions=[txt("Angola")]),
    dict(id="ZM", type="country", name="Zambia", mentions=[txt("Zambia")]),
    dict(id="CD", type="country", name="Democratic Republic of the Congo",
         mentions=[txt("Democratic Republic of the Congo")]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="g20", type="organization", name="G20", mentions=[txt("G20")]),
]
dates = [("Today", "DATE", "2023-09-09")]
topics = {
    "infrastructure": [txt("Partnership for Global Infrastructure and Investment"), "PGII", "PGI",
                       "Global Gateway", d.all("infrastructure"), d.all("Lobito Corridor"),
                       "corridors"],
    "transport": ["rail", d.all("railway"), d.all("transport"), "transit", "logistics"],
    "development": ["economic development"],
    "trade": [d.all("trade")],
    "investment": [d.all("investments"), d.all("investment")],
    "finance": ["financial resources"],
    "agriculture": ["agricultural value chains", "agricultural goods", "agriculture value chains",
                    "food production", "food insecurity"],
    "energy": [d.all("clean energy"), "power supply"],
    "economic_security": ["supply chains"],
    "materials": ["critical minerals"],
    "climate": [d.all("carbon footprint")],
    "education": ["workforce training"],
    "connectivity": [d.all("digital access")],
}
commitments = [
    dict(type="cooperate", status="ongoing", actors=WE, trigger="are teaming up",
         action=d.rng("support the development", "between Zambia and Angola")),
    dict(type="cooperate", status="planned", actors=WE, trigger="join forces",
         action=d.rng("generate economic benefits", "Congo and Zambia")),
    dict(type="intend", status="planned", actors=WE, trigger="will support",
         action=d.rng("the Governments in launching", "northern Zambia")),
    dict(type="intend", status="planned", actors=WE, trigger="plan",
         action=d.rng("explore cooperation", "in the longer term")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
