META = {"id": "eu-japan-digital-identity-2023", "published": "2023-07-03",
        "title": "EU and Japan advance digital identity cooperation", "language": "en",
        "format": "markdown"}
PUBLISHED, PUBLISHED_SOURCE = "2023-07-03", "meta"
EXT = "md"
TEXT = r"""# EU and Japan advance digital identity cooperation

**Tokyo, 3 July 2023** – Kōno Tarō, Japan’s Minister for Digital Transformation, and Thierry Breton, Commissioner for Internal Market, held talks in Tokyo today on the EU-Japan Digital Partnership.  
Follow the discussion online at \#EUJapanDigital.

## Key outcomes

- **Digital identity:** The EU and Japan will explore the mutual recognition of digital identity wallets and trust services.
- **Semiconductors:** Both sides agreed to set up an early warning mechanism for disruptions in chip supply chains.
- **Data:** The partners launched talks on a data flows arrangement, aiming to conclude them by the end of 2023.
- **AI:** Japan and the EU may consider joint guidance on generative AI under the Hiroshima AI Process.

## Next steps

The next Digital Partnership Council will be held in Brussels in 2024.

**About the Digital Agency**

Japan’s Digital Agency was established in 2021 to lead the digital transformation of government. Minister Kōno also oversees the **My Number** card programme.

\###
"""
ACTORS = [
    dict(id="EU", type="bloc", name="European Union", mentions=["EU@*"]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan@*"]),
    dict(id="kono-taro", type="person", name="Kōno Tarō", role="Minister for Digital Transformation",
         affiliation="JP", mentions=["Kōno Tarō", "Minister [[Kōno]] also"]),
    dict(id="thierry-breton", type="person", name="Thierry Breton", role="Commissioner for Internal Market",
         affiliation="EU", mentions=["Thierry Breton"]),
    dict(id="digital-agency", type="organization", name="Digital Agency", mentions=["Digital Agency@*"]),
]
DATES = [
    ("3 July 2023", "DATE", "2023-07-03"),
    ("today", "DATE", "2023-07-03"),
    ("the end of 2023", "DATE", "2023", "END"),
    ("2024", "DATE", "2024"),
    ("2021", "DATE", "2021"),
]
TOPICS = {
    "digital_identity": ["Digital identity", "digital identity@*", "My Number"],
    "trust_services": ["trust services"],
    "semiconductors": ["Semiconductors", "chip"],
    "economic_security": ["early warning mechanism", "supply chains"],
    "data": ["[[Data]]:**", "data flows"],
    "ai": ["**[[AI]]:**", "generative [[AI]]", "Hiroshima [[AI]] Process"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["kono-taro", "thierry-breton"], trigger="[[held]] talks",
         action="...Digital Partnership"),
    dict(type="intend", status="planned", actors=["EU", "JP"], trigger="will explore", action="...trust services"),
    dict(type="agree", status="planned", actors=["EU", "JP"], trigger="sides [[agreed]]", action="...supply chains"),
    dict(type="launch", status="done", actors=["EU", "JP"], trigger="partners [[launched]]", action="...arrangement"),
    dict(type="intend", status="planned", actors=["JP", "EU"], trigger="may consider",
         action="...Hiroshima AI Process", hedged=True),
    dict(type="schedule", status="planned", actors=["EU", "JP"], trigger="will be held",
         action="The next Digital Partnership Council"),
]
