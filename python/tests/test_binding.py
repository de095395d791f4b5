"""The Python binding: same records as the CLI, clear exceptions, streaming pipe()."""
import json
import os
import subprocess
import threading
import time

import pytest

import communique
from conftest import BINARY, CORPUS, cli_records


def corpus_items():
    """corpus/ as pipe() items, built as the CLI builds documents from files and sidecars."""
    items = []
    for name in sorted(os.listdir(CORPUS)):
        stem, ext = os.path.splitext(name)
        if ext not in (".txt", ".md") or stem == "README":
            continue
        item = {"text": open(os.path.join(CORPUS, name), encoding="utf-8").read(), "id": stem}
        if ext == ".md":
            item["format"] = "markdown"
        meta = json.load(open(os.path.join(CORPUS, stem + ".meta.json"), encoding="utf-8"))
        item.update({k: meta[k] for k in ("id", "published", "title", "format", "url") if meta.get(k)})
        items.append(item)
    return items


def dumps(record):
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def without_source(record_json):
    """The CLI's record but for "source" (where the CLI read it: Python records have none)."""
    record = json.loads(record_json)
    record.pop("source", None)
    return dumps(record)


def test_extract_equals_cli_byte_for_byte(engine):
    items = corpus_items()
    assert len(items) == 16
    cli = [without_source(r) for r in cli_records(CORPUS)]
    assert len(cli) == len(items)
    for item, expected in zip(items, cli):
        fields = dict(item)
        text = fields.pop("text")
        assert engine.extract_json(text, **fields) == expected, item["id"]
        assert dumps(engine.extract(text, **fields)) == expected, item["id"]


def test_jsonl_record_equals_cli_stdin(engine):
    line = {"text": "Japan and Canada agreed to hold talks next week.", "id": "r1",
            "published": "2025-05-12", "title": "Japan-Canada talks", "url": "https://example.org/r1"}
    cli = subprocess.run([BINARY, "extract", "-"], input=json.dumps(line).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    assert json.loads(cli)["source"] == {"stdin_line": 1}
    cli = without_source(cli)
    text = line.pop("text")
    record = engine.extract(text, **line)
    assert dumps(record) == cli
    assert record["dates"][0]["value"] == "2025-W21"


def test_pipe_keeps_input_order_and_numbers_default_ids(engine):
    texts = [f"Release {i}: France and Japan agreed to cooperate on {2000 + i} projects." for i in range(50)]
    for jobs in (1, 2, 3):
        records = list(engine.pipe(texts, jobs=jobs))
        assert [r["id"] for r in records] == [f"doc-{i + 1}" for i in range(50)]
        assert records[7]["length"] == len(texts[7])
    items = corpus_items()
    assert [dumps(r) for r in engine.pipe(items, jobs=2)] == [without_source(r) for r in cli_records(CORPUS)]


def test_pipe_streams_a_generator_lazily(engine):
    pulled = []

    def endless():
        i = 0
        while True:
            pulled.append(i)
            yield f"Document {i}."
            i += 1

    stream = engine.pipe(endless(), jobs=2)
    first = next(stream)
    assert first["id"] == "doc-1"
    assert len(pulled) < 200  # a bounded window, not the whole iterable


@pytest.mark.parametrize("call", ["extract_json", "pipe_json"])
def test_the_gil_is_released_while_cpp_works(engine, call):
    # Another Python thread keeps running during the C++ call itself, not only between
    # calls. Regression: the earlier test counted ticks over a whole pipe() and passed with
    # the GIL held throughout.
    text = "The partners agreed to cooperate on semiconductors. " * 80000
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    time.sleep(0.02)
    start = time.perf_counter()
    if call == "extract_json":
        engine.extract_json(text)
    else:
        list(engine.pipe_json([text, text]))
    end = time.perf_counter()
    stop.set()
    t.join()
    margin = (end - start) / 10
    inside = [x for x in ticks if start + margin < x < end - margin]
    assert len(inside) >= 5, f"{len(inside)} ticks during {end - start:.3f} s of C++ work"


@pytest.mark.parametrize("kwargs, error, reason", [
    ({"published": "2025-13-01"}, ValueError, "published must be a date YYYY-MM-DD"),
    ({"published": "0999-12-31"}, ValueError, "published must be between 1000-01-01 and 8999-12-31"),
    ({"published": "9999-12-31"}, ValueError, "published must be between 1000-01-01 and 8999-12-31"),
    ({"format": "html"}, ValueError, "format must be \"text\" or \"markdown\""),
    ({"id": 5}, TypeError, "id must be str or None"),
    # Regressions: the CLI refuses an empty id; a lone surrogate was a RuntimeError
    # ("Unable to cast Python instance to C++ type").
    ({"id": ""}, ValueError, "id must be a non-empty string"),
    ({"id": "a\ud800"}, ValueError, "id must be valid Unicode, not hold a lone surrogate"),
    ({"title": "\udcff"}, ValueError, "title must be valid Unicode"),
])
def test_bad_arguments_raise_with_the_reason(engine, kwargs, error, reason):
    with pytest.raises(error, match=reason):
        engine.extract("Japan agreed.", **kwargs)


def test_bad_text_type_and_bad_items(engine):
    with pytest.raises(TypeError, match="text must be str or bytes, not int"):
        engine.extract(42)
    with pytest.raises(ValueError, match="item 2: missing \"text\""):
        list(engine.pipe(["ok", {"id": "x"}]))
    with pytest.raises(TypeError, match="item 1: expected str or dict, not list"):
        list(engine.pipe([["x"]]))
    with pytest.raises(ValueError, match="jobs must be a positive int"):
        list(engine.pipe(["x"], jobs=0))


def test_bad_input_text_is_normal_input(engine):
    record = engine.extract(b"We agreed \xff to meet. Japan.")
    assert record["diagnostics"][0]["level"] == "warning"
    assert "invalid UTF-8" in record["diagnostics"][0]["message"]
    binary = engine.extract(b"%PDF-1.7\x00\x01\x02\x03 binary")
    assert binary["diagnostics"][0]["level"] == "error"
    assert engine.extract("")["length"] == 0
    # Lone surrogates in a str (a file read with errors="surrogateescape") are bad text
    # too: repaired like invalid UTF-8, in extract() and in pipe().
    text = "Japan and France agreed {} to meet in Paris next week."
    for record in [engine.extract(text.format("\udcff")),
                   next(engine.pipe([{"text": text.format("\ud800")}]))]:
        assert "invalid UTF-8" in record["diagnostics"][0]["message"]
        assert record["commitments"][0]["type"] == "agree"
    with pytest.raises(ValueError, match="id must be a non-empty string"):
        list(engine.pipe([{"text": "x", "id": ""}]))


@pytest.mark.parametrize("text", [
    # Regression (session-6 review): a surrogate before the mentions moved every later
    # offset by two ("Japan" came out at t[4:9] == "pan a").
    "\ud800 Japan and India agreed to meet in Delhi.",
    "Japan \udcff\udcfe and India agreed to meet in Delhi on 3 May.",
])
def test_lone_surrogates_keep_offsets_on_the_callers_str(engine, text):
    record = engine.extract(text, published="2025-04-01")
    assert record["length"] == len(text)
    spans = [m for actor in record["actors"] for m in actor["mentions"]] + record["dates"]
    assert len(spans) >= 2
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_bad_rule_pack_raises_value_error(tmp_path):
    with pytest.raises(ValueError, match="not a rule directory"):
        communique.Engine(rules=str(tmp_path / "missing"))
    with pytest.raises(ValueError, match="unknown profile"):
        communique.Engine(profile="nonsense")
    assert communique.Engine(profile="timeml").profile == "timeml"


def test_score_against_gold(engine):
    item = [i for i in corpus_items() if i["id"] == "eu-india-ttc-2026"][0]
    gold = json.load(open(os.path.join(CORPUS, "eu-india-ttc-2026.gold.json"), encoding="utf-8"))
    text = item.pop("text")
    metrics = communique.score(gold, engine.extract(text, **item))
    assert metrics["documents"] == 1
    assert metrics["commitments.detection_f1"] >= 0.9
    assert communique.score(gold, gold)["commitments.full_f1"] == 1.0
    with pytest.raises(ValueError, match="pred"):
        communique.score(gold, "{not json")
    with pytest.raises(TypeError, match="gold must be a record"):
        communique.score(5, gold)
    # Gold that marks only triggers: detection alone with partial=True; without
    # it the incomplete items are skipped and every commitment counts as spurious.
    triggers = {"id": gold["id"], "commitments": [{"trigger": c["trigger"]} for c in gold["commitments"]]}
    partial = communique.score(triggers, gold, partial=True)
    assert partial["commitments.detection_f1"] == 1.0
    assert partial["commitments.type_acc"] is None
    assert partial["scored"] == ["commitments.detection_f1"]
    assert communique.score(triggers, gold)["commitments.detection_f1"] == 0.0


def test_version_and_stub_agree():
    assert communique.__version__.count(".") == 2
    stub = os.path.join(os.path.dirname(communique.__file__), "__init__.pyi")
    assert os.path.exists(stub)
