import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2022-03-25-united-states-and-european-commission-joint-statement-on-trans-atlantic-data-privacy-framework")
WE = ["US", "european-commission"]
actors = [
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=[d.all("European Commission"), ("Commission", 1, "the basis of the")]),
    dict(id="EU", type="bloc", name="European Union", mentions=["E.U.", d.all("EU")]),
    dict(id="cjeu", type="organization", name="Court of Justice of the European Union",
         mentions=["Court of Justice of the European Union"]),
    dict(id="gina-raimondo", type="person", name="Gina Raimondo", role="Secretary of Commerce",
         affiliation="US", mentions=["Gina Raimondo"]),
    dict(id="didier-reynders", type="person", name="Didier Reynders", role="Commissioner for Justice",
         affiliation="EU", mentions=["Didier Reynders"]),
    dict(id="oecd", type="organization", name="Organization for Economic Cooperation and Development",
         mentions=["Organization for Economic Cooperation and Development"]),
]
dates = [
    ("July 2020", "DATE", "2020-07"),
    ("more than a year", "DURATION", "P1Y", "MORE_THAN"),
]
topics = {
    "data": [d.all("Trans-Atlantic Data Privacy Framework"), d.all("data flows"), ("privacy", 1),
             ("privacy", 2), "adequacy decision"],
    "security_defence": ["national security", d.all("signals intelligence"), ("security", 2)],
    "human_rights": ["civil liberties", "citizens’ rights", "democracies"],
    "trade": ["commerce"],
}
commitments = [
    dict(type="agree", status="planned", actors=WE, trigger="have agreed in principle",
         action="a new Trans-Atlantic Data Privacy Framework", dates=["2020-07"]),
    dict(type="intend", status="planned", actors=["US"], trigger="is to put in place",
         action=d.rng("new safeguards", "security objectives")),
    dict(type="launch", status="planned", actors=["US"], trigger=("establish", 1, "security objectives"),
         action=d.rng("a two-level independent", "remedial measures")),
    dict(type="intend", status="planned", actors=["US"], trigger=("enhance", 1, "remedial measures"),
         action=d.rng("rigorous and layered", "on surveillance activities")),
    dict(type="intend", status="ongoing", actors=WE, trigger=("continue", 1),
         action=d.rng("deepen our partnership", "companies and citizens")),
    dict(type="intend", status="planned", actors=WE, trigger="will now continue",
         action=d.rng("their cooperation with a view", "Data Privacy Framework", after="will now continue")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
