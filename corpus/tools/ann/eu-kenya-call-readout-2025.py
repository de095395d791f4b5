META = {"id": "eu-kenya-call-readout-2025", "published": "2025-11-20",
        "title": "Readout of the phone call between President von der Leyen and President Ruto", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-11-20", "meta"
TEXT = """President von der Leyen speaks with President Ruto

Today, President of the European Commission Ursula von der Leyen spoke with the President of Kenya, William Ruto.

The two Presidents discussed the implementation of the EU-Kenya Economic Partnership Agreement, which entered into force in 2024. President von der Leyen announced EUR 200 million under Global Gateway for green hydrogen and digital connectivity in Kenya.

“Kenya is a key partner for Europe’s clean energy future,” said President von der Leyen.

Both leaders agreed to meet in person at the G20 summit in Johannesburg.
"""
ACTORS = [
    dict(id="ursula-von-der-leyen", type="person", name="Ursula von der Leyen",
         role="President of the European Commission", affiliation="EU",
         mentions=["Ursula von der Leyen", "von der Leyen@1", "von der Leyen@3", "von der Leyen@4"]),
    dict(id="william-ruto", type="person", name="William Ruto", role="President", affiliation="KE",
         mentions=["President [[Ruto]]", "William Ruto"]),
    dict(id="european-commission", type="organization", name="European Commission",
         mentions=["European Commission"]),
    dict(id="KE", type="country", name="Kenya", mentions=["Kenya@*"]),
    dict(id="EU", type="bloc", name="European Union", mentions=["EU"]),
    dict(id="g20", type="organization", name="G20", mentions=["G20"]),
]
DATES = [
    ("Today", "DATE", "2025-11-20"),
    ("2024", "DATE", "2024"),
]
TOPICS = {
    "trade": ["Economic Partnership Agreement"],
    "infrastructure": ["Global Gateway"],
    "energy": ["green hydrogen", "clean energy"],
    "connectivity": ["digital connectivity"],
}
P = ["ursula-von-der-leyen", "william-ruto"]
COMMITMENTS = [
    dict(type="meet", status="done", actors=P, trigger="spoke", action="...William Ruto"),
    dict(type="cooperate", status="done", actors=P, trigger="discussed", action="...Partnership Agreement"),
    dict(type="pledge", status="planned", actors=["ursula-von-der-leyen"], trigger="announced",
         action="...connectivity in Kenya"),
    dict(type="agree", status="planned", actors=P, trigger="agreed", action="...in Johannesburg"),
]
