import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.join(HERE, "..", "world")

d = Doc("jp-kantei-2012-04-02-japan-germany-summit-telephone-talk")
NO, ME = "yoshihiko-noda", "angela-merkel"
BOTH = [NO, ME]
actors = [
    dict(id=NO, type="person", name="Yoshihiko Noda", role="Prime Minister", affiliation="JP",
         mentions=["Yoshihiko Noda"] + [("Noda", n) for n in range(2, 7)]),
    dict(id=ME, type="person", name="Angela Merkel", role="Chancellor", affiliation="DE",
         mentions=["Angela Merkel"] + [("Merkel", n) for n in range(2, 6)]),
    dict(id="DE", type="country", name="Germany",
         mentions=[("Germany", 1), "Federal Republic of Germany", ("Germany", 3), ("Germany", 4)]),
    dict(id="JP", type="country", name="Japan",
         mentions=[("Japan", n) for n in (1, 2, 4, 5, 6, 7, 8)]),
    dict(id="EU", type="bloc", name="European Union", mentions=[d.all("EU")]),
    dict(id="imf", type="organization", name="International Monetary Fund", mentions=[d.all("IMF")]),
    dict(id="KP", type="country", name="North Korea", mentions=[d.all("North Korea")]),
    dict(id="IR", type="country", name="Iran", mentions=["Iran", "Iranian"]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["UN Security Council"]),
]
dates = [
    ("Monday, April 2, 2012", "DATE", "2012-04-02"),
    (("Monday, April 2", 2), "DATE", "2012-04-02"),
]
topics = {
    "disasters": ["Great East Japan Earthquake"],
    "finance": ["sovereign debt crisis"],
    "trade": [("EPA", 1), ("EPA", 2)],
    "security_defence": ["missile launch", "nuclear issue"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a telephone talk with", "the latter's initiative"), dates=["2012-04-02"]),
    dict(type="launch", status="planned", actors=["JP"], trigger="will begin",
         action="concrete considerations for contributing to IMF resource increase"),
    dict(type="cooperate", status="done", actors=BOTH, trigger="exchanged",
         action="views on the situation of North Korea and Iran"),
    dict(type="intend", status="planned", actors=[NO], trigger="would continue",
         action=d.rng("urge North Korea", "coordination with Germany")),
    dict(type="intend", status="planned", actors=BOTH, trigger="will continue",
         action="work together closely"),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
