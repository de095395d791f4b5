"""communique.dask on a LocalCluster of worker processes: same records as the CLI, each once."""
import json
import os
import signal
import time

import pytest

distributed = pytest.importorskip("distributed")
import communique.dask  # noqa: E402
from conftest import CORPUS, SHARED, cli_records  # noqa: E402

WHITEHOUSE = os.path.join(SHARED, "press", "whitehouse")


def corpus_dir():
    """The 229 White House releases when ../shared is beside the clone, else corpus/."""
    return WHITEHOUSE if os.path.isdir(WHITEHOUSE) else CORPUS


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as c:
        with distributed.Client(c) as client:
            yield c, client


def test_records_equal_the_cli(cluster, tmp_path):
    _, client = cluster
    folder = corpus_dir()
    expected = cli_records(folder)
    bag = communique.dask.extract(folder, client=client, partition_size=16, as_json=True)
    assert bag.npartitions > 2
    assert bag.compute() == expected
    communique.dask.to_jsonl(communique.dask.extract(folder, client=client, partition_size=16),
                             tmp_path)
    # `cat out/part-*.jsonl` is the CLI's output byte for byte. Regression: the last line of
    # each part had no newline, so concatenated parts ran two records into one line.
    names = sorted(os.listdir(tmp_path))
    assert len(names) > 1
    written = b"".join((tmp_path / name).read_bytes() for name in names)
    assert written == "".join(line + "\n" for line in expected).encode("utf-8")


def test_one_engine_per_worker_process(cluster):
    # Built on a worker's first task and kept: the same Engine object serves every later
    # partition and job, never one per document or per task.
    _, client = cluster
    folder = corpus_dir()

    def engines():
        return {key: id(engine) for key, engine in communique.dask._ENGINES.items()}

    communique.dask.extract(folder, client=client, partition_size=8).compute()
    first = client.run(engines)
    communique.dask.extract(folder, client=client, partition_size=8).compute()
    assert client.run(engines) == first
    assert all(list(e) == [(None, "default")] for e in first.values()), first


def test_the_module_docstring_calls_extract_with_its_parameters():
    # Regression: its example passed jobs=1, which extract() does not take (a TypeError).
    import inspect
    import re
    parameters = inspect.signature(communique.dask.extract).parameters
    calls = re.findall(r"communique\.dask\.extract\((.*)\)", communique.dask.__doc__)
    assert calls
    for call in calls:
        for name in re.findall(r"(\w+)=", call):
            assert name in parameters, call


def test_jsonl_input_and_bad_lines(cluster, tmp_path):
    _, client = cluster
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "Japan and France agreed to cooperate.", "id": "a"}) + "\n"
                    + "{not json\n"
                    + json.dumps({"text": "Canada will host the summit."}) + "\n", encoding="utf-8")
    records = communique.dask.extract(str(path), client=client).compute()
    assert [r["id"] for r in records] == ["a", "in-2", "in-3"]
    assert "error" in records[1]
    assert records[2]["source"] == {"path": str(path), "line": 3}
    assert records[1]["source"] == {"path": str(path), "line": 2}
    assert records[0]["commitments"][0]["type"] == "agree"


def test_a_killed_worker_loses_nothing(cluster):
    c, client = cluster
    folder = corpus_dir()
    expected = cli_records(folder)
    # Many small partitions, so that the run is still going when a worker dies.
    copies = 20
    tasks = communique.dask.expand(folder) * copies
    import dask.bag as db
    bag = db.from_sequence(tasks, npartitions=len(tasks) // 4).map_partitions(
        communique.dask._extract_partition, None, "default", True)
    future = client.compute(bag)
    deadline = time.time() + 60
    while time.time() < deadline and not any(client.processing().values()):
        time.sleep(0.005)
    workers = list(c.workers.values())
    pid = workers[0].process.process.pid
    # The kill must land mid-run, or this test would prove nothing.
    assert not future.done()
    os.kill(pid, signal.SIGKILL)
    records = future.result(timeout=600)
    assert len(records) == len(expected) * copies
    assert records == expected * copies  # every record exactly once, in input order
