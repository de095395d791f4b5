import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2024-07-10-remarks-by-president-biden-before-working-session-i-of-the-nato-summit")
NATO = ["nato"]
actors = [
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization", mentions=[d.all("NATO")]),
    dict(id="truman", type="person", name="Harry S. Truman", role="President", affiliation="US",
         mentions=["Truman"]),
    dict(id="US", type="country", name="United States", mentions=["United States", "Americans"]),
    dict(id="FI", type="country", name="Finland", mentions=["Finland"]),
    dict(id="SE", type="country", name="Sweden", mentions=["Sweden"]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
    dict(id="CN", type="country", name="China", mentions=["China"]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea", mentions=["North Korea"]),
    dict(id="IR", type="country", name="Iran", mentions=["Iran"]),
]
dates = [
    ("1:03 P.M.", "TIME", "2024-07-10T13:03"),
    ("Seventy-five years ago", "DATE", "1949"),
    ("75 years", "DURATION", "P75Y"),
    ("two years ago", "DATE", "2022"),
    (("today", 1, "deterrence and our"), "DATE", "2024-07-10"),
    (("today", 1, "very"), "DATE", "2024-07-10"),
    ("1:06 P.M.", "TIME", "2024-07-10T13:06"),
]
topics = {
    "security_defence": [d.all("defense"), "battle groups", "deterrence", "weapons", "munitions",
                         "military", ("security", 1), ("security", 2)],
    "investment": ["investments"],
    "economic_security": ["supply chains"],
}
commitments = [
    dict(type="launch", status="done", actors=NATO, trigger="launched",
         action=d.rng("a plan to modernize", "our defense"), dates=["2022"]),
    dict(type="pledge", status="planned", actors=NATO, trigger="are making the pledge",
         action=d.rng("expand our industrial base", "defense-spending commitment"), dates=["2024-07-10"]),
    dict(type="pledge", status="planned", actors=NATO, trigger="is pledging",
         action=d.rng("develop plans for", "production at home")),
    dict(type="pledge", status="planned", actors=NATO, trigger="is committed",
         action=d.rng("doing their part", "Alliance strong")),
    dict(type="intend", status="planned", actors=NATO, trigger="can and will defend",
         action=d.rng("every inch of NATO", "territory")),
    dict(type="intend", status="ongoing", actors=NATO, trigger=("’re investing", 1, "do it together"),
         action=d.rng("our future strength", "we’ll face", "do it together")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
