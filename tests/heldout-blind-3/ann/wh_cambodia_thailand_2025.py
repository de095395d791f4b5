import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2025-10-26-joint-declaration-by-the-prime-minister-of-the-kingdom-of-cambodia-and-the-prime-minister-of-the-ki")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
WE = ["hun-manet", "anutin-charnvirakul"]
DAY = "2025-10-26"
actors = [
    dict(id="hun-manet", type="person", name="Hun Manet", role="Prime Minister", affiliation="KH",
         mentions=["Hun Manet"]),
    dict(id="anutin-charnvirakul", type="person", name="Anutin Charnvirakul", role="Prime Minister", affiliation="TH",
         mentions=["Anutin Charnvirakul"]),
    dict(id="donald-j-trump", type="person", name="Donald J. Trump", role="President", affiliation="US",
         mentions=[d.all("Donald J. Trump")]),
    dict(id="anwar-ibrahim", type="person", name="Anwar Ibrahim", role="Prime Minister", affiliation="MY",
         mentions=[d.all("Anwar Ibrahim")]),
    dict(id="KH", type="country", name="Cambodia", mentions=[d.all("Cambodia")]),
    dict(id="TH", type="country", name="Thailand", mentions=[d.all("Thailand")]),
    dict(id="US", type="country", name="United States", mentions=[d.all("United States of America")]),
    dict(id="MY", type="country", name="Malaysia", mentions=[d.all("Malaysia")]),
    dict(id="asean", type="bloc", name="ASEAN", mentions=[d.all("ASEAN Member States"), "ASEAN Charter"]),
    dict(id="aot", type="organization", name="ASEAN Observer Team", mentions=["ASEAN Observer Team", d.all("AOT")]),
    dict(id="interim-observer-team", type="organization", name="Interim Observer Team", mentions=["Interim Observer Team"]),
    dict(id="un", type="organization", name="United Nations", mentions=["United Nations"]),
]
# mentions of ASEAN are only the name part
asean = []
for sp in d.all("ASEAN Member States") + d.all("ASEAN Charter"):
    asean.append({"start": sp["start"], "end": sp["start"] + 5, "text": d.text[sp["start"]:sp["start"] + 5]})
actors[8]["mentions"] = [asean]
un = d.span("United Nations")
dates = [
    (("October 26, 2025", 1), "DATE", DAY),
    ("July 28, 2025", "DATE", "2025-07-28"),
    (("October 26, 2025", 2), "DATE", DAY),
]
topics = {
    "security_defence": [d.all("security"), "military de-escalation", "weapons", "military installations",
                         d.all("ceasefire"), "hostilities", "prisoners of war", "de-mining", "border controls"],
    "human_rights": [d.all("international law"), "international laws"],
    "data": ["information sharing"],
    "development": ["socio-economic development"],
    "online_platforms": ["platforms"],
}
commitments = [
    dict(type="meet", status="done", actors=WE, trigger="having met",
         action=d.rng("Kuala Lumpur, Malaysia, on", "2025"), dates=[DAY]),
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm the unwavering commitment",
         action="peace and security between our two countries", dates=["2025-07-28"]),
    dict(type="pledge", status="planned", actors=WE, trigger="reiterate our firm commitment",
         action=d.rng("refrain from the threat", "our respective nations"), dates=["2025-07-28"]),
    dict(type="pledge", status="planned", actors=WE, trigger=("reaffirm our firm commitment", 1),
         action=d.rng("upholding and implementing", "General Border Committee meetings")),
    dict(type="sign", status="done", actors=WE, trigger=("signed", 1, "We signed"),
         action="the Terms of Reference (TOR) on the establishment of the ASEAN Observer Team (AOT)"),
    dict(type="pledge", status="planned", actors=WE, trigger="committed",
         action=d.rng("de-escalating tensions", "Kingdom of Thailand")),
    dict(type="agree", status="planned", actors=WE, trigger=("agree", 1, "To achieve and reinforce"),
         action=d.rng("the following steps", "in the border areas")),
    dict(type="agree", status="planned", actors=WE, trigger=("Implement", 1),
         action=d.rng("military de-escalation", "normal military installations")),
    dict(type="intend", status="planned", actors=WE, trigger="will designate",
         action=d.rng("their respective teams", "pursuant to the TOR")),
    dict(type="agree", status="planned", actors=WE, trigger=("Refrain", 1),
         action=d.rng("disseminating or promoting", "to peaceful dialogue")),
    dict(type="agree", status="planned", actors=WE, trigger=("Agree", 1),
         action=d.rng("the full and immediate implementation", "between the two countries")),
    dict(type="agree", status="planned", actors=WE, trigger="Coordinate and implement",
         action=d.rng("humanitarian de-mining", "socio-economic development")),
    dict(type="pledge", status="planned", actors=WE, trigger="Reaffirm our commitment",
         action=d.rng("the settlement of border dispute", "peaceful means and international law")),
    dict(type="intend", status="planned", actors=WE, trigger="will recognize",
         action="the cessation of active hostilities"),
    dict(type="pledge", status="planned", actors=["TH"], trigger="undertakes",
         action="promptly release the prisoners of war"),
    dict(type="agree", status="planned", actors=WE, trigger=("agree", 1, "We agree to enhance"),
         action=d.rng("enhance cooperation", "wider international community")),
    dict(type="pledge", status="planned", actors=WE, trigger="reaffirm the commitment",
         action=d.rng("peacefully resolve disputes", "treaties and agreements")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
