"""An anniversary told as a celebration still to be held (两位领导人同意联合举行好两国建交60周年纪念活动; 一致
同意…保持配合并有效开展两国建交30周年庆祝活动): what is agreed or proposed is ahead, so the anniversary is
planned; and a planned anniversary with no day of its own ahead of the report falls in a year (the one written
with it: …60周年和2022年…45周年的纪念活动, else the report's), not on the day of the talks that agreed on it."""

from __future__ import annotations

from dipnet import rx
from dipnet.datakeys import required
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.common.page import EventPage

_STOPS = "。;；!?！？\n"


def _celebration_end(text: str, end: int) -> int | None:
    """Where the celebration's noun after the count ending at `end` ends (…60周年纪念活动; …60周年和2022年…45周年的
    纪念活动: the noun closing the list the count stands in), or None."""
    noun = rx.compile(str(_words()["celebration_after"]))
    m = noun.match(text, end, min(len(text), end + 12))
    if m is not None and m.end() > end:
        return m.end()
    listed = rx.compile(str(required(_words(), "celebration_listed", "eventdates.toml"))).match(text, end)
    if listed is None:
        return None
    m = noun.match(text, listed.end())
    return m.end() if m is not None else None


def celebration_agreed(text: str, c: Clause, k: int, trig: str) -> bool:
    """The count (trigger at k) is followed by a celebration's noun and the sentence, before it, agrees or
    proposes to hold it, with no word telling it done between."""
    w = _words()
    verb = rx.compile(str(w["celebration_before"])).search(text, max(c.sentence[0], k - 16), k)
    if _celebration_end(text, k + len(trig)) is None and verb is None:
        return False  # (筹备庆祝两国建交50周年: the celebrating verb before the count)
    head = text[c.sentence[0]:k]
    at = max(head.rfind(v) for v in w["celebration_agreed"])
    if at < 0 or any(ch in _STOPS for ch in head[at:]):
        return False
    return not any(d in head[at:] for d in w["celebration_done"])


def celebration_year(page: EventPage, c: Clause, k: int, trig: str, anchor: str | None) -> str | None:
    """The year a planned anniversary with no day of its own falls in: a bare year written between its count and
    the celebration's noun, else one its clause writes, else the report's."""
    text = page.doc.text
    stop = _celebration_end(text, k + len(trig)) or c.end
    for lo, hi in ((k, stop), (c.start, c.end)):
        for t in page.times.starting_in(lo, hi):
            if t.kind == "date" and t.precision == "year" and t.value and not t.end_value:
                return t.value[:4]
    return anchor[:4] if anchor and anchor[:4].isdigit() else None


def celebration_planned(text: str, c: Clause, k: int, trig: str) -> bool:
    """The count (trigger at k) names an occasion or a celebration (…125周年之际, …80周年庆典) that the rest of the
    sentence tells someone will hold or attend (…之际,友好协会将举办…; 希望…将出席庆典): it is still to come."""
    end = k + len(trig)
    count = rx.compile(str(_words()["count_after"])).match(text, end)  # (诞辰125周年之际: the word before its count)
    end = count.end() if count is not None else end
    occasion = rx.compile(str(_words()["occasion_after"])).match(text, end)
    stop = _celebration_end(text, end) or (occasion.end() if occasion is not None and occasion.end() > end else None)
    return stop is not None and rx.compile(str(_words()["celebration_planned"])).search(text, stop, c.sentence[1]) is not None
