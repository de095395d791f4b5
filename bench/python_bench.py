"""Throughput of communique from Python, against the CLI on the same documents.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py --binary build/communique \
        [--baseline build/bench/communique_python_baseline] \
        [--folder ../shared/press/whitehouse] [--copies 10] [--dask]

Reports documents/s and MB/s (UTF-8 bytes of text) for: one extract_json() call per
document (a str back, no dict), one extract() call per document (a dict), pipe_json() and
pipe() with 1 and 2 jobs, `communique extract --jobs N -` on the same documents as JSON Lines
(process start and JSON parsing included), and with --dask a LocalCluster of 1 and 2 worker
processes. Each figure is the best of --rounds runs.

With --baseline, the binding's per-document overhead (issue 18: under 10%): --rounds passes
of one extract_json() call per document alternate with passes of the same C++ call
(bench/python_baseline.cc: copy the document, Engine::Process, ToJson) over the same
documents in a separate process, each after its own warm-up pass; best wall-clock and best
thread-CPU pass of each side, and the overhead of the binding's best over C++'s best.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import communique


def load(folder, copies):
    items = []
    for name in sorted(os.listdir(folder)):
        stem, ext = os.path.splitext(name)
        if ext not in (".txt", ".md") or stem == "README":
            continue
        item = {"text": open(os.path.join(folder, name), encoding="utf-8").read(), "id": stem}
        meta_path = os.path.join(folder, stem + ".meta.json")
        if os.path.exists(meta_path):
            meta = json.load(open(meta_path, encoding="utf-8"))
            item.update({k: meta[k] for k in ("published", "title", "format") if meta.get(k)})
        items.append(item)
    return [dict(item, id=f"{item['id']}-{i}") for i in range(copies) for item in items]


def best(rounds, fn):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def report(name, seconds, docs, mb):
    print(f"{name:34s} {seconds:8.3f} s {docs / seconds:10.0f} docs/s {mb / seconds:8.1f} MB/s",
          flush=True)


def overhead(engine, items, jsonl, baseline, rounds, docs):
    """Prints the binding's per-document call against the C++ one, passes alternated."""
    calls = []
    for item in items:
        fields = dict(item)
        calls.append((fields.pop("text"), fields))
    cpp, py = [], []
    for _ in range(rounds):
        out = subprocess.run([baseline, jsonl, "1"], check=True, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL).stdout.decode()
        wall, cpu = (float(x) for x in out.split()[1:3])
        cpp.append((wall, cpu))
        start, start_cpu = time.perf_counter(), time.thread_time()
        for text, fields in calls:
            engine.extract_json(text, **fields)
        py.append((time.perf_counter() - start, time.thread_time() - start_cpu))
    for what, index in (("wall", 0), ("thread CPU", 1)):
        c, p = min(t[index] for t in cpp), min(t[index] for t in py)
        print(f"per document, {what:10s}  C++ call {c / docs * 1e6:7.1f} us, "
              f"extract_json() {p / docs * 1e6:7.1f} us: overhead {100 * (p / c - 1):+5.1f}%"
              f"  (passes: C++ {' '.join(f'{t[index]:.3f}' for t in cpp)};"
              f" Python {' '.join(f'{t[index]:.3f}' for t in py)})", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--baseline", help="build/bench/communique_python_baseline")
    parser.add_argument("--folder", default=os.path.join(os.path.dirname(__file__), "..", "..",
                                                          "shared", "press", "whitehouse"))
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dask", action="store_true")
    args = parser.parse_args()

    items = load(args.folder, args.copies)
    docs = len(items)
    mb = sum(len(i["text"].encode("utf-8")) for i in items) / 1e6
    print(f"{docs} documents, {mb:.2f} MB, best of {args.rounds}; python {sys.version.split()[0]},"
          f" communique {communique.__version__}")
    engine = communique.Engine()
    list(engine.pipe_json(items))  # warm-up: RE2 builds its DFA states on first use

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
        jsonl = f.name
    if args.baseline:
        overhead(engine, items, jsonl, args.baseline, args.rounds, docs)

    def singles(method):
        def run():
            for item in items:
                fields = dict(item)
                method(fields.pop("text"), **fields)
        return run

    report("extract_json() per document", best(args.rounds, singles(engine.extract_json)), docs, mb)
    report("extract() per document (dict)", best(args.rounds, singles(engine.extract)), docs, mb)
    for jobs in (1, 2):
        report(f"pipe_json(jobs={jobs})",
               best(args.rounds, lambda: list(engine.pipe_json(items, jobs=jobs))), docs, mb)
        report(f"pipe(jobs={jobs}) (dicts)",
               best(args.rounds, lambda: list(engine.pipe(items, jobs=jobs))), docs, mb)

    for jobs in (1, 2):
        def cli():
            with open(jsonl, "rb") as stdin:
                subprocess.run([args.binary, "extract", "--jobs", str(jobs), "-"], stdin=stdin,
                               stdout=subprocess.DEVNULL, check=True)
        report(f"CLI extract --jobs {jobs} - (JSONL)", best(args.rounds, cli), docs, mb)

    if args.dask:
        import distributed
        from communique import dask as communique_dask
        for workers in (1, 2):
            with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                          host="127.0.0.1", dashboard_address=None) as cluster:
                with distributed.Client(cluster) as client:
                    bag = lambda: communique_dask.extract(jsonl, client=client, as_json=True,
                                                          partition_size=256)
                    bag().compute()  # warm-up: one Engine per worker process
                    report(f"dask, {workers} worker process(es)",
                           best(args.rounds, lambda: bag().compute()), docs, mb)
    os.unlink(jsonl)


if __name__ == "__main__":
    main()
