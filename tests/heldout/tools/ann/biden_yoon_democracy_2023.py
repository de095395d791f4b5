import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from heldout import Doc, build, write

d = Doc("wh-2023-03-29-joint-statement-by-president-biden-and-president-yoon-on-the-third-summit-for-democracy")
WE = ["US", "KR"]
actors = [
    dict(id="US", type="country", name="United States", mentions=["United States"]),
    dict(id="KR", type="country", name="Republic of Korea",
         mentions=[d.all("Republic of Korea"), "Korean"]),
]
dates = [(("today", 1), "DATE", "2023-03-29"), (("today", 2), "DATE", "2023-03-29"), ("2021", "DATE", "2021")]
topics = {
    "human_rights": ["democratic values", ("human rights", 1), ("democracies", 1), "democratic institutions",
                     ("democracy", 1, "demonstrate to the world"), "democratic governance",
                     ("human rights", 2), ("democracies", 2)],
    "security_defence": [("security", 1), ("security", 2), ("security", 3)],
    "climate": ["climate crisis"],
    "health": ["global health", "pandemic preparedness"],
}
commitments = [
    dict(type="pledge", status="planned", actors=WE, trigger="are committed",
         action=d.rng("further strengthening", "people-to-people ties")),
    dict(type="meet", status="planned", actors=["KR"], trigger="will host",
         action="a future, third Summit", dates=["2023-03-29"]),
    dict(type="intend", status="planned", actors=WE, trigger=("continue", 1, "We are proud"),
         action=d.rng("our work together", "global leadership")),
]
write(d, build(d, actors, dates, topics, commitments))
