META = {"id": "g7-leaders-supply-chains-2026", "published": "2026-06-05",
        "title": "G7 Leaders’ Statement on Resilient Supply Chains", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2026-06-05", "meta"
TEXT = """G7 Leaders’ Statement on Resilient Supply Chains

1. We, the Leaders of the G7, met in Évian-les-Bains from 3 to 5 June to address the challenges facing the global economy.

2. We reaffirm our commitment to an open, fair and rules-based multilateral trading system with the WTO at its core.

3. We will strengthen the resilience of critical mineral supply chains and will aim to diversify sources of supply by 2030.

4. We will not impose new export restrictions on food and fertilisers, and we call on all G20 members to do the same.

5. We launched the G7 Critical Minerals Action Plan and asked the OECD to report on its implementation annually.

6. We may consider a joint facility with the World Bank and the IMF to support investment in mining and processing in developing countries.

7. We will hold our next summit in the United States in 2027.
"""
ACTORS = [
    dict(id="g7", type="organization", name="G7", mentions=["G7@*"]),
    dict(id="wto", type="organization", name="World Trade Organization", mentions=["WTO"]),
    dict(id="g20", type="organization", name="G20", mentions=["G20"]),
    dict(id="oecd", type="organization", name="OECD", mentions=["OECD"]),
    dict(id="world-bank", type="organization", name="World Bank", mentions=["World Bank"]),
    dict(id="imf", type="organization", name="International Monetary Fund", mentions=["IMF"]),
    dict(id="US", type="country", name="United States", mentions=["United States"]),
]
DATES = [
    ("from [[3]] to 5 June", "DATE", "2026-06-03"),
    ("5 June", "DATE", "2026-06-05"),
    ("2030", "DATE", "2030"),
    ("annually", "SET", "P1Y"),
    ("2027", "DATE", "2027"),
]
TOPICS = {
    "economic_security": ["Resilient Supply Chains", "resilience", "supply chains", "export restrictions"],
    "trade": ["multilateral trading system"],
    "materials": ["critical mineral", "G7 Critical Minerals Action Plan"],
    "agriculture": ["food", "fertilisers"],
    "investment": ["investment"],
    "development": ["developing countries"],
}
COMMITMENTS = [
    dict(type="meet", status="done", actors=["g7"], trigger="G7, [[met]] in", action="...global economy"),
    dict(type="pledge", status="planned", actors=["g7"], trigger="reaffirm our commitment", action="...at its core"),
    dict(type="intend", status="planned", actors=["g7"], trigger="will strengthen", action="...supply chains and"[:-4]),
    dict(type="intend", status="planned", actors=["g7"], trigger="will aim", action="...by 2030"),
    dict(type="intend", status="planned", actors=["g7"], trigger="will not impose", action="...and fertilisers", negated=True),
    dict(type="launch", status="done", actors=["g7"], trigger="We [[launched]] the", action="...Action Plan"),
    dict(type="intend", status="planned", actors=["g7"], trigger="may consider", action="...developing countries", hedged=True),
    dict(type="meet", status="planned", actors=["g7"], trigger="will hold", action="...in 2027"),
]
