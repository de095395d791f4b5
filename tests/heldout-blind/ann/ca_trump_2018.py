import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("ca-pm-2018-10-01-trudeau-speaks-united-states-president-trump")
TRUDEAU, TRUMP = "justin-trudeau", "donald-j-trump"
BOTH = [TRUDEAU, TRUMP]
actors = [
    dict(id=TRUDEAU, type="person", name="Justin Trudeau", role="Prime Minister", affiliation="CA",
         mentions=[d.all("Justin Trudeau")]),
    dict(id=TRUMP, type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=[d.all("Donald J. Trump")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada")]),
    dict(id="MX", type="country", name="Mexico", mentions=[d.all("Mexico")]),
]
dates = [
    ("Today", "DATE", "2018-10-01"),
    ("last night", "TIME", "2018-09-30TNI"),
]
topics = {
    "trade": [("trade", 1), "United States-Mexico-Canada Agreement"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="spoke",
         action=d.rng("with the President of the United States", "Donald J. Trump", after="spoke"),
         dates=["2018-10-01"]),
    dict(type="agree", status="planned", actors=BOTH, trigger="agreed",
         action="keep in close touch and move the agreement forward"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
