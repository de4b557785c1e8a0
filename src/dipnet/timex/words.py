"""The cue words the page-date reader and the neighbour adjustments read (data/timewords.json), as
regular-expression fragments, loaded once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

WORDS: dict[str, Any] = json.loads((Path(__file__).with_name("data") / "timewords.json").read_text(encoding="utf-8"))
