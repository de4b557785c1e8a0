"""Plans the text gives no day (td2, issue 13): a wish closing the clause before the event's (表示希望,把两国关系提升至
全面战略伙伴关系: the upgrade is wished for, still to come), and a plan for a time left open (双方同意择期举行…;
下次将由他访问日本, 将在适合的时间对越南进行访问), whose day is the report's only as a stand-in, so talks held that
day do not show it begun. Words: data/eventdates.toml (wish_before_clause, open_time_words)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.attributes.modality import plan_marked
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.datewords import words as _words
from dipnet.model import Event
from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _wish() -> re.Pattern[str]:
    """A wish word right before a clause mark: the clause after it is what is wished."""
    return _plain("(?<![的着了])(?:" + "|".join(map(re.escape, _words()["wish_before_clause"])) + ")(?=[,，])")


@lru_cache(maxsize=1)
def _open_time() -> re.Pattern[str]:
    return _plain("|".join(map(re.escape, _words()["open_time_words"])) or "(?!)")


def _told_done(text: str, start: int, k: int) -> bool:
    """The event's own clause tells it done or past: before its verb (双方已签署的协定, 曾访问), or by a
    perfective 了 right after it (在适当时机签署了协议)."""
    after = re.split("[,，。;；]", text[k:k + 8], maxsplit=1)[0]
    return _done().search(text, start, k) is not None or _perfective().search(after) is not None


@lru_cache(maxsize=1)
def _done() -> re.Pattern[str]:
    words = (*codebook().done_markers, *_words()["told_as_past"])
    return _plain("|".join(map(re.escape, words)) or "(?!)")


@lru_cache(maxsize=1)
def _perfective() -> re.Pattern[str]:
    return _plain(str(_words()["perfective_le"]))


def wished_before(text: str, start: int, k: int) -> bool:
    """The clause at `start` (its event's verb at k) is wished for or planned for a time left open: it follows a
    clause closed by a wish word (希望, 力争 …), or an open time stands before its verb in it (双方同意择期举行…).
    Planned, unless its own clause tells it done or past (已签署的协定; plan_marked's tests: 此前, 了 …)."""
    if _open_time().search(text, start, k) is None and (
            start < 2 or text[start - 1] not in ",，" or not plan_marked(_wish(), text, max(0, start - 4), k)):
        return False
    return not _told_done(text, start, k)  # asked last: the rarer tests first (this runs for every event)


def open_time(text: str, ev: Event) -> bool:
    """The event's sentence, before its trigger, leaves the time of the plan open (下次, 适当的时候 …)."""
    trig = str(ev.attributes.get("trigger") or "")
    at = text.find(trig, ev.start, ev.end) if trig else -1
    return _open_time().search(text, ev.start, at if at >= 0 else ev.end) is not None
