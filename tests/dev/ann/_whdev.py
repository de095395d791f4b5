"""Shared set-up for the White House development annotations (tests/dev/ann/wh_*.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldout", "tools"))
import heldout
from heldout import Doc, build  # noqa: F401
OUT = os.path.join(HERE, "..", "whitehouse")


def write(d, g, no_mentions=()):
    """heldout.write into tests/dev/whitehouse (no_mentions: title authors, SPEC 8a)."""
    heldout.write(d, g, out_dir=OUT, no_mentions=no_mentions)


def show(g):
    for a in g["actors"]:
        print("A", a["id"], a["type"], a["name"], a.get("role"), a.get("affiliation"), [m["text"] for m in a["mentions"]])
    for x in g["dates"]:
        print("D", repr(x["text"]), x["type"], x["value"], x.get("mod"))
    for t in g["topics"]:
        print("T", t["id"], [m["text"].replace("\n", " ") for m in t["mentions"]])
    for c in g["commitments"]:
        print("C", c["type"], c["status"], c["actors"], "|", c["trigger"]["text"], "|",
              c["action"]["text"].replace("\n", " "), c["topics"], c["dates"],
              "NEG" if c.get("negated") else "", "HEDGE" if c.get("hedged") else "")
    print("counts: actors %d, mentions %d, dates %d, topics %d (%d mentions), commitments %d" % (
        len(g["actors"]), sum(len(a["mentions"]) for a in g["actors"]), len(g["dates"]),
        len(g["topics"]), sum(len(t["mentions"]) for t in g["topics"]), len(g["commitments"])))
