"""communique: press releases and communiqués to structured outcomes.

    import communique
    engine = communique.Engine()                      # the default rule pack, built once
    record = engine.extract(text, id="r1", published="2025-05-12")
    for record in engine.pipe(texts_or_dicts, jobs=2):  # streams, in input order
        ...
    metrics = communique.score(gold_record, record)

Records are the dicts of the ``communique/1`` format (docs/output.md, schema/), the same
that ``communique extract`` writes: ``json.dumps(record, ensure_ascii=False,
separators=(",", ":"))`` gives the CLI's bytes. Bad arguments raise ValueError or TypeError
with the reason; bad text is normal input (repaired, with a diagnostic in the record).
"""
from __future__ import annotations

import collections
import concurrent.futures
import itertools
import json
from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Union

from ._communique import Engine as _NativeEngine
from ._communique import __version__, score_json as _score_json

__all__ = ["Engine", "score", "__version__"]

Item = Union[str, bytes, Mapping[str, Any]]

# pipe() hands the engine chunks of this many documents: the CLI's measured
# batch size (Engine::kBatchDocuments), which keeps each stage's rules in cache.
_CHUNK = 16


class Engine:
    """A compiled rule set. Building one costs tens of milliseconds; reuse it.

    rules: a rule pack folder (or an overlay on the default pack), None for the default
    pack embedded in the library. profile: "default" (SPEC) or "timeml".
    Raises ValueError with file:line reasons when the rule pack is invalid.
    An Engine is safe to share between threads; its methods release the GIL while the
    C++ engine works.
    """

    def __init__(self, rules: Optional[str] = None, profile: str = "default") -> None:
        self._native = _NativeEngine(rules=None if rules is None else str(rules), profile=profile)

    @property
    def profile(self) -> str:
        return self._native.profile

    def extract_json(self, text: Union[str, bytes], id: Optional[str] = None,
                     published: Optional[str] = None, format: Optional[str] = None,
                     title: Optional[str] = None, url: Optional[str] = None) -> str:
        """The record of one document as JSON text, exactly as the CLI writes it for the
        JSON Lines record with these fields (but for "source", which says where the CLI
        read it)."""
        return self._native.extract_json(text, id=id, published=published, format=format,
                                         title=title, url=url)

    def extract(self, text: Union[str, bytes], id: Optional[str] = None,
                published: Optional[str] = None, format: Optional[str] = None,
                title: Optional[str] = None, url: Optional[str] = None) -> Dict[str, Any]:
        """The record of one document as a dict.

        id defaults to "document"; published is "YYYY-MM-DD" (the reference date for
        relative dates); format is "text" (default) or "markdown"; title is the headline
        when it is not part of the text; url is carried to the record.
        """
        return json.loads(self.extract_json(text, id=id, published=published, format=format,
                                            title=title, url=url))

    def pipe_json(self, items: Iterable[Item], jobs: int = 1) -> Iterator[str]:
        """Like pipe(), yielding each record as JSON text."""
        if not isinstance(jobs, int) or jobs < 1:
            raise ValueError(f"jobs must be a positive int, got {jobs!r}")
        chunks = _chunks(iter(items))
        if jobs == 1:
            for first, chunk in chunks:
                yield from self._native.extract_batch_json(chunk, first)
            return
        # A bounded window of chunks in flight: memory stays bounded however long the
        # iterable is, and records come out in input order.
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            window: collections.deque = collections.deque()
            for first, chunk in chunks:
                window.append(pool.submit(self._native.extract_batch_json, chunk, first))
                if len(window) >= 2 * jobs:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()

    def pipe(self, items: Iterable[Item], jobs: int = 1) -> Iterator[Dict[str, Any]]:
        """Records for many documents, streamed in input order.

        Each item is a text (str or bytes) or a dict with "text" and optionally "id",
        "published", "format", "title", "url" (a JSON Lines record of `communique extract -`).
        Items without an id get "doc-N", N counting from 1. jobs threads run the engine
        in parallel (the GIL is released while C++ works).
        """
        for record in self.pipe_json(items, jobs=jobs):
            yield json.loads(record)


def _chunks(items: Iterator[Item]) -> Iterator[tuple]:
    first = 0
    while True:
        chunk = list(itertools.islice(items, _CHUNK))
        if not chunk:
            return
        yield first, chunk
        first += len(chunk)


def score(gold: Union[str, Mapping[str, Any]], pred: Union[str, Mapping[str, Any]], *,
          partial: bool = False) -> Dict[str, Any]:
    """Scores one predicted record against one gold record (SPEC 9).

    gold and pred are records (dicts) or their JSON text. Returns the metrics as
    `communique score --json` names them ("commitments.full_f1", ... None where the gold
    does not annotate the field), with counts ("<metric>.p", ".r", ".tp", ".fp", ".fn", ...),
    per type ("commitments.by_type.pledge.f1", ...) and "scored", the metrics measured.
    With partial=True (`score --partial`) the gold may leave attributes out (a commitment
    only its trigger), and only what it holds is scored.
    """
    def text(x: Union[str, Mapping[str, Any]], what: str) -> str:
        if isinstance(x, str):
            return x
        if isinstance(x, Mapping):
            return json.dumps(x, ensure_ascii=False)
        raise TypeError(f"{what} must be a record (dict) or JSON text, not {type(x).__name__}")
    return json.loads(_score_json(text(gold, "gold"), text(pred, "pred"), partial=partial))
