import os
from typing import Any, List, Optional, Sequence, Tuple, Union

import dask.bag

Paths = Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]]

def expand(paths: Paths) -> List[Tuple[str, Any]]: ...
def extract(paths: Paths, client: Any = ..., rules: Optional[str] = ..., profile: str = ...,
            partition_size: int = ..., as_json: bool = ...) -> dask.bag.Bag: ...
def to_jsonl(bag: dask.bag.Bag, folder: Union[str, os.PathLike], compute: bool = ...) -> Any: ...
