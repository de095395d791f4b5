import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2024-06-03-g7-leaders-statement-on-gaza")
# "We, the Leaders of the Group of Seven (G7)" -> g7 (SPEC 7).
WE = ["g7"]
actors = [
    dict(id="g7", type="organization", name="Group of Seven", mentions=["Group of Seven", "G7"]),
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US", mentions=["Biden"]),
    dict(id="IL", type="country", name="Israel", mentions=[d.all("Israel")]),
    dict(id="hamas", type="organization", name="Hamas", mentions=[d.all("Hamas")]),
]
dates = []
topics = {
    "security_defence": ["security"],
}
commitments = [
    # Two verbs sharing one object form one trigger (heldout decision 7); "fully" before the
    # first verb stays out (8a); endorsing a plan is agree.
    dict(type="agree", status="planned", actors=WE, trigger="endorse and will stand behind",
         action=d.rng("the comprehensive deal", "safety assured")),
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm",
         action=d.rng("our support for a credible", "two State solution")),
    # "We call on Hamas ..." and "we urge countries ..." are appeals; "that Israel is ready to move
    # forward with" is a relative clause with an object gap (dev notes-whitehouse 6).
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
