"""pyarrow without pandas: the store builds pyarrow tables of plain lists only, but pyarrow's first
array asks whether its input is a pandas object, and imports pandas to tell (≈40 MB of RSS an
ingest then carries to its end). `forgo` has pyarrow make that one attempt while pandas cannot be
imported, so it takes pandas as absent for the process and never imports it; pandas stays importable
by anyone else (pyarrow still converts to and from it: `Table.to_pandas`, `pa.table(DataFrame)`)."""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder
from typing import Any


class _Refused(MetaPathFinder):
    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("pandas is not imported for pyarrow's type checks (dipnet.store.nopandas)")
        return None


def forgo() -> None:
    """Have pyarrow take pandas as absent, unless pandas is imported already (then nothing changes)."""
    if "pandas" in sys.modules:  # (pyarrow has tried its import already or will find it)
        return
    import pyarrow as pa

    finder = _Refused()
    sys.meta_path.insert(0, finder)
    try:
        pa.array([0])  # pyarrow's pandas check tries its import once, on its first array of a list
    finally:
        sys.meta_path.remove(finder)

