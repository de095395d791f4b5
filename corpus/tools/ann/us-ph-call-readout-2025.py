META = {"id": "us-ph-call-readout-2025", "published": "2025-04-15",
        "title": "Secretary Rubio’s Call with Philippine Foreign Secretary Manalo", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-04-15", "meta"
TEXT = """Secretary Rubio’s Call with Philippine Foreign Secretary Manalo

The following is attributable to Spokesperson Tammy Bruce:

Secretary of State Marco Rubio spoke with Philippine Secretary of Foreign Affairs Enrique Manalo today. The two discussed the situation in the South China Sea and reaffirmed the importance of freedom of navigation. Secretary Rubio underscored the United States’ ironclad commitment to the Philippines under the 1951 Mutual Defense Treaty.

They agreed to expand economic cooperation, including investment in energy infrastructure and critical minerals processing in the Philippines. Both sides will also convene the next Bilateral Strategic Dialogue in Manila in July.
"""
ACTORS = [
    dict(id="marco-rubio", type="person", name="Marco Rubio", role="Secretary of State",
         affiliation="US", mentions=["Secretary [[Rubio]]’s", "Marco Rubio", "Secretary [[Rubio]] underscored"]),
    dict(id="PH", type="country", name="Philippines", mentions=["Philippine@*", "Philippines@*"]),
    dict(id="enrique-manalo", type="person", name="Enrique Manalo", role="Secretary of Foreign Affairs",
         affiliation="PH", mentions=["Foreign Secretary [[Manalo]]", "Enrique Manalo"]),
    dict(id="tammy-bruce", type="person", name="Tammy Bruce", role="Spokesperson",
         affiliation="US", mentions=["Tammy Bruce"]),
    dict(id="US", type="country", name="United States", mentions=["United States"]),
]
DATES = [
    ("today", "DATE", "2025-04-15"),
    ("1951", "DATE", "1951"),
    ("July", "DATE", "2025-07"),
]
TOPICS = {
    "security_defence": ["Mutual Defense Treaty"],
    "investment": ["investment"],
    "energy": ["energy"],
    "infrastructure": ["infrastructure"],
    "materials": ["critical minerals"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["marco-rubio", "enrique-manalo"], trigger="Rubio [[spoke]] with",
         action="...Manalo today"),
    dict(type="cooperate", status="done", actors=["marco-rubio", "enrique-manalo"], trigger="two [[discussed]]",
         action="...South China Sea"),
    dict(type="agree", status="planned", actors=["marco-rubio", "enrique-manalo"], trigger="They [[agreed]]",
         action="...in the Philippines"),
    dict(type="meet", status="planned", actors=["marco-rubio", "enrique-manalo"], trigger="will also convene",
         action="...in July"),
]
