import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2025-10-29-the-united-states-signs-technology-prosperity-deals-with-japan-and-korea")
KRATSIOS, ONODA, BAE = "michael-kratsios", "onoda-kimi", "bae-kyung-hoon"
actors = [
    dict(id="US", type="country", name="United States",
         mentions=[d.all("United States"), d.all("U.S."), d.all("American"), ("US", 1)]),
    dict(id="JP", type="country", name="Japan",
         mentions=[d.all("Japan", skip=(6,)), d.all("Japanese")]),
    dict(id="KR", type="country", name="Republic of Korea",
         mentions=[d.all("Korea", skip=(4, 6, 7)), d.all("Republic of Korea"), d.all("Korean")]),
    dict(id="GB", type="country", name="United Kingdom", mentions=["United Kingdom"]),
    dict(id="trump", type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=[("Trump", 1)]),
    dict(id=KRATSIOS, type="person", name="Michael Kratsios",
         role="Assistant to the President and Director of the White House Office of Science and Technology Policy",
         affiliation="US", mentions=["Michael Kratsios", ("Kratsios", 2), ("Kratsios", 3)]),
    dict(id="white-house-office-of-science-and-technology-policy", type="organization",
         name="White House Office of Science and Technology Policy",
         mentions=["White House Office of Science and Technology Policy"]),
    dict(id=ONODA, type="person", name="Onoda Kimi",
         role="Minister of State for Science and Technology Policy", affiliation="JP",
         mentions=["Onoda Kimi"]),
    dict(id=BAE, type="person", name="Bae Kyung-hoon",
         role="Minister of Science, Information, and Communication Technology", affiliation="KR",
         mentions=["Bae Kyung-hoon"]),
    dict(id="center-for-ai-standards-and-innovation", type="organization",
         name="Center for AI Standards and Innovation",
         mentions=[d.all("Center for AI Standards and Innovation")]),
    dict(id="japan-ai-safety-institute", type="organization", name="Japan AI Safety Institute",
         mentions=["Japan AI Safety Institute"]),
    dict(id="korea-ai-safety-institute", type="organization", name="Korea AI Safety Institute",
         mentions=["Korea AI Safety Institute"]),
    dict(id="melania-trump", type="person", name="Melania Trump", role="First Lady", affiliation="US",
         mentions=["Melania Trump"]),
]
dates = [("September 2025", "DATE", "2025-09")]
topics = {
    "research": [d.all("science and technology"), "research and development", "scientific discovery",
                 d.all("innovation"), d.all("research security")],
    "standards": [d.all("standards"), d.all("metrology")],
    "ai": [("AI", 1), ("AI", 2), ("AI", 5), ("AI", 8)],
    "trade": [d.all("exports")],
    "quantum": ["quantum computing", d.all("quantum technologies")],
    "space": [("space", 1), ("space", 2), "Space", "Artemis program", ("space", 3),
              "space exploration"],
    "telecom": [d.all("6G"), "networks", "telecommunications"],
    "energy": [("fusion energy", 1), "fusion", "Fusion", ("fusion energy", 2), "fusion reactors"],
    "economic_security": [d.all("technology protections"), d.all("supply chains")],
    "health": [d.all("pharmaceutical")],
    "security_defence": ["national security"],
    "online_platforms": ["digital application platforms"],
    "data": ["data hosting"],
    "education": ["education"],
}
commitments = [
    dict(type="sign", status="done", actors=["US"], trigger=("signed", 1),
         action=d.rng("Technology Prosperity Deals (TPD)", "Japan and Korea")),
    dict(type="sign", status="done", actors=[KRATSIOS, ONODA], trigger=("signed", 1, "Prosperity Deal]"),
         action=d.rng("by Director Kratsios and Japanese", "Onoda Kimi")),
    dict(type="sign", status="done", actors=[KRATSIOS, BAE], trigger="was signed",
         action=d.rng("by Director Kratsios and Korean", "science and technology collaboration")),
    dict(type="intend", status="planned", actors=["US"], trigger="will work",
         action=d.rng("with Korean counterparts", "data\n    hosting architectures")),
    dict(type="agree", status="planned", actors=["US", "KR"], trigger="agreed",
         action=d.rng("engage in discussions", "workplace of tomorrow")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=os.path.join(HERE, "..", "whitehouse"))
