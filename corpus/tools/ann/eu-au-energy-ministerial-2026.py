META = {"id": "eu-au-energy-ministerial-2026",
        "title": "EU-African Union Ministerial Declaration on Energy", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2026-03-03", "dateline"
TEXT = """EU-African Union Ministerial Declaration on Energy

BRUSSELS, 3 March 2026 - Energy ministers of the European Union and the African Union held their first joint ministerial meeting on the energy transition today. The meeting was co-chaired by Dan Jørgensen, Commissioner for Energy and Housing, and Lerato Mataboge, African Union Commissioner for Infrastructure and Energy.

The Ministers adopted a joint declaration on renewable energy and energy access. The EU and the African Union aim to double renewable power generation in Africa by 2030 and to connect 100 million more people to electricity.

The European Commission announced that it will mobilise EUR 1.5 billion through Global Gateway for electricity grids in Africa. Both sides will also launch a joint platform on critical raw materials before the end of the year.

The next ministerial meeting will be held in Addis Ababa in 2027.

About the AU-EU Partnership

The African Union and the European Union have cooperated within a formal partnership since 2000. The seventh AU-EU Summit took place in Luanda in November 2025.
"""
ACTORS = [
    dict(id="EU", type="bloc", name="European Union", mentions=["EU@*", "European Union@*"]),
    dict(id="african-union", type="bloc", name="African Union",
         mentions=["African Union@*", "AU@*"]),
    dict(id="dan-jorgensen", type="person", name="Dan Jørgensen", role="Commissioner for Energy and Housing",
         affiliation="EU", mentions=["Dan Jørgensen"]),
    dict(id="lerato-mataboge", type="person", name="Lerato Mataboge",
         role="Commissioner for Infrastructure and Energy", affiliation="african-union",
         mentions=["Lerato Mataboge"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
]
DATES = [
    ("3 March 2026", "DATE", "2026-03-03"),
    ("today", "DATE", "2026-03-03"),
    ("2030", "DATE", "2030"),
    ("the end of the year", "DATE", "2026", "END"),
    ("2027", "DATE", "2027"),
    ("2000", "DATE", "2000"),
    ("November 2025", "DATE", "2025-11"),
]
TOPICS = {
    "energy": ["Energy@1", "energy transition", "renewable energy", "energy access",
               "renewable power", "electricity@*", "electricity grids"],
    "infrastructure": ["Global Gateway"],
    "materials": ["critical raw materials"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["EU", "african-union"], trigger="Union [[held]] their",
         action="...transition today"),
    dict(type="sign", status="done", actors=["EU", "african-union"], trigger="Ministers [[adopted]]",
         action="...energy access"),
    dict(type="intend", status="planned", actors=["EU", "african-union"], trigger="[[aim]] to double",
         action="...to electricity"),
    dict(type="intend", status="planned", actors=["european-commission"], trigger="will mobilise",
         action="...in Africa"),
    dict(type="launch", status="planned", actors=["EU", "african-union"], trigger="will also launch",
         action="...end of the year"),
    dict(type="schedule", status="planned", actors=["EU", "african-union"], trigger="will be held",
         action="The next ministerial meeting"),
]
