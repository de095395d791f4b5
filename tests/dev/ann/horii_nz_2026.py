import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2026-03-18-courtesy-call-state-minister-horii-new-zealand-charge-daffaires")
HORII, DUNCAN = "horii-iwao", "anna-louise-duncan"
BOTH = [HORII, DUNCAN]
DAY = "2026-03-18"
actors = [
    dict(id=HORII, type="person", name="Horii Iwao", role="State Minister for Foreign Affairs",
         affiliation="JP", mentions=[d.all("HORII")]),
    dict(id=DUNCAN, type="person", name="Anna Louise Duncan", role="Chargé d'Affaires ad interim",
         affiliation="NZ", mentions=[("Duncan", 1), "Anna Louise Duncan", ("Duncan", 3)]),
    dict(id="embassy-of-new-zealand-in-japan", type="organization", name="Embassy of New Zealand in Japan",
         mentions=[d.all("Embassy of New Zealand in Japan")]),
    dict(id="NZ", type="country", name="New Zealand", mentions=[d.all("New Zealand", skip=(1, 2))]),
    dict(id="JP", type="country", name="Japan", mentions=[("Japan", 2)]),
]
dates = [
    ("March 18, 2026", "DATE", DAY),
    (("March 18", 2), "DATE", DAY),
    ("4:25 p.m.", "TIME", "2026-03-18T16:25"),
    ("approximately 50 minutes", "DURATION", "PT50M", "APPROX"),
    ("February", "DATE", "2026-02"),
]
topics = {"security_defence": ["security"]}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="received",
         action=d.rng("a courtesy call by Ms. Anna", "Embassy of New Zealand in Japan", after="received"),
         dates=[DAY, "2026-03-18T16:25", "PT50M"]),
    dict(type="intend", status="planned", actors=[DUNCAN], trigger="expressed desire",
         action="work further towards strengthening bilateral relations"),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action="views on security, economy, and regional issues"),
    dict(type="pledge", status="planned", actors=BOTH, trigger="confirmed their commitment",
         action="further strengthening a wide range of cooperation between the two countries"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
