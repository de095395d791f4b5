import textwrap
META = {"id": "asean-japan-digital-ministers-2025", "published": "2025-01-17",
        "title": "Joint Media Statement of the Fifth ASEAN-Japan Digital Ministers’ Meeting",
        "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-01-17", "meta"
WRAPPED = True
_PARAS = [
    "ASEAN-Japan Digital Ministers’ Meeting",
    "ASEAN Digital Ministers and the Minister for Internal Affairs and Communications of Japan, Murakami Seiichirō, held the Fifth ASEAN-Japan Digital Ministers’ Meeting in Hanoi, Viet Nam, on 16 January 2025. The meeting was chaired by Nguyễn Mạnh Hùng, Minister of Information and Communications of Viet Nam.",
    "ASEAN and Japan adopted a new ASEAN-Japan Digital Work Plan, which covers cybersecurity, data flows and digital skills. The Ministers agreed to cooperate on the responsible use of artificial intelligence and could explore a joint AI safety testing exercise in 2026.",
    "Japan will provide training for 1,000 ASEAN cybersecurity professionals through a capacity building centre in Bangkok by the end of 2026. The Japanese side also presented its plans for trusted submarine cables connecting ASEAN Member States.",
    "The Sixth ASEAN-Japan Digital Ministers’ Meeting will be held in the Philippines in 2026.",
]
TEXT = "\n\n".join(textwrap.fill(p, 72) for p in _PARAS) + "\n"
ACTORS = [
    dict(id="asean", type="bloc", name="Association of Southeast Asian Nations", mentions=["ASEAN@*"]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan@*", "Japanese"]),
    dict(id="murakami-seiichiro", type="person", name="Murakami Seiichirō",
         role="Minister for Internal Affairs and Communications", affiliation="JP",
         mentions=["Murakami Seiichirō"]),
    dict(id="VN", type="country", name="Viet Nam", mentions=["Viet Nam@*"]),
    dict(id="nguyen-manh-hung", type="person", name="Nguyễn Mạnh Hùng",
         role="Minister of Information and Communications", affiliation="VN",
         mentions=["Nguyễn Mạnh Hùng"]),
    dict(id="PH", type="country", name="Philippines", mentions=["Philippines"]),
]
DATES = [
    ("16 January 2025", "DATE", "2025-01-16"),
    ("exercise in [[2026]]", "DATE", "2026"),
    ("the end of 2026", "DATE", "2026", "END"),
    ("Philippines in [[2026]]", "DATE", "2026"),
]
TOPICS = {
    "cybersecurity": ["cybersecurity@*"],
    "data": ["data flows"],
    "education": ["digital skills", "training"],
    "ai": ["artificial intelligence", "AI"],
    "connectivity": ["submarine cables"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["asean", "murakami-seiichiro"], trigger="Seiichirō, [[held]]",
         action="...16 January 2025"),
    dict(type="sign", status="done", actors=["asean", "JP"], trigger="Japan [[adopted]]",
         action="...Digital Work Plan"),
    dict(type="agree", status="planned", actors=["asean", "JP"], trigger="Ministers [[agreed]]",
         action="...artificial intelligence"),
    dict(type="intend", status="planned", actors=["asean", "JP"], trigger="could explore",
         action="...in 2026", hedged=True),
    dict(type="intend", status="planned", actors=["JP"], trigger="will provide", action="...end of 2026"),
    dict(type="schedule", status="planned", actors=["asean", "JP"], trigger="will be held",
         action="The Sixth ASEAN-Japan Digital Ministers’ Meeting"),
]
