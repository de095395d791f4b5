META = {"id": "ca-mx-joint-statement-2025", "published": "2025-09-19",
        "title": "Joint Statement by Canada and Mexico", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-09-19", "meta"
TEXT = """Joint Statement by Canada and Mexico

Prime Minister Mark Carney of Canada and President Claudia Sheinbaum Pardo of Mexico met in Mexico City today to renew the strategic partnership between the two countries. Both leaders agreed to adopt a new Canada-Mexico Action Plan for the next three years.

Canada and Mexico will expand cooperation on critical minerals, clean electricity and agriculture, and will work together to strengthen North American supply chains. The two sides also discussed the upcoming review of the Canada-United States-Mexico Agreement (CUSMA) and committed to defending open, rules-based trade in North America.

Canada and Mexico did not agree on a common approach to steel tariffs and will continue consultations at ministerial level. Mexican and Canadian officials will meet in Monterrey in November to prepare a joint security and migration agenda.

Prime Minister Carney and President Sheinbaum will meet again in Ottawa in 2026.
"""
ACTORS = [
    dict(id="mark-carney", type="person", name="Mark Carney", role="Prime Minister",
         affiliation="CA", mentions=["Mark Carney", "Carney@2"]),
    dict(id="CA", type="country", name="Canada",
         mentions=["Canada@*", "Canadian"]),
    dict(id="claudia-sheinbaum-pardo", type="person", name="Claudia Sheinbaum Pardo",
         role="President", affiliation="MX", mentions=["Claudia Sheinbaum Pardo", "President [[Sheinbaum]] will"]),
    dict(id="MX", type="country", name="Mexico", mentions=["Mexico@*", "Mexican"]),
    dict(id="US", type="country", name="United States", mentions=["United States"]),
]
DATES = [
    ("today", "DATE", "2025-09-19"),
    ("three years", "DURATION", "P3Y"),
    ("November", "DATE", "2025-11"),
    ("2026", "DATE", "2026"),
]
TOPICS = {
    "materials": ["critical minerals"],
    "energy": ["clean electricity"],
    "agriculture": ["agriculture"],
    "economic_security": ["supply chains"],
    "trade": ["Canada-United States-Mexico Agreement", "CUSMA", "trade", "tariffs"],
    "security_defence": ["security"],
    "migration": ["migration"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["mark-carney", "claudia-sheinbaum-pardo"], trigger="[[met]] in Mexico",
         action="...the two countries"),
    dict(type="agree", status="planned", actors=["mark-carney", "claudia-sheinbaum-pardo"], trigger="leaders [[agreed]]",
         action="...next three years"),
    dict(type="cooperate", status="planned", actors=["CA", "MX"], trigger="will expand", action="...and agriculture"),
    dict(type="intend", status="planned", actors=["CA", "MX"], trigger="will work together", action="...supply chains"),
    dict(type="cooperate", status="done", actors=["CA", "MX"], trigger="also [[discussed]]", action="...(CUSMA)"),
    dict(type="pledge", status="planned", actors=["CA", "MX"], trigger="committed", action="...in North America"),
    dict(type="agree", status="planned", actors=["CA", "MX"], trigger="did not agree", action="...steel tariffs", negated=True),
    dict(type="intend", status="planned", actors=["CA", "MX"], trigger="will continue", action="...ministerial level"),
    dict(type="meet", status="planned", actors=["MX", "CA"], trigger="officials [[will meet]] in", action="...migration agenda"),
    dict(type="meet", status="planned", actors=["mark-carney", "claudia-sheinbaum-pardo"], trigger="will meet again", action="...in 2026"),
]
