import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2011-03-07-earthquake-new-zealand-telephone-conversation-foreign-minister")
MA, MC = "seiji-maehara", "murray-mccully"
actors = [
    dict(id=MA, type="person", name="Seiji Maehara", role="former Minister for Foreign Affairs",
         affiliation="JP", mentions=["Seiji Maehara", ("Maehara", 2), ("Maehara", 3)]),
    dict(id=MC, type="person", name="Murray McCully", role="Minister of Foreign Affairs",
         affiliation="NZ", mentions=["Murray McCully", ("McCully", 2), ("McCully", 3)]),
    dict(id="NZ", type="country", name="New Zealand", mentions=[d.all("New Zealand")]),
    dict(id="JP", type="country", name="Japan",
         mentions=[("Japan", 1), ("Japan", 2), ("Japan", 4), ("Japanese", 1), ("Japanese", 2),
                   ("Japanese", 3), ("Japanese", 4)]),
]
dates = [
    ("March 7, 2011", "DATE", "2011-03-07"),
    ("Monday, March 7", "DATE", "2011-03-07"),
]
topics = {
    "disasters": ["Earthquake", ("disaster", 1)],
}
commitments = [
    dict(type="meet", status="done", actors=[MA, MC], trigger="had",
         action=d.rng("a telephone conversation with", "Foreign Affairs of New Zealand", after="Monday"),
         dates=["2011-03-07"]),
    dict(type="intend", status="planned", actors=["NZ"], trigger="will do",
         action=d.rng("as much as it can", "family members in question")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
