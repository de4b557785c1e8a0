"""Taking office told as the time of what follows (就任首相后首次访华, 上任以来, 出任防长以来): a look back, no
election of its own — unless the text dates the taking of office right before its word (黄循财5月就任后, 去年六月
上任以来, 去年12月出任防长以来), which SPEC counts as a retrospective event with a date. The cues are the
ELECTION block's of data/events.toml (looking_back_after, dated_before)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    data = tomllib.loads(resources.files("dipnet.extract.data").joinpath("events.toml").read_text("utf-8"))
    return {t["name"]: (_plain(t["looking_back_after"]), _plain(t["dated_before"]))
            for t in data.get("type", []) if "looking_back_after" in t}


def undated_look_back(type_name: str, text: str, clause_start: int, k: int, after: str) -> bool:
    """Is the trigger at k, with `after` the rest of its clause, a look back from a later time (…后, …以来)
    with no date of its own right before it?"""
    cues = _cues().get(type_name)
    if cues is None:
        return False
    back, dated = cues
    return back.search(after) is not None and dated.search(text, clause_start, k) is None
