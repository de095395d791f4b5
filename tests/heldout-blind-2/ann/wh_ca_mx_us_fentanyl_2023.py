import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
d = Doc("wh-2023-07-27-joint-statement-from-canada-mexico-and-the-united-states-following-the-second-trilateral-fentanyl-c")
RIR, ESR, JT = "rosa-icela-rodriguez", "elizabeth-sherwood-randall", "jody-thomas"
CHAIRS = [RIR, ESR, JT]
THREE = ["MX", "US", "CA"]


def P(pid, name, role, aff, *ms):
    return dict(id=pid, type="person", name=name, role=role, affiliation=aff,
                mentions=list(ms) if ms else [name])


actors = [
    dict(id="MX", type="country", name="Mexico", mentions=[d.all("Mexico"), "Mexican"]),
    dict(id="US", type="country", name="United States", mentions=[d.all("U.S."), d.all("United States")]),
    dict(id="CA", type="country", name="Canada",
         mentions=[d.all("Canada", skip=(5, 6, 8, 9)), d.all("Canadian")]),
    P(RIR, "Rosa Icela Rodríguez", "Secretary of Security and Citizen Protection", "MX",
      "Rosa Icela Rodriguez", "Rosa Icela Rodríguez"),
    P(ESR, "Elizabeth Sherwood-Randall", "Homeland Security Advisor", "US",
      d.all("Elizabeth Sherwood-Randall")),
    P(JT, "Jody Thomas", "National Security and Intelligence Advisor to the Prime Minister", "CA",
      d.all("Jody Thomas")),
    P("joe-biden", "Joseph R. Biden Jr.", "President", "US", "Joe Biden"),
    P("andres-manuel-lopez-obrador", "Andrés Manuel López Obrador", "President", "MX"),
    P("justin-trudeau", "Justin Trudeau", "Prime Minister", "CA"),
    P("alicia-barcena-ibarra", "Alicia Bárcena Ibarra", "Secretary of Foreign Affairs", "MX"),
    P("luisa-maria-alcalde-lujan", "Luisa María Alcalde Luján", "Secretary of the Interior", "MX"),
    P("luis-cresencio-sandoval-gonzalez", "Luis Cresencio Sandoval González", "Secretary of National Defense", "MX"),
    P("jose-rafael-ojeda-duran", "José Rafael Ojeda Durán", "Secretary of the Navy", "MX"),
    P("jorge-alcocer-varela", "Jorge Alcocer Varela", "Secretary of Health", "MX"),
    P("alejandro-gertz-manero", "Alejandro Gertz Manero", "General Attorney of the Republic", "MX"),
    P("roberto-velasco-alvarez", "Roberto Velasco Álvarez", "Chief Officer for North America", "MX"),
    P("esteban-moctezuma-barragan", "Esteban Moctezuma Barragán", "Ambassador to the United States", "MX"),
    P("carlos-joaquin-gonzalez", "Carlos Joaquín González", "Ambassador to Canada", "MX"),
    P("alejandro-tagle-marroquin", "Alejandro Tagle Marroquin",
      "Deputy Commissioner of the National Migration Institute", "MX"),
    P("saul-parra-ibarra", "Saúl Parra Ibarra", "General Secretary of the National Intelligence Center", "MX"),
    P("arturo-medina-padilla", "Arturo Medina Padilla", "fiscal Attorney General", "MX"),
    P("pablo-gomez-alvarez", "Pablo Gómez Álvarez", "head of the Financial Intelligence Unit", "MX"),
    P("jesus-ramirez-cuevas", "Jesús Ramírez Cuevas", "spokesperson for the Mexican Government", "MX"),
    P("ken-salazar", "Ken Salazar", "Ambassador to Mexico", "US"),
    P("richard-verma", "Richard Verma", "Deputy Secretary of State for Management and Resources", "US"),
    P("lisa-o-monaco", "Lisa O. Monaco", "Deputy Attorney General", "US"),
    P("kristie-canegallo", "Kristie Canegallo", "Acting Deputy Secretary of Homeland Security", "US"),
    P("kemp-chester", "Kemp Chester", "Senior Advisor to the Director of National Drug Control Policy", "US"),
    P("joshua-handell", "Joshua Handell", "Senior Counsel", "US"),
    P("mark-c-johnson", "Mark C. Johnson", "Deputy Chief of Mission in Mexico", "US"),
    P("tricia-geddes", "Tricia Geddes", "Associate Deputy Minister of Public Safety Canada", "CA"),
    P("talal-dakalbab", "Talal Dakalbab",
      "Senior Assistant Deputy Minister responsible for Crime Prevention at Public Safety Canada", "CA"),
    P("shauna-hemingway", "Shauna Hemingway", "Chargé d’Affaires and Deputy Chief of Mission in Mexico", "CA"),
    P("jennifer-novak", "Jennifer Novak", "Executive Director of the Opioid Response Team at Health Canada", "CA"),
    P("shannon-partridge", "Shannon Partridge",
      "Senior Policy Advisor to the National Security and Intelligence Advisor to the Prime Minister", "CA"),
    P("lucie-verreault", "Lucie Verreault",
      "Counsellor for Intergovernmental Affairs at the Canadian Embassy in Mexico", "CA"),
    P("michael-holmes", "Michael Holmes", "Counsellor at the Canadian Embassy in Washington D.C.", "CA"),
    dict(id="white-house", type="organization", name="White House", mentions=["White House"]),
    dict(id="department-of-justice", type="organization", name="Department of Justice",
         mentions=["Department of Justice"]),
    dict(id="national-migration-institute", type="organization", name="National Migration Institute",
         mentions=["National Migration Institute"]),
    dict(id="national-intelligence-center", type="organization", name="National Intelligence Center",
         mentions=["National Intelligence Center"]),
    dict(id="financial-intelligence-unit", type="organization", name="Financial Intelligence Unit",
         mentions=["Financial Intelligence Unit"]),
    dict(id="public-safety-canada", type="organization", name="Public Safety Canada",
         mentions=[d.all("Public Safety Canada")]),
    dict(id="health-canada", type="organization", name="Health Canada", mentions=["Health Canada"]),
    dict(id="un", type="organization", name="United Nations", mentions=["United Nations"]),
]
dates = [
    ("July 25, 2023", "DATE", "2023-07-25"),
    ("January 9", "DATE", "2023-01-09"),
    ("10, 2023", "DATE", "2023-01-10"),
]
topics = {
    "health": ["public health"],
}
commitments = [
    dict(type="meet", status="done", actors=CHAIRS, trigger="hosted",
         action=d.rng("U.S. Homeland Security Advisor", "trafficking of synthetic drugs"),
         dates=["2023-07-25"]),
    dict(type="launch", status="done", actors=["joe-biden", "andres-manuel-lopez-obrador", "justin-trudeau"],
         trigger="established", action=d.rng("this trilateral Committee", "facing North America"),
         dates=["2023-01-09", "2023-01-10"]),
    dict(type="pledge", status="planned", actors=CHAIRS, trigger="reaffirmed commitments",
         action="jointly confront the deadly scourge of synthetic drugs"),
    dict(type="cooperate", status="done", actors=CHAIRS, trigger="discussed",
         action=d.rng("the steps we are taking", "treatment to those seeking it")),
    dict(type="pledge", status="planned", actors=THREE, trigger=("committed", 1),
         action=d.rng("create an expert working group", "related equipment")),
    dict(type="pledge", status="planned", actors=THREE, trigger=("committed", 2),
         action=d.rng("establishing an agile mechanism", "drug trafficking trends")),
    dict(type="pledge", status="planned", actors=THREE, trigger=("committed", 3),
         action=d.rng("continue working together", "threat of synthetic drugs")),
    dict(type="pledge", status="planned", actors=THREE, trigger=("committed", 4),
         action=d.rng("present progress", "United Nations General Assembly")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
