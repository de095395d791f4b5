META = {"id": "io-heads-joint-statement-2025", "published": "2025-10-14",
        "title": "Joint Statement by the Heads of the IMF, World Bank Group, OECD and WTO", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-10-14", "meta"
TEXT = """Joint Statement on Trade and Growth

We, the heads of the International Monetary Fund, the World Bank Group, the Organisation for Economic Co-operation and Development and the World Trade Organization, met in Washington today on the margins of the IMF and World Bank Annual Meetings.

We will publish a joint report on trade restrictions and their effect on growth annually. We could explore a common dataset on subsidies to improve transparency in global trade.

The World Bank Group and the WTO will jointly support 20 developing countries over three years to implement the Trade Facilitation Agreement.

- Kristalina Georgieva, Managing Director, IMF
- Ajay Banga, President, World Bank Group
- Mathias Cormann, Secretary-General, OECD
- Ngozi Okonjo-Iweala, Director-General, WTO
"""
ACTORS = [
    dict(id="imf", type="organization", name="International Monetary Fund",
         mentions=["International Monetary Fund", "IMF@*"]),
    dict(id="world-bank", type="organization", name="World Bank Group",
         mentions=["World Bank Group@*", "IMF and [[World Bank]] Annual"]),
    dict(id="oecd", type="organization", name="Organisation for Economic Co-operation and Development",
         mentions=["Organisation for Economic Co-operation and Development", "OECD"]),
    dict(id="wto", type="organization", name="World Trade Organization",
         mentions=["World Trade Organization", "WTO@*"]),
    dict(id="kristalina-georgieva", type="person", name="Kristalina Georgieva", role="Managing Director",
         affiliation="imf", mentions=["Kristalina Georgieva"]),
    dict(id="ajay-banga", type="person", name="Ajay Banga", role="President",
         affiliation="world-bank", mentions=["Ajay Banga"]),
    dict(id="mathias-cormann", type="person", name="Mathias Cormann", role="Secretary-General",
         affiliation="oecd", mentions=["Mathias Cormann"]),
    dict(id="ngozi-okonjo-iweala", type="person", name="Ngozi Okonjo-Iweala", role="Director-General",
         affiliation="wto", mentions=["Ngozi Okonjo-Iweala"]),
]
DATES = [
    ("today", "DATE", "2025-10-14"),
    ("annually", "SET", "P1Y"),
    ("three years", "DURATION", "P3Y"),
]
TOPICS = {
    "trade": ["[[Trade]] and Growth", "trade restrictions", "global trade", "Trade Facilitation Agreement"],
    "development": ["developing countries"],
}
ORGS = ["imf", "world-bank", "oecd", "wto"]
COMMITMENTS = [
    dict(type="meet", status="done", actors=ORGS, trigger="[[met]] in Washington", action="...Annual Meetings"),
    dict(type="intend", status="planned", actors=ORGS, trigger="will publish", action="...growth annually"),
    dict(type="intend", status="planned", actors=ORGS, trigger="could explore", action="...global trade", hedged=True),
    dict(type="intend", status="planned", actors=["world-bank", "wto"], trigger="will jointly support",
         action="...Trade Facilitation Agreement"),
]
