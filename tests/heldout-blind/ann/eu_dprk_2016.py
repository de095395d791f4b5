import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "heldout", "tools")))
from heldout import Doc, build, write
OUT = os.path.normpath(os.path.join(HERE, "..", "world"))

d = Doc("eu-eeas-2016-08-03-dprk-launch-ballistic-missiles-spokesperson")
actors = [
    dict(id="KP", type="country", name="Democratic People's Republic of Korea",
         mentions=["Democratic People's Republic of Korea", d.all("DPRK")]),
    dict(id="EU", type="bloc", name="European Union", mentions=["EU"]),
    dict(id="unsc", type="organization", name="United Nations Security Council",
         mentions=["UN Security Council"]),
]
dates = [
    ("03/08/2016", "DATE", "2016-08-03"),
    ("Earlier today", "DATE", "2016-08-03"),
]
topics = {
    "security_defence": [d.all("ballistic missiles"), "missile launches", "ballistic missile technology",
                         "security"],
}
commitments = []
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
