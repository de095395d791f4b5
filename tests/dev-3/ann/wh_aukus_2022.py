import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, S, build, write

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse"))
d = Doc("wh-2022-04-05-fact-sheet-implementation-of-the-australia-united-kingdom-united-states-partnership-aukus")
MOR, JOH, BID = "scott-morrison", "boris-johnson", "joseph-r-biden-jr"
LEADERS = [MOR, JOH, BID]     # "We": the persons of the first sentence; "The leaders"
THREE = ["AU", "GB", "US"]    # "the three countries", "AUKUS partners", "our nations"
states = [x["start"] for x in d.all("South Australia") + d.all("Western Australia")]
au = [m for m in d.all("Australia") if not any(s <= m["start"] < s + 20 for s in states)]
actors = [
    dict(id=MOR, type="person", name="Scott Morrison", role="Prime Minister", affiliation="AU",
         mentions=["Scott Morrison", ("Morrison", 2), ("Morrison", 3)]),
    dict(id=JOH, type="person", name="Boris Johnson", role="Prime Minister", affiliation="GB",
         mentions=["Boris Johnson", ("Johnson", 2)]),
    dict(id=BID, type="person", name="Joseph R. Biden, Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr.", "Joe Biden"]),
    dict(id="AU", type="country", name="Australia", mentions=[au, d.all("Australian")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=[d.all("United Kingdom")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="iaea", type="organization", name="International Atomic Energy Agency",
         mentions=["International Atomic Energy Agency", d.all("IAEA")]),
    dict(id="rafael-mariano-grossi", type="person", name="Rafael Mariano Grossi", role="Director General",
         affiliation="iaea", mentions=["Rafael Mariano Grossi"]),
]
dates = [
    ("Today", "DATE", "2022-04-05"),
    ("September 15, 2021", "DATE", "2021-09-15"),
    ("March 10, 2022", "DATE", "2022-03-10"),
    (("September 2021", 1), "DATE", "2021-09"),
    ("March 2023", "DATE", "2023-03"),
    ("February 8, 2022", "DATE", "2022-02-08"),
    ("several weeks", "DURATION", "PXW"),
    (("February", 1, "several weeks"), "DATE", "2022-02"),
    ("February 28", "DATE", "2022-02-28"),
    (("March 7", 1), "DATE", "2022-03-07"),
    (("March 7", 2), "DATE", "2022-03-07"),
    (("September 2021", 2), "DATE", "2021-09"),
    (("2023", 1, "planned for"), "DATE", "2023"),
    ("next three years", "DURATION", "P3Y"),
]
yard = [x["start"] for x in d.all("Submarine Construction Yard")]
subs = [m for m in d.all("submarine") + d.all("submarines") + d.all("Submarines") + d.all("Submarine")
        if m["start"] not in yard]
topics = {
    "security_defence": [subs, "non‑proliferation", "Non-proliferation", d.all("non-proliferation"),
                         d.all("military"), ("security", 1, "promote"), ("defense", 1), ("security", 1, "critical defense and"),
                         "Hypersonic", d.all("counter-hypersonic"), ("hypersonic", 1, "advanced hypersonic"),
                         "Electronic warfare", ("defense", 2), "naval nuclear propulsion",
                         "Exchange of Naval Nuclear Propulsion Information Agreement"],
    "human_rights": ["human rights", "rule of law"],
    "quantum": ["Quantum technologies", "AUKUS Quantum Arrangement", "quantum capabilities",
                ("quantum technologies", 1), ("quantum technologies", 2)],
    "ai": ["Artificial intelligence", "artificial intelligence", d.all("AI")],
    "cybersecurity": ["Cyber", d.all("cyber")],
    "investment": ["investments"],
    "education": ["skills", d.all("training"), "higher-education"],
    "research": ["Innovation", d.all("innovation")],
    "infrastructure": ["infrastructure"],
}
commitments = [
    dict(cls="finite_main", type="review", status="done", actors=LEADERS, trigger="reviewed",
         action=d.rng("progress in implementing", "(AUKUS) partnership"), dates=["2022-04-05"]),
    dict(cls="wrapper", type="pledge", status="planned", actors=LEADERS, trigger="reaffirmed their commitment",
         action=d.rng("a free and open Indo-Pacific", "free from coercion")),
    dict(cls="modal_main", type="intend", status="planned", actors=THREE, trigger="will provide",
         action=d.rng("Australia with a conventionally", "earliest possible date")),
    dict(cls="modal_main", type="intend", status="planned", actors=THREE, trigger="will develop and provide",
         action=d.rng("joint advanced military", "Indo-Pacific region")),
    dict(cls="meet", type="meet", status="done", actors=THREE, trigger=("have held", 1),
         action="multiple high-level meetings", dates=["2021-09-15"]),
    dict(cls="meet", type="meet", status="done", actors=THREE, trigger="met virtually",
         action=d.rng("review AUKUS progress", "going forward"), dates=["2022-03-10"]),
    dict(cls="meet", type="meet", status="done", actors=THREE, trigger=("have held", 2),
         action=d.rng("multiple Joint Steering Group", "Washington, D.C.")),
    dict(cls="passive", type="launch", status="done", actors=THREE, trigger="have been established",
         action=d.rng("nine relating to", "military capabilities")),
    dict(cls="finite_main", type="agree", status="planned", actors=LEADERS, trigger=("agreed", 1),
         action=d.rng("determine, by March 2023", "submarine capability"), dates=["2021-09", "2023-03"]),
    dict(cls="meet", type="review", status="done", actors=THREE, trigger="visited",
         action=d.rng("multiple sites in Australia", "capabilities and requirements"),
         dates=["PXW", "2022-02"]),
    dict(cls="finite_main", type="intend", status="planned", actors=[MOR], trigger=("announced", 1, "Prime Minister Morrison"),
         action=d.rng("March 7, Australia’s plan", "nuclear-powered submarines"), dates=["2022-03-07"]),
    dict(cls="wrapper", type="intend", status="ongoing", actors=["AU"], trigger="is taking",
         action=d.rng("initial steps to secure", "South Australia")),
    dict(cls="finite_main", type="cooperate", status="ongoing", actors=THREE + ["iaea"],
         trigger="have been engaging proactively",
         action=d.rng("with the International Atomic", "of our partnership")),
    dict(cls="reported", type="pledge", status="planned", actors=THREE, trigger="are committed",
         action=d.rng("ensuring the highest", "standards are met"), dates=["2022-03-07"]),
    dict(cls="coordinated", type="launch", status="done", actors=THREE, trigger="have recently initiated",
         action="work in four additional areas", dates=["2021-09"]),
    dict(cls="subordinate", type="intend", status="ongoing", actors=LEADERS, trigger="mature",
         action=d.rng("trilateral lines of effort", "security capabilities")),
    dict(cls="wrapper", type="intend", status="planned", actors=LEADERS, trigger="will seek",
         action=d.rng("engage allies", "partnersas appropriate")),
    dict(cls="finite_main", type="cooperate", status="ongoing", actors=THREE, trigger="are collaborating",
         action="autonomous underwater vehicles"),
    dict(cls="passive", type="schedule", status="planned", actors=THREE, trigger="are planned",
         action="Initial trials and experimentation of this capability", dates=["2023"]),
    dict(cls="modal_main", type="intend", status="planned", actors=LEADERS, trigger="will integrate",
         action=d.rng("emerging quantum technologies in trials", "next three years"), dates=["P3Y"]),
    dict(cls="finite_main", type="intend", status="ongoing", actors=LEADERS, trigger="are focusing",
         action=d.rng("our efforts on strengthening", "operations systems")),
    dict(cls="modal_main", type="intend", status="planned", actors=THREE, trigger=("will work together", 1),
         action=d.rng("accelerate development", "counter-hypersonic capabilities")),
    dict(cls="modal_main", type="intend", status="planned", actors=THREE, trigger=("will work together", 2),
         action=d.rng("share understanding", "degraded environments")),
    dict(cls="wrapper", type="intend", status="planned", actors=LEADERS, trigger="aims",
         action=d.rng("accelerate our respective", "warfighting needs")),
    dict(cls="modal_main", type="cooperate", status="planned", actors=LEADERS, trigger="will expand and accelerate",
         action=d.rng("sharing of sensitive", "advanced capabilities")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g, out_dir=OUT)
for c in commitments:  # construction classes (classes-a.tsv)
    t = S(d, c["trigger"])
    print("CLASS\t%s\t%s\t%d\t%s" % (d.name, " ".join(t["text"].split()), t["start"], c["cls"]))
