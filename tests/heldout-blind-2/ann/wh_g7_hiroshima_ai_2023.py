import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2023-10-30-g7-leaders-statement-on-the-hiroshima-ai-process")
G7 = ["g7"]
GP = "Hiroshima Process International Guiding Principles for Organizations Developing Advanced AI Systems"
CC = "Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems"
PF = "Hiroshima AI Process Comprehensive Policy Framework"
actors = [
    dict(id="g7", type="organization", name="G7", mentions=["Group of Seven", d.all("G7")]),
    dict(id="oecd", type="organization", name="Organisation for Economic Co-operation and Development",
         mentions=["Organisation for Economic Co-operation and Development", "OECD"]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["UK"]),
]
dates = [
    ("September 7, 2023", "DATE", "2023-09-07"),
    ("the end of this year", "DATE", "2023", "END"),
    ("the end of the year", "DATE", "2023", "END"),
    ("November 1", "DATE", "2023-11-01"),
    (d.span("2", 1, "November 1"), "DATE", "2023-11-02"),
]
topics = {
    "ai": [("Artificial Intelligence", 1), ("AI", 1), "foundation models", ("AI", 2), "artificial intelligence",
           GP, CC, ("International Code of Conduct", 2), PF,
           ("AI", 1, "call on organizations"), ("AI", 1, "trustworthy")],
    "human_rights": ["rule of law", "democratic values"],
}
commitments = [
    dict(type="agree", status="planned", actors=G7, trigger="instruct",
         action=d.rng("relevant ministers to accelerate", "developing and emerging economies"), dates=["2023"]),
    dict(type="agree", status="planned", actors=G7, trigger="ask",
         action=d.rng("relevant ministers to develop", "the Hiroshima AI Process"), dates=["2023"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
