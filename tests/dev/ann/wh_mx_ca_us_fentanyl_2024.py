import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _whdev import Doc, build, write, show

d = Doc("wh-2024-02-08-joint-statement-from-mexico-canada-and-the-united-states-reaffirming-our-shared-commitment-to-addre")
# The statement text opens "The United States, Mexico, and Canada commit ..."; "we"/"our governments"
# resolve to those three countries (also the parties of the title).
WE = ["US", "MX", "CA"]
HOSTS = ["rosa-icela-rodriguez", "elizabeth-sherwood-randall", "nathalie-g-drouin"]
LEADERS = ["joe-biden", "andres-manuel-lopez-obrador", "justin-trudeau"]


def P(pid, name, role, aff, *ms):
    return dict(id=pid, type="person", name=name, role=role, affiliation=aff, mentions=list(ms) or [name])


actors = [
    dict(id="US", type="country", name="United States", mentions=[d.all("United States"), ("U.S.", 1)]),
    dict(id="MX", type="country", name="Mexico", mentions=[d.all("Mexico"), d.all("Mexican")]),
    dict(id="CA", type="country", name="Canada", mentions=[d.all("Canada", skip=(6, 7)), "Canadian"]),
    # Mexico
    P("rosa-icela-rodriguez", "Rosa Icela Rodriguez", "Secretary of Security and Citizen Protection", "MX",
      d.all("Rosa Icela Rodriguez")),
    P("andres-manuel-lopez-obrador", "Andrés Manuel López Obrador", "President", "MX"),
    P("alicia-barcena-ibarra", "Alicia Bárcena Ibarra", "Secretary of Foreign Affairs", "MX"),
    P("alejandro-gertz-manero", "Alejandro Gertz Manero", "Attorney General of the Republic", "MX"),
    P("luisa-maria-alcalde", "Luisa María Alcalde", "Secretary of the Interior", "MX"),
    P("luis-cresencio-sandoval", "Luis Cresencio Sandoval", "Secretary of National Defense", "MX"),
    P("jose-rafael-ojeda", "José Rafael Ojeda", "Secretary of the Navy", "MX"),
    P("jorge-alcocer", "Jorge Alcocer", "Secretary of Health", "MX"),
    P("arturo-medina", "Arturo Medina", "Undersecretary of Human Rights, Population and Migration", "MX"),
    P("alejandro-svarch", "Alejandro Svarch", "Federal Commissioner for Protection against Sanitary Risks", "MX"),
    P("roberto-velasco", "Roberto Velasco", "Head of Unit for North America", "MX"),
    P("esteban-moctezuma", "Esteban Moctezuma", "Ambassador to the United States", "MX"),
    P("carlos-joaquin-gonzalez", "Carlos Joaquin González", "Ambassador to Canada", "MX"),
    # United States
    P("elizabeth-sherwood-randall", "Elizabeth Sherwood-Randall", "White House Homeland Security Advisor", "US",
      d.all("Elizabeth Sherwood-Randall")),
    P("joe-biden", "Joe Biden", "President", "US"),
    P("richard-verma", "Richard Verma", "Deputy Secretary of State for Management and Resources", "US"),
    P("lisa-monaco", "Lisa Monaco", "Deputy Attorney General", "US"),
    P("kristie-canegallo", "Kristie Canegallo", "Acting Deputy Secretary of Homeland Security", "US"),
    P("adam-cohen", "Adam Cohen", "Deputy Director of the Office of National Drug Control Policy", "US"),
    P("ken-salazar", "Ken Salazar", "Ambassador to Mexico", "US"),
    P("david-cohen", "David Cohen", "Ambassador to Canada", "US"),
    P("tiffany-eppelheimer", "Tiffany Eppelheimer",
      "National Security Council Senior Director for Counterterrorism and Transnational Crime", "US"),
    # Canada
    P("nathalie-g-drouin", "Nathalie G. Drouin",
      "Deputy Clerk and National Security and Intelligence Advisor to the Prime Minister", "CA",
      "Nathalie G. Drouin", "Nathalie Drouin"),
    P("justin-trudeau", "Justin Trudeau", "Prime Minister", "CA"),
    P("tricia-geddes", "Tricia Geddes", "Associate Deputy Minister", "CA"),
    P("eric-costen", "Eric Costen", "Associate Deputy Minister", "CA"),
    P("graeme-c-clark", "Graeme C. Clark", "Ambassador", "CA"),
    P("shauna-hemingway", "Shauna Hemingway", "Deputy Head of Mission", "CA"),
    P("marie-claude-filion", "Marie-Claude Filion",
      "Chief of Staff to the Deputy Clerk and National Security and Intelligence Advisor to the Prime Minister", "CA"),
    P("peter-mckernan", "Peter McKernan", "Political Counsellor", "CA"),
    P("daniel-hallman", "Daniel Hallman", "Counsellor", "CA"),
    # Organizations ("U.S. Customs and Border Protection" is the agency's official name: no US mention;
    # "U.S. Department of Justice" gives a US mention and the department, as dev note 26).
    dict(id="department-of-justice", type="organization", name="Department of Justice", mentions=["Department of Justice"]),
    dict(id="atf", type="organization", name="Bureau of Alcohol, Tobacco, Firearms and Explosives",
         mentions=["Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF"]),
    dict(id="cbp", type="organization", name="U.S. Customs and Border Protection",
         mentions=["U.S. Customs and Border Protection"]),
    dict(id="national-security-council", type="organization", name="National Security Council",
         mentions=["National Security Council"]),
    dict(id="public-safety-canada", type="organization", name="Public Safety Canada", mentions=["Public Safety Canada"]),
    dict(id="health-canada", type="organization", name="Health Canada", mentions=["Health Canada"]),
]
dates = [
    ("February 7, 2024", "DATE", "2024-02-07"),
    ("January 2023", "DATE", "2023-01"),
]
topics = {
    "health": ["public health", ("health", 2), "substance use disorders"],
    "security_defence": ["security"],
}
commitments = [
    dict(type="meet", status="done", actors=HOSTS, trigger="hosted",
         action=d.rng("the United States’ White House", "North America"), dates=["2024-02-07"]),
    dict(type="launch", status="done", actors=LEADERS, trigger="established",
         action=d.rng("the Trilateral Fentanyl Committee in January", "North America"), dates=["2023-01"]),
    dict(type="pledge", status="planned", actors=WE, trigger=("commit", 1),
         action=d.rng("increasing collaboration", "synthetic drugs")),
    dict(type="intend", status="ongoing", actors=WE, trigger="are also working",
         action=d.rng("strengthen diplomatic efforts", "Drug Threats")),
    dict(type="pledge", status="planned", actors=WE, trigger="are committed",
         action=d.rng("developing and implementing", "analysis protocol")),
    dict(type="intend", status="planned", actors=WE, trigger="plan",
         action=d.rng("convene a forum", "use disorders")),
    # "have expanded the scope of the Trilateral Fentanyl Committee": expanded cooperation (cooperate, done).
    dict(type="cooperate", status="done", actors=WE, trigger="have expanded",
         action=d.rng("the scope of the Trilateral", "Drug Dialogue")),
    dict(type="pledge", status="planned", actors=WE, trigger=("commit", 2),
         action=d.rng("developing a trilateral report", "all three countries")),
    dict(type="pledge", status="planned", actors=WE, trigger=("commit", 3),
         action=d.rng("increase our use", "across our borders")),
    # "the United States invited Mexico to embed personnel ...": an invitation to another party, not an
    # undertaking of the United States (as appeals).
    dict(type="intend", status="planned", actors=WE, trigger="will work aggressively",
         action=d.rng("stem the flow", "those in recovery")),
]
g = build(d, actors, dates, topics, commitments)
write(d, g)
if "--show" in sys.argv:
    show(g)
