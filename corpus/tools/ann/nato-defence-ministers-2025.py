META = {"id": "nato-defence-ministers-2025", "published": "2025-10-16",
        "title": "NATO Defence Ministers agree new air defence targets", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-10-16", "meta"
TEXT = """NATO Defence Ministers agree new air defence targets

NATO Defence Ministers met in Brussels today to review progress towards the spending goal set at The Hague Summit. Allies agreed to increase the production of air defence systems and to deliver them faster.

Secretary General Mark Rutte said that Allies are working towards a stronger defence industrial base. Ministers also discussed the protection of critical undersea infrastructure in the Baltic Sea.

Ukraine’s Minister of Defence attended a session of the NATO-Ukraine Council. Defence Ministers will meet again in February.
"""
ACTORS = [
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization", mentions=["NATO@*"]),
    dict(id="mark-rutte", type="person", name="Mark Rutte", role="Secretary General", affiliation="nato",
         mentions=["Mark Rutte"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine@*"]),
]
DATES = [
    ("today", "DATE", "2025-10-16"),
    ("February", "DATE", "2026-02"),
]
TOPICS = {
    "security_defence": ["air defence@*", "defence industrial base"],
    "cybersecurity": ["protection of critical undersea infrastructure"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["nato"], trigger="Ministers [[met]] in", action="...The Hague Summit"),
    dict(type="agree", status="planned", actors=["nato"], trigger="Allies [[agreed]]", action="...deliver them faster"),
    dict(type="intend", status="ongoing", actors=["nato"], trigger="are working", action="...industrial base"),
    dict(type="cooperate", status="done", actors=["nato"], trigger="also [[discussed]]", action="...Baltic Sea"),
    dict(type="meet", status="planned", actors=["nato"], trigger="will meet again", action="...February"),
]
