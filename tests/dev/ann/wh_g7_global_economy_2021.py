import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2021-06-11-fact-sheet-president-biden-and-g7-leaders-to-announce-steps-to-forge-a-more-fair-and-inclusive-glob")
# "G7 leaders" / "G7 partners" / "leaders" at the G7 resolve to g7 (8a); Biden stays a person.
BIDEN = "biden"
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),  # incl. "Biden Administration" (dev note 9)
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States"), "US", "U.S.", d.all("American")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="imf", type="organization", name="International Monetary Fund",
         mentions=["International Monetary Fund"]),
]
dates = [
    (("Today", 1), "DATE", "2021-06-11"),
    ("21st century", "DATE", "20"),
    (("Today", 2), "DATE", "2021-06-11"),
]
topics = {
    # Taxes and IMF Special Drawing Rights are public finance: `finance`.
    "finance": ["Global Minimum Tax", d.all("global minimum tax"), "tax rate", "global tax system",
                "global corporate minimum tax", "Digital Service Taxes", d.all("DSTs"), "discriminatory taxes",
                "taxing rights", d.all("Special Drawing Rights"), "SDRs", "SDR"],
    "infrastructure": [d.all("infrastructure")],
    "education": ["education"],
    "health": ["health", "vaccinations"],
    "human_rights": ["democracies"],
}
commitments = [
    # Italic subtitle: a statement of its own (no body sentence restates it).
    dict(type="intend", status="ongoing", actors=["US"], trigger="is rallying",
         action=d.rng("the world’s democracies", "our shared values")),
    dict(type="meet", status="planned", actors=[BIDEN, "g7"], trigger="will meet",
         action=d.rng("with G7 leaders to discuss", "challenges of our time"), dates=["2021-06-11"]),
    dict(type="pledge", status="planned", actors=[BIDEN, "g7"], trigger="are committed",
         action=d.rng("a global recovery", "around the world")),
    dict(type="agree", status="planned", actors=[BIDEN, "g7"], trigger="agreed",
         action=d.rng("continue providing", "economic recovery")),
    # "leaders are expected to announce that the G7 is: **Rallying around ...**": the bold label
    # restates the body's "will endorse" (8a: a heading restating a commitment is not a second one).
    dict(type="agree", status="planned", actors=["g7"], trigger="will endorse",
         action=d.rng("a strong global minimum tax", "15 percent")),
    dict(type="agree", status="planned", actors=["g7"], trigger="reached historic agreement",
         action=d.rng("a plan to replace", "making money")),
    dict(type="intend", status="ongoing", actors=["US", "g7"], trigger="are actively considering",
         action=d.rng("a global effort", "most in need"), hedged=True),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
