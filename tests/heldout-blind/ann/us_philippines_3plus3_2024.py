import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2024-04-12-joint-readout-of-inaugural-u-s-philippines-33-meeting")
BLINKEN, AUSTIN, SULLIVAN = "antony-j-blinken", "lloyd-j-austin-iii", "jake-sullivan"
MANALO, TEODORO, ANO = "enrique-manalo", "gilberto-teodoro", "eduardo-m-ano"
US3 = [BLINKEN, AUSTIN, SULLIVAN]
ALL6 = US3 + [MANALO, TEODORO, ANO]
actors = [
    dict(id=BLINKEN, type="person", name="Antony J. Blinken", role="Secretary of State", affiliation="US",
         mentions=["Antony J. Blinken", ("Blinken", 2)]),
    dict(id=AUSTIN, type="person", name="Lloyd J. Austin III", role="Secretary of Defense", affiliation="US",
         mentions=["Lloyd J. Austin III", ("Austin", 2)]),
    dict(id=SULLIVAN, type="person", name="Jake Sullivan", role="National Security Advisor", affiliation="US",
         mentions=["Jake Sullivan", ("Sullivan", 2)]),
    dict(id=MANALO, type="person", name="Enrique Manalo", role="Secretary of Foreign Affairs",
         affiliation="PH", mentions=["Enrique Manalo"]),
    dict(id=TEODORO, type="person", name="Gilberto Teodoro", role="Secretary of National Defense",
         affiliation="PH", mentions=["Gilberto Teodoro"]),
    dict(id=ANO, type="person", name="Eduardo M. Año", role="National Security Advisor",
         affiliation="PH", mentions=["Eduardo M. Año"]),
    dict(id="biden", type="person", name="Joseph R. Biden Jr.", role="President", affiliation="US",
         mentions=["Biden"]),
    dict(id="ferdinand-r-marcos-jr", type="person", name="Ferdinand R. Marcos, Jr.", role="President",
         affiliation="PH", mentions=["Ferdinand R. Marcos, Jr."]),
    dict(id="PH", type="country", name="Philippines",
         mentions=[d.all("Philippine"), d.all("Philippines", skip=(3,))]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), d.all("U.S.")]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan"]),
    dict(id="CN", type="country", name="People's Republic of China", mentions=["People’s Republic of China"]),
    dict(id="armed-forces-of-the-philippines", type="organization", name="Armed Forces of the Philippines",
         mentions=["Armed Forces of the Philippines"]),
]
dates = [
    ("today", "DATE", "2024-04-12"),
    ("April 11", "DATE", "2024-04-11"),
    ("1951", "DATE", "1951"),
]
topics = {
    "security_defence": ["Mutual Defense Treaty", "armed attacks", "armed forces", "security"],
}
commitments = [
    dict(type="meet", status="done", actors=ALL6, trigger="met",
         action=d.rng("with\nPhilippine Secretary", "Washington, DC today"), dates=["2024-04-12"]),
    dict(type="cooperate", status="done", actors=ALL6, trigger="discussed",
         action=d.rng("ways to deepen coordination", "People’s Republic of China")),
    dict(type="pledge", status="planned", actors=US3, trigger="reiterated the United States’ ironclad commitment",
         action="the U.S.-Philippine Alliance", dates=["1951"]),
    dict(type="agree", status="planned", actors=ALL6, trigger="decided",
         action=d.rng("explore additional", "law of the sea")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
