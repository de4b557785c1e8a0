"""States referred back to by their count (…分别同甲、乙、丙和丁四国元首互致贺电。…总理也分别同四国总理互致贺电 /
庆祝中国与四国建交70周年): news names a list of states once and then counts it (issue 13, unseen pages: the premier's
messages and the anniversary lost the states). Read for events only: each such count becomes a mention of every
state of the nearest list of two or more states named before it in the same part of the page, where that list
holds as many states as the count says; none where it holds another number, nor where the count stands right after
its own list (甲、乙和丙三国元首, 甲、乙、丙等三国: the states are named there). The pattern, the joiners of a list and
what may stand between a list and its own count are data (events.toml: count_ref, count_ref_joiners, count_ref_apposition)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.model import Document, Mention
from dipnet.rx import plain as _plain
from dipnet.timex.numerals import to_int


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return _plain(pattern_of("count_ref"))


def _zone(doc: Document, at: int) -> int | None:
    """The brief a place of the text belongs to (None: the main article)."""
    return next((s.brief for s in doc.segments if s.start <= at < s.end), None)


def _nearest_list(text: str, lands: list[Mention], joiners: tuple[str, ...]) -> list[Mention]:
    """The last run of two or more states joined by the joiners among `lands` (in text order)."""
    run: list[Mention] = []
    for m in reversed(lands):
        if run and text[m.end:run[0].start] not in joiners:
            if len(run) >= 2:
                return run
            run = []
        if not run or m.end <= run[0].start:
            run.insert(0, m)
    return run if len(run) >= 2 else []


def count_references(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the states each count of states refers back to."""
    text = doc.text
    hits = list(_pattern().finditer(text)) if "国" in text else []
    lands = sorted((m for m in mentions if m.type == "COUNTRY" and m.entity_id), key=lambda m: m.start)
    if not hits or len(lands) < 3:
        return []
    joiners, apposition = words_of("count_ref_joiners"), words_of("count_ref_apposition")
    out: list[Mention] = []
    for hit in hits:
        a, b = hit.span()
        zone = _zone(doc, a)
        run = _nearest_list(text, [m for m in lands if m.end <= a and _zone(doc, m.start) == zone], joiners)
        ids = list(dict.fromkeys(m.entity_id for m in run))
        if not run or len(ids) != to_int(hit.group("n")) or text[run[-1].end:a].strip() in apposition:
            continue
        kb = {m.entity_id: m.kb_id for m in run}
        out += [Mention(a, b, text[a:b], "COUNTRY", e, kb[e]) for e in ids]
    return out
