"""Talks or a call told as what someone appraises (布林肯高度评价阮富仲与拜登今年3月30日通电话所取得的结果):
the one appraising is no party to them; the two named after the appraisal word held them (issue 13)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import kept_any_of
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.carry import carry_words


def last_of(words: tuple[str, ...], text: str, start: int, end: int) -> int:
    """`max(text.rfind(w, start, end) for w in words)`, -1 where none: one greedy match, where the last
    place a word opens at (and ends by `end`) is found by backing off from the end."""
    found = _last_word(words).match(text, start, end)
    return -1 if found is None else found.start(1)


@lru_cache(maxsize=8)
def _last_word(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?s).*(" + "|".join(map(re.escape, words)) + ")" if words else "(?!)")


def _appraisal_at(text: str, c: Clause, k: int) -> int:
    """Where the clause's last appraisal word before the trigger at k stands, or -1; where the appraisal
    word comes after what it appraises (阮春福对阮氏金银与张德江进行会谈时所达成的共识表示高兴), the 对
    that opens it."""
    at = last_of(carry_words().appraise, text, c.start, k)
    if at == -1 and kept_any_of(words_of("appraise_after")).search(text, k, c.sentence[1]):
        at = text.rfind("对", c.start, k)
    return at


def appraiser_out(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants without the people named before an appraisal word (高度评价, 赞赏, 感谢) of the
    clause, where two people stand between that word and the meeting or call word."""
    text = page.doc.text
    at = _appraisal_at(text, c, k)
    if at == -1:
        return participants
    held = {e.name for m in page.in_span(at, k) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"}
    if len(held) < 2:
        return participants
    appraising = {e.name for m in page.in_span(c.sentence[0], at)
                  if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"} - held
    return [p for p in participants if p not in appraising]


def conference_appraiser_out(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """A conference told as what someone appraises, thanks or congratulates for (张某对越南成功举办…大会给予高度
    评价, 王某赞赏乙方积极参加…峰会, 杨外长赞赏中国和东盟国家高官会…达成一致): the people named before the
    appraisal word are no attendees, where others are named, or holding or attending told, between that word
    and the meeting word (issue 13, ev24; dev2: the appraiser is no party of the meeting appraised)."""
    text = page.doc.text
    at = _appraisal_at(text, c, k)
    if at == -1:
        return participants
    between = page.in_span(at, k)
    if not between and not kept_any_of(words_of("appraised_conference_doings")).search(text, at, c.end):
        return participants
    held = {e.name for m in between if (e := page.entities.get(m.entity_id)) is not None}
    appraising = {e.name for m in page.in_span(c.sentence[0], at)
                  if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"} - held
    return [p for p in participants if p not in appraising]
