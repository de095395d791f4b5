META = {"id": "fr-in-space-dialogue-2025", "published": "2025-11-05",
        "title": "France and India hold third Strategic Space Dialogue", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-11-05", "meta"
TEXT = """France and India hold third Strategic Space Dialogue

France and India held the third France-India Strategic Space Dialogue in Paris today. The Centre national d’études spatiales (CNES) and the Indian Space Research Organisation (ISRO) signed an implementing arrangement on a joint Earth observation satellite for climate monitoring. CNES and ISRO are working towards a launch of the satellite by 2028.

France and India will also exchange data on maritime surveillance in the Indian Ocean. France and India may consider cooperation on space situational awareness.

The next dialogue will take place in New Delhi in 2026.
"""
ACTORS = [
    dict(id="FR", type="country", name="France", mentions=["France@*"]),
    dict(id="IN", type="country", name="India", mentions=["India@*"]),
    dict(id="cnes", type="organization", name="Centre national d’études spatiales",
         mentions=["Centre national d’études spatiales", "CNES@*"]),
    dict(id="isro", type="organization", name="Indian Space Research Organisation",
         mentions=["Indian Space Research Organisation", "ISRO@*"]),
]
DATES = [
    ("today", "DATE", "2025-11-05"),
    ("2028", "DATE", "2028"),
    ("2026", "DATE", "2026"),
]
TOPICS = {
    "space": ["Earth observation satellite", "space situational awareness"],
    "climate": ["climate monitoring"],
    "security_defence": ["maritime surveillance"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["FR", "IN"], trigger="India [[held]]", action="...in Paris today"),
    dict(type="sign", status="done", actors=["cnes", "isro"], trigger="signed", action="...climate monitoring"),
    dict(type="intend", status="ongoing", actors=["cnes", "isro"], trigger="are working", action="...by 2028"),
    dict(type="cooperate", status="planned", actors=["FR", "IN"], trigger="will also exchange", action="...Indian Ocean"),
    dict(type="intend", status="planned", actors=["FR", "IN"], trigger="may consider", action="...situational awareness",
         hedged=True),
    dict(type="schedule", status="planned", actors=["FR", "IN"], trigger="will take place", action="The next dialogue"),
]
