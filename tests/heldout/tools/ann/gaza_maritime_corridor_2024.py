import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldout import Doc, build, write

d = Doc("wh-2024-03-08-joint-statement-from-the-european-commission-the-republic-of-cyprus-the-united-arab-emirates-the-un")
ALL = ["european-commission", "DE", "GR", "IT", "NL", "CY", "AE", "GB", "US"]
actors = [
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
    dict(id="DE", type="country", name="Germany", mentions=["Germany"]),
    dict(id="GR", type="country", name="Greece", mentions=["Greece"]),
    dict(id="IT", type="country", name="Italy", mentions=["Italy"]),
    dict(id="NL", type="country", name="Netherlands", mentions=["Netherlands"]),
    dict(id="CY", type="country", name="Cyprus",
         mentions=["Republic of Cyprus", d.all("Cyprus", skip=(1,))]),
    dict(id="AE", type="country", name="United Arab Emirates",
         mentions=["United Arab Emirates", "UAE"]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["United Kingdom"]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), "U.S."]),
    dict(id="PS", type="country", name="Palestine", mentions=["Palestinian"]),
    dict(id="un", type="organization", name="United Nations", mentions=[d.all("UN", skip=(2,))]),
    dict(id="sigrid-kaag", type="person", name="Sigrid Kaag",
         role="Senior Humanitarian and Reconstruction Coordinator for Gaza", affiliation="un",
         mentions=["Sigrid Kaag"]),
    dict(id="un-security-council", type="organization", name="UN Security Council",
         mentions=["UN Security Council"]),
    dict(id="EG", type="country", name="Egypt", mentions=["Egypt"]),
    dict(id="JO", type="country", name="Jordan", mentions=["Jordan"]),
    dict(id="IL", type="country", name="Israel", mentions=[d.all("Israel")]),
]
dates = [("today", "DATE", "2024-03-08")]
topics = {
    "transport": [d.all("maritime corridor"), "maritime channel", "land and air routes"],
    "agriculture": ["food"],
    "security_defence": ["military"],
    "human_rights": ["international humanitarian law"],
}
commitments = [
    dict(type="intend", status="planned", actors=ALL, trigger="announce",
         action=d.rng("our intent to open", "by sea"), dates=["2024-03-08"]),
    dict(type="intend", status="planned", actors=ALL, trigger="intend",
         action=d.rng("build on this model", "by sea")),
    dict(type="meet", status="planned", actors=["CY"], trigger="will soon convene",
         action=d.rng("senior officials", "those in need")),
    dict(type="pledge", status="planned", actors=["US"], trigger=("announced", 1, "The United States announced"),
         action=d.rng("an emergency mission", "assistance by sea")),
    dict(type="review", status="planned", actors=ALL, trigger="will continue to assess and adjust",
         action=d.rng("our efforts to ensure", "as possible")),
    dict(type="intend", status="planned", actors=ALL, trigger="will continue to work",
         action=d.rng("with Israel", "deliveries by land")),
]
write(d, build(d, actors, dates, topics, commitments))
