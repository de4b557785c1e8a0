"""The timex data files (data/*.json), and the cue words the page-date reader and the neighbour
adjustments read (data/timewords.json), as regular-expression fragments, loaded once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")


def load_data(name: str) -> Any:
    """One of the timex data files, parsed."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


WORDS: dict[str, Any] = load_data("timewords.json")
