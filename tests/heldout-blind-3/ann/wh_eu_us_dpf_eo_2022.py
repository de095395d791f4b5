import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2022-10-07-fact-sheet-president-biden-signs-executive-order-to-implement-the-european-union-u-s-data-privacy-f")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
TODAY = "2022-10-07"
actors = [
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id="EU", type="bloc", name="European Union", mentions=[("European Union", 1), d.all("EU")]),
    dict(id="ursula-von-der-leyen", type="person", name="Ursula von der Leyen",
         role="European Commission President", affiliation="EU", mentions=["von der Leyen"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=[d.all("European Commission")]),
    dict(id="cjeu", type="organization", name="Court of Justice of the European Union",
         mentions=["Court of Justice of the European Union"]),
    dict(id="us-intelligence-community", type="organization", name="Intelligence Community",
         mentions=[d.all("Intelligence Community")]),
    dict(id="clpo", type="organization", name="Civil Liberties Protection Officer",
         mentions=["Civil Liberties Protection Officer", d.all("CLPO")]),
    dict(id="odni", type="organization", name="Office of the Director of National Intelligence",
         mentions=["Office of the Director of National Intelligence"]),
    dict(id="dprc", type="organization", name="Data Protection Review Court",
         mentions=["Data Protection Review Court", d.all("DPRC")]),
    dict(id="pclob", type="organization", name="Privacy and Civil Liberties Oversight Board",
         mentions=["Privacy and Civil Liberties Oversight Board"]),
]
dates = [
    ("Today", "DATE", TODAY),
    ("March of 2022", "DATE", "2022-03"),
    ("annual", "SET", "P1Y"),
    ("today", "DATE", TODAY),
]
topics = {
    "data": ["Data Privacy Framework", d.all("DPF"), d.all("data flows"), "Privacy Shield",
             d.all("data transfer mechanism"), d.all("personal data"), d.all("personal information"),
             "data privacy", [x for x in d.all("privacy") if d.find("rigorous array")[0] < x["start"] < d.find("data privacy")[0]]],
    "human_rights": [d.all("civil liberties")],
    "security_defence": [d.all("signals intelligence"), d.all("national security")],
}
commitments = [
    dict(type="sign", status="done", actors=["biden"], trigger="signed",
         action=d.rng("an Executive Order on Enhancing", "March of 2022"), dates=[TODAY, "2022-03"]),
    dict(type="intend", status="planned", actors=["US"], trigger="will take",
         action=d.rng("implement the U.S. commitments", "March of 2022"), dates=[TODAY, "2022-03"]),
    dict(type="intend", status="planned", actors=["clpo"], trigger="will conduct",
         action=d.rng("an initial investigation", "the appropriate remediation")),
    dict(type="sign", status="done", actors=["US"], trigger="issued",
         action=d.rng("accompanying regulations", "establishment of the DPRC"), dates=[TODAY]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
