import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2022-08-30-statement-by-nsc-spokesperson-adrienne-watson-on-national-security-advisor-jake-sullivans-trilatera")
SULLIVAN, AKIBA, KIM = "jake-sullivan", "akiba-takeo", "kim-sung-han"
THREE = [SULLIVAN, AKIBA, KIM]
INDOPACOM = "united-states-indo-pacific-command"
actors = [
    dict(id=SULLIVAN, type="person", name="Jake Sullivan", role="National Security Advisor", affiliation="US",
         mentions=["Jake Sullivan", ("Sullivan", 2)]),
    dict(id=AKIBA, type="person", name="Akiba Takeo", role="Secretary General", affiliation="JP",
         mentions=["Akiba Takeo"]),
    dict(id=KIM, type="person", name="Kim Sung-han", role="Director of the National Security Office",
         affiliation="KR", mentions=["Kim Sung-han"]),
    dict(id="national-security-secretariat", type="organization", name="National Security Secretariat",
         mentions=["National Security Secretariat"]),
    dict(id="JP", type="country", name="Japan", mentions=["Japan"]),
    dict(id="KR", type="country", name="Republic of Korea", mentions=["Republic of Korea", "ROK"]),
    dict(id=INDOPACOM, type="organization", name="United States Indo-Pacific Command",
         mentions=[d.all("United States Indo-Pacific Command")]),
]
dates = [
    ("September 1, 2022", "DATE", "2022-09-01"),
    ("August 31", "DATE", "2022-08-31"),
]
topics = {
    "security_defence": ["defense"],
}
commitments = [
    dict(type="meet", status="planned", actors=THREE, trigger=("will meet", 1),
         action=d.rng("at the Headquarters", "September 1, 2022"), dates=["2022-09-01"]),
    dict(type="meet", status="planned", actors=THREE, trigger="will meet bilaterally",
         action="August 31", dates=["2022-08-31"]),
    dict(type="meet", status="planned", actors=[SULLIVAN, INDOPACOM], trigger="will visit",
         action=d.rng("the United States Indo-Pacific Command to discuss", "open Indo-Pacific")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
