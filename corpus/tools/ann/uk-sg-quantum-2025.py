META = {"id": "uk-sg-quantum-2025", "published": "2025-06-24",
        "title": "UK and Singapore sign quantum research partnership", "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-06-24", "meta"
TEXT = """UK and Singapore sign quantum research partnership

The United Kingdom and Singapore today signed a Memorandum of Understanding on quantum technologies, opening new funding for joint research between universities in both countries. Under the agreement, UK Research and Innovation and Singapore’s National Research Foundation will each contribute GBP 10 million over four years.

“Quantum computing will transform how we discover medicines and manage energy grids,” said Daniel Whitcombe, the UK’s Minister for Science, Research and Innovation. “By working with Singapore, we’re putting British researchers at the front of the field.”

“Singapore and the UK share a long tradition of scientific cooperation,” said Priya Raman, Singapore’s Minister for Digital Development and Information. “We will open the first joint call for proposals in September.”

The first projects are expected to start in early 2026.

Notes to editors

- The Memorandum of Understanding builds on the UK-Singapore Science and Technology Partnership, launched in 2023.
- Singapore’s National Quantum Strategy was announced in May 2024.

About UK Research and Innovation

UK Research and Innovation is the UK’s largest public funder of research and innovation. It will publish the call documents on its website.
"""
ACTORS = [
    dict(id="GB", type="country", name="United Kingdom",
         mentions=["[[UK]] and Singapore sign", "United Kingdom", "the [[UK]]’s Minister", "and the [[UK]] share", "[[UK]]-Singapore", "the [[UK]]’s largest", "British"]),
    dict(id="SG", type="country", name="Singapore", mentions=["Singapore@*"]),
    dict(id="ukri", type="organization", name="UK Research and Innovation",
         mentions=["UK Research and Innovation@*"]),
    dict(id="national-research-foundation", type="organization", name="National Research Foundation",
         mentions=["National Research Foundation"]),
    dict(id="daniel-whitcombe", type="person", name="Daniel Whitcombe",
         role="Minister for Science, Research and Innovation", affiliation="GB", mentions=["Daniel Whitcombe"]),
    dict(id="priya-raman", type="person", name="Priya Raman",
         role="Minister for Digital Development and Information", affiliation="SG", mentions=["Priya Raman"]),
]
DATES = [
    ("today", "DATE", "2025-06-24"),
    ("four years", "DURATION", "P4Y"),
    ("September", "DATE", "2025-09"),
    ("early 2026", "DATE", "2026", "START"),
    ("2023", "DATE", "2023"),
    ("May 2024", "DATE", "2024-05"),
]
TOPICS = {
    "quantum": ["quantum@1", "quantum technologies", "Quantum computing", "National Quantum Strategy"],
    "research": ["[[research]] partnership", "joint research", "funder of [[research and innovation]]"],
    "health": ["medicines"],
    "energy": ["energy grids"],
}
COMMITMENTS = [
    dict(type="sign", status="done", actors=["GB", "SG"], trigger="today [[signed]]",
         action="...quantum technologies"),
    dict(type="intend", status="planned", actors=["ukri", "national-research-foundation"],
         trigger="will each contribute", action="...four years"),
    dict(type="launch", status="planned", actors=["GB", "SG"], trigger="We [[will open]]",
         action="...in September"),
]
