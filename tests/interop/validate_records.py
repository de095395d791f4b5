"""Every record the test suites produce validates against schema/communique-1.schema.json.

Runs `communique extract` over corpus/, ../shared/gold when present, and inputs that
give error records and error diagnostics, and validates each record with
python3-jsonschema (Draft 2020-12). Also checks that `communique schema` prints the
shipped file byte for byte, and that each record's spans are slices of its text.

usage: validate_records.py COMMUNIQUE SOURCE_DIR SHARED_DIR
Exit 77 (ctest SKIP_RETURN_CODE) when jsonschema is not installed.
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("validate_records: skipped (python3-jsonschema is not installed)")
    sys.exit(77)

binary, source_dir, shared_dir = sys.argv[1:4]
schema_path = os.path.join(source_dir, "schema", "communique-1.schema.json")
with open(schema_path, "rb") as f:
    shipped = f.read()
printed = subprocess.run([binary, "schema"], check=True, capture_output=True).stdout
if printed != shipped:
    sys.exit("communique schema does not print schema/communique-1.schema.json")
schema = json.loads(shipped)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)


def extract(args, stdin=None):
    run = subprocess.run([binary, "extract", *args], input=stdin, capture_output=True)
    if run.returncode not in (0, 1):
        sys.exit(f"communique extract {args}: exit {run.returncode}: {run.stderr.decode()}")
    # One value after another: JSON Lines, or --pretty records one after another.
    out, decoder, text, at = [], json.JSONDecoder(), run.stdout.decode(), 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at == len(text):
            return out
        value, at = decoder.raw_decode(text, at)
        out.append(value)


failures = 0
checked = 0


def validate(records, what, texts=None):
    global failures, checked
    for record in records:
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
        for error in errors[:5]:
            failures += 1
            path = "/".join(str(p) for p in error.absolute_path)
            print(f"{what}: {record.get('id')}: {path}: {error.message[:300]}")
        generator = record.get("generator")
        if not generator or not generator.get("rules", {}).get("hash"):
            failures += 1
            print(f"{what}: {record.get('id')}: no generator with a rules hash")
        checked += 1


validate(extract([os.path.join(source_dir, "corpus")]), "corpus")
validate(extract(["--profile", "timeml", "--no-rule-ids", "--pretty", os.path.join(source_dir, "corpus")]),
         "corpus (timeml, no rule ids)")
gold_dir = os.path.join(shared_dir, "gold")
if os.path.isdir(gold_dir):
    validate(extract([gold_dir]), "shared/gold")

# Error records and error diagnostics: a malformed JSON Lines line, a line without
# text, binary input, invalid UTF-8, no published date, title and url carried through.
lines = [
    "not json",
    json.dumps({"id": "no-text"}),
    json.dumps({"id": "binary", "text": "%PDF-1.4\u0000\u0000\u0001\u0002 binary"}),
    json.dumps({"id": "titled", "title": "EU and Japan", "url": "https://example.org/x",
                "published": "2025-05-12", "text": "The EU and Japan agreed today to cooperate on AI."}),
    json.dumps({"id": "undated", "text": "Japan will host the summit next year."}),
    "[1, 2]",
]
records = extract(["-"], ("\n".join(lines) + "\n").encode())
validate(records, "stdin cases")
kinds = sorted("error" if "error" in r else "document" for r in records)
if kinds != ["document"] * 3 + ["error"] * 3:
    failures += 1
    print(f"stdin cases: expected 3 documents and 3 error records, got {kinds}")
titled = next(r for r in records if r["id"] == "titled")
if titled.get("title") != "EU and Japan" or titled.get("url") != "https://example.org/x" \
        or titled.get("source") != {"stdin_line": 4}:
    failures += 1
    print(f"stdin cases: title, url and source not carried through: {titled.get('title')!r} "
          f"{titled.get('url')!r} {titled.get('source')!r}")
with tempfile.TemporaryDirectory() as tmp:
    bad = os.path.join(tmp, "bad-utf8.txt")
    with open(bad, "wb") as f:
        f.write(b"The EU \xff\xfe and Japan met on 13 May 2025.\n")
    validate(extract([bad]), "invalid UTF-8")

print(f"validate_records: {checked} records checked, {failures} problems")
sys.exit(1 if failures else 0)
