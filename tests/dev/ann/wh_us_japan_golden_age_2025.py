import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2025-10-27-implementation-of-the-agreement-toward-a-new-golden-age-for-the-u-s-japan-alliance")
TRUMP, TAKAICHI = "donald-j-trump", "takaichi-sanae"
BOTH = [TRUMP, TAKAICHI]
actors = [
    dict(id=TRUMP, type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=[d.all("Donald J. Trump")]),
    dict(id=TAKAICHI, type="person", name="Takaichi Sanae", role="Prime Minister", affiliation="JP",
         mentions=[d.all("Takaichi Sanae")]),
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States of America"), ("United States", 1, "Agreement between"), "U.S."]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
]
dates = [
    ("October 28, 2025", "DATE", "2025-10-28"),
    ("July 22, 2025", "DATE", "2025-07-22"),
    ("September 4, 2025", "DATE", "2025-09-04"),
    ("this 28th day of October, two thousand and twenty-five", "DATE", "2025-10-28"),
]
topics = {
    "investment": ["investments"],
    "economic_security": ["economic security"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("Tokyo, Japan, on", "October 28, 2025"), dates=["2025-10-28"]),
    dict(type="pledge", status="planned", actors=BOTH, trigger="confirmed their strong commitment",
         action="implementing this GREAT DEAL", dates=["2025-07-22", "2025-09-04"]),
    dict(type="agree", status="planned", actors=BOTH, trigger="instructed",
         action=d.rng("relevant ministers", "U.S.-Japan Alliance")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
