import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2021-03-12-quad-leaders-joint-statement-the-spirit-of-the-quad")
# No "We, ..." apposition; the first sentence names the parties ("quadrilateral cooperation between
# Australia, India, Japan, and the United States"), so "we", "our nations", "the Quad" -> the four.
WE = ["AU", "IN", "JP", "US"]
actors = [
    dict(id="AU", type="country", name="Australia", mentions=["Australia"]),
    dict(id="IN", type="country", name="India", mentions=["India"]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan", "Japanese"]),
    dict(id="US", type="country", name="United States", mentions=["United States"]),
    dict(id="asean", type="bloc", name="Association of Southeast Asian Nations", mentions=[d.all("ASEAN")]),
    dict(id="who", type="organization", name="World Health Organization",
         mentions=[d.all("World Health Organization")]),
    dict(id="un-security-council", type="organization", name="United Nations Security Council",
         mentions=["United Nations Security Council"]),
    dict(id="KP", type="country", name="North Korea", mentions=["North Korea"]),
    dict(id="MM", type="country", name="Myanmar", mentions=["Myanmar"]),
]
dates = [
    ("2004", "DATE", "2004"),
    (("Today", 1), "DATE", "2021-03-12"),
    ("March 12, 2021", "DATE", "2021-03-12"),
    (("Today", 2), "DATE", "2021-03-12"),
    ("once a year", "SET", "P1Y"),
    ("the end of 2021", "DATE", "2021", "END"),
]
sec = d.all("security")
topics = {
    "human_rights": [d.all("democratic values"), "rule of law", "democracy", d.all("democratic resilience")],
    "health": [d.all("COVID-19"), d.all("health"), d.all("vaccine"), "pandemic", "COVAX"],
    "climate": [d.all("climate"), "Paris-aligned temperature limit", "mitigation", "adaptation"],
    "security_defence": [sec[0], sec[1], "counterterrorism", "maritime security", "denuclearization"],
    "cybersecurity": ["cyber space"],
    "infrastructure": ["quality infrastructure investment"],
    "disasters": ["tsunami", "disaster-relief"],
    "finance": ["financing", "finance"],
    "standards": ["standards"],
}
commitments = [
    # Purpose infinitive after a meeting verb belongs to its action (8a): one meet.
    dict(type="meet", status="done", actors=WE, trigger="have convened",
         action=d.rng("reaffirm our commitment", "the United States")),
    dict(type="pledge", status="planned", actors=WE, trigger=("pledge", 1),
         action=d.rng("strengthen our cooperation", "of our time"), dates=["2021-03-12"]),
    dict(type="pledge", status="planned", actors=WE, trigger=("commit", 1),
         action=d.rng("promoting a free, open", "Indo-Pacific and beyond")),
    dict(type="pledge", status="planned", actors=WE, trigger=("commit", 2),
         action="work together and with a range of partners"),
    dict(type="pledge", status="planned", actors=WE, trigger=("reaffirm", 2),
         action=d.rng("our strong support for ASEAN", "Outlook on the Indo-Pacific")),
    # "the Quad ... it seeks to" -> the member countries (8a group members).
    dict(type="intend", status="planned", actors=WE, trigger="seeks",
         action=d.rng("uphold peace and prosperity", "universal values")),
    dict(type="pledge", status="planned", actors=WE, trigger=("pledge", 2),
         action=d.rng("respond to the economic", "maritime domains"), dates=["2021-03-12"]),
    dict(type="intend", status="planned", actors=WE, trigger="will join forces",
         action=d.rng("expand safe, affordable", "benefit global health")),
    dict(type="cooperate", status="planned", actors=WE, trigger="will, therefore, collaborate",
         action=d.rng("strengthen equitable vaccine access", "and COVAX")),
    dict(type="intend", status="planned", actors=WE, trigger="will work",
         action=d.rng("strengthen the climate actions", "within reach")),
    dict(type="launch", status="planned", actors=WE, trigger="will begin",
         action=d.rng("cooperation on the critical technologies", "resilient Indo-Pacific")),
    dict(type="intend", status="planned", actors=WE, trigger=("will continue", 1),
         action=d.rng("prioritize the role of international", "Sea (UNCLOS)")),
    dict(type="intend", status="planned", actors=WE, trigger="facilitate",
         action=d.rng("collaboration, including in maritime", "East and South China Seas")),
    dict(type="pledge", status="planned", actors=WE, trigger=("reaffirm our commitment", 2),
         action=d.rng("the complete denuclearization", "Security Council resolutions")),
    dict(type="pledge", status="planned", actors=WE, trigger="will redouble our commitment",
         action="Quad engagement"),
    dict(type="intend", status="planned", actors=WE, trigger="will combine",
         action=d.rng("our nations’ medical", "development capabilities")),
    dict(type="launch", status="planned", actors=WE, trigger=("establish", 1),
         action=d.rng("a vaccine expert working group", "effective vaccine distribution")),
    dict(type="launch", status="planned", actors=WE, trigger="will launch",
         action=d.rng("a critical- and emerging-technology", "technologies of the future")),
    dict(type="launch", status="planned", actors=WE, trigger="will establish",
         action=d.rng("a climate working group", "and climate finance")),
    # Unnamed experts, officials and Foreign Ministers resolve to their countries (corpus 8).
    dict(type="intend", status="planned", actors=WE, trigger=("will continue", 2),
         action="meet regularly", dates=["P1Y"]),
    dict(type="meet", status="planned", actors=WE, trigger="will converse often and meet",
         action="at least once a year", dates=["P1Y"]),
    dict(type="meet", status="planned", actors=WE, trigger="will hold",
         action="an in-person summit by the end of 2021", dates=["2021"]),
    dict(type="pledge", status="planned", actors=WE, trigger="are committed",
         action=d.rng("leveraging our partnership", "Indo-Pacific we all seek")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
