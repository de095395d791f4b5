import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "heldout", "tools"))
from heldout import Doc, build, write

d = Doc("wh-2025-10-26-joint-statement-on-united-states-vietnam-framework-for-an-agreement-on-reciprocal-fair-and-balanced")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "whitehouse")
WE = ["US", "VN"]
AG = "Agreement on Reciprocal, Fair, and Balanced Trade"
actors = [
    dict(id="US", type="country", name="United States",
         mentions=["United States of America", d.all("United States", skip=(1,)), d.all("U.S.")]),
    dict(id="VN", type="country", name="Viet Nam",
         mentions=["Socialist Republic of Viet Nam", d.all("Viet Nam", skip=(1,)), d.all("Vietnamese")]),
    dict(id="vietnam-airlines", type="organization", name="Vietnam Airlines", mentions=["Vietnam Airlines"]),
    dict(id="boeing", type="organization", name="Boeing", mentions=["Boeing"]),
]
dates = [
    ("2000", "DATE", "2000"),
    ("2001", "DATE", "2001"),
    ("April 2, 2025", "DATE", "2025-04-02"),
    ("September 5, 2025", "DATE", "2025-09-05"),
]
topics = {
    "trade": [d.all(AG), "Bilateral Trade Agreement", "market access", ("tariffs", 1),
              "reciprocal tariff rate", "non-tariff barriers", "bilateral trade", "digital trade",
              "trade facilitation", "customs", "exports"],
    "agriculture": [d.all("agricultural"), "agriculture"],
    "health": ["medical devices", "pharmaceutical products"],
    "standards": ["standards", "conformity assessment"],
    "investment": ["investment"],
    "environment": ["environment"],
    "economic_security": ["supply chain", "export controls"],
    "energy": ["energy"],
}
D2 = ["2025-04-02", "2025-09-05"]
commitments = [
    dict(type="agree", status="planned", actors=WE, trigger="have agreed",
         action=d.rng("a Framework", "bilateral economic relationship")),
    dict(type="intend", status="planned", actors=["VN"], trigger="will provide",
         action=d.rng("preferential market access", "exports to Viet Nam")),
    dict(type="intend", status="planned", actors=["US"], trigger="will maintain",
         action=d.rng("at 20 percent", "originating goods of Viet Nam"), dates=D2),
    dict(type="intend", status="planned", actors=["US"], trigger="will also identify",
         action=d.rng("products from the list", "zero percent reciprocal tariff rate"), dates=D2),
    dict(type="intend", status="planned", actors=WE, trigger="will work constructively",
         action=d.rng("an effort to address", "priority areas")),
    dict(type="agree", status="planned", actors=["VN"], trigger="has agreed",
         action=d.rng("address many such barriers", "assessment procedures")),
    dict(type="pledge", status="planned", actors=WE, trigger="have committed",
         action=d.rng("address and prevent", "U.S. regulatory authorities")),
    dict(type="intend", status="planned", actors=WE, trigger="will finalize",
         action="commitments on digital trade, and services and investment"),
    dict(type="cooperate", status="planned", actors=WE, trigger="will engage",
         action=d.rng("address intellectual property", "state-owned enterprises")),
    dict(type="pledge", status="planned", actors=WE, trigger="are committed",
         action=d.rng("strengthening cooperation towards", "cooperating on export controls")),
    dict(type="agree", status="planned", actors=["vietnam-airlines"], trigger=("has agreed", 2),
         action=d.rng("purchase 50 aircraft", "from Boeing")),
    dict(type="sign", status="done", actors=["VN"], trigger="have signed",
         action=d.rng("twenty memorandums", "over $2.9 billion")),
    dict(type="intend", status="planned", actors=WE, trigger=("will work", 1, "In the coming weeks"),
         action=d.rng("finalize the Agreement", "Balanced Trade", after="In the coming weeks")),
    dict(type="intend", status="planned", actors=WE, trigger=("prepare", 1, "In the coming weeks"),
         action="the Agreement for signature"),
    dict(type="intend", status="planned", actors=WE, trigger="undertake",
         action=d.rng("domestic formalities", "entering into force")),
]
write(d, build(d, actors, dates, topics, commitments), out_dir=OUT)
