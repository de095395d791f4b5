META = {"id": "ca-no-arctic-statement", "title": "Joint Statement by the Foreign Ministers of Canada and Norway",
        "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = None, "none"
TEXT = """Canada and Norway Joint Statement on the Arctic

The Minister of Foreign Affairs of Canada, Anita Anand, and the Minister of Foreign Affairs of Norway, Espen Barth Eide, met in Tromsø to discuss security and cooperation in the Arctic.

Canada and Norway will strengthen search and rescue cooperation and will share Earth observation data on sea ice. The two ministers did not agree on a joint position on deep-sea mining, and Norway will not issue new licences for seabed exploration. They could explore a joint Arctic research station open to scientists from both countries.

The ministers reaffirmed the importance of peaceful cooperation in the region.
"""
ACTORS = [
    dict(id="CA", type="country", name="Canada", mentions=["Canada@*"]),
    dict(id="NO", type="country", name="Norway", mentions=["Norway@*"]),
    dict(id="anita-anand", type="person", name="Anita Anand", role="Minister of Foreign Affairs",
         affiliation="CA", mentions=["Anita Anand"]),
    dict(id="espen-barth-eide", type="person", name="Espen Barth Eide", role="Minister of Foreign Affairs",
         affiliation="NO", mentions=["Espen Barth Eide"]),
]
DATES = []
TOPICS = {
    "security_defence": ["security"],
    "disasters": ["search and rescue"],
    "space": ["Earth observation"],
    "research": ["research station"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["anita-anand", "espen-barth-eide"], trigger="[[met]] in Tromsø",
         action="...in the Arctic"),
    dict(type="intend", status="planned", actors=["CA", "NO"], trigger="will strengthen", action="...rescue cooperation"),
    dict(type="cooperate", status="planned", actors=["CA", "NO"], trigger="will share", action="...on sea ice"),
    dict(type="agree", status="planned", actors=["CA", "NO"], trigger="did not agree", action="...deep-sea mining",
         negated=True),
    dict(type="intend", status="planned", actors=["NO"], trigger="will not issue", action="...seabed exploration",
         negated=True),
    dict(type="intend", status="planned", actors=["CA", "NO"], trigger="could explore", action="...both countries",
         hedged=True),
]
