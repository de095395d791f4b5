META = {"id": "un-au-meeting-readout-2025", "published": "2025-02-16",
        "title": "Readout of the Secretary-General’s meeting with the Chairperson of the African Union Commission",
        "language": "en"}
PUBLISHED, PUBLISHED_SOURCE = "2025-02-16", "meta"
TEXT = """Secretary-General’s meeting with African Union Commission Chairperson

The Secretary-General, António Guterres, met with Mahmoud Ali Youssouf, the newly elected Chairperson of the African Union Commission, in Addis Ababa today, on the margins of the African Union Summit.

They discussed peace and security in the Sudan, the eastern Democratic Republic of the Congo and the Sahel. The Secretary-General and the Chairperson agreed to hold the next UN-AU conference in New York in October. They also reaffirmed their commitment to reforming the international financial architecture so that it serves African countries better.
"""
ACTORS = [
    dict(id="antonio-guterres", type="person", name="António Guterres", role="Secretary-General",
         affiliation="un", mentions=["António Guterres"]),
    dict(id="mahmoud-ali-youssouf", type="person", name="Mahmoud Ali Youssouf",
         role="Chairperson of the African Union Commission", affiliation="african-union",
         mentions=["Mahmoud Ali Youssouf"]),
    dict(id="african-union-commission", type="organization", name="African Union Commission",
         mentions=["African Union Commission@*"]),
    dict(id="african-union", type="bloc", name="African Union", mentions=["the [[African Union]] Summit", "AU"]),
    dict(id="SD", type="country", name="Sudan", mentions=["Sudan"]),
    dict(id="CD", type="country", name="Democratic Republic of the Congo", mentions=["Democratic Republic of the Congo"]),
    dict(id="un", type="organization", name="United Nations", mentions=["UN"]),
]
DATES = [
    ("today", "DATE", "2025-02-16"),
    ("October", "DATE", "2025-10"),
]
TOPICS = {
    "security_defence": ["peace and security"],
    "finance": ["international financial architecture"],
}
P = ["antonio-guterres", "mahmoud-ali-youssouf"]
COMMITMENTS = [
    dict(type="meet", status="done", actors=P, trigger="Guterres, [[met]] with", action="...African Union Summit"),
    dict(type="cooperate", status="done", actors=P, trigger="They [[discussed]]", action="...the Sahel"),
    dict(type="agree", status="planned", actors=P, trigger="Chairperson [[agreed]]", action="...in October"),
    dict(type="pledge", status="planned", actors=P, trigger="reaffirmed their commitment",
         action="...African countries better"),
]
