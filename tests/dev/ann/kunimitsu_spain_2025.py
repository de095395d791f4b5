import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-mofa-2025-12-10-courtesy-call-state-minister-kunimitsu-ambassador-spain")
KUNIMITSU, PALACIO = "kunimitsu-ayano", "inigo-de-palacio"
BOTH = [KUNIMITSU, PALACIO]
DAY = "2025-12-10"
actors = [
    dict(id=KUNIMITSU, type="person", name="Kunimitsu Ayano", role="State Minister for Foreign Affairs",
         affiliation="JP", mentions=[d.all("KUNIMITSU")]),
    dict(id=PALACIO, type="person", name="Iñigo de Palacio",
         role="Ambassador Extraordinary and Plenipotentiary to Japan", affiliation="ES",
         mentions=[("de Palacio", 1), "Iñigo de Palacio", ("de Palacio", 3)]),
    dict(id="ES", type="country", name="Spain",
         mentions=[d.all("Kingdom of Spain"), ("Spain", 3), ("Spain", 4)]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
]
dates = [
    ("December 10, 2025", "DATE", DAY),
    (("December 10", 2), "DATE", DAY),
]
topics = {"security_defence": ["defense", "security"]}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="received",
         action=d.rng("a courtesy call from", "Spain to Japan", after="received"), dates=[DAY]),
    dict(type="intend", status="planned", actors=[KUNIMITSU], trigger="expressed her intention",
         action="further strengthening cooperation with Spain"),
    dict(type="intend", status="planned", actors=[PALACIO], trigger="expressed his intention to continue",
         action=d.rng("work toward strengthening", "in various fields")),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action="views on regional issues, including in the Indo-Pacific"),
    dict(type="agree", status="planned", actors=BOTH, trigger="concurred",
         action="continue close coordination between the two countries"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
