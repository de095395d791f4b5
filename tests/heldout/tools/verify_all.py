"""Check every held-out gold file against its original text (spans, refs, enums)."""
import glob, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import heldout

bad = 0
files = sorted(glob.glob(os.path.join(heldout.HELDOUT, "*.gold.json")))
for f in files:
    g = json.load(open(f, encoding="utf-8"))
    name = os.path.basename(f)[:-len(".gold.json")]
    text, meta = heldout.load(name)
    P = heldout.verify(g, text)
    if g["id"] != meta["id"] or g["published"] != meta["published"]:
        P.append("meta mismatch")
    n = sum(len(a["mentions"]) for a in g["actors"])
    print(f"{'FAIL' if P else 'ok  '} {name[:70]}: actors {len(g['actors'])} ({n} mentions), dates {len(g['dates'])}, "
          f"topics {len(g['topics'])} ({sum(len(t['mentions']) for t in g['topics'])} mentions), commitments {len(g['commitments'])}")
    for p in P:
        print("   ", p)
    bad += bool(P)
sys.exit(1 if bad else 0)
