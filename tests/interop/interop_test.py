"""End-to-end tests of communique export, convert and render over corpus/.

usage: interop_test.py COMMUNIQUE SOURCE_DIR CASE
CASE: tables | brat | doccano | timeml | render | browser
Exit 77 (ctest SKIP_RETURN_CODE) when what a case needs is absent (Chromium).
"""
import csv
import glob
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

binary, source_dir, case = sys.argv[1:4]
corpus = os.path.join(source_dir, "corpus")
tmp = tempfile.mkdtemp(prefix="communique-interop-")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*args, stdin=None, expect=0):
    result = subprocess.run([binary, *args], input=stdin, capture_output=True)
    if result.returncode != expect:
        sys.exit(f"communique {' '.join(args)}: exit {result.returncode} (wanted {expect}): "
                 f"{result.stderr.decode()[:2000]}")
    return result


def extract_corpus():
    out = os.path.join(tmp, "records.jsonl")
    with open(out, "wb") as f:
        f.write(run("extract", corpus).stdout)
    return out, [json.loads(line) for line in open(out, encoding="utf-8")]


def finish():
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{case}: {len(failures)} failures")
    sys.exit(1 if failures else 0)


def gold_files():
    return sorted(glob.glob(os.path.join(corpus, "*.gold.json")))


def normalized(gold):
    """What brat and doccano hold of a gold file, in a canonical order."""
    def span(s):
        return (s["start"], s["end"], s.get("text"))
    out = {
        "id": gold["id"],
        "length": gold["length"],
        "published": gold.get("published"),
        "segments": sorted((s["kind"], s["start"], s["end"], s.get("label")) for s in gold.get("segments", [])),
        "sentences": sorted((s["start"], s["end"], s.get("segment")) for s in gold.get("sentences", [])),
        "actors": sorted((a["id"], a["type"], a.get("name"), a.get("role"), a.get("affiliation"), a.get("kb"),
                          tuple(sorted(span(m) for m in a.get("mentions", [])))) for a in gold.get("actors", [])),
        "dates": sorted((d["start"], d["end"], d.get("text"), d["type"], d["value"], d.get("mod"))
                        for d in gold.get("dates", [])),
        "topics": sorted((t["id"], t.get("label"), tuple(sorted(span(m) for m in t.get("mentions", []))))
                         for t in gold.get("topics", [])),
        "commitments": sorted((c["type"], c["status"], tuple(c.get("actors", [])), span(c["trigger"]),
                               span(c["action"]), tuple(c.get("topics", [])), tuple(c.get("dates", [])),
                               bool(c.get("negated")), bool(c.get("hedged")))
                              for c in gold.get("commitments", [])),
    }
    return out


def round_trip(fmt):
    """gold -> FORMAT -> gold over corpus/, lossless for what the format holds."""
    exported = os.path.join(tmp, fmt)
    target = exported if fmt == "brat" else exported + ".jsonl"
    run("export", "--format", fmt, "--text", corpus, "-o", target, *gold_files())
    back = os.path.join(tmp, fmt + "-gold")
    run("convert", "--from", fmt, "-o", back, target)
    for path in gold_files():
        gold = json.load(open(path, encoding="utf-8"))
        converted_path = os.path.join(back, gold["id"] + ".gold.json")
        check(os.path.exists(converted_path), f"{fmt}: no {converted_path}")
        if not os.path.exists(converted_path):
            continue
        converted = json.load(open(converted_path, encoding="utf-8"))
        a, b = normalized(gold), normalized(converted)
        for key in a:
            check(a[key] == b[key], f"{fmt}: {gold['id']}: {key} differs after the round trip: "
                                    f"{[x for x in a[key] if x not in b[key]][:2] if isinstance(a[key], list) else a[key]} "
                                    f"vs {[x for x in b[key] if x not in a[key]][:2] if isinstance(b[key], list) else b[key]}")
        with open(os.path.join(back, gold["id"] + ".txt"), "rb") as f, \
                open(os.path.join(corpus, gold["id"] + (".md" if os.path.exists(os.path.join(corpus, gold["id"] + ".md")) else ".txt")), "rb") as g:
            check(f.read() == g.read(), f"{fmt}: {gold['id']}: the text beside the gold differs")
    # The converted folder scores against itself perfectly, and is an eval set.
    result = run("score", "--gold", corpus, "--pred", back, "--json")
    return back


if case == "tables":
    records_path, records = extract_corpus()
    # CSV: one row per commitment and actor; RFC 4180 read back by Python's csv module.
    run("export", "--format", "csv", "-o", os.path.join(tmp, "csv"), records_path)
    tables = {}
    for name in ("documents", "commitments", "actors", "mentions", "dates", "topics"):
        path = os.path.join(tmp, "csv", name + ".csv")
        with open(path, newline="", encoding="utf-8") as f:
            tables[name] = list(csv.DictReader(f))
    want = sum(max(1, len(c["actors"])) for r in records for c in r["commitments"])
    check(len(tables["commitments"]) == want, f"csv: {len(tables['commitments'])} commitment rows, wanted {want}")
    check(len(tables["documents"]) == len(records), "csv: one documents row per record")
    check(len(tables["actors"]) == sum(len(r["actors"]) for r in records), "csv: one actors row per actor")
    check(len(tables["mentions"]) == sum(len(a["mentions"]) for r in records for a in r["actors"]), "csv: mentions")
    check(len(tables["dates"]) == sum(len(r["dates"]) for r in records), "csv: dates")
    # Each commitment row carries the actor's name, type and kb and the document's fields.
    first = next(r for r in records if r["commitments"] and r["commitments"][0]["actors"])
    c0 = first["commitments"][0]
    actor = next(a for a in first["actors"] if a["id"] == c0["actors"][0])
    row = next(t for t in tables["commitments"] if t["doc_id"] == first["id"] and t["commitment"] == "0")
    check(row["actor_id"] == actor["id"] and row["actor_name"] == actor["name"] and row["actor_type"] == actor["type"]
          and row["actor_kb"] == actor.get("kb", "") and row["action"] == c0["action"]["text"]
          and row["doc_published"] == (first["published"] or ""), f"csv: commitment row {row}")
    # Quoting: commas, quotes and line breaks survive, with --table to stdout.
    tricky = {"schema": "communique/1", "id": "t,\"1\"", "title": "a, \"b\"\nc\td\\e", "published": None,
              "length": 0, "segments": [], "sentences": [], "actors": [], "dates": [], "topics": [],
              "commitments": [], "diagnostics": []}
    out = run("export", "--format", "csv", "--table", "documents", "-o", "-", "-", stdin=json.dumps(tricky).encode()).stdout
    check(b"\r\n" in out, "csv: CRLF line ends (RFC 4180)")
    rows = list(csv.DictReader(io.StringIO(out.decode(), newline="")))
    check(rows and rows[0]["doc_id"] == tricky["id"] and rows[0]["title"] == tricky["title"], f"csv quoting: {rows}")
    out = run("export", "--format", "tsv", "--table", "documents", "-o", "-", "-", stdin=json.dumps(tricky).encode()).stdout
    lines = out.decode().split("\n")
    check(len(lines) == 3 and lines[2] == "", f"tsv: one line per row: {lines}")
    fields = lines[1].split("\t")
    unescape = lambda s: s.replace("\\\\", "\0").replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\0", "\\")
    check(unescape(fields[1]) == tricky["title"], f"tsv escaping: {fields[1]!r}")
    # SQLite: every table, keys and indexes; a person's rows join through kb.
    db_path = os.path.join(tmp, "out.sqlite")
    run("export", "--format", "sqlite", "-o", db_path, os.path.join(tmp, "records.jsonl"))
    db = sqlite3.connect(db_path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    check(names == {"documents", "commitments", "actors", "mentions", "dates", "topics"}, f"sqlite tables {names}")
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    check("commitments_actor_kb" in indexes and "actors_kb" in indexes, f"sqlite indexes {indexes}")
    count = db.execute("SELECT count(*) FROM commitments").fetchone()[0]
    check(count == want, f"sqlite: {count} commitment rows, wanted {want}")
    joined = db.execute("SELECT count(*) FROM commitments c JOIN actors a ON a.doc_id = c.doc_id "
                        "AND a.actor_id = c.actor_id WHERE c.actor_kb IS NOT NULL AND a.kb = c.actor_kb").fetchone()[0]
    check(joined > 0, "sqlite: commitments join actors through kb")
    check(db.execute("PRAGMA foreign_key_check").fetchall() == [], "sqlite: foreign keys hold")
    check(db.execute("SELECT typeof(trigger_start) FROM commitments LIMIT 1").fetchone()[0] == "integer",
          "sqlite: offsets are integers")
    # A folder of records (extract -o DIR) gives the same tables.
    folder = os.path.join(tmp, "records")
    run("extract", "-o", folder, corpus)
    run("export", "--format", "csv", "--table", "commitments", "-o", os.path.join(tmp, "c2.csv"), folder)
    with open(os.path.join(tmp, "c2.csv"), newline="", encoding="utf-8") as f:
        check(len(list(csv.DictReader(f))) == want, "csv from a record folder")
    # Bad usage.
    run("export", "--format", "xml", "-o", "x", records_path, expect=2)
    run("export", "--format", "csv", "--table", "nope", "-o", "x", records_path, expect=2)
    finish()

def partial_round_trip(fmt, records_path):
    """An annotator who marks only commitment triggers and their types: the gold
    files convert gives back hold no status, actors or action, and score
    --partial measures detection and type alone."""
    partial = os.path.join(tmp, fmt + "-partial-in")
    os.makedirs(partial)
    for path in gold_files():
        gold = json.load(open(path, encoding="utf-8"))
        triggers = [{"type": c["type"], "trigger": c["trigger"]} for c in gold["commitments"]]
        with open(os.path.join(partial, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump({"schema": gold["schema"], "id": gold["id"], "length": gold["length"],
                       "commitments": triggers}, f)
    exported = os.path.join(tmp, fmt + "-partial")
    target = exported if fmt == "brat" else exported + ".jsonl"
    run("export", "--format", fmt, "--text", corpus, "-o", target,
        *sorted(glob.glob(os.path.join(partial, "*.gold.json"))))
    back = os.path.join(tmp, fmt + "-partial-gold")
    run("convert", "--from", fmt, "-o", back, target)
    for path in gold_files():
        name = os.path.basename(path)
        converted = json.load(open(os.path.join(back, name), encoding="utf-8"))
        want = json.load(open(os.path.join(partial, name), encoding="utf-8"))["commitments"]
        got = [{"type": c["type"], "trigger": c["trigger"]} for c in converted["commitments"]]
        check(sorted(json.dumps(c, sort_keys=True) for c in got) == sorted(json.dumps(c, sort_keys=True) for c in want),
              f"{fmt} partial: {name}: the triggers differ after the round trip")
        extra = {k for c in converted["commitments"] for k in c} - {"type", "trigger", "topics", "dates"}
        check(not extra, f"{fmt} partial: {name}: converted commitments hold {sorted(extra)}")
    # Without --partial the missing attributes are problems; with it, detection
    # and type are scored and the rest is reported as not scored.
    run("score", "--gold", back, "--pred", records_path, expect=1)
    report = json.loads(run("score", "--partial", "--json", "--gold", back, "--pred", records_path).stdout)
    check(report["commitments.detection_f1"] is not None, f"{fmt} partial: detection not scored")
    check(report["commitments.type_acc"] is not None, f"{fmt} partial: type_acc not scored")
    check(report["commitments.status_acc"] is None and report["commitments.full_f1"] is None,
          f"{fmt} partial: status or full scored without gold for them")
    check("commitments.by_type.meet.f1" in report, f"{fmt} partial: no per-type rows")
    check(report["scored"] == ["commitments.detection_f1", "commitments.type_acc"],
          f"{fmt} partial: scored {report['scored']}")


if case in ("brat", "doccano"):
    back = round_trip(case)
    partial_round_trip(case, extract_corpus()[0])
    if case == "brat":
        # brat reads the configuration written beside the files.
        check(os.path.exists(os.path.join(tmp, "brat", "annotation.conf")), "brat: annotation.conf")
        # Records from extract find their text through "source".
        records_path, _ = extract_corpus()
        run("export", "--format", "brat", "-o", os.path.join(tmp, "brat-pred"), records_path)
        check(len(glob.glob(os.path.join(tmp, "brat-pred", "*.ann"))) == len(_), "brat from records")
        # A text that is not the record's is refused.
        run("export", "--format", "brat", "--text", os.path.join(tmp, "brat-pred"), "-o", os.path.join(tmp, "x"),
            os.path.join(corpus, "uk-sg-quantum-2025.gold.json"), expect=0)
        bogus = os.path.join(tmp, "bogus")
        os.makedirs(bogus)
        open(os.path.join(bogus, "uk-sg-quantum-2025.txt"), "w").write("short")
        run("export", "--format", "brat", "--text", bogus, "-o", os.path.join(tmp, "y"),
            os.path.join(corpus, "uk-sg-quantum-2025.gold.json"), expect=1)
    finish()

if case == "timeml":
    records_path, records = extract_corpus()
    out = os.path.join(tmp, "tml")
    run("export", "--format", "timeml", "-o", out, records_path)
    for record in records:
        root = ET.parse(os.path.join(out, record["id"] + ".tml")).getroot()
        text = root.find("TEXT")
        timexes = text.findall("TIMEX3")
        check(len(timexes) == len(record["dates"]), f"timeml: {record['id']}: {len(timexes)} TIMEX3")
        for t, d in zip(timexes, record["dates"]):
            check(t.get("value") == d["value"] and t.get("type") == d["type"] and t.text == d["text"],
                  f"timeml: {record['id']}: {t.attrib} {t.text!r} vs {d}")
        source = record["source"]["path"]
        check("".join(text.itertext()) == open(source, encoding="utf-8").read(), f"timeml: {record['id']}: text")
        if record["published"]:
            check(root.find("DCT/TIMEX3").get("value") == record["published"], "timeml: DCT")
    finish()

if case == "render":
    out = os.path.join(tmp, "html")
    run("render", "--gold", corpus, "-o", out, corpus)
    pages = sorted(glob.glob(os.path.join(out, "*.html")))
    check(len(pages) == len(gold_files()), f"render: {len(pages)} pages")
    page = open(os.path.join(out, "eu-india-ttc-2026.html"), encoding="utf-8").read()
    for needle in ('data-kind="actor" data-id="EU"', 'data-kind="date"', 'data-kind="topic"', 'data-kind="trigger"',
                   'data-kind="action"', '<table id="commitments"', '<table id="differences"', "rule "):
        check(needle in page, f"render: no {needle!r}")
    # Self-contained: no script, no external reference.
    for bad in ("<script", "src=", "href=", "@import", "url("):
        check(bad not in page, f"render: page holds {bad!r}")
    # Gold that marks only commitment triggers: without --partial its items are
    # reported and every extracted commitment would show as spurious; with it,
    # only what the gold holds is compared (corpus/ detection is perfect).
    triggers = os.path.join(tmp, "triggers")
    os.makedirs(triggers)
    gold = json.load(open(os.path.join(corpus, "eu-india-ttc-2026.gold.json"), encoding="utf-8"))
    with open(os.path.join(triggers, "eu-india-ttc-2026.gold.json"), "w", encoding="utf-8") as f:
        json.dump({"id": gold["id"], "commitments": [{"trigger": c["trigger"]} for c in gold["commitments"]]}, f)
    text = os.path.join(corpus, "eu-india-ttc-2026.txt")
    run("render", "--gold", triggers, "-o", os.path.join(tmp, "html-complete"), text, expect=1)
    run("render", "--partial", "--gold", triggers, "-o", os.path.join(tmp, "html-partial"), text)
    spurious = open(os.path.join(tmp, "html-complete", "eu-india-ttc-2026.html"), encoding="utf-8").read()
    partial = open(os.path.join(tmp, "html-partial", "eu-india-ttc-2026.html"), encoding="utf-8").read()
    check('<tr class="spurious"><td>spurious</td><td>commitments' in spurious, "render: skipped gold not shown")
    check('<td>commitments' not in partial, "render --partial: commitments marked against trigger-only gold")
    finish()

if case == "browser":
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("browser: skipped (no chromium)")
        sys.exit(77)
    out = os.path.join(tmp, "html")
    run("render", "--gold", corpus, "-o", out, os.path.join(corpus, "eu-india-ttc-2026.txt"))
    page = os.path.join(out, "eu-india-ttc-2026.html")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    def browse(*args):
        profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=tmp)
        return subprocess.run([chromium, *flags, f"--user-data-dir={profile}", *args, "file://" + page],
                              capture_output=True, timeout=120)
    png = os.path.join(tmp, "page.png")
    browse(f"--screenshot={png}", "--window-size=1400,1000")
    check(os.path.exists(png) and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n", "browser: no PNG screenshot")
    dom = browse("--dump-dom").stdout.decode("utf-8", "replace")
    # The DOM as the browser built it: highlighted spans of every kind, with the text inside.
    record = json.loads(run("extract", os.path.join(corpus, "eu-india-ttc-2026.txt")).stdout)
    check(dom.count('data-kind="actor"') >= sum(len(a["mentions"]) for a in record["actors"]),
          "browser: an actor span per mention")
    check(dom.count('data-kind="trigger"') >= len(record["commitments"]), "browser: a span per trigger")
    check('data-kind="date"' in dom and 'data-kind="topic"' in dom, "browser: dates and topics")
    check("European Union</span>" in dom, "browser: the highlighted text")
    check('<table id="commitments">' in dom, "browser: the commitments table")
    finish()

sys.exit(f"unknown case {case}")
