import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("jp-mofa-2020-12-03-japan-participation-nato-foreign-ministers-meeting")
SHIMOKAWA = "shimokawa-makita"
SESSION = ["nato", "JP", "AU", "NZ", "KR", "FI", "SE", "EU"]
actors = [
    dict(id="JP", type="country", name="Japan", mentions=[d.all("Japan")]),
    dict(id="nato", type="organization", name="North Atlantic Treaty Organization",
         mentions=[d.all("North Atlantic Treaty Organization"), d.all("NATO")]),
    dict(id=SHIMOKAWA, type="person", name="Shimokawa Makita", role="Ambassador to the NATO", affiliation="JP",
         mentions=["SHIMOKAWA Makita", d.all("Shimokawa")]),
    dict(id="motegi-toshimitsu", type="person", name="Motegi Toshimitsu", role="Minister for Foreign Affairs",
         affiliation="JP", mentions=["MOTEGI Toshimitsu"]),
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="NZ", type="country", name="New Zealand", mentions=["New Zealand"]),
    dict(id="KR", type="country", name="Republic of Korea", mentions=["Republic of Korea"]),
    dict(id="FI", type="country", name="Finland", mentions=["Finland"]),
    dict(id="SE", type="country", name="Sweden", mentions=["Sweden"]),
    dict(id="EU", type="bloc", name="European Union", mentions=["European Union"]),
]
dates = [
    ("December 3, 2020", "DATE", "2020-12-03"),
    ("December 1", "DATE", "2020-12-01"),
    (("2", 1, "December 1 and"), "DATE", "2020-12-02"),
    ("second day", "DATE", "2020-12-02"),
    ("1949", "DATE", "1949"),
]
topics = {
    "security_defence": ["security"],
}
commitments = [
    dict(type="meet", status="done", actors=["nato"], trigger="was held",
         action="via teleconference",
         dates=["2020-12-01", "2020-12-02"]),
    dict(type="meet", status="done", actors=[SHIMOKAWA], trigger="attended",
         action=("the meeting", 1, "attended"), dates=["2020-12-02"]),
    dict(type="meet", status="done", actors=SESSION, trigger="participated",
         action=("the session", 1, "participated")),
    dict(type="cooperate", status="done", actors=SESSION, trigger="discussed",
         action=d.rng("the changes in the global power balance", "among others")),
    dict(type="intend", status="ongoing", actors=["JP"], trigger="strives",
         action=d.rng("advance the vision", "Indo-Pacific”")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
