import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2022-04-18-joint-statement-between-the-united-states-belize-germany-indonesia-and-senegal-on-the-announcement-")
WE = ["US", "BZ", "DE", "ID", "SN"]
actors = [
    dict(id="US", type="country", name="United States", mentions=[d.all("United States")]),
    dict(id="BZ", type="country", name="Belize", mentions=["Belize"]),
    dict(id="caricom", type="bloc", name="Caribbean Community", mentions=["CARICOM"]),
    dict(id="DE", type="country", name="Germany", mentions=["Germany"]),
    dict(id="g7", type="organization", name="G7", mentions=["G7"]),
    dict(id="ID", type="country", name="Indonesia", mentions=["Indonesia"]),
    dict(id="g20", type="organization", name="G20", mentions=["G20"]),
    dict(id="SN", type="country", name="Senegal", mentions=["Senegal"]),
    dict(id="african-union", type="bloc", name="African Union", mentions=["African Union"]),
]
dates = [
    ("May 12, 2022", "DATE", "2022-05-12"),
    ("September 22, 2021", "DATE", "2021-09-22"),
    (("May 12", 2), "DATE", "2022-05-12"),
]
topics = {
    "health": [d.all("COVID-19", skip=(1, 3)), "health threats", d.all("health security"), d.all("health services"),
               "health crises", d.all("health systems"), "health workforce", d.all("pandemic preparedness"),
               "vaccinations", "medical countermeasures", "ACT-Accelerator", "shots"],
    "research": ["research and development"],
    "finance": ["financing"],
}
commitments = [
    dict(type="meet", status="planned", actors=WE, trigger="will co-host",
         action="the second Global COVID-19 Summit", dates=["2022-05-12"]),
    dict(type="schedule", status="planned", actors=WE, trigger="will be held",
         action="the second Global COVID-19 Summit", dates=["2022-05-12"]),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
