import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2021-12-09-readout-of-president-bidens-call-with-the-leaders-of-the-bucharest-nine-eastern-flank-nato-allies")
# The Bucharest Nine is a format of nine Allies (not an actor, as the Quad); the readout lists the
# nine leaders who joined the call, so the call's counterparts are those nine persons.
BIDEN = "joseph-r-biden-jr"
B9 = ["rumen-radev", "andrej-babis", "alar-karis", "janos-ader", "egils-levits", "gitanas-nauseda",
      "andrzej-duda", "klaus-iohannis", "eduard-heger"]
CALL = [BIDEN] + B9
actors = [
    dict(id=BIDEN, type="person", name="Joseph R. Biden, Jr.", role="President", affiliation="US",
         mentions=["Joseph R. Biden, Jr.", ("Biden", 2)]),
    dict(id="US", type="country", name="United States", mentions=["United States", "U.S."]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization", mentions=[d.all("NATO")]),
    dict(id="RU", type="country", name="Russia", mentions=["Russia"]),
    dict(id="UA", type="country", name="Ukraine", mentions=["Ukraine"]),
    dict(id="rumen-radev", type="person", name="Rumen Radev", role="President", affiliation="BG", mentions=["Rumen Radev"]),
    dict(id="BG", type="country", name="Bulgaria", mentions=["Bulgarian"]),
    dict(id="andrej-babis", type="person", name="Andrej Babis", role="Prime Minister", affiliation="CZ", mentions=["Andrej Babis"]),
    dict(id="CZ", type="country", name="Czech Republic", mentions=["Czech Republic"]),
    dict(id="alar-karis", type="person", name="Alar Karis", role="President", affiliation="EE", mentions=["Alar Karis"]),
    dict(id="EE", type="country", name="Estonia", mentions=["Estonian"]),
    dict(id="janos-ader", type="person", name="Janos Ader", role="President", affiliation="HU", mentions=["Janos Ader"]),
    dict(id="HU", type="country", name="Hungary", mentions=["Hungarian"]),
    dict(id="egils-levits", type="person", name="Egils Levits", role="President", affiliation="LV", mentions=["Egils Levits"]),
    dict(id="LV", type="country", name="Latvia", mentions=["Latvian"]),
    dict(id="gitanas-nauseda", type="person", name="Gitanas Nauseda", role="President", affiliation="LT", mentions=["Gitanas Nauseda"]),
    dict(id="LT", type="country", name="Lithuania", mentions=["Lithuanian"]),
    dict(id="andrzej-duda", type="person", name="Andrzej Duda", role="President", affiliation="PL", mentions=["Andrzej Duda"]),
    dict(id="PL", type="country", name="Poland", mentions=["Polish"]),
    dict(id="klaus-iohannis", type="person", name="Klaus Iohannis", role="President", affiliation="RO", mentions=["Klaus Iohannis"]),
    dict(id="RO", type="country", name="Romania", mentions=["Romanian"]),
    dict(id="eduard-heger", type="person", name="Eduard Heger", role="Prime Minister", affiliation="SK", mentions=["Eduard Heger"]),
    dict(id="SK", type="country", name="Slovakia", mentions=["Slovakia"]),
]
dates = [
    ("today", "DATE", "2021-12-09"),
]
topics = {
    "security_defence": [("security", 1), "Article 5", "military", "collective defense", "deterrence",
                         ("defense", 2)],
}
commitments = [
    dict(type="meet", status="done", actors=CALL, trigger="spoke",
         action=d.rng("today with the Bucharest", "NATO’s Article 5"), dates=["2021-12-09"]),
    dict(type="cooperate", status="done", actors=CALL, trigger="discussed",
         action=d.rng("Russia’s destabilizing", "defense of Allies")),
    # "as we work towards de-escalation": an ongoing undertaking inside Biden's stance ("stressed").
    dict(type="intend", status="ongoing", actors=CALL, trigger=("work", 1, "as we"),
         action=d.rng("de-escalation of the current", "and dialogue")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
