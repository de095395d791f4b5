import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-mofa-2013-02-13-japan-uk-foreign-ministers-telephone-talk")
KISHIDA, HAGUE = "fumio-kishida", "william-hague"
BOTH = [KISHIDA, HAGUE]
actors = [
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Minister for Foreign Affairs", affiliation="JP",
         mentions=["Fumio Kishida", d.all("Kishida", skip=(1,))]),
    dict(id=HAGUE, type="person", name="William Hague",
         role="Secretary of State for Foreign and Commonwealth Affairs", affiliation="GB",
         mentions=["William Hague", d.all("Hague", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="GB", type="country", name="United Kingdom",
         mentions=[d.all("U.K."), d.all("United Kingdom")]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=[d.all("North Korea")]),
    dict(id="un-security-council", type="organization", name="UN Security Council",
         mentions=["United Nations Security Council", d.all("UN Security Council")]),
    dict(id="g8", type="organization", name="G8", mentions=["G8"]),
    dict(id="DZ", type="country", name="Algeria", mentions=["Algeria"]),
]
dates = [
    ("February 13, 2013", "DATE", "2013-02-13"),
    (("February 13", 2), "DATE", "2013-02-13"),
    ("5:30 P.M.", "TIME", "2013-02-13T17:30"),
    ("approximately 15 minutes", "DURATION", "PT15M", "APPROX"),
    ("last month", "DATE", "2013-01"),
]
topics = {
    "security_defence": [d.all("nuclear test"), ("security", 1),
                         "Treaty on the Non-Proliferation of Nuclear Weapons", "NPT", "terrorism",
                         "information security"],
}
commitments = [
    dict(type="meet", status="done", actors=BOTH, trigger="held",
         action=d.rng("a telephone talk with Rt.", "of the United Kingdom"),
         dates=["2013-02-13", "2013-02-13T17:30", "PT15M"]),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="wished to continue",
         action=d.rng("closely collaborate with the United Kingdom", "relevant countries")),
    dict(type="intend", status="planned", actors=BOTH, trigger="would be made",
         action=d.rng("the signing of a Japan-U.K.", "between Japan and the United Kingdom")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
