META = {"id": "g20-digital-chair-summary-2025", "published": "2025-09-25",
        "title": "G20 Digital Economy Ministers’ Meeting: Chair’s Summary", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-09-25", "meta"
TEXT = """G20 Digital Economy Ministers’ Meeting: Chair’s Summary

1. The G20 Digital Economy Ministers met in Durban from 23 to 24 September under the South African Presidency.
2. Members discussed inclusive access to artificial intelligence and the role of digital skills in development.
3. Members may consider voluntary principles on data for development at their next meeting.
4. Members did not agree on language on cross-border data flows. This summary is therefore issued under the responsibility of the Presidency.
5. The next meeting of G20 digital ministers will take place in 2026 under the Presidency of the United States.
"""
ACTORS = [
    dict(id="g20", type="organization", name="G20", mentions=["G20@*"]),
    dict(id="ZA", type="country", name="South Africa", mentions=["South African"]),
    dict(id="US", type="country", name="United States", mentions=["United States"]),
]
DATES = [
    ("from [[23]] to 24 September", "DATE", "2025-09-23"),
    ("24 September", "DATE", "2025-09-24"),
    ("2026", "DATE", "2026"),
]
TOPICS = {
    "ai": ["artificial intelligence"],
    "education": ["digital skills"],
    "development": ["development@*"],
    "data": ["principles on [[data]]", "data flows"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["g20"], trigger="Ministers [[met]]", action="...South African Presidency"),
    dict(type="cooperate", status="done", actors=["g20"], trigger="discussed", action="...in development"),
    dict(type="intend", status="planned", actors=["g20"], trigger="may consider", action="...next meeting", hedged=True),
    dict(type="agree", status="planned", actors=["g20"], trigger="did not agree", action="...data flows", negated=True),
    dict(type="schedule", status="planned", actors=["g20"], trigger="will take place",
         action="The next meeting of G20 digital ministers"),
]
