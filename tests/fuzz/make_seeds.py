#!/usr/bin/env python3
"""Writes the generated seeds of tests/fuzz/seeds/ (generated, do not edit them):

- rules/wrong-types-<family>-<file>: for every file of rules/, its first rules with each
  field in turn given values of the wrong type (a number for a string, a string for a
  number or a list, "yes" for a boolean, lists of lists, objects, null, 1e999), and lines
  that are no rule object at all. fuzz_rules reads a seed whose first line is a pack path
  as a replacement of that file.
- inputs/*: UTF-16 and UTF-32 with and without byte-order marks, sidecars with fields of
  the wrong type, JSON Lines with 1e999, invalid bytes and huge or hostile ids.

Run from the repository root: tests/fuzz/make_seeds.py
`make_seeds.py --check` writes nothing: it exits 1 when a generated seed is missing from, or
left over in, tests/fuzz/seeds (a rule file added or removed without regenerating). Content
is not compared: seeds of edited rules stay valid fuzz inputs.
"""
import json
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "fuzz" / "seeds"
MAX_SEED = 8000  # under .ci/fuzz's -max_len=8192: libFuzzer cuts longer inputs

# Wrong values by the type of the right one. 1e999 is no JSON number to nlohmann (it
# overflows to an error): it stands for "a number too large" on lines that parse.
WRONG = {
    str: [5, ["a", "b"], {"x": [None]}, True, None, ""],
    int: ["high", 1.5, -1, 9223372036854775808, [3], True],
    bool: ["yes", 1, [True], None],
    list: ["x", [1, None], [["deep"]], {}, [{"a": 1}], []],
    dict: ["x", [1], {"role": []}, None],
    float: ["x", [1.0], None],
}
JUNK_LINES = [
    "[]",
    '"a string"',
    "null",
    "5",
    '{"id": 5}',
    '{"id": ["a"]}',
    '{"id": ""}',
    '{"id": null}',
    '{"id": {"nested": {"deeper": [1, [2, [3]]]}}}',
    '{"id": "dup", "id": "dup"}',
    '{"id": "x-huge", "value": 1e999}',
    '{"id": "x-bytes", "note": "\udcff\udcfe"}',  # two invalid bytes (surrogateescape)
    '{"id": "x-deep", "note": ' + "[" * 70 + "]" * 70 + "}",
    '{"id": "x-unclosed", "note": "',
]


def shorten(value):
    """Keeps seeds small: lists cut to their first three items, recursively."""
    if isinstance(value, list):
        return [shorten(v) for v in value[:3]]
    if isinstance(value, dict):
        return {k: shorten(v) for k, v in value.items()}
    return value


def rules_of(path):
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            rules.append(shorten(json.loads(stripped)))
    return rules


def covering_rules(rules):
    """A few rules that between them hold every field any rule of the file has."""
    chosen, seen = [], set()
    while len(chosen) < 8:
        best = max(rules, key=lambda r: len(set(r) - seen), default=None)
        if best is None or not set(best) - seen:
            break
        chosen.append(best)
        seen |= set(best)
    return chosen


def wrong_type_lines(rule, serial):
    """For each field of `rule`, lines with that field given each wrong value in turn."""
    by_field = []
    for field, value in rule.items():
        if field == "id":
            continue
        lines = []
        nested = value[0] if isinstance(value, list) and value and isinstance(value[0], dict) else None
        if nested:  # a list of objects: each inner field wrong too
            for inner, inner_value in nested.items():
                serial[0] += 1
                changed = dict(rule, id=f"{rule['id']}-w{serial[0]}")
                changed[field] = [dict(nested, **{inner: WRONG.get(type(inner_value), WRONG[str])[0]})]
                lines.append(json.dumps(changed, ensure_ascii=False))
        for wrong in WRONG.get(type(value), WRONG[str]):
            serial[0] += 1
            changed = dict(rule, id=f"{rule['id']}-w{serial[0]}")
            changed[field] = wrong
            lines.append(json.dumps(changed, ensure_ascii=False))
        by_field.append(lines)
    return by_field


def round_robin(lists):
    """The first item of every list, then the second of every list, ..."""
    out = []
    for k in range(max((len(l) for l in lists), default=0)):
        out += [l[k] for l in lists if k < len(l)]
    return out


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    path.write_bytes(data)


def rule_seeds(seeds=SEEDS):
    for source in sorted((ROOT / "rules").rglob("*.jsonl")):
        relative = source.relative_to(ROOT / "rules").as_posix()
        rules = rules_of(source)
        header = relative + "\n"
        serial = [0]
        by_field = []
        for rule in covering_rules(rules):
            by_field += wrong_type_lines(rule, serial)
        # Each seed: a valid rule, then the junk lines (in the first seed) and wrong
        # fields, every field once before any field twice, as many as fit under
        # MAX_SEED; the rest in the next seeds, up to four per file.
        lines = JUNK_LINES + round_robin(by_field)
        name = "wrong-types-" + relative.replace("/", "-").removesuffix(".jsonl")
        for part in range(1, 5):
            kept = [json.dumps(rules[0], ensure_ascii=False)]
            size = len(header) + len(kept[0].encode()) + 1
            while lines and size + len(lines[0].encode("utf-8", "surrogateescape")) + 1 <= MAX_SEED:
                size += len(lines[0].encode("utf-8", "surrogateescape")) + 1
                kept.append(lines.pop(0))
            write(seeds / "rules" / (name + ("" if part == 1 else f"-{part}")), header + "\n".join(kept) + "\n")
            if not lines:
                break


def input_seeds(seeds=SEEDS):
    text = "The EU and Japan agreed on 13 May 2025 to cooperate on AI.\n"
    inputs = seeds / "inputs"
    for name, encoding, bom in [
        ("utf16le-bom", "utf-16-le", b"\xff\xfe"),
        ("utf16be-bom", "utf-16-be", b"\xfe\xff"),
        ("utf32le-bom", "utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf32be-bom", "utf-32-be", b"\x00\x00\xfe\xff"),
        ("utf16le-nobom", "utf-16-le", b""),
        ("utf32be-nobom", "utf-32-be", b""),
    ]:
        write(inputs / name, bom + text.encode(encoding))
    # Lone and reversed surrogates, a truncated last unit, a code point past U+10FFFF.
    write(inputs / "utf16le-bom-broken", b"\xff\xfe" + b"A\x00\x00\xd8B\x00\x00\xdc\x00\xd8\x00\xdcZ")
    write(inputs / "utf32le-bom-broken", b"\xff\xfe\x00\x00" + b"A\x00\x00\x00\x00\x00\x11\x00\x00\xd8\x00\x00Z\x00")
    # Sidecars (fuzz_inputs writes the input as doc.meta.json too): each field wrong.
    sidecars = [
        {"published": 20250512},
        {"published": "2025-02-30", "title": ["x"]},
        {"published": "0000-01-01"},
        {"published": "9999-12-31", "url": {"a": 1}},
        {"format": "pdf", "id": 5},
        {"format": ["markdown"]},
        {"id": "", "title": None},
        {"id": "a/../../b", "published": None, "format": None},
        {"title": 1e308, "url": True},
    ]
    for k, sidecar in enumerate(sidecars):
        write(inputs / f"sidecar-{k}", json.dumps(sidecar))
    write(inputs / "sidecar-huge-number", '{"published": "2025-05-12", "note": 1e999}')
    write(inputs / "sidecar-bad-byte", b'{"title": "caf\xe9", "published": "2025-05-12"}')
    write(inputs / "sidecar-array", b"[1, 2, 3]")
    # JSON Lines with numbers too large, invalid bytes, hostile and huge ids.
    lines = [
        b'{"text": "x", "note": 1e999}',
        b'{"text": "x", "score": -1e999, "id": "neg"}',
        b'{"text": "caf\xe9 \xc3\x28", "id": "bad-bytes"}',
        b'{"text": "x", "id": "\xff\xfe"}',
        b'{"text": "x", "id": "a/b"}',
        b'{"text": "x", "id": "a_b"}',
        b'{"text": "x", "id": "A_B"}',
        b'{"text": "x", "id": ".."}',
        b'{"text": "x", "id": "stdin-2"}',
        b'{"text": "x", "id": "nul\\u0000in\\u0000id"}',
        b'{"text": "x", "id": "esc\\u001b[31mred\\u009b"}',
        b'{"text": "x", "id": "\\ud800"}',
        b'{"text": 5}',
        b'{"text": "x", "published": 2025}',
        b'{"text": "x", "title": ["t"], "url": 1}',
        b'{"text": "x", "format": "pdf"}',
        b'{"text": "x", "id": 1e999}',
    ]
    write(inputs / "jsonl-hostile", b"\n".join(lines) + b"\n")
    huge = [
        '{"text": "x", "id": "' + "a" * 242 + '"}',
        '{"text": "x", "id": "' + "a" * 250 + '"}',
        '{"text": "x", "id": "' + "\u00e9" * 130 + '"}',
        '{"text": "x", "id": "' + "\U0001F600" * 70 + '"}',
        '{"text": "x", "id": "' + "a" * 3000 + '"}',
    ]
    write(inputs / "jsonl-huge-ids", "\n".join(huge) + "\n")


def generated_names(folder):
    """Files under folder's rules/ and inputs/, the two the generator writes."""
    return {p.relative_to(folder).as_posix() for part in ("rules", "inputs")
            for p in (folder / part).rglob("*") if p.is_file()}


def check():
    """The names make_seeds would write against the generated names committed."""
    with tempfile.TemporaryDirectory() as scratch:
        rule_seeds(pathlib.Path(scratch))
        input_seeds(pathlib.Path(scratch))
        wanted = generated_names(pathlib.Path(scratch))
    committed = generated_names(SEEDS)
    generated_inputs = {n for n in wanted if n.startswith("inputs/")}
    missing = sorted(wanted - committed)
    # Hand-written seeds and fixed findings live beside the generated ones: only the
    # wrong-types-* names are the generator's own.
    stale = sorted(n for n in committed - wanted if n.startswith("rules/wrong-types-"))
    for name in missing:
        print(f"tests/fuzz/seeds/{name}: missing (run tests/fuzz/make_seeds.py)")
    for name in stale:
        print(f"tests/fuzz/seeds/{name}: no rule file generates it any more (run tests/fuzz/make_seeds.py)")
    print(f"{len(wanted)} generated seeds ({len(generated_inputs)} inputs): "
          f"{len(missing)} missing, {len(stale)} stale")
    return 1 if missing or stale else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(check())
    rule_seeds()
    input_seeds()
