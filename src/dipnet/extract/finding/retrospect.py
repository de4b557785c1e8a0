"""Taking office told as the time of what follows (就任首相后首次访华, 上任以来, 出任防长以来): a look back, no
election of its own — unless the text dates the taking of office right before its word (黄循财5月就任后, 去年六月
上任以来, 去年12月出任防长以来), which SPEC counts as a retrospective event with a date. The cues are the
ELECTION block's of data/events.toml (looking_back_after, dated_before).
(ev54) A visit or meeting merely recalled (曾多次访华, 此前访问过越南) with no date is history, no event (SPEC: a
retrospective event needs a date or year); the cues are the VISIT and MEET blocks' (history_before, history_after,
history_dated) — and (ev60) the DEPLOYMENT block's: units sent recalled (美国曾经多次派遣驱逐舰到访越南)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from dipnet.extract.common.page import EventPage
from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]]:
    data = tomllib.loads(resources.files("dipnet.extract.data").joinpath("events.toml").read_text("utf-8"))
    return {t["name"]: (_plain(t["looking_back_after"]), _plain(t["dated_before"]),
                        _plain(t["dated_ahead_before"]) if "dated_ahead_before" in t else None)
            for t in data.get("type", []) if "looking_back_after" in t}


def undated_look_back(type_name: str, text: str, clause_start: int, k: int, after: str) -> bool:
    """Is the trigger at k, with `after` the rest of its clause, a look back from a later time (…后, …以来)
    with no date of its own right before it?"""
    cues = _cues().get(type_name)
    if cues is None:
        return False
    back, dated, _ = cues
    return back.search(after) is not None and dated.search(text, clause_start, k) is None


def look_back_end(type_name: str, text: str, after_trigger: int, clause_end: int) -> int | None:
    """Where the look back the trigger ending at `after_trigger` opens closes (某某5月就任首相后|, 上任以来|): what
    follows is measured from it, no part of it (这是某某去年上任以来首次访问越南: 越南 is no post's land)."""
    cues = _cues().get(type_name)
    m = cues[0].match(text[after_trigger:clause_end]) if cues is not None else None  # (the cue opens on ^)
    return after_trigger + m.end() if m is not None else None


def dated_before(type_name: str, text: str, clause_start: int, k: int) -> bool:
    """Does a date of the event's own stand right before its trigger at k (黄循财5月就任, 苏林于5月22日出掌,
    去年六月上任; the type's dated_before cue)?"""
    cues = _cues().get(type_name)
    return cues is not None and cues[1].search(text, clause_start, k) is not None


def dated_look_back(type_name: str, text: str, clause_start: int, k: int, after_trigger: int, clause_end: int) -> bool:
    """A look back the text dates (这将是某某去年10月就任总理后首次出访, 某某上月胜选后): the point what follows
    counts from, done whatever plan the sentence tells of what follows; not where the date is ahead (下个月…大选后)."""
    cues = _cues().get(type_name)
    if cues is None or look_back_end(type_name, text, after_trigger, clause_end) is None:
        return False
    _, dated, ahead = cues
    return dated.search(text, clause_start, k) is not None and not (ahead is not None and ahead.search(text, clause_start, k))


@lru_cache(maxsize=1)
def _history_cues() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    data = tomllib.loads(resources.files("dipnet.extract.data").joinpath("events.toml").read_text("utf-8"))
    return {t["name"]: (_plain(t["history_before"]), _plain(t["history_after"]), _plain(t["history_dated"]))
            for t in data.get("type", []) if "history_before" in t}


def undated_history(page: EventPage, type_name: str, sentence_start: int, clause_start: int, clause_end: int,
                    k: int, after: str) -> bool:
    """Is the trigger at k a visit or meeting recalled (曾…访问, 访问过) with no date in its sentence up to the
    clause's end? The 曾 of a surname (曾庆红) marks nothing."""
    cues = _history_cues().get(type_name)
    if cues is None:
        return False
    before, past, dated = cues
    text = page.doc.text
    mark = before.search(text, clause_start, k)
    if mark is not None and any(m.start <= mark.start() < m.end for m in page.overlapping(mark.start(), mark.start() + 1)):
        mark = None  # (a name holding the character: 曾庆红会见…)
    if mark is None and past.match(after) is None:
        return False
    return dated.search(text, sentence_start, clause_end) is None
