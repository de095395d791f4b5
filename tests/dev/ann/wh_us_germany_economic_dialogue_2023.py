import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2023-09-28-joint-statement-on-the-second-round-of-u-s-germany-economic-dialogue")
KUKIES, PYLE = "joerg-kukies", "mike-pyle"
HEADS = [KUKIES, PYLE]
NSC = "national-security-council"


def P(pid, name, role, aff, ms=None):
    return dict(id=pid, type="person", name=name, role=role, affiliation=aff, mentions=ms or [name])


actors = [
    dict(id="DE", type="country", name="Germany",
         mentions=[d.all("German"), d.all("Germany")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("U.S.")]),
    P(KUKIES, "Joerg Kukies", "State Secretary", "DE"),
    # "G7/G20 Sherpa": the groups before a title are mentions (heldout decision 2).
    dict(id="g7", type="organization", name="Group of Seven", mentions=["G7"]),
    dict(id="g20", type="organization", name="Group of Twenty", mentions=["G20"]),
    P(PYLE, "Mike Pyle", "Deputy National Security Advisor for International Economics", "US"),
    P("steffen-meyer", "Steffen Meyer",
      "Director General for Economic, Financial and Climate Policy in the Federal Chancellery", "DE"),
    P("udo-philipp", "Udo Philipp", "State Secretary", "DE"),
    dict(id="federal-ministry-of-economic-affairs-and-climate-action", type="organization",
         name="Federal Ministry of Economic Affairs and Climate Action",
         mentions=["Federal Ministry of Economic Affairs and Climate Action"]),
    P("heiko-thoms", "Heiko Thoms", "State Secretary", "DE"),
    dict(id="federal-ministry-of-finance", type="organization", name="Federal Ministry of Finance",
         mentions=["Federal Ministry of Finance"]),
    P("jochen-flasbarth", "Jochen Flasbarth", "State Secretary", "DE"),
    dict(id="federal-ministry-for-economic-cooperation-and-development", type="organization",
         name="Federal Ministry for Economic Cooperation and Development",
         mentions=["Federal Ministry for Economic Cooperation and Development"]),
    P("amy-gutmann", "Amy Gutmann", "Ambassador to Germany", "US"),
    P("wally-adeyemo", "Wally Adeyemo", "Deputy Secretary of the Treasury", "US"),
    P("jose-w-fernandez", "Jose W. Fernandez",
      "Under Secretary of State for Economic Growth, Energy, and the Environment", "US"),
    dict(id=NSC, type="organization", name="National Security Council", mentions=[d.all("National Security Council")]),
    P("tarun-chhabra", "Tarun Chhabra", "Senior Director", "US"),
    P("sarah-ladislaw", "Sarah Ladislaw", "Senior Director", "US", [d.span("Sarah Ladislaw")]),
    P("brendan-kelly", "Brendan Kelly", "Director", "US"),
    P("brent-neiman", "Brent Neiman", "Assistant Secretary of the Treasury for International Finance", "US"),
    P("woodward-c-price", "Woodward C. Price", "Deputy Chief of Mission", "US"),
]
dates = [
    ("September 27, 2023", "DATE", "2023-09-27"),
    ("2021", "DATE", "2021"),
]
topics = {
    "energy": ["clean energy", "energy security"],
    "economic_security": ["economic security"],
    "trade": ["trade"],
    "investment": ["investment"],
}
commitments = [
    dict(type="meet", status="done", actors=HEADS, trigger="met",
         action=d.rng("with U.S. Deputy National", "global economic issues"), dates=["2023-09-27"]),
    # A meeting reported without an actor subject ("The talks took place") is meet, done, with the
    # principal parties (8a, passive meeting; dev notes-whitehouse 9).
    dict(type="meet", status="done", actors=HEADS, trigger="took place",
         action=d.rng("under the aegis", "Washington Declaration"), dates=["2021"]),
    # "participants" -> the actors of the nearest earlier commitment with two or more actors.
    dict(type="meet", status="done", actors=HEADS, trigger=("met", 2),
         action=d.rng("with representatives from German", "trade and investment")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
