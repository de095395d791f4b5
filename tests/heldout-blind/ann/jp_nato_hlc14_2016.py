import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-mofa-2016-02-18-14th-japan-nato-high-level-consultations")
PARTIES = ["JP", "nato"]
actors = [
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan"), "Japanese"]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization", mentions=[d.all("NATO")]),
    dict(id="shinsuke-j-sugiyama", type="person", name="Shinsuke J. Sugiyama",
         role="Deputy Minister for Foreign Affairs", affiliation="JP", mentions=["Shinsuke J. Sugiyama"]),
    dict(id="mofa", type="organization", name="Ministry of Foreign Affairs of Japan", mentions=["MOFA"]),
    dict(id="thrasyvoulos-terry-stamatopoulos", type="person", name="Thrasyvoulos Terry Stamatopoulos",
         role="Assistant Secretary General for Political Affairs and Security Policy", affiliation="nato",
         mentions=["Thrasyvoulos Terry Stamatopoulos"]),
    dict(id="BE", type="country", name="Belgium", mentions=["Belgium"]),
    dict(id="AF", type="country", name="Afghanistan", mentions=["Afghanistan"]),
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="IQ", type="country", name="Iraq", mentions=["Iraq"]),
    dict(id="MN", type="country", name="Mongolia", mentions=["Mongolia"]),
]
dates = [
    ("February 18, 2016", "DATE", "2016-02-18"),
    ("Thursday February 18", "DATE", "2016-02-18"),
    ("1949", "DATE", "1949"),
]
topics = {
    "security_defence": ["security policies"],
}
commitments = [
    dict(type="meet", status="done", actors=PARTIES, trigger="were held",
         action="Brussels, Belgium", dates=["2016-02-18"]),
    dict(type="cooperate", status="done", actors=PARTIES, trigger="discussed",
         action=d.rng("a wide range of issues", "regional situations")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
