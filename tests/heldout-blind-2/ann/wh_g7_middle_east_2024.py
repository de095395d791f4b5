import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2024-10-03-g7-leaders-statement-on-recent-developments-in-the-middle-east")
G7 = ["g7"]
actors = [
    dict(id="g7", type="organization", name="G7", mentions=[d.all("G7")]),
    dict(id="IR", type="country", name="Iran", mentions=[d.all("Iran")]),
    dict(id="IL", type="country", name="Israel", mentions=[d.all("Israel")]),
    dict(id="houthis", type="organization", name="Houthis", mentions=["Houthis"]),
    dict(id="hezbollah", type="organization", name="Hezbollah", mentions=["Hezbollah"]),
    dict(id="hamas", type="organization", name="Hamas", mentions=[d.all("Hamas")]),
    dict(id="IQ", type="country", name="Iraq", mentions=["Iraq"]),
    dict(id="US", type="country", name="United States", mentions=["US"]),
    dict(id="QA", type="country", name="Qatar", mentions=["Qatar"]),
    dict(id="EG", type="country", name="Egypt", mentions=["Egypt"]),
    dict(id="un-security-council", type="organization", name="UN Security Council",
         mentions=[d.all("United Nations Security Council")]),
    dict(id="PS", type="country", name="Palestine", mentions=["Palestine"]),
    dict(id="LB", type="country", name="Lebanon",
         mentions=[d.all("Lebanon", skip=(6,))]),
    dict(id="un", type="organization", name="United Nations",
         mentions=[("United Nations", 1, "We underscore"), "UN"]),
    dict(id="unifil", type="organization", name="United Nations Interim Force in Lebanon",
         mentions=["United Nations Interim Force in Lebanon", "UNIFIL"]),
]
dates = [
    ("Yesterday", "DATE", "2024-10-02"),
    ("October 7, 2023", "DATE", "2023-10-07"),
]
topics = {
    "security_defence": ["military", d.all("security")],
    "human_rights": ["International humanitarian law"],
}
commitments = [
    dict(type="pledge", status="planned", actors=G7, trigger="reiterate our commitment",
         action="the security of Israel"),
    dict(type="cooperate", status="done", actors=G7, trigger="discussed",
         action=d.rng("coordinated efforts", "in the area"), dates=["2024-10-02"]),
    dict(type="agree", status="planned", actors=G7, trigger="endorse",
         action=d.rng("the efforts by the US", "Resolution 2735")),
    dict(type="intend", status="planned", actors=G7, trigger="will continue working",
         action="set the conditions for a durable peace"),
    dict(type="pledge", status="planned", actors=G7, trigger=("are committed", 1),
         action=d.rng("providing humanitarian", "civilians in Lebanon")),
    dict(type="pledge", status="planned", actors=G7, trigger=("are committed", 2),
         action=d.rng("reinforce our support", "UN resolutions")),
    dict(type="intend", status="planned", actors=G7, trigger="will continue to be",
         action="close contact with all actors to this end"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
