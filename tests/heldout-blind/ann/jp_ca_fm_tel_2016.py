import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-mofa-2016-01-07-japan-canada-foreign-ministers-telephone-talk")
KISHIDA, DION = "fumio-kishida", "stephane-dion"
actors = [
    dict(id=KISHIDA, type="person", name="Fumio Kishida", role="Minister for Foreign Affairs", affiliation="JP",
         mentions=["Fumio Kishida", d.all("Kishida", skip=(1,))]),
    dict(id=DION, type="person", name="Stéphane Dion", role="Minister of Foreign Affairs", affiliation="CA",
         mentions=["Stéphane Dion", d.all("Dion", skip=(1,))]),
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada")]),
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=[d.all("North Korea")]),
    dict(id="un-security-council", type="organization", name="UN Security Council",
         mentions=["United Nations Security Council"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
]
dates = [
    ("January 7, 2016", "DATE", "2016-01-07"),
    (("January 7", 2), "DATE", "2016-01-07"),
    ("12:00 p.m.", "TIME", "2016-01-07T12:00"),
    ("approximately 15 minutes", "DURATION", "PT15M", "APPROX"),
    ("this April", "DATE", "2016-04"),
]
topics = {
    "security_defence": ["security"],
}
commitments = [
    dict(type="meet", status="done", actors=[KISHIDA, DION], trigger="held",
         action=d.rng("a Japan-Canada Foreign Ministers", "of Canada"),
         dates=["2016-01-07", "2016-01-07T12:00", "PT15M"]),
    dict(type="intend", status="planned", actors=[KISHIDA], trigger="will continue",
         action=d.rng("working closely with Foreign Minister Dion", "going forward")),
    dict(type="intend", status="planned", actors=["CA"], trigger="will give",
         action="Japan its full cooperation"),
    dict(type="intend", status="planned", actors=["CA"], trigger="would collaborate closely",
         action=d.rng("with the relevant countries", "against North Korea")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
