META = {"id": "eu-india-ttc-2026", "published": "2026-02-10",
        "title": "EU and India hold second Trade and Technology Council", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2026-02-10", "meta"
TEXT = """EU and India deepen tech and trade ties
Today the European Union and India held the second meeting of the EU-India Trade and Technology Council (TTC) in New Delhi. The meeting was co-chaired by Maroš Šefčovič, Commissioner for Trade and Economic Security, and Henna Virkkunen, Executive Vice-President for Tech Sovereignty, Security and Democracy, together with Piyush Goyal, Minister of Commerce and Industry, and Ashwini Vaishnaw, Minister of Electronics and Information Technology.
The EU and India agreed to deepen cooperation on trusted supply chains for semiconductors and batteries, and to align their approaches to export controls where possible. They also discussed the security of undersea cables linking Europe and South Asia.
The Council reached the following outcomes:
- Semiconductors: The EU and India will launch a joint programme on chip design skills by the end of 2027, with the first cohort of engineers starting in 2026.
- Digital identity: Both sides are working towards the interoperability of the European Digital Identity Wallet with India's digital identity systems.
- Clean energy: The partners launched a joint research call on green hydrogen and offshore wind, worth EUR 40 million over three years.
- Trade: The EU and India reaffirmed their commitment to concluding a balanced and ambitious free trade agreement.
- Standards: The EU and India will not introduce diverging technical requirements for electric vehicle charging. They will exchange information on standards through a new expert group.
Next steps
The third meeting of the TTC will take place in Brussels in 2027.
Background
The EU-India Trade and Technology Council was launched in 2022 by President Ursula von der Leyen and Prime Minister Narendra Modi. It is the second such council for the EU, after the one with the United States.
"""
ACTORS = [
    dict(id="EU", type="bloc", name="European Union",
         mentions=["EU@*", "European Union"]),
    dict(id="IN", type="country", name="India", mentions=["India@*"]),
    dict(id="maros-sefcovic", type="person", name="Maroš Šefčovič",
         role="Commissioner for Trade and Economic Security", affiliation="EU",
         mentions=["Maroš Šefčovič"]),
    dict(id="henna-virkkunen", type="person", name="Henna Virkkunen",
         role="Executive Vice-President for Tech Sovereignty, Security and Democracy",
         affiliation="EU", mentions=["Henna Virkkunen"]),
    dict(id="piyush-goyal", type="person", name="Piyush Goyal",
         role="Minister of Commerce and Industry", affiliation="IN", mentions=["Piyush Goyal"]),
    dict(id="ashwini-vaishnaw", type="person", name="Ashwini Vaishnaw",
         role="Minister of Electronics and Information Technology", affiliation="IN",
         mentions=["Ashwini Vaishnaw"]),
    dict(id="ursula-von-der-leyen", type="person", name="Ursula von der Leyen",
         role="President", affiliation="EU", mentions=["Ursula von der Leyen"]),
    dict(id="narendra-modi", type="person", name="Narendra Modi",
         role="Prime Minister", affiliation="IN", mentions=["Narendra Modi"]),
    dict(id="US", type="country", name="United States", mentions=["United States"]),
]
DATES = [
    ("Today", "DATE", "2026-02-10"),
    ("the end of 2027", "DATE", "2027", "END"),
    ("starting in [[2026]]", "DATE", "2026"),
    ("three years", "DURATION", "P3Y"),
    ("Brussels in [[2027]]", "DATE", "2027"),
    ("2022", "DATE", "2022"),
]
TOPICS = {
    "economic_security": ["supply chains", "export controls"],
    "semiconductors": ["semiconductors", "Semiconductors", "chip"],
    "energy": ["batteries", "Clean energy", "green hydrogen", "offshore wind"],
    "connectivity": ["undersea cables"],
    "education": ["skills"],
    "digital_identity": ["Digital identity", "European Digital Identity Wallet", "India's [[digital identity]] systems"],
    "research": ["joint research call"],
    "trade": ["[[Trade]]: The", "free trade agreement", "and [[trade]] ties"],
    "standards": ["Standards", "standards"],
    "transport": ["electric vehicle"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["EU", "IN"], trigger="India [[held]] the",
         action="...New Delhi"),
    dict(type="agree", status="planned", actors=["EU", "IN"], trigger="India [[agreed]] to deepen",
         action="...where possible"),
    dict(type="cooperate", status="done", actors=["EU", "IN"], trigger="They also [[discussed]]",
         action="...South Asia"),
    dict(type="launch", status="planned", actors=["EU", "IN"], trigger="will launch",
         action="...starting in 2026"),
    dict(type="intend", status="ongoing", actors=["EU", "IN"], trigger="are working",
         action="...digital identity systems"),
    dict(type="launch", status="done", actors=["EU", "IN"], trigger="partners [[launched]] a",
         action="...over three years"),
    dict(type="pledge", status="planned", actors=["EU", "IN"], trigger="reaffirmed their commitment",
         action="...free trade agreement"),
    dict(type="intend", status="planned", actors=["EU", "IN"], trigger="will not introduce",
         action="...vehicle charging", negated=True),
    dict(type="cooperate", status="planned", actors=["EU", "IN"], trigger="will exchange",
         action="...new expert group"),
    dict(type="schedule", status="planned", actors=["EU", "IN"], trigger="will take place",
         action="The third meeting of the TTC"),
]
