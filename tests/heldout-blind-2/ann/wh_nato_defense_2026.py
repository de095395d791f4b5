import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2026-07-08-fact-sheet-president-donald-j-trump-secures-historic-defense-investment-from-nato-allies-powering-a")
TRUMP = "donald-j-trump"
actors = [
    dict(id=TRUMP, type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=["Donald J. Trump", d.all("Trump", skip=(1,))]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("U.S."), d.all("United States"), d.all("American"), d.all("America"), "AMERICA"]),
    dict(id="nato", type="organization", name="NATO", mentions=[d.all("NATO")]),
    dict(id="lockheed-martin", type="organization", name="Lockheed Martin", mentions=[d.all("Lockheed Martin")]),
    dict(id="northrop-grumman", type="organization", name="Northrop Grumman", mentions=["Northrop Grumman"]),
    dict(id="rheinmetall", type="organization", name="Rheinmetall", mentions=[("Rheinmetall", 1)]),
    dict(id="rtx", type="organization", name="RTX", mentions=["RTX"]),
    dict(id="department-of-war", type="organization", name="Department of War",
         mentions=[d.all("Department of War")]),
    dict(id="DE", type="country", name="Germany", mentions=["Germany"]),
    dict(id="NL", type="country", name="Netherlands", mentions=["Netherlands"]),
    dict(id="raytheon", type="organization", name="Raytheon", mentions=["Raytheon"]),
    dict(id="boeing", type="organization", name="Boeing", mentions=[d.all("Boeing")]),
    dict(id="rheinmetall-italy", type="organization", name="Rheinmetall-Italy", mentions=["Rheinmetall-Italy"]),
    dict(id="anduril", type="organization", name="Anduril", mentions=["Anduril"]),
    dict(id="PL", type="country", name="Poland", mentions=["Poland"]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine")]),
]
dates = [
    ("This week", "DATE", "2026-W28"),
    (("2026", 1), "DATE", "2026"),
    ("2030", "DATE", "2030"),
    (("2025", 1), "DATE", "2025"),
    ("June 2025", "DATE", "2025-06"),
    ("annually", "SET", "P1Y"),
    ("2035", "DATE", "2035"),
    ("last year", "DATE", "2025"),
    (("2025", 3), "DATE", "2025"),
    (("2025", 4), "DATE", "2025"),
    ("2022", "DATE", "2022"),
]
topics = {
    "security_defence": ["DEFENSE", d.all("defense"), d.all("Missile"), "missile", "missiles", "Bomb",
                         "troop", "force posture"],
    "investment": [d.all("investment")],
    "trade": ["market access"],
}
commitments = [
    dict(type="pledge", status="planned", actors=[TRUMP], trigger=("announced", 1),
         action=d.rng("a surge in defense investment", "from Allies"), dates=["2026-W28", "2026"]),
    dict(type="intend", status="planned", actors=["lockheed-martin"], trigger="will work",
         action=d.rng("establish a Patriot", "Facility in Europe")),
    dict(type="sign", status="planned", actors=["northrop-grumman"], trigger="will sign",
         action=d.rng("Letters of Interest", "MQ-4C Tritons")),
    dict(type="intend", status="planned", actors=["lockheed-martin", "rheinmetall"], trigger="will partner",
         action=d.rng("Army Tactical", "production in Europe")),
    dict(type="launch", status="planned", actors=["rtx", "department-of-war"], trigger="will launch",
         action=d.rng("their Advanced", "production in Europe", after="will launch")),
    dict(type="intend", status="planned", actors=["DE", "NL"], trigger="will buy",
         action=d.rng("Raytheon’s Stinger", "bulk procurement")),
    dict(type="intend", status="planned", actors=["DE", "NL"], trigger="aim",
         action=d.rng("double the Stinger", "by 2030"), dates=["2030"]),
    dict(type="intend", status="planned", actors=["boeing", "rheinmetall-italy"], trigger="will explore",
         action=d.rng("a partnership opportunity", "for Europe")),
    dict(type="pledge", status="planned", actors=["anduril"], trigger="will commit",
         action=d.rng("provide Poland", "Barracuda-500 missiles")),
    dict(type="pledge", status="planned", actors=["nato"], trigger="secured a historic commitment",
         action=d.rng("invest 5 percent", "by 2035"), dates=["2025-06", "P1Y", "2035"]),
    dict(type="agree", status="planned", actors=["nato"], trigger="accepted",
         action=d.rng("primary responsibility", "conventional defense")),
    dict(type="review", status="ongoing", actors=["department-of-war"], trigger="is reviewing",
         action=d.rng("U.S. force posture", "defense of Europe")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
