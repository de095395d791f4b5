import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("us-state-2018-01-24-australia-national-day")
actors = [
    dict(id="rex-w-tillerson", type="person", name="Rex W. Tillerson", role="Secretary of State",
         affiliation="US", mentions=["Rex W. Tillerson"]),
    dict(id="trump", type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=["Trump"]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="AU", type="country", name="Australia", mentions=[d.all("Australia")]),
]
dates = [
    ("January 24, 2018", "DATE", "2018-01-24"),
    ("January 26, 2018", "DATE", "2018-01-26"),
]
topics = {
    "security_defence": ["security"],
}
commitments = [
    dict(type="pledge", status="planned", actors=["US"], trigger="remains committed",
         action=d.rng("our unbreakable alliance", "aspirations for the future")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
