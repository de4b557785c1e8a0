"""The name of the meeting a conference word closes: 第30届外交工作会议, «…»研讨会, “中越智库论坛:…研讨会”,
湄公河之友(FOM)部长会议."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cues
from dipnet.rx import plain as _plain

_QUOTES = {"”": "“", "」": "「", "』": "『", "》": "《", "\"": "\""}  # closing → opening
_ABBREV = _plain(r"\([A-Za-z0-9 .&+-]{1,12}\)$")  # (FOM), (10+1)


def quoted_name(text: str, c: Clause, close: int) -> int | None:
    """The start of the quoted text closing at `close` when it is a name (no sentence stop inside)."""
    at = text.rfind("“", max(c.sentence[0], close - 60), close)
    return at + 1 if at != -1 and not rx.compile("[。!?;]").search(text[at:close]) else None


def _word_across(text: str, j: int, words: tuple[str, ...]) -> bool:
    """Does one of the words stand across position j (对外 of 全国对外工作会议: 对 there is no stop), or end at it
    (自由 of 国际宗教自由峰会, 成就 of …成就论坛: 由, 就 there are no stops)?"""
    return any(text.startswith(w, i) for w in words for i in range(max(0, j - len(w)), j))


def conference_name(text: str, c: Clause, k: int, trig: str, stops: tuple[str, ...]) -> str:
    """The named meeting the trigger closes: 第30届外交工作会议, 全国对外工作会议."""
    whole = quoted_name(text, c, k + len(trig)) if text.startswith("”", k + len(trig)) else None
    if whole is not None:
        return text[whole:k + len(trig)]
    j = k
    words = codebook().name_words
    stops = stops + cues("conference_name_stops_more")
    while j > c.start and not (text.endswith(stops, 0, j) and not _word_across(text, j, words)):
        if text[j - 1] == ")" and (m := _ABBREV.search(text, max(c.start, j - 16), j)):
            j = m.start()  # 湄公河之友(FOM)部长会议: the abbreviation inside the name
            continue
        # (a single dash joins the partners a name opens with, as a hyphen does: 湄公河—韩国外长会议; ev65)
        if not (text[j - 1].isalnum() or text[j - 1] in "-·" or (text[j - 1] == "—" and text[j - 2:j + 1].count("—") == 1)):
            break
        j -= 1
    # a name in quotes right before the word («…»研讨会, “…”活动) is the meeting's name
    close = text[j - 1] if j > c.sentence[0] else ""
    if close in _QUOTES:
        at = text.rfind(_QUOTES[close], max(c.sentence[0], j - 60), j - 1)
        # a name, not a quotation: a title may hold its subtitle after a colon (“…峰会20周年:记忆与展望”研讨会)
        if at != -1 and not rx.compile("[。!?;,]").search(text[at:j]):
            j = at
    return text[j:k + len(trig)]
