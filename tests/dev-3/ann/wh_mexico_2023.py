import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, S, build, write

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse"))
d = Doc("wh-2023-04-13-joint-statement-from-mexico-and-the-united-states-on-the-implementation-of-the-u-s-mexico-bicentenn")
s, _ = d.find("U.S and Mexican")
us_typo = {"start": s, "end": s + 3, "text": d.text[s:s + 3]}
SR, RIR = "elizabeth-sherwood-randall", "rosa-icela-rodriguez"
BIDEN, AMLO = "biden", "lopez-obrador"
USMX = ["US", "MX"]


def P(pid, name, role, aff, ms):
    return dict(id=pid, type="person", name=name, role=role, affiliation=aff, mentions=ms)


actors = [
    P(SR, "Elizabeth Sherwood-Randall", "Homeland Security Advisor", "US", [d.all("Elizabeth Sherwood-Randall")]),
    P(RIR, "Rosa Icela Rodríguez", "Secretary of Security and Citizen Protection", "MX",
      [d.all("Rosa Icela Rodríguez")]),
    P(BIDEN, "Joseph R. Biden Jr.", "President", "US", [d.all("Biden")]),
    P(AMLO, "Andrés Manuel López Obrador", "President", "MX", [d.all("López Obrador")]),
    P("marcelo-ebrard", "Marcelo Ebrard", "Foreign Secretary", "MX", ["Marcelo Ebrard"]),
    P("alejandro-gertz-manero", "Alejandro Gertz Manero", "Attorney General", "MX", ["Alejandro Gertz Manero"]),
    P("luis-cresencio-sandoval", "Luis Cresencio Sandoval", "Secretary of National Defense", "MX",
      ["Luis Cresencio Sandoval"]),
    P("jose-rafael-ojeda", "José Rafael Ojeda", "Secretary of the Navy", "MX", ["José Rafael Ojeda"]),
    P("jorge-alcocer-alvarez", "Jorge Alcocer Álvarez", "Secretary of Public Health", "MX", ["Jorge Alcocer Álvarez"]),
    P("audomaro-martinez-zapata", "Audomaro Martínez Zapata", "Director General of the National Intelligence Center",
      "MX", ["Audomaro Martínez Zapata"]),
    P("alejandro-svarch-perez", "Alejandro Svarch Pérez",
      "Head of the Federal Commission for the Protection Against Sanitary Risks", "MX", ["Alejandro Svarch Pérez"]),
    P("gady-zabicky-sirot", "Gady Zabicky Sirot", "Head of National Commission Against Addictions", "MX",
      ["Gady Zabicky Sirot"]),
    P("roberto-velasco", "Roberto Velasco", "Chief Officer for North America at the Foreign Ministry", "MX",
      ["Roberto Velasco"]),
    P("esteban-moctezuma-barragan", "Esteban Moctezuma Barragán", "Ambassador to the United States", "MX",
      ["Esteban Moctezuma Barragán"]),
    P("merrick-garland", "Merrick Garland", "Attorney General", "US", ["Merrick Garland"]),
    P("rahul-gupta", "Rahul Gupta", "White House Director of National Drug Control Policy", "US", ["Rahul Gupta"]),
    P("lisa-monaco", "Lisa Monaco", "Deputy Attorney General", "US", ["Lisa Monaco"]),
    P("john-tien", "John Tien", "Deputy Secretary of Homeland Security", "US", ["John Tien"]),
    P("ken-salazar", "Ken Salazar", "Ambassador to Mexico", "US", ["Ken Salazar"]),
    P("todd-robinson", "Todd Robinson",
      "Assistant Secretary of State for the Bureau of International Narcotics and Law Enforcement Affairs", "US",
      ["Todd Robinson"]),
    P("charisse-phillips", "Charisse Phillips", "Deputy Assistant Secretary of INL", "US", ["Charisse Phillips"]),
    P("rachel-poynter", "Rachel Poynter", "Deputy Assistant Secretary for the Bureau of Western Hemisphere Affairs",
      "US", ["Rachel Poynter"]),
    P("juan-gonzalez", "Juan González", "White House National Security Council Senior Director", "US",
      ["Juan González"]),
    P("tiffany-eppelheimer", "Tiffany Eppelheimer", "White House National Security Council Senior Director", "US",
      ["Tiffany Eppelheimer"]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("U.S."), d.all("United States"), us_typo]),
    dict(id="MX", type="country", name="Mexico", mentions=[d.all("Mexico"), d.all("Mexican")]),
    dict(id="doj", type="organization", name="Department of Justice",
         mentions=["Department of Justice", d.all("DOJ")]),
    dict(id="atf", type="organization", name="Bureau of Alcohol, Tobacco, Firearms and Explosives",
         mentions=["Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF",
                   "Bureau of Alcohol, Tobacco, Firearms, and Explosives"]),
    dict(id="dhs", type="organization", name="Department of Homeland Security",
         mentions=["Department of Homeland Security", d.all("DHS")]),
    dict(id="sinaloa-cartel", type="organization", name="Sinaloa Cartel", mentions=["Sinaloa Cartel"]),
    dict(id="jalisco-new-generation-cartel", type="organization", name="Jalisco New Generation Cartel",
         mentions=["Jalisco New Generation Cartel"]),
]
dates = [
    ("April 13", "DATE", "2023-04-13"),
    ("January 9", "DATE", "2023-01-09"),
    ({"start": d.find("January 9-10")[1] - 2, "end": d.find("January 9-10")[1], "text": "10"}, "DATE", "2023-01-10"),
    ("April 12", "DATE", "2023-04-12"),
    ("last week", "DATE", "2023-W14"),
]
topics = {
    "security_defence": [("security", 1, "review shared"),
                         "U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities"],
    "health": ["synthetic opioid epidemic", "drug use", "substance use", "overdose prevention",
               ("public health", 1, "U.S. and Mexican")],
    "economic_security": ["supply chain"],
}
commitments = [
    dict(cls="meet", type="meet", status="done", actors=[SR, RIR], trigger="welcomed",
         action=d.rng("a delegation led by", "across North America"), dates=["2023-04-13"]),
    dict(cls="wrapper", type="pledge", status="planned", actors=[BIDEN, AMLO], trigger=("made", 1, "López Obrador"),
         action=d.rng("during the North American", "synthetic opioid epidemic"),
         dates=["2023-01-09", "2023-01-10"]),
    dict(cls="finite_main", type="pledge", status="planned", actors=USMX, trigger=("committed", 1),
         action=d.rng("continue joint work", "sides of the border")),
    dict(cls="finite_main", type="pledge", status="planned", actors=USMX, trigger=("committed", 2),
         action="increase cooperation to combat illegal firearms trafficking"),
    dict(cls="finite_main", type="intend", status="ongoing", actors=["doj", "atf"], trigger="are deploying",
         action=d.rng("new authorities from", "southbound firearms flows")),
    dict(cls="coordinated", type="cooperate", status="ongoing", actors=["doj", "atf", "MX"],
         trigger=("working", 1, "firearms flows"),
         action=d.rng("with Mexican counterparts", "flows into Mexico")),
    dict(cls="finite_main", type="pledge", status="planned", actors=["dhs"], trigger="is also committed",
         action="expanding weapons seizures through Operation Desert Lightning"),
    dict(cls="finite_main", type="pledge", status="planned", actors=USMX, trigger=("committed", 4),
         action=d.rng("undertake a series", "enforcement activities")),
    dict(cls="finite_main", type="pledge", status="planned", actors=USMX, trigger=("committed", 5),
         action=d.rng("developing a bilingual", "ravages our communities")),
    dict(cls="nominal", type="launch", status="done", actors=[BIDEN], trigger=("launch", 1, "President Biden’s"),
         action="a national anti-fentanyl campaign last week", dates=["2023-W14"]),
    dict(cls="meet", type="meet", status="planned", actors=USMX, trigger="will convene",
         action=d.rng("a binational panel", "public health experts")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=OUT)
for c in commitments:  # construction classes (classes-a.tsv)
    t = S(d, c["trigger"])
    print("CLASS\t%s\t%s\t%d\t%s" % (d.name, " ".join(t["text"].split()), t["start"], c["cls"]))
