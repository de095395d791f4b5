import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2021-06-12-fact-sheet-g7-to-announce-joint-actions-to-end-public-support-for-overseas-unabated-coal-generation")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
actors = [
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[d.all("Biden")]),
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="CA", type="country", name="Canada", mentions=["Canada"]),
    dict(id="DE", type="country", name="Germany", mentions=["Germany"]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["UK"]),
    dict(id="climate-investment-funds", type="organization", name="Climate Investment Funds",
         mentions=["Climate Investment Funds"]),
]
dates = [
    ("Today", "DATE", "2021-06-12"),
    ("the end of this year", "DATE", "2021", "END"),
    ("2030", "DATE", "2030"),
    ("2035", "DATE", "2035"),
]
topics = {
    "energy": [d.all("coal"), "Coal", "clean energy", d.span("energy", 1, "carbon-pollution"),
               "electricity generation", "power plants", d.span("power", 1, "decarbonization in")],
    "climate": [d.all("climate crisis"), "Climate Crisis", "Decarbonization", "Industrial Decarbonization Agenda",
                "decarbonization technology", "sectoral decarbonization", "greenhouse gas emissions",
                "climate goals", "global warming", "climate change", "carbon capture", "adaptation"],
    "environment": [d.all("conservation"), "biodiversity loss", "ecosystems",
                    d.span("pollution", 1, "cumulative")],
    "finance": ["finance"],
    "development": [d.all("developing countries")],
    "infrastructure": ["infrastructure"],
    "education": ["job training"],
    "research": [d.all("innovation")],
    "standards": ["standards"],
    "transport": ["transport"],
    "agriculture": ["agriculture"],
    "human_rights": ["democracies"],
}
commitments = [
    dict(type="agree", status="planned", actors=["biden", "g7"], trigger="agreed",
         action=d.rng("a set of concrete actions", "combat the climate crisis"), dates=["2021-06-12"]),
    dict(type="pledge", status="planned", actors=["g7"], trigger="will commit",
         action=d.rng("an end to new direct", "the end of this year"), dates=["2021"]),
    dict(type="pledge", status="planned", actors=["CA", "DE", "GB", "US"], trigger="will also include",
         action=d.rng("a new collective commitment", "clean energy economy")),
    dict(type="launch", status="ongoing", actors=["g7"], trigger="are launching",
         action=d.rng("the G7 Industrial", "harmonize standards")),
    dict(type="intend", status="planned", actors=["g7"], trigger="will align",
         action=d.rng("their long-term", "threshold within reach")),
    dict(type="agree", status="planned", actors=["g7"], trigger="will also resolve",
         action=d.rng("strengthen adaptation", "reach these goals")),
    dict(type="pledge", status="planned", actors=["US"], trigger="supports",
         action=d.rng("the G7 goal", "by 2030"), dates=["2030"]),
    dict(type="intend", status="ongoing", actors=["biden"], trigger="is advancing",
         action=d.rng("policies that will achieve", "by 2035"), dates=["2035"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
