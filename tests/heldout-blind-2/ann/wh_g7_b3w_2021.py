import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2021-06-12-fact-sheet-president-biden-and-g7-leaders-launch-build-back-better-world-b3w-partnership")
BIDEN = "biden"
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States"), d.all("U.S.", skip=(1,)), "American"]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="CN", type="country", name="China", mentions=["China"]),
    dict(id="dfc", type="organization", name="Development Finance Corporation",
         mentions=["Development Finance Corporation"]),
    dict(id="usaid", type="organization", name="United States Agency for International Development",
         mentions=["USAID"]),
    dict(id="exim", type="organization", name="Export-Import Bank of the United States",
         mentions=["EXIM"]),
    dict(id="millennium-challenge-corporation", type="organization", name="Millennium Challenge Corporation",
         mentions=["Millennium Challenge Corporation"]),
    dict(id="ustda", type="organization", name="U.S. Trade and Development Agency",
         mentions=["U.S. Trade and Development Agency"]),
    dict(id="transaction-advisory-fund", type="organization", name="Transaction Advisory Fund",
         mentions=["Transaction Advisory Fund"]),
    dict(id="congress", type="organization", name="Congress", mentions=["Congress"]),
]
dates = [("Today", "DATE", "2021-06-12")]
topics = {
    "infrastructure": [d.all("infrastructure"), d.all("Infrastructure"),
                       d.all("Build Back Better World"), d.all("B3W")],
    "investment": [d.all("investments"), d.all("investment")],
    "finance": [d.all("finance"), d.all("Finance", skip=(1,)), d.all("financing"), d.all("funding"),
                d.all("capital"), "Capital", "financial institutions"],
    "development": [d.all("development"), ("Development", 3), "developing world"],
    "health": ["COVID-19", ("health", 1), "health security"],
    "climate": [("climate", 1), "climate change", ("climate", 3), ("Climate", 1), "Paris Climate Agreement"],
    "environment": ["environmentally", "environment", "environmental safeguards"],
    "human_rights": [d.all("democracies"), "gender equity and equality", "anticorruption"],
    "standards": [d.all("standards"), "Standards"],
}
commitments = [
    dict(type="meet", status="done", actors=[BIDEN, "g7"], trigger="met",
         action=d.rng("with G7 leaders", "middle-income countries"), dates=["2021-06-12"]),
    dict(type="agree", status="planned", actors=[BIDEN, "g7"], trigger="agreed",
         action=d.rng("launch the bold", "in the developing world")),
    dict(type="cooperate", status="planned", actors=["g7"], trigger="will coordinate",
         action=d.rng("mobilizing private-sector", "development finance institutions")),
    dict(type="intend", status="planned", actors=["US"], trigger="will seek",
         action=d.rng("mobilize the full potential", "Transaction Advisory Fund")),
    dict(type="intend", status="planned", actors=["US"], trigger="aims",
         action=d.rng("complement domestic", "American Jobs Plan")),
    dict(type="intend", status="planned", actors=["US"], trigger=("create", 1, "American Jobs Plan"),
         action=d.rng("new opportunities", "jobs at home")),
    dict(type="intend", status="planned", actors=["US"], trigger=("will work", 1),
         action=d.rng("with Congress", "in the coming years")),
    dict(type="agree", status="planned", actors=["US", "g7"], trigger="endorses",
         action="the guiding principles of B3W"),
    dict(type="intend", status="planned", actors=["US"], trigger="will offer",
         action=d.rng("countries a positive vision", "their infrastructure needs")),
    dict(type="pledge", status="planned", actors=["US"], trigger=("are committed", 1),
         action=d.rng("providing citizens", "infrastructure projects")),
    dict(type="launch", status="planned", actors=["g7"], trigger="will establish",
         action=d.rng("a taskforce together", "impact and reach")),
    dict(type="pledge", status="planned", actors=["US"], trigger=("are committed", 2),
         action=d.rng("augmenting the development", "address infrastructure needs")),
    dict(type="intend", status="planned", actors=["US"], trigger="will incorporate",
         action=d.rng("these standards and safeguards", "appropriately and effectively")),
    dict(type="intend", status="planned", actors=["US"], trigger=("will work", 2),
         action=d.rng("with the IFIs", "sustainable infrastructure investment")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
