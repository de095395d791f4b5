import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2024-01-11-joint-statement-from-the-governments-of-australia-bahrain-canada-denmark-germany-netherlands-new-ze")
# "our governments" / "we": no "We, ..." apposition and no party in the first sentence, so the
# authors the title names (SPEC 8a): the governments of ten countries, four of them with no
# mention in the body.
WE = ["AU", "BH", "CA", "DK", "DE", "NL", "NZ", "KR", "GB", "US"]
NO_MENTION = ["DK", "DE", "NZ", "KR"]
actors = [
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="BH", type="country", name="Bahrain", mentions=["Bahrain"]),
    dict(id="CA", type="country", name="Canada", mentions=["Canada"]),
    dict(id="DK", type="country", name="Denmark", mentions=[]),
    dict(id="DE", type="country", name="Germany", mentions=[]),
    dict(id="NL", type="country", name="Netherlands", mentions=["Netherlands"]),
    dict(id="NZ", type="country", name="New Zealand", mentions=[]),
    dict(id="KR", type="country", name="Republic of Korea", mentions=[]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["UK", "United Kingdom"]),
    dict(id="US", type="country", name="United States", mentions=["U.S.", "United States"]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=[d.all("UN Security Council")]),
    dict(id="un", type="organization", name="United Nations", mentions=[("UN", 1, "UN Charter")]),
    dict(id="houthis", type="organization", name="Houthis", mentions=[d.all("Houthi"), d.all("Houthis")]),
    dict(id="YE", type="country", name="Yemen", mentions=["Yemen"]),
]
dates = [
    ("December 19, 2023", "DATE", "2023-12-19"),
    ("December 1, 2023", "DATE", "2023-12-01"),
    ("January 3, 2024", "DATE", "2024-01-03"),
    ("January 9, 2024", "DATE", "2024-01-09"),
    ("January 10, 2024", "DATE", "2024-01-10"),
    ("mid-November", "DATE", "2023-11", "MID"),
    ("Today", "DATE", "2024-01-11"),
]
topics = {
    "security_defence": ["missiles", "one-way attack aerial vehicles", "armed forces", "joint strikes",
                         "self-defense", "precision strikes"],
    "transport": ["commercial shipping"],
    "trade": [d.all("commerce"), "global trade"],
}
commitments = [
    dict(type="sign", status="done", actors=WE, trigger="issued",
         action=d.rng("a joint statement on", "January 3, 2024"),
         dates=["2023-12-19", "2023-12-01", "2024-01-03"]),
    dict(type="sign", status="done", actors=["un-security-council"], trigger="passed",
         action="UNSCR 2722", dates=["2024-01-10"]),
    dict(type="intend", status="planned", actors=WE, trigger="aim remains",
         action=d.rng("de-escalate tensions", "in the Red Sea", after="aim remains")),
    dict(type="intend", status="planned", actors=WE, trigger="will not hesitate",
         action=d.rng("defend lives", "continued threats")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, no_mentions=NO_MENTION)
if "--show" in sys.argv:
    show(g)
