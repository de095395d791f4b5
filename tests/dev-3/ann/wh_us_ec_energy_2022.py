import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write, S

d = Doc("wh-2022-03-25-joint-statement-between-the-united-states-and-the-european-commission-on-european-energy-security")


def minus(spans, *blocks):
    """The spans of a d.all() list that do not overlap any of the block spans."""
    bl = []
    for b in blocks:
        bl.extend(b if isinstance(b, list) else [S(d, b)])
    return [s for s in spans if not any(s["start"] < b["end"] and b["start"] < s["end"] for b in bl)]


US, EC, EU = "US", "european-commission", "EU"
WE = [US, EC]
actors = [
    dict(id=US, type="country", name="United States", mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id=EC, type="organization", name="European Commission", mentions=[d.all("European Commission")]),
    dict(id=EU, type="bloc", name="European Union", mentions=[d.all("EU")]),
    dict(id="RU", type="country", name="Russia", mentions=[d.all("Russian"), d.all("Russia")]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
    dict(id="white-house", type="organization", name="White House", mentions=["White House"]),
]
dates = [
    ("the end of the decade", "DATE", "202", "END"),
    ("2050", "DATE", "2050"),
    ("next winter", "DATE", "2022-WI"),
    (("2022", 1), "DATE", "2022"),
    ("2027", "DATE", "2027"),
    ("April", "DATE", "2022-04"),
    ("October 2022", "DATE", "2022-10"),
    ("2030", "DATE", "2030"),
    ("annum", "SET", "P1Y"),
    ("1 November each year", "SET", "XXXX-11-01"),
    (("2022", 3), "DATE", "2022"),
]
LNG = d.all("LNG")
NATGAS = d.all("Natural gas") + d.all("natural gas")
GHG = d.all("greenhouse gas")
topics = {
    "energy": [d.all("energy"), NATGAS, LNG, d.all("fossil fuels"), "REPowerEU", "RePowerEU",
               minus(d.all("gas"), NATGAS, GHG, "Natural Gas"), d.all("hydrogen"), "pipelines",
               ("pipelines", 2), "heat pump", "fuel-switching", "solar", ("wind", 1), ("wind", 2)],
    "climate": ["Paris Agreement", ("net zero", 1), ("net zero", 2), "temperature rise",
                "green transition", "carbon intensity", GHG, "methane", "emissions-based", "decarbonization"],
    "human_rights": ["democracy"],
    "environment": [d.all("sustainability")],
    "trade": ["Global Arrangement on Steel and Aluminum Trade", "imports"],
    "infrastructure": [d.all("infrastructure")],
    "investment": ["investment"],
    "education": ["workforce development"],
}
# "net zero emissions" and "net zero goals": mention "net zero" (anchor spans line breaks)
topics["climate"][2] = ("net zero", 1, "shared net")
topics["climate"][1] = ("net zero", 1)
commitments = [
    dict(type="pledge", status="planned", actors=WE, trigger="are committed",
         action=d.rng("reducing", "Russian energy"), cls="wrapper"),
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm our joint commitment",
         action=d.rng("Europe’s energy security", "transition to clean energy"), cls="wrapper"),
    dict(type="intend", status="planned", actors=[EU], trigger="confirmed its objective",
         action=d.rng("reach independence", "the end of the decade"), dates=["202"], cls="wrapper"),
    dict(type="pledge", status="planned", actors=[US, EU], trigger=("are committed", 2),
         action=d.rng("meeting the goals", "energy efficiency"), dates=["2050"], cls="wrapper"),
    dict(type="pledge", status="planned", actors=WE, trigger="confirm",
         action=d.rng("our strategic energy", "dependence on fossil fuels"), cls="finite_main"),
    dict(type="intend", status="ongoing", actors=WE, trigger=("share", 2),
         action=d.rng("efforts to make available", "neighbouring partner nations"), cls="finite_main"),
    dict(type="launch", status="done", actors=WE, trigger=("establish", 1),
         action=d.rng("an immediate cooperation", "the following one"), dates=["2022-WI"], cls="finite_main"),
    dict(type="intend", status="planned", actors=WE, trigger="will continue",
         action=d.rng("our close cooperation", "dependence on fossil fuels", after="will continue"), cls="wrapper"),
    dict(type="launch", status="planned", actors=WE, trigger="will immediately establish",
         action=d.rng("a joint Task Force", "execute its implementation"), cls="modal_main"),
    dict(type="intend", status="planned", actors=[US], trigger="will strive",
         action=d.rng("ensure, including", "increases going forward"), dates=["2022"], cls="wrapper"),
    dict(type="intend", status="planned", actors=WE, trigger="will undertake",
         action=d.rng("efforts to reduce the greenhouse", "ready infrastructure"), cls="wrapper"),
    dict(type="pledge", status="planned", actors=[US], trigger="commits",
         action=d.rng("maintaining an enabling", "support the RePowerEU goals"), dates=["2027"], cls="finite_main"),
    dict(type="pledge", status="planned", actors=WE, trigger="affirming the joint resolve",
         action=d.rng("terminate EU dependence", "by 2027"), dates=["2027"], cls="subordinate"),
    dict(type="intend", status="planned", actors=[EC], trigger=("will work", 1),
         action=d.rng("with the governments of EU", "LNG import terminals"), cls="modal_main"),
    dict(type="intend", status="planned", actors=[EC], trigger=("will work", 2),
         action=d.rng("with EU Member States and market", "October 2022"), dates=["2022-04", "2022-10"],
         cls="modal_main"),
    dict(type="intend", status="planned", actors=[EC], trigger="will also support",
         action="long-term contracting mechanisms", cls="modal_main"),
    dict(type="cooperate", status="planned", actors=[EC, US], trigger=("partner", 1, "will also support"),
         action=d.rng("with the U.S. to encourage", "import infrastructure"), cls="coordinated"),
    dict(type="intend", status="planned", actors=[EC], trigger=("will work", 3),
         action=d.rng("with EU Member States toward", "net zero goals"), dates=["2030", "P1Y"],
         cls="modal_main"),
    dict(type="intend", status="ongoing", actors=[EU], trigger="is preparing",
         action=d.rng("an upgraded regulatory", "supply and storage"), cls="finite_main"),
    dict(type="launch", status="done", actors=[EC], trigger="has proposed",
         action=d.rng("regulation on energy", "provisions for 2022"), dates=["XXXX-11-01", "2022"],
         cls="finite_main"),
    dict(type="cooperate", status="planned", actors=[EC], trigger="will coordinate",
         action="with the Member States", cls="modal_main"),
    dict(type="intend", status="planned", actors=[EC], trigger=("provide", 1, "will coordinate"),
         action=d.rng("transparency with respect", "in EU terminals"), cls="coordinated"),
    dict(type="cooperate", status="planned", actors=WE, trigger="will engage",
         action=d.rng("key stakeholders", "Europe and the United States"), cls="modal_main"),
    dict(type="intend", status="ongoing", actors=[EC], trigger="is working",
         action=d.rng("advance measures that reduce", "reducing curtailment rates"), cls="finite_main"),
    dict(type="pledge", status="planned", actors=WE, trigger="are resolved",
         action=d.rng("negotiate and then implement", "lowers energy demand"), cls="wrapper"),
]
for c in commitments:
    for k in ("trigger",):
        if isinstance(c[k], str):
            c[k] = c[k].replace(" ", " ")
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=os.path.join(HERE, "..", "whitehouse"))
for c in commitments:
    t = S(d, c["trigger"])
    print("CLASS\t" + d.name + "\t" + " ".join(t["text"].split()) + "\t" + str(t["start"]) + "\t" + c["cls"])
