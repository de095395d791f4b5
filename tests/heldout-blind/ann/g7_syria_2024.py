import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2024-12-12-g7-leaders-statement-on-syria")
WE = ["g7"]
actors = [
    dict(id="g7", type="organization", name="G7", mentions=["Group of Seven", d.all("G7")]),
    dict(id="SY", type="country", name="Syria",
         mentions=[d.all("Syria"), d.all("Syrian"), d.all("Syrians")]),
    dict(id="un-security-council", type="organization", name="UN Security Council",
         mentions=["UN Security Council"]),
    dict(id="undof", type="organization", name="UN Disengagement Observer Force",
         mentions=["UN Disengagement Observer Force"]),
    dict(id="IL", type="country", name="Israel", mentions=["Israel"]),
    dict(id="opcw", type="organization", name="Organisation for the Prohibition of Chemical Weapons",
         mentions=["OPCW"]),
]
dates = []
topics = {
    "human_rights": ["rule of law", "human rights", "women’s rights", ("rights", 3)],
    "security_defence": ["chemical weapons", "terrorism", "violent extremism"],
    "migration": ["voluntary return"],
}
commitments = [
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm our commitment",
         action="the people of Syria"),
    dict(type="pledge", status="planned", actors=WE, trigger="lend",
         action=d.rng("our full support for an inclusive", "Resolution 2254")),
    dict(type="pledge", status="planned", actors=WE, trigger="reiterate",
         action=d.rng("our support for the UN", "between Israel and Syria")),
    dict(type="intend", status="planned", actors=WE, trigger="stand ready",
         action=d.rng("support a transition process", "transparency and accountability")),
    dict(type="intend", status="planned", actors=WE, trigger="will work with and fully support",
         action=d.rng("a future Syrian government", "results from that process")),
    dict(type="intend", status="planned", actors=WE, trigger="will continue",
         action=d.rng("work with the OPCW", "weapons stockpiles")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
