import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2022-02-25-statement-of-the-president-on-the-nato-summit-and-call-with-president-zelenskyy")
BIDEN = "biden"  # "I": the author named by the title ("Statement of the President"), no mention in the body
WE = [BIDEN, "nato"]
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=[]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization", mentions=[d.all("NATO")]),
    dict(id="putin", type="person", name="Vladimir Putin", role="President", affiliation="RU",
         mentions=[d.all("Putin")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="SE", type="country", name="Sweden", mentions=["Sweden"]),
    dict(id="FI", type="country", name="Finland", mentions=["Finland"]),
    dict(id="EU", type="bloc", name="European Union", mentions=["European Union"]),
    dict(id="zelenskyy", type="person", name="Volodymyr Zelenskyy", role="President", affiliation="UA",
         mentions=["Zelenskyy"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine", "Ukrainian"]),
]
dates = [
    ("Today", "DATE", "2022-02-25"),
    ("yesterday", "DATE", "2022-02-24"),
    ("today", "DATE", "2022-02-25"),
]
topics = {
    "security_defence": ["collective defense", ("security", 1), "peace and security", "Article 5",
                         ("forces", 1), "defensive plans", "land and air forces", "maritime forces",
                         ("defense", 2), ("security", 3)],
    "human_rights": ["democracy", "democratic values"],
}
commitments = [
    dict(type="meet", status="done", actors=WE, trigger="met",
         action=d.rng("with fellow leaders", "Transatlantic security"), dates=["2022-02-25"]),
    dict(type="intend", status="planned", actors=["US"], trigger="will defend",
         action="every inch of NATO territory", dates=["2022-02-24"]),
    dict(type="agree", status="planned", actors=[BIDEN], trigger="have ordered",
         action=d.rng("the deployment of additional", "support our NATO Allies")),
    dict(type="meet", status="done", actors=WE + ["SE", "FI", "EU"], trigger="were joined",
         action=d.rng("today by our close partners", "the European Union"), dates=["2022-02-25"]),
    dict(type="intend", status="planned", actors=["nato"], trigger="will maintain",
         action=d.rng("its Open Door", "join our Alliance")),
    dict(type="pledge", status="planned", actors=WE, trigger="pledged",
         action=d.rng("work even more closely", "purpose and power")),
    dict(type="meet", status="done", actors=[BIDEN, "zelenskyy"], trigger="spoke",
         action="with President Zelenskyy of Ukraine"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT, no_mentions=(BIDEN,))
