import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2025-11-23-joint-statement-on-united-states-ukraine-meeting")
# Unnamed representatives/delegations resolve to their countries (corpus 8); "Both sides", "the
# parties" and "They" resolve to US and UA.
BOTH = ["US", "UA"]
actors = [
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), "U.S."]),
    dict(id="UA", type="country", name="Ukraine", mentions=[d.all("Ukraine"), "Ukrainian"]),
    dict(id="donald-j-trump", type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=["Donald J. Trump"]),
]
dates = [
    ("23 November 2025", "DATE", "2025-11-23"),
]
topics = {
    "security_defence": ["security"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="met",
         action=d.rng("Geneva for discussions", "peace proposal"), dates=["2025-11-23"]),
    # "Both sides agreed the consultations were highly productive" and "They reaffirmed that any
    # future agreement must ..." report views (stances).
    # "drafted an updated and refined peace framework": a jointly created text (launch, done).
    dict(type="launch", status="done", actors=BOTH, trigger="drafted",
         action=d.rng("an updated and refined", "peace framework")),
    dict(type="agree", status="planned", actors=["UA", "US"], trigger=("agreed", 2),
         action=d.rng("continue intensive work", "the coming days")),
    dict(type="intend", status="planned", actors=["UA", "US"], trigger="will also remain",
         action=d.rng("close contact with", "process advances")),
    # "Final decisions ... will be made by the Presidents": the subject is not an actor.
    dict(type="intend", status="planned", actors=BOTH, trigger="reiterated their readiness to continue",
         action=d.rng("working together to secure", "and reconstruction")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
