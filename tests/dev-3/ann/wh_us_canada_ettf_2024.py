import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write, S

d = Doc("wh-2024-05-16-u-s-canada-joint-statement-on-the-extension-of-the-bilateral-energy-transformation-task-force")


def minus(spans, *blocks):
    """The spans of a d.all() list that do not overlap any of the block spans."""
    bl = []
    for b in blocks:
        bl.extend(b if isinstance(b, list) else [S(d, b)])
    return [s for s in spans if not any(s["start"] < b["end"] and b["start"] < s["end"] for b in bl)]


def raw(a, n=1):
    """A literal span without word boundaries (the text lost a space: "Inflation Reduction Actinto")."""
    i = -1
    for _ in range(n):
        i = d.text.index(a, i + 1)
    return {"start": i, "end": i + len(a), "text": a}


IRA = [raw("Inflation Reduction Act", 1), {**raw("Inflation Reduction Act", 1)}]
CA, US = "CA", "US"
BIDEN, TRUDEAU, FREELAND, HOCHSTEIN = "biden", "trudeau", "chrystia-freeland", "amos-hochstein"
PDAC = "Prospectors and Developers Association of Canada"
NRCAN = "Department of Natural Resources Canada"
DOD = "Department of Defense"
actors = [
    dict(id=CA, type="country", name="Canada",
         mentions=[minus(d.all("Canada"), PDAC, NRCAN), d.all("Canadian")]),
    dict(id=US, type="country", name="United States", mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation=US,
         mentions=[d.all("Biden")]),
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation=CA,
         mentions=["Trudeau"]),
    dict(id=FREELAND, type="person", name="Chrystia Freeland", role="Deputy Prime Minister", affiliation=CA,
         mentions=["Chrystia Freeland"]),
    dict(id=HOCHSTEIN, type="person", name="Amos Hochstein",
         role="White House Senior Advisor to the President", affiliation=US, mentions=["Amos Hochstein"]),
    dict(id="white-house", type="organization", name="White House", mentions=["White House"]),
    dict(id="prospectors-and-developers-association-of-canada", type="organization",
         name=PDAC, mentions=[PDAC]),
    dict(id="department-of-defense", type="organization", name=DOD, mentions=[DOD]),
    dict(id="defense-production-act-investment-office", type="organization",
         name="Defense Production Act Investment Office", mentions=["Defense Production Act* Investment Office"]),
    dict(id="fortune-minerals", type="organization", name="Fortune Minerals Limited",
         mentions=["Fortune Minerals Limited", ("Fortune", 2), ("Fortune", 3)]),
    dict(id="lomiko-metals", type="organization", name="Lomiko Metals, Inc.",
         mentions=["Lomiko Metals, Inc.", ("Lomiko", 2), ("Lomiko", 3)]),
    dict(id="natural-resources-canada", type="organization", name="Natural Resources Canada",
         mentions=[NRCAN]),
    dict(id="RO", type="country", name="Romania", mentions=["Romania"]),
    dict(id="RU", type="country", name="Russia", mentions=["Russian"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [
    ("additional year", "DURATION", "P1Y"),
    ("August 2022", "DATE", "2022-08"),
    ("this summer", "DATE", "2024-SU"),
    ("March 2023", "DATE", "2023-03"),
    ("one-year", "DURATION", "P1Y"),
    ("May 2023", "DATE", "2023-05"),
    ("annual", "SET", "P1Y"),
    ("March 2024", "DATE", "2024-03"),
    ("Today", "DATE", "2024-05-16"),
    ("next three years", "DURATION", "P3Y"),
    (("2024", 1, "pledged to make"), "DATE", "2024"),
    ("February", "DATE", "2024-02"),
    ("10-year", "DURATION", "P10Y"),
    ("later this spring", "DATE", "2024-SP"),
    ("This year", "DATE", "2024"),
    ("this decade", "DATE", "202"),
    ("coming year", "DURATION", "P1Y"),
    ("2025", "DATE", "2025"),
]
SC = d.all("supply chains") + d.all("supply chain")
SC = sorted({(s["start"], s["end"]): s for s in SC}.values(), key=lambda s: s["start"])
SC = [s for s in SC if not any(o is not s and o["start"] <= s["start"] and s["end"] <= o["end"] and o != s for o in SC)]
topics = {
    "climate": IRA + ["climate goals", ("net-zero", 1), ("net-zero", 2), "zero-carbon", "decarbonize",
                      "Decarbonizing"],
    "energy": [d.all("energy"), d.all("nuclear"), "grid integration", "small modular reactor",
               minus(d.all("enrichment"), d.all("nuclear"))],
    "economic_security": [SC, "Supply Chains"],
    "materials": [d.all("critical minerals"), minus(d.all("critical mineral"), d.all("critical minerals")),
                  "Critical Minerals", "Canadian Critical Minerals Strategy", "essential materials"],
    "transport": ["electric vehicle"],
    "standards": [("standards", 1)],
    "environment": ["ESG"],
    "investment": [minus(d.all("investment"), "Partnership for Global Infrastructure Investment"),
                   d.all("investments"), "co-investments"],
    "finance": ["private sector finance", ("green", 1, "In February"), "sovereign green bond"],
    "trade": ["U.S.-Canada trade"],
    "security_defence": [("defense", 1)],
    "infrastructure": ["Partnership for Global Infrastructure Investment"],
}
topics["finance"][1] = d.rng("green", "bond", after="In February")
topics["trade"] = [("trade", 1, "U.S.-Canada")]
topics["investment"][1] = [s for s in d.all("investments") if d.text[s["start"] - 3:s["start"]] != "co-"]
topics["materials"][2] = ("Critical Minerals", 1)
topics["materials"][3] = ("Critical Minerals", 2)

commitments = [
    dict(type="launch", status="done", actors=[CA, US], trigger="announce",
         action=d.rng("the renewal", "additional year"), dates=["P1Y"], cls="wrapper"),
    dict(type="sign", status="done", actors=[BIDEN], trigger="signing",
         action=d.rng("the Inflation", "law"), dates=["2022-08"], cls="subordinate"),
    dict(type="intend", status="ongoing", actors=[CA, US], trigger="are building",
         action=d.rng("our shared supply chains", "shared by all"), cls="finite_main"),
    dict(type="launch", status="done", actors=[BIDEN, TRUDEAU], trigger="launched",
         action=d.rng("the one-year ETTF", "collective energy security"), dates=["2023-03", "P1Y"],
         cls="finite_main"),
    dict(type="meet", status="done", actors=[CA, US], trigger="took place", action="May 2023",
         dates=["2023-05"], cls="meet"),
    dict(type="cooperate", status="done", actors=[CA, US], trigger="have advanced",
         action=d.rng("shared priorities", "and around the world"), cls="finite_main"),
    dict(type="pledge", status="planned", actors=[CA, US], trigger=("announced", 1),
         action=d.rng("the first co-investments", "deposits in Canada"), dates=["2024-05-16"], cls="finite_main"),
    dict(type="pledge", status="planned", actors=["department-of-defense"], trigger=("announced", 2),
         action=d.rng("US$14.8 million", "(“Lomiko”)"), cls="finite_main"),
    dict(type="pledge", status="planned", actors=["natural-resources-canada"], trigger=("announced", 3),
         action=d.rng("complementary funding", "Critical Minerals Strategy"), cls="finite_main"),
    dict(type="pledge", status="planned", actors=[US, CA], trigger="commitment",
         action=d.rng("implementing a joint vision", "and defense sectors"), cls="nominal"),
    dict(type="pledge", status="planned", actors=[US, CA], trigger="pledged",
         action=d.rng("make 2024", "free from Russian influence"), dates=["2024"], cls="finite_main"),
    dict(type="pledge", status="planned", actors=[CA], trigger="affirming Canada’s commitment",
         action="serving as a global nuclear leader", dates=["2024-02", "P10Y"], cls="subordinate"),
    dict(type="intend", status="ongoing", actors=[CA], trigger="continues",
         action=d.rng("engage industry and international", "North American nuclear fuel supply chains"),
         dates=["2024-SP"], cls="wrapper"),
    dict(type="sign", status="done", actors=[BIDEN], trigger="signed",
         action=d.rng("into law a series", "in the United States"), dates=["2024", "202"], cls="finite_main"),
    dict(type="pledge", status="ongoing", actors=[CA, US], trigger="are making",
         action=d.rng("significant investments to decarbonize", "manufacturing competitiveness"), cls="finite_main"),
    dict(type="intend", status="planned", actors=[CA, US], trigger="will continue",
         action=d.rng("collaborate to promote", "green steel and aluminum"), cls="wrapper"),
    dict(type="intend", status="planned", actors=[US, CA], trigger="will work",
         action=d.rng("amplify areas", "G7 in 2025"), dates=["P1Y", "2025"], cls="modal_main"),
    dict(type="intend", status="planned", actors=[US, CA], trigger="intend",
         action=d.rng("work closely with industry", "resilient nuclear supply chains"), cls="wrapper"),
]
for c in commitments:
    if isinstance(c["trigger"], str):
        c["trigger"] = c["trigger"].replace(" ", " ")
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=os.path.join(HERE, "..", "whitehouse"))
for c in commitments:
    t = S(d, c["trigger"])
    print("CLASS\t" + d.name + "\t" + " ".join(t["text"].split()) + "\t" + str(t["start"]) + "\t" + c["cls"])
