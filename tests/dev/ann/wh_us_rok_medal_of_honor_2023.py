import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2023-04-26-joint-statement-from-the-presidents-of-the-united-states-of-america-and-the-republic-of-korea-on-th")
BOTH = ["US", "KR"]
actors = [
    dict(id="US", type="country", name="United States",
         mentions=["United States of America", d.all("U.S.")]),
    # "Korean War" (an event named after the peninsula) and 1950 "in Korea" give no KR mention.
    dict(id="KR", type="country", name="Republic of Korea",
         mentions=["Republic of Korea", d.all("South Korea"), "South Korean", "ROK"]),
    dict(id="luther-h-story", type="person", name="Luther H. Story", role="Army Corporal", affiliation="US",
         mentions=["Luther H. Story", d.all("Story", skip=(1, 8)), "Luther Story"]),
    dict(id="north-korean-peoples-army", type="organization", name="North Korean People's Army",
         mentions=["North Korean People’s Army"]),
    dict(id="dpaa", type="organization", name="Defense POW/MIA Accounting Agency",
         mentions=["Defense POW/MIA Accounting Agency", d.all("DPAA")]),
    dict(id="armed-forces-medical-examiner-system", type="organization",
         name="Armed Forces Medical Examiner System", mentions=["Armed Forces Medical Examiner System"]),
    dict(id="omar-bradley", type="person", name="Omar Bradley", role="General of the Army", affiliation="US",
         mentions=["Omar Bradley"]),
    dict(id="judy-wade", type="person", name="Judy Wade", mentions=["Judy Wade"]),
]
dates = [
    ("73 years", "DURATION", "P73Y"),
    # The narrative is anchored in "late August 1950": bare day-months resolve to 1950, not to published.
    ("late August 1950", "DATE", "1950-08", "END"),
    ("August 31", "DATE", "1950-08-31"),
    (("September 1", 1), "DATE", "1950-09-01"),
    ("that day", "DATE", "1950-09-01"),
    (("September 1", 2), "DATE", "1950-09-01"),
    ("January 16, 1956", "DATE", "1956-01-16"),
    ("1954", "DATE", "1954"),
    ("June 2021", "DATE", "2021-06"),
    ("June 21, 1951", "DATE", "1951-06-21"),
]
topics = {
    "security_defence": [("forces", 1), "combat", "security", "defense", "Korean War Armistice"],
    "human_rights": ["democracy"],
}
commitments = [
    # "are honored to announce that ... has been accounted for" announces a fact; "take this joint
    # statement as an opportunity to reaffirm our respect and gratitude" is a stance.
    dict(type="intend", status="planned", actors=BOTH, trigger="will continue",
         action=d.rng("making every effort", "Army Corporal Story")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
