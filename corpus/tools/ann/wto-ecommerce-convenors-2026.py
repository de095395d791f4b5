META = {"id": "wto-ecommerce-convenors-2026", "published": "2026-03-28",
        "title": "Statement by the co-convenors of the Joint Statement Initiative on E-commerce", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2026-03-28", "meta"
TEXT = """E-commerce co-convenors’ statement at MC14

We, the co-convenors of the Joint Statement Initiative on E-commerce, Australia, Japan and Singapore, met on the margins of the Fourteenth WTO Ministerial Conference in Yaoundé, Cameroon. We welcomed the incorporation of the Agreement on Electronic Commerce into the WTO rulebook.

We will hold a technical workshop for developing country members in Geneva in May. Australia, Japan and Singapore pledged to fund capacity building on paperless trade for least developed countries.

We will not seek to extend the initiative to customs duties on electronic transmissions at this stage.
"""
ACTORS = [
    dict(id="AU", type="country", name="Australia", mentions=["Australia@*"]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan@*"]),
    dict(id="SG", type="country", name="Singapore", mentions=["Singapore@*"]),
    dict(id="wto", type="organization", name="World Trade Organization", mentions=["WTO@*"]),
    dict(id="CM", type="country", name="Cameroon", mentions=["Cameroon"]),
]
DATES = [("May", "DATE", "2026-05")]
TOPICS = {
    "trade": ["[[E-commerce]] co-convenors", "Agreement on Electronic Commerce", "paperless trade", "customs duties"],
    "development": ["developing country", "least developed countries"],
}
P = ["AU", "JP", "SG"]
COMMITMENTS = [
    dict(type="meet", status="done", actors=P, trigger="[[met]] on the margins", action="...Yaoundé, Cameroon"),
    dict(type="meet", status="planned", actors=P, trigger="will hold", action="...in May"),
    dict(type="pledge", status="planned", actors=P, trigger="pledged", action="...least developed countries"),
    dict(type="intend", status="planned", actors=P, trigger="will not seek", action="...at this stage", negated=True),
]
