import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, S, build, write

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse"))
d = Doc("wh-2021-03-12-fact-sheet-quad-summit")
QUAD = ["AU", "IN", "JP", "US"]   # "Quad partners/leaders" (membership lexicon) and "we"
actors = [
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="IN", type="country", name="India", mentions=[d.all("India")]),
    dict(id="JP", type="country", name="Japan",
         mentions=[("Japan", 1, "- The United States"), ("Japan", 1, "its existing commitment")]),
    dict(id="US", type="country", name="United States",
         mentions=[("United States", 1, "(JBIC)"), ("United States", 1, "million and new concessional")]),
    dict(id="dfc", type="organization", name="United States Development Finance Corporation",
         mentions=["United States Development Finance Corporation", d.all("DFC")]),
    dict(id="jica", type="organization", name="Japan International Cooperation Agency",
         mentions=["Japan International Cooperation Agency", d.all("JICA")]),
    dict(id="jbic", type="organization", name="Japan Bank of International Cooperation",
         mentions=["Japan Bank of International Cooperation", "JBIC"]),
    dict(id="who", type="organization", name="World Health Organization",
         mentions=["World Health Organization", d.all("WHO")]),
    dict(id="biological-e", type="organization", name="Biological E Ltd.",
         mentions=["Biological E Ltd.", ("Biological E", 2)]),
    dict(id="johnson-johnson", type="organization", name="Johnson & Johnson", mentions=["Johnson & Johnson"]),
    dict(id="gavi", type="organization", name="Gavi", mentions=["Gavi"]),
    dict(id="cepi", type="organization", name="CEPI", mentions=["CEPI"]),
    dict(id="unicef", type="organization", name="UNICEF", mentions=["UNICEF"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="asean", type="bloc", name="Association of Southeast Asian Nations", mentions=["ASEAN"]),
    dict(id="TL", type="country", name="Timor-Leste", mentions=["Timor-Leste"]),
]
dates = [
    (("2021", 1), "DATE", "2021"),
    ("the end of 2022", "DATE", "2022", "END"),
    ("the end of the year", "DATE", "2021", "END"),
]
names = [x["start"] for x in d.all("Quad Vaccine Partnership") + d.all("Quad Vaccine Experts Group")]
vacc = [m for m in d.all("vaccine") + d.all("vaccines") + d.all("Vaccine") + d.all("vaccination")
        if not any(s <= m["start"] < s + 30 for s in names)]
topics = {
    "health": [vacc, d.all("COVID-19"), "pandemic", d.all("COVAX"), "health-security",
               ("health security", 1), ("health security", 2), "health systems", "health workforce",
               d.all("immunization")],
    "finance": ["financing", d.all("concessional yen loans")],
    "trade": ["export"],
    "development": ["development programs"],
    "climate": ["climate challenge", "Paris Agreement", "emissions reduction", "climate mitigation",
                "climate finance"],
    "standards": [d.all("standards")],
    "telecom": [d.all("telecommunications")],
    "economic_security": ["supply chains"],
}
commitments = [
    dict(cls="modal_main", type="launch", status="planned", actors=QUAD, trigger="will launch",
         action=d.rng("a landmark partnership", "COVID-19 pandemic")),
    dict(cls="wrapper", type="intend", status="ongoing", actors=QUAD, trigger="are taking",
         action=d.rng("shared action necessary", "manufacturing in 2021"), dates=["2021"]),
    dict(cls="coordinated", type="intend", status="planned", actors=QUAD, trigger=("will work together", 1),
         action=d.rng("strengthen and assist", "WHO and COVAX"), dates=["2021"]),
    dict(cls="modal_main", type="intend", status="planned", actors=QUAD, trigger="will tackle",
         action=d.rng("this complex issue", "stages of action")),
    dict(cls="finite_main", type="intend", status="ongoing", actors=QUAD, trigger="are working collaboratively",
         action=d.rng("achieve expanded", "facilities in India")),
    dict(cls="modal_main", type="intend", status="planned", actors=QUAD, trigger="will address",
         action=d.rng("financing and logistical", "effective vaccines")),
    dict(cls="modal_main", type="intend", status="planned", actors=QUAD, trigger=("will work", 1, "delivery of safe"),
         action=d.rng("use our shared tools", "as well as others")),
    dict(cls="modal_main", type="intend", status="planned", actors=["US"], trigger=("will work", 1, "through the DFC"),
         action=d.rng("with Biological E", "Johnson & Johnson vaccine"), dates=["2022"]),
    dict(cls="finite_main", type="cooperate", status="ongoing", actors=["JP"], trigger="is in discussions",
         action=d.rng("provide concessional", "Stringent Regulatory Authorities")),
    dict(cls="modal_main", type="intend", status="planned", actors=QUAD, trigger="will ensure",
         action=d.rng("expanded manufacturing will be", "countries in need")),
    dict(cls="modal_main", type="cooperate", status="planned", actors=QUAD, trigger="will also cooperate",
         action=d.rng("strengthen “last-mile”", "programs in the Indo-Pacific")),
    dict(cls="modal_main", type="pledge", status="planned", actors=["AU"], trigger="will contribute",
         action=d.rng("US$77 million", "focus on Southeast Asia")),
    dict(cls="nominal", type="pledge", status="planned", actors=["AU"], trigger=("commitment", 1, "its existing"),
         action=d.rng("US$407 million", "health systems in Southeast Asia")),
    dict(cls="modal_main", type="pledge", status="planned", actors=["JP"], trigger="will assist",
         action=d.rng("vaccination programs of developing", "concessional yen loans")),
    dict(cls="modal_main", type="intend", status="planned", actors=["US"], trigger="will leverage",
         action=d.rng("existing programs", "vaccination capability")),
    dict(cls="nominal", type="launch", status="planned", actors=QUAD, trigger=("launch", 1, "implemented by"),
         action=d.rng("a senior-level", "Experts Group**")),
    dict(cls="modal_main", type="launch", status="planned", actors=QUAD, trigger="will establish",
         action="a new Quad Climate Working Group"),
    dict(cls="modal_main", type="launch", status="planned", actors=QUAD, trigger="will convene",
         action="a Critical and Emerging Technology Working Group"),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=OUT)
for c in commitments:  # construction classes (classes-a.tsv)
    t = S(d, c["trigger"])
    print("CLASS\t%s\t%s\t%d\t%s" % (d.name, " ".join(t["text"].split()), t["start"], c["cls"]))
