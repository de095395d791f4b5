"""communique on a Dask cluster: corpora beyond one machine.

    from dask.distributed import Client
    import communique.dask
    client = Client("tcp://scheduler:8786")           # or a LocalCluster
    bag = communique.dask.extract(["archive/2024/", "more.jsonl"], client=client)
    communique.dask.to_jsonl(bag, "out/")             # out/part-00000.jsonl, ... in input order

Inputs are expanded on the client: a folder gives its *.txt and *.md files sorted by name
(not README.*, as `communique extract` does), any other file is one document with its
NAME.meta.json sidecar when there is one, and, unlike the CLI (which reads JSON Lines only
from stdin), a *.jsonl file gives one document per line: its record's "source" is
{"path", "line"} and a record without an id gets "<file stem>-<line>". The files must be
readable from every worker at the same path (a shared file system), as with any Dask job
over files. Each worker process builds one Engine per (rules, profile) and keeps it: the
rule pack is compiled once per process, never per document.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

import dask.bag as db

import communique

__all__ = ["extract", "to_jsonl", "expand"]

# Documents per partition: enough to amortize a task's scheduling (a few ms) over the
# engine's ~0.2 ms per release, few enough to spread a corpus over the workers.
_PARTITION_DOCUMENTS = 64

# (rules, profile) -> Engine, per worker process.
_ENGINES: Dict[Tuple[Optional[str], str], communique.Engine] = {}


def _engine(rules: Optional[str], profile: str) -> communique.Engine:
    key = (rules, profile)
    if key not in _ENGINES:
        _ENGINES[key] = communique.Engine(rules=rules, profile=profile)
    return _ENGINES[key]


Task = Tuple[str, Any]  # ("file", path) or ("record", (source, line number, JSON text))


def expand(paths: Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]]) -> List[Task]:
    """The documents named by paths, in the order the CLI would process them."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    tasks: List[Task] = []
    for path in map(os.fspath, paths):
        if os.path.isdir(path):
            # As the CLI: a folder's README documents the folder, it is not a document.
            names = sorted(n for n in os.listdir(path)
                           if n.endswith((".txt", ".md"))
                           and os.path.splitext(n)[0].upper() != "README"
                           and os.path.isfile(os.path.join(path, n)))
            tasks.extend(("file", os.path.join(path, n)) for n in names)
        elif path.endswith(".jsonl"):
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                for number, line in enumerate(f, 1):
                    if line.strip():
                        tasks.append(("record", (path, number, line)))
        elif os.path.exists(path):
            tasks.append(("file", path))
        else:
            raise FileNotFoundError(f"{path}: no such file or directory")
    return tasks


def _file_item(path: str) -> Dict[str, Any]:
    stem, ext = os.path.splitext(path)
    with open(path, "rb") as f:
        item: Dict[str, Any] = {"text": f.read(), "id": os.path.basename(stem),
                                "source_path": path}
    if ext == ".md":
        item["format"] = "markdown"
    meta_path = stem + ".meta.json"
    if os.path.isfile(meta_path):
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        for key in ("id", "published", "title", "format", "url"):
            if meta.get(key) is not None:
                item[key] = meta[key]
    return item


def _default_id(kind: str, arg: Any) -> str:
    """A file's stem; for a JSON Lines record without an id, "<file stem>-<line>", unique
    across the files of a job (the CLI says stdin-<line> for its one stream)."""
    path = arg if kind == "file" else arg[0]
    stem = os.path.splitext(os.path.basename(path))[0]
    return stem if kind == "file" else f"{stem}-{arg[1]}"


def _source(kind: str, arg: Any) -> Dict[str, Any]:
    return {"path": arg} if kind == "file" else {"path": arg[0], "line": arg[1]}


def _record_item(source: str, number: int, line: str, default_id: str) -> Dict[str, Any]:
    record = json.loads(line)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError(f"{source}:{number}: expected an object with a string \"text\"")
    item = {k: record[k] for k in ("text", "id", "published", "format", "title", "url")
            if record.get(k) is not None}
    item.setdefault("id", default_id)
    item.update(source_path=source, source_line=number)
    return item


def _error_record(document_id: str, message: str, source: Dict[str, Any]) -> str:
    return json.dumps({"schema": "communique/1", "id": document_id, "error": {"message": message},
                       "source": source}, ensure_ascii=False, separators=(",", ":"))


def _extract_partition(tasks: Iterable[Task], rules: Optional[str], profile: str,
                       as_json: bool) -> List[Any]:
    engine = _engine(rules, profile)
    out: List[Any] = []
    for kind, arg in tasks:
        default_id = _default_id(kind, arg)
        try:
            item = _file_item(arg) if kind == "file" else _record_item(*arg, default_id)
            record = engine._native.extract_json(item.pop("text"), **item)
        except (OSError, ValueError, TypeError) as e:
            # One unreadable document is that document's error record; the job goes on.
            record = _error_record(default_id, f"{e.__class__.__name__}: {e}", _source(kind, arg))
        out.append(record if as_json else json.loads(record))
    return out


def extract(paths: Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]],
            client: Any = None, rules: Optional[str] = None, profile: str = "default",
            partition_size: int = _PARTITION_DOCUMENTS, as_json: bool = False) -> db.Bag:
    """A Dask bag of records (dicts; JSON text with as_json=True), in input order.

    client: a dask.distributed Client; None uses the current default scheduler. The bag
    is lazy: compute() it, or write it with to_jsonl(). Options as for communique.Engine.
    """
    tasks = expand(paths)
    if not tasks:
        raise ValueError("no documents in the given paths")
    npartitions = max(1, -(-len(tasks) // partition_size))
    bag = db.from_sequence(tasks, npartitions=npartitions)
    bag = bag.map_partitions(_extract_partition, rules, profile, as_json)
    if client is not None:
        bag = client.persist(bag)
    return bag


def to_jsonl(bag: db.Bag, folder: Union[str, os.PathLike], compute: bool = True) -> Any:
    """Writes folder/part-NNNNN.jsonl, one per partition, records in input order.

    Each line is the record as the CLI writes it, newline included: `cat folder/part-*.jsonl`
    is what `communique extract` writes for the same documents. Returns the written paths (or the
    delayed writes with compute=False).
    """
    folder = os.fspath(folder)
    os.makedirs(folder, exist_ok=True)

    def line(record: Any) -> str:
        if isinstance(record, str):
            return record
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))

    return bag.map(line).to_textfiles(os.path.join(folder, "part-*.jsonl"),
                                      name_function=lambda i: f"{i:05d}",
                                      encoding="utf-8", compute=compute, last_endline=True)
