"""Talks or a call told as what someone appraises (布林肯高度评价阮富仲与拜登今年3月30日通电话所取得的结果):
the one appraising is no party to them; the two named after the appraisal word held them (issue 13)."""

from __future__ import annotations

from dipnet.extract.carry import carry_words
from dipnet.extract.clauses import Clause
from dipnet.extract.eventwords import words_of
from dipnet.extract.page import EventPage


def appraiser_out(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants without the people named before an appraisal word (高度评价, 赞赏, 感谢) of the
    clause, where two people stand between that word and the meeting or call word."""
    text = page.doc.text
    at = max((text.rfind(w, c.start, k) for w in carry_words().appraise), default=-1)
    # (阮春福对阮氏金银与张德江进行会谈时所达成的共识表示高兴: 对 opens what the verb after appraises)
    if at == -1 and any(w in text[k:c.sentence[1]] for w in words_of("appraise_after")):
        at = text.rfind("对", c.start, k)
    if at == -1:
        return participants
    held = {e.name for m in page.in_span(at, k) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"}
    if len(held) < 2:
        return participants
    appraising = {e.name for m in page.in_span(c.sentence[0], at)
                  if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"} - held
    return [p for p in participants if p not in appraising]
