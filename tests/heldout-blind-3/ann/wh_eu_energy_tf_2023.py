import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2023-11-01-joint-statement-on-u-s-eu-energy-security-task-force-meeting")
BOTH = ["US", "EU"]
actors = [
    dict(id="US", type="country", name="United States", mentions=[d.all("U.S."), "United States"]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU")]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=[d.all("European Commission")]),
    dict(id="amos-hochstein", type="person", name="Amos Hochstein",
         role="Special Presidential Coordinator for Global Infrastructure and Energy Security",
         affiliation="US", mentions=["Amos Hochstein"]),
    dict(id="bjorn-seibert", type="person", name="Björn Seibert",
         role="Head of Cabinet of European Commission President Ursula von der Leyen",
         affiliation="EU", mentions=["Björn Seibert"]),
    dict(id="ursula-von-der-leyen", type="person", name="Ursula von der Leyen",
         role="European Commission President", affiliation="EU", mentions=["Ursula von der Leyen"]),
    dict(id="sarah-ladislaw", type="person", name="Sarah Ladislaw",
         role="Special Assistant to the President and Senior Director for Climate and Energy",
         affiliation="US", mentions=["Sarah Ladislaw"]),
    dict(id="national-security-council", type="organization", name="National Security Council",
         mentions=["National Security Council"]),
    dict(id="ditte-juul-jorgensen", type="person", name="Ditte Juul Jørgensen",
         role="European Commission Director-General for Energy", affiliation="EU",
         mentions=["Ditte Juul Jørgensen"]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia", "Russian"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
]
dates = [
    ("October 31, 2023", "DATE", "2023-10-31"),
    ("this year", "DATE", "2023"),
    ("2021", "DATE", "2021"),
    ("2022", "DATE", "2022"),
    (("2023", 1, "estimated 40"), "DATE", "2023"),
    ("October 20, 2023", "DATE", "2023-10-20"),
]
topics = {
    "energy": [("natural gas", 1), "liquefied natural gas", ("LNG", 1), ("LNG", 2),
               ("gas", 1, "Europe’s gas demand"), ("gas", 1, "further reduce"),
               "energy efficiency", "renewable energy", "energy supplies", "clean energy transition",
               ("energy", 1, "saving"), "fossil fuels", "coal", ("oil", 1, "reducing"),
               ("gas", 1, "reducing gas"), ("energy security", 1, "cooperation to ensure"),
               ("energy transition", 1, "continue to advance"), ("energy security", 1, "bolster"), ("energy security", 1, "monitor the")],
    "trade": [("trade", 1, "growing liquefied")],
    "economic_security": ["security of supply"],
    "climate": ["climate neutrality"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("the 11th time", "October 31, 2023"), dates=["2023-10-31"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 1),
         action=d.rng("AggregateEU", "joint purchasing mechanism"), dates=["2023"]),
    dict(type="cooperate", status="done", actors=BOTH, trigger=("discussed", 2),
         action=d.rng("how the EU has responded", "and saving energy")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
